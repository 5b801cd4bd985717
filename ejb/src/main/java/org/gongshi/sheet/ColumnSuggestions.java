package org.gongshi.sheet;

import org.gongshi.privacy.FieldType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.gongshi.privacy.FieldType.ACCEPTANCE_RESULT;
import static org.gongshi.privacy.FieldType.ADDRESS;
import static org.gongshi.privacy.FieldType.AMOUNT;
import static org.gongshi.privacy.FieldType.BANK_CARD;
import static org.gongshi.privacy.FieldType.CATEGORY;
import static org.gongshi.privacy.FieldType.COMPLAINT_PHONE;
import static org.gongshi.privacy.FieldType.FUND_SOURCE;
import static org.gongshi.privacy.FieldType.GOALS;
import static org.gongshi.privacy.FieldType.HOUSEHOLD_SIZE;
import static org.gongshi.privacy.FieldType.ID_NUMBER;
import static org.gongshi.privacy.FieldType.IMPLEMENTING_UNIT;
import static org.gongshi.privacy.FieldType.NAME;
import static org.gongshi.privacy.FieldType.OTHER;
import static org.gongshi.privacy.FieldType.PERIOD;
import static org.gongshi.privacy.FieldType.PHONE;
import static org.gongshi.privacy.FieldType.PROJECT_NAME;
import static org.gongshi.privacy.FieldType.REASON;
import static org.gongshi.privacy.FieldType.RESPONSIBLE_PERSON;
import static org.gongshi.privacy.FieldType.RESULT;
import static org.gongshi.privacy.FieldType.VILLAGE_GROUP;

/**
 * Suggests a {@link FieldType} for each column from its heading, with the words found on the real
 * rosters villages publish: 低保 first-review and approved lists, 特困供养, 临时救助, 医疗救助,
 * 建档立卡贫困户 and 脱贫户 lists, and 扶贫项目资金公示 (the project list's columns are those the
 * poverty-alleviation disclosure rules name: project, source of funds, period, goals, result,
 * implementing unit, person responsible, complaint phone, acceptance result).
 * <p>
 * Headings are compared after NFKC (full-width letters, digits and brackets become half-width),
 * with all white space, required-field stars and a trailing colon removed, so 「身 份 证 号」,
 * 「身份证号：」 and 「*身份证号」 are the same heading; a bracketed unit or note
 * (「金额（元）」, 「身份证号码(18位)」) is ignored. Known headings that are none of the kinds
 * (序号, 性别, 备注 …) are recognised as headings — that is how the header row is found — and map to
 * {@link FieldType#OTHER}.
 */
public final class ColumnSuggestions {

    /** Whole headings, after normalisation. */
    private static final Map<String, FieldType> EXACT = new HashMap<>();
    /** Distinctive words inside a heading, first match wins: specific before general. */
    private static final List<Map.Entry<String, FieldType>> CONTAINS = new ArrayList<>();
    /** Weak hints, first match wins. */
    private static final List<Map.Entry<String, FieldType>> WEAK = new ArrayList<>();

