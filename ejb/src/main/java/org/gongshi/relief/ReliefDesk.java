package org.gongshi.relief;

import jakarta.persistence.EntityManager;
import org.gongshi.audit.AuditTrail;
import org.gongshi.calendar.WorkingDays;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.privacy.FieldType;
import org.gongshi.privacy.IdNumberHash;
import org.gongshi.privacy.MaskRule;
import org.gongshi.privacy.MaskingPolicy;
import org.gongshi.shared.AccessDenied;
import org.gongshi.shared.ConcurrentEdit;
import org.gongshi.shared.Ids;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.sheet.ColumnMapping;
import org.gongshi.sheet.ColumnSuggestion;
import org.gongshi.sheet.ColumnSuggestions;
import org.gongshi.sheet.SheetHeader;
import org.gongshi.sheet.SheetLimits;
import org.gongshi.sheet.SheetListener;
import org.gongshi.sheet.SheetProgress;
import org.gongshi.sheet.SheetReader;
import org.gongshi.sheet.SheetRejected;
import org.gongshi.sheet.SheetRow;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.tenancy.DivisionLevel;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.tenancy.TenantScope;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The relief-list use cases on an entity manager the caller opened for the right scope (the EJBs
 * decide who may do what; this class does the work, so that it runs on the real mappings in unit
 * tests too). Every change writes an audit entry in the same transaction.
 */
public final class ReliefDesk {

    /** Days and dates are those of the villages (China Standard Time). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Rows written between two flushes of a large import. */
    private static final int FLUSH_EVERY = 500;
    static final String SYSTEM = "system:retention";

    private final AuditTrail audit;
    private final WorkingDays days;
    private final Clock clock;
    private final SecretSealing sealing;

    public ReliefDesk(AuditTrail audit, WorkingDays days, Clock clock, SecretSealing sealing) {
        this.audit = Objects.requireNonNull(audit);
        this.days = Objects.requireNonNull(days);
        this.clock = Objects.requireNonNull(clock);
        this.sealing = Objects.requireNonNull(sealing);
    }

    // ---- who may ----

