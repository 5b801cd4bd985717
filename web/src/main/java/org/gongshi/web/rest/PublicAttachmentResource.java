package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.attachment.AttachmentService;
import org.gongshi.attachment.PublicAttachment;

import java.util.List;

/** The attachments of a notice on the public board: no login; drafts' attachments are never found. */
@Path("/public/divisions/{code}/notices/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public board")
public class PublicAttachmentResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Operation(summary = "The attachments of a published notice (404 unless it is on the board, 410 once it left)")
    public List<PublicAttachment> list(@PathParam("code") String code, @PathParam("id") String id) {
        return attachments.publicList(Divisions.fromPath(code), id);
    }

    @GET
    @Path("{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment of a published notice")
    public Response content(@PathParam("code") String code, @PathParam("id") String id,
                            @PathParam("attachmentId") String attachmentId) {
        return Downloads.of(attachments.publicDownload(Divisions.fromPath(code), id, attachmentId), "no-cache");
    }
}
