package org.gongshi.web.print;

import org.gongshi.document.CjkFont;
import org.gongshi.notice.Genre;
import org.gongshi.notice.PublicBoard;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.notice.Validity;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.site.QrCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Which notices a printed board holds, where its QR codes point, and what happens without a font. */
class BoardPrintingTest {

    private static final DivisionCode HUANGZHUANG = DivisionCode.of("330328101200");

    private final PublicBoard board = mock(PublicBoard.class);
    private final BoardSectionService sections = mock(BoardSectionService.class);
    private final BoardPrinting printing = new BoardPrinting();

    @TempDir
    Path dir;

    @BeforeEach
    void wire() {
        printing.board = board;
        printing.sections = sections;
        printing.clock = Clock.fixed(Instant.parse("2025-11-22T02:00:00Z"), ZoneOffset.UTC);
        printing.publicBaseUrl = Optional.empty();
        printing.configuredFont = Optional.empty();
        when(sections.visibleSections(HUANGZHUANG)).thenReturn(List.of(
                new SectionView(HUANGZHUANG.value(), "village-finance", "财务公开", 1, false, 0),
                new SectionView(HUANGZHUANG.value(), "farm-subsidies", "惠农补贴", 2, false, 0)));
    }

    @Test
    void a_section_holds_only_its_notices_and_the_qr_codes_use_the_configured_public_address() throws Exception {
        PublishedNotice finance = notice("三季度财务收支公示", "village-finance");
        PublishedNotice subsidy = notice("耕地地力保护补贴名单", "farm-subsidies");
        when(board.published(eq(HUANGZHUANG), anyInt(), anyInt())).thenReturn(new Page<>(List.of(subsidy, finance), 0, 100, 2));
        printing.publicBaseUrl = Optional.of("https://gongshi.wencheng.gov.cn/");

        BoardPrinting.Printed printed = printing.print(HUANGZHUANG, "village-finance", null, "A4", "http://10.0.0.5:8080");

        assertThat(printed.fileName()).isEqualTo("330328101200-财务公开-2025-11-22-A4.pdf");
        Path pdf = Files.write(dir.resolve("finance.pdf"), printed.pdf());
        String text = Poppler.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("财务公开", "三季度财务收支公示").doesNotContain("耕地地力保护补贴名单");
        assertThat(qrCodes(pdf)).containsExactly("https://gongshi.wencheng.gov.cn/board/330328101200/notices/" + finance.id());
    }

    @Test
    void without_a_configured_address_the_qr_codes_use_the_address_of_the_request() throws Exception {
        PublishedNotice finance = notice("三季度财务收支公示", "village-finance");
        when(board.notice(HUANGZHUANG, finance.id())).thenReturn(finance);

        BoardPrinting.Printed printed = printing.print(HUANGZHUANG, null, List.of(finance.id()), null, "http://127.0.0.1:8080");

        Path pdf = Files.write(dir.resolve("one.pdf"), printed.pdf());
        assertThat(qrCodes(pdf)).containsExactly("http://127.0.0.1:8080/board/330328101200/notices/" + finance.id());
    }

    @Test
    void a_notice_the_public_board_does_not_have_is_not_printed() {
        String elsewhere = UUID.randomUUID().toString();
        // PublicBoard reads within this division only: another village's notice is simply not found.
        when(board.notice(HUANGZHUANG, elsewhere)).thenThrow(new NotFound("error.notice.not-found"));
        assertThatThrownBy(() -> printing.print(HUANGZHUANG, null, List.of(elsewhere), "A4", "http://x"))
                .isInstanceOf(NotFound.class).hasFieldOrPropertyWithValue("messageKey", "error.notice.not-found");
    }

    @Test
    void a_selected_notice_outside_the_section_asked_for_is_refused() {
        PublishedNotice subsidy = notice("耕地地力保护补贴名单", "farm-subsidies");
        when(board.notice(HUANGZHUANG, subsidy.id())).thenReturn(subsidy);
        assertThatThrownBy(() -> printing.print(HUANGZHUANG, "village-finance", List.of(subsidy.id()), "A4", "http://x"))
                .isInstanceOf(NotFound.class).hasFieldOrPropertyWithValue("messageKey", "print.error.not-in-section");
        assertThatThrownBy(() -> printing.print(HUANGZHUANG, "no-such-section", null, "A4", "http://x"))
                .isInstanceOf(NotFound.class).hasFieldOrPropertyWithValue("messageKey", "error.section.not-found");
    }

    @Test
    void without_a_cjk_font_printing_is_unavailable_and_says_which_paths_were_tried() {
        printing.configuredFont = Optional.of("/nonexistent/fonts/gongshi.ttf");
        printing.fallbackFonts = List.of(Path.of("/nonexistent/wqy-zenhei.ttc"));
        assertThatThrownBy(() -> printing.print(HUANGZHUANG, null, null, "A3", "http://x"))
                .isInstanceOf(CjkFont.Missing.class)
                .hasMessageContaining("/nonexistent/fonts/gongshi.ttf").hasMessageContaining("/nonexistent/wqy-zenhei.ttc");
        verifyNoInteractions(board);
        assertThat(org.gongshi.web.i18n.Messages.get(org.gongshi.web.i18n.Messages.DEFAULT_LOCALE, "print.error.font-missing"))
                .contains("缺少中文字体");
    }

    private static PublishedNotice notice(String title, String section) {
        return new PublishedNotice(UUID.randomUUID().toString(), HUANGZHUANG.value(), title, "正文。", section,
                Genre.values()[0], Set.of(), null, Set.of(), null, null, null, LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 11, 30), Validity.values()[0], null, null, null, 1, null, null,
                Instant.parse("2025-11-01T02:00:00Z"));
    }

    private static Set<String> qrCodes(Path pdf) throws Exception {
        Set<String> all = new HashSet<>();
        for (BufferedImage page : Poppler.pages(pdf, 150)) {
            all.addAll(QrCodes.decodeAll(page));
        }
        return all;
    }
}
