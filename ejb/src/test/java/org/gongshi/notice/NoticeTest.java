package org.gongshi.notice;

import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeTest {

    private static final DivisionCode VILLAGE = DivisionCode.of("330328101200");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static NoticeContent content(Genre genre) {
        return new NoticeContent("标题", "正文", null, genre, Set.of(), null, Set.of(), null, null,
                DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, false, null, null);
    }

    private static Notice approved(int levels) {
        Notice n = Notice.draft(VILLAGE, "标题", "正文", "clerk", CLOCK);
        n.submitForReview(levels, "clerk", CLOCK);
        for (int level = 1; level <= levels; level++) {
            n.approve("reviewer" + level, Set.of(), CLOCK);
        }
        return n;
    }

    @Test
    void a_new_notice_is_a_proactive_draft_of_its_division_with_trimmed_text() {
        Notice n = Notice.draft(VILLAGE, "  关于道路硬化工程的公示 ", "正文\n", "wc-hz-clerk", CLOCK);
        assertThat(n.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(n.disclosure()).isEqualTo(DisclosureAttribute.PROACTIVE);
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
    void a_draft_is_not_published_before_its_review_is_complete() {
        Notice draft = Notice.draft(VILLAGE, "标题", "正文", "clerk", CLOCK);
        assertThatThrownBy(() -> draft.publish("clerk", "X-1", CLOCK))
                .isInstanceOf(InvalidState.class).extracting("messageKey").isEqualTo("error.notice.review-required");
        draft.submitForReview(2, "clerk", CLOCK);
        assertThat(draft.approve("reviewer1", Set.of(), CLOCK)).isFalse();
        assertThat(draft.status()).isEqualTo(NoticeStatus.IN_REVIEW);
        assertThatThrownBy(() -> draft.publish("clerk", "X-1", CLOCK)).isInstanceOf(InvalidState.class);
        assertThat(draft.approve("reviewer2", Set.of("reviewer1"), CLOCK)).isTrue();
        assertThat(draft.status()).isEqualTo(NoticeStatus.APPROVED);
        draft.publish("clerk", "330328101200-2026-00001", CLOCK);
        assertThat(draft.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(draft.indexNumber()).isEqualTo("330328101200-2026-00001");
        assertThat(draft.publishedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void the_author_never_approves_their_own_notice_and_no_reviewer_takes_two_levels() {
        Notice n = Notice.draft(VILLAGE, "标题", "正文", "clerk", CLOCK);
        n.submitForReview(2, "clerk", CLOCK);
        assertThatThrownBy(() -> n.approve("clerk", Set.of(), CLOCK))
                .isInstanceOf(AccessDenied.class).extracting("messageKey").isEqualTo("error.notice.own-notice");
        n.approve("reviewer1", Set.of(), CLOCK);
        assertThatThrownBy(() -> n.approve("reviewer1", Set.of("reviewer1"), CLOCK))
                .isInstanceOf(AccessDenied.class).extracting("messageKey").isEqualTo("error.notice.same-reviewer");
        assertThat(n.approvedLevels()).isEqualTo(1);
    }

    @Test
    void a_rejection_needs_a_reason_and_returns_the_notice_to_draft() {
        Notice n = Notice.draft(VILLAGE, "标题", "正文", "clerk", CLOCK);
        n.submitForReview(3, "clerk", CLOCK);
        n.approve("reviewer1", Set.of(), CLOCK);
        assertThatThrownBy(() -> n.reject("reviewer2", " ", CLOCK)).isInstanceOf(InvalidInput.class);
        n.reject("reviewer2", "金额与原件不符", CLOCK);
        assertThat(n.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(n.approvedLevels()).isZero();
        n.revise(NoticeContent.of("标题（更正）", "正文"), "clerk", CLOCK);
        assertThat(n.title()).isEqualTo("标题（更正）");
    }

    @Test
    void a_notice_in_review_or_published_is_not_edited_in_place_nor_discarded() {
        Notice inReview = Notice.draft(VILLAGE, "标题", "正文", "clerk", CLOCK);
        inReview.submitForReview(1, "clerk", CLOCK);
        assertThatThrownBy(() -> inReview.revise(NoticeContent.of("改", "改"), "clerk", CLOCK)).isInstanceOf(InvalidState.class);
        assertThatThrownBy(inReview::checkDiscardable).isInstanceOf(InvalidState.class);
        Notice published = approved(1);
        published.publish("clerk", "X-1", CLOCK);
        assertThatThrownBy(() -> published.publish("clerk", "X-2", CLOCK)).isInstanceOf(InvalidState.class);
        assertThatThrownBy(() -> published.revise(NoticeContent.of("改", "改"), "clerk", CLOCK)).isInstanceOf(InvalidState.class);
    }

    @Test
    void an_approved_notice_waits_for_its_scheduled_time() {
        Notice n = Notice.draft(VILLAGE, new NoticeContent("标题", "正文", null, Genre.NOTIFICATION, Set.of(), null, Set.of(),
                null, null, DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, false, null,
                CLOCK.instant().plusSeconds(3600)), "clerk", CLOCK);
        n.submitForReview(1, "clerk", CLOCK);
        n.approve("reviewer", Set.of(), CLOCK);
        assertThat(n.isDue(CLOCK.instant())).isFalse();
        assertThat(n.isDue(CLOCK.instant().plusSeconds(3600))).isTrue();
    }

    @Test
    void withdrawal_needs_a_reason_and_only_takes_published_notices() {
        Notice n = approved(1);
        assertThatThrownBy(() -> n.withdraw("clerk", "原因", CLOCK)).isInstanceOf(InvalidState.class);
        n.publish("clerk", "X-1", CLOCK);
        assertThatThrownBy(() -> n.withdraw("clerk", "", CLOCK)).isInstanceOf(InvalidInput.class);
        n.withdraw("clerk", "发布有误", CLOCK);
        assertThat(n.status()).isEqualTo(NoticeStatus.WITHDRAWN);
        assertThat(n.withdrawalReason()).isEqualTo("发布有误");
    }

    @Test
    void a_public_notice_needs_its_period_and_leaves_the_board_after_it() {
        assertThatThrownBy(() -> Notice.draft(VILLAGE, content(Genre.PUBLIC_NOTICE), "clerk", CLOCK))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.notice.period-required");
        NoticeContent reversed = new NoticeContent("低保初审名单", "名单", null, Genre.PUBLIC_NOTICE, Set.of(), null, Set.of(),
                null, null, DisclosureAttribute.PROACTIVE, null, null, TODAY, TODAY.minusDays(1), null, null, false, null, null);
        assertThatThrownBy(() -> Notice.draft(VILLAGE, reversed, "clerk", CLOCK))
                .extracting("messageKey").isEqualTo("error.notice.period-reversed");
        NoticeContent week = new NoticeContent("低保初审名单", "名单", null, Genre.PUBLIC_NOTICE, Set.of(), null, Set.of(),
                null, null, DisclosureAttribute.PROACTIVE, null, null, TODAY, TODAY.plusDays(7), null, null, false, null, null);
        Notice n = Notice.draft(VILLAGE, week, "clerk", CLOCK);
        assertThat(n.noticePeriodEnded(TODAY.plusDays(7))).isFalse();
        assertThat(n.noticePeriodEnded(TODAY.plusDays(8))).isTrue();
    }

    @Test
    void a_withheld_document_names_its_legal_reason_and_a_rereview_date() {
        NoticeContent noReason = new NoticeContent("内部文件", "正文", null, Genre.OTHER, Set.of(), null, Set.of(), null, null,
                DisclosureAttribute.WITHHELD, null, TODAY.plusYears(1), null, null, null, null, false, null, null);
        assertThatThrownBy(() -> Notice.draft(VILLAGE, noReason, "clerk", CLOCK))
                .extracting("messageKey").isEqualTo("error.notice.withholding-reason-required");
        NoticeContent withheld = new NoticeContent("内部文件", "正文", null, Genre.OTHER, Set.of(), null, Set.of(), null, null,
                DisclosureAttribute.WITHHELD, WithholdingReason.PROCESS_INFORMATION, TODAY.plusYears(1), null, null, null,
                null, false, null, null);
        Notice n = Notice.draft(VILLAGE, withheld, "clerk", CLOCK);
        n.submitForReview(1, "clerk", CLOCK);
        n.approve("reviewer", Set.of(), CLOCK);
        assertThatThrownBy(() -> n.publish("clerk", "X-1", CLOCK))
                .extracting("messageKey").isEqualTo("error.notice.not-proactive");
    }

    @Test
    void a_normative_document_expires_by_itself_after_its_end_date() {
        NoticeContent normative = new NoticeContent("村规民约", "正文", null, Genre.NORMATIVE_DOCUMENT, Set.of(), null, Set.of(),
                "文百政〔2026〕1号", null, DisclosureAttribute.PROACTIVE, null, null, null, null, null, TODAY.plusDays(10),
                false, null, null);
        Notice n = Notice.draft(VILLAGE, normative, "clerk", CLOCK);
        assertThat(n.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(n.effectiveValidity(TODAY.plusDays(10))).isEqualTo(Validity.IN_FORCE);
        assertThat(n.effectiveValidity(TODAY.plusDays(11))).isEqualTo(Validity.EXPIRED);
        assertThat(Notice.draft(VILLAGE, content(Genre.NOTIFICATION), "clerk", CLOCK).effectiveValidity(TODAY)).isNull();
    }

    @Test
    void a_policy_interpretation_must_name_the_document_it_interprets() {
        assertThatThrownBy(() -> Notice.draft(VILLAGE, content(Genre.POLICY_INTERPRETATION), "clerk", CLOCK))
                .extracting("messageKey").isEqualTo("error.notice.interprets-required");
    }

    @Test
    void a_correction_of_a_published_notice_is_reviewed_before_it_replaces_the_text() {
        Notice n = approved(1);
        n.publish("clerk", "X-1", CLOCK);
        assertThatThrownBy(() -> n.proposeRevision("新标题", "新正文", " ", 1, "clerk", CLOCK))
                .extracting("messageKey").isEqualTo("error.notice.change-note-required");
        assertThatThrownBy(() -> n.proposeRevision("标题", "正文", "无变化", 1, "clerk", CLOCK))
                .extracting("messageKey").isEqualTo("error.notice.revision-unchanged");
        n.proposeRevision("标题（更正）", "更正后的正文", "补助金额填写有误", 1, "clerk", CLOCK);
        assertThat(n.hasPendingRevision()).isTrue();
        assertThat(n.title()).as("the board keeps the current text during review").isEqualTo("标题");
        assertThatThrownBy(() -> n.proposeRevision("再改", "再改", "第二次", 1, "clerk", CLOCK))
                .extracting("messageKey").isEqualTo("error.notice.revision-pending");
        assertThatThrownBy(() -> n.approve("clerk", Set.of(), CLOCK)).isInstanceOf(AccessDenied.class);
        assertThat(n.approve("reviewer", Set.of(), CLOCK)).isTrue();
        NoticeRevision previous = n.applyPendingRevision("reviewer", CLOCK);
        assertThat(previous.revision()).isEqualTo(1);
        assertThat(previous.title()).isEqualTo("标题");
        assertThat(n.revision()).isEqualTo(2);
        assertThat(n.title()).isEqualTo("标题（更正）");
        assertThat(n.changeNote()).isEqualTo("补助金额填写有误");
        assertThat(n.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(n.hasPendingRevision()).isFalse();
    }

    @Test
    void a_rejected_correction_leaves_the_published_text_as_it_was() {
        Notice n = approved(1);
        n.publish("clerk", "X-1", CLOCK);
        n.proposeRevision("标题（更正）", "更正后的正文", "更正说明", 1, "clerk", CLOCK);
        n.reject("reviewer", "更正依据不足", CLOCK);
        assertThat(n.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(n.hasPendingRevision()).isFalse();
        assertThat(n.title()).isEqualTo("标题");
        assertThat(n.revision()).isEqualTo(1);
    }
}