    static {
        exact(NAME, "姓名", "户主姓名", "申请人", "申请人姓名", "救助对象", "救助对象姓名", "户主", "户主名", "名字",
                "对象姓名", "保障对象", "保障对象姓名", "供养对象", "供养对象姓名", "贫困户姓名", "脱贫户姓名",
                "成员姓名", "家庭成员", "家庭成员姓名", "患者姓名", "受助人", "受助人姓名", "被救助人", "户主(申请人)");
        exact(ID_NUMBER, "身份证号码", "公民身份号码", "证件号码", "身份证号", "身份证", "身份号码", "户主身份证号",
                "户主身份证号码", "身份证件号码", "证件号", "残疾证号", "残疾证号码", "社会保障号码", "申请人身份证号码");
        exact(PHONE, "联系电话", "手机号码", "电话", "手机", "联系方式", "手机号", "电话号码", "联系号码");
        exact(ADDRESS, "家庭住址", "住址", "地址", "居住地址", "现住址", "户籍地址", "家庭地址", "户籍所在地", "住所",
                "居住地", "详细地址", "现居住地");
        exact(BANK_CARD, "银行卡号", "银行账号", "银行帐号", "卡号", "存折账号", "存折帐号", "存折号", "一卡通账号",
                "一卡通帐号", "一卡通卡号", "社保卡号", "账号", "帐号", "银行卡号(存折号)", "发放账号");
        exact(HOUSEHOLD_SIZE, "家庭人口", "保障人口", "保障人数", "人口数", "家庭人数", "享受人数", "人口", "人数",
                "家庭人口数", "保障人口数", "供养人数", "户人口", "救助人数", "受益人数");
        exact(AMOUNT, "金额", "保障金额", "月保障金", "救助金额", "补助金额", "资金", "月保障金额", "发放金额",
                "补助标准", "保障金", "救助金", "补差金额", "月补差", "月人均补差", "月补助金额", "供养金", "供养标准",
                "报销金额", "救助标准", "项目资金", "资金规模", "投资金额", "总投资", "财政资金", "合计金额");
        exact(CATEGORY, "类别", "保障类别", "救助类别", "户类型", "户类别", "低保类别", "救助类型", "供养方式",
                "供养类别", "人员类别", "户属性", "对象类别", "类型", "项目类别", "项目类型", "保障类型", "特困类型");
        exact(REASON, "致贫原因", "救助事由", "原因", "病种", "残疾类别", "残疾等级", "主要致贫原因", "困难原因",
                "申请理由", "申请原因", "救助原因", "疾病名称", "患病情况", "健康状况", "残疾情况", "返贫致贫原因",
                "致贫返贫原因");
        exact(VILLAGE_GROUP, "村民小组", "组别", "组", "所在组", "村组", "小组", "所属小组", "所在村民小组", "村民组");
        exact(PROJECT_NAME, "项目名称", "项目", "项目名");
        exact(FUND_SOURCE, "资金来源", "资金性质");
        exact(PERIOD, "实施期限", "建设期限", "起止时间", "实施时间", "建设周期", "建设时间", "实施周期", "项目期限",
                "开工及完工时间", "起止年限");
        exact(GOALS, "建设内容", "绩效目标", "建设任务", "建设内容及规模", "建设内容及绩效目标", "项目内容",
                "建设规模", "主要建设内容", "建设内容和规模");
        exact(RESULT, "实施结果", "带贫效果", "完成情况", "实施效果", "带贫减贫机制", "受益情况", "项目效益",
                "预期效益", "联农带农机制", "带贫成效");
        exact(IMPLEMENTING_UNIT, "实施单位", "项目实施单位", "建设单位", "实施主体", "项目主管单位", "主管部门",
                "项目实施主体");
        exact(RESPONSIBLE_PERSON, "责任人", "项目负责人", "负责人", "项目责任人", "责任领导");
        exact(COMPLAINT_PHONE, "监督电话", "举报电话", "投诉电话", "监督举报电话", "投诉举报电话", "监督举报");
        exact(ACCEPTANCE_RESULT, "验收结果", "验收情况", "验收结论");
        exact(OTHER, "序号", "编号", "备注", "性别", "年龄", "民族", "出生年月", "出生日期", "与户主关系", "关系",
                "开户行", "开户银行", "银行名称", "乡镇", "乡镇(街道)", "镇(街道)", "村", "村(社区)", "行政村", "所在村",
                "村名", "村(居)", "村居", "户号", "户编号", "审批日期", "批准日期", "审批时间", "发放日期", "发放时间",
                "享受时间", "享受起始时间", "起始时间", "发放月份", "文化程度", "劳动能力", "政治面貌", "婚姻状况",
                "是否享受", "状态", "单位", "时间", "日期", "年度", "说明", "保障起始年月", "纳入时间", "脱贫年度",
                "识别标准", "退出时间");

        // Specific words first: 监督电话 before 电话, 资金来源 before 资金, 身份证 before 户主, 残疾 before 类别.
        contains(COMPLAINT_PHONE, "监督电话", "举报电话", "投诉电话", "监督举报", "投诉举报");
        contains(FUND_SOURCE, "资金来源");
        contains(IMPLEMENTING_UNIT, "实施单位", "建设单位", "实施主体", "主管单位");
        contains(RESPONSIBLE_PERSON, "负责人", "责任人");
        contains(ACCEPTANCE_RESULT, "验收");
        contains(PROJECT_NAME, "项目名称");
        contains(PERIOD, "期限", "起止", "建设周期", "实施周期");
        contains(GOALS, "建设内容", "绩效目标", "建设任务", "建设规模");
        contains(RESULT, "带贫", "完成情况", "实施结果", "实施效果", "联农带农");
        contains(ID_NUMBER, "身份证", "身份号码", "证件号", "残疾证号");
        contains(BANK_CARD, "银行卡", "银行账", "银行帐", "卡号", "存折", "一卡通", "账号", "帐号");
        contains(OTHER, "开户行", "开户银行", "银行名称", "出生", "性别", "年龄", "序号", "备注");
        contains(PHONE, "手机", "电话", "联系方式");
        contains(ADDRESS, "住址", "地址", "住所", "居住地", "户籍所在地");
        contains(VILLAGE_GROUP, "村民小组", "组别", "小组", "村民组");
        contains(REASON, "致贫", "返贫", "原因", "事由", "病种", "疾病", "患病", "残疾", "健康");
        contains(HOUSEHOLD_SIZE, "人口", "人数");
        contains(CATEGORY, "类别", "类型", "供养方式", "户属性");
        contains(AMOUNT, "金额", "资金", "补助", "保障金", "救助金", "补差", "补贴", "标准", "投资", "万元", "(元)");
        contains(NAME, "姓名", "申请人", "户主", "对象", "成员", "受助人");

        weak(PHONE, "联系");
        weak(ID_NUMBER, "号码");
        weak(NAME, "名");
        weak(AMOUNT, "元", "钱", "费");
        weak(VILLAGE_GROUP, "组");
    }

    private ColumnSuggestions() {
    }

