package org.gongshi.privacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up people with valid-looking personal numbers, and realistic notice texts that carry them in
 * the forms clerks really type — for recall measurements here and, through the ejb test-jar, for the
 * tests of the modules that must never publish them (sheet import, relief lists, public pages).
 * Deterministic for a seed. Nobody here is real: names are drawn from common characters, ID numbers
 * from real area codes with random birth dates and sequences (and a computed check character),
 * phones from every current mobile prefix, cards from common issuer numbers.
 */
public final class SyntheticPeople {

    /** Every mobile prefix in use (2024): 13x, 14x, 15x, 16x, 17x, 18x, 19x as allocated. */
    public static final List<String> MOBILE_PREFIXES = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
            "145", "146", "147", "148", "149",
            "150", "151", "152", "153", "155", "156", "157", "158", "159",
            "162", "165", "166", "167",
            "170", "171", "172", "173", "174", "175", "176", "177", "178",
            "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
            "190", "191", "192", "193", "195", "196", "197", "198", "199");

    /** Real county-level area codes of several provinces (GB/T 2260). */
    private static final List<String> AREAS = List.of("330328", "330213", "330302", "110105", "120101", "130102",
            "140105", "150102", "210102", "220102", "230102", "310104", "320102", "340102", "350102", "360102",
            "370102", "410102", "420102", "430102", "440305", "450102", "460105", "500101", "510104", "520102",
            "530102", "540102", "610113", "620102", "630102", "640104", "650102");
    /** Issuer numbers (BIN) of common debit cards: ICBC, CCB, ABC, BOC, CMB, PSBC, rural banks, old ICBC. */
    private static final List<String> ISSUERS = List.of("622202", "621700", "622848", "621661", "622588", "621799",
            "623059", "622908", "621226", "955880", "436742", "518710", "625965");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final List<String> COMPOUND = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐");
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉梅春海燕鹏飞云峰晓东雪琴林宇浩然子涵欣怡梓轩";
    private static final List<String> TOWNS = List.of("百丈漈镇", "大峃镇", "珊溪镇", "玉壶镇", "南田镇", "黄坦镇", "西坑畲族镇");
    private static final List<String> VILLAGES = List.of("篁庄村", "西里村", "下垟村", "岭头村", "龙川村", "新联村", "双桂村");
    private static final List<String> REASONS = List.of("尿毒症长期透析", "肢体二级残疾", "子女上大学学费负担重", "2024年台风房屋倒塌",
            "年老体弱无劳动能力", "缺技术", "患恶性肿瘤化疗", "智力残疾三级", "单亲家庭缺劳力", "因病致贫", "缺资金");

    /** How a citizen ID number is issued. */
    public enum IdForm {
        /** 18 characters, digit check character. */
        STANDARD,
        /** 18 characters with check character X. */
        STANDARD_X,
        /** The 15-digit form issued until 1999. */
        OLD,
        /** 9-prefixed permanent-resident ID of a foreigner (2023 form). */
        PERMANENT_RESIDENT
    }

    /** A made-up person as a relief list would hold them. */
    public record Person(String name, String idNumber, IdForm idForm, String phone, String bankCard,
                         boolean cardPassesLuhn, String address, String reason, int householdSize, BigDecimal amount) {
    }

    private SyntheticPeople() {
    }

    /** {@code count} people, the same ones for the same seed. */
    public static List<Person> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(person(random, i));
        }
        return people;
    }

    /** The {@code i}-th person: ID forms and card kinds rotate so every kind is well represented. */
    static Person person(Random random, int i) {
        IdForm form = switch (i % 20) {
            case 0, 1, 2 -> IdForm.STANDARD_X;
            case 3, 4 -> IdForm.OLD;
            case 5 -> IdForm.PERMANENT_RESIDENT;
            default -> IdForm.STANDARD;
        };
        String phone = MOBILE_PREFIXES.get(i % MOBILE_PREFIXES.size()) + digits(random, 8);
        boolean luhn = i % 2 == 0;
        String address = "浙江省温州市文成县" + pick(random, TOWNS) + pick(random, VILLAGES) + (1 + random.nextInt(12)) + "组"
                + (1 + random.nextInt(120)) + "号";
        return new Person(name(random), idNumber(random, form), form, phone, bankCard(random, luhn), luhn, address,
                pick(random, REASONS), 1 + random.nextInt(6),
                BigDecimal.valueOf(300 + random.nextInt(2000)).setScale(2, RoundingMode.UNNECESSARY));
    }

    static String name(Random random) {
        String surname = random.nextInt(20) == 0 ? pick(random, COMPOUND)
                : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = 1 + random.nextInt(2);
        StringBuilder name = new StringBuilder(surname);
        for (int k = 0; k < given; k++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A citizen ID number of the given form with a random birth date and sequence. */
    public static String idNumber(Random random, IdForm form) {
        LocalDate born = LocalDate.of(form == IdForm.OLD ? 1930 : 1935, 1, 1).plusDays(random.nextInt(form == IdForm.OLD ? 25_000 : 30_000));
        String area = pick(random, AREAS);
        return switch (form) {
            case OLD -> area + born.toString().replace("-", "").substring(2) + digits(random, 3);
            case PERMANENT_RESIDENT -> withCheck("9" + area.substring(0, 2) + pick(random, List.of("840", "392", "410", "124", "036", "276"))
                    + born.toString().replace("-", "") + digits(random, 3));
            case STANDARD, STANDARD_X -> {
                while (true) {
                    String id = withCheck(area + born.toString().replace("-", "") + digits(random, 3));
                    if ((id.charAt(17) == 'X') == (form == IdForm.STANDARD_X)) {
                        yield id;
                    }
                }
            }
        };
    }

    private static String withCheck(String first17) {
        return first17 + CitizenId.checkCharacter(first17);
    }

    /** A card or passbook number: 19 digits mostly, then 16, 17–18, some 12–15; with a valid Luhn digit or a failing one. */
    public static String bankCard(Random random, boolean luhn) {
        int roll = random.nextInt(20);
        int length = roll < 10 ? 19 : roll < 16 ? 16 : roll < 18 ? 17 + random.nextInt(2) : 12 + random.nextInt(4);
        String start = length >= 16 ? pick(random, ISSUERS) : String.valueOf(1 + random.nextInt(9));
        String body = start + digits(random, length - start.length() - 1);
        for (char last = '0'; last <= '9'; last++) {
            if (PersonalDataScanner.luhn(body + last) == luhn) {
                return body + last;
            }
        }
        throw new IllegalStateException("Luhn has a digit for every number");
    }

    private static String digits(Random random, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    // ---- written forms ----

    /** How a number is written down. */
    public enum Mutation {
        /** As issued. */
        PLAIN,
        /** In the usual groups (ID 6-8-4, phone 3-4-4, card 4-4-4-4…) with spaces. */
        GROUPED_SPACES,
        /** The usual groups with dashes. */
        GROUPED_DASHES,
        /** The usual groups with dots. */
        GROUPED_DOTS,
        /** Full-width digits (and Ｘ). */
        FULL_WIDTH,
        /** Full-width digits in the usual groups with ideographic spaces. */
        FULL_WIDTH_GROUPED,
        /** The usual groups with no-break spaces (copied from a web page or Word). */
        NBSP_GROUPED,
        /** A line break (LF or CR LF) at a random place inside, as a table cell wraps. */
        LINE_BREAK,
        /** One stray space at a random place inside. */
        STRAY_SPACE,
        /** Lower-case x, or a +86 / 0086 in front of a phone. */
        VARIANT,
        /** Some digits full-width, the usual groups with mixed separators. */
        MIXED
    }

    /** {@code number} as it is written in {@code mutation}; {@code kind} says what the usual groups are. */
    public static String write(String number, PersonalDataKind kind, Mutation mutation, Random random) {
        return switch (mutation) {
            case PLAIN -> number;
            case GROUPED_SPACES -> group(number, kind, " ");
            case GROUPED_DASHES -> group(number, kind, "-");
            case GROUPED_DOTS -> group(number, kind, ".");
            case FULL_WIDTH -> fullWidth(number, 1.0, random);
            case FULL_WIDTH_GROUPED -> group(fullWidth(number, 1.0, random), kind, "\u3000");
            case NBSP_GROUPED -> group(number, kind, "\u00A0");
            case LINE_BREAK -> insert(number, random, random.nextBoolean() ? "\n" : "\r\n");
            case STRAY_SPACE -> insert(number, random, pick(random, List.of(" ", " ", "\u3000", "\u00A0")));
            case VARIANT -> switch (kind) {
                case CITIZEN_ID -> number.toLowerCase();
                case MOBILE_PHONE -> pick(random, List.of("+86 ", "+86", "0086 ", "86-")) + number;
                case BANK_CARD -> group(number, kind, " - ");
            };
            case MIXED -> {
                String grouped = group(fullWidth(number, 0.5, random), kind, "\u0001");
                StringBuilder out = new StringBuilder();
                for (char c : grouped.toCharArray()) {
                    out.append(c == '\u0001' ? pick(random, List.of(" ", "-", "\u3000", "－", " - ")) : String.valueOf(c));
                }
                yield out.toString();
            }
        };
    }

    /** The number in its usual groups: an ID 6-8-4 (15-digit 6-6-3), a phone 3-4-4, a card 4-4-4-4… */
    static String group(String number, PersonalDataKind kind, String separator) {
        int[] sizes = switch (kind) {
            case CITIZEN_ID -> number.length() == 15 ? new int[]{6, 6, 3} : new int[]{6, 8, 4};
            case MOBILE_PHONE -> new int[]{3, 4, 4};
            case BANK_CARD -> null;
        };
        StringBuilder out = new StringBuilder();
        int at = 0;
        int g = 0;
        while (at < number.length()) {
            int size = sizes == null ? 4 : sizes[Math.min(g, sizes.length - 1)];
            int to = Math.min(number.length(), at + size);
            if (at > 0) {
                out.append(separator);
            }
            out.append(number, at, to);
            at = to;
            g++;
        }
        return out.toString();
    }

    private static String fullWidth(String number, double share, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : number.toCharArray()) {
            boolean wide = random.nextDouble() < share;
            out.append(!wide ? c : c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == 'X' ? 'Ｘ' : c);
        }
        return out.toString();
    }

    private static String insert(String number, Random random, String what) {
        int at = 1 + random.nextInt(number.length() - 1);
        return number.substring(0, at) + what + number.substring(at);
    }

    // ---- notices ----

    /** A personal number planted in a text: where the number proper stands (a +86 in front excluded). */
    public record Planted(PersonalDataKind kind, String number, Mutation mutation, int start, int end) {
    }

    /** A generated notice and every number planted in it. */
    public record SyntheticNotice(String text, List<Planted> planted) {
    }

    /**
     * A notice of the kind villages publish — a 低保 first-review list, a relief roster, a letter of
     * thanks — naming {@code people} with their numbers, each number in a random written form, in
     * labelled sentences, in space- or tab-separated table rows, or in running text.
     */
    public static SyntheticNotice notice(List<Person> people, Random random) {
        Text text = new Text();
        String village = pick(random, VILLAGES);
        text.add("关于" + village + "2026年第" + (1 + random.nextInt(4)) + "季度最低生活保障对象初审名单的公示\n");
        text.add("根据《社会救助暂行办法》和《浙江省最低生活保障办法》，经村民代表评议，现将初审对象名单公示如下（公示期7个工作日，"
                + "自2026年3月2日至2026年3月10日）：\n");
        int row = 1;
        for (Person p : people) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    text.add(row + ". " + p.name() + "，身份证号：");
                    text.plant(p.idNumber(), PersonalDataKind.CITIZEN_ID, random);
                    text.add("，联系电话：");
                    text.plant(p.phone(), PersonalDataKind.MOBILE_PHONE, random);
                    text.add("，家庭人口" + p.householdSize() + "人，月保障金" + p.amount() + "元，开户银行："
                            + pick(random, List.of("文成农商银行", "中国农业银行", "中国邮政储蓄银行")) + "，卡号");
                    text.plant(p.bankCard(), PersonalDataKind.BANK_CARD, random);
                    text.add("，住址：" + p.address() + "。\n");
                }
                case 1 -> {
                    text.add(row + " " + p.name() + " ");
                    text.plant(p.idNumber(), PersonalDataKind.CITIZEN_ID, random);
                    text.add(" ");
                    text.plant(p.phone(), PersonalDataKind.MOBILE_PHONE, random);
                    text.add(" ");
                    text.plant(p.bankCard(), PersonalDataKind.BANK_CARD, random);
                    text.add(" " + p.householdSize() + " " + p.amount() + "\n");
                }
                case 2 -> {
                    text.add(row + "\t" + p.name() + "\t");
                    text.plant(p.idNumber(), PersonalDataKind.CITIZEN_ID, random);
                    text.add("\t");
                    text.plant(p.phone(), PersonalDataKind.MOBILE_PHONE, random);
                    text.add("\t");
                    text.plant(p.bankCard(), PersonalDataKind.BANK_CARD, random);
                    text.add("\t" + p.amount() + "\t" + p.reason() + "\n");
                }
                default -> {
                    text.add("村民" + p.name() + "（公民身份号码");
                    text.plant(p.idNumber(), PersonalDataKind.CITIZEN_ID, random);
                    text.add("）因" + p.reason() + "申请临时救助，经核实拟给予救助" + p.amount() + "元，救助金将打入其账户");
                    text.plant(p.bankCard(), PersonalDataKind.BANK_CARD, random);
                    text.add("。如有疑问请联系本人，电话");
                    text.plant(p.phone(), PersonalDataKind.MOBILE_PHONE, random);
                    text.add("，或于2026年3月10日前到村委会反映。\n");
                }
            }
            row++;
        }
        text.add("公示期间如有异议，请向" + village + "村民委员会或百丈漈镇人民政府反映。监督电话：0577-67812345。\n");
        text.add(village + "村民委员会\n2026年3月2日\n");
        return new SyntheticNotice(text.out.toString(), List.copyOf(text.planted));
    }

    private static final class Text {
        final StringBuilder out = new StringBuilder();
        final List<Planted> planted = new ArrayList<>();

        void add(String s) {
            out.append(s);
        }

        void plant(String number, PersonalDataKind kind, Random random) {
            Mutation mutation = pick(random, List.of(Mutation.values()));
            String written = write(number, kind, mutation, random);
            int start = out.length();
            out.append(written);
            // The number proper: after a country code written in front of a phone.
            int prefix = 0;
            if (kind == PersonalDataKind.MOBILE_PHONE && mutation == Mutation.VARIANT) {
                prefix = written.length() - number.length();
            }
            planted.add(new Planted(kind, number, mutation, start + prefix, out.length()));
        }
    }
}
