package org.gongshi.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One item of a catalog template at one level, with the fields of the national guidelines
 * (国办发〔2019〕54号): stable key, level-1 and level-2 item names (一级/二级事项), content elements
 * (公开内容要素), legal basis (公开依据), time limit or update rule (公开时限), responsible body (公开主体),
 * channels (公开渠道和载体), audience (公开对象), mode (公开方式) and level (公开层级). {@code mandatory}
 * items cannot be disabled by a tenant.
 */
public record StandardItem(String key, CatalogLevel level, String level1, String level2, String contentElements,
                           String legalBasis, UpdateRule rule, String responsible, List<String> channels,
                           String audience, DisclosureMode mode, boolean mandatory) {

    /** Keys: lower-case letters, digits, dots and dashes, 1–60 characters ({@code social-assistance.dibao}). */
    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,59}");

    public StandardItem {
        Objects.requireNonNull(key, "Key is required.");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Bad catalog key '" + key + "'.");
        }
        Objects.requireNonNull(level, "Level is required.");
        Objects.requireNonNull(level1, "Level-1 name is required.");
        Objects.requireNonNull(level2, "Level-2 name is required.");
        Objects.requireNonNull(rule, "Update rule is required.");
        Objects.requireNonNull(mode, "Mode is required.");
        contentElements = contentElements == null ? "" : contentElements;
        legalBasis = legalBasis == null ? "" : legalBasis;
        responsible = responsible == null ? "" : responsible;
        audience = audience == null ? "" : audience;
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
