/**
 * Printable boards: a section of a division's board, or a selection of its notices, as an A4 or A3
 * PDF for the physical notice board (标准化公示栏), with an embedded CJK font and a QR code to each
 * notice's public page. Reads only what {@link org.gongshi.notice.PublicBoard} publishes; never an
 * EntityManager, never a draft.
 */
package org.gongshi.web.print;
