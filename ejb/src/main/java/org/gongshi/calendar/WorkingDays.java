package org.gongshi.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Counts legal time limits in working days on the official schedule. A period starts the day after
 * its start event (Civil Code Art. 201): 20 working days from a request received on a Friday
 * begin with the following Monday (or the next working day).
 */
public final class WorkingDays {

    /** Longest period counted at once: a year and a half of working days is far beyond any legal limit. */
    public static final int MAX_DAYS = 400;

    private final HolidaySchedule schedule;

    public WorkingDays(HolidaySchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "A holiday schedule is required.");
    }

    public HolidaySchedule schedule() {
        return schedule;
    }

    /**
     * The {@code days}-th working day after {@code start}, with the explanation. {@code days} = 0
     * answers {@code start} itself.
     */
    public WorkingDayCount add(LocalDate start, int days) {
        Objects.requireNonNull(start, "A start date is required.");
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Working days must be between 0 and " + MAX_DAYS + ".");
        }
        List<String> why = new ArrayList<>();
        why.add("自" + format(start) + "的次日（" + format(start.plusDays(1)) + "）起算，共" + days + "个工作日（《民法典》第二百零一条）。");
        LocalDate day = start;
        int counted = 0;
        int weekendDays = 0;
        boolean provisional = false;
        Map<String, List<LocalDate>> holidaysCrossed = new LinkedHashMap<>();
        List<LocalDate> makeUpDays = new ArrayList<>();
        while (counted < days) {
            day = day.plusDays(1);
            if (!schedule.knows(day.getYear())) {
                provisional = true;
            }
            if (schedule.isWorkingDay(day)) {
                counted++;
                if (schedule.makeUpWorkdayOf(day) != null) {
                    makeUpDays.add(day);
                }
            } else if (schedule.holidayName(day) != null) {
                holidaysCrossed.computeIfAbsent(schedule.holidayName(day) + "@" + day.getYear(), k -> new ArrayList<>()).add(day);
            } else {
                weekendDays++;
            }
        }
        holidaysCrossed.forEach((key, dates) -> {
            String name = key.substring(0, key.indexOf('@'));
            why.add("跨越" + name + "假期，" + format(dates.getFirst())
                    + (dates.size() > 1 ? "至" + format(dates.getLast()) : "") + "共" + dates.size() + "天休息日不计入。");
        });
        for (LocalDate d : makeUpDays) {
            why.add(format(d) + "（" + weekday(d) + "）是" + schedule.makeUpWorkdayOf(d) + "调休上班日，计为工作日。");
        }
        if (weekendDays > 0) {
            why.add("其间另有" + weekendDays + "天周末不计入。");
        }
        if (provisional) {
            why.add("期限跨入" + (schedule.lastKnownYear() + 1) + "年，该年节假日安排尚未载入，暂只扣除周末；载入后自动重新计算。");
        }
        why.add("第" + days + "个工作日为" + format(day) + "（" + weekday(day) + "）" + (provisional ? "（暂定）" : "") + "。");
        return new WorkingDayCount(start, days, day, provisional, why);
    }

    /** Working days strictly after {@code from}, up to and including {@code to} (0 when {@code to} is not after). */
    public int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (schedule.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.SIMPLIFIED_CHINESE);
    }
}
