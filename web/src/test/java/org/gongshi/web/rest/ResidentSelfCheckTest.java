package org.gongshi.web.rest;

import org.gongshi.privacy.CitizenId;
import org.gongshi.relief.ReliefListType;
import org.gongshi.relief.ReliefSelfCheck;
import org.gongshi.relief.SelfCheckMatch;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.http.HandClock;
import org.gongshi.web.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A resident's question: checked before it costs anything, then limited per address, then asked of the lists by the typed ID. */
class ResidentSelfCheckTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    static final String ID = id("33032819570312001");
    private static final SelfCheckMatch MATCH = new SelfCheckMatch("篁庄村低保初审对象名单", ReliefListType.DIBAO_FIRST_REVIEW, "n-1",
            LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 24));

    /** A valid 18-character number: the 17 digits and their check character. */
    static String id(String first17) {
        return first17 + CitizenId.checkCharacter(first17);
    }

    private final ReliefSelfCheck lists = mock(ReliefSelfCheck.class);
    private final HandClock clock = new HandClock(Instant.parse("2026-11-20T02:00:00Z"));
    private final ResidentSelfCheck selfCheck = ResidentGuards.residentSelfCheck(lists, 5, clock);

    @Test
    void an_id_number_in_any_form_people_type_it_may_be_asked() {
        assertThat(ResidentSelfCheck.problems(ID, "王小明")).isEmpty();
        assertThat(ResidentSelfCheck.problems(ID.substring(0, 6) + " " + ID.substring(6, 14) + " " + ID.substring(14), "王小明")).isEmpty();
        String fullWidth = ID.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
        assertThat(ResidentSelfCheck.problems(fullWidth, "王小明")).as(fullWidth).isEmpty();
        String withX = id("11010519491231002");
        assertThat(withX).endsWith("X");
        assertThat(ResidentSelfCheck.problems(withX.toLowerCase(Locale.ROOT), "李四")).isEmpty();
        assertThat(ResidentSelfCheck.problems("330328570312001", "张三")).as("the old 15-digit form").isEmpty();
        assertThat(ResidentSelfCheck.problems(id("81000019800101002"), "陈大文")).as("a Hong Kong residence permit").isEmpty();
    }

    @Test
    void a_malformed_question_is_named_field_by_field_in_chinese() {
        char wrong = ID.charAt(17) == '1' ? '2' : '1';
        assertThat(ResidentSelfCheck.problems(ID.substring(0, 17) + wrong, "王小明"))
                .containsExactly(Map.entry(ResidentSelfCheck.ID_NUMBER, "error.self-check.id-mistyped"));
        assertThat(ResidentSelfCheck.problems(ID.substring(0, 17), "王小明"))
                .containsExactly(Map.entry(ResidentSelfCheck.ID_NUMBER, "error.self-check.id-invalid"));
        assertThat(ResidentSelfCheck.problems("abc", "王小明")).containsEntry(ResidentSelfCheck.ID_NUMBER, "error.self-check.id-invalid");
        assertThat(ResidentSelfCheck.problems("1".repeat(41), "王小明")).containsEntry(ResidentSelfCheck.ID_NUMBER, "error.self-check.id-invalid");
        assertThat(ResidentSelfCheck.problems(" ", " ")).containsExactly(
                Map.entry(ResidentSelfCheck.ID_NUMBER, "error.self-check.id-required"),
                Map.entry(ResidentSelfCheck.NAME, "error.self-check.name-required"));
        assertThat(ResidentSelfCheck.problems(ID, "王".repeat(31))).containsExactly(Map.entry(ResidentSelfCheck.NAME, "error.self-check.name-too-long"));
        assertThat(ResidentSelfCheck.problems(ID, "王".repeat(30))).isEmpty();
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "error.self-check.id-mistyped")).contains("校验码");
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, "error.self-check.name-too-long", 30)).isEqualTo("姓名不能超过30个字。");
    }

    @Test
    void a_well_formed_question_is_asked_of_the_divisions_lists_with_what_was_typed() {
        when(lists.check(HUANGZHUANG, ID, "王小明")).thenReturn(List.of(MATCH));
        assertThat(selfCheck.check("10.0.0.1", HUANGZHUANG, " " + ID + "\u0000 ", " 王小明 ")).containsExactly(MATCH);
        when(lists.check(eq(HUANGZHUANG), eq(id("33032819800101002")), anyString())).thenReturn(List.of());
        assertThat(selfCheck.check("10.0.0.1", HUANGZHUANG, id("33032819800101002"), "王小明")).isEmpty();
    }

    @Test
    void malformed_questions_and_unknown_divisions_cost_nothing_of_the_allowance() {
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> selfCheck.check("10.0.0.2", HUANGZHUANG, "12345", "王小明")).isInstanceOf(InvalidInput.class)
                    .extracting("messageKey").isEqualTo("error.self-check.id-invalid");
            assertThatThrownBy(() -> selfCheck.check("10.0.0.2", DivisionCode.of("330328101299"), ID, "王小明"))
                    .isInstanceOf(NotFound.class);
        }
        verify(lists, never()).check(any(), any(), any());
        for (int i = 0; i < 5; i++) {
            selfCheck.check("10.0.0.2", HUANGZHUANG, ID, "王小明");
        }
        verify(lists, times(5)).check(HUANGZHUANG, ID, "王小明");
    }

    @Test
    void the_sixth_question_from_one_address_within_ten_minutes_is_refused_until_a_place_frees() {
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(30));
            selfCheck.check("10.0.0.3", HUANGZHUANG, ID, "王小明");
        }
        RateLimited limited = org.junit.jupiter.api.Assertions.assertThrows(RateLimited.class,
                () -> selfCheck.check("10.0.0.3", HUANGZHUANG, ID, "王小明"));
        assertThat(limited.messageKey()).isEqualTo("error.self-check.too-many");
        // The first question was 2 minutes ago: a place frees 8 minutes from now.
        assertThat(limited.retryAfterSeconds()).isEqualTo(480);
        assertThat(Messages.get(Locale.SIMPLIFIED_CHINESE, limited.messageKey(), limited.retryAfterMinutes())).isEqualTo("查询次数过多，请8分钟后再试。");
        verify(lists, times(5)).check(any(), any(), any());
        // Another address asks as usual; this one again once the first question leaves the window.
        selfCheck.check("10.0.0.4", HUANGZHUANG, ID, "王小明");
        clock.advance(Duration.ofSeconds(481));
        selfCheck.check("10.0.0.3", HUANGZHUANG, ID, "王小明");
        verify(lists, times(7)).check(any(), any(), any());
    }

    @Test
    void twenty_questions_a_day_is_the_most_one_address_asks() {
        for (int i = 0; i < 20; i++) {
            selfCheck.check("10.0.0.5", HUANGZHUANG, ID, "王小明");
            clock.advance(Duration.ofMinutes(11));
        }
        assertThatThrownBy(() -> selfCheck.check("10.0.0.5", HUANGZHUANG, ID, "王小明")).isInstanceOf(RateLimited.class);
        verify(lists, times(20)).check(any(), any(), any());
        clock.advance(Duration.ofHours(24));
        selfCheck.check("10.0.0.5", HUANGZHUANG, ID, "王小明");
        verify(lists, times(21)).check(any(), any(), any());
    }
}
