package org.gongshi.it;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_CLERK;
import static org.gongshi.tenancy.keycloak.DemoAccounts.HUANGZHUANG_REVIEWER;

/** The Atom feed of a board and the sitemaps, read by a real feed parser and a real XML parser. */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsIT {

    private static final String HZ = "330328101200";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void the_feed_of_a_board_has_its_new_notice_with_an_absolute_link_and_a_plain_summary() throws Exception {
        String title = "道路硬化工程公示 " + CatalogIT.marker();
        JsonObject notice = Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), title, null,
                List.of("交通"), null, List.of());
        Api.Reply reply = Api.get("/board/" + HZ + "/feed.atom", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(reply.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).contains("篁庄村委会");
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
        assertThat(entry.getLink()).isEqualTo(Api.base() + "/board/" + HZ + "/notices/" + notice.getString("id"));
        assertThat(entry.getPublishedDate()).isNotNull();
        assertThat(entry.getUpdatedDate()).isNotNull();
        assertThat(entry.getDescription().getValue()).isEqualTo("正文：" + title);
        assertThat(reply.body()).contains("<summary type=\"text\">");
        // The board links to it.
        assertThat(Api.get("/board/" + HZ, null).body()).contains("type=\"application/atom+xml\"").contains("href=\"/board/" + HZ + "/feed.atom\"");
        assertThat(Api.get("/board/999999999999/feed.atom", null).status()).isEqualTo(404);
    }

    @Test
    void the_sitemap_index_leads_to_the_county_sitemap_that_lists_boards_and_notices_on_them_only() throws Exception {
        String title = "宅基地审批结果公示 " + CatalogIT.marker();
        JsonObject published = Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), title, null, List.of(), null, List.of());
        JsonObject withdrawn = Publishing.publish(HZ, HUANGZHUANG_CLERK, List.of(HUANGZHUANG_REVIEWER), "将撤回 " + title, null, List.of(), null, List.of());
        assertThat(Publishing.withdraw(HZ, HUANGZHUANG_REVIEWER, withdrawn).status()).isEqualTo(200);
        JsonObject draft = Api.post(Publishing.path(HZ), Tokens.of(HUANGZHUANG_CLERK), Api.notice("草稿 " + title, "x")).json();

        Api.Reply index = Api.get("/sitemap.xml", null);
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        Document indexDoc = parse(index.body());
        assertThat(indexDoc.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(locs(indexDoc)).contains(Api.base() + "/sitemaps/330328.xml");

        Api.Reply county = Api.get("/sitemaps/330328.xml", null);
        assertThat(county.status()).isEqualTo(200);
        Document doc = parse(county.body());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> locs = locs(doc);
        assertThat(locs).contains(Api.base() + "/board/330328", Api.base() + "/board/330328101", Api.base() + "/board/" + HZ,
                Api.base() + "/board/" + HZ + "/notices/" + published.getString("id"));
        assertThat(locs).doesNotContain(Api.base() + "/board/" + HZ + "/notices/" + withdrawn.getString("id"),
                Api.base() + "/board/" + HZ + "/notices/" + draft.getString("id"));
        assertThat(county.body()).containsPattern("<lastmod>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z</lastmod>");
        // Another county's sitemap does not list this county's notices.
        assertThat(Api.get("/sitemaps/330213.xml", null).body()).doesNotContain(published.getString("id"));
        assertThat(Api.get("/sitemaps/330328101.xml", null).status()).isEqualTo(404);
        assertThat(Api.get("/sitemaps/999999.xml", null).status()).isEqualTo(404);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> locs(Document doc) {
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP_NS);
        NodeList nodes = doc.getElementsByTagNameNS(SITEMAP_NS, "loc");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(((Element) nodes.item(i)).getTextContent());
        }
        return locs;
    }
}
