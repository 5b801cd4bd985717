/**
 * What every capability shares: the business exception hierarchy (translation keys, never user
 * text), identifiers and paging. Depends on nothing else of Gongshi.
 */
package org.gongshi.shared;
