package org.gongshi.web.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Signs the user out here and at Keycloak (RP-initiated logout), then returns to the public board.
 * The provider URL is the one the OIDC client uses ({@code OIDC_PROVIDER_URL}).
 */
@WebServlet(urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

    static final String DEFAULT_PROVIDER = "http://127.0.0.1:8180/realms/gongshi";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        String provider = System.getenv().getOrDefault("OIDC_PROVIDER_URL", DEFAULT_PROVIDER);
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/board";
        response.sendRedirect(provider + "/protocol/openid-connect/logout?client_id=gongshi-web&post_logout_redirect_uri="
                + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
}
