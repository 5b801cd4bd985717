package org.gongshi.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Lucene index on disk: one writer, and searchers that see only committed states — so a
 * rebuild (delete everything, add everything again) is invisible to queries until its single commit,
 * and queries keep answering from the previous state meanwhile. Each commit carries the database
 * fingerprint it reflects. Not thread-safe for writes: the caller serialises them.
 */
final class SearchIndex implements Closeable {

    static final String FINGERPRINT = "gongshi.fingerprint";

    private final Path path;
    private final Directory directory;
    private IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Path path) throws IOException {
        this.path = path;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        this.writer = newWriter();
        if (!DirectoryReader.indexExists(directory)) {
            // A new, empty index: no fingerprint, so the first check rebuilds it from the database.
            writer.setLiveCommitData(Map.of(FINGERPRINT, "").entrySet());
            writer.commit();
        }
        this.searchers = new SearcherManager(directory, null);
    }

    static SearchIndex open(Path path) {
        try {
            return new SearchIndex(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    Path path() {
        return path;
    }

    private IndexWriter newWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ChineseAnalysis.PER_FIELD)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        return new IndexWriter(directory, config);
    }

    /** The fingerprint of the database state of the last commit; empty for an index never built. */
    String fingerprint() {
        try {
            return SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(FINGERPRINT, "");
        } catch (IOException e) {
            return "";
        }
    }

    void put(String id, Document doc) throws IOException {
        writer.updateDocument(new Term(NoticeDocuments.ID, id), doc);
    }

    /** Adds a document known to be new (bulk loading); {@link #put} otherwise. */
    void add(Document doc) throws IOException {
        writer.addDocument(doc);
    }

    void remove(String id) throws IOException {
        writer.deleteDocuments(new Term(NoticeDocuments.ID, id));
    }

    void removeAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes every change so far durable and visible to the next query, recording {@code fingerprint}. */
    void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Throws away uncommitted changes (a failed rebuild); queries never saw them. */
    void discardChanges() throws IOException {
        writer.rollback();
        writer = newWriter();
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            writer.rollback();
            directory.close();
        }
    }
}