    /** A read addressed to {@code division}: own division, or a county supervisor's subtree (read-only). */
    public static TenantScope readScope(StaffIdentity me, DivisionCode division) {
        Objects.requireNonNull(division, "Division is required.");
        TenantScope mine = me.readScope();
        if (!mine.canRead(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        return mine.access() == TenantScope.Access.OWN ? mine : TenantScope.subtreeReadOnly(division);
    }

    /** Importing and submitting lists: a clerk of the division itself. */
    public static TenantScope clerkScope(StaffIdentity me, DivisionCode division) {
        return writerScope(me, division, StaffRole.CLERK);
    }

    /** Changing a masking policy: a tenant administrator of the division itself. */
    public static TenantScope adminScope(StaffIdentity me, DivisionCode division) {
        return writerScope(me, division, StaffRole.TENANT_ADMIN);
    }

    private static TenantScope writerScope(StaffIdentity me, DivisionCode division, StaffRole role) {
        Objects.requireNonNull(division, "Division is required.");
        if (!me.writeScope().canWrite(division)) {
            throw new AccessDenied("error.access.other-division");
        }
        if (!me.has(role)) {
            throw new AccessDenied("error.access.role-required");
        }
        return me.writeScope();
    }

    // ---- masking policies ----

    /** The policy a division masks a type with: its administrator's override, else the type's default. */
    public MaskingPolicy effectivePolicy(EntityManager em, DivisionCode division, ReliefListType type) {
        TenantMaskingPolicy stored = storedPolicy(em, division, type);
        return stored == null ? type.defaultPolicy() : stored.policy();
    }

    public PolicyView policy(EntityManager em, DivisionCode division, ReliefListType type) {
        TenantMaskingPolicy stored = storedPolicy(em, division, type);
        return PolicyView.of(type, stored == null ? type.defaultPolicy() : stored.policy(), stored);
    }

    /**
     * A tenant administrator changes the division's policy for {@code type}: rules not named keep the
     * type's default; anything below the floor is refused ({@code error.privacy.rule-not-allowed}).
     * The audit entry holds the old and the new policy. {@code expectedVersion} is the
     * {@link PolicyView#version()} the administrator saw (0 while no override exists).
     */
    public PolicyView changePolicy(EntityManager em, DivisionCode division, ReliefListType type,
                                   Map<FieldType, MaskRule> rules, long expectedVersion, String actor) {
        Objects.requireNonNull(type, "List type is required.");
        EnumMap<FieldType, MaskRule> all = new EnumMap<>(type.defaultPolicy().rules());
        all.putAll(Objects.requireNonNull(rules, "Rules are required."));
        MaskingPolicy next = MaskingPolicy.of(all);
        TenantMaskingPolicy stored = storedPolicy(em, division, type);
        long current = stored == null ? 0 : stored.version() + 1;
        if (current != expectedVersion) {
            throw new ConcurrentEdit();
        }
        MaskingPolicy before = stored == null ? type.defaultPolicy() : stored.policy();
        Instant now = clock.instant();
        if (stored == null) {
            stored = new TenantMaskingPolicy(division, type);
            stored.change(next, actor, now);
            em.persist(stored);
        } else {
            stored.change(next, actor, now);
        }
        audit.record(em, division, now, actor, "relief.masking-policy-changed", stored.id(),
                type.name() + ": " + before.format() + " → " + next.format());
        em.flush();
        return PolicyView.of(type, next, stored);
    }

    private static TenantMaskingPolicy storedPolicy(EntityManager em, DivisionCode division, ReliefListType type) {
        return em.createQuery("SELECT p FROM TenantMaskingPolicy p WHERE p.divisionCode = :d AND p.listType = :t",
                        TenantMaskingPolicy.class)
                .setParameter("d", division.value()).setParameter("t", type)
                .getResultStream().findFirst().orElse(null);
    }

    // ---- the tenant's hash secret ----

    /** The division's ID hash, its secret made at random and stored sealed on first use. */
    public IdNumberHash hashFor(EntityManager em, DivisionCode division) {
        TenantHashSecret secret = storedSecret(em, division);
        if (secret == null) {
            byte[] fresh = IdNumberHash.newSecret();
            secret = new TenantHashSecret(division, sealing.seal(fresh, division.value()), clock.instant());
            em.persist(secret);
            em.flush();
            return new IdNumberHash(fresh);
        }
        return new IdNumberHash(sealing.open(secret.sealed(), secret.divisionCode()));
    }

    private static TenantHashSecret storedSecret(EntityManager em, DivisionCode division) {
        return em.createQuery("SELECT s FROM TenantHashSecret s WHERE s.divisionCode = :d", TenantHashSecret.class)
                .setParameter("d", division.value()).getResultStream().findFirst().orElse(null);
    }

    // ---- column mappings ----

    /** The mapping the division last imported {@code type} with, if any. */
    public MappingSuggestion savedMapping(EntityManager em, DivisionCode division, ReliefListType type) {
        SavedColumnMapping saved = storedMapping(em, division, type);
        if (saved == null) {
            return new MappingSuggestion(type, List.of(), List.of(), List.of(), false);
        }
        List<String> headings = saved.headings();
        List<FieldType> types = saved.mapping().forWidth(headings.size());
        return new MappingSuggestion(type, headings, types, headings.stream().map(h -> false).toList(), true);
    }

    /** What each column of an upload probably holds: the saved mapping when the headings are unchanged, else the heading words. */
    public MappingSuggestion suggest(EntityManager em, DivisionCode division, ReliefListType type, SheetHeader header) {
        SavedColumnMapping saved = storedMapping(em, division, type);
        if (saved != null && saved.headings().equals(header.cells())) {
            return new MappingSuggestion(type, header.cells(), saved.mapping().forWidth(header.width()),
                    header.cells().stream().map(h -> false).toList(), true);
        }
        List<ColumnSuggestion> suggestions = ColumnSuggestions.suggest(header.cells());
        return new MappingSuggestion(type, header.cells(), suggestions.stream().map(ColumnSuggestion::type).toList(),
                suggestions.stream().map(ColumnSuggestion::needsConfirmation).toList(), false);
    }

    /** Reads only the header of an upload and suggests its mapping (nothing is kept). */
    public MappingSuggestion inspect(EntityManager em, DivisionCode division, ReliefListType type, String fileName,
                                     InputStream content, SheetLimits limits) {
        SheetHeader header;
        try {
            header = SheetReader.readHeader(content, fileName, limits);
        } catch (SheetRejected e) {
            throw new BadReliefFile(e);
        }
        return suggest(em, division, type, header);
    }

    private static SavedColumnMapping storedMapping(EntityManager em, DivisionCode division, ReliefListType type) {
        return em.createQuery("SELECT m FROM SavedColumnMapping m WHERE m.divisionCode = :d AND m.listType = :t",
                        SavedColumnMapping.class)
                .setParameter("d", division.value()).setParameter("t", type)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * The mapping an import uses. {@code chosen} names columns by 0-based index ("0", "1", …) or by
     * heading text exactly as in the file; columns not named hold {@link FieldType#OTHER} (scanned and
     * masked where personal data is found). Without a choice, the saved mapping (same headings) or the
     * suggestions apply. Refused: a key that names no column, a column whose heading says it is
     * personal mapped to a non-personal kind, and a list of people without a name or ID column.
     */
    MappingSuggestion resolve(EntityManager em, DivisionCode division, ReliefListType type, SheetHeader header,
                              Map<String, FieldType> chosen) {
        List<FieldType> types;
        boolean fromSaved = false;
        if (chosen == null || chosen.isEmpty()) {
            MappingSuggestion s = suggest(em, division, type, header);
            types = s.types();
            fromSaved = s.fromSaved();
        } else {
            TreeMap<Integer, FieldType> byColumn = new TreeMap<>();
            chosen.forEach((key, fieldType) -> {
                int column = columnOf(header, key);
                if (fieldType == null || byColumn.put(column, fieldType) != null) {
                    throw new InvalidInput("error.relief.mapping-column-unknown", key);
                }
            });
            types = ColumnMapping.of(byColumn).forWidth(header.width());
        }
        List<ColumnSuggestion> suggestions = ColumnSuggestions.suggest(header.cells());
        for (int i = 0; i < types.size(); i++) {
            ColumnSuggestion s = suggestions.get(i);
            boolean sure = s.confidence() == ColumnSuggestion.Confidence.HIGH || s.confidence() == ColumnSuggestion.Confidence.MEDIUM;
            if (sure && s.type().personal() && !types.get(i).personal()) {
                throw new InvalidInput("error.relief.mapping-not-personal", header.cells().get(i));
            }
        }
        if (type.listsPeople() && !types.contains(FieldType.NAME) && !types.contains(FieldType.ID_NUMBER)) {
            throw new InvalidInput("error.relief.mapping-no-person");
        }
        return new MappingSuggestion(type, header.cells(), types, types.stream().map(t -> false).toList(), fromSaved);
    }

    private static int columnOf(SheetHeader header, String key) {
        String k = key == null ? "" : key.strip();
        if (!k.isEmpty() && k.chars().allMatch(Character::isDigit) && k.length() <= 5) {
            int column = Integer.parseInt(k);
            if (column < header.width()) {
                return column;
            }
            throw new InvalidInput("error.relief.mapping-column-unknown", key);
        }
        int found = header.cells().indexOf(k);
        if (found < 0 || header.cells().lastIndexOf(k) != found) {
            throw new InvalidInput("error.relief.mapping-column-unknown", key);
        }
        return found;
    }

    // ---- import ----

    /**
     * Reads the upload row by row, masks each row as it arrives by the division's policy for the type,
     * and keeps only the masked rows and the ID hashes. A refused file (damaged, header-only, too large,
     * a formula or merged cells anywhere…) throws {@link BadReliefFile} with the sheet module's plain
     * Chinese reason; the caller's transaction then rolls back and nothing is kept. On success the
     * mapping is saved for the next upload of the type.
     */
    public ReliefListView importList(EntityManager em, DivisionCode division, ReliefListType type, String title,
                                     String fileName, InputStream content, long declaredSize,
                                     Map<String, FieldType> mapping, SheetLimits limits, String actor,
                                     Consumer<SheetProgress> progress) {
        Objects.requireNonNull(type, "List type is required.");
        Objects.requireNonNull(content, "File is required.");
        MaskingPolicy policy = effectivePolicy(em, division, type);
        IdNumberHash hash = hashFor(em, division);
        Instant now = clock.instant();
        String listTitle = title == null || title.isBlank() ? divisionName(division) + type.title() + "公示" : title.strip();
        if (listTitle.length() > 200) {
            throw new InvalidInput("error.relief.title-too-long", 200);
        }
        Importer importer = new Importer(em, division, type, listTitle, policy, hash, mapping, actor, now,
                progress == null ? p -> { } : progress);
        try {
            SheetReader.read(content, fileName, declaredSize, limits, importer);
        } catch (SheetRejected e) {
            throw new BadReliefFile(e);
        }
        em.flush();
        em.clear();
        ReliefList list = em.find(ReliefList.class, importer.listId);
        list.counted(importer.rows);
        SavedColumnMapping saved = storedMapping(em, division, type);
        if (saved == null) {
            saved = new SavedColumnMapping(division, type);
            saved.remember(importer.resolved.headings(), ColumnMapping.of(importer.resolved.types()), actor, now);
            em.persist(saved);
        } else {
            saved.remember(importer.resolved.headings(), ColumnMapping.of(importer.resolved.types()), actor, now);
        }
        audit.record(em, division, now, actor, "relief.list-imported", list.id(),
                type.name() + ", " + importer.rows + " rows");
        em.flush();
        return ReliefListView.of(list, null);
    }

    private final class Importer implements SheetListener {
        private final EntityManager em;
        private final DivisionCode division;
        private final ReliefListType type;
        private final String title;
        private final MaskingPolicy policy;
        private final IdNumberHash hash;
        private final Map<String, FieldType> chosen;
        private final String actor;
        private final Instant now;
        private final Consumer<SheetProgress> progress;
        private RowMasker masker;
        private MappingSuggestion resolved;
        private String listId;
        private int rows;

        Importer(EntityManager em, DivisionCode division, ReliefListType type, String title, MaskingPolicy policy,
                 IdNumberHash hash, Map<String, FieldType> chosen, String actor, Instant now, Consumer<SheetProgress> progress) {
            this.em = em;
            this.division = division;
            this.type = type;
            this.title = title;
            this.policy = policy;
            this.hash = hash;
            this.chosen = chosen;
            this.actor = actor;
            this.now = now;
            this.progress = progress;
        }

        @Override
        public void header(SheetHeader header) {
            resolved = resolve(em, division, type, header, chosen);
            masker = new RowMasker(header, ColumnMapping.of(resolved.types()), policy, hash);
            ReliefList list = new ReliefList(division, type, title, masker.headings(header), masker.fieldTypes(),
                    policy.format(), actor, now, Retention.ofImport(LocalDate.ofInstant(now, ZONE)));
            em.persist(list);
            listId = list.id();
        }

        @Override
        public void row(SheetRow row) {
            MaskedRow masked = masker.mask(row.cells());
            int length = masked.cells().stream().mapToInt(String::length).sum() + masked.cells().size();
            if (length > ReliefRow.CELLS_MAX) {
                throw new InvalidInput("error.relief.row-too-long", row.number());
            }
            em.persist(new ReliefRow(division, listId, ++rows, masked));
            if (rows % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }

        @Override
        public void progress(SheetProgress p) {
            progress.accept(p);
        }
    }

    // ---- reading ----

    public List<ReliefListView> list(EntityManager em) {
        List<ReliefList> lists = em.createQuery("SELECT l FROM ReliefList l ORDER BY l.createdAt DESC, l.id DESC",
                ReliefList.class).setMaxResults(500).getResultList();
        List<String> noticeIds = lists.stream().map(ReliefList::noticeId).filter(Objects::nonNull).toList();
        Map<String, String> statuses = new java.util.HashMap<>();
        if (!noticeIds.isEmpty()) {
            em.createQuery("SELECT n FROM Notice n WHERE n.id IN :ids", Notice.class).setParameter("ids", noticeIds)
                    .getResultList().forEach(n -> statuses.put(n.id(), n.status().name()));
        }
        return lists.stream().map(l -> ReliefListView.of(l, statuses.get(l.noticeId()))).toList();
    }

    public ReliefListView get(EntityManager em, String id) {
        ReliefList list = load(em, id);
        return ReliefListView.of(list, noticeStatus(em, list));
    }

    /** Exactly what residents will see: the masked table, and the notice body for a period starting today. */
    public ReliefPreview preview(EntityManager em, String id) {
        ReliefList list = load(em, id);
        ReliefTable table = table(em, list);
        LocalDate start = today();
        LocalDate end = list.listType().noticePeriod().endsOn(start, days);
        NoticeContent content = noticeContent(list, table, start, end);
        return new ReliefPreview(list.id(), content.title(), table.headings(), table.rows(), content.body());
    }

    ReliefTable table(EntityManager em, ReliefList list) {
        List<List<String>> rows = new ArrayList<>();
        em.createQuery("SELECT r FROM ReliefRow r WHERE r.listId = :id ORDER BY r.position", ReliefRow.class)
                .setParameter("id", list.id()).getResultStream().forEach(r -> rows.add(r.cells()));
        return new ReliefTable(list.headings(), rows);
    }

    public List<DeletionRecordView> deletionRecords(EntityManager em) {
        return em.createQuery("SELECT d FROM DeletionRecord d ORDER BY d.deletedAt DESC, d.id DESC", DeletionRecord.class)
                .setMaxResults(500).getResultList().stream().map(DeletionRecordView::of).toList();
    }

    // ---- submission ----

    /**
     * The notice that publishes a list: the one place its content is made (title, body from the
     * masked table, section, genre, notice period). A time-limited list is a 公示 ({@link Genre#PUBLIC_NOTICE})
     * with the type's period and leaves the board after it; a long-term list is an announcement
     * without an end. A period starting after today is published on its first day (publishAt), so the
     * full period is on the board. The catalog item key ({@link ReliefListType#catalogItemKey()})
     * belongs here once notices carry one.
     */
    NoticeContent noticeContent(ReliefList list, ReliefTable table, LocalDate startsOn, LocalDate endsOn) {
        ReliefListType type = list.listType();
        String divisionName = divisionName(list.division());
        String body = table.toMarkdown(type, divisionName, startsOn, endsOn);
        if (body.length() > Notice.BODY_MAX) {
            throw new InvalidInput("error.relief.too-long-for-notice", list.rowCount());
        }
        boolean village = list.division().level() == DivisionLevel.VILLAGE;
        Instant publishAt = startsOn.isAfter(today()) ? startsOn.atTime(8, 0).atZone(ZONE).toInstant() : null;
        return new NoticeContent(list.title(), body, type.sectionKey(village),
                type.longTerm() ? Genre.ANNOUNCEMENT : Genre.PUBLIC_NOTICE,
                java.util.Set.of(), divisionName, java.util.Set.of(), null, today(), DisclosureAttribute.PROACTIVE,
                null, null, type.longTerm() ? null : startsOn, endsOn, null, null, false, null, publishAt)
                .withCatalogItem(type.catalogItemKey());
    }

    /** The content of the notice for submitting {@code id} with the period starting {@code startsOn} (today when null). */
    public Submission prepareSubmission(EntityManager em, String id, LocalDate startsOn, long expectedVersion) {
        ReliefList list = load(em, id);
        if (list.version() != expectedVersion) {
            throw new ConcurrentEdit();
        }
        if (list.state() != ReliefListState.IMPORTED) {
            throw new org.gongshi.shared.InvalidState("error.relief.already-submitted");
        }
        LocalDate start = startsOn == null ? today() : startsOn;
        if (start.isBefore(today())) {
            throw new InvalidInput("error.relief.start-in-past");
        }
        LocalDate end = list.listType().noticePeriod().endsOn(start, days);
        return new Submission(list.id(), start, end, noticeContent(list, table(em, list), start, end));
    }

    /** Records the notice made from the list; the list is then fixed and its retention runs from its period's end. */
    public ReliefListView submitted(EntityManager em, Submission submission, String noticeId, String actor) {
        ReliefList list = load(em, submission.listId());
        Instant now = clock.instant();
        list.submitted(noticeId, submission.startsOn(), submission.endsOn(), now,
                Retention.ofSubmitted(list.listType(), LocalDate.ofInstant(now, ZONE), submission.endsOn()));
        audit.record(em, list.division(), now, actor, "relief.list-submitted", list.id(), "notice=" + noticeId);
        em.flush();
        return ReliefListView.of(list, noticeStatus(em, list));
    }

    /** A list ready to become a notice. */
    public record Submission(String listId, LocalDate startsOn, LocalDate endsOn, NoticeContent content) {
    }

    // ---- retention ----

    /** Lists of the scope whose rows must go on {@code today}. */
    public List<ReliefList> dueForDeletion(EntityManager em, LocalDate today) {
        return em.createQuery("SELECT l FROM ReliefList l WHERE l.state <> :deleted AND l.deleteRowsOn <= :today",
                        ReliefList.class)
                .setParameter("deleted", ReliefListState.ROWS_DELETED).setParameter("today", today).getResultList();
    }

    /**
     * Deletes the rows of every list of the scope past its retention on {@code today} and leaves a
     * deletion record for each (PIPL Art. 47). Returns the records written.
     */
    public List<DeletionRecordView> deleteExpiredRows(EntityManager em, LocalDate today) {
        List<DeletionRecordView> done = new ArrayList<>();
        for (ReliefList list : dueForDeletion(em, today)) {
            done.add(deleteRows(em, list.id(), today));
        }
        return done;
    }

    /** Deletes one list's rows if its retention has ended on {@code today}; the list and a deletion record remain. */
    public DeletionRecordView deleteRows(EntityManager em, String listId, LocalDate today) {
        ReliefList list = load(em, listId);
        if (list.state() == ReliefListState.ROWS_DELETED || !Retention.due(list.deleteRowsOn(), today)) {
            return null;
        }
        int deleted = em.createQuery("DELETE FROM ReliefRow r WHERE r.listId = :id").setParameter("id", list.id())
                .executeUpdate();
        Instant now = clock.instant();
        list.rowsDeleted(now);
        String why = "PIPL Art. 47: retention of " + list.listType().name() + " ended on " + list.deleteRowsOn();
        DeletionRecord record = new DeletionRecord(list.division(), list.id(), list.listType(), deleted, now, SYSTEM, why);
        em.persist(record);
        audit.record(em, list.division(), now, SYSTEM, "relief.rows-deleted", list.id(), deleted + " rows; " + why);
        em.flush();
        return DeletionRecordView.of(record);
    }

    // ---- self-check ----

    /**
     * The division's lists now on notice (published, proactive, within their period or long-term) that
     * hold a row with this ID number's hash and a masked name equal to the given name masked the same
     * way. Nothing is created: a division that never imported a list has no secret and no match.
     */
    public List<SelfCheckMatch> selfCheck(EntityManager em, DivisionCode division, String idNumber, String name) {
        TenantHashSecret secret = storedSecret(em, division);
        if (secret == null || idNumber == null) {
            return List.of();
        }
        IdNumberHash hash = new IdNumberHash(sealing.open(secret.sealed(), secret.divisionCode()));
        String h = hash.of(idNumber).orElse(null);
        if (h == null) {
            return List.of();
        }
        LocalDate today = today();
        List<SelfCheckMatch> matches = new ArrayList<>();
        List<Object[]> found = em.createQuery("SELECT l, r.maskedName FROM ReliefRow r, ReliefList l"
                        + " WHERE r.idHash = :h AND l.id = r.listId AND l.state = :submitted", Object[].class)
                .setParameter("h", h).setParameter("submitted", ReliefListState.SUBMITTED).getResultList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object[] pair : found) {
            ReliefList list = (ReliefList) pair[0];
            String maskedName = (String) pair[1];
            if (!seen.add(list.id())) {
                continue;
            }
            if (maskedName != null) {
                String mine = MaskingPolicy.parse(list.policy()).mask(FieldType.NAME, name == null ? "" : name);
                if (!maskedName.equals(mine)) {
                    seen.remove(list.id());
                    continue;
                }
            }
            Notice notice = em.find(Notice.class, list.noticeId());
            if (notice == null || notice.status() != NoticeStatus.PUBLISHED
                    || notice.disclosure() != DisclosureAttribute.PROACTIVE
                    || notice.noticePeriodEnded(today)
                    || (notice.noticeStartsOn() != null && notice.noticeStartsOn().isAfter(today))) {
                continue;
            }
            matches.add(new SelfCheckMatch(list.title(), list.listType(), notice.id(), notice.noticeStartsOn(),
                    notice.noticeEndsOn()));
        }
        return matches;
    }

    // ---- helpers ----

    private static ReliefList load(EntityManager em, String id) {
        ReliefList list = Ids.looksLikeId(id) ? em.find(ReliefList.class, id) : null;
        if (list == null) {
            throw new NotFound("error.relief.not-found");
        }
        return list;
    }

    private static String noticeStatus(EntityManager em, ReliefList list) {
        if (list.noticeId() == null) {
            return null;
        }
        Notice n = em.find(Notice.class, list.noticeId());
        return n == null ? null : n.status().name();
    }

    static String divisionName(DivisionCode division) {
        return DivisionDirectory.seed().find(division).map(Division::name).orElse(division.value());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
