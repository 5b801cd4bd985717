package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.notice.PublicBoard;
import org.gongshi.notice.PublishedNotice;
import org.gongshi.shared.Page;

/** What the public board shows, as JSON: published notices only, no login. */
@Path("/public/divisions/{code}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public board")
public class PublicNoticeResource {

    @Inject
    PublicBoard board;

    @GET
    @Operation(summary = "Published notices of a division, newest first, paginated (page from 0, size up to 100)")
    public Page<PublishedNotice> list(@PathParam("code") String code,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        return board.published(Divisions.fromPath(code), page, size);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "The earlier texts of a corrected notice, oldest first")
    public java.util.List<org.gongshi.notice.NoticeService.RevisionRecord> revisions(@PathParam("code") String code,
                                                                                  @PathParam("id") String id) {
        return board.revisions(Divisions.fromPath(code), id);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published notice")
    public PublishedNotice get(@PathParam("code") String code, @PathParam("id") String id) {
        return board.notice(Divisions.fromPath(code), id);
    }
}
