package org.gongshi.catalog;

/** How an item is disclosed (公开方式): proactively (主动公开) or on request (依申请公开). */
public enum DisclosureMode {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开");

    private final String label;

    DisclosureMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the Chinese label or the constant's name. */
    public static DisclosureMode parse(String text) {
        String t = text == null ? "" : text.strip();
        for (DisclosureMode m : values()) {
            if (m.label.equals(t) || m.name().equalsIgnoreCase(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown disclosure mode '" + text + "'.");
    }
}
