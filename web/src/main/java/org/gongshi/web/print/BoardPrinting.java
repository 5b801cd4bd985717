package org.gongshi.web.print;

import org.gongshi.document.CjkFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongshi.notice.PublicBoard;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.DefaultSections;
import org.gongshi.section.SectionView;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Prints a board: picks the notices (a section, a selection, or the whole board) strictly through
 * {@link PublicBoard} — published, proactive, on the board today, of this division only — and lays
 * them out with {@link BoardPdf}.
 */
@ApplicationScoped
public class BoardPrinting {

    /** The most notices one printed board holds; a longer selection is refused, a longer section cut. */
    public static final int MAX_NOTICES = 50;
    /** How many full pages of the board are read to find one section's notices (as the board page does). */
    private static final int SECTION_PAGES = 10;
    private static final Logger LOG = Logger.getLogger(BoardPrinting.class.getName());

    @Inject
    PublicBoard board;

    @Inject
    BoardSectionService sections;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gongshi.public-base-url")
    Optional<String> publicBaseUrl;

    @Inject
    @ConfigProperty(name = "gongshi.pdf.font")
    Optional<String> configuredFont;

    /** The fonts tried after {@code gongshi.pdf.font}. */
    List<Path> fallbackFonts = CjkFont.DEBIAN_CANDIDATES;

    /** A printed board: the PDF and a file name for it. */
    public record Printed(byte[] pdf, String fileName) {
    }

    /**
     * The board of {@code code} as a PDF. {@code section} (a section key) narrows it to one section;
     * {@code ids} to those notices, each of which must be on this division's board (and in
     * {@code section}, if given). {@code requestBase} is the site's own address, used for the QR
     * codes unless {@code gongshi.public-base-url} is configured.
     */
    public Printed print(DivisionCode code, String section, List<String> ids, String paperName, String requestBase) {
        Paper paper = Paper.parse(paperName);
        Set<String> wanted = parseIds(ids);
        Path fontFile = font();
        if (DivisionDirectory.seed().find(code).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (SectionView s : sections.visibleSections(code)) {
            names.put(s.key(), s.name());
        }
        names.putIfAbsent(DefaultSections.OTHER, Messages.get(Messages.DEFAULT_LOCALE, "board.sections.other"));
        String only = section == null || section.isBlank() ? null : section.strip();
        if (only != null && !names.containsKey(only)) {
            throw new NotFound("error.section.not-found");
        }

        List<PublishedNotice> notices = new ArrayList<>();
        String note = null;
        if (!wanted.isEmpty()) {
            for (String id : wanted) {
                PublishedNotice n = board.notice(code, id);
                if (only != null && !only.equals(sectionOf(n, names))) {
                    throw new NotFound("print.error.not-in-section");
                }
                notices.add(n);
            }
        } else {
            List<PublishedNotice> all = onBoard(code);
            for (PublishedNotice n : all) {
                if (only == null || only.equals(sectionOf(n, names))) {
                    notices.add(n);
                }
            }
            // The newest MAX_NOTICES (the board lists newest first), then in board order: section by section.
            notices.sort(Comparator.comparing(PublishedNotice::publishedAt, Comparator.reverseOrder()));
            if (notices.size() > MAX_NOTICES) {
                note = Messages.get(Messages.DEFAULT_LOCALE, "print.note.cut", MAX_NOTICES, notices.size());
                notices = new ArrayList<>(notices.subList(0, MAX_NOTICES));
            }
            List<String> order = new ArrayList<>(names.keySet());
            notices.sort(Comparator.comparingInt((PublishedNotice n) -> order.indexOf(sectionOf(n, names)))
                    .thenComparing(PublishedNotice::publishedAt, Comparator.reverseOrder()));
        }

        String base = base(requestBase);
        String division = DivisionDirectory.seed().fullName(code);
        String title = only != null ? names.get(only) : Messages.get(Messages.DEFAULT_LOCALE, "print.title.board");
        List<BoardSheet.Entry> entries = notices.stream()
                .map(n -> new BoardSheet.Entry(n, noticeUrl(base, code, n.id()))).toList();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        BoardSheet sheet = new BoardSheet(division, title, today, paper, entries, note);
        try {
            byte[] pdf = BoardPdf.render(sheet, fontFile);
            String name = code.value() + "-" + (only != null ? names.get(only) + "-" : "") + today + "-" + paper.name() + ".pdf";
            return new Printed(pdf, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the board of " + code.value() + " with font " + fontFile, e);
        }
    }

    /** The public page of one notice, absolute: what its QR code on paper says. */
    public static String noticeUrl(String base, DivisionCode code, String id) {
        return base + "/board/" + code.value() + "/notices/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** The font file, or {@link CjkFont.Missing} (logged with every path tried). */
    Path font() {
        List<Path> candidates = CjkFont.candidates(configuredFont == null ? Optional.empty() : configuredFont, fallbackFonts);
        try {
            return CjkFont.find(candidates);
        } catch (CjkFont.Missing e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    private String base(String requestBase) {
        String base = publicBaseUrl == null ? null : publicBaseUrl.filter(s -> !s.isBlank()).map(String::strip).orElse(null);
        if (base == null) {
            base = requestBase;
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private List<PublishedNotice> onBoard(DivisionCode code) {
        List<PublishedNotice> all = new ArrayList<>();
        for (int p = 0; p < SECTION_PAGES; p++) {
            Page<PublishedNotice> part = board.published(code, p, Page.MAX_SIZE);
            all.addAll(part.items());
            if ((long) (p + 1) * Page.MAX_SIZE >= part.total()) {
                break;
            }
        }
        return all;
    }

    /** The section a notice shows under on the board: its own if visible, else 其他 (as the board page). */
    private static String sectionOf(PublishedNotice n, Map<String, String> names) {
        return n.section() != null && names.containsKey(n.section()) ? n.section() : DefaultSections.OTHER;
    }

    /** Comma-separated ids (also repeated parameters), in order, without duplicates; at most {@link #MAX_NOTICES}. */
    static Set<String> parseIds(List<String> ids) {
        Set<String> wanted = new LinkedHashSet<>();
        if (ids == null) {
            return wanted;
        }
        for (String value : ids) {
            if (value == null) {
                continue;
            }
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    wanted.add(id.strip());
                }
                if (wanted.size() > MAX_NOTICES) {
                    throw new InvalidInput("print.error.too-many", MAX_NOTICES);
                }
            }
        }
        return wanted;
    }
}
