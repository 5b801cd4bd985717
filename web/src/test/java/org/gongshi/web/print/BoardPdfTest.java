package org.gongshi.web.print;

import org.gongshi.document.CjkFont;
import org.gongshi.notice.Genre;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.notice.Validity;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.site.QrCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Prints boards and reads them back with real PDF readers (poppler): the Chinese text is there as
 * text, the font is embedded as a subset, each QR code decodes to its notice's public page, and the
 * paper is the size asked for.
 */
class BoardPdfTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");
    private static final String BASE = "https://gongshi.example.cn";
    private static final String DIVISION = "浙江省 温州市 文成县 百丈漈镇 篁庄村委会";

    private static Path font;

    @TempDir
    Path dir;

    @BeforeAll
    static void findFont() {
        // A machine without a CJK TrueType font fails here, naming the paths tried (CI installs fonts-wqy-zenhei).
        font = CjkFont.find(CjkFont.candidates(Optional.empty()));
    }

    @Test
    void a_chinese_notice_prints_as_text_in_an_embedded_subset_font_with_a_qr_code_to_its_page() throws Exception {
        PublishedNotice finance = notice("关于2025年第三季度村级财务收支情况的公示",
                "经村务监督委员会审核，现将本季度**村级财务收支**明细公示如下：\n\n- 低保户救助金发放 12,000 元\n- 道路维修 8,500 元\n\n"
                        + "如有异议，请于公示期内向村务监督委员会反映。",
                "文成百政〔2025〕12号", "330328101200-2025-00012");
        PublishedNotice relief = notice("2025年度临时救助对象名单公示", "救助对象经村民代表大会评议通过。", null, null);
        Path pdf = print(new BoardSheet(DIVISION, "财务公开", LocalDate.of(2025, 11, 22), Paper.A4,
                List.of(entry(finance), entry(relief)), null));

        String text = squeeze(Poppler.text(pdf));
        assertThat(text).contains(squeeze(DIVISION), "财务公开", "打印日期：2025-11-22",
                squeeze(finance.title()), "文号：文成百政〔2025〕12号", "索引号：330328101200-2025-00012",
                "发布日期：2025-11-01", "公示期：2025-11-01至2025-11-30",
                "村级财务收支明细公示如下", "●低保户救助金发放12,000元", "向村务监督委员会反映",
                squeeze(relief.title()), "救助对象经村民代表大会评议通过", "第1页/共1页");
        assertThat(text).doesNotContain("**", "- 低保户");

        String fonts = Poppler.fonts(pdf);
        List<String> fontRows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(fontRows).as(fonts).isNotEmpty().allSatisfy(row -> {
            // name  type  encoding  emb sub uni  object ID: the subset tag is six capitals and '+'.
            assertThat(row).matches("[A-Z]{6}\\+\\S+\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s+.*");
        });

        Set<String> decoded = qrCodes(pdf);
        assertThat(decoded).containsExactlyInAnyOrder(url(finance), url(relief));

        assertThat(Poppler.info(pdf)).containsPattern("Page size:\\s+595\\.\\d+ x 841\\.\\d+ pts \\(A4\\)");
    }

    @Test
    void hostile_text_prints_as_plain_characters_without_links_markup_or_hidden_controls() throws Exception {
        String rlo = "\u202E";
        PublishedNotice hostile = notice("<script>alert('标题')</script>" + rlo + "反转" + "\u200B零宽" + "😀表情",
                "正文<img src=x onerror=alert(1)>结束\u0000\u0007\n\n[点我领取](javascript:alert(1)) 与 [官网](https://example.org)\n\n"
                        + "A".repeat(400) + "\n\n" + "<b>粗体</b>\t制表",
                "〔2025〕<i>1</i>号", null);
        Path pdf = print(new BoardSheet(DIVISION, "<h1>栏目</h1>", LocalDate.of(2025, 11, 22), Paper.A4,
                List.of(entry(hostile)), null));

        String raw = Poppler.text(pdf);
        String text = squeeze(raw);
        assertThat(text).contains("<script>alert('标题')</script>反转零宽", "表情", "正文<imgsrc=xonerror=alert(1)>结束",
                "点我领取与官网", "<b>粗体</b>制表", "<h1>栏目</h1>", "文号：〔2025〕<i>1</i>号");
        assertThat(raw).doesNotContain(rlo, "\u200B", "\u0000", "\u0007", "javascript:", "https://example.org");
        // The 400-letter word is broken over lines, not cut: every letter is printed.
        assertThat(text.chars().filter(c -> c == 'A').count()).isGreaterThanOrEqualTo(400);
        assertThat(qrCodes(pdf)).containsExactly(url(hostile));
        // The PDF has no link annotations, actions or scripts of any kind.
        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("/JavaScript", "/JS", "/URI", "/Launch", "/OpenAction");
    }

    @Test
    void a_long_body_flows_over_columns_and_pages_with_continued_marks_and_page_numbers() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            body.append("第").append(i).append("段：村集体经济组织本年度收益分配方案经村民代表会议讨论通过，现予公示，接受全体村民监督。\n\n");
        }
        PublishedNotice longOne = notice("村集体经济收益分配方案公示", body.toString(), null, null);
        PublishedNotice after = notice("村民代表会议纪要", "会议于十一月召开。", null, null);
        Path pdf = print(new BoardSheet(DIVISION, "村务公开", LocalDate.of(2025, 11, 22), Paper.A4,
                List.of(entry(longOne), entry(after)), null));

        String info = Poppler.info(pdf);
        int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
        assertThat(pages).isGreaterThanOrEqualTo(2);
        String text = squeeze(Poppler.text(pdf));
        assertThat(text).contains("（未完，转下栏）", "（未完，转下页）", "（续）村集体经济收益分配方案公示", "第1段：", "第60段：",
                "村民代表会议纪要", "第1页/共" + pages + "页", "第" + pages + "页/共" + pages + "页");
        // Later pages say whose board they are.
        assertThat(text).contains(squeeze(DIVISION) + "村务公开（续）");
        assertThat(qrCodes(pdf)).containsExactlyInAnyOrder(url(longOne), url(after));
    }

    @Test
    void a_big_board_prints_on_a3_and_every_qr_code_reads() throws Exception {
        List<PublishedNotice> notices = IntStream.rangeClosed(1, 30).mapToObj(i -> notice(
                "第" + i + "号公示：2025年度惠农补贴发放名单", "补贴按户发放，共" + i + "户。".repeat(1 + i % 7) + "\n\n如有异议请联系村委会。",
                "文成百政〔2025〕" + i + "号", null)).toList();
        BoardSheet sheet = new BoardSheet(DIVISION, "惠农补贴", LocalDate.of(2025, 11, 22), Paper.A3,
                notices.stream().map(BoardPdfTest::entry).toList(), null);
        long started = System.nanoTime();
        Path pdf = print(sheet);
        // Reported, not asserted (no timed tests): the render time of a 30-notice A3 board.
        System.out.printf("30-notice A3 board rendered in %d ms (%d bytes)%n",
                (System.nanoTime() - started) / 1_000_000, Files.size(pdf));

        assertThat(Poppler.info(pdf)).containsPattern("Page size:\\s+841\\.\\d+ x 1190\\.\\d+ pts \\(A3\\)");
        String text = squeeze(Poppler.text(pdf));
        for (PublishedNotice n : notices) {
            assertThat(text).contains(squeeze(n.title()));
        }
        assertThat(qrCodes(pdf)).containsExactlyInAnyOrderElementsOf(notices.stream().map(BoardPdfTest::url).toList());
    }

    @Test
    void an_empty_selection_prints_a_sheet_that_says_so() throws Exception {
        Path pdf = print(new BoardSheet(DIVISION, "公示栏", LocalDate.of(2025, 11, 22), Paper.A4, List.of(), null));
        assertThat(squeeze(Poppler.text(pdf))).contains("暂无公示内容", "第1页/共1页");
    }

    @Test
    void only_a4_and_a3_are_paper() {
        assertThat(Paper.parse(null)).isEqualTo(Paper.A4);
        assertThat(Paper.parse(" a3 ")).isEqualTo(Paper.A3);
        assertThatThrownBy(() -> Paper.parse("Letter")).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "print.error.paper");
    }

    @Test
    void a_selection_of_more_than_fifty_notices_is_refused() {
        List<String> fifty = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID().toString()).toList();
        assertThat(BoardPrinting.parseIds(List.of(String.join(",", fifty)))).hasSize(50);
        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(UUID.randomUUID().toString());
        assertThatThrownBy(() -> BoardPrinting.parseIds(List.of(String.join(",", fiftyOne.subList(0, 25)),
                String.join(",", fiftyOne.subList(25, 51))))).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "print.error.too-many");
        // Duplicates and blanks do not count.
        assertThat(BoardPrinting.parseIds(List.of("a,a, ,b", "b"))).containsExactly("a", "b");
    }

    @Test
    void no_font_names_every_path_tried() {
        List<Path> nowhere = List.of(Path.of("/nonexistent/gongshi.ttf"), Path.of("/nonexistent/other.ttc"));
        assertThatThrownBy(() -> CjkFont.find(nowhere)).isInstanceOf(CjkFont.Missing.class)
                .hasMessageContaining("/nonexistent/gongshi.ttf").hasMessageContaining("/nonexistent/other.ttc");
        assertThat(CjkFont.candidates(Optional.of("/opt/fonts/x.ttf")).getFirst()).isEqualTo(Path.of("/opt/fonts/x.ttf"));
    }

    @Test
    void every_print_key_is_in_both_bundles() throws Exception {
        assertThat(printKeys("/vaadin-i18n/translations.properties"))
                .isNotEmpty().containsExactlyInAnyOrderElementsOf(printKeys("/vaadin-i18n/translations_en.properties"));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Path print(BoardSheet sheet) throws Exception {
        Path pdf = Files.createTempFile(dir, "board", ".pdf");
        Files.write(pdf, BoardPdf.render(sheet, font));
        String keep = System.getProperty("gongshi.print.keep");
        if (keep != null) {
            // -Dgongshi.print.keep=DIR keeps the sheets for a look by eye.
            Files.copy(pdf, Path.of(keep).resolve(sheet.title().replaceAll("[^\\p{L}\\p{N}]", "_") + "-" + sheet.paper() + ".pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return pdf;
    }

    private static Set<String> qrCodes(Path pdf) throws Exception {
        Set<String> all = new HashSet<>();
        for (BufferedImage page : Poppler.pages(pdf, 150)) {
            all.addAll(QrCodes.decodeAll(page));
        }
        return all;
    }

    private static PublishedNotice notice(String title, String body, String documentNumber, String indexNumber) {
        return new PublishedNotice(UUID.randomUUID().toString(), HUANGZHUANG.value(), title, body, "finance",
                Genre.values()[0], Set.of(), null, Set.of(), documentNumber, indexNumber, LocalDate.of(2025, 10, 30),
                LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), Validity.values()[0], null, null, null, 1, null,
                null, Instant.parse("2025-11-01T02:00:00Z"));
    }

    private static BoardSheet.Entry entry(PublishedNotice n) {
        return new BoardSheet.Entry(n, url(n));
    }

    private static String url(PublishedNotice n) {
        return BoardPrinting.noticeUrl(BASE, HUANGZHUANG, n.id());
    }

    /** pdftotext breaks lines where the sheet does; compare without any whitespace. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Set<String> printKeys(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = BoardPdfTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("print.")).collect(Collectors.toSet());
    }
}
