package org.gongshi.request;

/**
 * How the applicant would like to receive the reply, as they chose when filing (Regulation Art. 29
 * lets the application name the form and way of receiving the information). A wish recorded for
 * staff; it is optional and changes no deadline.
 */
public enum PreferredReplyChannel {
    /** 凭查询码在网上或查阅点查看. */
    ONLINE,
    /** 邮寄. */
    POST,
    /** 电子邮件. */
    EMAIL,
    /** 当面领取. */
    IN_PERSON
}
