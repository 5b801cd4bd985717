package org.gongshi.catalog;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Map;

/**
 * When each division last published under each catalog item: the port through which the capability
 * that owns notices tells the catalog, so that the catalog does not depend on it. One aggregate query
 * for every division the entity manager sees.
 */
public interface CatalogPublications {

    /** Nothing ever published: for a deployment or a test without notices. */
    CatalogPublications NONE = em -> Map.of();

    /** The key of {@link #lastPublished}'s map. */
    record Filed(String divisionCode, String itemKey) {
    }

    /** Last publication day (China Standard Time) per division and item, for the divisions {@code em} sees. */
    Map<Filed, LocalDate> lastPublished(EntityManager em);
}