    /** One suggestion per heading, in column order; never {@code null} kinds. */
    public static List<ColumnSuggestion> suggest(List<String> headings) {
        List<FieldType> types = new ArrayList<>(headings.size());
        List<ColumnSuggestion.Confidence> confidences = new ArrayList<>(headings.size());
        Map<FieldType, List<Integer>> personal = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Match m = match(headings.get(i));
            types.add(m.type);
            confidences.add(m.confidence);
            if (m.type.personal()) {
                personal.computeIfAbsent(m.type, t -> new ArrayList<>()).add(i);
            }
        }
        List<ColumnSuggestion> out = new ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            List<Integer> same = List.of();
            if (types.get(i).personal() && personal.get(types.get(i)).size() > 1) {
                int self = i;
                same = personal.get(types.get(i)).stream().filter(c -> c != self).toList();
            }
            out.add(new ColumnSuggestion(i, headings.get(i), types.get(i), confidences.get(i), same));
        }
        return out;
    }

    /** The suggested kinds alone, in column order. */
    public static List<FieldType> suggestTypes(List<String> headings) {
        return suggest(headings).stream().map(ColumnSuggestion::type).toList();
    }

    /** The suggestions as a mapping, ready for the clerk to correct. */
    public static ColumnMapping mapping(List<ColumnSuggestion> suggestions) {
        Map<Integer, FieldType> types = new HashMap<>();
        for (ColumnSuggestion s : suggestions) {
            types.put(s.column(), s.type());
        }
        return ColumnMapping.of(types);
    }

    /** True for a heading the vocabulary knows (any kind, {@link FieldType#OTHER} included): a sign of a header row. */
    static boolean isKnownHeading(String heading) {
        return match(heading).confidence != ColumnSuggestion.Confidence.NONE;
    }

    record Match(FieldType type, ColumnSuggestion.Confidence confidence) {
        static final Match NONE = new Match(OTHER, ColumnSuggestion.Confidence.NONE);
    }

    static Match match(String heading) {
        String n = normalise(heading);
        if (n.isEmpty() || n.length() > 24 || looksLikeValue(n)) {
            return Match.NONE;
        }
        FieldType t = EXACT.get(n);
        if (t != null) {
            return new Match(t, ColumnSuggestion.Confidence.HIGH);
        }
        String bare = withoutBrackets(n);
        t = EXACT.get(bare);
        if (t != null) {
            return new Match(t, ColumnSuggestion.Confidence.HIGH);
        }
        for (Map.Entry<String, FieldType> e : CONTAINS) {
            if (n.contains(e.getKey())) {
                return new Match(e.getValue(), ColumnSuggestion.Confidence.MEDIUM);
            }
        }
        if (bare.length() <= 8) {
            for (Map.Entry<String, FieldType> e : WEAK) {
                if (bare.contains(e.getKey())) {
                    return new Match(e.getValue(), ColumnSuggestion.Confidence.LOW);
                }
            }
        }
        return Match.NONE;
    }

    /**
     * NFKC (full-width to half-width), lower case, no white space, no required-field stars, no
     * trailing colon.
     */
    static String normalise(String heading) {
        if (heading == null) {
            return "";
        }
        String n = Normalizer.normalize(heading, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Cells.isSpace(c) || c == '*' || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            out.append(Character.toLowerCase(c));
        }
        while (!out.isEmpty() && (out.charAt(out.length() - 1) == ':')) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** How the titles above a table end: 「…低保对象名单」, 「…资金公示表」, 「…花名册」. */
    private static final List<String> TITLE_ENDINGS = List.of("名单", "公示", "公示表", "一览表", "花名册", "明细表",
            "汇总表", "情况表", "统计表", "登记表", "台账", "清单", "名册");

    /**
     * A cell such as 「填报单位:篁庄村」 or 「2026年10月」 is a value, and 「2026年第四季度篁庄村低保对象名单」
     * a title: neither is a heading.
     */
    private static boolean looksLikeValue(String n) {
        for (String ending : TITLE_ENDINGS) {
            if (n.endsWith(ending) && n.length() > ending.length() + 2) {
                return true;
            }
        }
        int colon = n.indexOf(':');
        if (colon >= 0 && colon < n.length() - 1) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < n.length(); i++) {
            if (Character.isDigit(n.charAt(i))) {
                digits++;
            }
        }
        return digits * 2 > n.length();
    }

    private static String withoutBrackets(String n) {
        int open = n.indexOf('(');
        if (open < 0) {
            open = n.indexOf('[');
        }
        if (open <= 0) {
            return n;
        }
        return n.substring(0, open);
    }

    private static void exact(FieldType type, String... words) {
        for (String w : words) {
            FieldType previous = EXACT.put(normalise(w), type);
            if (previous != null && previous != type) {
                throw new IllegalStateException("Heading " + w + " is both " + previous + " and " + type);
            }
        }
    }

    private static void contains(FieldType type, String... words) {
        for (String w : words) {
            CONTAINS.add(Map.entry(normalise(w), type));
        }
    }

    private static void weak(FieldType type, String... words) {
        for (String w : words) {
            WEAK.add(Map.entry(normalise(w), type));
        }
    }
}
