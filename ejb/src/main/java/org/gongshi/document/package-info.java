/**
 * Documents Gongshi writes for people to keep, print or file — reply letters to applicants, fee
 * notices, bulletins, annual reports — as one small model ({@link org.gongshi.document.OfficialDocument}:
 * title, number, addressee, paragraphs, tables with merged cells, signature) written to Word (.docx,
 * Apache POI) and to PDF (PDFBox, with an embedded CJK TrueType font: {@link org.gongshi.document.CjkFont}).
 * Layout follows the spirit of GB/T 9704-2012 (党政机关公文格式): A4, title centred, body in 三号 (16 pt).
 * <p>
 * Owns no tables and knows no capability: callers build the model from their own data.
 */
package org.gongshi.document;
