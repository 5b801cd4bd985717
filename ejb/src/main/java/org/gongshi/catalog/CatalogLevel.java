package org.gongshi.catalog;

import org.gongshi.tenancy.DivisionLevel;

/**
 * The levels of the standard catalog (国办发〔2019〕54号: 县级 / 乡镇 / 村): county departments, towns and
 * villages (村务公开). A county, city or province division uses the county-department template.
 */
public enum CatalogLevel {
    COUNTY_DEPARTMENT("县级部门"),
    TOWN("乡镇"),
    VILLAGE("村");

    private final String label;

    CatalogLevel(String label) {
        this.label = label;
    }

    /** The Chinese name of the level. */
    public String label() {
        return label;
    }

    public static CatalogLevel of(DivisionLevel level) {
        return switch (level) {
            case VILLAGE -> VILLAGE;
            case TOWN -> TOWN;
            case COUNTY, CITY, PROVINCE -> COUNTY_DEPARTMENT;
        };
    }
}
