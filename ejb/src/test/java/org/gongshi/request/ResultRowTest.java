package org.gongshi.request;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of table 三's results is reachable, and each reply or closing counts in exactly one. */
class ResultRowTest {

    @Test
    void every_result_row_of_the_national_table_is_reached_by_a_reply_type_or_a_closing_reason() {
        Set<ResultRow> reached = EnumSet.noneOf(ResultRow.class);
        Arrays.stream(ReplyType.values()).map(ReplyType::row).forEach(reached::add);
        Arrays.stream(ClosingReason.values()).map(ClosingReason::row).forEach(reached::add);
        assertThat(reached).containsExactlyInAnyOrder(ResultRow.values());
    }

    @Test
    void the_rows_are_numbered_in_the_order_of_the_national_format() {
        assertThat(Arrays.stream(ResultRow.values()).map(ResultRow::number).collect(Collectors.joining(" ")))
                .isEqualTo("（一） （二） （三）1 （三）2 （三）3 （三）4 （三）5 （三）6 （三）7 （三）8 （四）1 （四）2 （四）3"
                        + " （五）1 （五）2 （五）3 （五）4 （五）5 （六）1 （六）2 （六）3");
        assertThat(ResultRow.WITHHELD_THIRD_PARTY.group()).isEqualTo("（三）");
    }

    @Test
    void already_public_counts_as_disclosed_and_partial_disclosure_only_as_partial() {
        assertThat(ReplyType.ALREADY_PUBLIC.row()).isEqualTo(ResultRow.DISCLOSED);
        assertThat(ReplyType.PARTLY_DISCLOSED.row()).isEqualTo(ResultRow.PARTLY_DISCLOSED);
        assertThat(ReplyType.NOT_THIS_AGENCY.row()).isEqualTo(ResultRow.UNAVAILABLE_NOT_HELD);
        assertThat(ReplyType.WITHHELD_ADMINISTRATIVE_QUERY.row()).isEqualTo(ResultRow.WITHHELD_ADMINISTRATIVE_QUERY);
    }

    @Test
    void refusals_need_a_reason_and_pointers_need_a_place() {
        assertThat(Arrays.stream(ReplyType.values()).filter(t -> t.row().group().equals("（三）")))
                .allMatch(ReplyType::needsReason);
        assertThat(ReplyType.DISCLOSED.needsReason()).isFalse();
        assertThat(ReplyType.ALREADY_PUBLIC.needsPlace()).isTrue();
        assertThat(ReplyType.PUBLICATION.needsPlace()).isTrue();
    }
}
