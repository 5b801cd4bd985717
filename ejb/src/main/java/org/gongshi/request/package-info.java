/**
 * Disclosure on request (依申请公开, Regulation on Open Government Information 2019, Arts. 27–45):
 * the request a division must answer, its receipt number and access code, its states named from
 * the statute, and its legal clock ({@link org.gongshi.request.ReplyDeadline}), computed in one
 * place on the official working-day calendar and stored with the request.
 * <p>
 * Owns the tables {@code DISCLOSURE_REQUEST} and {@code REQUEST_COUNTER}. Reaches the database only
 * through {@code access.TenantData}; writes audit entries through {@code audit.AuditTrail}. Must not
 * touch notices: a reply that moves information to proactive disclosure (Art. 44) is a later slice.
 * Any division may receive requests (the domain notes do not exclude village committees).
 */
package org.gongshi.request;
