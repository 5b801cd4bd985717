package org.gongshi.web.rest;

import org.gongshi.request.RequestService;

import java.time.Clock;

/** Builds the residents' guards outside the container, for tests of other packages. */
public final class ResidentGuards {

    private ResidentGuards() {
    }

    public static ResidentFiling residentFiling(RequestService service, int perTenMinutes) {
        ResidentFiling f = new ResidentFiling();
        f.requests = service;
        f.limit = new FilingLimit(perTenMinutes, 10, 20, Clock.systemUTC());
        f.memory = new IdempotentFilings();
        return f;
    }

    public static RequestFollowing requestFollowing(RequestService service) {
        RequestFollowing f = new RequestFollowing();
        f.requests = service;
        f.guard = new AccessCodeGuard();
        return f;
    }
}
