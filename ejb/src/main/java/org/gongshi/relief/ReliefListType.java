package org.gongshi.relief;

import org.gongshi.calendar.WorkingDays;
import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;
import org.gongshi.privacy.MaskingPolicy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The kinds of relief and poverty list a village or town publishes, each with its legal rules
 * (DOMAIN.md, "Social assistance and poverty lists"): how long it stays on notice, whether it is a
 * long-term list, how long its personal rows are kept once their purpose is met (PIPL Art. 47), the
 * default masking policy, and the disclosure catalog item it belongs to.
 * <p>
 * Retention is counted from the list's end: the last day of its notice period for a time-limited
 * list (the days after leave room for objections and complaints about the result), the day it was
 * submitted for a long-term list (which is renewed at least yearly under dynamic management, 动态管理).
 */
public enum ReliefListType {

    /** 低保初审对象名单: on notice in the village for 7 working days (低保审核确认办法). */
    DIBAO_FIRST_REVIEW("低保初审对象名单", NoticePeriod.workingDays(7), 30, "social-assistance.dibao", true),
    /** 低保对象名单 (审批确认): published long-term with amounts, by policy. */
    DIBAO_APPROVED("低保对象名单", NoticePeriod.indefinite(), 3 * 365, "social-assistance.dibao", true),
    /** 特困人员名单: approved persons, published long-term like the approved 低保 list. */
    TEKUN("特困人员供养名单", NoticePeriod.indefinite(), 3 * 365, "social-assistance.tekun", true),
    /** 临时救助对象名单: a one-off payment, on notice for 7 working days. */
    TEMPORARY_ASSISTANCE("临时救助对象名单", NoticePeriod.workingDays(7), 30, "social-assistance.temporary", true),
    /** 医疗救助对象名单: on notice for 7 working days; the illness itself is never published (PIPL Art. 28). */
    MEDICAL_ASSISTANCE("医疗救助对象名单", NoticePeriod.workingDays(7), 30, "social-assistance.medical", true),
    /** 建档立卡贫困户名单: identification is put on notice in the village for 7 working days. */
    POOR_HOUSEHOLDS("建档立卡贫困户名单", NoticePeriod.workingDays(7), 30, "poverty.households", true),
    /** 脱贫户名单 (退出): the exit result, on notice for 7 working days. */
    OUT_OF_POVERTY("脱贫户名单", NoticePeriod.workingDays(7), 30, "poverty.households", true),
    /**
     * 扶贫项目资金公示: project name, source of funds, period, goals, result, implementing unit,
     * person responsible, complaint phone and acceptance result; on the village board at least 10 days.
     */
    POVERTY_FUNDS_PROJECTS("扶贫项目资金公示", NoticePeriod.calendarDays(10), 3 * 365, "poverty.funds-projects", false);

    /** The fields a fund and project list is made of (DOMAIN.md). */
    public static final Set<FieldType> PROJECT_FIELDS = EnumSet.of(FieldType.PROJECT_NAME, FieldType.FUND_SOURCE,
            FieldType.PERIOD, FieldType.GOALS, FieldType.RESULT, FieldType.IMPLEMENTING_UNIT,
            FieldType.RESPONSIBLE_PERSON, FieldType.COMPLAINT_PHONE, FieldType.ACCEPTANCE_RESULT);

    private final String title;
    private final NoticePeriod noticePeriod;
    private final int retentionDays;
    private final String catalogItemKey;
    private final boolean listsPeople;

    ReliefListType(String title, NoticePeriod noticePeriod, int retentionDays, String catalogItemKey, boolean listsPeople) {
        this.title = title;
        this.noticePeriod = noticePeriod;
        this.retentionDays = retentionDays;
        this.catalogItemKey = catalogItemKey;
        this.listsPeople = listsPeople;
    }

    /** The list's usual Chinese title, e.g. 低保初审对象名单. */
    public String title() {
        return title;
    }

    public NoticePeriod noticePeriod() {
        return noticePeriod;
    }

    /** Stays on the board by policy (no end date): the approved 低保 and 特困 lists. */
    public boolean longTerm() {
        return noticePeriod.longTerm();
    }

    /** Days the personal rows are kept after the list's end (see the class comment). */
    public int retentionDays() {
        return retentionDays;
    }

    /** Lists people (names, ID numbers): a name or ID column is required and the rows are personal data. */
    public boolean listsPeople() {
        return listsPeople;
    }

    /** The disclosure catalog item (公开事项) this list belongs to; constant, not yet wired to the catalog. */
    public String catalogItemKey() {
        return catalogItemKey;
    }

    /** The board section the list's notice is filed under, by the division's default sections. */
    public String sectionKey(boolean village) {
        if (catalogItemKey.startsWith("social-assistance")) {
            return "social-assistance";
        }
        return village ? "poverty-alleviation" : "rural-revitalization";
    }

    /**
     * The masking policy a tenant starts from for this type. The common defaults, plus: a medical
     * assistance list hides its reason column entirely (the category of an illness already tells too
     * much); a fund and project list keeps the person responsible in full (an official acting in
     * office, published by rule).
     */
    public MaskingPolicy defaultPolicy() {
        MaskingPolicy policy = MaskingPolicy.defaults();
        if (this == MEDICAL_ASSISTANCE) {
            policy = policy.with(FieldType.REASON, MaskRule.HIDDEN);
        }
        return policy;
    }

    /**
     * How long a list of this type stays on notice: by working days on the official calendar
     * (first day included), by calendar days, or long-term.
     */
    public record NoticePeriod(Kind kind, int days) {

        public enum Kind { WORKING_DAYS, CALENDAR_DAYS, LONG_TERM }

        public NoticePeriod {
            Objects.requireNonNull(kind, "Kind is required.");
            if (kind != Kind.LONG_TERM && days < 1) {
                throw new IllegalArgumentException("A notice period needs at least one day.");
            }
        }

        static NoticePeriod workingDays(int days) {
            return new NoticePeriod(Kind.WORKING_DAYS, days);
        }

        static NoticePeriod calendarDays(int days) {
            return new NoticePeriod(Kind.CALENDAR_DAYS, days);
        }

        static NoticePeriod indefinite() {
            return new NoticePeriod(Kind.LONG_TERM, 0);
        }

        public boolean longTerm() {
            return kind == Kind.LONG_TERM;
        }

        /**
         * The last day on notice when the notice starts on {@code startsOn} (that day counts when it
         * is a working day); {@code null} for a long-term list.
         */
        public LocalDate endsOn(LocalDate startsOn, WorkingDays workingDays) {
            Objects.requireNonNull(startsOn, "Start date is required.");
            return switch (kind) {
                case WORKING_DAYS -> workingDays.add(startsOn.minusDays(1), days).date();
                case CALENDAR_DAYS -> startsOn.plusDays(days - 1L);
                case LONG_TERM -> null;
            };
        }

        /** In words, e.g. 7个工作日, 10天, 长期. */
        public String describe() {
            return switch (kind) {
                case WORKING_DAYS -> days + "个工作日";
                case CALENDAR_DAYS -> days + "天";
                case LONG_TERM -> "长期公开";
            };
        }
    }
}
