package org.gongshi.web.ui.relief;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.gongshi.access.Callers;
import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;
import org.gongshi.privacy.MaskingPolicy;
import org.gongshi.relief.ImportProgress;
import org.gongshi.relief.MappingSuggestion;
import org.gongshi.relief.PolicyView;
import org.gongshi.relief.ReliefListService;
import org.gongshi.relief.ReliefListState;
import org.gongshi.relief.ReliefListType;
import org.gongshi.relief.ReliefListView;
import org.gongshi.relief.ReliefPreview;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.StaffUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.XILI_VILLAGE;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The relief-list screens: import with mapping, progress and preview; the lists; the masking rules. */
class ReliefViewsTest {

    private static final StaffIdentity XILI_CLERK = new StaffIdentity("wc-xl-clerk", "陈 静", XILI_VILLAGE, Set.of(StaffRole.CLERK));
    private static final StaffIdentity ADMIN = new StaffIdentity("wc-hz-admin", "周 平", HUANGZHUANG_VILLAGE, Set.of(StaffRole.TENANT_ADMIN));
    private static final String LIST_ID = "0190d6a4-0000-7000-8000-000000000001";

    private final ReliefListService relief = mock(ReliefListService.class);
    private final Callers callers = mock(Callers.class);

    private final ReliefListView imported = new ReliefListView(LIST_ID, HUANGZHUANG_VILLAGE.value(), ReliefListType.DIBAO_FIRST_REVIEW,
            "篁庄村委会低保初审对象名单公示", ReliefListState.IMPORTED, 2, List.of("户主姓名", "身份证号码"),
            List.of(FieldType.NAME, FieldType.ID_NUMBER), null, null, null, null, LocalDate.of(2026, 12, 16), "wc-hz-clerk",
            Instant.parse("2026-11-16T02:00:00Z"), 3);
    private final ReliefPreview preview = new ReliefPreview(LIST_ID, "篁庄村委会低保初审对象名单公示", List.of("户主姓名", "身份证号码"),
            List.of(List.of("王**", "**************1234"), List.of("欧阳**", "**************567X")), "正文");

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    @Test
    void a_clerk_uploads_checks_the_suggested_mapping_imports_with_progress_and_sees_the_masked_preview() throws Exception {
        when(callers.current()).thenReturn(CLERK);
        when(relief.inspect(eq(HUANGZHUANG_VILLAGE), eq(ReliefListType.DIBAO_FIRST_REVIEW), eq("名单.xlsx"), any()))
                .thenReturn(new MappingSuggestion(ReliefListType.DIBAO_FIRST_REVIEW, List.of("户主姓名", "身份证号码", "备注"),
                        List.of(FieldType.NAME, FieldType.ID_NUMBER, FieldType.OTHER), List.of(false, false, true), false));
        ReliefImportView view = new ReliefImportView(relief, callers);
        UI.getCurrent().add(view);
        assertThat(_get(Upload.class, spec -> spec.withId("relief-upload")).getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("relief-rules")).getText())
                .contains("7个工作日");

        assertThat(view.receive("名单.xlsx", new ByteArrayInputStream(new byte[]{1, 2, 3}), UI.getCurrent())).isNull();
        Grid<Integer> mapping = StaffUi.grid("relief-mapping");
        assertThat(mapping.getColumns()).hasSize(4);
        assertThat(view.columnType(0).getValue()).isEqualTo(FieldType.NAME);
        view.columnType(2).setValue(FieldType.PHONE);
        assertThat(view.mapping()).containsEntry("0", FieldType.NAME).containsEntry("2", FieldType.PHONE);

        when(relief.startImport(eq(HUANGZHUANG_VILLAGE), eq(ReliefListType.DIBAO_FIRST_REVIEW), isNull(), eq("名单.xlsx"), any(), anyMap()))
                .thenReturn(new ImportProgress("job-1", ImportProgress.State.RUNNING, 0, 0, null, null, List.of()));
        when(relief.progress(HUANGZHUANG_VILLAGE, "job-1"))
                .thenReturn(new ImportProgress("job-1", ImportProgress.State.RUNNING, 1000, 40, null, null, List.of()))
                .thenReturn(new ImportProgress("job-1", ImportProgress.State.DONE, 2, 100, LIST_ID, null, List.of()));
        when(relief.get(HUANGZHUANG_VILLAGE, LIST_ID)).thenReturn(imported);
        when(relief.preview(HUANGZHUANG_VILLAGE, LIST_ID)).thenReturn(preview);
        _click(StaffUi.button("relief-start"));
        ProgressBar bar = _get(ProgressBar.class, spec -> spec.withId("relief-progress"));
        assertThat(bar.isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ReliefImportView.POLL_MILLIS);
        StaffUi.poll();
        assertThat(bar.getValue()).isEqualTo(40.0);
        StaffUi.poll();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        Grid<List<String>> table = StaffUi.grid("relief-preview");
        assertThat(table.getGenericDataView().getItems().toList()).containsExactlyElementsOf(preview.rows());

