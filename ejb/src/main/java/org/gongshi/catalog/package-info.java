/**
 * The standard disclosure catalog (公开事项标准目录, 国办发〔2019〕54号 and the 26 domain guidelines;
 * Regulation Art. 20–21 for towns; 村务公开 for villages): the templates per level seeded from
 * {@code standard-catalog.csv}, the items a county pushes to its subtree, each tenant's adaptation of
 * its own catalog, and the compliance check (items not kept up to date). Owns the tables
 * CATALOG_PUSHED_ITEM and CATALOG_ADAPTATION.
 *
 * <p>Depends on {@code access}, {@code audit}, {@code calendar} and {@code shared}. It must not depend
 * on {@code notice}: the notice capability depends on this one (a notice is filed under a catalog
 * item, checked by {@link org.gongshi.catalog.CatalogKeys}), and tells it when items were last
 * published through the {@link org.gongshi.catalog.CatalogPublications} port. Not to be confused with
 * {@code notice.PublicCatalog}, the public browse catalog of notices.
 */
package org.gongshi.catalog;
