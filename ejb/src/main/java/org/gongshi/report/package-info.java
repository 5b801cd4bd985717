/**
 * The annual report on government-information disclosure (政府信息公开工作年度报告) in the national
 * format of 2021 (国办公开办函〔2021〕30号; Regulation Art. 49-50): sections 一 to 六, the three tables
 * computed from the application's own data by aggregate queries (table 二 from normative documents,
 * table 三 from disclosure requests, table 四 from their reviews and lawsuits), the figures the
 * application does not hold entered by staff, the balance checks, finalising (a stored snapshot),
 * reopening, Word/PDF export and handing the report to the notice workflow for publication.
 *
 * <p>Owns {@code ANNUAL_REPORT} (V13). Reads requests, challenges and notices through aggregate JPQL
 * queries on a tenant-scoped entity manager only; never changes them. Creates notices only through
 * {@code NoticeService}. Must not be used by {@code request} or {@code notice} (no cycles).
 */
package org.gongshi.report;
