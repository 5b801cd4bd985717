package org.gongshi.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallersTest {

    @Test
    void a_staff_members_name_is_written_family_name_first_without_a_space() {
        assertThat(Callers.chineseName("张", "晓梅", "wc-hz-clerk")).isEqualTo("张晓梅");
        assertThat(Callers.chineseName(" 欧阳", "修 ", "x")).isEqualTo("欧阳修");
    }

    @Test
    void without_a_name_the_username_stands_in() {
        assertThat(Callers.chineseName(null, " ", "wc-hz-clerk")).isEqualTo("wc-hz-clerk");
    }
}
