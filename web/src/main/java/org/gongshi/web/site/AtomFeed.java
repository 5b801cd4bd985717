package org.gongshi.web.site;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.gongshi.notice.PublishedNotice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The Atom feed of a board ({@code /board/{code}/feed.atom}), written by ROME: one entry per notice,
 * newest first, with its title, the link to its page, when it was published and last corrected, and
 * a plain-text summary (the words of the body without markup, never HTML). Text that XML cannot
 * carry (control characters) is dropped; ROME escapes the rest.
 */
final class AtomFeed {

    /** Entries in one feed: the newest notices; older ones are on the board. */
    static final int ENTRIES = 50;
    static final int SUMMARY_LENGTH = 200;
    static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

    private AtomFeed() {
    }

    /**
     * @param siteUrl   absolute base URL of the site (notice links are built from it)
     * @param boardUrl  absolute URL of the board page
     * @param feedUrl   absolute URL of this feed (its id and self link)
     * @param updated   when the board last changed
     */
    static String render(String title, String siteUrl, String boardUrl, String feedUrl, Instant updated, List<PublishedNotice> notices) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(xml(title));
        feed.setUri(feedUrl);
        feed.setLink(boardUrl);
        feed.setAuthors(List.of(person(title)));
        feed.setPublishedDate(Date.from(updated));
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", "text/html", boardUrl));
        links.add(link("self", "application/atom+xml", feedUrl));
        feed.setLinks(links);
        List<SyndEntry> entries = new ArrayList<>();
        for (PublishedNotice n : notices) {
            SyndEntry entry = new SyndEntryImpl();
            String url = siteUrl + "/board/" + n.divisionCode() + "/notices/" + n.id();
            entry.setTitle(xml(n.title()));
            entry.setAuthors(List.of(person(org.gongshi.tenancy.DivisionDirectory.seed()
                    .find(org.gongshi.tenancy.DivisionCode.of(n.divisionCode())).map(d -> d.name()).orElse(title))));
            entry.setLink(url);
            entry.setUri("urn:uuid:" + n.id());
            entry.setPublishedDate(Date.from(n.publishedAt()));
            entry.setUpdatedDate(Date.from(n.revisedAt() != null && n.revisedAt().isAfter(n.publishedAt()) ? n.revisedAt() : n.publishedAt()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(xml(summary(n.body())));
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    /** The first {@value #SUMMARY_LENGTH} characters of the body's words. */
    static String summary(String markdownBody) {
        String text = Markdown.toPlainText(markdownBody);
        if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }

    /** Keeps only the characters XML 1.0 allows. */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(allowed ? c : ' ');
        });
        return out.toString();
    }

    private static com.rometools.rome.feed.synd.SyndPerson person(String name) {
        com.rometools.rome.feed.synd.SyndPerson person = new com.rometools.rome.feed.synd.SyndPersonImpl();
        person.setName(xml(name));
        return person;
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
