package org.gongshi.web.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import java.util.Arrays;
import java.util.List;

/** Date pickers in the user's language, dates written the ISO way (2025-03-01) in both languages. */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker date(String id, String labelKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setLabel(Texts.t(labelKey));
        picker.setI18n(i18n());
        picker.setClearButtonVisible(true);
        return picker;
    }

    static DateTimePicker dateTime(String id, String labelKey) {
        DateTimePicker picker = new DateTimePicker();
        picker.setId(id);
        picker.setLabel(Texts.t(labelKey));
        picker.setDatePickerI18n(i18n());
        picker.setStep(java.time.Duration.ofMinutes(15));
        return picker;
    }

    static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list("date-picker.months"))
                .setWeekdays(list("date-picker.weekdays"))
                .setWeekdaysShort(list("date-picker.weekdays-short"))
                .setFirstDayOfWeek(Integer.parseInt(Texts.t("date-picker.first-day").strip()))
                .setToday(Texts.t("date-picker.today"))
                .setCancel(Texts.t("date-picker.cancel"))
                .setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage(Texts.t("date-picker.bad-input"));
    }

    private static List<String> list(String key) {
        return Arrays.stream(Texts.t(key).split(",")).map(String::strip).toList();
    }
}
