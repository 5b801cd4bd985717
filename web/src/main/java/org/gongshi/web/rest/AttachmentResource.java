package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.attachment.AttachmentFile;
import org.gongshi.attachment.AttachmentService;
import org.gongshi.attachment.AttachmentView;
import org.gongshi.shared.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Attachments of a notice, for its division's staff. Files are attached to and removed from drafts
 * only; their kind is decided from their content, whatever the name or the part's content type says.
 */
@Path("/divisions/{code}/notices/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments (staff)")
@SecurityRequirement(name = "keycloak")
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Operation(summary = "The attachments of a notice, oldest first")
    public List<AttachmentView> list(@PathParam("code") String code, @PathParam("id") String id) {
        return attachments.list(Divisions.fromPath(code), id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file to a draft (multipart/form-data, part \"file\"): PDF, PNG, JPEG, GIF, WebP, "
            + "docx or xlsx, decided from the content; at most gongshi.attachment.max-bytes (20 MB by default)")
    @APIResponse(responseCode = "201", description = "Attached")
    @APIResponse(responseCode = "409", description = "The notice is not a draft")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit; nothing was stored")
    @APIResponse(responseCode = "415", description = "The content is none of the allowed kinds")
    public Response upload(@PathParam("code") String code, @PathParam("id") String id,
                           @FormParam("file") EntityPart file, @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw new InvalidInput("error.attachment.file-required");
        }
        try (InputStream content = file.getContent()) {
            AttachmentView added = attachments.attach(Divisions.fromPath(code), id, file.getFileName().orElse(null), content);
            return Response.created(uri.getAbsolutePathBuilder().path(added.id()).path("content").build())
                    .entity(added).build();
        }
    }

    @DELETE
    @Path("{attachmentId}")
    @Operation(summary = "Remove an attachment from a draft")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("code") String code, @PathParam("id") String id,
                           @PathParam("attachmentId") String attachmentId) {
        attachments.remove(Divisions.fromPath(code), id, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment (always as a download, with its detected type)")
    public Response content(@PathParam("code") String code, @PathParam("id") String id,
                            @PathParam("attachmentId") String attachmentId) {
        AttachmentFile file = attachments.download(Divisions.fromPath(code), id, attachmentId);
        return Downloads.of(file, "private, no-store");
    }
}
