package org.gongshi.request;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bands of 国办函〔2020〕109号 Art. 3, at and around each boundary. */
class FeesTest {

    @Test
    void the_first_ten_requests_of_an_applicants_month_are_free_then_100_yuan_each_up_to_the_thirtieth() {
        assertThat(Fees.perRequest(1).yuan()).isZero();
        assertThat(Fees.perRequest(10).yuan()).isZero();
        assertThat(Fees.perRequest(11).yuan()).isEqualTo(100);
        assertThat(Fees.perRequest(30).yuan()).isEqualTo(100);
    }

    @Test
    void beyond_thirty_requests_every_further_band_of_ten_costs_100_yuan_more_each() {
        assertThat(Fees.perRequest(31).yuan()).isEqualTo(200);
        assertThat(Fees.perRequest(40).yuan()).isEqualTo(200);
        assertThat(Fees.perRequest(41).yuan()).isEqualTo(300);
        assertThat(Fees.perRequest(50).yuan()).isEqualTo(300);
        assertThat(Fees.perRequest(51).yuan()).isEqualTo(400);
        assertThat(Fees.perRequest(31).explanation()).anySatisfy(l -> assertThat(l).contains("第31—40件每件收费200元"));
    }

    @Test
    void pages_are_charged_only_for_the_part_beyond_each_band() {
        assertThat(Fees.perPage(30).yuan()).isZero();
        assertThat(Fees.perPage(31).yuan()).isEqualTo(10);
        assertThat(Fees.perPage(100).yuan()).isEqualTo(700);
        assertThat(Fees.perPage(101).yuan()).isEqualTo(720);
        assertThat(Fees.perPage(150).yuan()).isEqualTo(1700);
        assertThat(Fees.perPage(200).yuan()).isEqualTo(2700);
        assertThat(Fees.perPage(201).yuan()).isEqualTo(2740);
        assertThat(Fees.perPage(150).explanation()).anySatisfy(l -> assertThat(l)
                .contains("31—100页的部分70页×10元").contains("101—200页的部分50页×20元").contains("合计1700元"));
    }

    @Test
    void nonsense_counts_are_refused() {
        assertThatThrownBy(() -> Fees.perRequest(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fees.perPage(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
