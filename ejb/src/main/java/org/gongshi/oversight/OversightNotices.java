package org.gongshi.oversight;

import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeContent;

import java.util.Set;

/**
 * The notice that publishes a bulletin or a set of cards: proactive, genre 通报/报告, under the
 * division's catch-all section, through the ordinary review and publication (including the
 * personal-data gate), filed under the catalog item {@value #CATALOG_ITEM_KEY}.
 */
final class OversightNotices {

    /** The standard catalog item these notices are filed under (政务公开工作考核、通报). */
    static final String CATALOG_ITEM_KEY = "open.oversight";

    private OversightNotices() {
    }

    /** The content of the notice for an issued bulletin or set of cards — the only place it is made. */
    static NoticeContent content(OversightIssue issue, String agency) {
        return new NoticeContent(issue.title(), issue.body(), null, Genre.REPORT, Set.of(), agency, Set.of(),
                null, issue.computedOn(), DisclosureAttribute.PROACTIVE, null, null, null, null, null, null,
                false, null, null).withCatalogItem(CATALOG_ITEM_KEY);
    }
}
