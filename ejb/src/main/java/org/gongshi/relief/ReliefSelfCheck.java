package org.gongshi.relief;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.OfficialCalendar;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.TenantScope;

import java.time.Clock;
import java.util.List;

/**
 * Residents' self-check (自助查询), public and without login: is this person on one of the division's
 * relief or poverty lists that is on notice now? Kiosk and board pages build on it; its signature is
 * stable.
 */
@Stateless
@PermitAll
public class ReliefSelfCheck {

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    OfficialCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    ReliefKeys keys;

    /**
     * The lists of {@code division} now on notice — published, proactive, within their notice period
     * or long-term — that hold a row whose keyed ID hash (HMAC with the division's own secret) matches
     * {@code idNumber} in any written form (spaces, full-width digits, the 15-digit old form) and whose
     * masked name equals {@code name} masked by that list's policy (王** for 王小明). Reveals nothing
     * else: not the row, the amount, nor whether the number appears on a list that is not on notice.
     * Nothing is written; no secret is made for a division that has none (it simply matches nothing).
     * Callers that face the public must limit the rate of questions (the hash makes guessing slow only
     * together with a rate limit).
     *
     * @param division  the village or town whose board is asked
     * @param idNumber  the citizen ID number as the resident typed it
     * @param name      the resident's name as they typed it
     * @return the matching lists, empty when none; never {@code null}
     * @throws NotFound when {@code division} is not a known division
     */
    public List<SelfCheckMatch> check(DivisionCode division, String idNumber, String name) {
        if (division == null || DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
        try (EntityManager em = data.open(TenantScope.own(division))) {
            return new ReliefDesk(audit, calendar.workingDays(), clock, keys.sealing()).selfCheck(em, division, idNumber, name);
        }
    }
}
