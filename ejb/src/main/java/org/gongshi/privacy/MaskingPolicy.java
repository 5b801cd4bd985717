package org.gongshi.privacy;

import org.gongshi.shared.InvalidInput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which {@link MaskRule} masks each {@link FieldType} of a list, with safe defaults and a floor no
 * tenant can go below. Immutable; a tenant administrator's change is a new policy via
 * {@link #with(FieldType, MaskRule)}. Stored as a compact string ({@link #format()},
 * {@link #parse(String)}).
 *
 * <h2>Defaults</h2>
 * Names keep the surname and hide their length (王** / 欧阳**); ID, mobile and card numbers show
 * their last four characters only (DOMAIN.md: 3+4 shows too much of a phone; an ID never shows its
 * birth date); addresses keep the village and group and lose house and room numbers; reasons are
 * generalised to their category (health and disability are sensitive personal information, PIPL
 * Art. 28); every other column is shown as written, after a scan for personal numbers.
 *
 * <h2>The floor (GB/T 37964-2019 de-identification, GB/T 35273, PIPL Art. 6 minimal disclosure)</h2>
 * No policy ever shows a full ID number, any digit of an ID's birth date, more than four digits of
 * an ID, a mobile or a card number, an address's house number or a reason's illness. It is enforced
 * twice when a policy is made: the rule must be one {@link #choicesFor} offers for its field type,
 * and the rule is tried on sample values whose output is checked digit by digit. Publishing names in
 * full ({@link MaskRule#FULL}) is allowed because some lists are published so by local rule.
 */
public final class MaskingPolicy {

    /** The version tag of {@link #format()}. */
    static final String FORMAT_VERSION = "v1";

    private static final Map<FieldType, MaskRule> DEFAULTS = defaultRules();
    private static final MaskingPolicy DEFAULT = new MaskingPolicy(DEFAULTS);

    private final Map<FieldType, MaskRule> rules;

    private MaskingPolicy(Map<FieldType, MaskRule> chosen) {
        EnumMap<FieldType, MaskRule> all = new EnumMap<>(DEFAULTS);
        all.putAll(chosen);
        for (FieldType field : FieldType.values()) {
            MaskRule rule = all.get(field);
            if (rule == null) {
                throw new IllegalStateException("No masking rule for " + field);
            }
            requireAboveFloor(field, rule);
        }
        this.rules = Collections.unmodifiableMap(all);
    }

    /** The safe defaults, for a tenant and list type that chose nothing. */
    public static MaskingPolicy defaults() {
        return DEFAULT;
    }

    /**
     * A policy with {@code rules} over the defaults; refused ({@code error.privacy.rule-not-allowed})
     * when any rule is below the floor for its field type.
     */
    public static MaskingPolicy of(Map<FieldType, MaskRule> rules) {
        Objects.requireNonNull(rules, "Rules are required.");
        return new MaskingPolicy(rules);
    }

    /** This policy with one field's rule changed; refused like {@link #of} below the floor. */
    public MaskingPolicy with(FieldType field, MaskRule rule) {
        EnumMap<FieldType, MaskRule> changed = new EnumMap<>(rules);
        changed.put(Objects.requireNonNull(field, "Field type is required."), Objects.requireNonNull(rule, "Rule is required."));
        return new MaskingPolicy(changed);
    }

    /** The rule of {@code field}. */
    public MaskRule rule(FieldType field) {
        return rules.get(field);
    }

    /** Every field type's rule. */
    public Map<FieldType, MaskRule> rules() {
        return rules;
    }

    /** The rules a tenant administrator may choose for {@code field}; the first is the default. */
    public static List<MaskRule> choicesFor(FieldType field) {
        List<MaskRule> choices = new ArrayList<>();
        choices.add(DEFAULTS.get(field));
        if (field == FieldType.NAME) {
            choices.add(MaskRule.FULL);
        }
        if (field == FieldType.RESPONSIBLE_PERSON) {
            choices.add(MaskRule.SURNAME);
        }
        choices.add(MaskRule.HIDDEN);
        choices.add(MaskRule.REMOVED);
        return List.copyOf(choices);
    }

    // ---- masking ----

    /**
     * {@code value} of a column of type {@code field}, as it may be published. Blank stays blank
     * (nothing to hide); a value that cannot be read as its type is masked whole; text shown as
     * written is scanned and every personal number in it masked.
     */
    public String mask(FieldType field, String value) {
        Objects.requireNonNull(field, "Field type is required.");
        if (value == null || value.isBlank()) {
            return "";
        }
        MaskRule rule = rules.get(field);
        return switch (rule) {
            case FULL -> maskFreeText(value.strip());
            case SURNAME -> Masks.surname(value);
            case LAST_FOUR -> switch (field) {
                case ID_NUMBER -> Masks.idLastFour(value);
                case PHONE -> Masks.phoneLastFour(value);
                case BANK_CARD -> Masks.cardLastFour(value);
                default -> Masks.whole(field);
            };
            case VILLAGE_PART -> maskFreeText(Masks.villagePart(value));
            case GENERALISED -> Masks.generalised(value);
            case HIDDEN -> Masks.whole(field);
            case REMOVED -> "";
        };
    }

    /** Free text with every personal number in it masked by the rule of the number's field type. */
    public String maskFreeText(String text) {
        return Redaction.apply(text, PersonalDataScanner.scan(text), this);
    }

    /**
     * How a number found in free text is shown: by its field type's rule, or whole when that rule
     * leaves nothing to show in running text.
     */
    public String maskFinding(Finding finding) {
        FieldType field = finding.kind().fieldType();
        MaskRule rule = rules.get(field);
        return rule == MaskRule.LAST_FOUR ? mask(field, finding.digits()) : Masks.whole(field);
    }

    // ---- storage ----

    /** The policy as a compact string, e.g. {@code v1:NAME=SURNAME,ID_NUMBER=LAST_FOUR,…}, every field type named. */
    public String format() {
        StringBuilder out = new StringBuilder(FORMAT_VERSION).append(':');
        rules.forEach((field, rule) -> out.append(field.name()).append('=').append(rule.name()).append(','));
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /**
     * A policy read back from {@link #format()}. Field types it does not name get their default
     * (a field type added later starts safe). Unknown versions, field types or rules, repeated field
     * types and rules below the floor are refused ({@code error.privacy.policy-unreadable},
     * {@code error.privacy.rule-not-allowed}): a stored policy is never half-read.
     */
    public static MaskingPolicy parse(String stored) {
        if (stored == null || !stored.startsWith(FORMAT_VERSION + ":")) {
            throw new InvalidInput("error.privacy.policy-unreadable");
        }
        String body = stored.substring(FORMAT_VERSION.length() + 1).strip();
        EnumMap<FieldType, MaskRule> rules = new EnumMap<>(FieldType.class);
        if (!body.isEmpty()) {
            for (String entry : body.split(",", -1)) {
                String[] pair = entry.split("=", -1);
                if (pair.length != 2) {
                    throw new InvalidInput("error.privacy.policy-unreadable");
                }
                FieldType field = constant(FieldType.class, pair[0].strip());
                MaskRule rule = constant(MaskRule.class, pair[1].strip());
                if (rules.put(field, rule) != null) {
                    throw new InvalidInput("error.privacy.policy-unreadable");
                }
            }
        }
        return new MaskingPolicy(rules);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.privacy.policy-unreadable");
        }
    }

    // ---- the floor ----

    private static final String PROBE_ID = "11010519491231002X";
    private static final String PROBE_OLD_ID = "110105491231002";
    private static final String PROBE_PHONE = "13912345678";
    private static final String PROBE_CARD = "6222021234567890123";
    private static final String PROBE_ADDRESS = "浙江省文成县百丈漈镇篁庄村3组28号501室";
    private static final String PROBE_REASON = "尿毒症，每周透析";

    private static void requireAboveFloor(FieldType field, MaskRule rule) {
        if (!choicesFor(field).contains(rule)) {
            throw new InvalidInput("error.privacy.rule-not-allowed", field.name(), rule.name());
        }
        if (!probesPass(field, rule)) {
            throw new InvalidInput("error.privacy.rule-not-allowed", field.name(), rule.name());
        }
    }

    /**
     * Masks sample values with the rule alone and checks what comes out: at most the last four
     * digits of an ID (never one of its birth date), phone or card; no house number; no illness.
     */
    private static boolean probesPass(FieldType field, MaskRule rule) {
        MaskingPolicy probe = new MaskingPolicy(EnumSet.of(field), rule);
        return switch (field) {
            case ID_NUMBER -> showsOnlyTail(probe.mask(field, PROBE_ID), PROBE_ID.substring(14))
                    && showsOnlyTail(probe.mask(field, PROBE_OLD_ID), PROBE_OLD_ID.substring(12));
            case PHONE -> showsOnlyTail(probe.mask(field, PROBE_PHONE), PROBE_PHONE.substring(7))
                    && showsOnlyTail(probe.mask(field, "+86 " + PROBE_PHONE), PROBE_PHONE.substring(7));
            case BANK_CARD -> showsOnlyTail(probe.mask(field, PROBE_CARD), PROBE_CARD.substring(15));
            case ADDRESS -> !probe.mask(field, PROBE_ADDRESS).contains("28") && !probe.mask(field, PROBE_ADDRESS).contains("501");
            case REASON -> !probe.mask(field, PROBE_REASON).contains("尿毒") && !probe.mask(field, PROBE_REASON).contains("透析");
            default -> true;
        };
    }

    /** The digits in {@code masked}, in order, are a part of {@code tail} (perhaps none of it). */
    private static boolean showsOnlyTail(String masked, String tail) {
        String shown = DigitText.compact(masked).replaceAll("[^0-9X]", "");
        return shown.length() <= 4 && tail.endsWith(shown);
    }

    /** A probe policy: the defaults with one field's rule, not checked (it is what is being checked). */
    private MaskingPolicy(Set<FieldType> fields, MaskRule rule) {
        EnumMap<FieldType, MaskRule> all = new EnumMap<>(DEFAULTS);
        fields.forEach(f -> all.put(f, rule));
        this.rules = Collections.unmodifiableMap(all);
    }

    private static Map<FieldType, MaskRule> defaultRules() {
        EnumMap<FieldType, MaskRule> d = new EnumMap<>(FieldType.class);
        for (FieldType field : FieldType.values()) {
            d.put(field, switch (field) {
                case NAME -> MaskRule.SURNAME;
                case ID_NUMBER, PHONE, BANK_CARD -> MaskRule.LAST_FOUR;
                case ADDRESS -> MaskRule.VILLAGE_PART;
                case REASON -> MaskRule.GENERALISED;
                default -> MaskRule.FULL;
            });
        }
        return Collections.unmodifiableMap(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskingPolicy other && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
