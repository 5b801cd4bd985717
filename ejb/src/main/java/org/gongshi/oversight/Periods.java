package org.gongshi.oversight;

import org.gongshi.shared.InvalidInput;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods of oversight documents: a month ({@code 2026-11}) for the bulletin and a quarter
 * ({@code 2026-Q4}) for the cards. Compliance is computed for the period's last day, or for today
 * while the period is still running; a period that has not begun is refused.
 */
final class Periods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** A period, its Chinese name and the day its compliance is computed for. */
    record Period(String key, String chinese, LocalDate computedOn) {
    }

    private Periods() {
    }

    static Period month(String text, LocalDate today) {
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("error.oversight.month-invalid");
        }
        return period(month.toString(), month.getYear() + "年" + month.getMonthValue() + "月",
                month.atDay(1), month.atEndOfMonth(), today);
    }

    static Period quarter(String text, LocalDate today) {
        Matcher m = QUARTER.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidInput("error.oversight.quarter-invalid");
        }
        int year = Integer.parseInt(m.group(1));
        int q = Integer.parseInt(m.group(2));
        LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        String[] names = {"一", "二", "三", "四"};
        return period(year + "-Q" + q, year + "年第" + names[q - 1] + "季度", start, end, today);
    }

    private static Period period(String key, String chinese, LocalDate start, LocalDate end, LocalDate today) {
        if (start.isAfter(today)) {
            throw new InvalidInput("error.oversight.period-future");
        }
        return new Period(key, chinese, end.isAfter(today) ? today : end);
    }
}
