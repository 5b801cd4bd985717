package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;
import org.gongshi.relief.DeletionRecordView;
import org.gongshi.relief.ImportProgress;
import org.gongshi.relief.MappingSuggestion;
import org.gongshi.relief.PolicyView;
import org.gongshi.relief.ReliefListService;
import org.gongshi.relief.ReliefListType;
import org.gongshi.relief.ReliefListView;
import org.gongshi.relief.ReliefPreview;
import org.gongshi.relief.ReliefTypeRules;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relief and poverty lists of a division, for its staff (bearer token). Uploads are multipart with
 * the parts {@code file}, {@code listType} and optionally {@code mapping} and {@code title}; the
 * mapping is a JSON object whose keys are 0-based column indexes ({@code "0"}) or heading texts
 * exactly as in the file ({@code "身份证号码"}), and whose values are field types
 * ({@code {"1":"NAME","身份证号码":"ID_NUMBER"}}); without it the division's saved mapping for the
 * type (same headings) or the suggestions from the headings apply.
 */
@Path("/divisions/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relief lists (staff)")
@SecurityRequirement(name = "keycloak")
public class ReliefListResource {

    @Inject
    ReliefListService relief;

    @GET
    @Path("relief-list-types")
    @Operation(summary = "Every list type with its rules: notice period, long-term, retention, default masking policy, catalog item")
    public List<ReliefTypeRules> types(@PathParam("code") String code) {
        return relief.types(Divisions.fromPath(code));
    }

    @GET
    @Path("relief-lists")
    @Operation(summary = "The division's lists, newest first (a county supervisor: read-only)")
    public List<ReliefListView> list(@PathParam("code") String code) {
        return relief.list(Divisions.fromPath(code));
    }

