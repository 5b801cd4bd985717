package org.gongshi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongshi.calendar.OfficialCalendar;
import org.gongshi.calendar.WorkingDayCount;

import java.util.List;

/** Legal time limits in working days on the official holiday schedule, for staff. */
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

    @GET
    @Path("working-days")
    @Operation(summary = "The N-th working day after a date (counting starts the next day, Civil Code Art. 201)")
    public WorkingDayAnswer workingDays(@QueryParam("from") String from, @QueryParam("add") @DefaultValue("-1") int add) {
        return WorkingDayAnswer.of(calendar.add(from, add));
    }
}
