/**
 * County oversight (issue #7): each tenant's compliance computed from what was actually published —
 * overdue catalog items, zombie board sections, overdue disclosure requests and withheld documents due
 * for re-review — as a score with named deductions; the monthly bulletin (月月通报) and the quarterly
 * cards (每季亮牌) as stored, reproducible documents that can be published as notices. Owns the
 * OVERSIGHT_ISSUE table (V15). Reads the notice, section and request tables through {@code TenantData}
 * in the caller's scope with aggregate queries (never a query per division), and the catalog through
 * the {@link org.gongshi.oversight.CatalogFactor} port; creates notices only through
 * {@code NoticeService}. Nothing depends on this package.
 */
package org.gongshi.oversight;
