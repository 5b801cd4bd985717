package org.gongshi.privacy;

/**
 * How a value of one field type is shown when a list is published. No national rule fixes mask
 * positions (DOMAIN.md), so a tenant administrator picks, per field type, one of the rules that
 * {@link MaskingPolicy#choicesFor(FieldType)} offers; the policy refuses anything below its floor.
 * Every rule gives a value of fixed shape where the shape could tell something (a name's length, a
 * card's length, whether an ID is of the old form).
 */
public enum MaskRule {
    /**
     * Shown as written, after free-text scanning: any ID, mobile or card number inside is masked by
     * the rule of its own field type. The default for public columns (amounts, projects); allowed for
     * names where a local rule publishes them in full. Never for numbers, addresses or reasons.
     */
    FULL,
    /** 姓名: the surname, then always two stars — 王** / 欧阳** — whatever the name's length. */
    SURNAME,
    /**
     * ID, mobile or card number: the last four characters only, in a fixed width (an ID is 18 wide,
     * a phone 11, a card {@code **** **** **** 1234}). A 15-digit old ID shows its last three, as
     * its fourth-last digit belongs to the birth date.
     */
    LAST_FOUR,
    /** 家庭住址: the administrative part down to the village and its group (村、组、社区); house, building and room numbers go. */
    VILLAGE_PART,
    /**
     * 致贫原因 / 救助事由: the category only (因病、因残、因学、因灾、缺劳力、缺技术、缺资金、缺土地、缺水、
     * 交通条件落后、自身发展动力不足、其他) — never the illness or the disability itself.
     */
    GENERALISED,
    /** Stars of a fixed length: nothing of the value is shown. */
    HIDDEN,
    /** Not published at all: the empty text (a list leaves the column out). */
    REMOVED
}
