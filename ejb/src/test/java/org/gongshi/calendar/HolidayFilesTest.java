package org.gongshi.calendar;

import org.gongshi.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both upload formats, read from the 2027 test fixtures (invented dates, not the official schedule), and garbage. */
class HolidayFilesTest {

    static byte[] fixture(String name) {
        try (InputStream in = HolidayFilesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ics(String... events) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//ZH\r\n" + String.join("\r\n", events)
                + "\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String key(Runnable read) {
        try {
            read.run();
        } catch (InvalidInput e) {
            return e.messageKey() + Arrays.toString(e.arguments().toArray());
        }
        throw new AssertionError("The file was accepted.");
    }

    @Test
    void the_ics_fixture_gives_the_2027_days_with_dtend_exclusive_and_make_up_days_by_summary_category_and_x_property() {
        HolidayFiles.Parsed parsed = HolidayFiles.read(fixture("holidays-2027-test.ics"), 2027);
        HolidaySchedule s = parsed.schedule();
        assertThat(parsed.format()).isEqualTo("ics");
        assertThat(s.years()).containsExactly(2027);
        // DTEND 20270104 is exclusive: Jan 1–3 off, Jan 4 a working Monday.
        assertThat(s.holidayName(LocalDate.of(2027, 1, 3))).isEqualTo("元旦");
        assertThat(s.holidayName(LocalDate.of(2027, 1, 4))).isNull();
        assertThat(s.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        // Folded SUMMARY "春" + " 节（休）", an alarm inside the event ignored; Feb 5–13 (DTEND Feb 14).
        assertThat(s.holidayName(LocalDate.of(2027, 2, 5))).isEqualTo("春节");
        assertThat(s.holidayName(LocalDate.of(2027, 2, 13))).isEqualTo("春节");
        assertThat(s.holidayName(LocalDate.of(2027, 2, 14))).isNull();
        // Make-up Sundays/Saturdays: "春节 补班", CATEGORIES:补班, X-GONGSHI-KIND, "劳动节 上班", "国庆节 班".
        assertThat(s.makeUpWorkdays()).containsOnlyKeys(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 20),
                LocalDate.of(2027, 4, 25), LocalDate.of(2027, 5, 8), LocalDate.of(2027, 9, 26), LocalDate.of(2027, 10, 9));
        assertThat(s.makeUpWorkdayOf(LocalDate.of(2027, 2, 20))).isEqualTo("春节");
        assertThat(s.makeUpWorkdayOf(LocalDate.of(2027, 5, 8))).isEqualTo("劳动节");
        assertThat(s.isWorkingDay(LocalDate.of(2027, 10, 9))).isTrue();
        // No DTEND: one day; DURATION:P1D: one day; "劳动节放假" is named 劳动节.
        assertThat(s.holidayName(LocalDate.of(2027, 6, 9))).isEqualTo("端午节");
        assertThat(s.holidayName(LocalDate.of(2027, 6, 10))).isNull();
        assertThat(s.holidayName(LocalDate.of(2027, 9, 15))).isEqualTo("中秋节");
        assertThat(s.holidayName(LocalDate.of(2027, 9, 16))).isNull();
        assertThat(s.holidayName(LocalDate.of(2027, 5, 5))).isEqualTo("劳动节");
        assertThat(s.holidays()).hasSize(3 + 9 + 3 + 5 + 1 + 1 + 7);
    }

    @Test
    void the_json_fixture_gives_the_same_schedule_as_the_ics_one() {
        HolidaySchedule json = HolidayFiles.read(fixture("holidays-2027-test.json"), null).schedule();
        HolidaySchedule ics = HolidayFiles.read(fixture("holidays-2027-test.ics"), null).schedule();
        assertThat(json.years()).containsExactly(2027);
        assertThat(json.holidays().keySet()).isEqualTo(ics.holidays().keySet());
        assertThat(json.makeUpWorkdays().keySet()).isEqualTo(ics.makeUpWorkdays().keySet());
    }

    @Test
    void lf_line_endings_and_tab_folding_are_read_too() {
        byte[] file = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2027\n\t0101\nSUMMARY:元旦\nEND:VEVENT\nEND:VCALENDAR\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(HolidayFiles.read(file, null).schedule().holidayName(LocalDate.of(2027, 1, 1))).isEqualTo("元旦");
    }

    @Test
    void a_utf8_byte_order_mark_is_tolerated() {
        byte[] body = ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "SUMMARY:元旦", "END:VEVENT");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(HolidayFiles.read(withBom, 2027).schedule().knows(2027)).isTrue();
    }

