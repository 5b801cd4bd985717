package org.gongshi.sheet;

/**
 * What a successful read found.
 *
 * @param header     the header as delivered to the listener
 * @param dataRows   data rows delivered
 * @param blankRows  blank rows skipped below the header
 * @param hiddenRows data rows that are hidden in Excel (delivered all the same; worth telling the clerk)
 */
public record SheetSummary(SheetHeader header, int dataRows, int blankRows, int hiddenRows) {
}
