/**
 * Working days on the official holiday schedule, and legal time limits counted in them (Civil Code
 * Art. 201: a period starts the day after its start event). The schedule and the counting are pure
 * domain code; {@link org.gongshi.calendar.HolidayYearService} loads a new year's schedule
 * (chinese-days JSON or iCalendar, {@link org.gongshi.calendar.HolidayFiles}) into the national
 * table {@code HOLIDAY_DAY}, reached through {@code TenantData.openNational()}.
 */
package org.gongshi.calendar;
