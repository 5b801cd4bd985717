/**
 * HTTP plumbing shared by the public pages ({@code web.site}) and the public JSON ({@code web.rest}):
 * validators and conditional requests ({@link org.gongshi.web.http.Revalidation}), the in-memory
 * cache of rendered answers ({@link org.gongshi.web.http.RenderedCache}) and the public base URL
 * ({@link org.gongshi.web.http.PublicUrls}). Depends on no other web package.
 */
package org.gongshi.web.http;
