package org.gongshi.relief;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gongshi.access.Callers;
import org.gongshi.access.TenantData;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.OfficialCalendar;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeView;
import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.MaskRule;
import org.gongshi.section.SectionKeys;
import org.gongshi.shared.InvalidInput;
import org.gongshi.sheet.SheetLimits;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Relief and poverty lists, as use cases. A clerk of a village or town imports a list (masked row by
 * row, only masked values and ID hashes kept), previews exactly what residents will see, and submits
 * it: a notice is made from it and goes through the same review, personal-data gate and publication as
 * any notice. Its tenant administrator sets the masking policy per list type, above the floor. Staff
 * read their own division's lists; a county supervisor reads the county's, read-only. Reads outside
 * the scope look like reads of nothing (404) or are refused (403) before any query runs.
 */
@Stateless
@RolesAllowed({StaffRole.Names.CLERK, StaffRole.Names.REVIEWER, StaffRole.Names.REQUEST_OFFICER,
        StaffRole.Names.COUNTY_SUPERVISOR, StaffRole.Names.TENANT_ADMIN, StaffRole.Names.DISCLOSURE_HEAD})
public class ReliefListService {

    @Inject
    Callers callers;

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

    @Inject
    SectionKeys sectionKeys;

    @EJB
    NoticeService notices;

    @EJB
    ReliefImportRunner runner;

    @Inject
    ReliefImportJobs jobs;

    private ReliefDesk desk() {
        return new ReliefDesk(audit, calendar.workingDays(), clock, keys.sealing());
    }

    /** The rules of every list type (notice period, long-term, retention, default policy, catalog item). */
    public List<ReliefTypeRules> types(DivisionCode division) {
        ReliefDesk.readScope(callers.current(), division);
        return Arrays.stream(ReliefListType.values()).map(ReliefTypeRules::of).toList();
    }

    public List<ReliefListView> list(DivisionCode division) {
        try (EntityManager em = data.open(ReliefDesk.readScope(callers.current(), division))) {
            return desk().list(em);
        }
    }

    public ReliefListView get(DivisionCode division, String id) {
        try (EntityManager em = data.open(ReliefDesk.readScope(callers.current(), division))) {
            return desk().get(em, id);
        }
    }

    /** Exactly the table (and the notice body) residents will see. */
    public ReliefPreview preview(DivisionCode division, String id) {
        try (EntityManager em = data.open(ReliefDesk.readScope(callers.current(), division))) {
            return desk().preview(em, id);
        }
    }

    /** The division's deletion records (PIPL Art. 47), newest first. */
    public List<DeletionRecordView> deletionRecords(DivisionCode division) {
        try (EntityManager em = data.open(ReliefDesk.readScope(callers.current(), division))) {
            return desk().deletionRecords(em);
        }
    }

    /** The mapping the division last used for {@code type}, suggested for its next upload. */
    public MappingSuggestion savedMapping(DivisionCode division, ReliefListType type) {
        requireType(type);
        try (EntityManager em = data.open(ReliefDesk.readScope(callers.current(), division))) {
            return desk().savedMapping(em, division, type);
        }
    }

    /** Reads the header of an upload and suggests what each column holds; nothing is kept. */
    @RolesAllowed(StaffRole.Names.CLERK)
    public MappingSuggestion inspect(DivisionCode division, ReliefListType type, String fileName, byte[] content) {
        requireType(type);
        try (EntityManager em = data.open(ReliefDesk.clerkScope(callers.current(), division))) {
            return desk().inspect(em, division, type, fileName, new ByteArrayInputStream(content), limits());
        }
    }

