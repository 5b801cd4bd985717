package org.gongshi.sheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.sheet.SheetFiles.read;
import static org.gongshi.sheet.SheetFiles.refusal;
import static org.gongshi.sheet.SheetFiles.row;

class XlsxReadingTest {

    @Test
    void the_header_is_found_below_a_merged_title_row_and_each_data_row_arrives_normalised() {
        Recorder r = read(SheetFiles.lowIncomeList(), "低保名单.xlsx");

        assertThat(r.header.rowNumber()).isEqualTo(3);
        assertThat(r.header.cells()).containsExactlyElementsOf(SheetFiles.LOW_INCOME_HEADER);
        assertThat(r.header.source().format()).isEqualTo(SheetSource.Format.XLSX);
        assertThat(r.header.source().sheetName()).isEqualTo("低保名单");
        assertThat(r.numbers()).containsExactly(4, 5);
        assertThat(r.cells()).containsExactly(
                List.of("1", "张三", "330328199001011234", "3", "A类", "580", "13812345678"),
                List.of("2", "李 四", "33032819850505432X", "1", "B类", "420.5", "15988887777"));
    }

    @Test
    void an_id_number_of_fifteen_digits_in_a_number_cell_is_read_exactly_never_as_3_3e14() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "身份证号", "联系电话"));
            row(s, 1, List.of("王五", 330328900101123L, 13812345678L));
        });

        assertThat(read(file, "a.xlsx").cells()).containsExactly(List.of("王五", "330328900101123", "13812345678"));
    }

    @Test
    void an_eighteen_digit_number_cell_is_refused_with_its_address_because_excel_kept_only_fifteen_digits() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "身份证号码"));
            row(s, 1, List.of("王五", "330328199001011234"));
            row(s, 2, List.of("赵六", 330328199001011234L));
        });

        SheetRejected e = refusal(file, "a.xlsx");

        assertThat(e.messageKey()).isEqualTo("error.sheet.number-precision");
        assertThat(e.arguments()).containsExactly("B3");
    }

    @Test
    void numbers_show_as_the_clerk_formatted_them_and_dates_as_iso_days() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("临时救助");
            row(s, 0, List.of("救助对象", "救助金额", "补助标准", "发放日期", "审批日期", "批准日期", "比例"));
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("孙七");
            Cell amount = r.createCell(1);
            amount.setCellValue(1200);
            amount.setCellStyle(SheetFiles.format(book, "0.00"));
            Cell standard = r.createCell(2);
            standard.setCellValue(12345);
            standard.setCellStyle(SheetFiles.format(book, "#,##0"));
            Cell paid = r.createCell(3);
            paid.setCellValue(LocalDate.of(2026, 10, 8));
            paid.setCellStyle(SheetFiles.format(book, "yyyy\"年\"m\"月\"d\"日\""));
            Cell approved = r.createCell(4);
            approved.setCellValue(LocalDate.of(2026, 9, 30));
            approved.setCellStyle(SheetFiles.format(book, "m/d/yy"));
            Cell at = r.createCell(5);
            at.setCellValue(LocalDateTime.of(2026, 9, 30, 14, 5));
            at.setCellStyle(SheetFiles.format(book, "yyyy-mm-dd hh:mm"));
            Cell share = r.createCell(6);
            share.setCellValue(0.05);
            share.setCellStyle(SheetFiles.format(book, "0%"));
        });

        assertThat(read(file, "a.xlsx").cells())
                .containsExactly(List.of("孙七", "1200.00", "12,345", "2026-10-08", "2026-09-30", "2026-09-30 14:05", "5%"));
    }

    @Test
    void a_formula_in_the_data_is_refused_with_its_cell_but_one_in_the_title_above_the_header_is_not() {
        byte[] formulaInTitle = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            s.createRow(0).createCell(0).setCellFormula("\"2026年\"&\"名单\"");
            row(s, 1, List.of("姓名", "金额"));
            row(s, 2, List.of("张三", 100));
        });
        byte[] formulaInData = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "金额"));
            row(s, 1, List.of("张三", 100));
            row(s, 2, List.of("合计"));
            s.getRow(2).createCell(1).setCellFormula("SUM(B2:B2)");
        });

        assertThat(read(formulaInTitle, "a.xlsx").cells()).containsExactly(List.of("张三", "100"));
        SheetRejected e = refusal(formulaInData, "a.xlsx");
        assertThat(e.messageKey()).isEqualTo("error.sheet.formula");
        assertThat(e.arguments()).containsExactly("B3");
    }

    @Test
    void merged_cells_in_the_data_are_refused_with_their_range() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            SheetFiles.title(s, 0, "篁庄村特困供养人员名单", 3);
            row(s, 1, List.of("姓名", "供养方式", "所在村民小组"));
            row(s, 2, List.of("张三", "分散供养", "3组"));
            row(s, 3, List.of("李四", "分散供养", ""));
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
        });

        SheetRejected e = refusal(file, "a.xlsx");

        assertThat(e.messageKey()).isEqualTo("error.sheet.merged-cells");
        assertThat(e.arguments()).containsExactly("C3:C4");
    }

    @Test
    void a_two_level_header_with_merged_headings_is_refused() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "身份证号码", "家庭成员"));
            row(s, 1, List.of("张三", "330328199001011234", "2"));
            s.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
        });

        assertThat(refusal(file, "a.xlsx").arguments()).containsExactly("C1:D1");
    }

    @Test
    void cells_beyond_the_header_are_refused_with_up_to_ten_row_numbers_and_the_count() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "金额"));
            for (int i = 1; i <= 14; i++) {
                row(s, i, i % 2 == 0 ? List.of("张" + i, 100, "备注" + i) : List.of("李" + i, 200));
            }
        });

        SheetRejected e = refusal(file, "a.xlsx");

        assertThat(e.messageKey()).isEqualTo("error.sheet.ragged-rows");
        assertThat(e.arguments()).containsExactly("3、5、7、9、11、13、15", 7, 2);
    }

    @Test
    void hidden_sheets_are_passed_over_and_the_sheet_read_is_named() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet hidden = book.createSheet("草稿");
            row(hidden, 0, List.of("姓名", "身份证号"));
            row(hidden, 1, List.of("不该读", "x"));
            Sheet notes = book.createSheet("填表说明");
            row(notes, 0, List.of("请按要求填写"));
            row(notes, 1, List.of("身份证号须为18位"));
            Sheet list = book.createSheet("名单");
            row(list, 0, List.of("姓名", "身份证号"));
            row(list, 1, List.of("张三", "330328199001011234"));
            book.createSheet("统计");
            book.setSheetHidden(0, true);
        });

        Recorder r = read(file, "a.xlsx");

        assertThat(r.header.source().sheetName()).isEqualTo("名单");
        assertThat(r.header.source().otherSheets()).containsExactly("填表说明", "统计");
        assertThat(r.cells()).containsExactly(List.of("张三", "330328199001011234"));
    }

    @Test
    void hidden_rows_and_columns_are_read_as_data_and_marked() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "身份证号", "金额"));
            row(s, 1, List.of("张三", "330328199001011234", 100));
            row(s, 2, List.of("李四", "33032819850505432X", 200)).setZeroHeight(true);
            s.setColumnHidden(1, true);
        });

        Recorder r = read(file, "a.xlsx");

        assertThat(r.rows).extracting(SheetRow::hidden).containsExactly(false, true);
        assertThat(r.header.hiddenColumns()).containsExactly(1);
    }

    @Test
    void an_empty_workbook_a_header_without_rows_and_a_sheet_without_a_header_are_refused_plainly() {
        byte[] empty = SheetFiles.workbook(book -> book.createSheet("Sheet1"));
        byte[] headerOnly = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            SheetFiles.title(s, 0, "名单", 2);
            row(s, 1, List.of("姓名", "身份证号"));
        });
        byte[] noHeader = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            for (int i = 0; i < 30; i++) {
                row(s, i, List.of(i, i * 2));
            }
        });

        assertThat(refusal(empty, "a.xlsx").messageKey()).isEqualTo("error.sheet.empty");
        SheetRejected only = refusal(headerOnly, "a.xlsx");
        assertThat(only.messageKey()).isEqualTo("error.sheet.header-only");
        assertThat(only.arguments()).containsExactly(2);
        SheetRejected none = refusal(noHeader, "a.xlsx");
        assertThat(none.messageKey()).isEqualTo("error.sheet.no-header");
        assertThat(none.arguments()).containsExactly(20);
    }

    @Test
    void full_width_spaces_and_line_breaks_inside_cells_are_collapsed_and_blank_rows_skipped() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓　　名", "家庭住址"));
            row(s, 1, List.of("\u3000张　三 ", "篁庄村\n3组  12号"));
            row(s, 3, List.of("李四", "西里村"));
        });

        Recorder r = read(file, "a.xlsx");

        assertThat(r.header.cells()).containsExactly("姓 名", "家庭住址");
        assertThat(r.cells()).containsExactly(List.of("张 三", "篁庄村 3组 12号"), List.of("李四", "西里村"));
        assertThat(r.numbers()).containsExactly(2, 4);
    }

    @Test
    void duplicate_headings_are_allowed_and_reported() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "金额", "姓名", "备注"));
            row(s, 1, List.of("张三", 1, "张小三", ""));
        });

        assertThat(read(file, "a.xlsx").header.duplicates()).containsExactly("姓名");
    }

    @Test
    void inline_strings_from_streaming_writers_and_booleans_are_read() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(10)) {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "是否享受", "金额"));
            for (int i = 1; i <= 50; i++) {
                Row r = row(s, i, List.of("居民" + i));
                r.createCell(1).setCellValue(i % 2 == 0);
                r.createCell(2).setCellValue(i * 10);
            }
            book.write(out);
        }

        Recorder r = read(out.toByteArray(), "a.xlsx");

        assertThat(r.rows).hasSize(50);
        assertThat(r.rows.get(1).cells()).containsExactly("居民2", "TRUE", "20");
    }

    @Test
    void progress_is_reported_every_thousand_rows_and_once_at_the_end() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "金额"));
            for (int i = 1; i <= 2500; i++) {
                row(s, i, List.of("居民" + i, i));
            }
        });

        Recorder r = read(file, "a.xlsx");

        assertThat(r.progress).extracting(SheetProgress::rowsRead).containsExactly(1000L, 2000L, 2500L);
        assertThat(r.progress.getLast().done()).isTrue();
        assertThat(r.progress.getFirst().bytesTotal()).isPositive();
        assertThat(r.progress.getFirst().percent()).isBetween(1, 99);
    }

    @Test
    void an_exception_of_the_listener_reaches_the_caller_unchanged() {
        IllegalStateException masking = new IllegalStateException("masking failed");
        SheetListener failing = new SheetListener() {
            @Override
            public void header(SheetHeader header) {
            }

            @Override
            public void row(SheetRow row) {
                throw masking;
            }
        };

        assertThatThrownBy(() -> SheetReader.read(new ByteArrayInputStream(SheetFiles.lowIncomeList()), "a.xlsx",
                SheetLimits.defaults(), failing)).isSameAs(masking);
    }

    @Test
    void the_header_alone_can_be_read_to_choose_the_mapping() {
        SheetHeader header = SheetReader.readHeader(new ByteArrayInputStream(SheetFiles.lowIncomeList()), "a.xlsx",
                SheetLimits.defaults());

        assertThat(header.cells()).containsExactlyElementsOf(SheetFiles.LOW_INCOME_HEADER);
    }

    @Test
    void more_rows_than_the_limit_are_refused() {
        byte[] file = SheetFiles.workbook(book -> {
            Sheet s = book.createSheet("名单");
            row(s, 0, List.of("姓名", "金额"));
            List<Integer> numbers = new ArrayList<>();
            for (int i = 1; i <= 11; i++) {
                row(s, i, List.of("居民" + i, i));
                numbers.add(i);
            }
        });

        SheetRejected e = refusal(file, "a.xlsx", SheetLimits.defaults().withMaxRows(10));

        assertThat(e.messageKey()).isEqualTo("error.sheet.too-many-rows");
        assertThat(e.arguments()).containsExactly(10);
        assertThat(e.kind()).isEqualTo(org.gongshi.shared.GongshiException.Kind.TOO_LARGE);
    }
}
