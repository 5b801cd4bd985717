package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.OverrideBasis;
import org.gongshi.notice.OverrideReason;
import org.gongshi.notice.PartText;
import org.gongshi.notice.PersonalDataFound;
import org.gongshi.notice.PersonalDataReport;
import org.gongshi.notice.ReviewPolicyService;
import org.gongshi.privacy.Confidence;
import org.gongshi.privacy.PersonalDataKind;
import org.gongshi.tenancy.StaffIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.gongshi.web.ui.StaffUi.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The personal-data check in the clerk's editor: where the numbers are (only masked), one-click
 * masking, going on with a recorded reason, attachments that must be replaced, the refusal in words,
 * and a scheduled publication sent back to draft.
 */
class NoticePersonalDataTest {

    private static final String ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";
    private static final String BODY = "低保初审名单\n王小明\n身份证号 330328199001011239，电话 13812345678";

    private final NoticeService notices = mock(NoticeService.class);
    private final ReviewPolicyService policies = mock(ReviewPolicyService.class);
    private final Callers callers = mock(Callers.class);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-03T01:00:00Z"));

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private void signIn(StaffIdentity who) {
        when(callers.current()).thenReturn(who);
    }

    private void openEditorOn(NoticeView notice) {
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page(notice));
        UI.getCurrent().add(new NoticeEditorView(notices, policies, callers, clock));
        GridKt._selectRow(grid("notice-grid"), 0);
    }

    private static NoticeBuilder draft() {
        return NoticeBuilder.notice(ID, HUANGZHUANG_VILLAGE).version(3).text("低保初审名单公示", BODY);
    }

    private static PersonalDataReport.Hit bodyHit(int line, PersonalDataKind kind, String masked) {
        return new PersonalDataReport.Hit(PersonalDataReport.Place.BODY, null, null, line, 6, 20, 38, kind, Confidence.HIGH, masked);
    }

    private static PersonalDataReport report(List<PersonalDataReport.Hit> hits, List<PersonalDataReport.Unchecked> unchecked,
                                             PersonalDataReport.RecordedOverride override) {
        return new PersonalDataReport(ID, 3, "a".repeat(64), hits, unchecked, override);
    }

    private static final PersonalDataReport FOUND = report(List.of(
            bodyHit(3, PersonalDataKind.CITIZEN_ID, "**************1239"),
            bodyHit(3, PersonalDataKind.MOBILE_PHONE, "*******5678")), List.of(), null);
    private static final PersonalDataReport CLEAN = report(List.of(), List.of(), null);

    private static VerticalLayout panel() {
        return _get(VerticalLayout.class, spec -> spec.withId("privacy-panel"));
    }

    private static void assertPanelHidden() {
        _assertNone(VerticalLayout.class, spec -> spec.withId("privacy-panel"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PersonalDataReport.Hit> findings() {
        return _get(Grid.class, spec -> spec.withId("privacy-findings"));
    }

    @Test
    void aDraftWithPersonalDataShowsWhereOnlyMaskedAndOffersMaskingAndAReason() {
        signIn(CLERK);
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(FOUND);
        openEditorOn(draft().build());

        assertThat(panel().isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-summary")).getText())
                .isEqualTo("发现 2 处疑似个人信息。发布前须脱敏，或依法说明理由。");
        assertThat(GridKt._getFormattedRow(findings(), 0)).containsExactly("正文", "3", "身份证号码", "**************1239");
        assertThat(GridKt._getFormattedRow(findings(), 1)).containsExactly("正文", "3", "手机号码", "*******5678");
        assertThat(button("notice-mask-personal-data").isVisible()).isTrue();
        assertThat(button("notice-mask-personal-data").getText()).isEqualTo("一键脱敏");
        assertThat(button("notice-override-personal-data").getText()).isEqualTo("说明理由后提交审核");
        _assertNone(Paragraph.class, spec -> spec.withId("privacy-attachment-hint"));
    }

    @Test
    void oneClickMaskingMasksTheLoadedVersionAndShowsTheMaskedDraft() {
        signIn(CLERK);
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(FOUND, CLEAN);
        when(notices.maskPersonalData(HUANGZHUANG_VILLAGE, ID, 3L)).thenReturn(draft().version(4)
                .body("低保初审名单\n王小明\n身份证号 **************1239，电话 *******5678").build());
        openEditorOn(draft().build());

        _click(button("notice-mask-personal-data"));

        verify(notices).maskPersonalData(HUANGZHUANG_VILLAGE, ID, 3L);
        assertThat(_get(TextArea.class, spec -> spec.withId("notice-body")).getValue())
                .isEqualTo("低保初审名单\n王小明\n身份证号 **************1239，电话 *******5678");
        assertThat(notificationTexts()).containsExactly("已脱敏。请核对后再提交审核。");
        assertPanelHidden();
    }

    @Test
    void unsavedTypingIsSavedBeforeMasking() {
        signIn(CLERK);
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(FOUND);
        when(notices.revise(eq(HUANGZHUANG_VILLAGE), eq(ID), any(), eq(3L))).thenReturn(draft().version(4).title("改过的标题").build());
        when(notices.maskPersonalData(HUANGZHUANG_VILLAGE, ID, 4L)).thenReturn(draft().version(5).title("改过的标题").build());
        openEditorOn(draft().build());

        _setValue(_get(TextField.class, spec -> spec.withId("notice-title")), "改过的标题");
        _click(button("notice-mask-personal-data"));

        verify(notices).revise(eq(HUANGZHUANG_VILLAGE), eq(ID), any(), eq(3L));
        verify(notices).maskPersonalData(HUANGZHUANG_VILLAGE, ID, 4L);
    }

    @Test
    void aRefusedSubmissionSaysWhereInChineseAndShowsThePanel() {
        signIn(CLERK);
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(null, FOUND);
        when(notices.submit(any(), anyString(), anyLong())).thenThrow(PersonalDataFound.of(FOUND));
        openEditorOn(draft().build());
        assertPanelHidden();

        _click(button("notice-submit"));

        assertThat(notificationTexts()).containsExactly(
                "正文第3行发现疑似身份证号码（**************1239）等 2 处个人信息，不能提交或发布。请一键脱敏，或依法说明理由后继续。");
        assertThat(panel().isVisible()).isTrue();
    }

    @Test
    void goingOnWithAReasonSubmitsWithTheChosenBasisAndWords() {
        signIn(CLERK);
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(FOUND);
        when(notices.submit(eq(HUANGZHUANG_VILLAGE), eq(ID), eq(3L), any(OverrideReason.class)))
                .thenReturn(draft().version(4).inReview(1, 0).build());
        openEditorOn(draft().build());

        _click(button("notice-override-personal-data"));
        assertThat(button("privacy-override-confirm").isEnabled()).as("basis and reason first").isFalse();
        @SuppressWarnings("unchecked")
        Select<OverrideBasis> basis = _get(Select.class, spec -> spec.withId("privacy-override-basis"));
        basis.setValue(OverrideBasis.PUNITIVE_NOTICE);
        _setValue(_get(TextArea.class, spec -> spec.withId("privacy-override-reason")), "《行政处罚法》第四十八条");
        _click(button("privacy-override-confirm"));

        verify(notices).submit(HUANGZHUANG_VILLAGE, ID, 3L,
                new OverrideReason(OverrideBasis.PUNITIVE_NOTICE, "《行政处罚法》第四十八条"));
        assertThat(notificationTexts()).containsExactly("已提交审核，共需 1 级审核。");
    }

    @Test
    void anApprovedNoticeRefusedAtPublicationIsPublishedWithAReason() {
        signIn(CLERK);
        NoticeView approved = draft().approved(1).build();
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(FOUND);
        when(notices.publish(eq(HUANGZHUANG_VILLAGE), eq(ID), eq(3L), any(OverrideReason.class)))
                .thenReturn(draft().version(4).published(Instant.parse("2025-03-03T02:00:00Z")).build());
        openEditorOn(approved);

        _assertNone(Button.class, spec -> spec.withId("notice-mask-personal-data"));
        assertThat(button("notice-override-personal-data").getText()).isEqualTo("说明理由后发布");
        _click(button("notice-override-personal-data"));
        @SuppressWarnings("unchecked")
        Select<OverrideBasis> basis = _get(Select.class, spec -> spec.withId("privacy-override-basis"));
        basis.setValue(OverrideBasis.NOT_PERSONAL_DATA);
        _setValue(_get(TextArea.class, spec -> spec.withId("privacy-override-reason")), "是合同编号");
        _click(button("privacy-override-confirm"));

        verify(notices).publish(HUANGZHUANG_VILLAGE, ID, 3L, new OverrideReason(OverrideBasis.NOT_PERSONAL_DATA, "是合同编号"));
        verify(notices, never()).submit(any(), anyString(), anyLong(), any());
    }

    @Test
    void personalDataInAnAttachmentCannotBeMaskedInOneClickAndSaysSo() {
        signIn(CLERK);
        PersonalDataReport attachment = report(List.of(new PersonalDataReport.Hit(PersonalDataReport.Place.ATTACHMENT,
                        "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f99", "救助名单.xlsx", 12, 3, 100, 111, PersonalDataKind.MOBILE_PHONE,
                        Confidence.HIGH, "*******5678")),
                List.of(new PersonalDataReport.Unchecked("01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f98", "照片.png", PartText.Check.NO_TEXT)),
                null);
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(attachment);
        openEditorOn(draft().build());

        assertThat(GridKt._getFormattedRow(findings(), 0)).containsExactly("附件“救助名单.xlsx”", "12", "手机号码", "*******5678");
        _assertNone(Button.class, spec -> spec.withId("notice-mask-personal-data"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-attachment-hint")).getText())
                .isEqualTo("附件中的个人信息不能一键脱敏：请删除该附件，上传处理过的文件。");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("privacy-unchecked")).getChildren()
                .map(c -> ((Paragraph) c).getText()).toList())
                .containsExactly("附件“照片.png”是图片，系统无法检查其中的文字，请人工核对没有个人信息。");
    }

    @Test
    void aRecordedReasonIsShownAndNoLongerAsked() {
        signIn(CLERK);
        PersonalDataReport overridden = report(FOUND.hits(), List.of(), new PersonalDataReport.RecordedOverride(
                OverrideBasis.PUNITIVE_NOTICE, "依法公开处罚决定", "wc-hz-clerk", Instant.parse("2025-03-02T08:05:00Z")));
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(overridden);
        openEditorOn(draft().build());

        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-override-info")).getText())
                .isEqualTo("wc-hz-clerk 已于 2025-03-02 16:05 说明理由（惩戒性公告）：依法公开处罚决定");
        _assertNone(Button.class, spec -> spec.withId("notice-override-personal-data"));
    }

    @Test
    void aDraftTheSchedulerSentBackSaysWhy() {
        signIn(CLERK);
        when(notices.personalData(HUANGZHUANG_VILLAGE, ID)).thenReturn(FOUND);
        openEditorOn(draft().updatedBy("system:scheduler").build());

        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-held-back")).isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-held-back")).getText())
                .isEqualTo("定时发布时发现疑似个人信息，公告未发布，已退回草稿。请处理后重新提交审核。");
    }

    @Test
    void aCountySupervisorIsNotAskedToMaskOrOverride() {
        signIn(COUNTY_SUPERVISOR);
        openEditorOn(draft().build());

        assertPanelHidden();
        verify(notices, never()).personalData(any(), anyString());
    }

    @Test
    void aPublishedNoticeIsNotCheckedAgainInTheEditor() {
        signIn(CLERK);
        openEditorOn(draft().status(NoticeStatus.PUBLISHED).build());

        assertPanelHidden();
        verify(notices, never()).personalData(any(), anyString());
    }

    @Test
    void theHistoryNamesTheBasisOfARecordedReason() {
        assertThat(Texts.auditReason("notice.personal-data-overridden",
                "basis=PUNITIVE_NOTICE; 《行政处罚法》第四十八条; BODY L3 CITIZEN_ID **************1239"))
                .isEqualTo("惩戒性公告：《行政处罚法》第四十八条; BODY L3 CITIZEN_ID **************1239");
        assertThat(Texts.auditAction("notice.publication-held-back")).isEqualTo("发现个人信息，定时发布未执行");
    }

    @Test
    void aCorrectionWithAPhoneInItCanBeMaskedInTheDialog() {
        signIn(CLERK);
        openEditorOn(draft().published(Instant.parse("2025-03-02T08:05:00Z")).build());
        _click(button("notice-correct"));
        TextArea body = _get(TextArea.class, spec -> spec.withId("notice-correct-body"));
        assertThat(button("notice-correct-mask").isVisible()).as("the published text has numbers").isTrue();

        _click(button("notice-correct-mask"));

        assertThat(body.getValue()).isEqualTo("低保初审名单\n王小明\n身份证号 **************1239，电话 *******5678");
        _assertNone(Button.class, spec -> spec.withId("notice-correct-mask"));
    }
}
