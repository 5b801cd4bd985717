/**
 * Notices on a division's disclosure board: drafts written by clerks, published notices read by
 * everyone. Owns the NOTICE table. Reaches the database only through {@code access.TenantData};
 * must not know about the web layer.
 */
package org.gongshi.notice;
