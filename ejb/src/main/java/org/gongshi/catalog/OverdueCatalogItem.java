package org.gongshi.catalog;

/**
 * A catalog item a division has not kept up to date on the given day.
 *
 * @param rule          the Chinese text of the item's update rule
 * @param dueDate       the day the publication (or update) was due; overdue from the day after
 * @param lastPublished the last publication of a notice filed under the item, null if never published
 */
public record OverdueCatalogItem(org.gongshi.tenancy.DivisionCode division, String itemKey, String level1, String level2,
                                 String rule, java.time.LocalDate dueDate, java.time.LocalDate lastPublished) {
}
