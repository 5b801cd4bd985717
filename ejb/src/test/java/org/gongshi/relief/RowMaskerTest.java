package org.gongshi.relief;

import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.IdNumberHash;
import org.gongshi.privacy.MaskingPolicy;
import org.gongshi.privacy.SyntheticPeople;
import org.gongshi.privacy.SyntheticPeople.Person;
import org.gongshi.sheet.ColumnMapping;
import org.gongshi.sheet.ColumnSuggestions;
import org.gongshi.sheet.SheetHeader;
import org.gongshi.sheet.SheetSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's masking of rows: the shortcuts give exactly what the policy gives. */
class RowMaskerTest {

    private static final List<String> HEADER = List.of("户主姓名", "身份证号码", "联系电话", "银行卡号", "家庭住址", "致贫原因",
            "家庭人口", "月保障金", "备注", "类别");

    private static SheetHeader header() {
        return new SheetHeader(new SheetSource(SheetSource.Format.CSV, null, List.of(), "UTF-8", ','), 1, HEADER, List.of(), List.of());
    }

    @Test
    void every_cell_is_masked_exactly_as_the_policy_masks_it_including_numbers_hidden_in_remarks() {
        MaskingPolicy policy = ReliefListType.DIBAO_FIRST_REVIEW.defaultPolicy();
        ColumnMapping mapping = ColumnSuggestions.mapping(ColumnSuggestions.suggest(HEADER));
        RowMasker masker = new RowMasker(header(), mapping, policy, null);
        List<FieldType> types = mapping.forWidth(HEADER.size());
        List<Person> people = SyntheticPeople.generate(3_000, 7);
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            // Remarks with a phone or an ID inside every few rows, and repeated short values otherwise.
            String remark = switch (i % 4) {
                case 0 -> "户主电话" + p.phone();
                case 1 -> "身份证 " + p.idNumber() + " 已核实";
                case 2 -> "2026年3月新增";
                default -> "";
            };
            List<String> cells = List.of(p.name(), p.idNumber(), p.phone(), p.bankCard(), p.address(), p.reason(),
                    Integer.toString(p.householdSize()), p.amount().toPlainString(), remark, i % 2 == 0 ? "A类" : "B类");
            MaskedRow row = masker.mask(cells);
            List<String> expected = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                expected.add(policy.mask(types.get(c), cells.get(c)));
            }
            assertThat(row.cells()).as("row %d", i).isEqualTo(expected);
        }
    }

    @Test
    void the_id_hash_is_the_tenants_hmac_whatever_form_the_number_is_written_in() {
        IdNumberHash hash = new IdNumberHash(new byte[32]);
        RowMasker masker = new RowMasker(header(), ColumnSuggestions.mapping(ColumnSuggestions.suggest(HEADER)),
                MaskingPolicy.defaults(), hash);
        Person p = SyntheticPeople.generate(1, 3).getFirst();
        String spaced = p.idNumber().replaceAll("[^0-9Xx]", "").replaceAll("(.{6})", "$1 ");
        MaskedRow row = masker.mask(List.of(p.name(), spaced, "", "", "", "", "", "", "", ""));
        assertThat(row.idHash()).isEqualTo(hash.of(p.idNumber()).orElseThrow()).hasSize(64);
        assertThat(row.maskedName()).endsWith("**");
    }
}
