package org.gongshi.web.rest;

import org.gongshi.relief.ReliefSelfCheck;
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

    /** The residents' self-check over {@code lists}, allowing {@code perTenMinutes} questions per address in ten minutes. */
    public static ResidentSelfCheck residentSelfCheck(ReliefSelfCheck lists, int perTenMinutes, Clock clock) {
        ResidentSelfCheck s = new ResidentSelfCheck();
        s.lists = lists;
        s.limit = new SelfCheckLimit(perTenMinutes, 10, 20, clock);
        return s;
    }
}
