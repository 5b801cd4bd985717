package org.gongshi.tenancy;

import java.util.Objects;

/**
 * An administrative division: a province, city, county, town (乡镇/街道) or village (村/居委会).
 *
 * @param parentCode the division directly above; {@code null} for a province
 */
public record Division(DivisionCode code, String name, DivisionLevel level, DivisionCode parentCode) {

    public Division {
        Objects.requireNonNull(code, "Division code is required.");
        Objects.requireNonNull(name, "Division name is required.");
        Objects.requireNonNull(level, "Division level is required.");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Division " + code + " has a blank name.");
        }
        if (level != code.level()) {
            throw new IllegalArgumentException(
                    "Division " + code + " is a " + code.level() + " by its code, not a " + level + ".");
        }
        if (!isParentByCode(code, parentCode)) {
            throw new IllegalArgumentException(
                    "Division " + code + " belongs to " + code.parent().map(DivisionCode::value).orElse("no parent")
                            + " by its code, not to " + parentCode + ".");
        }
    }

    /** Whether {@code parentCode} is {@code code} cut to the level above; checked without allocating, for bulk loads. */
    private static boolean isParentByCode(DivisionCode code, DivisionCode parentCode) {
        if (parentCode == null) {
            return code.level() == DivisionLevel.PROVINCE;
        }
        return code.level().parentLevel().orElse(null) == parentCode.level() && parentCode.contains(code);
    }

    public boolean isProvince() {
        return level == DivisionLevel.PROVINCE;
    }
}
