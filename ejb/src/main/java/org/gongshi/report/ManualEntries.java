package org.gongshi.report;

import org.gongshi.shared.InvalidInput;

import java.math.BigDecimal;

/**
 * What table 二 asks for that the application does not hold, entered by staff and stored with the
 * report: 规章 (made only by provincial and larger-city governments, 立法法 Art. 93; usually 0 at
 * county level and below), the numbers of 行政许可, 行政处罚 and 行政强制 decisions of the year, and
 * the amount of 行政事业性收费 in 万元 (at most four decimals, i.e. to the yuan).
 */
public record ManualEntries(long rulesIssued, long rulesAbolished, long rulesInForce,
                            long licensingDecisions, long penaltyDecisions, long enforcementDecisions,
                            BigDecimal feesTenThousandYuan) {

    static final long MAX = 100_000_000L;
    static final BigDecimal MAX_FEES = new BigDecimal("100000000");
    public static final ManualEntries NONE = new ManualEntries(0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

    public ManualEntries {
        feesTenThousandYuan = feesTenThousandYuan == null ? BigDecimal.ZERO : feesTenThousandYuan;
        count(rulesIssued, "规章本年制发件数");
        count(rulesAbolished, "规章本年废止件数");
        count(rulesInForce, "规章现行有效件数");
        count(licensingDecisions, "行政许可本年处理决定数量");
        count(penaltyDecisions, "行政处罚本年处理决定数量");
        count(enforcementDecisions, "行政强制本年处理决定数量");
        if (feesTenThousandYuan.signum() < 0 || feesTenThousandYuan.compareTo(MAX_FEES) > 0) {
            throw new InvalidInput("error.annual-report.fees-out-of-range");
        }
        if (feesTenThousandYuan.stripTrailingZeros().scale() > 4) {
            throw new InvalidInput("error.annual-report.fees-scale");
        }
        feesTenThousandYuan = feesTenThousandYuan.setScale(4, java.math.RoundingMode.UNNECESSARY).stripTrailingZeros();
        if (feesTenThousandYuan.scale() < 0) {
            feesTenThousandYuan = feesTenThousandYuan.setScale(0);
        }
    }

    private static void count(long n, String field) {
        if (n < 0 || n > MAX) {
            throw new InvalidInput("error.annual-report.count-out-of-range", field);
        }
    }

    ManualEntries plus(ManualEntries o) {
        return new ManualEntries(rulesIssued + o.rulesIssued, rulesAbolished + o.rulesAbolished,
                rulesInForce + o.rulesInForce, licensingDecisions + o.licensingDecisions,
                penaltyDecisions + o.penaltyDecisions, enforcementDecisions + o.enforcementDecisions,
                feesTenThousandYuan.add(o.feesTenThousandYuan));
    }
}
