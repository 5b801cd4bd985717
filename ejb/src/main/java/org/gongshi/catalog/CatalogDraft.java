package org.gongshi.catalog;

import org.gongshi.shared.InvalidInput;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An item as a county pushes it or a tenant adds its own: every field of the catalog, checked and
 * trimmed here (plain Chinese messages through the keys {@code error.catalog.*}). {@code levels} is
 * where a pushed item applies (ignored for an own item).
 */
public record CatalogDraft(String key, Set<CatalogLevel> levels, String level1, String level2, String contentElements,
                           String legalBasis, UpdateRule rule, String responsible, List<String> channels,
                           String audience, DisclosureMode mode, boolean mandatory) {

    public CatalogDraft {
        if (key != null && !key.isBlank()) {
            key = key.strip();
            if (!StandardItem.KEY.matcher(key).matches()) {
                throw new InvalidInput("error.catalog.key-invalid");
            }
        } else {
            key = null;
        }
        levels = levels == null || levels.isEmpty() ? EnumSet.allOf(CatalogLevel.class) : EnumSet.copyOf(levels);
        level1 = CatalogTexts.required(level1, CatalogTexts.NAME_MAX, "level1");
        level2 = CatalogTexts.required(level2, CatalogTexts.NAME_MAX, "level2");
        contentElements = CatalogTexts.optional(contentElements, CatalogTexts.TEXT_MAX, "content");
        legalBasis = CatalogTexts.optional(legalBasis, CatalogTexts.TEXT_MAX, "legal-basis");
        if (rule == null) {
            throw new InvalidInput("error.catalog.rule-required");
        }
        responsible = CatalogTexts.optional(responsible, CatalogTexts.SHORT_MAX, "responsible");
        channels = channels == null ? List.of() : channels.stream().map(c -> c == null ? "" : c.strip().replace("|", "/"))
                .filter(c -> !c.isEmpty()).distinct().toList();
        if (String.join("|", channels).length() > CatalogTexts.SHORT_MAX) {
            throw new InvalidInput("error.catalog.channels-too-long", CatalogTexts.SHORT_MAX);
        }
        audience = CatalogTexts.optional(audience, CatalogTexts.SHORT_MAX, "audience");
        mode = mode == null ? DisclosureMode.PROACTIVE : mode;
    }

    CatalogDraft withKey(String newKey) {
        return new CatalogDraft(newKey, levels, level1, level2, contentElements, legalBasis, rule, responsible, channels,
                audience, mode, mandatory);
    }

    /** Reads a rule code or refuses it in plain Chinese. */
    public static UpdateRule rule(String code) {
        try {
            return UpdateRule.parse(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.catalog.rule-invalid");
        }
    }
}
