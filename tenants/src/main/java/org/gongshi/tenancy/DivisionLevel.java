package org.gongshi.tenancy;

import java.util.Optional;

/**
 * The levels of China's administrative divisions, each identified by the number of digits of its
 * statistical division code (统计用区划代码).
 */
public enum DivisionLevel {

    /** 省、自治区、直辖市. */
    PROVINCE(2),
    /** 地级市、州、盟. */
    CITY(4),
    /** 县、县级市、市辖区. */
    COUNTY(6),
    /** 乡、镇、街道. */
    TOWN(9),
    /** 村委会、居委会、社区. */
    VILLAGE(12);

    private static final DivisionLevel[] TOP_DOWN = values();

    private final int digits;

    DivisionLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** The level one step up the tree; a province has none. */
    public Optional<DivisionLevel> parentLevel() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(TOP_DOWN[ordinal() - 1]);
    }

    public static DivisionLevel ofLength(int digits) {
        return switch (digits) {
            case 2 -> PROVINCE;
            case 4 -> CITY;
            case 6 -> COUNTY;
            case 9 -> TOWN;
            case 12 -> VILLAGE;
            default -> throw new IllegalArgumentException(
                    "A division code has 2, 4, 6, 9 or 12 digits, not " + digits + ".");
        };
    }
}
