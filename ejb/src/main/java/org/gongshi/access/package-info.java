/**
 * Access to tenant data: who the caller is (from the verified token only) and entity managers bound
 * to the caller's tenant scope. Every capability reaches the database through {@link
 * org.gongshi.access.TenantData}; none opens an entity manager of its own or runs native SQL.
 */
package org.gongshi.access;
