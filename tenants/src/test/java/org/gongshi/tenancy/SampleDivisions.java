package org.gongshi.tenancy;

/** Real division codes from the seed data, named for the tests. */
public final class SampleDivisions {

    /** 浙江省. */
    public static final DivisionCode ZHEJIANG_PROVINCE = DivisionCode.of("33");
    /** 浙江省 温州市. */
    public static final DivisionCode WENZHOU_CITY = DivisionCode.of("3303");
    /** 浙江省 宁波市. */
    public static final DivisionCode NINGBO_CITY = DivisionCode.of("3302");
    /** 浙江省 温州市 文成县. */
    public static final DivisionCode WENCHENG_COUNTY = DivisionCode.of("330328");
    /** 浙江省 温州市 瓯海区. */
    public static final DivisionCode OUHAI_DISTRICT = DivisionCode.of("330304");
    /** 浙江省 宁波市 奉化区. */
    public static final DivisionCode FENGHUA_DISTRICT = DivisionCode.of("330213");
    /** 文成县 百丈漈镇. */
    public static final DivisionCode BAIZHANGJI_TOWN = DivisionCode.of("330328101");
    /** 文成县 百丈漈镇 篁庄村委会. */
    public static final DivisionCode HUANGZHUANG_VILLAGE = DivisionCode.of("330328101200");
    /** 文成县 百丈漈镇 西里村委会. */
    public static final DivisionCode XILI_VILLAGE = DivisionCode.of("330328101202");
    /** 奉化区 锦屏街道 奉中社区. */
    public static final DivisionCode FENGZHONG_COMMUNITY = DivisionCode.of("330213001001");

    private SampleDivisions() {
    }
}
