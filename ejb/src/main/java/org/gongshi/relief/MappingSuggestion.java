package org.gongshi.relief;

import org.gongshi.privacy.FieldType;

import java.util.List;

/**
 * What each column of an upload probably holds: the division's saved mapping for the list type when
 * the headings are the same as last time, else the suggestions from the headings.
 *
 * @param fromSaved true when the saved mapping of the last import of this type applies
 * @param confirm   per column, whether the clerk should look before importing (an unsure or repeated guess)
 */
public record MappingSuggestion(ReliefListType type, List<String> headings, List<FieldType> types, List<Boolean> confirm,
                                boolean fromSaved) {

    public MappingSuggestion {
        headings = List.copyOf(headings);
        types = List.copyOf(types);
        confirm = List.copyOf(confirm);
    }
}
