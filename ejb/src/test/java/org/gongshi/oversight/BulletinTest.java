package org.gongshi.oversight;

import org.gongshi.document.Readers;
import org.gongshi.privacy.PersonalDataScanner;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.oversight.OversightFixture.*;

class BulletinTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private final OversightFixture f = new OversightFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private IssueView issue(TenantScope scope, OversightIssue.Kind kind, String period) {
        return f.db.inTransaction(scope, em -> desk(TODAY, CatalogFactor.NOT_CONNECTED).issue(em, scope, kind, period, "wc-county"));
    }

    private OversightIssue load(TenantScope scope, String division, String id) {
        return f.db.inTransaction(scope, em -> desk(TODAY, CatalogFactor.NOT_CONNECTED)
                .load(em, org.gongshi.tenancy.DivisionCode.of(division), id));
    }

    @Test
    void the_monthly_bulletin_ranks_the_town_and_its_villages_with_their_deductions_in_word_and_pdf() throws Exception {
        f.request(HUANGZHUANG, "RECEIVED", LocalDate.of(2026, 11, 10));
        TenantScope town = TenantScope.subtreeReadOnly(BAIZHANGJI);
        IssueView view = issue(town, OversightIssue.Kind.BULLETIN, "2026-11");

        assertThat(view.period()).isEqualTo("2026-11");
        assertThat(view.version()).as("the stored version, for the publish step").isEqualTo(
                load(town, BAIZHANGJI.value(), view.id()).version());
        assertThat(view.computedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(view.title()).isEqualTo("百丈漈镇政务公开工作月月通报（2026年11月）");
        OversightIssue stored = load(town, BAIZHANGJI.value(), view.id());
        String pdf = Readers.pdfText(stored.pdf());
        assertThat(pdf).contains("月月通报").contains("篁庄村委会").contains("330328101200")
                .contains("申请逾期未答复1项扣10分").contains("目录未接入").contains("2026-11-30");
        Map<String, String> word = Readers.wordTexts(Map.of("bulletin", stored.docx()));
        assertThat(word.get("bulletin")).contains("得分排名").contains("西里村委会").contains("僵尸栏目");
        assertThat(stored.body()).contains("| 名次 |").contains("篁庄村委会（330328101200）");
    }

    @Test
    void the_bulletin_passes_the_personal_data_check_with_zero_findings() throws Exception {
        f.request(HUANGZHUANG, "RECEIVED", LocalDate.of(2026, 11, 10));
        TenantScope county = TenantScope.subtreeReadOnly(WENCHENG);
        IssueView bulletin = issue(county, OversightIssue.Kind.BULLETIN, "2026-11");
        IssueView cards = issue(county, OversightIssue.Kind.CARDS, "2026-Q4");

        for (IssueView view : new IssueView[]{bulletin, cards}) {
            OversightIssue stored = load(county, WENCHENG.value(), view.id());
            assertThat(PersonalDataScanner.scan(stored.title())).isEmpty();
            assertThat(PersonalDataScanner.scan(stored.body())).as(view.kind().name()).isEmpty();
            assertThat(PersonalDataScanner.scan(Readers.pdfText(stored.pdf()))).as(view.kind().name() + " PDF").isEmpty();
        }
    }

    @Test
    void the_quarterly_cards_give_each_tenant_its_card_with_the_rule_that_gave_it() throws Exception {
        f.request(HUANGZHUANG, "RECEIVED", LocalDate.of(2026, 10, 1));
        TenantScope town = TenantScope.subtreeReadOnly(BAIZHANGJI);
        IssueView view = issue(town, OversightIssue.Kind.CARDS, "2026-q4");

        assertThat(view.period()).isEqualTo("2026-Q4");
        assertThat(view.computedOn()).isEqualTo(TODAY);
        OversightIssue stored = load(town, BAIZHANGJI.value(), view.id());
        assertThat(stored.body()).contains("亮牌规则：绿牌：得分不低于90分")
                .contains("| 篁庄村委会（330328101200） | 62 | 红牌 | 红牌：有依申请公开逾期超过30日未答复（最长逾期65日）");
        assertThat(Readers.pdfText(stored.pdf())).contains("每季亮牌").contains("红牌");
    }

    @Test
    void a_period_not_begun_or_malformed_is_refused_in_plain_words() {
        TenantScope town = TenantScope.subtreeReadOnly(BAIZHANGJI);
        assertThatThrownBy(() -> issue(town, OversightIssue.Kind.BULLETIN, "2027-01"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("error.oversight.period-future");
        assertThatThrownBy(() -> issue(town, OversightIssue.Kind.BULLETIN, "十一月"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("error.oversight.month-invalid");
        assertThatThrownBy(() -> issue(town, OversightIssue.Kind.CARDS, "2026-Q5"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("error.oversight.quarter-invalid");
    }

    @Test
    void an_issue_of_one_division_is_not_found_from_another_divisions_scope() {
        IssueView view = issue(TenantScope.subtreeReadOnly(BAIZHANGJI), OversightIssue.Kind.BULLETIN, "2026-11");
        assertThatThrownBy(() -> load(TenantScope.own(HUANGZHUANG), HUANGZHUANG.value(), view.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> load(TenantScope.subtreeReadOnly(FENGHUA), FENGHUA.value(), view.id()))
                .isInstanceOf(NotFound.class);
        assertThat(load(TenantScope.subtreeReadOnly(WENCHENG), BAIZHANGJI.value(), view.id()).id()).isEqualTo(view.id());
    }

    @Test
    void the_notice_of_an_issue_is_a_proactive_report_filed_under_the_oversight_catalog_item() {
        TenantScope county = TenantScope.subtreeReadOnly(WENCHENG);
        IssueView view = issue(county, OversightIssue.Kind.BULLETIN, "2026-11");
        var content = OversightNotices.content(load(county, WENCHENG.value(), view.id()), "文成县");
        assertThat(content.catalogItem()).isEqualTo("open.oversight");
        assertThat(content.title()).isEqualTo(view.title());
        assertThat(content.body()).isEqualTo(view.body());
        assertThat(content.disclosure()).isEqualTo(org.gongshi.notice.DisclosureAttribute.PROACTIVE);
    }
}
