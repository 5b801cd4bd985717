/**
 * Tamper evidence: every publication, revision and withdrawal of a notice is appended to its
 * division's hash chain ({@link org.gongshi.integrity.ChainLink}), inside the publishing
 * transaction. Anyone can have one published notice checked against the chain; a tenant
 * administrator or the county can have a whole division's chain recomputed, which names the first
 * broken link. Listens to {@code notice}'s events; reaches the database only through
 * {@code access.TenantData}; must not know about the web layer.
 */
package org.gongshi.integrity;
