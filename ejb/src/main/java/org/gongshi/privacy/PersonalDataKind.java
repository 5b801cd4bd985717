package org.gongshi.privacy;

/** The kinds of personal number the scanner recognises, each masked by the rule of its field type. */
public enum PersonalDataKind {
    /** 公民身份号码: 18-character, 15-digit old form, 9-prefixed permanent-resident IDs. */
    CITIZEN_ID(FieldType.ID_NUMBER),
    /** 手机号码: 11 digits 1[3-9]…, with or without +86. */
    MOBILE_PHONE(FieldType.PHONE),
    /** 银行卡号 / 存折账号: 12 to 19 digits. */
    BANK_CARD(FieldType.BANK_CARD);

    private final FieldType fieldType;

    PersonalDataKind(FieldType fieldType) {
        this.fieldType = fieldType;
    }

    /** The field type whose masking rule masks a number of this kind found in free text. */
    public FieldType fieldType() {
        return fieldType;
    }
}
