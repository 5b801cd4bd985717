package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.web.i18n.Messages;
import org.gongshi.web.print.BoardPrinting;
import org.gongshi.document.CjkFont;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The printable board (标准化公示栏) of a division as a PDF, no login: published notices only. */
@Path("/public/divisions/{code}/board.pdf")
@Tag(name = "Public board")
public class PublicBoardPdfResource {

    static final String PDF = "application/pdf";

    @Inject
    BoardPrinting printing;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @GET
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The division's board, a section of it, or a selection of its notices, as an A4 or A3 PDF"
            + " for the physical notice board, with a QR code to each notice's public page")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "400", description = "Unknown paper, or more than 50 notices selected")
    @APIResponse(responseCode = "404", description = "Unknown division or section, or a notice not on this division's board")
    @APIResponse(responseCode = "410", description = "A selected notice was withdrawn or its notice period has ended")
    @APIResponse(responseCode = "503", description = "No Chinese font is installed on the server")
    public Response print(@PathParam("code") String code,
                          @Parameter(description = "Section key; only that section's notices") @QueryParam("section") String section,
                          @Parameter(description = "Notice ids, comma-separated (at most 50)") @QueryParam("ids") List<String> ids,
                          @Parameter(description = "A4 (default) or A3") @QueryParam("paper") String paper) {
        BoardPrinting.Printed printed;
        try {
            printed = printing.print(Divisions.fromPath(code), section, ids, paper, requestBase());
        } catch (CjkFont.Missing e) {
            // Logged by BoardPrinting with the paths tried; the caller gets a plain sentence.
            String message = Messages.get(Messages.fromAcceptLanguage(headers.getAcceptableLanguages()), "print.error.font-missing");
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ApiError("print.error.font-missing", message)).build();
        }
        String fileName = URLEncoder.encode(printed.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(printed.pdf(), PDF)
                .header("Content-Disposition", "inline; filename=\"board.pdf\"; filename*=UTF-8''" + fileName)
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** This site's own address (scheme, host, port, context path), for the QR codes. */
    private String requestBase() {
        StringBuffer url = request.getRequestURL();
        String uri = request.getRequestURI();
        String origin = url.substring(0, url.length() - uri.length());
        return origin + request.getContextPath();
    }
}
