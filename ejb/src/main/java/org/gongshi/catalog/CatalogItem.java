package org.gongshi.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a division's effective catalog: the national template of its level, overlaid by what its
 * county pushed, overlaid by the division's own adaptation.
 *
 * @param standardLevel2   the upstream level-2 name (template or county), shown next to a renamed one
 * @param enabled          false when the tenant disabled it (a mandatory item is always enabled)
 * @param adapted          the tenant renamed or disabled it
 * @param upstreamChanged  the county pushed a newer version after the tenant adapted it ("上级目录已更新"):
 *                         the tenant's name and switch are kept until the tenant reviews the item
 * @param upstreamRevision 0 for the national template, else the county's revision
 * @param since            the day the item entered this division's catalog (first due dates count from it)
 * @param version          the adaptation's version, 0 when the tenant never adapted the item
 */
public record CatalogItem(String divisionCode, String key, CatalogLevel level, String level1, String level2,
                          String standardLevel2, String contentElements, String legalBasis, UpdateRule rule,
                          String responsible, List<String> channels, String audience, DisclosureMode mode,
                          boolean mandatory, Origin origin, boolean enabled, boolean adapted, boolean upstreamChanged,
                          int upstreamRevision, LocalDate since, long version) {

    /** Where the item comes from. */
    public enum Origin {
        /** The national template of the level. */
        STANDARD,
        /** Added or changed by the county. */
        PUSHED,
        /** The division's own item. */
        OWN
    }

    /** The update rule in Chinese, e.g. "信息形成或变更之日起20个工作日内". */
    public String ruleText() {
        return rule.text();
    }
}