    @Test
    void garbage_is_refused_with_the_reason() {
        assertThat(key(() -> HolidayFiles.read(new byte[0], null))).startsWith("error.calendar.file-required");
        assertThat(key(() -> HolidayFiles.read("<html>hello</html>".getBytes(StandardCharsets.UTF_8), null)))
                .startsWith("error.calendar.file-format");
        assertThat(key(() -> HolidayFiles.read("{\"foo\":1}".getBytes(StandardCharsets.UTF_8), null)))
                .startsWith("error.calendar.file-format");
        // GBK bytes of 春节 are not UTF-8.
        byte[] gbk = "BEGIN:VCALENDAR\r\nSUMMARY:春节\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(key(() -> HolidayFiles.read(gbk, null))).startsWith("error.calendar.file-encoding");
        byte[] huge = new byte[HolidayFiles.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        assertThat(key(() -> HolidayFiles.read(huge, null))).isEqualTo("error.calendar.file-too-large[1]");
        assertThat(key(() -> HolidayFiles.read(ics(), null))).startsWith("error.calendar.no-dates");
        assertThat(key(() -> HolidayFiles.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n".getBytes(StandardCharsets.UTF_8), null)))
                .startsWith("error.calendar.file-format");
        assertThat(key(() -> HolidayFiles.read(ics("BEGIN:VEVENT", "this is no property", "END:VEVENT"), null)))
                .isEqualTo("error.calendar.ics-line[5]");
        assertThat(key(() -> HolidayFiles.read(ics("BEGIN:VEVENT", "SUMMARY:元旦", "END:VEVENT"), null)))
                .isEqualTo("error.calendar.ics-no-start[元旦]");
        assertThat(key(() -> HolidayFiles.read(ics("BEGIN:VEVENT", "DTSTART:20270101T090000", "END:VEVENT"), null)))
                .startsWith("error.calendar.ics-not-all-day");
        assertThat(key(() -> HolidayFiles.read(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270230", "END:VEVENT"), null)))
                .isEqualTo("error.calendar.ics-date[20270230]");
        assertThat(key(() -> HolidayFiles.read(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101",
                "DTEND;VALUE=DATE:20270101", "END:VEVENT"), null))).startsWith("error.calendar.ics-event-length");
        assertThat(key(() -> HolidayFiles.read(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101",
                "DTEND;VALUE=DATE:20280101", "END:VEVENT"), null))).startsWith("error.calendar.ics-event-length");
        assertThat(key(() -> HolidayFiles.read(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "SUMMARY:元旦", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "SUMMARY:元旦 补班", "END:VEVENT"), null)))
                .isEqualTo("error.calendar.both-kinds[2027-01-01]");
    }

    @Test
    void dates_outside_the_declared_year_are_refused_but_a_bundled_year_may_be_loaded_again() {
        byte[] file = ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270102", "SUMMARY:元旦", "END:VEVENT");
        assertThat(key(() -> HolidayFiles.read(file, 2027))).isEqualTo("error.calendar.outside-year[2026-12-31, 2027]");
        assertThat(key(() -> HolidayFiles.read(file, 1999))).startsWith("error.calendar.year-out-of-range");
        HolidaySchedule y2026 = HolidayFiles.read(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261001",
                "DTEND;VALUE=DATE:20261008", "SUMMARY:国庆节", "END:VEVENT"), 2026).schedule();
        assertThat(y2026.years()).containsExactly(2026);
        // Loaded over the bundled 2026, it replaces that year wholly: the bundled Spring Festival is gone.
        HolidaySchedule merged = HolidaySchedule.bundled().with(y2026);
        assertThat(merged.holidayName(LocalDate.of(2026, 2, 17))).isNull();
        assertThat(merged.holidayName(LocalDate.of(2026, 10, 1))).isEqualTo("国庆节");
        assertThat(merged.holidayName(LocalDate.of(2025, 10, 1))).isNotNull();
    }
}