    @POST
    @Path("relief-lists")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a list (multipart: file, listType, optional mapping JSON and title); every row is masked"
            + " as it is read and only masked values and keyed ID hashes are kept")
    @APIResponse(responseCode = "201", description = "Imported")
    @APIResponse(responseCode = "413", description = "The file is over the limit; nothing was kept")
    @APIResponse(responseCode = "415", description = "Not xlsx or CSV (an old .xls, an encrypted or macro workbook)")
    @APIResponse(responseCode = "422", description = "A damaged, empty or header-only file, a formula or merged cells; nothing was kept")
    public Response importList(@PathParam("code") String code, @FormParam("file") EntityPart file,
                               @FormParam("listType") EntityPart listType, @FormParam("mapping") EntityPart mapping,
                               @FormParam("title") EntityPart title, @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw new InvalidInput("error.relief.file-required");
        }
        ReliefListType type = type(text(listType));
        Map<String, FieldType> columns = mapping(text(mapping));
        try (InputStream content = file.getContent()) {
            ReliefListView list = relief.importList(Divisions.fromPath(code), type, text(title),
                    file.getFileName().orElse(null), content, -1, columns);
            return Response.created(uri.getAbsolutePathBuilder().path(list.id()).build()).entity(list).build();
        }
    }

    @POST
    @Path("relief-lists/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Start an import in the background (same parts as POST relief-lists); poll its progress")
    @APIResponse(responseCode = "202", description = "Started")
    public Response startImport(@PathParam("code") String code, @FormParam("file") EntityPart file,
                                @FormParam("listType") EntityPart listType, @FormParam("mapping") EntityPart mapping,
                                @FormParam("title") EntityPart title, @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw new InvalidInput("error.relief.file-required");
        }
        ReliefListType type = type(text(listType));
        Map<String, FieldType> columns = mapping(text(mapping));
        byte[] bytes;
        try (InputStream content = file.getContent()) {
            // One byte over the limit is enough to refuse it as too large.
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, 20L * 1024 * 1024 + 1));
        }
        ImportProgress job = relief.startImport(Divisions.fromPath(code), type, text(title),
                file.getFileName().orElse(null), bytes, columns);
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.jobId()).build()).build();
    }

    @GET
    @Path("relief-lists/imports/{jobId}")
    @Operation(summary = "How far an import job has come: rows read, percent, and the list id when done or the error")
    public ImportProgress progress(@PathParam("code") String code, @PathParam("jobId") String jobId) {
        return relief.progress(Divisions.fromPath(code), jobId);
    }

    @GET
    @Path("relief-lists/mapping")
    @Operation(summary = "The column mapping the division last imported this type with (suggested for the next upload)")
    public MappingSuggestion mapping(@PathParam("code") String code, @QueryParam("type") String type) {
        return relief.savedMapping(Divisions.fromPath(code), type(type));
    }

    @GET
    @Path("relief-lists/deletion-records")
    @Operation(summary = "Deletion records of rows past their retention (PIPL Art. 47), newest first")
    public List<DeletionRecordView> deletionRecords(@PathParam("code") String code) {
        return relief.deletionRecords(Divisions.fromPath(code));
    }

    @GET
    @Path("relief-lists/{id}")
    public ReliefListView get(@PathParam("code") String code, @PathParam("id") String id) {
        return relief.get(Divisions.fromPath(code), id);
    }

    @GET
    @Path("relief-lists/{id}/preview")
    @Operation(summary = "Exactly what residents will see: the masked table and the notice body made from it")
    public ReliefPreview preview(@PathParam("code") String code, @PathParam("id") String id) {
        return relief.preview(Divisions.fromPath(code), id);
    }

    /** {@code {"version": 0, "startsOn": "2026-11-16"}}; startsOn is optional (today). */
    public record SubmitRequest(Long version, String startsOn) {
    }

    /** The submitted list and the notice now in review. */
    public record Submitted(String noticeId, ReliefListView list) {
    }

    @POST
    @Path("relief-lists/{id}/submit")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Make the list's notice and send it to review like any notice (body {\"version\", \"startsOn\"})")
    public Submitted submit(@PathParam("code") String code, @PathParam("id") String id, String body) {
        SubmitRequest request = JsonBodies.read(body, SubmitRequest.class);
        if (request.version() == null) {
            throw new InvalidInput("error.request.version-required");
        }
        LocalDate startsOn;
        try {
            startsOn = request.startsOn() == null || request.startsOn().isBlank() ? null : LocalDate.parse(request.startsOn().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("error.relief.start-invalid");
        }
        ReliefListView list = relief.submit(Divisions.fromPath(code), id, request.version(), startsOn);
        return new Submitted(list.noticeId(), list);
    }

    @GET
    @Path("relief-masking-policies/{type}")
    @Operation(summary = "The masking policy in force for a list type, and the rules that may be chosen")
    public PolicyView policy(@PathParam("code") String code, @PathParam("type") String type) {
        return relief.policy(Divisions.fromPath(code), pathType(type));
    }

    /** {@code {"version": 0, "rules": {"NAME": "FULL"}}}: rules not named keep the type's default. */
    public record PolicyRequest(Long version, Map<String, String> rules) {
    }

    @PUT
    @Path("relief-masking-policies/{type}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Change the policy (tenant administrators); refused below the floor; audited with old and new")
    public PolicyView changePolicy(@PathParam("code") String code, @PathParam("type") String type, String body) {
        PolicyRequest request = JsonBodies.read(body, PolicyRequest.class);
        if (request.version() == null) {
            throw new InvalidInput("error.request.version-required");
        }
        Map<FieldType, MaskRule> rules = new EnumMap<>(FieldType.class);
        if (request.rules() != null) {
            request.rules().forEach((field, rule) -> {
                try {
                    rules.put(FieldType.valueOf(field), MaskRule.valueOf(rule));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new InvalidInput("error.privacy.rule-not-allowed", field, String.valueOf(rule));
                }
            });
        }
        return relief.changePolicy(Divisions.fromPath(code), pathType(type), rules, request.version());
    }

    private static String text(EntityPart part) throws IOException {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(64 * 1024 + 1);
            if (bytes.length > 64 * 1024) {
                throw new InvalidInput("error.request.malformed");
            }
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        }
    }

    static ReliefListType type(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("error.relief.type-required");
        }
        try {
            return ReliefListType.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.relief.type-unknown", name.strip());
        }
    }

    private static ReliefListType pathType(String name) {
        try {
            return ReliefListType.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("error.relief.type-unknown", String.valueOf(name));
        }
    }

    /** {@code {"0": "NAME", "身份证号码": "ID_NUMBER"}}; blank for none. */
    static Map<String, FieldType> mapping(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        Map<String, FieldType> out = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                if (!(e.getValue() instanceof JsonString s)) {
                    throw new InvalidInput("error.relief.mapping-invalid");
                }
                out.put(e.getKey(), FieldType.valueOf(s.getString().strip()));
            }
        } catch (IllegalArgumentException | jakarta.json.JsonException | ClassCastException e) {
            throw new InvalidInput("error.relief.mapping-invalid");
        }
        return out;
    }
}
