package org.gongshi.notice;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.section.BoardSectionService;
import org.gongshi.section.SectionView;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public catalog: a division's board — or, for a county or town, its whole subtree — narrowed
 * by topic, genre, agency, audience, section and year, paged by the database. Like
 * {@link PublicBoard} it only ever selects what is on a board (published, proactive, period not
 * over), and the scope is the one division asked for, or that division and everything beneath it
 * ({@link TenantScope#subtreeReadOnly}): a village never sees its neighbour's notices.
 */
@Stateless
@PermitAll
public class PublicCatalog {

    /** Most notice URLs in one sitemap file (the sitemaps.org limit). */
    public static final int SITEMAP_LIMIT = 50_000;

    @Inject
    TenantData data;

    @Inject
    BoardSectionService sections;

    @Inject
    Clock clock;

    /** One page of the filtered catalog, newest first. */
    public Page<PublishedNotice> notices(DivisionCode division, boolean subtree, CatalogFilter filter, int page, int size) {
        requireKnown(division);
        CatalogFilter f = filter == null ? CatalogFilter.NONE : filter;
        Set<String> known = f.section() != null ? boardSections(division) : Set.of();
        try (EntityManager em = data.open(scope(division, subtree))) {
            return CatalogQueries.page(em, f, known, today(), Page.clampPage(page), Page.clampSize(size));
        }
    }

    /** The values of each dimension on the board, with counts under the rest of {@code filter}. */
    public CatalogFacets facets(DivisionCode division, boolean subtree, CatalogFilter filter) {
        requireKnown(division);
        try (EntityManager em = data.open(scope(division, subtree))) {
            return CatalogQueries.facets(CatalogQueries.rows(em, today()), filter == null ? CatalogFilter.NONE : filter,
                    boardSections(division));
        }
    }

    /** Every notice page on the boards of a county's subtree, with its last change, at most {@link #SITEMAP_LIMIT}. */
    public List<SitemapEntry> sitemap(DivisionCode county) {
        requireKnown(county);
        try (EntityManager em = data.open(TenantScope.subtreeReadOnly(county))) {
            return CatalogQueries.sitemap(em, today(), SITEMAP_LIMIT);
        }
    }

    /**
     * The version of everything public in a division's subtree (its own board included), computed
     * by one aggregate query. Callers keep it in memory ({@code BoardVersions}).
     */
    public BoardVersion version(DivisionCode division) {
        requireKnown(division);
        try (EntityManager em = data.open(TenantScope.subtreeReadOnly(division))) {
            Object[] parts = CatalogQueries.versionParts(em);
            return BoardVersion.of(CatalogQueries.instant(parts[0]), CatalogQueries.instant(parts[1]), CatalogQueries.instant(parts[2]),
                    ((Number) parts[3]).longValue(), ((Number) parts[4]).longValue(), today());
        }
    }

    /** A county or town may show its subtree; a village is a leaf, so its subtree is itself. */
    private static TenantScope scope(DivisionCode division, boolean subtree) {
        return subtree && division.level() != DivisionLevel.VILLAGE ? TenantScope.subtreeReadOnly(division) : TenantScope.own(division);
    }

    private Set<String> boardSections(DivisionCode division) {
        return sections.visibleSections(division).stream().map(SectionView::key).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Notice.ZONE));
    }

    private static void requireKnown(DivisionCode division) {
        if (DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
    }
}
