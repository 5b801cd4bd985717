package org.gongshi.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongshi.privacy.CitizenId;
import org.gongshi.relief.ReliefSelfCheck;
import org.gongshi.relief.SelfCheckMatch;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.http.SlidingWindow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resident asks whether they are on one of a division's relief or poverty lists now on notice
 * (自助查询), from the public site, a kiosk or the JSON API. The question is checked first (a
 * malformed ID number or a missing name is answered at once and costs nothing of the allowance),
 * then it takes one of the client address's self-checks ({@link SelfCheckLimit}) and is answered by
 * {@link ReliefSelfCheck} through the keyed hash. The ID number and the name are kept nowhere: not in
 * a log, a page, an address or a cache.
 */
@ApplicationScoped
public class ResidentSelfCheck {

    /** Form and JSON field of the ID number. */
    public static final String ID_NUMBER = "idNumber";
    /** Form and JSON field of the name. */
    public static final String NAME = "name";
    /** A name longer than this is not a name (names of ethnic minorities written in Chinese included). */
    public static final int NAME_MAX = 30;
    /** Longer than this, the ID field holds something else. */
    public static final int ID_MAX = 40;

    @Inject
    ReliefSelfCheck lists;

    @Inject
    SelfCheckLimit limit;

    /**
     * What is wrong with a question, by field ({@link #ID_NUMBER}, {@link #NAME}) as message keys; empty
     * when it may be asked. An ID number must have the shape of one (18 characters, the last a digit or
     * X, or 15 digits; spaces, dashes and full-width digits allowed) and its area, birth date and check
     * character must be those of a real number: a mistyped number is named as such rather than
     * answered "not on a list".
     */
    public static Map<String, String> problems(String idNumber, String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        String id = idNumber == null ? "" : ResidentFiling.clean(idNumber).strip();
        if (id.isEmpty()) {
            problems.put(ID_NUMBER, "error.self-check.id-required");
        } else if (id.length() > ID_MAX) {
            problems.put(ID_NUMBER, "error.self-check.id-invalid");
        } else {
            var canonical = CitizenId.canonical(id);
            if (canonical.isEmpty()) {
                problems.put(ID_NUMBER, "error.self-check.id-invalid");
            } else if (!CitizenId.isValidLong(canonical.get())) {
                problems.put(ID_NUMBER, "error.self-check.id-mistyped");
            }
        }
        String n = name == null ? "" : ResidentFiling.clean(name).strip();
        if (n.isEmpty()) {
            problems.put(NAME, "error.self-check.name-required");
        } else if (n.codePointCount(0, n.length()) > NAME_MAX) {
            problems.put(NAME, "error.self-check.name-too-long");
        }
        return problems;
    }

    /**
     * The lists of {@code division} now on notice that hold the person asked about.
     *
     * @param client the client's address, whose allowance the question takes
     * @throws InvalidInput when the question is malformed ({@link #problems}); nothing taken
     * @throws NotFound     when {@code division} is not a known division; nothing taken
     * @throws RateLimited  when the client has asked as often as allowed
     */
    public List<SelfCheckMatch> check(String client, DivisionCode division, String idNumber, String name) {
        Map<String, String> problems = problems(idNumber, name);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.values().iterator().next(), NAME_MAX);
        }
        if (division == null || DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
        SlidingWindow.Attempt taken = limit.take(client);
        if (!taken.recorded()) {
            throw new RateLimited("error.self-check.too-many", taken.retryAfter());
        }
        return lists.check(division, ResidentFiling.clean(idNumber).strip(), ResidentFiling.clean(name).strip());
    }
}
