package org.gongshi.relief;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongshi.privacy.SyntheticPeople;
import org.gongshi.privacy.SyntheticPeople.Person;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;

/** Relief lists as clerks keep them, made from synthetic people: an xlsx and its GBK CSV twin. */
final class ReliefFiles {

    static final List<String> DIBAO_HEADER = List.of("序号", "户主姓名", "身份证号码", "联系电话", "银行卡号", "家庭住址",
            "致贫原因", "家庭人口", "月保障金（元）");

    private ReliefFiles() {
    }

    static List<String> cells(int index, Person p) {
        return List.of(Integer.toString(index + 1), p.name(), p.idNumber(), p.phone(), p.bankCard(), p.address(),
                p.reason(), Integer.toString(p.householdSize()), p.amount().toPlainString());
    }

    static byte[] xlsx(List<Person> people) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("名单");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("2026年篁庄村低保初审对象名单");
            Row header = sheet.createRow(1);
            for (int i = 0; i < DIBAO_HEADER.size(); i++) {
                header.createCell(i).setCellValue(DIBAO_HEADER.get(i));
            }
            for (int r = 0; r < people.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<String> cells = cells(r, people.get(r));
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gbkCsv(List<Person> people) {
        StringBuilder out = new StringBuilder(String.join(",", DIBAO_HEADER)).append("\r\n");
        for (int r = 0; r < people.size(); r++) {
            out.append(String.join(",", cells(r, people.get(r)).stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(Charset.forName("GBK"));
    }

    static List<Person> people(int count) {
        return SyntheticPeople.generate(count, 20261205L);
    }
}
