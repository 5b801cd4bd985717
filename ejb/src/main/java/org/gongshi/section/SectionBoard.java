package org.gongshi.section;

import jakarta.persistence.EntityManager;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one division's sections, on an entity manager the caller opened for that division.
 * A division whose board was never changed has no rows and reads its level's defaults
 * ({@link DefaultSections}) virtually, with version 0; the first change stores the defaults and
 * then applies itself. Positions are 1-based and stay dense: 1, 2, … n.
 */
final class SectionBoard {

    /** Keys of sections an administrator adds: {@code custom-1}, {@code custom-2}, … */
    static final String CUSTOM_PREFIX = "custom-";

    /** What one change asks for; {@code null} fields stay as they are. */
    record Change(String name, Integer position, Boolean hidden) {
    }

    private SectionBoard() {
    }

    static List<BoardSection> stored(EntityManager em, DivisionCode division) {
        return em.createQuery("SELECT s FROM BoardSection s WHERE s.divisionCode = :d ORDER BY s.position, s.key",
                        BoardSection.class)
                .setParameter("d", division.value())
                .getResultList();
    }

    /** All sections of the division in board order, hidden ones included. */
    static List<SectionView> list(EntityManager em, DivisionCode division) {
        List<BoardSection> rows = stored(em, division);
        if (!rows.isEmpty()) {
            return rows.stream().map(SectionView::of).toList();
        }
        List<DefaultSections.Entry> defaults = DefaultSections.forLevel(division.level());
        List<SectionView> views = new ArrayList<>();
        for (int i = 0; i < defaults.size(); i++) {
            views.add(new SectionView(division.value(), defaults.get(i).key(), defaults.get(i).name(), i + 1, false, 0));
        }
        return List.copyOf(views);
    }

    static boolean isKnown(EntityManager em, DivisionCode division, String key) {
        return list(em, division).stream().anyMatch(s -> s.key().equals(key));
    }

    /** Stores the level's defaults if the division has no rows yet; true when it did. */
    static boolean materialise(EntityManager em, DivisionCode division) {
        if (!stored(em, division).isEmpty()) {
            return false;
        }
        List<DefaultSections.Entry> defaults = DefaultSections.forLevel(division.level());
        for (int i = 0; i < defaults.size(); i++) {
            em.persist(new BoardSection(division, defaults.get(i).key(), defaults.get(i).name(), i + 1));
        }
        em.flush();
        return true;
    }

    /** A new section at the end of the board, under a generated stable key. */
    static BoardSection add(EntityManager em, DivisionCode division, String name) {
        String clean = BoardSection.cleanName(name);
        materialise(em, division);
        List<BoardSection> rows = stored(em, division);
        requireUniqueName(rows, clean, null);
        int next = 1;
        for (BoardSection s : rows) {
            if (s.key().startsWith(CUSTOM_PREFIX)) {
                try {
                    next = Math.max(next, Integer.parseInt(s.key().substring(CUSTOM_PREFIX.length())) + 1);
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        }
        BoardSection added = new BoardSection(division, CUSTOM_PREFIX + next, clean, rows.size() + 1);
        em.persist(added);
        return added;
    }

    /**
     * Renames, moves, hides or shows one section. {@code expectedVersion} is the version the caller
     * read; 0 stands for the defaults of a division never changed, and is only valid then.
     */
    static BoardSection change(EntityManager em, DivisionCode division, String key, Change change, long expectedVersion) {
        Objects.requireNonNull(change, "Change is required.");
        boolean fresh = materialise(em, division);
        List<BoardSection> rows = new ArrayList<>(stored(em, division));
        BoardSection target = rows.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFound("error.section.not-found"));
        if (fresh ? expectedVersion != 0 : target.version() != expectedVersion) {
            throw new ConcurrentEdit();
        }
        if (change.name() != null) {
            String clean = BoardSection.cleanName(change.name());
            requireUniqueName(rows, clean, target);
            target.rename(clean);
        }
        if (change.position() != null) {
            int wanted = Math.max(1, Math.min(change.position(), rows.size()));
            rows.remove(target);
            rows.add(wanted - 1, target);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).placeAt(i + 1);
        }
        if (change.hidden() != null) {
            target.setHidden(change.hidden());
        }
        return target;
    }

    private static void requireUniqueName(List<BoardSection> rows, String name, BoardSection except) {
        for (BoardSection s : rows) {
            if (s != except && s.name().equals(name)) {
                throw new InvalidInput("error.section.name-taken", name);
            }
        }
    }
}
