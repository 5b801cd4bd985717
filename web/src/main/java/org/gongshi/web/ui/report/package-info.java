/**
 * The staff screen of the annual report (政府信息公开工作年度报告): {@code AnnualReportView} at
 * {@code annual-report}. Talks only to {@code org.gongshi.report.AnnualReportService}; never to an
 * entity manager, never to other capabilities' services. The menu entry is added by path in
 * {@code MainLayout}, so the layout does not depend on this package.
 */
package org.gongshi.web.ui.report;
