package org.gongshi.relief;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongshi.shared.Ids;
import org.gongshi.shared.NotFound;
import org.gongshi.sheet.SheetProgress;
import org.gongshi.tenancy.DivisionCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The import jobs running or recently ended on this server, so that a screen or an API client can
 * poll their progress. In memory only: a job is a convenience around one transaction; its result is
 * the list (or nothing). Jobs are forgotten an hour after they end.
 */
@ApplicationScoped
public class ReliefImportJobs {

    static final Duration KEEP = Duration.ofHours(1);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    Job start(DivisionCode division, String username) {
        Instant now = Instant.now();
        jobs.values().removeIf(j -> j.endedAt != null && j.endedAt.plus(KEEP).isBefore(now));
        Job job = new Job(Ids.newId(), division);
        jobs.put(job.id, job);
        return job;
    }

    Job find(DivisionCode division, String id) {
        Job job = id == null ? null : jobs.get(id);
        if (job == null || !job.division.equals(division)) {
            throw new NotFound("error.relief.job-not-found");
        }
        return job;
    }

    /** One import's progress, written by the import and read by pollers. */
    public static final class Job {
        private final String id;
        private final DivisionCode division;
        private volatile ImportProgress.State state = ImportProgress.State.RUNNING;
        private volatile long rows;
        private volatile int percent = 0;
        private volatile String listId;
        private volatile String errorKey;
        private volatile List<Object> errorArguments = List.of();
        private volatile Instant endedAt;

        Job(String id, DivisionCode division) {
            this.id = id;
            this.division = division;
        }

        public String id() {
            return id;
        }

        void progress(SheetProgress p) {
            rows = p.rowsRead();
            percent = p.done() ? 99 : p.percent();
        }

        void done(String listId) {
            this.listId = listId;
            this.percent = 100;
            this.state = ImportProgress.State.DONE;
            this.endedAt = Instant.now();
        }

        void failed(String key, List<Object> arguments) {
            this.errorKey = key;
            this.errorArguments = arguments;
            this.state = ImportProgress.State.FAILED;
            this.endedAt = Instant.now();
        }

        ImportProgress view() {
            return new ImportProgress(id, state, rows, percent, listId, errorKey, errorArguments);
        }
    }
}
