package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.catalog.CatalogCompliance;
import org.gongshi.catalog.CatalogDraft;
import org.gongshi.catalog.CatalogItem;
import org.gongshi.catalog.CatalogLevel;
import org.gongshi.catalog.DisclosureMode;
import org.gongshi.catalog.OverdueCatalogItem;
import org.gongshi.catalog.StandardCatalogService;
import org.gongshi.shared.InvalidInput;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * A division's standard catalog (公开事项标准目录; not the public browse catalog of notices): its staff and
 * the county supervisor read the effective items and the overdue ones; its tenant administrator adapts it;
 * the county office pushes new or changed items to the whole county.
 */
@Path("/divisions/{code}/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standard catalog (staff)")
@SecurityRequirement(name = "keycloak")
public class CatalogItemResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** An item as the API shows it: the update rule as its code and its Chinese text. */
    public record Item(String divisionCode, String key, CatalogLevel level, String levelName, String level1,
                       String level2, String standardLevel2, String contentElements, String legalBasis, String rule,
                       String ruleText, String responsible, List<String> channels, String audience, DisclosureMode mode,
                       String modeName, boolean mandatory, CatalogItem.Origin origin, boolean enabled, boolean adapted,
                       boolean upstreamChanged, int upstreamRevision, LocalDate since, long version) {

        static Item of(CatalogItem i) {
            return new Item(i.divisionCode(), i.key(), i.level(), i.level().label(), i.level1(), i.level2(),
                    i.standardLevel2(), i.contentElements(), i.legalBasis(), i.rule().code(), i.ruleText(),
                    i.responsible(), i.channels(), i.audience(), i.mode(), i.mode().label(), i.mandatory(), i.origin(),
                    i.enabled(), i.adapted(), i.upstreamChanged(), i.upstreamRevision(), i.since(), i.version());
        }
    }

    /** An item to push (county) or to add (own item): every field; {@code rule} is a rule code such as {@code working-days:20}. */
    public record ItemBody(String key, Set<CatalogLevel> levels, String level1, String level2, String contentElements,
                           String legalBasis, String rule, String responsible, List<String> channels, String audience,
                           DisclosureMode mode, Boolean mandatory) {

        CatalogDraft draft() {
            return new CatalogDraft(key, levels, level1, level2, contentElements, legalBasis, CatalogDraft.rule(rule),
                    responsible, channels, audience, mode, Boolean.TRUE.equals(mandatory));
        }
    }

    /** A tenant's change to one item; left-out fields stay. {@code review}: keep the adaptation, clear "上级目录已更新". */
    public record Adaptation(String level2, Boolean enabled, Boolean review, Long version) {
    }

    /** An overdue item, with the division as its code. */
    public record Overdue(String divisionCode, String itemKey, String level1, String level2, String rule,
                          LocalDate dueDate, LocalDate lastPublished) {

        static Overdue of(OverdueCatalogItem o) {
            return new Overdue(o.division().value(), o.itemKey(), o.level1(), o.level2(), o.rule(), o.dueDate(),
                    o.lastPublished());
        }
    }

    @Inject
    StandardCatalogService catalog;

    @Inject
    CatalogCompliance compliance;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The division's effective standard catalog (template, county pushes, own adaptation), disabled items included")
    public List<Item> list(@PathParam("code") String code) {
        return catalog.catalog(Divisions.fromPath(code)).stream().map(Item::of).toList();
    }

    @GET
    @Path("upstream")
    @Operation(summary = "What a county hands down to one level (VILLAGE, TOWN, COUNTY_DEPARTMENT): the template with its pushes")
    public List<Item> upstream(@PathParam("code") String code, @QueryParam("level") String level) {
        CatalogLevel l;
        try {
            l = CatalogLevel.valueOf(level == null ? "" : level.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("error.catalog.level-invalid");
        }
        return catalog.upstream(Divisions.fromPath(code), l).stream().map(Item::of).toList();
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Items not kept up to date on a day (default today), for the division or, for a county supervisor, its subtree")
    public List<Overdue> overdue(@PathParam("code") String code, @QueryParam("today") String today) {
        LocalDate day;
        try {
            day = today == null || today.isBlank() ? LocalDate.now(clock.withZone(ZONE)) : LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("error.calendar.date");
        }
        return compliance.overdue(Divisions.fromPath(code), day).stream().map(Overdue::of).toList();
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item of the division's own (tenant administrators, own division)")
    public Response add(@PathParam("code") String code,
                        @RequestBody(content = @Content(schema = @Schema(implementation = ItemBody.class))) String body,
                        @Context UriInfo uri) {
        ItemBody request = JsonBodies.read(body, ItemBody.class);
        CatalogItem added = catalog.addOwn(Divisions.fromPath(code), request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(added.key()).build()).entity(Item.of(added)).build();
    }

    @PUT
    @Path("items/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename (level-2 name), enable/disable (non-mandatory) or review an item; 409 when it changed since the version")
    public Item adapt(@PathParam("code") String code, @PathParam("key") String key,
                      @RequestBody(content = @Content(schema = @Schema(implementation = Adaptation.class))) String body) {
        Adaptation request = JsonBodies.read(body, Adaptation.class);
        if (request.version() == null) {
            throw new InvalidInput("error.request.malformed");
        }
        return Item.of(catalog.adapt(Divisions.fromPath(code), key, request.level2(), request.enabled(),
                Boolean.TRUE.equals(request.review()), request.version()));
    }

    @POST
    @Path("items/{key}/reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop the division's adaptation of an item: it follows the county (or the template) again")
    public Item reset(@PathParam("code") String code, @PathParam("key") String key,
                      @RequestBody(content = @Content(schema = @Schema(implementation = VersionRequest.class))) String body) {
        VersionRequest request = JsonBodies.read(body, VersionRequest.class);
        if (request.version() == null) {
            throw new InvalidInput("error.request.malformed");
        }
        return Item.of(catalog.reset(Divisions.fromPath(code), key, request.version()));
    }

    @POST
    @Path("push")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The county pushes a new item (no or a new key) or a changed one (its key) to every division beneath it")
    public StandardCatalogService.PushResult push(@PathParam("code") String code,
                                                  @RequestBody(content = @Content(schema = @Schema(implementation = ItemBody.class))) String body) {
        ItemBody request = JsonBodies.read(body, ItemBody.class);
        return catalog.push(Divisions.fromPath(code), request.draft());
    }
}