        _click(StaffUi.button("relief-submit"));
        verify(relief).submit(HUANGZHUANG_VILLAGE, LIST_ID, 3, null);
        assertThat(notificationTexts()).contains("已生成公告并提交审核。");
    }

    @Test
    void a_refused_file_is_answered_in_chinese_and_offers_no_import() throws Exception {
        when(callers.current()).thenReturn(CLERK);
        when(relief.inspect(any(), any(), any(), any())).thenThrow(new org.gongshi.shared.InvalidInput("error.relief.mapping-no-person"));
        ReliefImportView view = new ReliefImportView(relief, callers);
        UI.getCurrent().add(view);
        assertThat(view.receive("a.csv", new ByteArrayInputStream(new byte[]{1}), UI.getCurrent()))
                .isEqualTo("这类名单列的是人员，请至少指定“姓名”或“身份证号”一列。");
        _assertNone(Button.class, spec -> spec.withId("relief-start"));
    }

    @Test
    void a_failed_import_job_tells_why_and_keeps_nothing_on_screen() {
        when(callers.current()).thenReturn(CLERK);
        when(relief.inspect(any(), any(), any(), any())).thenReturn(new MappingSuggestion(ReliefListType.DIBAO_FIRST_REVIEW,
                List.of("姓名"), List.of(FieldType.NAME), List.of(false), true));
        ReliefImportView view = new ReliefImportView(relief, callers);
        UI.getCurrent().add(view);
        try {
            view.receive("a.xlsx", new ByteArrayInputStream(new byte[]{1}), UI.getCurrent());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("relief-mapping-saved"));
        when(relief.startImport(any(), any(), any(), any(), any(), anyMap()))
                .thenReturn(new ImportProgress("job-2", ImportProgress.State.RUNNING, 0, -1, null, null, List.of()));
        when(relief.progress(HUANGZHUANG_VILLAGE, "job-2"))
                .thenReturn(new ImportProgress("job-2", ImportProgress.State.FAILED, 0, 0, null, "error.sheet.formula", List.of("D7")));
        _click(StaffUi.button("relief-start"));
        StaffUi.poll();
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("D7"));
        _assertNone(Grid.class, spec -> spec.withId("relief-preview"));
    }

    @Test
    void another_villages_clerk_cannot_open_the_list() {
        when(callers.current()).thenReturn(XILI_CLERK);
        when(relief.list(XILI_VILLAGE)).thenReturn(List.of());
        when(relief.get(XILI_VILLAGE, LIST_ID)).thenThrow(new NotFound("error.relief.not-found"));
        when(relief.preview(XILI_VILLAGE, LIST_ID)).thenThrow(new NotFound("error.relief.not-found"));
        ReliefListsView view = new ReliefListsView(relief, callers);
        UI.getCurrent().add(view);
        view.open(LIST_ID);
        assertThat(notificationTexts()).contains("找不到该名单。");
        _assertNone(Grid.class, spec -> spec.withId("relief-preview"));
        verify(relief, never()).preview(eq(HUANGZHUANG_VILLAGE), any());
    }

    @Test
    void the_lists_show_state_and_open_as_residents_see_them_with_submission_for_the_clerk() {
        when(callers.current()).thenReturn(CLERK);
        when(relief.list(HUANGZHUANG_VILLAGE)).thenReturn(List.of(imported));
        when(relief.get(HUANGZHUANG_VILLAGE, LIST_ID)).thenReturn(imported);
        when(relief.preview(HUANGZHUANG_VILLAGE, LIST_ID)).thenReturn(preview);
        ReliefListsView view = new ReliefListsView(relief, callers);
        UI.getCurrent().add(view);
        assertThat(StaffUi.<ReliefListView>grid("relief-lists").getGenericDataView().getItems().toList()).containsExactly(imported);
        view.open(LIST_ID);
        assertThat(_get(H3.class, spec -> spec.withId("relief-detail-title")).getText()).isEqualTo(preview.title());
        _click(StaffUi.button("relief-submit"));
        verify(relief).submit(HUANGZHUANG_VILLAGE, LIST_ID, 3, null);
    }

    @Test
    void a_tenant_admin_changes_the_rules_and_a_clerk_only_reads_them() {
        Map<FieldType, List<MaskRule>> choices = new EnumMap<>(FieldType.class);
        PolicyView policy = new PolicyView(ReliefListType.DIBAO_FIRST_REVIEW, MaskingPolicy.defaults().rules(), false, null, null, 0, choices);
        when(relief.policy(any(), any())).thenReturn(policy);
        when(callers.current()).thenReturn(ADMIN);
        UI.getCurrent().add(new ReliefMaskingPolicyView(relief, callers));
        @SuppressWarnings("unchecked")
        Select<MaskRule> name = _get(Select.class, spec -> spec.withId("relief-rule-NAME"));
        assertThat(name.getValue()).isEqualTo(MaskRule.SURNAME);
        assertThat(name.getListDataView().getItems().toList()).doesNotContain(MaskRule.LAST_FOUR);
        @SuppressWarnings("unchecked")
        Select<MaskRule> id = _get(Select.class, spec -> spec.withId("relief-rule-ID_NUMBER"));
        assertThat(id.getListDataView().getItems().toList()).as("never a full ID").doesNotContain(MaskRule.FULL);
        _setValue(name, MaskRule.FULL);
        when(relief.changePolicy(any(), any(), anyMap(), anyLong())).thenReturn(policy);
        _click(StaffUi.button("relief-policy-save"));
        verify(relief).changePolicy(eq(HUANGZHUANG_VILLAGE), eq(ReliefListType.DIBAO_FIRST_REVIEW),
                org.mockito.ArgumentMatchers.argThat(m -> m.get(FieldType.NAME) == MaskRule.FULL), eq(0L));

        UI.getCurrent().removeAll();
        when(callers.current()).thenReturn(CLERK);
        UI.getCurrent().add(new ReliefMaskingPolicyView(relief, callers));
        _assertNone(Button.class, spec -> spec.withId("relief-policy-save"));
        @SuppressWarnings("unchecked")
        Select<MaskRule> readOnly = _get(Select.class, spec -> spec.withId("relief-rule-NAME"));
        assertThat(readOnly.isReadOnly()).isTrue();
    }
}
