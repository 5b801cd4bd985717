/**
 * Reading the spreadsheets clerks already have (issue #5, "Import"): xlsx, or CSV in UTF-8 or GBK,
 * streamed row by row to a listener — the header found below any title rows, each data row
 * normalised, progress along the way — and refused with a plain Chinese reason
 * ({@link org.gongshi.sheet.SheetRejected}) when it cannot be published faithfully: damaged files,
 * zip bombs, oversized uploads, unknown encodings, empty or header-only sheets, formulas, merged
 * cells, ragged rows, numbers Excel has already cut to 15 digits. Also the column suggestions from
 * header words ({@link org.gongshi.sheet.ColumnSuggestions}) and the column mapping value type.
 * <p>
 * Pure Java, no persistence, no CDI: the relief-list capability calls it inside its import
 * transaction and masks each row as it arrives. Raw rows are never collected or written anywhere
 * here. Depends on {@code privacy} (for {@code FieldType}) and {@code shared} only.
 */
package org.gongshi.sheet;
