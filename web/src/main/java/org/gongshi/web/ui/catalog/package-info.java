/**
 * The staff screen of the standard catalog (公开事项标准目录, route {@code standard-catalog}): browse a
 * division's effective catalog, adapt it (tenant administrator, own division) and push items to the
 * county (county office). Calls {@code org.gongshi.catalog.StandardCatalogService} only; never an entity
 * manager. Depends on {@code web.ui} (layout, texts, messages); {@code web.ui} reaches it by route path.
 */
package org.gongshi.web.ui.catalog;
