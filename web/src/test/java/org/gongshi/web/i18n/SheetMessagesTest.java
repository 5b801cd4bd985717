package org.gongshi.web.i18n;

import org.gongshi.sheet.SheetRejected;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal of a spreadsheet import reads as a sentence, in Chinese and English, with its arguments filled in. */
class SheetMessagesTest {

    /** Arguments as the reader passes them. */
    private static final Map<SheetRejected.Reason, Object[]> SAMPLES = new EnumMap<>(SheetRejected.Reason.class);

    static {
        SAMPLES.put(SheetRejected.Reason.TOO_LARGE, new Object[]{"20"});
        SAMPLES.put(SheetRejected.Reason.TOO_MANY_ROWS, new Object[]{200_000});
        SAMPLES.put(SheetRejected.Reason.TOO_MANY_COLUMNS, new Object[]{200});
        SAMPLES.put(SheetRejected.Reason.ENCODING_BROKEN, new Object[]{"GBK", 1234});
        SAMPLES.put(SheetRejected.Reason.CSV_QUOTES, new Object[]{1234});
        SAMPLES.put(SheetRejected.Reason.NO_HEADER, new Object[]{20});
        SAMPLES.put(SheetRejected.Reason.HEADER_ONLY, new Object[]{3});
        SAMPLES.put(SheetRejected.Reason.FORMULA, new Object[]{"F1234"});
        SAMPLES.put(SheetRejected.Reason.MERGED_CELLS, new Object[]{"C3:C4"});
        SAMPLES.put(SheetRejected.Reason.NUMBER_PRECISION, new Object[]{"C3"});
        SAMPLES.put(SheetRejected.Reason.CELL_TOO_LONG, new Object[]{"C3", 32_767});
        SAMPLES.put(SheetRejected.Reason.RAGGED_ROWS, new Object[]{"3、5、1234", 3, 8});
    }

    @Test
    void every_refusal_has_a_chinese_and_an_english_text_with_its_arguments_filled_in() {
        for (SheetRejected.Reason reason : SheetRejected.Reason.values()) {
            Object[] args = SAMPLES.getOrDefault(reason, new Object[0]);
            for (Locale locale : List.of(Messages.DEFAULT_LOCALE, Locale.ENGLISH)) {
                String text = Messages.get(locale, reason.key(), args);
                assertThat(text).as(reason + " " + locale).isNotEqualTo(reason.key()).doesNotContain("{").doesNotContain("}");
                for (Object a : args) {
                    assertThat(text).as(reason + " " + locale).contains(a.toString());
                }
            }
        }
        assertThat(Messages.get(Locale.ENGLISH, "error.sheet.ragged-rows", "3", 1, 8)).contains("header's columns");
        assertThat(Messages.get(Messages.DEFAULT_LOCALE, "error.sheet.mapping-invalid", "B=NAMES")).contains("B=NAMES");
        assertThat(Messages.get(Locale.ENGLISH, "error.sheet.mapping-invalid", "B=NAMES")).contains("B=NAMES");
    }
}
