package org.gongshi.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Opens the search index when the application starts (after the schema is migrated) and checks
 * every 30 seconds that it still matches the database, rebuilding it in the background if not.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndexKeeper {

    @Inject
    LuceneNoticeSearch search;

    @PostConstruct
    void open() {
        search.start();
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "check the search index")
    void check() {
        search.checkFreshness(true);
    }
}
