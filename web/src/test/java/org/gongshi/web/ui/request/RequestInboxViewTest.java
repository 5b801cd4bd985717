package org.gongshi.web.ui.request;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gongshi.access.Callers;
import org.gongshi.request.ApplicantType;
import org.gongshi.request.Application;
import org.gongshi.request.ChallengeView;
import org.gongshi.request.ClosingReason;
import org.gongshi.request.DeliveryMethod;
import org.gongshi.request.DocumentFile;
import org.gongshi.request.DocumentInfo;
import org.gongshi.request.FeeMethod;
import org.gongshi.request.Intake;
import org.gongshi.request.Reply;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestChallenge;
import org.gongshi.request.RequestChannel;
import org.gongshi.request.RequestDocument;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestState;
import org.gongshi.request.RequestView;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.ui.StaffUi;
import org.gongshi.web.ui.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.invocation.Invocation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.COUNTY_SUPERVISOR;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.WENCHENG_COUNTY;
import static org.gongshi.web.ui.StaffUi.button;
import static org.gongshi.web.ui.StaffUi.grid;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The request inbox: the list, a request in full, the steps its state allows, registration, letters, reviews. */
class RequestInboxViewTest {

    private static final String FIRST = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f01";
    private static final String SECOND = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f02";
    private static final String THIRD = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f03";
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 12);
    /** 篁庄村's request officer who is also the head of the disclosure office. */
    private static final StaffIdentity HEAD = new StaffIdentity("wc-hz-head", "郑 卫东", HUANGZHUANG_VILLAGE,
            Set.of(StaffRole.REQUEST_OFFICER, StaffRole.DISCLOSURE_HEAD));
    private static final DivisionCode NANTIAN_TOWN = DivisionCode.of("330328102");

    private final RequestService requests = mock(RequestService.class);
    private final Callers callers = mock(Callers.class);
    /** 10:00 in Wencheng on 12 October 2026. */
    private final TestClock clock = new TestClock(Instant.parse("2026-10-12T02:00:00Z"));

    private final RequestView received = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(3)
            .receipt("330328101200-2026-0007").receivedOn(LocalDate.of(2026, 10, 9))
            .due(LocalDate.of(2026, 11, 6), "自2026年10月10日起计算（收到申请的次日，民法典第二百零一条）。", "共20个工作日。")
            .correctionWindow(LocalDate.of(2026, 10, 13), true).build();
    private final RequestView overdue = RequestBuilder.request(SECOND, HUANGZHUANG_VILLAGE).version(5)
            .receipt("330328101200-2026-0003").applicant(ApplicantType.COMMERCIAL_ENTERPRISE, "文成县某建材有限公司", "0577-6788xxxx")
            .description("村道路改造资金的使用明细").due(LocalDate.of(2026, 10, 9)).overdue().build();
    private final RequestView dueSoon = RequestBuilder.request(THIRD, HUANGZHUANG_VILLAGE).version(2)
            .receipt("330328101200-2026-0005").description("低保名单的审核过程").due(LocalDate.of(2026, 10, 14)).build();

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private RequestInboxView openInbox(StaffIdentity who, RequestView... listed) {
        when(callers.current()).thenReturn(who);
        when(requests.list(any(), any())).thenReturn(List.of(listed));
        when(requests.due(any(), anyInt())).thenReturn(Arrays.stream(listed)
                .filter(r -> r.overdue() || r == dueSoon).toList());
        RequestInboxView view = new RequestInboxView(requests, callers, clock);
        UI.getCurrent().add(view);
        return view;
    }

    private void choose(int row) {
        GridKt._selectRow(grid("request-grid"), row);
    }

    private static String fact(String key) {
        return _get(Span.class, spec -> spec.withId("request-fact-" + key)).getText();
    }

    private static List<String> stepButtons() {
        return _find(Button.class).stream().map(b -> b.getId().orElse(""))
                .filter(id -> id.startsWith("request-") && Arrays.stream(RequestSteps.Step.values())
                        .anyMatch(s -> s.id().equals(id)))
                .toList();
    }

    private static <T extends Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    // ---- the list ----

    @Test
    void the_list_shows_the_divisions_requests_with_their_due_dates_and_marks_overdue_due_soon_and_a_closing_correction_window() {
        RequestInboxView view = openInbox(CLERK, received, overdue, dueSoon);

        verify(requests).list(HUANGZHUANG_VILLAGE, null);
        verify(requests).due(HUANGZHUANG_VILLAGE, RequestInboxView.DUE_SOON_WORKING_DAYS);
        var grid = grid("request-grid");
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("330328101200-2026-0007", "2026-10-09", "自然人",
                "已受理", "2026-11-06", "补正告知将于 2026-10-13 截止");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("330328101200-2026-0003", "2026-09-18", "商业企业",
                "已受理", "2026-10-09", "已逾期");
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("即将到期");
        assertThat(grid.getColumnByKey("division")).as("a village sees no division column").isNull();
        assertThat(view.getPageTitle()).isEqualTo("依申请公开 · 公示");
        assertThat(button("request-register").isVisible()).isTrue();
    }

    @Test
    void the_state_filter_asks_the_service_for_that_state_and_the_quick_filter_finds_receipt_applicant_or_description() {
        openInbox(CLERK, received, overdue, dueSoon);

        _setValue(field(TextField.class, "request-search"), "建材");
        assertThat(GridKt._size(grid("request-grid"))).isEqualTo(1);
        _setValue(field(TextField.class, "request-search"), "0005");
        assertThat(GridKt._getFormattedRow(grid("request-grid"), 0).getFirst()).isEqualTo("330328101200-2026-0005");
        _setValue(field(TextField.class, "request-search"), "低保");
        assertThat(GridKt._size(grid("request-grid"))).isEqualTo(1);
        _setValue(field(TextField.class, "request-search"), "");
        assertThat(GridKt._size(grid("request-grid"))).isEqualTo(3);

        Select<RequestState> state = StaffUi.select("request-state-filter");
        _setValue(state, RequestState.AWAITING_FEE);
        verify(requests).list(HUANGZHUANG_VILLAGE, RequestState.AWAITING_FEE);
    }

    @Test
    void choosing_a_request_shows_every_fact_and_each_line_of_how_its_due_date_was_counted() {
        openInbox(CLERK, received, overdue);
        when(requests.documents(HUANGZHUANG_VILLAGE, FIRST)).thenReturn(List.of());
        when(requests.challenges(HUANGZHUANG_VILLAGE, FIRST)).thenReturn(List.of());

        choose(0);

        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withId("request-detail-heading")).getText())
                .isEqualTo("330328101200-2026-0007 · 已受理");
        assertThat(fact("channel")).isEqualTo("当面提交");
        assertThat(fact("received-on")).isEqualTo("2026-10-09");
        assertThat(fact("applicant-type")).isEqualTo("自然人");
        assertThat(fact("applicant-name")).isEqualTo("王小明");
        assertThat(fact("applicant-contact")).isEqualTo("13800000000");
        assertThat(fact("description")).isEqualTo("2026年道路硬化工程的招标文件");
        assertThat(fact("due")).isEqualTo("2026-11-06");
        assertThat(fact("correction-window")).isEqualTo("2026-10-13 · 即将截止");
        UnorderedList lines = _get(UnorderedList.class, spec -> spec.withId("request-due-explanation"));
        assertThat(lines.getChildren().map(c -> c.getElement().getText()).toList())
                .containsExactly("自2026年10月10日起计算（收到申请的次日，民法典第二百零一条）。", "共20个工作日。");
        assertThat(_get(Span.class, spec -> spec.withId("request-letters-empty")).getText()).isEqualTo("尚未生成文书。");

        GridKt._selectRow(grid("request-grid"), 1);
        assertThat(fact("due")).isEqualTo("2026-10-09 · 已逾期");
        assertThat(fact("applicant-name")).isEqualTo("文成县某建材有限公司");
    }

    @Test
    void an_answered_request_shows_its_reply_row_delivery_and_closing_and_a_closed_one_how_it_closed() {
        RequestView answered = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                .answered(ReplyType.WITHHELD_THIRD_PARTY, LocalDate.of(2026, 10, 10), "涉及个人隐私（第十五条）", null)
                .delivered(DeliveryMethod.POST, LocalDate.of(2026, 10, 11), "EMS 1234").build();
        RequestView withdrawn = RequestBuilder.request(SECOND, HUANGZHUANG_VILLAGE)
                .feeSettled(FeeMethod.PER_PAGE, 120, 1100, LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28), "WAIVED")
                .closed(ClosingReason.WITHDRAWN, "书面撤回", LocalDate.of(2026, 10, 8)).build();
        openInbox(CLERK, answered, withdrawn);

        choose(0);
        assertThat(fact("reply-type")).isEqualTo("（三）4 不予公开：保护第三方合法权益");
        assertThat(fact("reply-reason")).isEqualTo("涉及个人隐私（第十五条）");
        assertThat(fact("answered-on")).isEqualTo("2026-10-10");
        assertThat(fact("delivery")).isEqualTo("邮寄 · 2026-10-11 · EMS 1234");
        assertThat(fact("result-row")).isEqualTo("（三）4 保护第三方合法权益");
        _assertNone(Span.class, spec -> spec.withId("request-fact-due"));

        choose(1);
        assertThat(fact("closing")).isEqualTo("申请人撤回 · 书面撤回");
        assertThat(fact("closed-on")).isEqualTo("2026-10-08");
        assertThat(fact("fee")).isEqualTo("按量计收：120页，1100元");
        assertThat(fact("fee-settled")).isEqualTo("减免 · 2026-09-28");
        assertThat(stepButtons()).isEmpty();
    }

    // ---- which steps each state offers ----

    static Stream<org.junit.jupiter.params.provider.Arguments> states() {
        return Stream.of(
                arguments("received, correction window open",
                        RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).correctionWindow(LocalDate.of(2026, 10, 13), false).build(),
                        List.of("request-answer", "request-ask-correction", "request-start-consultation", "request-notice-fee",
                                "request-withdraw")),
                arguments("received, correction window closed",
                        RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).build(),
                        List.of("request-answer", "request-start-consultation", "request-notice-fee", "request-withdraw")),
                arguments("awaiting correction, still time",
                        RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).awaitingCorrection(LocalDate.of(2026, 9, 24), TODAY).build(),
                        List.of("request-receive-correction", "request-withdraw")),
                arguments("awaiting correction, time ran out",
                        RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).awaitingCorrection(LocalDate.of(2026, 9, 14), TODAY.minusDays(1)).build(),
                        List.of("request-receive-correction", "request-close-no-correction", "request-withdraw")),
                arguments("consulting a third party",
                        RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).consulting(LocalDate.of(2026, 10, 9)).build(),
                        List.of("request-end-consultation", "request-withdraw")),
                arguments("awaiting the fee, still time",
                        RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).awaitingFee(FeeMethod.PER_PAGE, 120, 1100,
                                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 11, 6)).build(),
                        List.of("request-settle-fee", "request-withdraw")),
                arguments("awaiting the fee, time ran out",
                        RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).awaitingFee(FeeMethod.PER_PAGE, 120, 1100,
                                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 9)).build(),
                        List.of("request-settle-fee", "request-close-unpaid", "request-withdraw")),
                arguments("extended, fee already noticed",
                        RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).extended(20, LocalDate.of(2026, 10, 9), "wc-hz-head", "电话告知")
                                .feeSettled(FeeMethod.PER_REQUEST, 12, 100, LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 28), "PAID").build(),
                        List.of("request-answer", "request-start-consultation", "request-withdraw")),
                arguments("answered", RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                                .answered(ReplyType.DISCLOSED, LocalDate.of(2026, 10, 9), null, null).build(),
                        List.of("request-record-delivery")),
                arguments("abandoned", RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                                .closed(ClosingReason.NO_CORRECTION, null, LocalDate.of(2026, 10, 9)).build(), List.of()),
                arguments("withdrawn", RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                                .closed(ClosingReason.WITHDRAWN, "电话撤回", LocalDate.of(2026, 10, 9)).build(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void a_clerk_is_offered_only_the_steps_the_state_allows_and_never_the_extension(String what, RequestView r,
                                                                                   List<String> expected) {
        openInbox(CLERK, r);
        choose(0);
        assertThat(stepButtons()).containsExactlyElementsOf(expected);
    }

    @Test
    void the_head_of_the_disclosure_office_is_offered_the_one_extension_of_a_received_request_only() {
        RequestView extended = RequestBuilder.request(SECOND, HUANGZHUANG_VILLAGE)
                .extended(10, LocalDate.of(2026, 10, 9), "wc-hz-head", "电话告知").build();
        openInbox(HEAD, received, extended);
        choose(0);
        assertThat(stepButtons()).contains("request-extend");
        choose(1);
        assertThat(stepButtons()).doesNotContain("request-extend");
        assertThat(fact("extension")).isEqualTo("10个工作日（2026-10-09经wc-hz-head同意；告知方式：电话告知）");
    }

    // ---- each step calls the service for the own division with the version seen ----

    @Test
    void asking_for_a_correction_passes_the_version_and_says_by_when_the_applicant_must_return_it() {
        openInbox(CLERK, received);
        choose(0);
        when(requests.askForCorrection(HUANGZHUANG_VILLAGE, FIRST, 3)).thenReturn(RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                .version(4).awaitingCorrection(TODAY, LocalDate.of(2026, 11, 2)).build());

        _click(button("request-ask-correction"));
        assertThat(_get(Dialog.class, spec -> spec.withId("request-ask-correction-dialog")).isOpened()).isTrue();
        _click(button("request-ask-correction-confirm"));

        verify(requests).askForCorrection(HUANGZHUANG_VILLAGE, FIRST, 3L);
        assertThat(notificationTexts()).containsExactly("已告知补正，补正告知书已生成。申请人应于 2026-11-02 前补正。");
        assertThat(fact("state")).isEqualTo("待补正");
        assertThat(stepButtons()).containsExactly("request-receive-correction", "request-withdraw");
    }

    @Test
    void receiving_a_correction_passes_its_date() {
        RequestView awaiting = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(4)
                .awaitingCorrection(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 20)).build();
        openInbox(CLERK, awaiting);
        choose(0);
        when(requests.receiveCorrection(any(), anyString(), anyLong(), any())).thenReturn(RequestBuilder.request(FIRST,
                HUANGZHUANG_VILLAGE).version(5).correctionReceived(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 10))
                .due(LocalDate.of(2026, 11, 9)).build());

        _click(button("request-receive-correction"));
        DatePicker on = field(DatePicker.class, "request-receive-correction-date");
        assertThat(on.getValue()).as("today to begin with").isEqualTo(TODAY);
        _setValue(on, LocalDate.of(2026, 10, 10));
        _click(button("request-receive-correction-confirm"));

        verify(requests).receiveCorrection(HUANGZHUANG_VILLAGE, FIRST, 4L, LocalDate.of(2026, 10, 10));
        assertThat(notificationTexts()).containsExactly("已登记补正，答复期限现为 2026-11-09。");
        assertThat(fact("correction-received-on")).isEqualTo("2026-10-10");
    }

    @Test
    void a_consultation_starts_and_ends_with_the_versions_seen() {
        openInbox(CLERK, received);
        choose(0);
        RequestView consulting = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(4).consulting(TODAY).build();
        when(requests.startConsultation(HUANGZHUANG_VILLAGE, FIRST, 3)).thenReturn(consulting);
        when(requests.endConsultation(HUANGZHUANG_VILLAGE, FIRST, 4)).thenReturn(RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                .version(5).due(LocalDate.of(2026, 11, 13)).build());

        _click(button("request-start-consultation"));
        _click(button("request-start-consultation-confirm"));
        verify(requests).startConsultation(HUANGZHUANG_VILLAGE, FIRST, 3L);
        assertThat(fact("consultation-started-on")).isEqualTo("2026-10-12");

        _click(button("request-end-consultation"));
        _click(button("request-end-consultation-confirm"));
        verify(requests).endConsultation(HUANGZHUANG_VILLAGE, FIRST, 4L);
        assertThat(notificationTexts()).containsExactly("已开始征求第三方意见，答复期限暂停计算。",
                "第三方意见征求已结束，答复期限现为 2026-11-13。");
    }

    @Test
    void a_fee_notice_by_pages_previews_the_amount_and_after_the_service_answers_says_what_was_charged() {
        openInbox(CLERK, received);
        choose(0);
        when(requests.noticeFee(any(), anyString(), anyLong(), any(), any())).thenReturn(RequestBuilder.request(FIRST,
                HUANGZHUANG_VILLAGE).version(4).awaitingFee(FeeMethod.PER_PAGE, 120, 1100, TODAY, LocalDate.of(2026, 11, 9)).build());

        _click(button("request-notice-fee"));
        Button confirm = button("request-notice-fee-confirm");
        assertThat(confirm.isEnabled()).isFalse();
        _setValue(field(RadioButtonGroup.class, "request-notice-fee-method"), FeeMethod.PER_PAGE);
        assertThat(confirm.isEnabled()).as("pages are needed").isFalse();
        _setValue(field(IntegerField.class, "request-notice-fee-pages"), 25);
        assertThat(field(Span.class, "request-notice-fee-estimate").getText())
                .isEqualTo("按 25 页计算不收费（30页以下免费），无需发出收费通知。");
        _setValue(field(IntegerField.class, "request-notice-fee-pages"), 120);
        assertThat(field(Span.class, "request-notice-fee-estimate").getText()).isEqualTo("按 120 页计算，应收 1100 元。");
        _click(confirm);

        verify(requests).noticeFee(HUANGZHUANG_VILLAGE, FIRST, 3L, FeeMethod.PER_PAGE, 120);
        assertThat(notificationTexts()).containsExactly("已发出收费通知，应收 1100 元，收费通知书已生成。申请人应于 2026-11-09 前缴费。");
        assertThat(fact("fee")).isEqualTo("按量计收：120页，1100元");
        assertThat(fact("fee-payment-due")).isEqualTo("2026-11-09");
    }

    @Test
    void a_fee_notice_per_request_passes_no_pages_the_service_counts_the_month() {
        openInbox(CLERK, received);
        choose(0);
        when(requests.noticeFee(any(), anyString(), anyLong(), any(), any())).thenReturn(RequestBuilder.request(FIRST,
                HUANGZHUANG_VILLAGE).version(4).awaitingFee(FeeMethod.PER_REQUEST, 12, 100, TODAY, LocalDate.of(2026, 11, 9)).build());

        _click(button("request-notice-fee"));
        _setValue(field(RadioButtonGroup.class, "request-notice-fee-method"), FeeMethod.PER_REQUEST);
        _click(button("request-notice-fee-confirm"));

        verify(requests).noticeFee(HUANGZHUANG_VILLAGE, FIRST, 3L, FeeMethod.PER_REQUEST, null);
        assertThat(fact("fee")).isEqualTo("按件计收：本月第12件，100元");
    }

    @Test
    void a_fee_waived_is_recorded_with_its_date_and_a_fee_unpaid_too_long_closes_the_request() {
        RequestView awaiting = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(6)
                .awaitingFee(FeeMethod.PER_PAGE, 120, 1100, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 9)).build();
        openInbox(CLERK, awaiting);
        choose(0);
        when(requests.settleFee(any(), anyString(), anyLong(), eq(true), any())).thenReturn(RequestBuilder.request(FIRST,
                HUANGZHUANG_VILLAGE).version(7).due(LocalDate.of(2026, 11, 30)).build());

        _click(button("request-settle-fee"));
        _setValue(field(RadioButtonGroup.class, "request-settle-fee-waived"), Boolean.TRUE);
        _setValue(field(DatePicker.class, "request-settle-fee-date"), LocalDate.of(2026, 10, 10));
        _click(button("request-settle-fee-confirm"));
        verify(requests).settleFee(HUANGZHUANG_VILLAGE, FIRST, 6L, true, LocalDate.of(2026, 10, 10));
        assertThat(notificationTexts()).containsExactly("已登记减免，答复期限现为 2026-11-30。");
    }

    @Test
    void closing_as_abandoned_for_an_unpaid_fee_passes_the_version() {
        RequestView awaiting = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(6)
                .awaitingFee(FeeMethod.PER_PAGE, 120, 1100, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 9)).build();
        openInbox(CLERK, awaiting);
        choose(0);
        when(requests.abandonUnpaid(HUANGZHUANG_VILLAGE, FIRST, 6)).thenReturn(RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                .version(7).closed(ClosingReason.FEE_UNPAID, null, TODAY).build());

        _click(button("request-close-unpaid"));
        assertThat(_get(Dialog.class, spec -> spec.withId("request-close-unpaid-dialog")).getElement().getText()
                + _find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()).toList())
                .contains("缴费期限已于 2026-10-09 届满").contains("（六）2");
        _click(button("request-close-unpaid-confirm"));

        verify(requests).abandonUnpaid(HUANGZHUANG_VILLAGE, FIRST, 6L);
        assertThat(fact("closing")).isEqualTo("逾期未缴费，视为放弃");
        assertThat(stepButtons()).isEmpty();
    }

    @Test
    void closing_as_abandoned_when_no_correction_came_back_passes_the_version() {
        RequestView awaiting = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(4)
                .awaitingCorrection(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 10, 9)).build();
        openInbox(CLERK, awaiting);
        choose(0);
        when(requests.abandon(HUANGZHUANG_VILLAGE, FIRST, 4)).thenReturn(RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                .version(5).closed(ClosingReason.NO_CORRECTION, null, TODAY).build());

        _click(button("request-close-no-correction"));
        _click(button("request-close-no-correction-confirm"));

        verify(requests).abandon(HUANGZHUANG_VILLAGE, FIRST, 4L);
        assertThat(notificationTexts()).containsExactly("申请已视为放弃。");
    }

    @Test
    void the_head_extends_by_working_days_with_how_the_applicant_was_told() {
        openInbox(HEAD, received);
        choose(0);
        when(requests.extend(any(), anyString(), anyLong(), anyInt(), anyString())).thenReturn(RequestBuilder.request(FIRST,
                HUANGZHUANG_VILLAGE).version(4).extended(15, TODAY, "wc-hz-head", "电话告知并邮寄告知书")
                .due(LocalDate.of(2026, 11, 27)).build());

        _click(button("request-extend"));
        Button confirm = button("request-extend-confirm");
        _setValue(field(IntegerField.class, "request-extend-days"), 21);
        _setValue(field(TextField.class, "request-extend-told"), "电话告知并邮寄告知书");
        assertThat(confirm.isEnabled()).as("at most 20 working days (Art. 33)").isFalse();
        _setValue(field(IntegerField.class, "request-extend-days"), 15);
        _click(confirm);

        verify(requests).extend(HUANGZHUANG_VILLAGE, FIRST, 3L, 15, "电话告知并邮寄告知书");
        assertThat(notificationTexts()).containsExactly("答复期限已延长 15 个工作日，现为 2026-11-27；延期答复告知书已生成。");
    }

    @Test
    void answering_offers_the_types_in_the_rows_of_table_three_and_requires_the_reason_a_refusal_needs() {
        openInbox(CLERK, received);
        choose(0);
        when(requests.answer(any(), anyString(), anyLong(), any())).thenReturn(RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                .version(4).answered(ReplyType.WITHHELD_THIRD_PARTY, TODAY, "涉及个人隐私", null).build());

        _click(button("request-answer"));
        @SuppressWarnings("unchecked")
        Select<ReplyType> type = field(Select.class, "request-answer-type");
        List<String> labels = type.getListDataView().getItems().map(RequestTexts::replyType).toList();
        assertThat(labels.getFirst()).isEqualTo("（一） 予以公开");
        assertThat(labels).contains("（三）4 不予公开：保护第三方合法权益", "（六）3 其他处理")
                .as("still unclear only after a correction (Art. 30)").noneMatch(l -> l.contains("补正后申请内容仍不明确"));
        Button confirm = button("request-answer-confirm");
        _assertNone(TextArea.class, spec -> spec.withId("request-answer-reason"));

        _setValue(type, ReplyType.WITHHELD_THIRD_PARTY);
        TextArea reason = field(TextArea.class, "request-answer-reason");
        _assertNone(TextArea.class, spec -> spec.withId("request-answer-place"));
        assertThat(field(Span.class, "request-answer-basis").getText())
                .isEqualTo("依据：《条例》第十五条、第三十六条第（三）项；计入年度报告表三 （三）4 保护第三方合法权益");
        assertThat(confirm.isEnabled()).as("a refusal gives its reason").isFalse();
        _setValue(reason, "  涉及个人隐私 ");
        assertThat(confirm.isEnabled()).isTrue();
        _click(confirm);

        verify(requests).answer(HUANGZHUANG_VILLAGE, FIRST, 3L, new Reply(ReplyType.WITHHELD_THIRD_PARTY, "涉及个人隐私", null));
        assertThat(notificationTexts()).containsExactly("已答复（计入年度报告表三 （三）4），答复书已生成。");
        assertThat(stepButtons()).containsExactly("request-record-delivery");
    }

    @Test
    void answering_that_the_information_is_already_public_asks_where_and_passes_no_reason() {
        RequestView afterCorrection = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(3)
                .correctionReceived(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 30)).build();
        openInbox(CLERK, afterCorrection);
        choose(0);
        when(requests.answer(any(), anyString(), anyLong(), any())).thenReturn(RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE)
                .version(4).answered(ReplyType.ALREADY_PUBLIC, TODAY, null, "村务公开栏").build());

        _click(button("request-answer"));
        @SuppressWarnings("unchecked")
        Select<ReplyType> type = field(Select.class, "request-answer-type");
        assertThat(type.getListDataView().getItems()).as("after a correction").contains(ReplyType.STILL_UNCLEAR);
        _setValue(type, ReplyType.ALREADY_PUBLIC);
        _assertNone(TextArea.class, spec -> spec.withId("request-answer-reason"));
        assertThat(button("request-answer-confirm").isEnabled()).isFalse();
        _setValue(field(TextArea.class, "request-answer-place"), "村务公开栏");
        _click(button("request-answer-confirm"));

        verify(requests).answer(HUANGZHUANG_VILLAGE, FIRST, 3L, new Reply(ReplyType.ALREADY_PUBLIC, null, "村务公开栏"));
    }

    @Test
    void the_delivery_of_the_reply_is_recorded_with_method_date_and_note() {
        RequestView answered = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(8)
                .answered(ReplyType.DISCLOSED, LocalDate.of(2026, 10, 9), null, null).build();
        openInbox(CLERK, answered);
        choose(0);
        when(requests.recordDelivery(any(), anyString(), anyLong(), any(), any(), any())).thenReturn(RequestBuilder.request(FIRST,
                HUANGZHUANG_VILLAGE).version(9).answered(ReplyType.DISCLOSED, LocalDate.of(2026, 10, 9), null, null)
                .delivered(DeliveryMethod.IN_PERSON, TODAY, "本人签收").build());

        _click(button("request-record-delivery"));
        _setValue(field(Select.class, "request-record-delivery-method"), DeliveryMethod.IN_PERSON);
        _setValue(field(TextField.class, "request-record-delivery-note"), "本人签收");
        _click(button("request-record-delivery-confirm"));

        verify(requests).recordDelivery(HUANGZHUANG_VILLAGE, FIRST, 8L, DeliveryMethod.IN_PERSON, TODAY, "本人签收");
        assertThat(notificationTexts()).containsExactly("已登记送达。");
        assertThat(fact("delivery")).isEqualTo("当面送达（签收） · 2026-10-12 · 本人签收");
    }

    @Test
    void a_withdrawal_records_how_the_applicant_withdrew() {
        openInbox(CLERK, received);
        choose(0);
        when(requests.withdraw(any(), anyString(), anyLong(), anyString())).thenReturn(RequestBuilder.request(FIRST,
                HUANGZHUANG_VILLAGE).version(4).closed(ClosingReason.WITHDRAWN, "电话撤回", TODAY).build());

        _click(button("request-withdraw"));
        assertThat(button("request-withdraw-confirm").isEnabled()).isFalse();
        _setValue(field(TextField.class, "request-withdraw-how"), " 电话撤回 ");
        _click(button("request-withdraw-confirm"));

        verify(requests).withdraw(HUANGZHUANG_VILLAGE, FIRST, 3L, "电话撤回");
        assertThat(notificationTexts()).containsExactly("已登记申请人撤回申请。");
        assertThat(stepButtons()).isEmpty();
    }

    // ---- refusals ----

    @Test
    void a_stale_version_is_refused_in_plain_chinese_and_the_request_is_read_again() {
        openInbox(CLERK, received);
        choose(0);
        when(requests.startConsultation(HUANGZHUANG_VILLAGE, FIRST, 3)).thenThrow(new ConcurrentEdit());
        RequestView changed = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).version(4).consulting(TODAY).build();
        when(requests.get(HUANGZHUANG_VILLAGE, FIRST)).thenReturn(changed);

        _click(button("request-start-consultation"));
        _click(button("request-start-consultation-confirm"));

        assertThat(notificationTexts()).containsExactly("该申请刚刚已被他人办理或更新，本页已重新载入最新情况，请核对后再操作。");
        verify(requests).get(HUANGZHUANG_VILLAGE, FIRST);
        assertThat(fact("state")).isEqualTo("征求第三方意见");
        assertThat(stepButtons()).containsExactly("request-end-consultation", "request-withdraw");
        _assertNone(Dialog.class, spec -> spec.withId("request-start-consultation-dialog"));
    }

    @Test
    void a_refused_step_says_why_in_the_words_of_the_bundle_and_a_refused_input_keeps_the_dialog_open() {
        openInbox(CLERK, received);
        choose(0);
        when(requests.withdraw(any(), anyString(), anyLong(), anyString()))
                .thenThrow(new InvalidInput("error.disclosure.withdrawal-note-too-long", 500));
        when(requests.startConsultation(any(), anyString(), anyLong()))
                .thenThrow(new InvalidState("error.disclosure.consultation-not-now"));
        when(requests.get(HUANGZHUANG_VILLAGE, FIRST)).thenReturn(received);

        _click(button("request-withdraw"));
        _setValue(field(TextField.class, "request-withdraw-how"), "书面撤回");
        _click(button("request-withdraw-confirm"));
        assertThat(notificationTexts()).containsExactly("撤回方式的记录过长（最多 500 个字）。");
        assertThat(_get(Dialog.class, spec -> spec.withId("request-withdraw-dialog")).isOpened()).isTrue();
        _click(button("request-withdraw-cancel"));

        _click(button("request-start-consultation"));
        _click(button("request-start-consultation-confirm"));
        assertThat(notificationTexts()).contains("当前状态下不能征求第三方意见。").noneMatch(t -> t.contains("Exception"));
    }

    // ---- who sees what ----

    @Test
    void the_county_supervisor_sees_the_county_subtree_with_the_division_and_is_offered_no_step() {
        RequestView townRequest = RequestBuilder.request(SECOND, NANTIAN_TOWN).receipt("330328102-2026-0001").build();
        openInbox(COUNTY_SUPERVISOR, received, townRequest);
        when(requests.documents(any(), anyString())).thenReturn(List.of());
        when(requests.challenges(any(), anyString())).thenReturn(List.of(new ChallengeView("c1", FIRST,
                "330328101200-2026-0007", 0, RequestChallenge.Kind.ADMINISTRATIVE_REVIEW, LocalDate.of(2026, 10, 10),
                RequestChallenge.Outcome.PENDING, null, null)));

        verify(requests).list(WENCHENG_COUNTY, null);
        var grid = grid("request-grid");
        assertThat(GridKt._getFormattedRow(grid, 0)).last().isEqualTo(StaffUi.HUANGZHUANG_FULL_NAME);
        assertThat(GridKt._getFormattedRow(grid, 1)).last().isEqualTo("浙江省 温州市 文成县 南田镇");
        _assertNone(Button.class, spec -> spec.withId("request-register"));

        choose(0);
        assertThat(stepButtons()).isEmpty();
        assertThat(fact("division")).isEqualTo(StaffUi.HUANGZHUANG_FULL_NAME);
        _assertNone(Button.class, spec -> spec.withId("request-challenge-file"));
        _assertNone(Button.class, spec -> spec.withClasses("request-challenge-decide"));
        verify(requests).documents(WENCHENG_COUNTY, FIRST);
        verify(requests).challenges(WENCHENG_COUNTY, FIRST);
    }

    @Test
    void a_village_clerks_screen_addresses_the_clerks_own_division_only() {
        openInbox(CLERK, received, overdue);
        when(requests.documents(any(), anyString())).thenReturn(List.of());
        when(requests.challenges(any(), anyString())).thenReturn(List.of());
        when(requests.startConsultation(any(), anyString(), anyLong())).thenThrow(new AccessDenied("error.access.other-division"));
        when(requests.get(any(), anyString())).thenReturn(received);
        choose(0);
        _setValue(StaffUi.<RequestState>select("request-state-filter"), RequestState.RECEIVED);
        _click(button("request-start-consultation"));
        _click(button("request-start-consultation-confirm"));
        new RequestInboxView(requests, callers, clock).open(SECOND);

        List<Object> divisions = mockingDetails(requests).getInvocations().stream()
                .map(Invocation::getArguments).flatMap(Arrays::stream)
                .filter(a -> a instanceof DivisionCode).toList();
        assertThat(divisions).isNotEmpty().allMatch(HUANGZHUANG_VILLAGE::equals);
        assertThat(notificationTexts()).contains("您无权访问其他区划的数据。");
    }

    // ---- registration: the access code once ----

    @Test
    void registering_says_which_day_counts_per_channel_and_shows_the_receipt_number_and_the_code_once() {
        openInbox(CLERK);
        RequestView registered = RequestBuilder.request(FIRST, HUANGZHUANG_VILLAGE).receipt("330328101200-2026-0008")
                .receivedOn(LocalDate.of(2026, 10, 10)).due(LocalDate.of(2026, 11, 9)).build();
        when(requests.register(any(), any(), any(), any())).thenReturn(new Intake("330328101200-2026-0008", "ABCD2345EFGH", registered));
        when(requests.list(any(), any())).thenReturn(List.of(registered));

        _click(button("request-register"));
        @SuppressWarnings("unchecked")
        Select<RequestChannel> channel = field(Select.class, "request-register-channel");
        assertThat(channel.getListDataView().getItems()).doesNotContain(RequestChannel.ONLINE);
        DatePicker receivedOn = field(DatePicker.class, "request-register-received-on");
        _setValue(channel, RequestChannel.ORDINARY_POST);
        assertThat(receivedOn.getHelperText()).contains("确认之日为收到申请之日").contains("第三十一条");
        _setValue(channel, RequestChannel.SIGNED_POST);
        assertThat(receivedOn.getHelperText()).isEqualTo("以邮寄方式提交的，以本机关签收之日为收到申请之日（第三十一条第二项）。");
        _setValue(receivedOn, LocalDate.of(2026, 10, 10));
        _setValue(field(Select.class, "request-register-applicant-type"), ApplicantType.NATURAL_PERSON);
        _setValue(field(TextField.class, "request-register-name"), " 王小明 ");
        _setValue(field(TextField.class, "request-register-contact"), "13800000000");
        assertThat(button("request-register-confirm").isEnabled()).isFalse();
        _setValue(field(TextArea.class, "request-register-description"), "2026年道路硬化工程的招标文件");
        _click(button("request-register-confirm"));

        verify(requests).register(HUANGZHUANG_VILLAGE, RequestChannel.SIGNED_POST, LocalDate.of(2026, 10, 10),
                new Application(ApplicantType.NATURAL_PERSON, "王小明", "13800000000", "2026年道路硬化工程的招标文件"));
        assertThat(field(Span.class, "request-intake-receipt").getText()).isEqualTo("330328101200-2026-0008");
        assertThat(field(Span.class, "request-intake-code").getText()).isEqualTo("ABCD-2345-EFGH");
        assertThat(field(com.vaadin.flow.component.html.Paragraph.class, "request-intake-once").getText())
                .contains("只显示这一次");
        Dialog intake = _get(Dialog.class, spec -> spec.withId("request-intake-dialog"));
        assertThat(intake.isCloseOnOutsideClick()).isFalse();
        assertThat(intake.isCloseOnEsc()).isFalse();
        String receipt = new String(_download(_get(Anchor.class, spec -> spec.withId("request-intake-print"))),
                StandardCharsets.UTF_8);
        assertThat(receipt).contains("ABCD-2345-EFGH").contains("330328101200-2026-0008").contains("政府信息公开申请受理回执")
                .contains("window.print()");
        assertThat(fact("receipt-number")).as("the new request is shown").isEqualTo("330328101200-2026-0008");

        _click(button("request-intake-close"));
        _assertNone(Span.class, spec -> spec.withId("request-intake-code"));
        assertThat(_find(Span.class).stream().map(Span::getText)).noneMatch(t -> t.contains("ABCD"));
    }

    @Test
    void a_refused_registration_keeps_the_dialog_and_what_was_typed() {
        openInbox(CLERK);
        when(requests.register(any(), any(), any(), any())).thenThrow(new InvalidInput("error.disclosure.applicant-name-too-long", 100));
        _click(button("request-register"));
        _setValue(field(Select.class, "request-register-channel"), RequestChannel.IN_PERSON);
        _setValue(field(Select.class, "request-register-applicant-type"), ApplicantType.OTHER);
        _setValue(field(TextField.class, "request-register-name"), "甲");
        _setValue(field(TextField.class, "request-register-contact"), "乙");
        _setValue(field(TextArea.class, "request-register-description"), "丙");
        _click(button("request-register-confirm"));

        assertThat(notificationTexts()).containsExactly("申请人姓名或名称过长（最多 100 个字）。");
        assertThat(field(TextArea.class, "request-register-description").getValue()).isEqualTo("丙");
        _assertNone(Dialog.class, spec -> spec.withId("request-intake-dialog"));
    }

    // ---- letters, reviews and litigation ----

    @Test
    void the_letters_of_a_request_are_listed_with_download_links_of_the_own_division() {
        openInbox(CLERK, received);
        when(requests.documents(HUANGZHUANG_VILLAGE, FIRST)).thenReturn(List.of(
                new DocumentInfo("d1", RequestDocument.Kind.REPLY_LETTER, RequestDocument.Format.DOCX, "答复书.docx", 2048, "aa",
                        Instant.parse("2026-10-12T02:00:00Z")),
                new DocumentInfo("d2", RequestDocument.Kind.REPLY_LETTER, RequestDocument.Format.PDF, "答复书.pdf", 4096, "bb",
                        Instant.parse("2026-10-12T02:00:00Z"))));
        when(requests.document(HUANGZHUANG_VILLAGE, FIRST, "d2")).thenReturn(new DocumentFile("答复书.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));

        choose(0);

        List<Anchor> links = _find(Anchor.class, spec -> spec.withClasses("request-letter"));
        assertThat(links).extracting(Anchor::getText).containsExactly("答复书（Word）", "答复书（PDF）");
        assertThat(new String(_download(links.get(1)), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
        verify(requests).document(HUANGZHUANG_VILLAGE, FIRST, "d2");
    }

    @Test
    void a_review_is_filed_and_its_outcome_recorded_with_the_version_of_the_record() {
        openInbox(CLERK, received);
        when(requests.documents(any(), anyString())).thenReturn(List.of());
        ChallengeView pending = new ChallengeView("c1", FIRST, "330328101200-2026-0007", 2,
                RequestChallenge.Kind.ADMINISTRATIVE_REVIEW, LocalDate.of(2026, 10, 10), RequestChallenge.Outcome.PENDING, null, "县政府受理");
        when(requests.challenges(HUANGZHUANG_VILLAGE, FIRST)).thenReturn(List.of(), List.of(pending));
        when(requests.fileChallenge(any(), anyString(), any(), any(), any())).thenReturn(pending);
        when(requests.decideChallenge(any(), anyString(), anyString(), anyLong(), any(), any(), any())).thenReturn(pending);
        choose(0);
        assertThat(_get(Span.class, spec -> spec.withId("request-challenges-empty")).getText()).isEqualTo("暂无记录。");

        _click(button("request-challenge-file"));
        _setValue(field(Select.class, "request-challenge-kind"), RequestChallenge.Kind.ADMINISTRATIVE_REVIEW);
        _setValue(field(DatePicker.class, "request-challenge-filed-on"), LocalDate.of(2026, 10, 10));
        _setValue(field(TextField.class, "request-challenge-note"), "县政府受理");
        _click(button("request-challenge-file-confirm"));
        verify(requests).fileChallenge(HUANGZHUANG_VILLAGE, FIRST, RequestChallenge.Kind.ADMINISTRATIVE_REVIEW,
                LocalDate.of(2026, 10, 10), "县政府受理");
        assertThat(_get(Span.class, spec -> spec.withClasses("request-challenge")).getText())
                .isEqualTo("行政复议，2026-10-10提起，尚未审结");

        _click(_get(Button.class, spec -> spec.withClasses("request-challenge-decide")));
        _setValue(field(RadioButtonGroup.class, "request-challenge-outcome"), RequestChallenge.Outcome.CORRECTED);
        _click(button("request-challenge-decide-confirm"));
        verify(requests).decideChallenge(HUANGZHUANG_VILLAGE, FIRST, "c1", 2L, RequestChallenge.Outcome.CORRECTED, TODAY, null);
        assertThat(notificationTexts()).containsExactly("已登记。", "已登记结果。");
    }

    @Test
    void a_request_named_in_the_address_is_read_from_the_own_division() {
        RequestInboxView view = openInbox(CLERK, received);
        when(requests.get(HUANGZHUANG_VILLAGE, SECOND)).thenReturn(overdue);
        view.open(SECOND);
        assertThat(fact("receipt-number")).isEqualTo("330328101200-2026-0003");
        verify(requests, never()).get(WENCHENG_COUNTY, SECOND);
    }
}
