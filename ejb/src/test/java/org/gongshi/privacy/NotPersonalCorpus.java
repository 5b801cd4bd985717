package org.gongshi.privacy;

import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Numbers that stand in notices and are NOT personal data — amounts, dates, document and index
 * numbers, landlines, division codes, time stamps, credit codes, project codes, tables of small
 * numbers — each in the sentence a notice would put it in, for measuring false positives. Division
 * codes are the real ones of the seed counties; the rest is generated, deterministic for a seed.
 */
public final class NotPersonalCorpus {

    /** What the numbers of one category are. */
    public enum Category {
        AMOUNT, DATE, DOCUMENT_NUMBER, INDEX_NUMBER, LANDLINE, DIVISION_CODE, TIMESTAMP, CREDIT_CODE, PROJECT_CODE,
        NUMBER_TABLE, OTHER_NUMBERS,
        /**
         * Long reference numbers — invoice codes and numbers, order and contract numbers of 12–20 digits —
         * that nothing but their label tells from an account number. Reported, and flagged by design
         * (fail closed): the clerk overrides with the reason 不是个人信息.
         */
        REFERENCE_NUMBER;

        /** Whether numbers of this category look exactly like personal ones. */
        public boolean ambiguous() {
            return this == REFERENCE_NUMBER;
        }
    }

    private NotPersonalCorpus() {
    }

