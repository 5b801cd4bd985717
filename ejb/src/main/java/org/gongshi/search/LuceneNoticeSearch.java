package org.gongshi.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.StoredFields;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongshi.notice.Notice;
import org.gongshi.notice.NoticePublished;
import org.gongshi.shared.InvalidInput;
import org.gongshi.shared.NotFound;
import org.gongshi.shared.Page;
import org.gongshi.tenancy.Division;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link NoticeSearch} over a Lucene index of what is on the public boards.
 *
 * <p>Tenant isolation: every query is filtered to the division asked for (or its subtree, by the
 * indexed ancestor codes) and to notices whose period has not ended today; the page of hits is then
 * re-checked against the database within that same scope, so a notice withdrawn a moment ago, or an
 * index that went wrong, cannot show another board's or a withdrawn notice.
 *
 * <p>Freshness: publications, corrections and withdrawals are applied after their transaction
 * commits. The index also stores a fingerprint of the database state it reflects; at start-up and at
 * most every {@link #checkInterval} it is compared with the database, and a missing or stale index is
 * rebuilt in the background while queries keep using the last committed state.
 */
@ApplicationScoped
public class LuceneNoticeSearch implements NoticeSearch {

    private static final Logger LOG = Logger.getLogger(LuceneNoticeSearch.class.getName());
    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 100;
    /** How deep results may be paged. */
    static final int MAX_WINDOW = 10_000;
    private static final int BATCH = 200;

    @Inject
    SearchData data;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "gongshi.search.dir")
    Optional<String> configuredDir;

    @Resource
    ManagedExecutorService managedExecutor;

    Executor executor;
    Duration checkInterval = Duration.ofSeconds(30);

    private volatile SearchIndex index;
    private final ReentrantLock writes = new ReentrantLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Notices changed while a rebuild runs: read again before its commit. */
    private final Map<String, DivisionCode> changedDuringRebuild = new ConcurrentHashMap<>();
    private volatile long lastCheck;
    /** Set when something suggests the index missed a change: the next query checks at once. */
    private volatile boolean checkSoon = true;
    private volatile boolean everBuilt;

    public LuceneNoticeSearch() {
        // for CDI
    }

    /** Outside a container (tests, tools): everything given. */
    LuceneNoticeSearch(SearchData data, Clock clock, Path dir, Executor executor, Duration checkInterval) {
        this.data = data;
        this.clock = clock;
        this.configuredDir = Optional.of(dir.toString());
        this.executor = executor;
        this.checkInterval = checkInterval;
    }

    /** Opens the index and, when it is missing or stale, starts rebuilding it. Idempotent. */
    public void start() {
        if (index == null) {
            open();
        }
    }

    private synchronized void open() {
        if (index != null) {
            return;
        }
        if (executor == null) {
            executor = managedExecutor;
        }
        index = SearchIndex.open(directory());
        everBuilt = !index.fingerprint().isEmpty();
        LOG.info("Search index in " + index.path() + (everBuilt ? "" : " (new)"));
        checkFreshness(true);
    }

    private Path directory() {
        String dir = configuredDir.filter(s -> !s.isBlank()).orElseGet(() -> {
            String data = System.getProperty("jboss.server.data.dir");
            if (data != null) {
                return Path.of(data, "gongshi-search").toString();
            }
            try {
                return Files.createTempDirectory("gongshi-search").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Path.of(dir);
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            writes.lock();
            try {
                index.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Closing the search index failed", e);
            } finally {
                index = null;
                writes.unlock();
            }
        }
    }

    // ---- keeping the index up to date ----

    /** After the publishing transaction commits: index the notice's new text, or take it out. */
    void onPublication(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticePublished event) {
        try {
            start();
            apply(event.division(), event.noticeId(), event.kind() == NoticePublished.Kind.WITHDRAWAL);
        } catch (RuntimeException e) {
            // The publication stands; the next freshness check rebuilds what this missed.
            LOG.log(Level.SEVERE, "Could not update the search index for notice " + event.noticeId(), e);
            checkSoon = true;
        }
    }

    void apply(DivisionCode division, String noticeId, boolean withdrawn) {
        // The fingerprint is read before the notice, so a change in between makes the next check rebuild.
        String fingerprint = data.fingerprint();
        Optional<IndexedNotice> notice = withdrawn ? Optional.empty() : data.published(division, noticeId);
        writes.lock();
        try {
            write(noticeId, notice);
            if (rebuilding.get()) {
                changedDuringRebuild.put(noticeId, division);
            } else {
                index.commit(fingerprint);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    private void write(String id, Optional<IndexedNotice> notice) throws IOException {
        if (notice.isPresent()) {
            index.put(id, NoticeDocuments.of(notice.get()));
        } else {
            index.remove(id);
        }
    }

    /**
     * Compares the index with the database (at most every {@link #checkInterval} unless
     * {@code force}) and rebuilds it in the background when they differ.
     */
    public void checkFreshness(boolean force) {
        long now = System.nanoTime();
        if (!force && !checkSoon && now - lastCheck < checkInterval.toNanos() || rebuilding.get()) {
            return;
        }
        lastCheck = now;
        checkSoon = false;
        executor.execute(() -> {
            try {
                SearchIndex current = index;
                if (current != null && !data.fingerprint().equals(current.fingerprint())) {
                    rebuild();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Search index freshness check failed", e);
            }
        });
    }

    /** Whether a rebuild is running (results may lag behind the boards meanwhile). */
    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /** Reads every published notice again into a fresh index state, committed once at the end. */
    void rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        int count = 0;
        try {
            String fingerprint = data.fingerprint();
            withWrites(index::removeAll);
            for (DivisionCode root : SearchData.roots()) {
                String after = null;
                while (true) {
                    List<IndexedNotice> batch = data.batch(root, after, BATCH);
                    if (batch.isEmpty()) {
                        break;
                    }
                    withWrites(() -> {
                        for (IndexedNotice n : batch) {
                            index.put(n.id(), NoticeDocuments.of(n));
                        }
                    });
                    count += batch.size();
                    after = batch.getLast().id();
                }
            }
            writes.lock();
            try {
                for (var changed : Map.copyOf(changedDuringRebuild).entrySet()) {
                    write(changed.getKey(), data.published(changed.getValue(), changed.getKey()));
                }
                changedDuringRebuild.clear();
                index.commit(fingerprint);
                everBuilt = true;
                rebuilding.set(false);
            } finally {
                writes.unlock();
            }
            LOG.info("Search index rebuilt: " + count + " notices in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed; queries use the previous state", e);
            try {
                withWrites(index::discardChanges);
            } catch (IOException | RuntimeException again) {
                LOG.log(Level.SEVERE, "Discarding the failed rebuild failed", again);
            }
            checkSoon = true;
        } finally {
            rebuilding.set(false);
        }
    }

    private interface IndexWork {
        void run() throws IOException;
    }

    private void withWrites(IndexWork work) throws IOException {
        writes.lock();
        try {
            work.run();
        } finally {
            writes.unlock();
        }
    }

    // ---- searching ----

    @Override
    public SearchResults search(SearchQuery query) {
        String text = query.text();
        if (text.isEmpty()) {
            throw new InvalidInput("search.error.query-required");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInput("search.error.query-too-long", MAX_QUERY_LENGTH);
        }
        if (query.division() == null || DivisionDirectory.seed().find(query.division()).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
        QueryText words = QueryText.parse(text);
        if (words.isEmpty()) {
            throw new InvalidInput("search.error.query-no-words");
        }
        start();
        checkFreshness(false);
        int page = Page.clampPage(query.page());
        int size = Page.clampSize(query.size());
        boolean incomplete = !everBuilt;
        if ((long) (page + 1) * size > MAX_WINDOW) {
            return new SearchResults(text, List.of(), page, size, 0, incomplete);
        }
        LocalDate today = LocalDate.now(clock.withZone(Notice.ZONE));
        Query lucene = new BooleanQuery.Builder()
                .add(words.toQuery(), Occur.MUST)
                .add(QueryText.filter(query.division(), query.subtree(), today, query.filter()), Occur.FILTER)
                .build();
        List<Document> docs = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        long total;
        try {
            IndexSearcher searcher = index.acquire();
            try {
                Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(NoticeDocuments.PUBLISHED, SortField.Type.LONG, true));
                TopDocs top = searcher.search(lucene, new TopFieldCollectorManager(sort, (page + 1) * size, null, MAX_WINDOW));
                total = top.totalHits.value();
                if (top.totalHits.relation() != org.apache.lucene.search.TotalHits.Relation.EQUAL_TO) {
                    total = searcher.count(lucene);
                }
                StoredFields stored = searcher.storedFields();
                ScoreDoc[] hits = top.scoreDocs;
                for (int i = page * size; i < hits.length; i++) {
                    docs.add(stored.document(hits[i].doc));
                    // Sorted by score first: the score is the first sort value.
                    scores.add(((org.apache.lucene.search.FieldDoc) hits[i]).fields[0] instanceof Float f ? f : hits[i].score);
                }
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Second line of defence: only what the database says is on this board today.
        Set<String> onBoard = data.onBoard(query.division(), query.subtree(),
                docs.stream().map(d -> d.get(NoticeDocuments.ID)).toList(), today);
        List<SearchHit> items = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            String id = d.get(NoticeDocuments.ID);
            String division = d.get(NoticeDocuments.DIVISION);
            if (!onBoard.contains(id) || !inScope(query, division)) {
                continue;
            }
            items.add(new SearchHit(id, division, divisionName(division), d.get(NoticeDocuments.SECTION),
                    Snippets.marked(nonNull(d.get(NoticeDocuments.TITLE)), words.runs),
                    Snippets.passage(List.of(nonNull(d.get(NoticeDocuments.BODY)), nonNull(d.get(NoticeDocuments.ATTACHMENTS))), words.runs),
                    NoticeDocuments.publishedAt(d), scores.get(i)));
        }
        int dropped = docs.size() - items.size();
        if (dropped > 0) {
            LOG.warning("Search: " + dropped + " hit(s) no longer on the board were left out; checking the index");
            checkSoon = true;
            checkFreshness(false);
        }
        return new SearchResults(text, items, page, size, Math.max(0, total - dropped), incomplete);
    }

    /** How many of a board's most recent notices are looked at for its filter values. */
    static final int CATALOG_SAMPLE = 2_000;

    @Override
    public CatalogValues catalogValues(DivisionCode division, boolean subtree) {
        if (division == null || DivisionDirectory.seed().find(division).isEmpty()) {
            throw new NotFound("error.division.not-found");
        }
        start();
        LocalDate today = LocalDate.now(clock.withZone(Notice.ZONE));
        java.util.SortedSet<String> sections = new java.util.TreeSet<>();
        java.util.SortedSet<String> topics = new java.util.TreeSet<>();
        java.util.SortedSet<org.gongshi.notice.Genre> genres = new java.util.TreeSet<>();
        java.util.SortedSet<String> agencies = new java.util.TreeSet<>();
        java.util.SortedSet<String> audiences = new java.util.TreeSet<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        try {
            IndexSearcher searcher = index.acquire();
            try {
                Query all = QueryText.filter(division, subtree, today, org.gongshi.notice.CatalogFilter.NONE);
                TopDocs top = searcher.search(new org.apache.lucene.search.ConstantScoreQuery(all), CATALOG_SAMPLE,
                        new Sort(new SortField(NoticeDocuments.PUBLISHED, SortField.Type.LONG, true)));
                StoredFields stored = searcher.storedFields();
                for (ScoreDoc hit : top.scoreDocs) {
                    Document d = stored.document(hit.doc);
                    addAll(sections, d.getValues(NoticeDocuments.SECTION));
                    addAll(topics, d.getValues(NoticeDocuments.TOPIC));
                    addAll(agencies, d.getValues(NoticeDocuments.AGENCY));
                    addAll(audiences, d.getValues(NoticeDocuments.AUDIENCE));
                    for (String g : d.getValues(NoticeDocuments.GENRE)) {
                        genres.add(org.gongshi.notice.Genre.valueOf(g));
                    }
                    var year = d.getField(NoticeDocuments.YEAR);
                    if (year != null) {
                        years.add(year.numericValue().intValue());
                    }
                }
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CatalogValues(List.copyOf(sections), List.copyOf(topics), List.copyOf(genres), List.copyOf(agencies),
                List.copyOf(audiences), List.copyOf(years));
    }

    private static void addAll(java.util.Set<String> into, String[] values) {
        into.addAll(List.of(values));
    }

    private static boolean inScope(SearchQuery query, String division) {
        DivisionCode code = DivisionCode.of(division);
        return query.subtree() ? query.division().contains(code) : query.division().equals(code);
    }

    private static String divisionName(String code) {
        return DivisionDirectory.seed().find(DivisionCode.of(code)).map(Division::name).orElse(code);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
