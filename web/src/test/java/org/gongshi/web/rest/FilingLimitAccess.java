package org.gongshi.web.rest;

import org.gongshi.request.RequestService;

import java.time.Clock;

/** Builds a {@link ResidentFiling} outside the container for tests of other packages. */
public final class FilingLimitAccess {

    private FilingLimitAccess() {
    }

    public static ResidentFiling residentFiling(RequestService service, int perTenMinutes) {
        ResidentFiling f = new ResidentFiling();
        f.requests = service;
        f.limit = new FilingLimit(perTenMinutes, 10, 20, Clock.systemUTC());
        f.memory = new IdempotentFilings();
        return f;
    }
}
