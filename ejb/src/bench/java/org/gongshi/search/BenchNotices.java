package org.gongshi.search;

import org.gongshi.notice.Genre;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Generated notices for the search benchmark, written straight into a Lucene index (no database):
 * titles and bodies put together from the words of real village and town notices, spread over
 * 1,000 real divisions (the seed's villages, then towns). Deterministic (fixed seed); the index is
 * built once and reused while its fingerprint matches.
 */
final class BenchNotices {

    static final String FINGERPRINT_PREFIX = "bench-v1-";

    /** Words of real notices (公示、通知) on village and town boards. */
    static final String[] SUBJECTS = {
            "最低生活保障", "低保户", "临时救助金", "特困人员供养", "残疾人两项补贴", "高龄津贴", "耕地地力保护补贴",
            "危房改造", "村级财务收支", "集体资产清查", "土地承包经营权", "宅基地审批", "征地补偿款", "村集体经济分红",
            "城乡居民医疗保险", "城乡居民养老保险", "退役军人优抚", "计划生育奖励扶助", "公益性岗位", "就业技能培训",
            "森林防火", "防汛防台", "人居环境整治", "垃圾分类", "农村道路硬化", "饮用水工程", "山塘水库除险加固",
            "河道清淤", "文化礼堂建设", "居家养老服务", "茶园提升改造", "农民专业合作社", "乡村振兴项目", "村务监督委员会",
            "村民代表会议", "换届选举", "党务公开", "工程招标", "项目验收", "产业扶持资金", "生态公益林补偿",
            "粮食生产补贴", "农机购置补贴", "困难群众慰问", "助学金", "医疗救助", "独生子女父母奖励", "殡葬改革"};
    static final String[] KINDS = {"公示", "通知", "公告", "名单公示", "结果公示", "实施方案", "工作报告", "情况说明"};
    static final String[] SENTENCES = {
            "根据上级有关文件精神，经村民代表会议讨论通过，现将有关情况公示如下。",
            "公示期间，如有异议，请向村务监督委员会或镇民政办反映。",
            "本次共评定{0}户，涉及人口{1}人，发放资金{2}元。",
            "请广大村民相互转告，积极配合，按时完成{3}工作。",
            "联系电话：0577-6781{4}，联系人：村委会办公室。",
            "资金已通过一卡通发放到户，请注意查收。",
            "对弄虚作假、骗取补助的，一经查实，将追回资金并依法处理。",
            "工程由具备资质的施工单位承建，预计{5}月底前完工，石拱桥同步加固。",
            "经审核，以下人员符合条件，予以公示，接受群众监督。",
            "本公示自发布之日起七日内有效。",
            "村级财务收支明细已经镇农村财务会计服务中心审核。",
            "请各户注意用火安全，严禁野外烧荒，上山不带火种。",
            "粮油、被褥等慰问物资已发放到户。",
            "申请人须提供身份证、户口簿及相关证明材料。"};
    static final String[] TOPICS = {"社会救助", "财务公开", "民生保障", "农业农村", "基础设施", "党务", "应急管理"};
    static final String[] AGENCIES = {"村民委员会", "村务监督委员会", "镇人民政府", "镇民政办"};
    static final String[] AUDIENCES = {"全体村民", "困难群众", "老年人", "残疾人", "农户"};
    static final String[] SECTIONS = {"party", "village", "finance", "relief", "other"};

    private BenchNotices() {
    }

    /** 1,000 divisions: the seed's villages, then as many towns as are needed. */
    static List<DivisionCode> divisions() {
        DivisionDirectory directory = DivisionDirectory.seed();
        List<DivisionCode> codes = new ArrayList<>();
        directory.atLevel(DivisionLevel.VILLAGE).stream().map(Division::code).sorted().forEach(codes::add);
        directory.atLevel(DivisionLevel.TOWN).stream().map(Division::code).sorted().forEach(codes::add);
        return List.copyOf(codes.subList(0, Math.min(1000, codes.size())));
    }

    /** The county with the most divisions among the 1,000: the heaviest subtree search. */
    static DivisionCode largestCounty(List<DivisionCode> divisions) {
        return divisions.stream().map(d -> d.value().substring(0, 6))
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> DivisionCode.of(e.getKey())).orElseThrow();
    }

    static IndexedNotice notice(int i, List<DivisionCode> divisions) {
        SplittableRandom r = new SplittableRandom(0x5EEDL * 31 + i);
        DivisionCode division = divisions.get(i % divisions.size());
        String subject = pick(r, SUBJECTS);
        int year = 2021 + r.nextInt(6);
        String title = "关于" + year + "年度" + subject + pick(r, KINDS);
        StringBuilder body = new StringBuilder();
        body.append("关于").append(subject).append("的有关事项，");
        int sentences = 4 + r.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            String sentence = pick(r, SENTENCES)
                    .replace("{0}", String.valueOf(1 + r.nextInt(60)))
                    .replace("{1}", String.valueOf(1 + r.nextInt(150)))
                    .replace("{2}", String.valueOf(1000 + r.nextInt(500000)))
                    .replace("{3}", pick(r, SUBJECTS))
                    .replace("{4}", String.format("%03d", r.nextInt(1000)))
                    .replace("{5}", String.valueOf(1 + r.nextInt(12)));
            body.append(sentence);
            if (r.nextInt(3) == 0) {
                body.append("涉及").append(pick(r, SUBJECTS)).append("的，按规定办理。");
            }
        }
        Instant published = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)).atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant().plusSeconds(r.nextInt(86_400));
        // One in ten is a 公示 with a notice period, most of them long over.
        LocalDate ends = r.nextInt(10) == 0 ? LocalDate.of(year, 12, 31) : null;
        return new IndexedNotice("bench-" + i, division.value(), title, body.toString(), "",
                "村〔" + year + "〕" + (1 + r.nextInt(40)) + "号", pick(r, SECTIONS), Genre.values()[r.nextInt(Genre.values().length)],
                Set.of(pick(r, TOPICS)), pick(r, AGENCIES), Set.of(pick(r, AUDIENCES)), published, ends);
    }

    /** Opens the benchmark index, building it first when it is missing or was built for another size. */
    static Path ensureIndex(Path dir, int count) throws Exception {
        String fingerprint = FINGERPRINT_PREFIX + count;
        if (Files.exists(dir)) {
            try (SearchIndex existing = SearchIndex.open(dir)) {
                if (existing.fingerprint().equals(fingerprint)) {
                    System.out.println("Reusing the benchmark index in " + dir);
                    return dir;
                }
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        List<DivisionCode> divisions = divisions();
        long started = System.nanoTime();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (SearchIndex index = SearchIndex.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        try {
                            index.add(NoticeDocuments.of(notice(i, divisions)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (i % 100_000 == 0) {
                            System.out.println("  " + i + " notices…");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            pool.shutdown();
            index.commit(fingerprint);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("Built the benchmark index: %d notices, %d divisions, %d s, %d MB on disk, %d threads%n",
                count, divisions.size(), seconds, bytes >> 20, threads);
        return dir;
    }

    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
