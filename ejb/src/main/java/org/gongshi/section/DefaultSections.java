package org.gongshi.section;

import org.gongshi.tenancy.DivisionLevel;

import java.util.List;

/**
 * The sections a division's board starts with, by level. Keys are stable (notices store them);
 * names are what residents read and what an administrator may rename.
 *
 * <ul>
 *   <li>Villages: the items of village affairs disclosure (村务公开: 《关于健全和完善村务公开和民主管理
 *   制度的意见》, 中办发〔2004〕17号, and 《村民委员会组织法》 Art. 30 — 村务、财务公开), plus the
 *   village-level domains of the grassroots standard catalog (国办发〔2019〕54号: 社会救助, 扶贫,
 *   土地/宅基地, 惠农补贴) and the village code (村规民约, 组织法 Art. 27).</li>
 *   <li>Towns: Regulation on Open Government Information (2019) Art. 21 — rural policies,
 *   social assistance, land contracting, homestead use, expropriation and compensation — and
 *   Art. 20 (policy documents, budgets and final accounts, major projects), with the 26 domains of
 *   国办发〔2019〕54号 for the rest (政策解读, 公共服务).</li>
 *   <li>Counties (and above): Art. 20 and the same 26 domains, at county level.</li>
 * </ul>
 * Every level ends with {@link #OTHER}, where notices without a section are shown.
 */
public final class DefaultSections {

    /** The catch-all section: notices without a section, or in a hidden one, appear under it. */
    public static final String OTHER = "other";

    /** One default section. */
    public record Entry(String key, String name) {
    }

    private static final List<Entry> VILLAGE = List.of(
            new Entry("village-affairs", "村务公开"),
            new Entry("village-finance", "财务公开"),
            new Entry("social-assistance", "社会救助"),
            new Entry("poverty-alleviation", "扶贫项目与资金"),
            new Entry("land-homestead", "土地与宅基地"),
            new Entry("farm-subsidies", "惠农补贴"),
            new Entry("village-rules", "村规民约"),
            new Entry(OTHER, "其他"));

    private static final List<Entry> TOWN = List.of(
            new Entry("policy-documents", "政策文件"),
            new Entry("policy-interpretation", "政策解读"),
            new Entry("social-assistance", "社会救助"),
            new Entry("rural-revitalization", "乡村振兴与扶贫"),
            new Entry("land-expropriation", "土地征收与补偿"),
            new Entry("budget-accounts", "财政预决算"),
            new Entry("major-projects", "重大建设项目"),
            new Entry("public-services", "公共服务"),
            new Entry(OTHER, "其他"));

    private static final List<Entry> COUNTY = List.of(
            new Entry("policy-documents", "政策文件"),
            new Entry("policy-interpretation", "政策解读"),
            new Entry("social-assistance", "社会救助"),
            new Entry("rural-revitalization", "乡村振兴与扶贫"),
            new Entry("land-expropriation", "征地补偿"),
            new Entry("budget-accounts", "财政预决算"),
            new Entry("major-projects", "重大建设项目"),
            new Entry("public-services", "公共服务"),
            new Entry("public-consultation", "征求意见"),
            new Entry(OTHER, "其他"));

    private DefaultSections() {
    }

    /** The defaults of a level, in board order. */
    public static List<Entry> forLevel(DivisionLevel level) {
        return switch (level) {
            case VILLAGE -> VILLAGE;
            case TOWN -> TOWN;
            case COUNTY, CITY, PROVINCE -> COUNTY;
        };
    }
}
