package org.gongshi.shared;

/** Someone else saved the same record first (optimistic locking); nothing was overwritten. */
public class ConcurrentEdit extends GongshiException {
    public ConcurrentEdit() {
        super("error.concurrent-edit");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
