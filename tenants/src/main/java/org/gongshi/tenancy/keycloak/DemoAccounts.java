package org.gongshi.tenancy.keycloak;

import java.util.List;
import java.util.Set;

import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffRole;

/**
 * The demo staff of the seed counties. Two villages of one town in 文成县 show that neighbours
 * cannot see each other; the town's own clerk shows that a town does not see its villages; a clerk
 * in 奉化区 shows that counties are apart; the county supervisor reads all of 文成县.
 */
public final class DemoAccounts {

    /** Every demo account has this password. */
    public static final String PASSWORD = "gongshi";

    private static final String EMAIL_DOMAIN = "@demo.gongshi.example.org";

    /** 浙江省 温州市 文成县 百丈漈镇 篁庄村委会. */
    public static final DivisionCode HUANGZHUANG_VILLAGE = DivisionCode.of("330328101200");
    /** 浙江省 温州市 文成县 百丈漈镇 西里村委会. */
    public static final DivisionCode XILI_VILLAGE = DivisionCode.of("330328101202");
    /** 浙江省 温州市 文成县 百丈漈镇. */
    public static final DivisionCode BAIZHANGJI_TOWN = DivisionCode.of("330328101");
    /** 浙江省 宁波市 奉化区 锦屏街道 奉中社区. */
    public static final DivisionCode FENGZHONG_COMMUNITY = DivisionCode.of("330213001001");
    /** 浙江省 温州市 文成县. */
    public static final DivisionCode WENCHENG_COUNTY = DivisionCode.of("330328");

    public static final DemoAccount HUANGZHUANG_CLERK =
            account("wc-hz-clerk", "张", "晓梅", HUANGZHUANG_VILLAGE, StaffRole.CLERK);
    public static final DemoAccount HUANGZHUANG_REVIEWER =
            account("wc-hz-reviewer", "李", "建国", HUANGZHUANG_VILLAGE, StaffRole.REVIEWER);
    public static final DemoAccount XILI_CLERK =
            account("wc-xl-clerk", "王", "丽娟", XILI_VILLAGE, StaffRole.CLERK);
    public static final DemoAccount XILI_REVIEWER =
            account("wc-xl-reviewer", "陈", "志强", XILI_VILLAGE, StaffRole.REVIEWER);
    public static final DemoAccount BAIZHANGJI_CLERK =
            account("wc-bzj-clerk", "刘", "芳", BAIZHANGJI_TOWN, StaffRole.CLERK);
    /** The town's two reviewers: the town reviews at two levels (三审) in the demo. */
    public static final DemoAccount BAIZHANGJI_REVIEWER =
            account("wc-bzj-reviewer", "孙", "立新", BAIZHANGJI_TOWN, StaffRole.REVIEWER);
    /** Second-level reviewer and head of the town's disclosure office: approves extensions (Art. 33). */
    public static final DemoAccount BAIZHANGJI_HEAD =
            account("wc-bzj-head", "郑", "卫东", BAIZHANGJI_TOWN, StaffRole.REVIEWER, StaffRole.DISCLOSURE_HEAD);
    public static final DemoAccount FENGZHONG_CLERK =
            account("fh-fz-clerk", "周", "海燕", FENGZHONG_COMMUNITY, StaffRole.CLERK);
    public static final DemoAccount WENCHENG_SUPERVISOR =
            account("wc-county", "赵", "国华", WENCHENG_COUNTY, StaffRole.COUNTY_SUPERVISOR);
    public static final DemoAccount WENCHENG_ADMIN =
            account("wc-admin", "吴", "敏", WENCHENG_COUNTY, StaffRole.TENANT_ADMIN);
    /** The village's own administrator: adapts 篁庄村's standard catalog (and nothing of its neighbours'). */
    public static final DemoAccount HUANGZHUANG_ADMIN =
            account("wc-hz-admin", "黄", "文斌", HUANGZHUANG_VILLAGE, StaffRole.TENANT_ADMIN);

    /** The county office's clerk: publishes the county's own notices, e.g. the monthly bulletin (月月通报). */
    public static final DemoAccount WENCHENG_OFFICE_CLERK =
            account("wc-office-clerk", "钱", "文静", WENCHENG_COUNTY, StaffRole.CLERK);
    /** The county office's reviewer. */
    public static final DemoAccount WENCHENG_OFFICE_REVIEWER =
            account("wc-office-reviewer", "冯", "建华", WENCHENG_COUNTY, StaffRole.REVIEWER);

    private static final List<DemoAccount> ALL = List.of(
            HUANGZHUANG_CLERK, HUANGZHUANG_REVIEWER,
            XILI_CLERK, XILI_REVIEWER,
            BAIZHANGJI_CLERK, BAIZHANGJI_REVIEWER, BAIZHANGJI_HEAD,
            FENGZHONG_CLERK,
            WENCHENG_SUPERVISOR,
            WENCHENG_ADMIN,
            WENCHENG_OFFICE_CLERK, WENCHENG_OFFICE_REVIEWER,
            HUANGZHUANG_ADMIN);

    private DemoAccounts() {
    }

    public static List<DemoAccount> all() {
        return ALL;
    }

    private static DemoAccount account(String username, String lastName, String firstName,
            DivisionCode division, StaffRole... roles) {
        return new DemoAccount(username, PASSWORD, lastName, firstName, username + EMAIL_DOMAIN,
                division, Set.of(roles));
    }
}
