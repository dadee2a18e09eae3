package org.zhifa.publicity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.common.PageResult;
import org.zhifa.publicity.PublicityProperties;

/**
 * The public search index of published decisions (docs/public-search.md): Lucene with CJK bigrams for queries of
 * two or more characters and unigrams for one-character queries, in {@code ${zhifa.db.data-dir}/search}.
 *
 * <p>The index is a cache of the table: every change to a publication gets the next {@code search_seq}; each
 * instance applies the rows after the last sequence it committed (kept in the index's commit data), right after its
 * own changes commit and every few seconds for those of other instances. A missing index, or one built from a
 * different database (epoch), is rebuilt from the table in the background.
 */
@Component
public class DecisionSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(DecisionSearchIndex.class);
    private static final int BATCH = 5_000;
    private static final int COMMIT_EVERY = 50_000;
    /** Deep paging beyond this is refused: nobody reads page 500, crawlers should not make us sort it. */
    public static final int MAX_WINDOW = 10_000;
    private static final Sort NEWEST_FIRST = new Sort(new SortField("day", SortField.Type.LONG, true),
            new SortField("idn", SortField.Type.LONG, true));

    private final JdbcClient jdbc;
    private final Path dir;
    private final PublicityProperties properties;
    private final SearchAnalysis analysis = new SearchAnalysis();
    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ScheduledExecutorService syncer;
    private String epoch;
    private long appliedSeq;
    private long maxIndexedId;
    private volatile boolean ready;
    private volatile boolean closing;

    DecisionSearchIndex(JdbcClient jdbc, @Value("${zhifa.db.data-dir:data}") Path dataDir,
            PublicityProperties properties) {
        this.jdbc = jdbc;
        this.dir = dataDir.resolve("search");
        this.properties = properties;
    }

    @PostConstruct
    void open() throws IOException {
        epoch = jdbc.sql("select epoch::text from publicity_index_epoch limit 1").query(String.class).single();
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        try {
            openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (IllegalArgumentException | IOException e) {
            // an index from an older layout (other sort, other version): rebuild it
            log.warn("公示检索索引无法打开（{}），将重建", e.getMessage());
            openWriter(IndexWriterConfig.OpenMode.CREATE);
        }
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(en -> data.put(en.getKey(), en.getValue()));
        if (!epoch.equals(data.get("epoch"))) {
            writer.deleteAll();
            appliedSeq = 0;
            maxIndexedId = 0;
        } else {
            appliedSeq = Long.parseLong(data.getOrDefault("seq", "0"));
            maxIndexedId = Long.parseLong(data.getOrDefault("maxId", "0"));
        }
        searchers = new SearcherManager(writer, null);
        syncer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "publicity-search-sync");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(200, properties.searchSyncInterval().toMillis());
        syncer.scheduleWithFixedDelay(this::syncQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    private void openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
        config.setOpenMode(mode);
        config.setIndexSort(NEWEST_FIRST);
        config.setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
    }

    @PreDestroy
    void close() throws IOException {
        closing = true;
        if (syncer != null) {
            // no interrupt: an interrupted Lucene write closes its file channels and the writer with them
            syncer.shutdown();
            try {
                syncer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        }
    }

    /** Whether the index has caught up with the table at least once since start. */
    public boolean ready() {
        return ready;
    }

    void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException | IOException e) {
            log.error("公示检索索引同步失败", e);
        }
    }

    /** Applies every change after the last applied sequence; returns the number of rows applied. */
    public synchronized long sync() throws IOException {
        if (writer == null || !writer.isOpen() || closing) {
            return 0;
        }
        long applied = 0;
        long sinceCommit = 0;
        while (true) {
            List<IndexRow> batch = jdbc.sql("""
                    select p.id, p.state, p.unit_id, p.search_seq, v.document_number, v.unit_name, v.party,
                           v.party_kind, v.category, v.outcome, v.conclusion, v.facts, v.decision_date
                    from publication p left join publication_version v on v.id = p.public_version_id
                    where p.search_seq > ? order by p.search_seq limit ?
                    """).param(appliedSeq).param(BATCH).query(IndexRow::from).list();
            if (batch.isEmpty()) {
                break;
            }
            for (IndexRow row : batch) {
                Term key = new Term("id", Long.toString(row.id()));
                if (row.visible()) {
                    if (row.id() > maxIndexedId) {
                        // ids are allocated under the publication write lock: a higher id was never indexed
                        writer.addDocument(document(row));
                        maxIndexedId = row.id();
                    } else {
                        writer.updateDocument(key, document(row));
                    }
                } else if (row.id() <= maxIndexedId) {
                    writer.deleteDocuments(key);
                }
                appliedSeq = row.seq();
            }
            applied += batch.size();
            sinceCommit += batch.size();
            if (sinceCommit >= COMMIT_EVERY) {
                commit();
                searchers.maybeRefresh();
                sinceCommit = 0;
            }
            if (batch.size() < BATCH || closing) {
                break;
            }
        }
        if (sinceCommit > 0 || !ready) {
            commit();
        }
        searchers.maybeRefreshBlocking();
        if (!ready) {
            ready = true;
            log.info("公示检索索引就绪：{} 条已公示决定", count());
        }
        return applied;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of("epoch", epoch, "seq", Long.toString(appliedSeq), "maxId",
                Long.toString(maxIndexedId)).entrySet());
        writer.commit();
    }

    private Document document(IndexRow r) {
        Document d = new Document();
        d.add(new StringField("id", Long.toString(r.id()), Field.Store.YES));
        d.add(new NumericDocValuesField("idn", r.id()));
        long day = r.decisionDate().toEpochDay();
        d.add(new LongPoint("day_pt", day));
        d.add(new NumericDocValuesField("day", day));
        d.add(new StoredField("date", r.decisionDate().toString()));
        d.add(new LongPoint("unit", r.unitId()));
        d.add(new StoredField("unit_id", r.unitId()));
        d.add(new StringField("category", r.category(), Field.Store.YES));
        d.add(new StoredField("doc", r.documentNumber()));
        d.add(new StoredField("unit_name", r.unitName()));
        d.add(new StoredField("party", r.party()));
        d.add(new StoredField("kind", r.partyKind()));
        d.add(new StoredField("outcome", r.outcome()));
        d.add(new StoredField("conclusion", r.conclusion()));
        d.add(new StoredField("state", r.state()));
        String all = String.join(" ", r.documentNumber(), r.unitName(), r.party(), r.category(), r.outcome(),
                r.conclusion(), r.facts());
        d.add(new TextField(SearchAnalysis.TEXT_BI, all, Field.Store.NO));
        d.add(new TextField(SearchAnalysis.TEXT_UNI, all, Field.Store.NO));
        d.add(new TextField(SearchAnalysis.PARTY_BI, r.party(), Field.Store.NO));
        d.add(new TextField(SearchAnalysis.PARTY_UNI, r.party(), Field.Store.NO));
        return d;
    }

    /** What a visitor may filter by. */
    public record Criteria(String q, String party, Long unitId, String category, LocalDate from, LocalDate to) {

        boolean empty() {
            return blank(q) && blank(party) && unitId == null && blank(category) && from == null && to == null;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** One hit, with the published (masked) text. */
    public record Hit(long id, String documentNumber, String unitName, String party, String partyKind,
            String category, String outcome, String conclusion, LocalDate decisionDate, String state) {
    }

    public PageResult<Hit> search(Criteria c, int page, int size) throws IOException {
        int from = page * size;
        if (from >= MAX_WINDOW) {
            throw new org.zhifa.common.InvalidInputException("仅可浏览前 " + MAX_WINDOW + " 条结果，请增加检索条件",
                    Map.of("page", "页码过大"));
        }
        Query query = query(c);
        IndexSearcher s = searchers.acquire();
        try {
            int total = s.count(query);
            List<Hit> hits = new ArrayList<>();
            if (total > from) {
                TopFieldDocs top = s.search(query, from + size, NEWEST_FIRST);
                var stored = s.storedFields();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = from; i < docs.length; i++) {
                    Document d = stored.document(docs[i].doc);
                    hits.add(new Hit(Long.parseLong(d.get("id")), d.get("doc"), d.get("unit_name"), d.get("party"),
                            d.get("kind"), d.get("category"), d.get("outcome"), d.get("conclusion"),
                            LocalDate.parse(d.get("date")), d.get("state")));
                }
            }
            return new PageResult<>(hits, total, page, size);
        } finally {
            searchers.release(s);
        }
    }

    Query query(Criteria c) {
        if (c.empty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (c.q() != null && !c.q().isBlank()) {
            for (String term : c.q().strip().split("\\s+")) {
                b.add(analysis.textQuery(SearchAnalysis.TEXT_BI, SearchAnalysis.TEXT_UNI, term), Occur.FILTER);
            }
        }
        if (c.party() != null && !c.party().isBlank()) {
            b.add(analysis.textQuery(SearchAnalysis.PARTY_BI, SearchAnalysis.PARTY_UNI, c.party().strip()),
                    Occur.FILTER);
        }
        if (c.unitId() != null) {
            b.add(LongPoint.newExactQuery("unit", c.unitId()), Occur.FILTER);
        }
        if (c.category() != null && !c.category().isBlank()) {
            b.add(new TermQuery(new Term("category", c.category().strip())), Occur.FILTER);
        }
        if (c.from() != null || c.to() != null) {
            long lo = c.from() == null ? Long.MIN_VALUE : c.from().toEpochDay();
            long hi = c.to() == null ? Long.MAX_VALUE : c.to().toEpochDay();
            b.add(LongPoint.newRangeQuery("day_pt", lo, hi), Occur.FILTER);
        }
        return b.build();
    }

    /** Number of published decisions in the index. */
    public int count() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** The categories present in the index, for the search form. */
    public List<String> categories() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TreeSet<String> out = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(s.getIndexReader(), "category");
            if (terms != null) {
                TermsEnum e = terms.iterator();
                BytesRef t;
                while ((t = e.next()) != null && out.size() < 200) {
                    out.add(t.utf8ToString());
                }
            }
            return List.copyOf(out);
        } finally {
            searchers.release(s);
        }
    }

    private record IndexRow(long id, String state, long unitId, long seq, String documentNumber, String unitName,
            String party, String partyKind, String category, String outcome, String conclusion, String facts,
            LocalDate decisionDate) {

        static IndexRow from(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            return new IndexRow(rs.getLong("id"), rs.getString("state"), rs.getLong("unit_id"),
                    rs.getLong("search_seq"), rs.getString("document_number"), rs.getString("unit_name"),
                    rs.getString("party"), rs.getString("party_kind"), rs.getString("category"),
                    rs.getString("outcome"), rs.getString("conclusion"), rs.getString("facts"),
                    rs.getObject("decision_date", LocalDate.class));
        }

        boolean visible() {
            return ("PUBLISHED".equals(state) || "UPDATED".equals(state)) && documentNumber != null;
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
