package org.gongshi.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masks themselves, one per rule and field type. A value that cannot be read as its field type
 * is masked whole ({@link #whole}), never passed through.
 */
final class Masks {

    static final String WHOLE_ID = "*".repeat(18);
    static final String WHOLE_PHONE = "*".repeat(11);
    static final String WHOLE_CARD = "**** **** **** ****";
    static final String WHOLE_TEXT = "***";
    private static final String NAME_STARS = "**";

    /**
     * Two-character surnames (复姓) in use today; the name keeps both characters. A two-character name
     * made of one of them is read as a one-character surname and a given name (司马 → 司**).
     */
    static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
            "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "呼延", "赫连", "澹台", "公冶", "宗政", "濮阳", "太叔",
            "申屠", "钟离", "闻人", "万俟", "单于", "淳于", "拓跋", "百里", "东郭", "第五", "司空", "司寇", "仲孙",
            "叱干", "鲜于", "闾丘", "亓官", "漆雕", "乐正", "壤驷", "公良", "谷梁", "宰父", "微生", "羊舌", "梁丘",
            "左丘", "东门", "公西", "巫马", "公羊", "子车", "颛孙", "段干", "南门", "归海", "夹谷");

    private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}]+(?:[·•・．.][\\p{IsHan}]+)*");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z .'\\-]*");
    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call (relief import benchmark). */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern PARENTHESES = Pattern.compile("[()（）]");
    private static final Pattern ANNOTATION = Pattern.compile("[（(][^）)]*[）)]");

    private Masks() {
    }

    /** The value when nothing of it may show: stars of a length fixed per field type. */
    static String whole(FieldType field) {
        return switch (field) {
            case ID_NUMBER -> WHOLE_ID;
            case PHONE -> WHOLE_PHONE;
            case BANK_CARD -> WHOLE_CARD;
            default -> WHOLE_TEXT;
        };
    }

    // ---- names ----

    /** 王** / 欧阳** / J**; a value that is not a name is masked whole. */
    static String surname(String value) {
        String name = WHITE_SPACE.matcher(ANNOTATION.matcher(value).replaceAll("")).replaceAll("");
        if (HAN_NAME.matcher(name).matches()) {
            boolean transliterated = name.codePoints().anyMatch(c -> "·•・．.".indexOf(c) >= 0);
            int surnameChars = !transliterated && name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
            return name.substring(0, name.offsetByCodePoints(0, surnameChars)) + NAME_STARS;
        }
        String latin = value.strip();
        if (LATIN_NAME.matcher(latin).matches()) {
            return Character.toUpperCase(latin.charAt(0)) + NAME_STARS;
        }
        return WHOLE_TEXT;
    }

    // ---- numbers ----

    /**
     * An ID's last characters in a fixed width of 18: four of the 18-character form (the sequence
     * and the check character), three of the 15-digit form (its fourth-last digit is the day of birth).
     */
    static String idLastFour(String value) {
        String compact = DigitText.compact(value);
        if (CitizenId.hasLongShape(compact)) {
            return "*".repeat(14) + compact.substring(14);
        }
        if (compact.length() == 15 && compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "*".repeat(15) + compact.substring(12);
        }
        return WHOLE_ID;
    }

    /** A mobile (with or without +86) or landline number's last four digits, 11 wide. */
    static String phoneLastFour(String value) {
        String digits = phoneDigits(value);
        return digits == null ? WHOLE_PHONE : "*".repeat(7) + digits.substring(digits.length() - 4);
    }

    /** The digits of a mobile or landline number, without country code; null when it is neither. */
    static String phoneDigits(String value) {
        String compact = PARENTHESES.matcher(DigitText.compact(value)).replaceAll("");
        if (compact.startsWith("+") || compact.startsWith("＋")) {
            compact = compact.substring(1);
        }
        if (!compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        if (compact.length() == 13 && compact.startsWith("86")) {
            compact = compact.substring(2);
        } else if (compact.length() == 15 && compact.startsWith("0086")) {
            compact = compact.substring(4);
        }
        boolean mobile = PersonalDataScanner.isMobile(compact);
        boolean landline = compact.startsWith("0") && compact.length() >= 10 && compact.length() <= 12;
        return mobile || landline ? compact : null;
    }

    /** A card or account number's last four digits, as {@code **** **** **** 1234} whatever its length. */
    static String cardLastFour(String value) {
        String compact = DigitText.compact(value);
        if (compact.length() < 12 || compact.length() > 19 || !compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return WHOLE_CARD;
        }
        return "**** **** **** " + compact.substring(compact.length() - 4);
    }

    // ---- addresses ----

    /** Administrative units, longest first so that 村民小组 is not read as 村 + 民小组. */
    private static final Pattern ADMIN_UNIT = Pattern.compile(
            "村民小组|村民委员会|居民委员会|村委会|居委会|自然村|行政村|社区|小组|街道|自治区|自治州|自治县"
                    + "|村|组|队|镇|乡|县|区|市|州|盟|旗|省");
    /** Where a house, building, room or road begins: what must not be published. */
    private static final Pattern HOUSE_PART = Pattern.compile(
            "[0-9０-９零〇一二三四五六七八九十百千两甲乙丙丁A-Za-zＡ-Ｚ#＃\\-－]+\\s*(?:号|室|幢|栋|单元|楼|层|弄|巷|排|户|门|座|区块)"
                    + "|[0-9０-９]{2,}(?![0-9０-９]*(?:组|队|社))|路|街(?!道)|巷|弄|大道|胡同|小区|花园|公寓|大厦");

    /**
     * The address down to its village and group (浙江省文成县百丈漈镇篁庄村3组), cut before the first
     * house, building, room or road part. Without any administrative unit before that point the
     * address is masked whole: there is no part that is safe to show.
     */
    static String villagePart(String value) {
        String address = WHITE_SPACE.matcher(value).replaceAll("");
        Matcher house = HOUSE_PART.matcher(address);
        int limit = matchAt(house, HOUSE_STARTS, address, 0) ? house.start() : address.length();
        Matcher unit = ADMIN_UNIT.matcher(address);
        int cut = -1;
        int from = 0;
        while (matchAt(unit, ADMIN_STARTS, address, from) && unit.end() <= limit) {
            cut = unit.end();
            from = unit.end();
        }
        if (cut <= 0) {
            return WHOLE_TEXT;
        }
        return address.substring(0, cut);
    }

    /** Every character a {@link #HOUSE_PART} match can begin with. */
    private static final String HOUSE_STARTS = "0123456789０１２３４５６７８９零〇一二三四五六七八九十百千两甲乙丙丁"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ#＃-－"
            + "路街巷弄大胡小花公";
    /** Every character an {@link #ADMIN_UNIT} match can begin with. */
    private static final String ADMIN_STARTS = "村居自行社小街组队镇乡县区市州盟旗省";

    /**
     * The same leftmost match as {@code matcher.find(from)}, tried only where a match can begin:
     * a union of many character ranges and alternatives is slow to try at every position, and the
     * addresses of a 100,000-row import made it the masking's hot spot (relief import benchmark).
     * Region bounds are the text's own end, so look-aheads see what they saw before.
     */
    private static boolean matchAt(Matcher matcher, String starts, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (starts.indexOf(text.charAt(i)) >= 0) {
                matcher.region(i, text.length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- reasons ----

    /**
     * The categories of the national registration of poor households (建档立卡 致贫原因) with the
     * words that put a written reason into them; 因残 before 因病 so that 精神残疾 counts as both.
     */
    private static final Map<String, List<String>> REASON_WORDS = orderedReasons();

    private static Map<String, List<String>> orderedReasons() {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("因病", List.of("病", "癌", "瘤", "尿毒", "透析", "白血", "手术", "住院", "化疗", "放疗", "慢性", "心脏",
                "肾", "肝", "肺", "脑", "糖尿", "血压", "骨折", "医疗", "治疗", "药", "中风", "精神", "抑郁", "艾滋",
                "结核", "伤"));
        m.put("因残", List.of("残", "瘫", "盲", "聋", "哑", "失明", "截肢", "智障", "智力障碍", "肢体"));
        m.put("因学", List.of("学", "读书", "教育", "就读", "学费"));
        m.put("因灾", List.of("灾", "火", "洪", "涝", "旱", "地震", "台风", "泥石流", "滑坡", "冰雹", "倒塌"));
        m.put("缺劳力", List.of("缺劳", "劳力", "劳动力", "劳动能力", "年老", "年迈", "高龄", "老人", "孤寡", "孤儿",
                "单亲", "赡养", "丧偶", "独居", "五保", "特困"));
        m.put("缺技术", List.of("技术", "技能"));
        m.put("缺资金", List.of("资金", "缺钱", "负债", "债务", "借款"));
        m.put("缺土地", List.of("土地", "耕地", "田地"));
        m.put("缺水", List.of("缺水", "水源", "饮水"));
        m.put("交通条件落后", List.of("交通", "偏远"));
        m.put("自身发展动力不足", List.of("动力不足", "内生动力", "懒"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The categories a written reason falls into, in the national order, joined by 、; 其他 when none. */
    static String generalised(String value) {
        Set<String> found = new LinkedHashSet<>();
        for (var category : REASON_WORDS.entrySet()) {
            if (value.contains(category.getKey()) || category.getValue().stream().anyMatch(value::contains)) {
                found.add(category.getKey());
            }
        }
        return found.isEmpty() ? "其他" : String.join("、", new ArrayList<>(found));
    }

    /** The categories {@link #generalised} can give, for screens and tests. */
    static Set<String> reasonCategories() {
        Set<String> all = new LinkedHashSet<>(REASON_WORDS.keySet());
        all.add("其他");
        return all;
    }
}
