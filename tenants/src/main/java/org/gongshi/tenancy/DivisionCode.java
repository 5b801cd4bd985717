package org.gongshi.tenancy;

import java.util.Objects;
import java.util.Optional;

/**
 * A statistical division code (统计用区划代码): 2 digits for a province, 4 for a city, 6 for a
 * county, 9 for a town and 12 for a village. A division's code starts with the code of every
 * division above it, so containment is a prefix test.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    public DivisionCode {
        Objects.requireNonNull(value, "Division code is required.");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        "A division code has digits only, but was '" + value + "'.");
            }
        }
        int length = value.length();
        if (length != 2 && length != 4 && length != 6 && length != 9 && length != 12) {
            throw new IllegalArgumentException(
                    "A division code has 2, 4, 6, 9 or 12 digits, but '" + value + "' has " + length + ".");
        }
    }

    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    public DivisionLevel level() {
        return DivisionLevel.ofLength(value.length());
    }

    /** The code of the division directly above this one; a province has none. */
    public Optional<DivisionCode> parent() {
        return level().parentLevel()
                .map(parentLevel -> new DivisionCode(value.substring(0, parentLevel.digits())));
    }

    /** Whether {@code other} is this division or lies anywhere beneath it. */
    public boolean contains(DivisionCode other) {
        Objects.requireNonNull(other, "Division code is required.");
        return other.value.startsWith(value);
    }

    /** Codes sort by value, which lists each division right before its descendants. */
    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
