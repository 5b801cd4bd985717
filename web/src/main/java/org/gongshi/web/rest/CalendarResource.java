package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.calendar.HolidayFiles;
import org.gongshi.calendar.HolidayYear;
import org.gongshi.calendar.HolidayYearLoad;
import org.gongshi.calendar.HolidayYearService;
import org.gongshi.calendar.OfficialCalendar;
import org.gongshi.calendar.WorkingDayCount;
import org.gongshi.shared.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Legal time limits in working days on the official holiday schedule, for staff; loading new years, for administrators. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class CalendarResource {

    /** The answer: the date, whether it is provisional (a year not yet loaded), and how it was counted. */
    public record WorkingDayAnswer(String date, boolean provisional, List<String> explanation) {
        static WorkingDayAnswer of(WorkingDayCount count) {
            return new WorkingDayAnswer(count.date().toString(), count.provisional(), count.explanation());
        }
    }

    @Inject
    OfficialCalendar calendar;

    @Inject
    HolidayYearService years;

    @GET
    @Path("working-days")
    @Operation(summary = "The N-th working day after a date (counting starts the next day, Civil Code Art. 201)")
    public WorkingDayAnswer workingDays(@QueryParam("from") String from, @QueryParam("add") @DefaultValue("-1") int add) {
        return WorkingDayAnswer.of(calendar.add(from, add));
    }

    @GET
    @Path("years")
    @Operation(summary = "The years whose holiday schedule is known: bundled or loaded (by whom, when); tenant-admin or county-supervisor")
    public List<HolidayYear> years() {
        return years.years();
    }

    @POST
    @Path("years")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Load a year's holiday schedule (multipart part \"file\": chinese-days JSON or iCalendar .ics, at most 1 MB); "
            + "a loaded year replaces that year wholly; optional year= requires every date to lie in it")
    @APIResponse(responseCode = "200", description = "Loaded: the years and their counts")
    @APIResponse(responseCode = "400", description = "Not a schedule (the message says why, in Chinese)")
    public HolidayYearLoad loadMultipart(@FormParam("file") EntityPart file, @QueryParam("year") String year) throws IOException {
        if (file == null) {
            throw new InvalidInput("error.calendar.file-required");
        }
        try (InputStream content = file.getContent()) {
            return years.load(bounded(content), year(year));
        }
    }

    @POST
    @Path("years")
    @Consumes({"text/calendar", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Load a year's holiday schedule sent as the raw body (.json or .ics, at most 1 MB)")
    public HolidayYearLoad loadRaw(InputStream content, @QueryParam("year") String year) throws IOException {
        return years.load(bounded(content), year(year));
    }

    private static Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("error.calendar.year-out-of-range", "2000", "2100");
        }
    }

    /** At most one byte more than the limit is read, so the service refuses a larger file without buffering it. */
    private static byte[] bounded(InputStream content) throws IOException {
        return content == null ? new byte[0] : content.readNBytes(HolidayFiles.MAX_BYTES + 1);
    }
}
