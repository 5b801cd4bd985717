package org.gongshi.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;

import java.util.Locale;

/**
 * {@code /board/{code}/search?q=…}: the search form and results of a division's board (or a
 * county's whole subtree), as server-rendered HTML that works without JavaScript.
 */
@ApplicationScoped
public class SearchPage {

    /** The page title and the escaped content of {@code <main>} (after the breadcrumb). */
    public record Rendered(String title, String main) {
    }

    public Rendered render(HttpServletRequest request, Locale locale, DivisionCode division) {
        // Placeholder until the search capability lands (issue #4, search helper).
        throw new NotFound("error.request.not-found");
    }
}
