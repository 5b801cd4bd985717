/**
 * Chinese full-text search of the public boards: a Lucene index (CJK bigrams for every substring of
 * two or more characters, unigrams for one) of the published, proactive notices — title, body,
 * attachment text — kept current from {@code NoticePublished} after commit and rebuilt from the
 * database when missing or stale (fingerprint in the commit data). Every page of hits is re-checked
 * against the database within the searched scope. Reads the database only through
 * {@code access.TenantData} ({@link org.gongshi.search.SearchData}); must not know about the web layer.
 */
package org.gongshi.search;
