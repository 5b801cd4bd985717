package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongshi.request.DocumentFile;
import org.gongshi.request.PublicRequestStatus;
import org.gongshi.request.RequestService;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;

/**
 * Following a request with its access code — the JSON API, the public site's follow pages and the
 * kiosk's — with the one guard they share ({@link AccessCodeGuard}): a wrong code, an unknown receipt
 * and a receipt of another division than the page's all answer the same "not found", and each counts
 * as a wrong guess; too many and every attempt waits.
 */
@ApplicationScoped
public class RequestFollowing {

    @Inject
    RequestService requests;

    @Inject
    AccessCodeGuard guard;

    /**
     * The status of {@code receipt} for the holder of {@code accessCode}, asked from {@code client};
     * with {@code within}, only a request of that division (a division's or kiosk's own follow page).
     *
     * @throws NotFound    unknown receipt, wrong code, or another division's request
     * @throws RateLimited too many wrong codes for this receipt or from this client lately
     */
    public PublicRequestStatus follow(String client, String receipt, String accessCode, DivisionCode within) {
        return guarded(client, receipt, within, r -> requests.follow(r, accessCode));
    }

    /** A letter of {@code receipt} for the holder of {@code accessCode}, under the same guard. */
    public DocumentFile document(String client, String receipt, String accessCode, String documentId) {
        return document(client, receipt, accessCode, documentId, null);
    }

    /** As {@link #document(String, String, String, String)}, only for a request of {@code within} when given. */
    public DocumentFile document(String client, String receipt, String accessCode, String documentId, DivisionCode within) {
        return guarded(client, receipt, within, r -> requests.followDocument(r, accessCode, documentId));
    }

    private <T> T guarded(String client, String receipt, DivisionCode within, java.util.function.Function<String, T> work) {
        String r = receipt == null ? "" : receipt.strip();
        if (guard.blocked(r, client)) {
            throw new RateLimited("error.disclosure.too-many-attempts", AccessCodeGuard.WINDOW);
        }
        try {
            if (within != null && !r.startsWith(within.value() + "-")) {
                // The receipt number names its division: another division's request is not found here, code or not.
                throw new NotFound("error.disclosure.not-found");
            }
            return work.apply(r);
        } catch (NotFound e) {
            guard.failed(r, client);
            throw e;
        }
    }
}