    /**
     * Imports a list in this call's transaction; a refused file ({@link BadReliefFile}) or mapping
     * leaves nothing behind.
     *
     * @param mapping 0-based column index or heading text → field type; {@code null} or empty for the
     *                saved mapping of the type (same headings) or the suggestions
     */
    @RolesAllowed(StaffRole.Names.CLERK)
    public ReliefListView importList(DivisionCode division, ReliefListType type, String title, String fileName,
                                     InputStream content, long declaredSize, Map<String, FieldType> mapping) {
        requireType(type);
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(ReliefDesk.clerkScope(me, division))) {
            return desk().importList(em, division, type, title, fileName, content, declaredSize, mapping, limits(),
                    me.username(), null);
        }
    }

    /**
     * Starts an import in the background and answers its job at once; poll {@link #progress}. The
     * file is held in memory (it is at most the upload limit) until the job ends.
     */
    @RolesAllowed(StaffRole.Names.CLERK)
    public ImportProgress startImport(DivisionCode division, ReliefListType type, String title, String fileName,
                                      byte[] content, Map<String, FieldType> mapping) {
        requireType(type);
        StaffIdentity me = callers.current();
        TenantScope scope = ReliefDesk.clerkScope(me, division);
        if (content.length > limits().maxBytes()) {
            throw new BadReliefFile(ReliefImportRunner.tooLarge(content.length, limits()));
        }
        ReliefImportJobs.Job job = jobs.start(division, me.username());
        runner.run(job, scope, division, type, title, fileName, content, mapping, limits(), me.username());
        return job.view();
    }

    /** How far one of the division's import jobs has come; another division's job is not found. */
    public ImportProgress progress(DivisionCode division, String jobId) {
        ReliefDesk.readScope(callers.current(), division);
        return jobs.find(division, jobId).view();
    }

    /**
     * Submits a list: makes its notice (one method makes the content: {@link ReliefDesk#noticeContent})
     * and sends it to review like any notice, through the personal-data gate. The period starts on
     * {@code startsOn} (today when null); a later start publishes on that day.
     *
     * @return the list with the id of its notice
     */
    @RolesAllowed(StaffRole.Names.CLERK)
    public ReliefListView submit(DivisionCode division, String id, long expectedVersion, LocalDate startsOn) {
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(ReliefDesk.clerkScope(me, division))) {
            ReliefDesk desk = desk();
            ReliefDesk.Submission submission = desk.prepareSubmission(em, id, startsOn, expectedVersion);
            NoticeContent content = withKnownSection(division, submission.content());
            NoticeView draft = notices.createDraft(division, content);
            NoticeView submitted = notices.submit(division, draft.id(), draft.version());
            return desk.submitted(em, submission, submitted.id(), me.username());
        }
    }

    public PolicyView policy(DivisionCode division, ReliefListType type) {
        requireType(type);
        try (EntityManager em = data.open(ReliefDesk.readScope(callers.current(), division))) {
            return desk().policy(em, division, type);
        }
    }

    /** A tenant administrator changes the division's masking policy for a type; audited with old and new. */
    @RolesAllowed(StaffRole.Names.TENANT_ADMIN)
    public PolicyView changePolicy(DivisionCode division, ReliefListType type, Map<FieldType, MaskRule> rules,
                                   long expectedVersion) {
        requireType(type);
        StaffIdentity me = callers.current();
        try (EntityManager em = data.open(ReliefDesk.adminScope(me, division))) {
            return desk().changePolicy(em, division, type, rules, expectedVersion, me.username());
        }
    }

    /** The upload limits (the sheet module's defaults: 20 MB, 200,000 rows). */
    SheetLimits limits() {
        return SheetLimits.defaults();
    }

    private NoticeContent withKnownSection(DivisionCode division, NoticeContent c) {
        try {
            sectionKeys.requireKnown(division, c.section());
            return c;
        } catch (InvalidInput e) {
            return new NoticeContent(c.title(), c.body(), null, c.genre(), c.topics(), c.agency(), c.audiences(),
                    c.documentNumber(), c.writtenOn(), c.disclosure(), c.withholdingReason(), c.rereviewOn(),
                    c.noticeStartsOn(), c.noticeEndsOn(), c.validity(), c.validUntil(), c.needsInterpretation(),
                    c.interpretsId(), c.publishAt(), c.catalogItem());
        }
    }

    private static void requireType(ReliefListType type) {
        if (type == null) {
            throw new InvalidInput("error.relief.type-required");
        }
    }
}
