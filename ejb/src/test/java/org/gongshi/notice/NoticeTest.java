package org.gongshi.notice;

import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeTest {

    private static final DivisionCode VILLAGE = DivisionCode.of("330328101200");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_new_notice_is_a_draft_of_its_division_with_trimmed_text() {
        Notice n = Notice.draft(VILLAGE, "  关于道路硬化工程的公示 ", "正文\n", "wc-hz-clerk", CLOCK);
        assertThat(n.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(n.division()).isEqualTo(VILLAGE);
        assertThat(n.title()).isEqualTo("关于道路硬化工程的公示");
        assertThat(n.body()).isEqualTo("正文");
        assertThat(n.publishedAt()).isNull();
        assertThat(n.id()).hasSize(36);
    }

    @Test
    void a_notice_needs_a_title_and_a_body_within_their_limits() {
        assertThatThrownBy(() -> Notice.draft(VILLAGE, " ", "正文", "c", CLOCK))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.notice.title-required");
        assertThatThrownBy(() -> Notice.draft(VILLAGE, "标题", null, "c", CLOCK))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.notice.body-required");
        assertThatThrownBy(() -> Notice.draft(VILLAGE, "长".repeat(Notice.TITLE_MAX + 1), "正文", "c", CLOCK))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.notice.title-too-long");
        assertThat(Notice.draft(VILLAGE, "长".repeat(Notice.TITLE_MAX), "正文", "c", CLOCK).title()).hasSize(Notice.TITLE_MAX);
    }

    @Test
    void publishing_records_who_and_when_and_cannot_happen_twice() {
        Notice n = Notice.draft(VILLAGE, "标题", "正文", "wc-hz-clerk", CLOCK);
        n.publish("wc-hz-clerk", CLOCK);
        assertThat(n.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(n.publishedAt()).isEqualTo(CLOCK.instant());
        assertThat(n.publishedBy()).isEqualTo("wc-hz-clerk");
        assertThatThrownBy(() -> n.publish("wc-hz-clerk", CLOCK)).isInstanceOf(InvalidState.class);
    }

    @Test
    void a_published_notice_is_neither_revised_in_place_nor_discarded() {
        Notice n = Notice.draft(VILLAGE, "标题", "正文", "c", CLOCK);
        n.publish("c", CLOCK);
        assertThatThrownBy(() -> n.revise("新标题", "新正文", "c", CLOCK)).isInstanceOf(InvalidState.class);
        assertThatThrownBy(n::checkDiscardable).isInstanceOf(InvalidState.class);
        assertThat(n.title()).isEqualTo("标题");
    }
}
