package org.gongshi.notice;

/**
 * How a resident narrows the public catalog: by board section and by the four dimensions of the
 * disclosure work plans — topic (主题), genre (体裁), agency (发布机构), audience (服务对象) — and by
 * year of publication. Every part is optional; {@link #NONE} narrows nothing.
 */
public record CatalogFilter(String section, String topic, Genre genre, String agency, String audience, Integer year) {

    public static final CatalogFilter NONE = new CatalogFilter(null, null, null, null, null, null);

    public CatalogFilter {
        section = blankToNull(section);
        topic = blankToNull(topic);
        agency = blankToNull(agency);
        audience = blankToNull(audience);
    }

    public boolean isEmpty() {
        return section == null && topic == null && genre == null && agency == null && audience == null && year == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
