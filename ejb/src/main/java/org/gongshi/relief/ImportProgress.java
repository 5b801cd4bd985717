package org.gongshi.relief;

/**
 * How far an import job has come, for a screen or an API client that polls it.
 *
 * @param percent   0–100, or -1 while the size is unknown
 * @param listId    the list once the import is done
 * @param errorKey  the refusal's translation key when it failed (nothing was kept), with {@code errorArguments}
 */
public record ImportProgress(String jobId, State state, long rowsRead, int percent, String listId, String errorKey,
                             java.util.List<Object> errorArguments) {

    public enum State { RUNNING, DONE, FAILED }

    public ImportProgress {
        errorArguments = errorArguments == null ? java.util.List.of() : java.util.List.copyOf(errorArguments);
    }
}
