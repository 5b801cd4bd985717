package org.gongshi.sheet;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.sheet.SheetFiles.csv;
import static org.gongshi.sheet.SheetFiles.read;

class HeaderDetectionTest {

    @Test
    void title_subtitle_and_blank_rows_above_the_header_are_skipped() {
        String text = """
                文成县百丈漈镇篁庄村2026年10月临时救助对象公示,,,,
                填报单位（盖章）：篁庄村民委员会,,,填报日期：2026年10月8日,
                ,,,,
                序号,救助对象,家庭住址,救助事由,救助金额（元）
                1,张三,篁庄村3组,因病,2000
                """;

        Recorder r = read(csv(text, StandardCharsets.UTF_8), "a.csv");

        assertThat(r.header.rowNumber()).isEqualTo(4);
        assertThat(r.numbers()).containsExactly(5);
    }

    @Test
    void a_header_of_unknown_words_is_taken_when_it_is_the_first_all_text_row_and_rows_after_it_are_kept() {
        String text = """
                2026年度项目清单,,
                甲,乙,丙
                1,2,3
                4,5,6
                """;

        Recorder r = read(csv(text, StandardCharsets.UTF_8), "a.csv");

        assertThat(r.header.cells()).containsExactly("甲", "乙", "丙");
        assertThat(r.cells()).containsExactly(List.of("1", "2", "3"), List.of("4", "5", "6"));
    }

    @Test
    void a_header_below_twenty_non_blank_rows_is_not_searched_for() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append("说明第").append(i).append("条\n");
        }
        text.append("姓名,身份证号\n张三,330328199001011234\n");

        SheetRejected e = SheetFiles.refusal(csv(text.toString(), StandardCharsets.UTF_8), "a.csv");

        assertThat(e.messageKey()).isEqualTo("error.sheet.no-header");
    }
}
