package org.gongshi.catalog;

import org.gongshi.calendar.WorkingDays;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When an item must be published or updated (公开时限 / 更新频率), as the domain guidelines state it:
 * within N working days of the information being made or changed (Regulation Art. 26: 20), within N
 * days (e.g. budgets within 20 days of approval, 《预算法》Art. 14), monthly, quarterly, yearly by a
 * date (e.g. the annual report, Art. 49–50), long-term (must be there), or when the event occurs.
 *
 * <p>Each rule renders itself in Chinese ({@link #text()}), stores itself as a short code
 * ({@link #code()}, read back by {@link #parse}) and says when the next update is due:
 * {@link #firstDue} from the day the item entered a catalog when nothing was published yet,
 * {@link #nextDue} after the last publication. {@code null} means the rule sets no date (an event that
 * may not happen; a change the system cannot see).
 */
public sealed interface UpdateRule {

    /** The Chinese text shown with the item, e.g. "信息形成或变更之日起20个工作日内". */
    String text();

    /** A short stable code: {@code working-days:20}, {@code days:20}, {@code monthly}, {@code quarterly}, {@code yearly:03-31}, {@code long-term}, {@code event}. */
    String code();

    /** When the first publication is due, for an item in a catalog since {@code since} and never published. */
    LocalDate firstDue(LocalDate since, WorkingDays workingDays);

    /** When the next publication is due after one on {@code last}; null when the rule asks for none by itself. */
    LocalDate nextDue(LocalDate last, WorkingDays workingDays);

    /**
     * Within {@code days} working days of the information being made or changed (Art. 26). The system
     * does not see changes outside itself, so only the first publication has a due date: the item's
     * information is taken as made when the item entered the catalog.
     */
    record WithinWorkingDays(int days) implements UpdateRule {
        public WithinWorkingDays {
            if (days < 1 || days > WorkingDays.MAX_DAYS) {
                throw new IllegalArgumentException("Working days must be between 1 and " + WorkingDays.MAX_DAYS + ".");
            }
        }

        @Override
        public String text() {
            return "信息形成或变更之日起" + days + "个工作日内";
        }

        @Override
        public String code() {
            return "working-days:" + days;
        }

        @Override
        public LocalDate firstDue(LocalDate since, WorkingDays workingDays) {
            return workingDays.add(since, days).date();
        }

        @Override
        public LocalDate nextDue(LocalDate last, WorkingDays workingDays) {
            return null;
        }
    }

    /** Within {@code days} calendar days of approval or formation (e.g. budgets, 《预算法》Art. 14: 20 days). */
    record WithinDays(int days) implements UpdateRule {
        public WithinDays {
            if (days < 1 || days > 366) {
                throw new IllegalArgumentException("Days must be between 1 and 366.");
            }
        }

        @Override
        public String text() {
            return "批准或形成之日起" + days + "日内";
        }

        @Override
        public String code() {
            return "days:" + days;
        }

        @Override
        public LocalDate firstDue(LocalDate since, WorkingDays workingDays) {
            return since.plusDays(days);
        }

        @Override
        public LocalDate nextDue(LocalDate last, WorkingDays workingDays) {
            return null;
        }
    }

    /** At least once a calendar month: the month after a publication ends with the next due date. */
    record Monthly() implements UpdateRule {
        @Override
        public String text() {
            return "每月更新";
        }

        @Override
        public String code() {
            return "monthly";
        }

        @Override
        public LocalDate firstDue(LocalDate since, WorkingDays workingDays) {
            return nextDue(since, workingDays);
        }

        @Override
        public LocalDate nextDue(LocalDate last, WorkingDays workingDays) {
            return last.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        }
    }

    /** At least once a quarter (村务公开: 一般事项至少每季度公开一次): due by the end of the following quarter. */
    record Quarterly() implements UpdateRule {
        @Override
        public String text() {
            return "每季度更新";
        }

        @Override
        public String code() {
            return "quarterly";
        }

        @Override
        public LocalDate firstDue(LocalDate since, WorkingDays workingDays) {
            return nextDue(since, workingDays);
        }

        @Override
        public LocalDate nextDue(LocalDate last, WorkingDays workingDays) {
            LocalDate nextQuarter = last.plusMonths(3);
            int quarter = nextQuarter.get(IsoFields.QUARTER_OF_YEAR);
            return LocalDate.of(nextQuarter.getYear(), quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
        }
    }

    /** Once a year by {@code by} (e.g. the annual report by 31 January or 31 March, Art. 49–50). */
    record Yearly(MonthDay by) implements UpdateRule {
        public Yearly {
            Objects.requireNonNull(by, "The yearly date is required.");
        }

        @Override
        public String text() {
            return "每年" + by.getMonthValue() + "月" + by.getDayOfMonth() + "日前";
        }

        @Override
        public String code() {
            return String.format("yearly:%02d-%02d", by.getMonthValue(), by.getDayOfMonth());
        }

        /** The first {@code by} date after {@code since}. */
        @Override
        public LocalDate firstDue(LocalDate since, WorkingDays workingDays) {
            LocalDate thisYear = by.atYear(since.getYear());
            return thisYear.isAfter(since) ? thisYear : by.atYear(since.getYear() + 1);
        }

        /** A publication in one year covers that year's date: the next one is due by the date of the year after. */
        @Override
        public LocalDate nextDue(LocalDate last, WorkingDays workingDays) {
            return by.atYear(last.getYear() + 1);
        }
    }

    /** Published once and kept (长期公开), e.g. a service guide: due 20 working days after the item entered the catalog. */
    record LongTerm() implements UpdateRule {
        @Override
        public String text() {
            return "长期公开，内容变化时及时更新";
        }

        @Override
        public String code() {
            return "long-term";
        }

        @Override
        public LocalDate firstDue(LocalDate since, WorkingDays workingDays) {
            return workingDays.add(since, 20).date();
        }

        @Override
        public LocalDate nextDue(LocalDate last, WorkingDays workingDays) {
            return null;
        }
    }

    /** Published when the event happens (e.g. an expropriation): no date by itself. */
    record OnEvent() implements UpdateRule {
        @Override
        public String text() {
            return "事项发生后及时公开";
        }

        @Override
        public String code() {
            return "event";
        }

        @Override
        public LocalDate firstDue(LocalDate since, WorkingDays workingDays) {
            return null;
        }

        @Override
        public LocalDate nextDue(LocalDate last, WorkingDays workingDays) {
            return null;
        }
    }

    /** Reads a {@link #code()}; throws {@link IllegalArgumentException} for anything else. */
    static UpdateRule parse(String code) {
        String c = code == null ? "" : code.strip();
        try {
            if (c.startsWith("working-days:")) {
                return new WithinWorkingDays(Integer.parseInt(c.substring("working-days:".length())));
            }
            if (c.startsWith("days:")) {
                return new WithinDays(Integer.parseInt(c.substring("days:".length())));
            }
            if (c.startsWith("yearly:")) {
                return new Yearly(MonthDay.parse("--" + c.substring("yearly:".length())));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unknown update rule '" + code + "'.", e);
        }
        return switch (c) {
            case "monthly" -> new Monthly();
            case "quarterly" -> new Quarterly();
            case "long-term" -> new LongTerm();
            case "event" -> new OnEvent();
            default -> throw new IllegalArgumentException("Unknown update rule '" + code + "'.");
        };
    }

    /** The dated rule for a due date (the one the item's update rule gives, or null). */
    default LocalDate due(LocalDate since, LocalDate lastPublished, WorkingDays workingDays) {
        return lastPublished == null ? firstDue(since, workingDays) : nextDue(lastPublished, workingDays);
    }
}
