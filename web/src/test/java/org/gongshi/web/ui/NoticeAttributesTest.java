package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.ReviewPolicyService;
import org.gongshi.notice.Validity;
import org.gongshi.notice.WithholdingReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.datePicker;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.page;
import static org.gongshi.web.ui.StaffUi.select;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The attributes of a notice in the clerk's form, and the rules of the domain checked as the user types. */
class NoticeAttributesTest {

    private static final String DRAFT_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";
    private static final String NORMATIVE_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f92";

    private final NoticeService notices = mock(NoticeService.class);
    private final ReviewPolicyService policies = mock(ReviewPolicyService.class);
    private final Callers callers = mock(Callers.class);
    private final TestClock clock = new TestClock(Instant.parse("2025-03-03T01:00:00Z"));

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        when(callers.current()).thenReturn(CLERK);
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page());
        when(notices.createDraft(any(), any())).thenAnswer(call -> saved(call.getArgument(1)));
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private static NoticeView saved(NoticeContent content) {
        return NoticeBuilder.notice(DRAFT_ID, HUANGZHUANG_VILLAGE).text(content.title(), content.body())
                .genre(content.genre()).build();
    }

    private void openEditor() {
        UI.getCurrent().add(new NoticeEditorView(notices, policies, callers, clock));
    }

    private static void typeTitleAndBody() {
        _setValue(_get(TextField.class, spec -> spec.withId("notice-title")), "关于春耕补贴的公示");
        _setValue(_get(TextArea.class, spec -> spec.withId("notice-body")), "补贴名单如下。");
    }

    private static NoticeContent savedContent(NoticeService notices) {
        ArgumentCaptor<NoticeContent> content = ArgumentCaptor.forClass(NoticeContent.class);
        verify(notices).createDraft(eq(HUANGZHUANG_VILLAGE), content.capture());
        return content.getValue();
    }

    @Test
    void theGenreSelectOffersEveryGenreUnderItsChineseNameAndStartsAsANotification() {
        openEditor();

        Select<Genre> genre = select("notice-genre");
        assertThat(genre.getValue()).isEqualTo(Genre.NOTIFICATION);
        assertThat(Arrays.stream(Genre.values()).map(g -> genre.getItemLabelGenerator().apply(g)))
                .containsExactly("通知", "公告", "公示", "决定", "意见", "报告", "行政规范性文件", "政策解读", "其他");
        for (String id : new String[]{"notice-period-start", "notice-period-end", "notice-withholding-reason",
                "notice-rereview-on", "notice-validity", "notice-valid-until", "notice-needs-interpretation",
                "notice-interprets"}) {
            _assertNone(com.vaadin.flow.component.Component.class, spec -> spec.withId(id));
        }
    }

    @Test
    void aPublicNoticeWithoutPeriodDatesCannotBeSavedAndWithThemCreatesADraftWithTheDates() {
        openEditor();
        typeTitleAndBody();
        _setValue(select("notice-genre"), Genre.PUBLIC_NOTICE);

        DatePicker start = datePicker("notice-period-start");
        DatePicker end = datePicker("notice-period-end");
        assertThat(start.isRequiredIndicatorVisible()).isTrue();
        assertThat(end.isRequiredIndicatorVisible()).isTrue();
        assertThat(button("notice-save").isEnabled()).as("a public notice needs its period").isFalse();
        assertThat(button("notice-submit").isEnabled()).isFalse();

        _setValue(start, LocalDate.of(2025, 3, 5));
        assertThat(button("notice-save").isEnabled()).as("the end is still missing").isFalse();
        _setValue(end, LocalDate.of(2025, 3, 11));
        assertThat(button("notice-save").isEnabled()).isTrue();
        _click(button("notice-save"));

        NoticeContent content = savedContent(notices);
        assertThat(content.genre()).isEqualTo(Genre.PUBLIC_NOTICE);
        assertThat(content.noticeStartsOn()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(content.noticeEndsOn()).isEqualTo(LocalDate.of(2025, 3, 11));
    }

    @Test
    void aNoticePeriodThatEndsBeforeItStartsIsMarkedAsTheUserTypesAndCannotBeSaved() {
        openEditor();
        typeTitleAndBody();
        _setValue(select("notice-genre"), Genre.PUBLIC_NOTICE);

        _setValue(datePicker("notice-period-start"), LocalDate.of(2025, 3, 11));
        _setValue(datePicker("notice-period-end"), LocalDate.of(2025, 3, 5));

        assertThat(datePicker("notice-period-end").isInvalid()).isTrue();
        assertThat(datePicker("notice-period-end").getErrorMessage()).isEqualTo("公示期的结束日期不能早于开始日期。");
        assertThat(button("notice-save").isEnabled()).isFalse();

        _setValue(datePicker("notice-period-start"), LocalDate.of(2025, 3, 1));
        assertThat(datePicker("notice-period-end").isInvalid()).as("checked again when the start moves").isFalse();
        assertThat(button("notice-save").isEnabled()).isTrue();
    }

    @Test
    void periodDatesOfAnotherGenreAreNotSent() {
        openEditor();
        typeTitleAndBody();
        _setValue(select("notice-genre"), Genre.PUBLIC_NOTICE);
        _setValue(datePicker("notice-period-start"), LocalDate.of(2025, 3, 5));
        _setValue(datePicker("notice-period-end"), LocalDate.of(2025, 3, 11));
        _setValue(select("notice-genre"), Genre.ANNOUNCEMENT);

        _assertNone(DatePicker.class, spec -> spec.withId("notice-period-start"));
        _click(button("notice-save"));

        NoticeContent content = savedContent(notices);
        assertThat(content.genre()).isEqualTo(Genre.ANNOUNCEMENT);
        assertThat(content.noticeStartsOn()).isNull();
        assertThat(content.noticeEndsOn()).isNull();
    }

    @Test
    void aWithheldDocumentShowsTheReasonAndReReviewFieldsAndPassesThem() {
        openEditor();
        typeTitleAndBody();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DisclosureAttribute> disclosure =
                _get(RadioButtonGroup.class, spec -> spec.withId("notice-disclosure"));
        assertThat(disclosure.getValue()).isEqualTo(DisclosureAttribute.PROACTIVE);
        assertThat(disclosure.getItemLabelGenerator().apply(DisclosureAttribute.WITHHELD)).isEqualTo("不予公开");

        _setValue(disclosure, DisclosureAttribute.WITHHELD);

        Select<WithholdingReason> reason = select("notice-withholding-reason");
        DatePicker rereview = datePicker("notice-rereview-on");
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        assertThat(rereview.isRequiredIndicatorVisible()).isTrue();
        assertThat(reason.getItemLabelGenerator().apply(WithholdingReason.PROCESS_INFORMATION))
                .isEqualTo("属于过程性信息（第十六条）");
        assertThat(button("notice-save").isEnabled()).as("reason and re-review date are required").isFalse();

        _setValue(reason, WithholdingReason.PROCESS_INFORMATION);
        _setValue(rereview, LocalDate.of(2026, 3, 1));
        _click(button("notice-save"));

        NoticeContent content = savedContent(notices);
        assertThat(content.disclosure()).isEqualTo(DisclosureAttribute.WITHHELD);
        assertThat(content.withholdingReason()).isEqualTo(WithholdingReason.PROCESS_INFORMATION);
        assertThat(content.rereviewOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aNormativeDocumentCarriesItsValidityAndWhetherItNeedsAnInterpretation() {
        openEditor();
        typeTitleAndBody();
        _setValue(select("notice-genre"), Genre.NORMATIVE_DOCUMENT);

        Select<Validity> validity = select("notice-validity");
        assertThat(validity.getValue()).isEqualTo(Validity.IN_FORCE);
        _setValue(datePicker("notice-valid-until"), LocalDate.of(2030, 12, 31));
        _setValue(_get(Checkbox.class, spec -> spec.withId("notice-needs-interpretation")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("notice-document-number")), "文政发〔2025〕12号");
        _setValue(_get(TextField.class, spec -> spec.withId("notice-agency")), "文成县人民政府");
        _setValue(datePicker("notice-written-on"), LocalDate.of(2025, 2, 20));
        _click(button("notice-save"));

        NoticeContent content = savedContent(notices);
        assertThat(content.validity()).isEqualTo(Validity.IN_FORCE);
        assertThat(content.validUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(content.needsInterpretation()).isTrue();
        assertThat(content.documentNumber()).isEqualTo("文政发〔2025〕12号");
        assertThat(content.agency()).isEqualTo("文成县人民政府");
        assertThat(content.writtenOn()).isEqualTo(LocalDate.of(2025, 2, 20));
    }

    @Test
    void aPolicyInterpretationChoosesAmongTheDivisionsNormativeDocuments() {
        NoticeView normative = NoticeBuilder.notice(NORMATIVE_ID, HUANGZHUANG_VILLAGE).title("村规民约")
                .genre(Genre.NORMATIVE_DOCUMENT).validity(Validity.IN_FORCE, null).published(NoticeBuilder.CREATED).build();
        NoticeView other = NoticeBuilder.notice(DRAFT_ID, HUANGZHUANG_VILLAGE).title("三月村务公开").build();
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page(normative, other));
        openEditor();
        typeTitleAndBody();

        _setValue(select("notice-genre"), Genre.POLICY_INTERPRETATION);

        Select<String> interprets = select("notice-interprets");
        assertThat(interprets.isRequiredIndicatorVisible()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(interprets))
                .containsExactly("村规民约（已发布）");
        assertThat(button("notice-save").isEnabled()).as("it must name what it interprets").isFalse();

        _setValue(interprets, NORMATIVE_ID);
        _click(button("notice-save"));

        assertThat(savedContent(notices).interpretsId()).isEqualTo(NORMATIVE_ID);
    }

    @Test
    void aScheduledPublicationIsEnteredInChinaStandardTime() {
        openEditor();
        typeTitleAndBody();

        _setValue(_get(DateTimePicker.class, spec -> spec.withId("notice-publish-at")),
                LocalDateTime.of(2025, 3, 10, 9, 0));
        _click(button("notice-save"));

        assertThat(savedContent(notices).publishAt()).isEqualTo(Instant.parse("2025-03-10T01:00:00Z"));
    }

    @Test
    void topicsAndAudiencesTypedAsNewTagsAreSentAsTags() {
        openEditor();
        typeTitleAndBody();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> topics = _get(MultiSelectComboBox.class, spec -> spec.withId("notice-topics"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> audiences = _get(MultiSelectComboBox.class, spec -> spec.withId("notice-audiences"));

        ComponentUtil.fireEvent(topics, new ComboBoxBase.CustomValueSetEvent<>(topics, true, "农业、 补贴"));
        ComponentUtil.fireEvent(audiences, new ComboBoxBase.CustomValueSetEvent<>(audiences, true, "种粮农户"));
        _click(button("notice-save"));

        NoticeContent content = savedContent(notices);
        assertThat(content.topics()).containsExactlyInAnyOrder("农业", "补贴");
        assertThat(content.audiences()).containsExactly("种粮农户");
    }

    @Test
    void aLoadedNoticeShowsItsAttributesAndSavingItUnchangedKeepsThem() {
        NoticeView notice = NoticeBuilder.notice(DRAFT_ID, HUANGZHUANG_VILLAGE).version(2).genre(Genre.PUBLIC_NOTICE)
                .period(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 11)).topics("农业").agency("篁庄村委会")
                .withheld(WithholdingReason.THIRD_PARTY_RIGHTS, LocalDate.of(2026, 1, 1)).build();
        when(notices.list(any(), any(), anyInt(), anyInt())).thenReturn(page(notice));
        when(notices.revise(any(), anyString(), any(), anyLong())).thenReturn(notice);
        openEditor();

        GridKt._selectRow(grid("notice-grid"), 0);

        assertThat(select("notice-genre").getValue()).isEqualTo(Genre.PUBLIC_NOTICE);
        assertThat(datePicker("notice-period-start").getValue()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(select("notice-withholding-reason").getValue()).isEqualTo(WithholdingReason.THIRD_PARTY_RIGHTS);
        assertThat(button("notice-save").isEnabled()).as("nothing changed").isFalse();

        _setValue(_get(TextField.class, spec -> spec.withId("notice-title")), "春耕补贴公示（更正）");
        _click(button("notice-save"));

        NoticeContent expected = new NoticeContent("春耕补贴公示（更正）", notice.body(), null, Genre.PUBLIC_NOTICE,
                Set.of("农业"), "篁庄村委会", Set.of(), null, null, DisclosureAttribute.WITHHELD,
                WithholdingReason.THIRD_PARTY_RIGHTS, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 3, 5),
                LocalDate.of(2025, 3, 11), null, null, false, null, null, "other");
        verify(notices).revise(HUANGZHUANG_VILLAGE, DRAFT_ID, expected, 2L);
        verify(notices, never()).createDraft(any(), any());
        _assertNone(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("notice-rejection"));
    }
}
