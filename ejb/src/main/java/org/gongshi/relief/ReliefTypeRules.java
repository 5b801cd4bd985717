package org.gongshi.relief;

import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;

import java.util.Map;

/** A list type's rules, for staff screens and the API. */
public record ReliefTypeRules(ReliefListType type, String title, String noticePeriod, ReliefListType.NoticePeriod.Kind periodKind,
                              int periodDays, boolean longTerm, int retentionDays, boolean listsPeople,
                              String catalogItemKey, Map<FieldType, MaskRule> defaultPolicy) {

    public static ReliefTypeRules of(ReliefListType t) {
        return new ReliefTypeRules(t, t.title(), t.noticePeriod().describe(), t.noticePeriod().kind(), t.noticePeriod().days(),
                t.longTerm(), t.retentionDays(), t.listsPeople(), t.catalogItemKey(), t.defaultPolicy().rules());
    }
}
