package org.gongshi.relief;

import org.gongshi.audit.AuditEntry;
import org.gongshi.notice.Notice;
import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;
import org.gongshi.privacy.PersonalDataScanner;
import org.gongshi.privacy.SyntheticPeople.Person;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.sheet.SheetProgress;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshi.relief.ReliefFixture.BAIZHANGJI;
import static org.gongshi.relief.ReliefFixture.HUANGZHUANG;
import static org.gongshi.relief.ReliefFixture.NEIGHBOUR;

class ReliefDeskTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private final ReliefFixture fx = new ReliefFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    /** Every text in the relief tables, straight from the database past JPA. */
    private String everythingStored() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = fx.db.connect(); Statement s = c.createStatement()) {
            for (String sql : List.of("SELECT CELLS, MASKED_NAME, ID_HASH FROM RELIEF_ROW",
                    "SELECT TITLE, HEADINGS, FIELD_TYPES, POLICY FROM RELIEF_LIST",
                    "SELECT HEADINGS, MAPPING FROM RELIEF_COLUMN_MAPPING", "SELECT SEALED FROM RELIEF_HASH_SECRET",
                    "SELECT REASON FROM AUDIT_ENTRY")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            all.append(rs.getString(i)).append('\n');
                        }
                    }
                }
            }
        }
        return all.toString();
    }

    private static void assertNothingRaw(String text, List<Person> people) {
        for (Person p : people) {
            String digitsOfId = p.idNumber().replaceAll("[^0-9Xx]", "");
            assertThat(text).doesNotContain(digitsOfId).doesNotContain(p.idNumber().replace(" ", ""))
                    .doesNotContain(p.phone().replaceAll("[^0-9]", "")).doesNotContain(p.bankCard().replaceAll("[^0-9]", ""));
            if (p.name().length() > 1) {
                assertThat(text).doesNotContain(p.name());
            }
        }
        assertThat(PersonalDataScanner.scan(text)).isEmpty();
    }

    @Test
    void an_imported_xlsx_keeps_only_masked_values_and_id_hashes() throws Exception {
        List<Person> people = ReliefFiles.people(300);
        List<SheetProgress> seen = new ArrayList<>();
        ReliefListView list = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.importList(em, HUANGZHUANG,
                ReliefListType.DIBAO_FIRST_REVIEW, null, "名单.xlsx", new ByteArrayInputStream(ReliefFiles.xlsx(people)), -1,
                null, org.gongshi.sheet.SheetLimits.defaults(), "wc-hz-clerk", seen::add));

        assertThat(list.rowCount()).isEqualTo(300);
        assertThat(list.title()).isEqualTo("篁庄村委会低保初审对象名单公示");
        assertThat(list.fieldTypes()).containsSubsequence(FieldType.NAME, FieldType.ID_NUMBER, FieldType.PHONE,
                FieldType.BANK_CARD, FieldType.ADDRESS, FieldType.REASON);
        assertThat(seen).isNotEmpty();
        assertThat(seen.getLast().done()).isTrue();
        String stored = everythingStored();
        assertNothingRaw(stored, people);
        assertThat(stored).contains(people.getFirst().name().substring(0, 1) + "**");

        ReliefPreview preview = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.preview(em, list.id()));
        assertThat(preview.rows()).hasSize(300);
        assertNothingRaw(preview.body() + preview.rows(), people);
        Person first = people.getFirst();
        assertThat(preview.rows().getFirst().get(2)).endsWith(first.idNumber().replaceAll("[^0-9Xx]", "")
                .substring(first.idNumber().replaceAll("[^0-9Xx]", "").length() - (first.idNumber().replaceAll("[^0-9Xx]", "").length() == 15 ? 3 : 4)));
        assertThat(preview.body()).contains("公示期自2026年11月16日至2026年11月24日");
    }

    @Test
    void a_gbk_csv_is_imported_like_the_xlsx_and_preview_and_notice_body_are_the_same_rows() {
        List<Person> people = ReliefFiles.people(50);
        ReliefListView list = fx.imported(HUANGZHUANG, MONDAY, ReliefListType.TEMPORARY_ASSISTANCE, "名单.csv",
                ReliefFiles.gbkCsv(people), null);
        ReliefPreview preview = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.preview(em, list.id()));
        assertThat(preview.rows()).hasSize(50);
        ReliefDesk.Submission s = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.prepareSubmission(em, list.id(), null, list.version()));
        assertThat(s.content().body()).isEqualTo(preview.body());
        assertThat(s.content().noticeEndsOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(s.content().section()).isEqualTo("social-assistance");
        assertNothingRaw(s.content().body(), people);
    }

    @Test
    void a_header_only_file_is_refused_in_chinese_words_and_leaves_nothing() throws Exception {
        byte[] headerOnly = (String.join(",", ReliefFiles.DIBAO_HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.csv", headerOnly, null))
                .isInstanceOf(BadReliefFile.class).extracting("messageKey").isEqualTo("error.sheet.header-only");
        byte[] corrupt = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7};
        assertThatThrownBy(() -> fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.xlsx", corrupt, null))
                .isInstanceOf(BadReliefFile.class).extracting("kind").isEqualTo(org.gongshi.shared.GongshiException.Kind.UNPROCESSABLE);
        assertThat(fx.listIn(HUANGZHUANG, MONDAY, (d, em) -> d.list(em))).isEmpty();
    }

    @Test
    void a_refusal_after_rows_were_read_keeps_no_row() throws Exception {
        List<Person> people = ReliefFiles.people(20);
        String csv = new String(ReliefFiles.gbkCsv(people), java.nio.charset.Charset.forName("GBK")) + "\"unclosed,1\r\n";
        assertThatThrownBy(() -> fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.csv",
                csv.getBytes(java.nio.charset.Charset.forName("GBK")), null)).isInstanceOf(BadReliefFile.class);
        try (Connection c = fx.db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM RELIEF_ROW")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void a_column_whose_heading_says_it_is_personal_cannot_be_imported_as_public() {
        byte[] file = ReliefFiles.gbkCsv(ReliefFiles.people(5));
        assertThatThrownBy(() -> fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.csv", file,
                Map.of("户主姓名", FieldType.CATEGORY, "2", FieldType.ID_NUMBER)))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.relief.mapping-not-personal");
        assertThatThrownBy(() -> fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.csv", file,
                Map.of("没有这一列", FieldType.NAME)))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.relief.mapping-column-unknown");
    }

    @Test
    void the_mapping_of_an_import_is_suggested_for_the_next_upload_of_the_same_type_only() {
        byte[] file = ReliefFiles.gbkCsv(ReliefFiles.people(5));
        // The clerk says 家庭住址 is to be hidden as a bank card would be (both personal): remembered.
        fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.csv", file,
                Map.of("1", FieldType.NAME, "身份证号码", FieldType.ID_NUMBER, "3", FieldType.PHONE, "4", FieldType.BANK_CARD,
                        "5", FieldType.BANK_CARD, "6", FieldType.REASON));
        MappingSuggestion saved = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.savedMapping(em, HUANGZHUANG, ReliefListType.DIBAO_FIRST_REVIEW));
        assertThat(saved.fromSaved()).isTrue();
        assertThat(saved.headings()).isEqualTo(ReliefFiles.DIBAO_HEADER);
        assertThat(saved.types().get(5)).isEqualTo(FieldType.BANK_CARD);
        MappingSuggestion next = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.inspect(em, HUANGZHUANG,
                ReliefListType.DIBAO_FIRST_REVIEW, "b.csv", new ByteArrayInputStream(file), org.gongshi.sheet.SheetLimits.defaults()));
        assertThat(next.fromSaved()).isTrue();
        assertThat(next.types().get(5)).isEqualTo(FieldType.BANK_CARD);
        MappingSuggestion otherType = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.inspect(em, HUANGZHUANG,
                ReliefListType.TEKUN, "b.csv", new ByteArrayInputStream(file), org.gongshi.sheet.SheetLimits.defaults()));
        assertThat(otherType.fromSaved()).isFalse();
        assertThat(otherType.types().get(5)).isEqualTo(FieldType.ADDRESS);
        MappingSuggestion neighbour = fx.in(NEIGHBOUR, MONDAY, (d, em) -> d.savedMapping(em, NEIGHBOUR, ReliefListType.DIBAO_FIRST_REVIEW));
        assertThat(neighbour.fromSaved()).as("another village does not see this one's mapping").isFalse();
    }

    @Test
    void a_policy_override_above_the_floor_applies_and_is_audited_with_old_and_new() {
        PolicyView changed = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.changePolicy(em, HUANGZHUANG, ReliefListType.DIBAO_APPROVED,
                Map.of(FieldType.NAME, MaskRule.FULL, FieldType.PHONE, MaskRule.REMOVED), 0, "wc-hz-admin"));
        assertThat(changed.overridden()).isTrue();
        assertThat(changed.rules().get(FieldType.NAME)).isEqualTo(MaskRule.FULL);
        List<AuditEntry> trail = fx.db.inTransaction(TenantScope.own(HUANGZHUANG),
                em -> em.createQuery("SELECT a FROM AuditEntry a WHERE a.action = 'relief.masking-policy-changed'", AuditEntry.class).getResultList());
        assertThat(trail).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("wc-hz-admin");
            assertThat(a.reason()).contains("NAME=SURNAME").contains("NAME=FULL").contains("→");
        });
        List<Person> people = ReliefFiles.people(3);
        ReliefListView list = fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_APPROVED, "a.csv", ReliefFiles.gbkCsv(people), null);
        assertThat(list.headings()).doesNotContain("联系电话");
        ReliefPreview preview = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.preview(em, list.id()));
        assertThat(preview.rows().getFirst()).contains(people.getFirst().name());
        // Another type and another village keep their defaults.
        assertThat(fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.policy(em, HUANGZHUANG, ReliefListType.TEKUN)).overridden()).isFalse();
        assertThat(fx.in(NEIGHBOUR, MONDAY, (d, em) -> d.policy(em, NEIGHBOUR, ReliefListType.DIBAO_APPROVED)).overridden()).isFalse();
    }

    @Test
    void a_policy_below_the_floor_is_refused_and_a_stale_version_is_a_conflict() {
        assertThatThrownBy(() -> fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.changePolicy(em, HUANGZHUANG,
                ReliefListType.DIBAO_APPROVED, Map.of(FieldType.ID_NUMBER, MaskRule.FULL), 0, "wc-hz-admin")))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.privacy.rule-not-allowed");
        fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.changePolicy(em, HUANGZHUANG, ReliefListType.DIBAO_APPROVED,
                Map.of(FieldType.NAME, MaskRule.FULL), 0, "wc-hz-admin"));
        assertThatThrownBy(() -> fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.changePolicy(em, HUANGZHUANG,
                ReliefListType.DIBAO_APPROVED, Map.of(FieldType.NAME, MaskRule.SURNAME), 0, "wc-hz-admin")))
                .isInstanceOf(org.gongshi.shared.ConcurrentEdit.class);
    }

    @Test
    void only_a_clerk_of_the_village_imports_and_only_its_tenant_admin_changes_policies() {
        StaffIdentity clerk = new StaffIdentity("wc-hz-clerk", "张晓梅", HUANGZHUANG, Set.of(StaffRole.CLERK));
        StaffIdentity admin = new StaffIdentity("wc-hz-admin", "管理员", HUANGZHUANG, Set.of(StaffRole.TENANT_ADMIN));
        StaffIdentity county = new StaffIdentity("wc-county", "赵国华", org.gongshi.tenancy.DivisionCode.of("330328"),
                Set.of(StaffRole.COUNTY_SUPERVISOR));
        assertThat(ReliefDesk.clerkScope(clerk, HUANGZHUANG)).isEqualTo(TenantScope.own(HUANGZHUANG));
        assertThatThrownBy(() -> ReliefDesk.clerkScope(clerk, NEIGHBOUR)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ReliefDesk.clerkScope(admin, HUANGZHUANG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ReliefDesk.adminScope(clerk, HUANGZHUANG)).isInstanceOf(AccessDenied.class);
        assertThat(ReliefDesk.adminScope(admin, HUANGZHUANG)).isEqualTo(TenantScope.own(HUANGZHUANG));
        assertThat(ReliefDesk.readScope(county, HUANGZHUANG)).isEqualTo(TenantScope.subtreeReadOnly(HUANGZHUANG));
        assertThatThrownBy(() -> ReliefDesk.clerkScope(county, HUANGZHUANG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> ReliefDesk.readScope(clerk, BAIZHANGJI)).as("not even the own town").isInstanceOf(AccessDenied.class);
    }

    @Test
    void another_village_cannot_find_the_list_by_its_id() {
        ReliefListView list = fx.imported(HUANGZHUANG, MONDAY, ReliefListType.TEKUN, "a.csv", ReliefFiles.gbkCsv(ReliefFiles.people(3)), null);
        assertThatThrownBy(() -> fx.in(NEIGHBOUR, MONDAY, (d, em) -> d.preview(em, list.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> fx.in(NEIGHBOUR, MONDAY, (d, em) -> d.get(em, list.id()))).isInstanceOf(NotFound.class);
        assertThat(fx.listIn(NEIGHBOUR, MONDAY, (d, em) -> d.list(em))).isEmpty();
    }

    @Test
    void each_village_has_its_own_hash_secret_stored_sealed() throws Exception {
        String idNumber = ReliefFiles.people(1).getFirst().idNumber();
        String mine = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.hashFor(em, HUANGZHUANG).of(idNumber).orElseThrow());
        String again = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.hashFor(em, HUANGZHUANG).of(idNumber).orElseThrow());
        String theirs = fx.in(NEIGHBOUR, MONDAY, (d, em) -> d.hashFor(em, NEIGHBOUR).of(idNumber).orElseThrow());
        assertThat(again).isEqualTo(mine);
        assertThat(theirs).isNotEqualTo(mine);
        assertThat(everythingStored()).contains("v1:");
    }

    @Test
    void rows_past_their_retention_are_deleted_and_a_deletion_record_remains() {
        ReliefListView list = fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.csv",
                ReliefFiles.gbkCsv(ReliefFiles.people(10)), null);
        ReliefDesk.Submission s = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.prepareSubmission(em, list.id(), null, list.version()));
        ReliefListView submitted = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.submitted(em, s, org.gongshi.shared.Ids.newId(), "wc-hz-clerk"));
        LocalDate due = submitted.deleteRowsOn();
        assertThat(due).isEqualTo(LocalDate.of(2026, 12, 25));

        assertThat(fx.listIn(HUANGZHUANG, due.minusDays(1), (d, em) -> d.deleteExpiredRows(em, due.minusDays(1)))).isEmpty();
        List<DeletionRecordView> records = fx.in(HUANGZHUANG, due, (d, em) -> d.deleteExpiredRows(em, due));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.listId()).isEqualTo(list.id());
            assertThat(r.rowsDeleted()).isEqualTo(10);
            assertThat(r.reason()).contains("PIPL Art. 47");
        });
        assertThat(fx.in(HUANGZHUANG, due, (d, em) -> d.preview(em, list.id())).rows()).isEmpty();
        assertThat(fx.in(HUANGZHUANG, due, (d, em) -> d.get(em, list.id())).state()).isEqualTo(ReliefListState.ROWS_DELETED);
        assertThat(fx.listIn(HUANGZHUANG, due.plusDays(1), (d, em) -> d.deleteExpiredRows(em, due.plusDays(1)))).isEmpty();
        assertThat(fx.listIn(HUANGZHUANG, due, (d, em) -> d.deletionRecords(em))).hasSize(1);
        assertThat(fx.listIn(NEIGHBOUR, due, (d, em) -> d.deletionRecords(em))).isEmpty();
    }

    @Test
    void the_self_check_finds_a_person_on_a_published_list_by_id_and_name_and_nothing_else() {
        List<Person> people = ReliefFiles.people(10);
        Person p = people.get(3);
        ReliefListView list = fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.csv", ReliefFiles.gbkCsv(people), null);
        ReliefDesk.Submission s = fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.prepareSubmission(em, list.id(), null, list.version()));
        java.time.Clock clock = java.time.Clock.fixed(MONDAY.atTime(10, 0).atZone(ReliefDesk.ZONE).toInstant(), ReliefDesk.ZONE);
        String noticeId = fx.db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            Notice n = Notice.draft(HUANGZHUANG, s.content(), "wc-hz-clerk", clock);
            em.persist(n);
            return n.id();
        });
        fx.in(HUANGZHUANG, MONDAY, (d, em) -> d.submitted(em, s, noticeId, "wc-hz-clerk"));
        assertThat(fx.listIn(HUANGZHUANG, MONDAY, (d, em) -> d.selfCheck(em, HUANGZHUANG, p.idNumber(), p.name())))
                .as("not published yet").isEmpty();
        fx.db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            Notice n = em.find(Notice.class, noticeId);
            n.submitForReview(1, "wc-hz-clerk", clock);
            n.approve("wc-hz-reviewer", Set.of(), clock);
            n.publish("wc-hz-reviewer", "X-1", clock);
            return null;
        });
        String spaced = p.idNumber().replaceAll("[^0-9Xx]", "");
        assertThat(fx.listIn(HUANGZHUANG, MONDAY, (d, em) -> d.selfCheck(em, HUANGZHUANG, spaced, p.name())))
                .singleElement().satisfies(m -> {
                    assertThat(m.noticeId()).isEqualTo(noticeId);
                    assertThat(m.type()).isEqualTo(ReliefListType.DIBAO_FIRST_REVIEW);
                });
        assertThat(fx.listIn(HUANGZHUANG, MONDAY, (d, em) -> d.selfCheck(em, HUANGZHUANG, p.idNumber(), "某" + p.name().substring(1))))
                .as("the name does not fit").isEmpty();
        assertThat(fx.listIn(HUANGZHUANG, MONDAY, (d, em) -> d.selfCheck(em, HUANGZHUANG, people.get(4).idNumber(), p.name()))).isEmpty();
        assertThat(fx.listIn(NEIGHBOUR, MONDAY, (d, em) -> d.selfCheck(em, NEIGHBOUR, p.idNumber(), p.name())))
                .as("another village's board").isEmpty();
        LocalDate after = LocalDate.of(2026, 11, 25);
        assertThat(fx.listIn(HUANGZHUANG, after, (d, em) -> d.selfCheck(em, HUANGZHUANG, p.idNumber(), p.name())))
                .as("after the notice period").isEmpty();
    }

    @Test
    void the_audit_trail_names_the_import_without_personal_data() throws Exception {
        List<Person> people = ReliefFiles.people(5);
        fx.imported(HUANGZHUANG, MONDAY, ReliefListType.DIBAO_FIRST_REVIEW, "a.csv", ReliefFiles.gbkCsv(people), null);
        String stored = everythingStored();
        assertThat(stored).contains("DIBAO_FIRST_REVIEW, 5 rows");
        assertNothingRaw(stored, people);
    }
}
