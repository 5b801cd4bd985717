package org.gongshi.web.ui;

import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;

/** Division names for display. */
public final class DivisionNames {

    private DivisionNames() {
    }

    /** {@code 浙江省 温州市 文成县 百丈漈镇 篁庄村委会}; the bare code for a division the directory does not know. */
    public static String fullName(String code) {
        try {
            DivisionCode division = DivisionCode.of(code);
            return DivisionDirectory.seed().find(division).isPresent()
                    ? DivisionDirectory.seed().fullName(division)
                    : code;
        } catch (IllegalArgumentException e) {
            return String.valueOf(code);
        }
    }
}
