package org.gongshi.search;

import jakarta.persistence.EntityManager;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongshi.access.TenantData;
import org.gongshi.access.TestDatabase;
import org.gongshi.attachment.AttachmentText;
import org.gongshi.attachment.TestAttachments;
import org.gongshi.notice.CatalogFilter;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticePublished;
import org.gongshi.search.SearchHit.Fragment;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.TenantScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The search of the public boards over the real schema (H2, or PostgreSQL when GONGSHI_DB_URL is
 * set) and a real Lucene index on disk: Chinese substrings, ranking, snippets, filters, tenant
 * isolation, what must never be found, attachment text, and rebuilding a missing or stale index.
 */
class LuceneNoticeSearchTest {

    static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    static final DivisionCode XILI = DivisionCode.of("330328101202");
    static final DivisionCode BAIZHANGJI = DivisionCode.of("330328101");
    static final DivisionCode WENCHENG = DivisionCode.of("330328");
    static final DivisionCode FENGZHONG = DivisionCode.of("330213001001");

    /** 22 November 2026, 10:00 in China. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);
    static final Clock LAST_YEAR = Clock.fixed(Instant.parse("2025-06-01T02:00:00Z"), ZoneOffset.UTC);

    static TestDatabase db;
    static SearchData data;
    static Path dir;
    static LuceneNoticeSearch search;

    static String relief;
    static String lowIncome;
    static String bridge;
    static String roadInTitle;
    static String roadInBody;
    static String xiliOnly;
    static String townOwn;
    static String fenghua;

    @BeforeAll
    static void boardsWithNotices(@TempDir Path temp) {
        db = new TestDatabase();
        data = new SearchData();
        data.data = new TenantData() {
            @Override
            public EntityManager open(TenantScope scope) {
                return db.open(scope);
            }
        };
        relief = publish(HUANGZHUANG, content("关于发放2026年度临时救助金的公示", "经村民代表会议评议，以下农户符合条件。")
                .section("relief").topic("社会救助").genre(Genre.ANNOUNCEMENT).agency("篁庄村民委员会").audience("困难群众")
                .documentNumber("篁村〔2026〕3号"), CLOCK);
        lowIncome = publish(HUANGZHUANG, content("第三季度名单公布", "本村新增低保户两户，现予公布，接受群众监督。")
                .section("finance").topic("财务").genre(Genre.NOTIFICATION).agency("篁庄村务监督委员会").audience("全体村民"), CLOCK);
        bridge = publish(HUANGZHUANG, content("村口维修工程", "石拱桥加固，预计十二月完工。"), LAST_YEAR);
        roadInTitle = publish(HUANGZHUANG, content("道路硬化工程验收结果", "工程已完成。"), CLOCK);
        roadInBody = publish(HUANGZHUANG, content("村务工作简报", "本月完成了水渠清淤、垃圾分类宣传和道路养护等多项工作，"
                + "另有其他事项若干，详见附件说明，如有疑问请与村委会联系。"), CLOCK);
        xiliOnly = publish(XILI, content("西里村茶园补贴名单", "茶园补贴按面积发放。"), CLOCK);
        townOwn = publish(BAIZHANGJI, content("百丈漈镇防汛值班安排", "防汛值班表如下。"), CLOCK);
        fenghua = publish(FENGZHONG, content("奉中社区茶园补贴", "社区茶园补贴。"), CLOCK);

        // What must never be found: a draft, a withdrawn notice, a notice whose period ended.
        db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            em.persist(Notice.draft(HUANGZHUANG, content("草稿蘑菇种植", "蘑菇").build(), "clerk", CLOCK));
            return null;
        });
        String withdrawn = publish(HUANGZHUANG, content("撤回的竹笋收购通知", "竹笋"), CLOCK);
        db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            em.find(Notice.class, withdrawn).withdraw("reviewer", "内容有误", CLOCK);
            return null;
        });
        publish(HUANGZHUANG, content("过期的杨梅采摘公示", "杨梅").genre(Genre.PUBLIC_NOTICE)
                .period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)), CLOCK);
        publish(HUANGZHUANG, content("仍在公示期的板栗评选公示", "板栗").genre(Genre.PUBLIC_NOTICE)
                .period(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22)), CLOCK);

        dir = temp.resolve("index");
        search = newSearch(Duration.ofHours(1));
        search.start();
    }

    @AfterAll
    static void close() {
        search.close();
        db.close();
    }

    static LuceneNoticeSearch newSearch(Duration checkInterval) {
        // Runs background work on the calling thread, so a rebuild is done when start() returns.
        return new LuceneNoticeSearch(data, CLOCK, dir, Runnable::run, checkInterval);
    }

    // ---- Chinese text ----

    @Test
    void every_two_character_substring_finds_the_notice() {
        assertThat(ids(HUANGZHUANG, "救助")).containsExactly(relief);
        assertThat(ids(HUANGZHUANG, "助金")).containsExactly(relief);
        assertThat(ids(HUANGZHUANG, "低保")).containsExactly(lowIncome);
        assertThat(ids(HUANGZHUANG, "保户")).containsExactly(lowIncome);
        assertThat(ids(HUANGZHUANG, "新增低保户两户")).containsExactly(lowIncome);
    }

    @Test
    void characters_that_are_not_adjacent_in_the_text_do_not_match_as_a_phrase() {
        // 救 and 金 both occur in the notice, but never as 救金.
        assertThat(ids(HUANGZHUANG, "救金")).isEmpty();
        assertThat(ids(HUANGZHUANG, "低保户三户")).isEmpty();
    }

    @Test
    void a_one_character_query_finds_the_notices_with_that_character() {
        assertThat(ids(HUANGZHUANG, "桥")).containsExactly(bridge);
        assertThat(ids(HUANGZHUANG, "救")).containsExactly(relief);
    }

    @Test
    void words_separated_by_spaces_must_all_occur() {
        assertThat(ids(HUANGZHUANG, "低保 监督")).containsExactly(lowIncome);
        assertThat(ids(HUANGZHUANG, "低保 救助")).isEmpty();
    }

    @Test
    void document_numbers_and_full_width_digits_are_found() {
        assertThat(ids(HUANGZHUANG, "篁村〔2026〕3号")).containsExactly(relief);
        assertThat(ids(HUANGZHUANG, "２０２６ 救助")).containsExactly(relief);
    }

    @Test
    void a_match_in_the_title_ranks_before_a_match_in_the_body() {
        List<SearchHit> hits = search(HUANGZHUANG, false, "道路", CatalogFilter.NONE).items();
        assertThat(hits).extracting(SearchHit::noticeId).containsExactly(roadInTitle, roadInBody);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void title_and_snippet_mark_the_matched_text_as_plain_fragments() {
        SearchHit hit = search(HUANGZHUANG, false, "低保", CatalogFilter.NONE).items().getFirst();
        assertThat(hit.snippet()).contains(new Fragment("低保", true));
        assertThat(hit.snippet().stream().map(Fragment::text).reduce("", String::concat))
                .isEqualTo("本村新增低保户两户，现予公布，接受群众监督。");
        assertThat(hit.title()).containsExactly(new Fragment("第三季度名单公布", false));

        SearchHit titled = search(HUANGZHUANG, false, "道路", CatalogFilter.NONE).items().getFirst();
        assertThat(titled.title()).containsExactly(new Fragment("道路", true), new Fragment("硬化工程验收结果", false));
        assertThat(titled.divisionCode()).isEqualTo(HUANGZHUANG.value());
        assertThat(titled.divisionName()).isEqualTo("篁庄村委会");
    }

    @Test
    void a_long_body_is_cut_around_the_match() {
        SearchHit hit = search(HUANGZHUANG, false, "联系", CatalogFilter.NONE).items().getFirst();
        assertThat(hit.noticeId()).isEqualTo(roadInBody);
        assertThat(hit.snippet().getFirst()).isEqualTo(new Fragment("…", false));
        assertThat(hit.snippet()).contains(new Fragment("联系", true));
    }

    // ---- filters ----

    @Test
    void each_catalog_filter_narrows_the_results() {
        assertThat(ids(HUANGZHUANG, "村")).contains(relief, lowIncome);
        assertThat(filtered("村", new CatalogFilter("relief", null, null, null, null, null))).containsExactly(relief);
        assertThat(filtered("村", new CatalogFilter(null, "财务", null, null, null, null))).containsExactly(lowIncome);
        assertThat(filtered("村", new CatalogFilter(null, null, Genre.ANNOUNCEMENT, null, null, null))).containsExactly(relief);
        assertThat(filtered("村", new CatalogFilter(null, null, null, "篁庄村务监督委员会", null, null))).containsExactly(lowIncome);
        assertThat(filtered("村", new CatalogFilter(null, null, null, null, "困难群众", null))).containsExactly(relief);
        assertThat(filtered("工程", new CatalogFilter(null, null, null, null, null, 2025))).containsExactly(bridge);
        assertThat(filtered("工程", new CatalogFilter(null, null, null, null, null, 2026))).doesNotContain(bridge).contains(roadInTitle);
    }

    @Test
    void the_filter_values_offered_are_those_of_the_boards_own_findable_notices() {
        CatalogValues own = search.catalogValues(HUANGZHUANG, false);
        assertThat(own.sections()).containsExactly("finance", "relief");
        assertThat(own.topics()).containsExactly("社会救助", "财务");
        assertThat(own.agencies()).containsExactly("篁庄村务监督委员会", "篁庄村民委员会");
        assertThat(own.audiences()).containsExactly("全体村民", "困难群众");
        assertThat(own.genres()).contains(Genre.ANNOUNCEMENT, Genre.NOTIFICATION, Genre.PUBLIC_NOTICE);
        assertThat(own.years()).containsExactly(2026, 2025);
        assertThat(search.catalogValues(XILI, false).topics()).isEmpty();
        assertThat(search.catalogValues(WENCHENG, true).topics()).containsExactly("社会救助", "财务");
        assertThat(search.catalogValues(DivisionCode.of("330213"), true).topics()).isEmpty();
    }

    // ---- scope and tenants ----

    @Test
    void a_town_searches_its_own_board_or_its_whole_subtree() {
        assertThat(ids(BAIZHANGJI, "防汛")).containsExactly(townOwn);
        assertThat(ids(BAIZHANGJI, "低保")).isEmpty();
        assertThat(subtreeIds(BAIZHANGJI, "低保")).containsExactly(lowIncome);
        assertThat(subtreeIds(BAIZHANGJI, "防汛")).containsExactly(townOwn);
    }

    @Test
    void a_county_subtree_search_finds_every_village_below_it_and_nothing_outside() {
        assertThat(subtreeIds(WENCHENG, "茶园补贴")).containsExactly(xiliOnly);
        assertThat(subtreeIds(WENCHENG, "救助")).containsExactly(relief);
        assertThat(ids(WENCHENG, "救助")).isEmpty();
    }

    @Test
    void another_villages_notices_are_never_found() {
        assertThat(ids(XILI, "救助")).isEmpty();
        assertThat(ids(XILI, "低保")).isEmpty();
        assertThat(ids(HUANGZHUANG, "茶园")).isEmpty();
        assertThat(ids(XILI, "茶园")).containsExactly(xiliOnly);
        assertThat(subtreeIds(DivisionCode.of("330213"), "茶园")).containsExactly(fenghua);
    }

    @Test
    void drafts_withdrawn_and_expired_notices_are_never_found() {
        assertThat(ids(HUANGZHUANG, "蘑菇")).isEmpty();
        assertThat(ids(HUANGZHUANG, "竹笋")).isEmpty();
        assertThat(ids(HUANGZHUANG, "杨梅")).isEmpty();
        assertThat(subtreeIds(WENCHENG, "杨梅")).isEmpty();
        // Its period ends today: still on the board.
        assertThat(ids(HUANGZHUANG, "板栗")).hasSize(1);
    }

    @Test
    void a_notice_whose_period_ends_leaves_the_results_by_itself_the_next_day() {
        LuceneNoticeSearch tomorrow = new LuceneNoticeSearch(data, Clock.offset(CLOCK, Duration.ofDays(1)),
                dir.resolveSibling("tomorrow"), Runnable::run, Duration.ofHours(1));
        try {
            tomorrow.start();
            assertThat(tomorrow.search(new SearchQuery(HUANGZHUANG, false, "板栗", null, 0, 20)).items()).isEmpty();
            assertThat(tomorrow.search(new SearchQuery(HUANGZHUANG, false, "救助", null, 0, 20)).items()).hasSize(1);
        } finally {
            tomorrow.close();
        }
    }

    @Test
    void unknown_divisions_and_bad_queries_are_refused() {
        assertThatThrownBy(() -> ids(HUANGZHUANG, "  ")).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "search.error.query-required");
        assertThatThrownBy(() -> ids(HUANGZHUANG, "救".repeat(101))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "search.error.query-too-long");
        assertThatThrownBy(() -> ids(HUANGZHUANG, "，。！")).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "search.error.query-no-words");
        assertThatThrownBy(() -> ids(DivisionCode.of("110101001001"), "救助")).isInstanceOf(NotFound.class);
    }

    @Test
    void results_are_paginated_with_the_total() {
        SearchResults first = search.search(new SearchQuery(HUANGZHUANG, false, "工程", null, 0, 1));
        SearchResults second = search.search(new SearchQuery(HUANGZHUANG, false, "工程", null, 1, 1));
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.items()).hasSize(1);
        assertThat(second.items()).hasSize(1);
        assertThat(second.items().getFirst().noticeId()).isNotEqualTo(first.items().getFirst().noticeId());
        assertThat(search.search(new SearchQuery(HUANGZHUANG, false, "工程", null, -5, 0)).size()).isEqualTo(20);
    }

    // ---- keeping up to date ----

    @Test
    void publication_and_withdrawal_events_update_the_index() {
        String id = publish(HUANGZHUANG, content("新发布的香菇补助通知", "香菇"), CLOCK);
        assertThat(ids(HUANGZHUANG, "香菇")).isEmpty();
        search.onPublication(new NoticePublished(HUANGZHUANG, id, NoticePublished.Kind.PUBLICATION, 1, "", "reviewer", CLOCK.instant()));
        assertThat(ids(HUANGZHUANG, "香菇")).containsExactly(id);

        db.inTransaction(TenantScope.own(HUANGZHUANG), em -> {
            em.find(Notice.class, id).withdraw("reviewer", "重复发布", CLOCK);
            return null;
        });
        search.onPublication(new NoticePublished(HUANGZHUANG, id, NoticePublished.Kind.WITHDRAWAL, 1, "", "reviewer", CLOCK.instant()));
        assertThat(ids(HUANGZHUANG, "香菇")).isEmpty();
    }

    @Test
    void a_notice_withdrawn_behind_the_index_is_left_out_by_the_database_check() throws Exception {
        String id = publish(HUANGZHUANG, content("核桃收购价格公告", "核桃"), CLOCK);
        search.onPublication(new NoticePublished(HUANGZHUANG, id, NoticePublished.Kind.PUBLICATION, 1, "", "reviewer", CLOCK.instant()));
        assertThat(ids(HUANGZHUANG, "核桃")).containsExactly(id);
        // Withdrawn without the event (as if it were lost): the index still holds it.
        try (var connection = db.connect(); var update = connection.prepareStatement(
                "UPDATE NOTICE SET STATUS = 'WITHDRAWN' WHERE ID = ?")) {
            update.setString(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(ids(HUANGZHUANG, "核桃")).isEmpty();
    }

    @Test
    void a_stale_index_is_rebuilt_from_the_database() {
        // Published without an event reaching the index.
        String id = publish(XILI, content("西里村莲子收购公告", "莲子"), CLOCK);
        assertThat(ids(XILI, "莲子")).isEmpty();
        search.checkFreshness(true);
        assertThat(ids(XILI, "莲子")).containsExactly(id);
    }

    @Test
    void a_deleted_index_directory_is_rebuilt_at_start() throws IOException {
        Path other = dir.resolveSibling("deleted");
        LuceneNoticeSearch first = new LuceneNoticeSearch(data, CLOCK, other, Runnable::run, Duration.ofHours(1));
        first.start();
        assertThat(first.search(new SearchQuery(HUANGZHUANG, false, "救助", null, 0, 20)).items()).hasSize(1);
        first.close();
        try (Stream<Path> files = Files.walk(other)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(other).doesNotExist();

        LuceneNoticeSearch second = new LuceneNoticeSearch(data, CLOCK, other, Runnable::run, Duration.ofHours(1));
        try {
            second.start();
            SearchResults results = second.search(new SearchQuery(HUANGZHUANG, false, "救助", null, 0, 20));
            assertThat(results.items()).extracting(SearchHit::noticeId).containsExactly(relief);
            assertThat(results.incomplete()).isFalse();
        } finally {
            second.close();
        }
    }

    @Test
    void until_the_first_build_finishes_results_say_they_are_incomplete() {
        List<Runnable> pending = new java.util.ArrayList<>();
        LuceneNoticeSearch building = new LuceneNoticeSearch(data, CLOCK, dir.resolveSibling("building"), pending::add,
                Duration.ofHours(1));
        try {
            building.start();
            SearchResults before = building.search(new SearchQuery(HUANGZHUANG, false, "救助", null, 0, 20));
            assertThat(before.incomplete()).isTrue();
            assertThat(before.items()).isEmpty();
            pending.removeFirst().run();
            SearchResults after = building.search(new SearchQuery(HUANGZHUANG, false, "救助", null, 0, 20));
            assertThat(after.incomplete()).isFalse();
            assertThat(after.items()).hasSize(1);
        } finally {
            building.close();
        }
    }

    // ---- attachments ----

    @Test
    void the_text_of_word_excel_and_pdf_attachments_is_searched() {
        String id = publish(XILI, content("西里村集体资产清查结果", "详见附件。"), CLOCK);
        db.inTransaction(TenantScope.own(XILI), em -> {
            TestAttachments.attach(em, XILI, id, "说明.docx", docx("水库移民后期扶持资金发放说明"));
            TestAttachments.attach(em, XILI, id, "清单.xlsx", xlsx("林权流转面积"));
            TestAttachments.attach(em, XILI, id, "plan.pdf", pdf("Reservoir maintenance plan"));
            return null;
        });
        search.onPublication(new NoticePublished(XILI, id, NoticePublished.Kind.PUBLICATION, 1, "", "reviewer", CLOCK.instant()));
        assertThat(ids(XILI, "移民后期")).containsExactly(id);
        assertThat(ids(XILI, "林权流转")).containsExactly(id);
        assertThat(ids(XILI, "reservoir")).containsExactly(id);
        SearchHit hit = search(XILI, false, "林权", CatalogFilter.NONE).items().getFirst();
        assertThat(hit.snippet()).contains(new Fragment("林权", true));
        assertThat(ids(HUANGZHUANG, "林权流转")).isEmpty();
    }

    @Test
    void an_unreadable_file_yields_no_text_instead_of_failing() {
        assertThat(AttachmentText.forIndex("application/pdf", "%PDF-1.4 broken".getBytes(), "test")).isEmpty();
        assertThat(AttachmentText.forIndex("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[]{'P', 'K', 3, 4, 0}, "test")).isEmpty();
        assertThat(AttachmentText.forIndex("image/png", new byte[]{1, 2, 3}, "test")).isEmpty();
    }

    // ---- helpers ----

    static List<String> ids(DivisionCode division, String text) {
        return search(division, false, text, CatalogFilter.NONE).items().stream().map(SearchHit::noticeId).toList();
    }

    static List<String> subtreeIds(DivisionCode division, String text) {
        return search(division, true, text, CatalogFilter.NONE).items().stream().map(SearchHit::noticeId).toList();
    }

    static List<String> filtered(String text, CatalogFilter filter) {
        return search(HUANGZHUANG, false, text, filter).items().stream().map(SearchHit::noticeId).toList();
    }

    static SearchResults search(DivisionCode division, boolean subtree, String text, CatalogFilter filter) {
        return search.search(new SearchQuery(division, subtree, text, filter, 0, 20));
    }

    static String publish(DivisionCode division, Content content, Clock clock) {
        return db.inTransaction(TenantScope.own(division), em -> {
            Notice n = Notice.draft(division, content.build(), "clerk", clock);
            n.submitForReview(1, "clerk", clock);
            n.approve("reviewer", Set.of(), clock);
            n.publish("reviewer", "IDX-" + UUID.randomUUID().toString().substring(0, 8), clock);
            em.persist(n);
            return n.id();
        });
    }

    static Content content(String title, String body) {
        return new Content(title, body);
    }

    /** A notice's content, built up field by field. */
    static final class Content {
        final String title;
        final String body;
        String section;
        Genre genre = Genre.NOTIFICATION;
        Set<String> topics = Set.of();
        String agency;
        Set<String> audiences = Set.of();
        String documentNumber;
        LocalDate startsOn;
        LocalDate endsOn;

        Content(String title, String body) {
            this.title = title;
            this.body = body;
        }

        Content section(String s) { section = s; return this; }
        Content genre(Genre g) { genre = g; return this; }
        Content topic(String t) { topics = Set.of(t); return this; }
        Content agency(String a) { agency = a; return this; }
        Content audience(String a) { audiences = Set.of(a); return this; }
        Content documentNumber(String d) { documentNumber = d; return this; }
        Content period(LocalDate from, LocalDate to) { startsOn = from; endsOn = to; return this; }

        NoticeContent build() {
            return new NoticeContent(title, body, section, genre, topics, agency, audiences, documentNumber, null,
                    DisclosureAttribute.PROACTIVE, null, null, startsOn, endsOn, null, null, false, null, null);
        }
    }

    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(String text) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("清单").createRow(0).createCell(0).setCellValue(text);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with latin text in a standard font (no font file needed). */
    static byte[] pdf(String text) {
        return TestAttachments.pdf(text);
    }
}
