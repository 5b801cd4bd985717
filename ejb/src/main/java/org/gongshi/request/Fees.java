package org.gongshi.request;

import java.util.ArrayList;
import java.util.List;

/**
 * The information-processing fee of 国办函〔2020〕109号 (Art. 3), in whole yuan, with how it was
 * counted in Chinese. Free within the bands; above them only the part beyond each band is charged:
 * <ul>
 *   <li>按件: the applicant's 1st–10th request to this agency in a calendar month is free, the
 *       11th–30th costs 100 元 each, and from the 31st every further band of 10 requests costs
 *       100 元 more each (31st–40th 200 元, 41st–50th 300 元, …).</li>
 *   <li>按量: pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元, from 201 at 40 元 a page.</li>
 * </ul>
 * Pure arithmetic; who the "same applicant" is and which method applies is decided by the caller.
 */
public final class Fees {

    /** One amount with its explanation. */
    public record Fee(FeeMethod method, int count, int yuan, List<String> explanation) {
        public Fee {
            explanation = List.copyOf(explanation);
        }
    }

    private Fees() {
    }

    /** The fee for the applicant's {@code ordinal}-th request (1-based) in the calendar month. */
    public static Fee perRequest(int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("The ordinal of a request starts at 1.");
        }
        int yuan = perRequestYuan(ordinal);
        List<String> why = new ArrayList<>();
        why.add("按件计收：申请人一个自然月内向本机关提出的第" + ordinal + "件申请。");
        if (yuan == 0) {
            why.add("一个自然月内累计10件以下（含10件）的，不收费。");
        } else if (ordinal <= 30) {
            why.add("11—30件（含30件）的部分，每件收费100元。");
        } else {
            int band = (ordinal - 31) / 10;
            why.add("30件以上的部分，以10件为一档，每增加一档每件提高100元：第" + (31 + band * 10) + "—"
                    + (40 + band * 10) + "件每件收费" + yuan + "元。");
        }
        why.add("收费标准依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条。");
        return new Fee(FeeMethod.PER_REQUEST, ordinal, yuan, why);
    }

    /** The fee for providing {@code pages} pages for one request. */
    public static Fee perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("Pages cannot be negative.");
        }
        int band1 = Math.max(0, Math.min(pages, 100) - 30);
        int band2 = Math.max(0, Math.min(pages, 200) - 100);
        int band3 = Math.max(0, pages - 200);
        int yuan = band1 * 10 + band2 * 20 + band3 * 40;
        List<String> why = new ArrayList<>();
        why.add("按量计收：本次提供" + pages + "页。");
        if (yuan == 0) {
            why.add("30页以下（含30页）的，不收费。");
        } else {
            why.add("31—100页的部分" + band1 + "页×10元" + (band2 > 0 ? "；101—200页的部分" + band2 + "页×20元" : "")
                    + (band3 > 0 ? "；200页以上的部分" + band3 + "页×40元" : "") + "，合计" + yuan + "元。");
        }
        why.add("收费标准依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条。");
        return new Fee(FeeMethod.PER_PAGE, pages, yuan, why);
    }

    static int perRequestYuan(int ordinal) {
        if (ordinal <= 10) {
            return 0;
        }
        if (ordinal <= 30) {
            return 100;
        }
        return 100 + 100 * ((ordinal - 31) / 10 + 1);
    }
}
