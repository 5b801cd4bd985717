package org.gongshi.relief;

import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;
import org.gongshi.privacy.MaskingPolicy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The masking policy in force for a division and list type, and what may be chosen.
 *
 * @param overridden false while the type's default applies
 * @param version    the override's version for optimistic locking; 0 while none exists
 * @param choices    per field type, the rules above the floor (the first is the default)
 */
public record PolicyView(ReliefListType type, Map<FieldType, MaskRule> rules, boolean overridden, String updatedBy,
                         Instant updatedAt, long version, Map<FieldType, List<MaskRule>> choices) {

    static PolicyView of(ReliefListType type, MaskingPolicy policy, TenantMaskingPolicy stored) {
        Map<FieldType, List<MaskRule>> choices = new EnumMap<>(FieldType.class);
        for (FieldType f : FieldType.values()) {
            choices.put(f, MaskingPolicy.choicesFor(f));
        }
        return new PolicyView(type, policy.rules(), stored != null, stored == null ? null : stored.updatedBy(),
                stored == null ? null : stored.updatedAt(), stored == null ? 0 : stored.version() + 1, choices);
    }
}
