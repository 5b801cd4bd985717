package org.gongshi.privacy;

/**
 * What a column of a relief or poverty list holds, as far as publishing it is concerned. The
 * personal kinds are masked by a {@code MaskingPolicy} before anything is kept; the public kinds
 * (amounts, categories, project data) are published as written but still scanned for personal
 * data, because clerks paste phone and ID numbers into any column. Unknown columns are
 * {@link #OTHER}: scanned, and masked where personal data is found (fail closed).
 */
public enum FieldType {
    /** 姓名 / 户主姓名. */
    NAME(true),
    /** 公民身份号码 (GB 11643-1999, 15-digit old form, 9-prefixed permanent-resident IDs). */
    ID_NUMBER(true),
    /** 联系电话 / 手机号码. */
    PHONE(true),
    /** 家庭住址. */
    ADDRESS(true),
    /** 银行卡号 / 存折账号. */
    BANK_CARD(true),
    /** 家庭人口 / 保障人数. */
    HOUSEHOLD_SIZE(false),
    /** 金额 (保障金、救助金额、项目资金). */
    AMOUNT(false),
    /** 类别 / 保障类别. */
    CATEGORY(false),
    /** 原因 (致贫原因、救助事由): may reveal health or disability, generalised by policy. */
    REASON(true),
    /** 村民小组. */
    VILLAGE_GROUP(false),
    /** 项目名称 (poverty fund and project lists). */
    PROJECT_NAME(false),
    /** 资金来源. */
    FUND_SOURCE(false),
    /** 实施期限 / 建设期限. */
    PERIOD(false),
    /** 建设内容及绩效目标. */
    GOALS(false),
    /** 实施结果 / 带贫效果. */
    RESULT(false),
    /** 实施单位. */
    IMPLEMENTING_UNIT(false),
    /** 责任人 (an official acting in office, published by rule). */
    RESPONSIBLE_PERSON(false),
    /** 监督举报电话 (an office number, published by rule; a mobile number in it is still flagged). */
    COMPLAINT_PHONE(false),
    /** 验收结果. */
    ACCEPTANCE_RESULT(false),
    /** Anything else: published only after a scan for personal data. */
    OTHER(false);

    private final boolean personal;

    FieldType(boolean personal) {
        this.personal = personal;
    }

    /** True for the kinds that are personal data by their nature and are always masked by policy. */
    public boolean personal() {
        return personal;
    }
}
