/**
 * Disclosure on request (依申请公开, Regulation on Open Government Information 2019, Arts. 27–45):
 * the request a division must answer, its receipt number and access code, its states named from
 * the statute, and its legal clock ({@link org.gongshi.request.ReplyDeadline}), computed in one
 * place on the official working-day calendar and stored with the request.
 * <p>
 * Replies are typed fine enough that each is one row of the annual report's table 三
 * ({@link org.gongshi.request.ResultRow}); fees follow 国办函〔2020〕109号 ({@link org.gongshi.request.Fees});
 * letters (reply, fee notice, extension, correction) are written as Word and PDF through
 * {@code document} and archived with the request; administrative review and litigation are recorded
 * for table 四 ({@link org.gongshi.request.RequestChallenge}).
 * <p>
 * Owns the tables {@code DISCLOSURE_REQUEST}, {@code REQUEST_COUNTER}, {@code REQUEST_DOCUMENT} and
 * {@code REQUEST_CHALLENGE}. Reaches the database only through {@code access.TenantData}; writes audit
 * entries through {@code audit.AuditTrail}. Touches notices in one place only: moving often-requested
 * information to proactive disclosure (Art. 44) creates a draft through {@code notice.NoticeService}.
 * Any division may receive requests (the domain notes do not exclude village committees).
 */
package org.gongshi.request;
