package org.gongshi.request;

import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;

import java.util.Optional;

/**
 * Who signs a division's letters, and where its applicants turn if they disagree.
 * <ul>
 *   <li>A town is answered by its people's government (百丈漈镇人民政府), a sub-district by its office
 *       (锦屏街道办事处), a county by its people's government.</li>
 *   <li>Administrative review (《行政复议法》2023, Art. 24) of a town government's or a sub-district
 *       office's decision goes to the county-level government above it; of a county government's, to
 *       the city government above it.</li>
 *   <li>A village committee is no administrative organ: there is no review of its answer, but
 *       villagers may turn to the town government (《村民委员会组织法》Art. 31).</li>
 * </ul>
 */
record Issuer(Division division, String name, Optional<String> reviewBody, Optional<String> villageSupervisor) {

    static Issuer of(Division division) {
        DivisionDirectory directory = DivisionDirectory.seed();
        Optional<Division> parent = Optional.ofNullable(division.parentCode()).flatMap(directory::find);
        return switch (division.level()) {
            case VILLAGE -> new Issuer(division, division.name(), Optional.empty(), parent.map(Issuer::governmentName));
            case TOWN, COUNTY -> new Issuer(division, governmentName(division), parent.map(Issuer::governmentName), Optional.empty());
            default -> new Issuer(division, governmentName(division), Optional.empty(), Optional.empty());
        };
    }

    /** The organ that acts for a division: a 街道 acts through its 办事处, every other division through its 人民政府. */
    static String governmentName(Division division) {
        if (division.level() == DivisionLevel.VILLAGE) {
            return division.name();
        }
        return division.name().endsWith("街道") ? division.name() + "办事处" : division.name() + "人民政府";
    }
}
