package org.gongshi.request;

/** How a request reached the division; it decides the date of receipt (Regulation Art. 31). */
public enum RequestChannel {
    /** 网上申请: received the day both sides confirm it (the portal confirms at once). */
    ONLINE,
    /** 查阅点自助终端: as online. */
    KIOSK,
    /** 当面提交: the day it is handed in. */
    IN_PERSON,
    /** 邮寄（需签收）: the day it is signed for. */
    SIGNED_POST,
    /** 平常信函: the day the division confirms it with the applicant. */
    ORDINARY_POST,
    /** 传真: the day both sides confirm it. */
    FAX
}
