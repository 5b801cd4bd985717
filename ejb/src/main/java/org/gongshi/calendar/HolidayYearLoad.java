package org.gongshi.calendar;

import java.util.List;

/** The answer to a load: the format read and, per year, how many days it holds. */
public record HolidayYearLoad(String format, List<HolidayYear> years) {

    public HolidayYearLoad {
        years = List.copyOf(years);
    }
}
