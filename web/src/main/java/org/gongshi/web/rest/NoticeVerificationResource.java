package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.integrity.ChainVerification;
import org.gongshi.integrity.NoticeVerification;

/**
 * The public check behind the QR code on a notice's board page. The address names the notice only;
 * the notice's division is the one whose chain holds it, and only published or withdrawn notices
 * are in a chain.
 */
@Path("/public/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public board")
public class NoticeVerificationResource {

    @Inject
    ChainVerification chain;

    @GET
    @Path("{id}/verify")
    @Operation(summary = "Check a published (or withdrawn) notice against its division's hash chain: the content hash "
            + "recorded at publication, recomputed from the notice as stored now; 404 for drafts and unknown ids")
    public NoticeVerification verify(@PathParam("id") String id) {
        return chain.verifyPublishedNotice(id);
    }
}
