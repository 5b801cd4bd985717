package org.gongshi.section;

/**
 * A board section as the other layers see it. {@code position} is 1-based and dense; {@code version}
 * is 0 for a default section not yet stored (the division's board was never changed).
 */
public record SectionView(String divisionCode, String key, String name, int position, boolean hidden, long version) {

    static SectionView of(BoardSection s) {
        return new SectionView(s.divisionCode(), s.key(), s.name(), s.position(), s.hidden(), s.version());
    }
}
