package org.gongshi.privacy;

import java.util.Optional;

/**
 * Citizen identity numbers (公民身份号码) as GB 11643-1999 defines them, and the forms still met:
 * <ul>
 *   <li>18 characters: 6-digit area code, 8-digit birth date (YYYYMMDD), 3-digit sequence (odd for
 *       men), check character by ISO 7064 MOD 11-2 ({@code 0-9} or {@code X});</li>
 *   <li>15 digits, the form issued until 1999: area code, birth date as YYMMDD (always 19YY), 3-digit
 *       sequence, no check character;</li>
 *   <li>18 characters starting with 9: the permanent-resident ID card of foreigners (外国人永久居留身份证,
 *       2023 form): 9, 2-digit province code, 3-digit nationality code, birth date, sequence, the same
 *       check character.</li>
 * </ul>
 * Residence permits of Hong Kong, Macao and Taiwan residents (810000 / 820000 / 830000) have the
 * 18-character form. Pure functions; no clock, so birth years are accepted from 1900 to 2099.
 */
public final class CitizenId {

    /** ISO 7064 MOD 11-2 weights: 2^(17-i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private CitizenId() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() < 17) {
            throw new IllegalArgumentException("Seventeen digits are needed for a check character.");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Only digits carry a check character.");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * Whether {@code first two digits} name a province-level division (GB/T 2260) or the 8x codes
     * of Hong Kong, Macao and Taiwan residents' permits.
     */
    static boolean isProvinceCode(int code) {
        return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
                || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
                || code == 71 || code == 81 || code == 82 || code == 83;
    }

    /** 18 characters, digits with a final digit or {@code X}: nothing more is checked. */
    static boolean hasLongShape(CharSequence s) {
        if (s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        char last = s.charAt(17);
        return isDigit(last) || last == 'X';
    }

    /** The area and birth date of an 18-character number are those of a real ID (the check character is not looked at). */
    static boolean plausibleLong(CharSequence s) {
        if (!hasLongShape(s)) {
            return false;
        }
        int province = twoDigits(s, 0);
        boolean resident = s.charAt(0) == '9' && isProvinceCode(twoDigits(s, 1));
        if (!isProvinceCode(province) && !resident) {
            return false;
        }
        return isDate(number(s, 6, 4), twoDigits(s, 10), twoDigits(s, 12));
    }

    /** An 18-character number whose area, birth date and check character are those of a real ID. */
    public static boolean isValidLong(CharSequence s) {
        return plausibleLong(s) && checkCharacter(s) == s.charAt(17);
    }

    /** A 15-digit number whose area and birth date (19YY) are those of an old-form ID. */
    public static boolean isPlausibleShort(CharSequence s) {
        if (s.length() != 15) {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return isProvinceCode(twoDigits(s, 0)) && isDate(1900 + twoDigits(s, 6), twoDigits(s, 8), twoDigits(s, 10));
    }

    /**
     * The number in the one form every comparison uses: separators dropped, full-width digits made
     * ASCII, {@code x} upper-cased, and a 15-digit old number upgraded to its 18-character form (19
     * inserted before the year, the check character computed), so that a person matches whichever
     * form was written. Only the shape is required (15 digits, or 17 digits and a digit or X): a
     * mistyped check character is kept as written, never "corrected" into someone else's number.
     */
    public static Optional<String> canonical(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String compact = DigitText.compact(written);
        if (compact.length() == 15 && compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String first17 = compact.substring(0, 6) + "19" + compact.substring(6);
            return Optional.of(first17 + checkCharacter(first17));
        }
        if (hasLongShape(compact)) {
            return Optional.of(compact);
        }
        return Optional.empty();
    }

    /** Positions (0-based, end exclusive) of the birth date in a number of {@code length} 18 or 15. */
    static int[] birthDatePositions(int length) {
        return length == 15 ? new int[]{6, 12} : new int[]{6, 14};
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int twoDigits(CharSequence s, int at) {
        return number(s, at, 2);
    }

    private static int number(CharSequence s, int at, int length) {
        int n = 0;
        for (int i = at; i < at + length; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    static boolean isDate(int year, int month, int day) {
        if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        int days = switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= days;
    }
}
