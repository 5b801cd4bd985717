package org.gongshi.notice;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshi.access.TestDatabase;
import org.gongshi.attachment.AttachmentParts;
import org.gongshi.attachment.TestAttachments;
import org.gongshi.audit.AuditEntry;
import org.gongshi.audit.AuditTrail;
import org.gongshi.privacy.PersonalDataKind;
import org.gongshi.shared.GongshiException;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.InvalidState;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The personal-data check before publication on the real mappings and migrations (H2, or PostgreSQL
 * with GONGSHI_DB_URL): what it finds where, the refusal and its message arguments, the recorded
 * reason bound to one content, one-click masking, attachments, scheduled publication held back, and
 * that one village's records are invisible to another.
 */
class PersonalDataGateTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final DivisionCode XILI = DivisionCode.of("330328101202");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    /** A valid ID (check character computed) and a mobile number, as villages have published them. */
    private static final String ID = "330328199001011239";
    private static final String PHONE = "13812345678";
    private static final String LIST = "篁庄村2026年低保初审名单\n一、王小明，家庭人口3人\n二、身份证号 " + ID + "，联系电话 138 1234 5678\n";

    private static TestDatabase db;
    private static final PersonalDataGate GATE = new PersonalDataGate(new AttachmentParts(), new AuditTrail());

    @BeforeAll
    static void open() {
        db = new TestDatabase();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static <T> T in(DivisionCode division, Function<EntityManager, T> work) {
        try (EntityManager em = db.open(TenantScope.own(division))) {
            em.getTransaction().begin();
            try {
                T result = work.apply(em);
                em.flush();
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            }
        }
    }

    private static Notice draft(DivisionCode division, String title, String body) {
        return in(division, em -> {
            Notice n = Notice.draft(division, title, body, "wc-hz-clerk", CLOCK);
            em.persist(n);
            return n;
        });
    }

    private static PersonalDataReport report(DivisionCode division, String id) {
        return in(division, em -> GATE.report(em, em.find(Notice.class, id)));
    }

    private static void requireClear(DivisionCode division, String id, OverrideReason reason) {
        in(division, em -> {
            GATE.requireClear(em, em.find(Notice.class, id), reason, "wc-hz-clerk", CLOCK.instant());
            return null;
        });
    }

    private static List<AuditEntry> history(DivisionCode division, String id) {
        try (EntityManager em = db.open(TenantScope.own(division))) {
            return new AuditTrail().of(em, id);
        }
    }

    @Test
    void an_id_and_a_phone_in_the_body_are_found_by_line_and_shown_only_masked() {
        Notice n = draft(HUANGZHUANG, "篁庄村低保初审名单公示", LIST);
        PersonalDataReport report = report(HUANGZHUANG, n.id());
        assertThat(report.hits()).extracting(PersonalDataReport.Hit::place, PersonalDataReport.Hit::line,
                        PersonalDataReport.Hit::kind, PersonalDataReport.Hit::masked)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PersonalDataReport.Place.BODY, 3, PersonalDataKind.CITIZEN_ID, "**************1239"),
                        org.assertj.core.groups.Tuple.tuple(PersonalDataReport.Place.BODY, 3, PersonalDataKind.MOBILE_PHONE, "*******5678"));
        PersonalDataReport.Hit id = report.hits().get(0);
        assertThat(n.body().substring(id.start(), id.end())).isEqualTo(ID);
        assertThat(report.blocksPublication()).isTrue();
        assertThat(report.maskable()).isTrue();
        assertThat(report.toString()).doesNotContain(ID).doesNotContain(PHONE);
        assertThat(report.contentSha256()).hasSize(64);
    }

    @Test
    void the_refusal_names_the_first_place_and_counts_them_all() {
        Notice n = draft(HUANGZHUANG, "名单公示", LIST);
        assertThatThrownBy(() -> requireClear(HUANGZHUANG, n.id(), null))
                .isInstanceOf(PersonalDataFound.class)
                .satisfies(t -> {
                    GongshiException e = (GongshiException) t;
                    assertThat(e.messageKey()).isEqualTo("error.privacy.found.body");
                    assertThat(e.arguments()).containsExactly(0, "**************1239", 2, 3, "");
                    assertThat(e.kind()).isEqualTo(GongshiException.Kind.UNPROCESSABLE);
                });
        Notice titled = draft(HUANGZHUANG, "王小明（电话" + PHONE + "）低保公示", "正文");
        assertThatThrownBy(() -> requireClear(HUANGZHUANG, titled.id(), null))
                .isInstanceOf(PersonalDataFound.class).extracting("messageKey").isEqualTo("error.privacy.found.title");
    }

    @Test
    void a_clean_notice_passes_and_no_reason_is_recorded_for_it() {
        Notice n = draft(HUANGZHUANG, "2026年村级财务收支公示", "本季度收入12,000.00元，支出8,500.50元。监督电话0577-67812345。");
        requireClear(HUANGZHUANG, n.id(), new OverrideReason(OverrideBasis.NOT_PERSONAL_DATA, "无"));
        assertThat(report(HUANGZHUANG, n.id()).needsOverride()).isFalse();
        assertThat(history(HUANGZHUANG, n.id())).isEmpty();
    }

    @Test
    void a_recorded_reason_holds_for_exactly_the_content_it_was_given_for() {
        Notice n = draft(HUANGZHUANG, "行政处罚决定公示", "当事人身份证号 " + ID + "，依法公示。");
        requireClear(HUANGZHUANG, n.id(), new OverrideReason(OverrideBasis.PUNITIVE_NOTICE, "《行政处罚法》第四十八条要求公开处罚决定"));

        PersonalDataReport overridden = report(HUANGZHUANG, n.id());
        assertThat(overridden.blocksPublication()).isFalse();
        assertThat(overridden.override().basis()).isEqualTo(OverrideBasis.PUNITIVE_NOTICE);
        assertThat(overridden.override().by()).isEqualTo("wc-hz-clerk");
        requireClear(HUANGZHUANG, n.id(), null);
        assertThat(history(HUANGZHUANG, n.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("notice.personal-data-overridden");
            assertThat(e.reason()).startsWith("basis=PUNITIVE_NOTICE; 《行政处罚法》第四十八条")
                    .contains("BODY L1 CITIZEN_ID **************1239").doesNotContain(ID);
        });
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            PersonalDataOverride stored = em.createQuery("SELECT o FROM PersonalDataOverride o WHERE o.noticeId = :id",
                    PersonalDataOverride.class).setParameter("id", n.id()).getSingleResult();
            assertThat(stored.findings()).doesNotContain(ID);
            assertThat(stored.contentSha256()).isEqualTo(overridden.contentSha256());
        }

        // Another number added afterwards is not covered by the reason given before.
        in(HUANGZHUANG, em -> {
            em.find(Notice.class, n.id()).revise(NoticeContent.of("行政处罚决定公示", "当事人身份证号 " + ID + "，电话" + PHONE + "。"),
                    "wc-hz-clerk", CLOCK);
            return null;
        });
        assertThat(report(HUANGZHUANG, n.id()).blocksPublication()).isTrue();
        assertThatThrownBy(() -> requireClear(HUANGZHUANG, n.id(), null)).isInstanceOf(PersonalDataFound.class);
    }

    @Test
    void a_reason_needs_a_basis_and_words() {
        assertThatThrownBy(() -> new OverrideReason(null, "理由")).isInstanceOf(InvalidInput.class)
                .extracting("messageKey").isEqualTo("error.privacy.override-basis-required");
        assertThatThrownBy(() -> new OverrideReason(OverrideBasis.MANDATORY_DISCLOSURE, "  ")).isInstanceOf(InvalidInput.class)
                .extracting("messageKey").isEqualTo("error.privacy.override-reason-required");
        assertThatThrownBy(() -> new OverrideReason(OverrideBasis.MANDATORY_DISCLOSURE, "长".repeat(1001)))
                .isInstanceOf(InvalidInput.class).extracting("messageKey").isEqualTo("error.privacy.override-reason-too-long");
    }

    @Test
    void one_click_masks_title_body_document_number_and_agency_of_a_draft_and_nothing_else() {
        NoticeContent content = new NoticeContent("王小明" + PHONE + "低保公示", LIST, null, Genre.NOTIFICATION, Set.of(),
                "联系人手机" + PHONE, Set.of(), null, null, DisclosureAttribute.PROACTIVE, null, null, null, null, null, null,
                false, null, null);
        Notice n = in(HUANGZHUANG, em -> {
            Notice d = Notice.draft(HUANGZHUANG, content, "wc-hz-clerk", CLOCK);
            em.persist(d);
            return d;
        });
        NoticeContent masked = GATE.masked(n);
        assertThat(masked.title()).isEqualTo("王小明*******5678低保公示");
        assertThat(masked.body()).isEqualTo("篁庄村2026年低保初审名单\n一、王小明，家庭人口3人\n二、身份证号 **************1239，联系电话 *******5678");
        assertThat(masked.agency()).isEqualTo("联系人手机*******5678");
        assertThat(PersonalDataGate.maskableCounts(n)).isEqualTo("CITIZEN_ID×1, MOBILE_PHONE×3");
        in(HUANGZHUANG, em -> {
            em.find(Notice.class, n.id()).revise(masked, "wc-hz-clerk", CLOCK);
            return null;
        });
        assertThat(report(HUANGZHUANG, n.id()).needsOverride()).isFalse();
        Notice clean = in(HUANGZHUANG, em -> em.find(Notice.class, n.id()));
        assertThatThrownBy(() -> GATE.masked(clean)).isInstanceOf(InvalidState.class)
                .extracting("messageKey").isEqualTo("error.privacy.nothing-to-mask");
        Notice inReview = in(HUANGZHUANG, em -> {
            Notice d = Notice.draft(HUANGZHUANG, "电话" + PHONE, "正文", "wc-hz-clerk", CLOCK);
            d.submitForReview(1, "wc-hz-clerk", CLOCK);
            em.persist(d);
            return d;
        });
        assertThatThrownBy(() -> GATE.masked(inReview)).isInstanceOf(InvalidState.class)
                .extracting("messageKey").isEqualTo("error.notice.not-a-draft");
    }

    @Test
    void attachment_text_is_checked_by_line_and_cannot_be_masked_in_one_click() {
        Notice n = draft(HUANGZHUANG, "临时救助名单公示", "名单见附件。");
        in(HUANGZHUANG, em -> {
            TestAttachments.attach(em, HUANGZHUANG, n.id(), "救助名单.xlsx", xlsx("序号", "1", "2", "张三 " + PHONE));
            TestAttachments.attach(em, HUANGZHUANG, n.id(), "说明.pdf", TestAttachments.pdf("Contact", "ID " + ID));
            TestAttachments.attach(em, HUANGZHUANG, n.id(), "现场照片.png", TestAttachments.png());
            return null;
        });
        PersonalDataReport report = report(HUANGZHUANG, n.id());
        assertThat(report.hits()).extracting(PersonalDataReport.Hit::attachmentName, PersonalDataReport.Hit::line,
                        PersonalDataReport.Hit::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("救助名单.xlsx", 4, PersonalDataKind.MOBILE_PHONE),
                        org.assertj.core.groups.Tuple.tuple("说明.pdf", 2, PersonalDataKind.CITIZEN_ID));
        assertThat(report.hits()).noneMatch(PersonalDataReport.Hit::maskable);
        assertThat(report.maskable()).isFalse();
        assertThat(report.unchecked()).singleElement().satisfies(u -> {
            assertThat(u.attachmentName()).isEqualTo("现场照片.png");
            assertThat(u.why()).isEqualTo(PartText.Check.NO_TEXT);
            assertThat(u.blocks()).as("an image is listed, not blocking").isFalse();
        });
        assertThatThrownBy(() -> requireClear(HUANGZHUANG, n.id(), null)).isInstanceOf(PersonalDataFound.class)
                .satisfies(t -> {
                    GongshiException e = (GongshiException) t;
                    assertThat(e.messageKey()).isEqualTo("error.privacy.found.attachment");
                    assertThat(e.arguments()).containsExactly(1, "*******5678", 2, 4, "救助名单.xlsx");
                });
    }

    @Test
    void an_attachment_that_cannot_be_read_blocks_until_replaced_or_overridden() {
        Notice n = draft(HUANGZHUANG, "项目公示", "详见附件。");
        in(HUANGZHUANG, em -> {
            TestAttachments.attach(em, HUANGZHUANG, n.id(), "扫描件.pdf", damagedPdf());
            return null;
        });
        PersonalDataReport report = report(HUANGZHUANG, n.id());
        assertThat(report.hits()).isEmpty();
        assertThat(report.unchecked()).singleElement().satisfies(u -> assertThat(u.why()).isEqualTo(PartText.Check.UNREADABLE));
        assertThatThrownBy(() -> requireClear(HUANGZHUANG, n.id(), null)).isInstanceOf(PersonalDataFound.class)
                .satisfies(t -> {
                    GongshiException e = (GongshiException) t;
                    assertThat(e.messageKey()).isEqualTo("error.privacy.attachment-unreadable");
                    assertThat(e.arguments()).contains("扫描件.pdf");
                });
        requireClear(HUANGZHUANG, n.id(), new OverrideReason(OverrideBasis.NOT_PERSONAL_DATA, "已人工核对附件，无个人信息"));
        assertThat(report(HUANGZHUANG, n.id()).blocksPublication()).isFalse();
    }

    @Test
    void a_correction_is_checked_in_its_new_text() {
        Notice n = in(HUANGZHUANG, em -> {
            Notice d = Notice.draft(HUANGZHUANG, "低保名单公示", "名单：王**", "wc-hz-clerk", CLOCK);
            d.submitForReview(1, "wc-hz-clerk", CLOCK);
            d.approve("wc-hz-reviewer", Set.of(), CLOCK);
            d.publish("wc-hz-reviewer", "330328101200-2026-09001", CLOCK);
            em.persist(d);
            return d;
        });
        assertThat(report(HUANGZHUANG, n.id()).needsOverride()).isFalse();
        in(HUANGZHUANG, em -> {
            em.find(Notice.class, n.id()).proposeRevision("低保名单公示（更正）", "名单：王**，电话" + PHONE, "补充联系电话", 1,
                    "wc-hz-clerk", CLOCK);
            return null;
        });
        PersonalDataReport report = report(HUANGZHUANG, n.id());
        assertThat(report.hits()).singleElement().satisfies(h -> {
            assertThat(h.place()).isEqualTo(PersonalDataReport.Place.BODY);
            assertThat(h.kind()).isEqualTo(PersonalDataKind.MOBILE_PHONE);
        });
    }

    @Test
    void a_scheduled_publication_that_finds_personal_data_does_not_publish_and_goes_back_to_draft_with_a_record() {
        Instant at = CLOCK.instant().minusSeconds(60);
        Notice n = in(HUANGZHUANG, em -> {
            Notice d = Notice.draft(HUANGZHUANG, new NoticeContent("低保名单", "王小明 " + ID, null, Genre.NOTIFICATION, Set.of(),
                    null, Set.of(), null, null, DisclosureAttribute.PROACTIVE, null, null, null, null, null, null, false, null, at),
                    "wc-hz-clerk", CLOCK);
            d.submitForReview(1, "wc-hz-clerk", CLOCK);
            d.approve("wc-hz-reviewer", Set.of(), CLOCK);
            em.persist(d);
            return d;
        });
        RecordingEvent published = new RecordingEvent();
        ScheduledPublication scheduler = scheduler(published);
        in(HUANGZHUANG, em -> {
            Notice due = em.find(Notice.class, n.id());
            assertThat(due.isDue(CLOCK.instant())).isTrue();
            scheduler.publishOrHoldBack(em, due);
            return null;
        });
        Notice after = in(HUANGZHUANG, em -> em.find(Notice.class, n.id()));
        assertThat(after.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(after.publishedAt()).isNull();
        assertThat(after.indexNumber()).isNull();
        assertThat(published.fired).isEmpty();
        assertThat(history(HUANGZHUANG, n.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("notice.publication-held-back");
            assertThat(e.actor()).isEqualTo(ScheduledPublication.SYSTEM);
            assertThat(e.reason()).contains("BODY L1 CITIZEN_ID **************1239").doesNotContain(ID);
        });
    }

    @Test
    void a_scheduled_publication_with_a_recorded_reason_publishes() {
        Notice n = in(HUANGZHUANG, em -> {
            Notice d = Notice.draft(HUANGZHUANG, "失信被执行人名单公示", "被执行人 " + ID, "wc-hz-clerk", CLOCK);
            em.persist(d);
            return d;
        });
        requireClear(HUANGZHUANG, n.id(), new OverrideReason(OverrideBasis.MANDATORY_DISCLOSURE, "最高人民法院关于公布失信被执行人名单信息的若干规定"));
        in(HUANGZHUANG, em -> {
            Notice d = em.find(Notice.class, n.id());
            d.submitForReview(1, "wc-hz-clerk", CLOCK);
            d.approve("wc-hz-reviewer", Set.of(), CLOCK);
            return null;
        });
        RecordingEvent published = new RecordingEvent();
        in(HUANGZHUANG, em -> {
            scheduler(published).publishOrHoldBack(em, em.find(Notice.class, n.id()));
            return null;
        });
        assertThat(in(HUANGZHUANG, em -> em.find(Notice.class, n.id())).status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(published.fired).hasSize(1);
    }

    @Test
    void one_villages_recorded_reasons_and_reports_are_invisible_to_another_village() {
        Notice n = draft(HUANGZHUANG, "行政处罚决定公示", "当事人 " + ID);
        requireClear(HUANGZHUANG, n.id(), new OverrideReason(OverrideBasis.PUNITIVE_NOTICE, "依法公开"));
        try (EntityManager em = db.open(TenantScope.own(XILI))) {
            assertThat(em.find(Notice.class, n.id())).isNull();
            assertThat(em.createQuery("SELECT o FROM PersonalDataOverride o", PersonalDataOverride.class).getResultList()).isEmpty();
        }
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(em.createQuery("SELECT o FROM PersonalDataOverride o WHERE o.noticeId = :id", PersonalDataOverride.class)
                    .setParameter("id", n.id()).getResultList()).hasSize(1);
        }
    }

    @Test
    void a_discarded_draft_takes_its_recorded_reasons_with_it() {
        Notice n = draft(HUANGZHUANG, "处罚公示", "当事人 " + ID);
        requireClear(HUANGZHUANG, n.id(), new OverrideReason(OverrideBasis.PUNITIVE_NOTICE, "依法公开"));
        in(HUANGZHUANG, em -> {
            em.remove(em.find(Notice.class, n.id()));
            return null;
        });
        try (EntityManager em = db.open(TenantScope.own(HUANGZHUANG))) {
            assertThat(em.createQuery("SELECT o FROM PersonalDataOverride o WHERE o.noticeId = :id", PersonalDataOverride.class)
                    .setParameter("id", n.id()).getResultList()).isEmpty();
        }
    }

    // ---- helpers ----

    private static ScheduledPublication scheduler(RecordingEvent published) {
        Publisher publisher = new Publisher();
        publisher.audit = new AuditTrail();
        publisher.published = published;
        ScheduledPublication scheduler = new ScheduledPublication();
        scheduler.publisher = publisher;
        scheduler.clock = CLOCK;
        scheduler.audit = new AuditTrail();
        return scheduler;
    }

    /** An xlsx with one cell per row. */
    static byte[] xlsx(String... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("名单");
            for (int r = 0; r < rows.length; r++) {
                sheet.createRow(r).createCell(0).setCellValue(rows[r]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that is a PDF by its first bytes but cannot be read: damaged, or encrypted beyond reading. */
    static byte[] damagedPdf() {
        return "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Collects the events the publisher fires, as the CDI container would deliver them. */
    static final class RecordingEvent implements Event<NoticePublished> {
        final List<NoticePublished> fired = new ArrayList<>();

        @Override
        public void fire(NoticePublished event) {
            fired.add(event);
        }

        @Override
        public <U extends NoticePublished> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticePublished> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<NoticePublished> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends NoticePublished> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticePublished> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