    /** {@code perCategory} sentences of every category. */
    public static Map<Category, List<String>> generate(int perCategory, long seed) {
        Random r = new Random(seed);
        List<String> villages = DivisionDirectory.seed().atLevel(DivisionLevel.VILLAGE).stream()
                .map(Division::code).map(c -> c.value()).toList();
        List<String> towns = DivisionDirectory.seed().atLevel(DivisionLevel.TOWN).stream()
                .map(Division::code).map(c -> c.value()).toList();
        Map<Category, List<String>> corpus = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            List<String> items = new ArrayList<>(perCategory);
            for (int i = 0; i < perCategory; i++) {
                items.add(sentence(category, r, villages, towns));
            }
            corpus.put(category, items);
        }
        return corpus;
    }

    private static String sentence(Category category, Random r, List<String> villages, List<String> towns) {
        int year = 2000 + r.nextInt(27);
        return switch (category) {
            case AMOUNT -> {
                long yuan = (long) Math.pow(10, 1 + r.nextInt(9)) + r.nextInt(1_000_000);
                String cents = String.format("%02d", r.nextInt(100));
                yield switch (r.nextInt(7)) {
                    case 0 -> "本期发放救助金共计" + String.format("%,d", yuan) + "." + cents + "元。";
                    case 1 -> "项目总投资" + yuan + "." + cents + "，其中财政补助" + (yuan / 2) + ".00。";
                    case 2 -> "补助标准￥" + String.format("%,d", yuan) + "." + cents + "/年。";
                    case 3 -> "资金来源：县级财政" + yuan + "元，村集体自筹" + r.nextInt(100000) + "元。";
                    case 4 -> "合计人民币" + yuan + "." + cents + "元（大写略）。";
                    case 5 -> "预算" + (1 + r.nextInt(9999)) + "." + r.nextInt(10) + "万元。";
                    default -> "收入" + yuan + "." + cents + " 支出" + (yuan / 3) + "." + cents + " 结余" + (yuan - yuan / 3) + ".00";
                };
            }
            case DATE -> {
                int m = 1 + r.nextInt(12);
                int d = 1 + r.nextInt(28);
                yield switch (r.nextInt(7)) {
                    case 0 -> String.format("公示时间：%d-%02d-%02d至%d-%02d-%02d。", year, m, d, year, m, Math.min(28, d + 7));
                    case 1 -> String.format("成文日期：%d/%d/%d", year, m, d);
                    case 2 -> String.format("发布于%d.%02d.%02d %02d:%02d", year, m, d, r.nextInt(24), r.nextInt(60));
                    case 3 -> String.format("日期%d%02d%02d", year, m, d);
                    case 4 -> String.format("%d年%d月%d日召开村民代表大会。", year, m, d);
                    case 5 -> String.format("于%d年%02d月%02d日 %02d:%02d:%02d受理。", year, m, d, r.nextInt(24), r.nextInt(60), r.nextInt(60));
                    default -> String.format("有效期%d-%02d-%02d—%d-%02d-%02d", year, m, d, year + 5, m, d);
                };
            }
            case DOCUMENT_NUMBER -> {
                String org = SyntheticPeople.pick(r, List.of("文成政发", "文政办发", "百政", "文民", "温政办", "浙民助", "奉政发"));
                int n = 1 + r.nextInt(300);
                yield switch (r.nextInt(3)) {
                    case 0 -> "依据" + org + "〔" + year + "〕" + n + "号文件。";
                    case 1 -> "文号：" + org + "[" + year + "]" + n + "号";
                    default -> "（" + org + "（" + year + "）" + n + "号）";
                };
            }
            case INDEX_NUMBER -> {
                String seq = String.format("%05d", 1 + r.nextInt(99_999));
                yield switch (r.nextInt(5)) {
                    case 0 -> "索引号：" + SyntheticPeople.pick(r, towns) + "/" + year + "-" + seq;
                    case 1 -> "索引号：" + SyntheticPeople.pick(r, villages) + "-" + year + "-" + seq;
                    case 2 -> String.format("索引号：%03d%03d%03d-%d-%s", r.nextInt(1000), r.nextInt(1000), r.nextInt(1000), year, seq);
                    case 3 -> "索引号 " + creditCode(r, true) + "/" + year + "-" + seq;
                    default -> "索引号：" + creditCode(r, false) + "/" + year + "-" + seq;
                };
            }
            case LANDLINE -> {
                String area = SyntheticPeople.pick(r, List.of("0577", "0574", "0571", "010", "021", "020", "0755", "028", "0991"));
                String local = (area.length() == 3 ? "" : String.valueOf(2 + r.nextInt(8))) + String.format("%07d", r.nextInt(10_000_000));
                yield switch (r.nextInt(8)) {
                    case 0 -> "监督电话：" + area + "-" + local;
                    case 1 -> "联系电话：（" + area + "）" + local;
                    case 2 -> "电话 " + area + " " + local.substring(0, 4) + " " + local.substring(4);
                    case 3 -> "电话" + area + local;
                    case 4 -> "电话：" + area + "-" + local + "转" + (100 + r.nextInt(900));
                    case 5 -> "传真 " + area + "-" + local + "-" + (1000 + r.nextInt(9000));
                    case 6 -> "服务热线400-" + (100 + r.nextInt(900)) + "-" + (1000 + r.nextInt(9000));
                    default -> "举报电话12345，或拨打" + area + "-" + local + "。";
                };
            }
            case DIVISION_CODE -> switch (r.nextInt(3)) {
                case 0 -> "统计用区划代码：" + SyntheticPeople.pick(r, villages) + "。";
                case 1 -> SyntheticPeople.pick(r, villages) + " " + SyntheticPeople.pick(r, villages);
                default -> "（" + SyntheticPeople.pick(r, towns) + "，" + SyntheticPeople.pick(r, villages) + "）";
            };
            case TIMESTAMP -> String.format(r.nextBoolean() ? "流水号%d%02d%02d%02d%02d%02d" : "批次%d%02d%02d%02d%02d", year,
                    1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60));
            case CREDIT_CODE -> "实施单位统一社会信用代码：" + creditCode(r, r.nextBoolean()) + "。";
            case PROJECT_CODE -> String.format("项目代码：%d-%s-%02d-%02d-%06d", year, SyntheticPeople.pick(r, villages).substring(0, 6),
                    r.nextInt(100), 1 + r.nextInt(5), r.nextInt(1_000_000));
            case NUMBER_TABLE -> {
                StringBuilder table = new StringBuilder("序号 户数 人数 金额\n");
                String sep = r.nextBoolean() ? " " : "\t";
                for (int row = 1; row <= 5; row++) {
                    table.append(row).append(sep).append(1 + r.nextInt(9)).append(sep).append(1 + r.nextInt(6)).append(sep)
                            .append(100 * (1 + r.nextInt(50))).append(r.nextBoolean() ? ".00" : "").append('\n');
                }
                yield table.toString();
            }
            case REFERENCE_NUMBER -> switch (r.nextInt(4)) {
                case 0 -> String.format("发票代码%03d%03d%02d%04d", r.nextInt(1000), r.nextInt(1000), year % 100, r.nextInt(10_000));
                case 1 -> String.format("电子发票号码%d%018d", year % 100, Math.abs(r.nextLong()) % 1_000_000_000_000_000_000L);
                case 2 -> String.format("合同编号%d%09d", year, r.nextInt(1_000_000_000));
                default -> String.format("订单号%d%02d%02d%08d", year, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(100_000_000));
            };
            case OTHER_NUMBERS -> switch (r.nextInt(6)) {
                case 0 -> "邮编" + (100000 + r.nextInt(800000)) + "。";
                case 1 -> "完成率" + r.nextInt(100) + "." + r.nextInt(100) + "%。";
                case 2 -> "第" + (1 + r.nextInt(12)) + "组" + (1 + r.nextInt(99)) + "号";
                case 3 -> "合同编号WC-" + year + "-" + String.format("%04d", r.nextInt(10000));
                case 4 -> "面积" + r.nextInt(10000) + "." + r.nextInt(100) + "平方米，坐标120." + String.format("%06d", r.nextInt(1_000_000));
                default -> "共" + r.nextInt(1000) + "户" + r.nextInt(5000) + "人，其中" + r.nextInt(100) + "户享受低保。";
            };
        };
    }

    /** A unified social credit code (GB 32100-2015) with its check character, all digits or ending with a letter. */
    static String creditCode(Random r, boolean digitsOnly) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        while (true) {
            StringBuilder code = new StringBuilder(SyntheticPeople.pick(r, List.of("11", "12", "51", "52", "91", "92", "93")))
                    .append("330328");
            for (int k = 0; k < 9; k++) {
                code.append((char) ('0' + r.nextInt(10)));
            }
            int sum = 0;
            for (int k = 0; k < 17; k++) {
                sum += chars.indexOf(code.charAt(k)) * weights[k];
            }
            char check = chars.charAt((31 - sum % 31) % 31);
            if (Character.isDigit(check) == digitsOnly) {
                return code.append(check).toString();
            }
        }
    }
}
