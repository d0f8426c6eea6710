package org.strata.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.strata.engine.BenchText;
import org.strata.engine.CorpusFolder;
import org.strata.engine.DefaultEncoder;
import org.strata.ingest.PassageId;
import org.strata.score.DensitySignals;
import org.strata.score.WordPieceTokenizer;
import org.strata.store.BulkEdit;
import org.strata.store.Passage;
import org.strata.store.PassageFilter;
import org.strata.store.PassageQuery;
import org.strata.store.PassageStatus;
import org.strata.store.PassageStore;

/**
 * The store benchmark of issue 3: builds a corpus of N passages re-segmented from real prose (2 to 6 consecutive
 * sentences from a random place, seeded), with 384-dimension vectors, layers, densities from the real density
 * signals and token counts from the real tokenizer; then times opening, pages sorted by density, full-text
 * queries, filtered kNN and a bulk update of 100,000 passages, and reports the index size per passage.
 */
public final class StoreBench {
    private static final String[] LAYERS = {"concepts", "logic", "strategies", "paradoxes"};
    private final PrintWriter out;
    private final SplittableRandom random = new SplittableRandom(20261123);

    public StoreBench(PrintWriter out) {
        this.out = out;
    }

    public void run(Path dir, int passages, int queries) throws Exception {
        run(dir, passages, queries, 0);
    }

    /**
     * As above; a corpus built here with {@code passageTokens} above 0 has passages of as many sentences as fit that many
     * tokens, [CLS] and [SEP] included (the GPU bench scores passages that fill a 256-token window).
     */
    public void run(Path dir, int passages, int queries, int passageTokens) throws Exception {
        if (passageTokens != 0 && (passageTokens < 16 || passageTokens > org.strata.score.Encoder.MAX_POSITIONS)) {
            throw new IllegalArgumentException("the tokens of a passage must be 0 (2 to 6 sentences) or 16 to 512, not " + passageTokens);
        }
        if (!CorpusFolder.isCorpus(dir)) build(dir, passages, passageTokens);
        List<String> sentences = BenchText.sentences(BenchText.jdkSources(), 200_000);
        HashEmbedding embedding = new HashEmbedding(384);

        List<Long> opens = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            try (CorpusFolder c = CorpusFolder.open(dir)) {
                count = c.store().count();
                c.store().page(null, true, 0, 100);
            }
            opens.add(System.nanoTime() - t0);
        }
        out.println(String.format(Locale.ROOT, "passages %,d; index %s, %.0f bytes per passage", count, mb(size(dir.resolve("passages"))),
                (double) size(dir.resolve("passages")) / count));
        report("open corpus + count + first page", opens);

        try (CorpusFolder c = CorpusFolder.open(dir)) {
            PassageStore s = c.store();
            report("page of 100 by density, offset < 10,000", time(queries, () -> s.search(PassageQuery.all().page(random.nextInt(100) * 100, 100))));
            report("page of 100 by density in one layer, offset < 10,000", time(queries, () -> s.search(PassageQuery.all()
                    .filter(PassageFilter.NONE.withLayer(LAYERS[random.nextInt(4)])).page(random.nextInt(100) * 100, 100))));
            report("page of 100 by density, offset < 500,000", time(Math.min(queries, 50),
                    () -> s.search(PassageQuery.all().page(random.nextInt(5000) * 100, 100))));
            List<String> words = vocabulary(sentences);
            report("full text, 2 words, top 100 by BM25", time(queries, () -> s.search(PassageQuery.text(
                    words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()))).page(0, 100))));
            report("full text, 1 word, filter layer + density >= 0.5, top 100", time(queries, () -> s.search(PassageQuery.text(
                    words.get(random.nextInt(words.size()))).filter(PassageFilter.NONE.withLayer(LAYERS[random.nextInt(4)]).withDensity(0.5f, null))
                    .page(0, 100))));
            report("kNN top 10, no filter", time(queries, () -> s.search(PassageQuery.nearest(
                    embedding.embed(sentences.get(random.nextInt(sentences.size()))), 10))));
            report("kNN top 10, filter layer", time(queries, () -> s.search(PassageQuery.nearest(
                    embedding.embed(sentences.get(random.nextInt(sentences.size()))), 10).filter(PassageFilter.NONE.withLayer(LAYERS[random.nextInt(4)])))));

            PassageQuery bulk = PassageQuery.all().filter(PassageFilter.NONE.withLayer("concepts").withDensity(0f, 1f));
            long matched = s.search(bulk.page(0, 1)).total();
            long t0 = System.nanoTime();
            int changed = s.bulk(bulk.page(0, 1), BulkEdit.setStatus(PassageStatus.ACCEPTED));
            long t1 = System.nanoTime();
            out.println(String.format(Locale.ROOT, "bulk update (status=accepted) of %,d passages of %,d matched, committed: %.1f s",
                    changed, matched, (t1 - t0) / 1e9));
            s.bulk(bulk.page(0, 1), BulkEdit.setStatus(PassageStatus.CANDIDATE));
        }
    }

    private void build(Path dir, int n, int passageTokens) throws Exception {
        long t0 = System.nanoTime();
        List<String> sentences = BenchText.sentences(BenchText.jdkSources(), 400_000);
        out.println(String.format(Locale.ROOT, "building %,d passages from %,d JDK Javadoc sentences ...", n, sentences.size()));
        out.flush();
        WordPieceTokenizer tok = DefaultEncoder.tokenizer();
        HashEmbedding embedding = new HashEmbedding(384);
        Set<String> ids = new HashSet<>();
        try (CorpusFolder c = CorpusFolder.create(dir, "bench")) {
            List<Passage> batch = new ArrayList<>();
            int made = 0, seq = 0;
            while (made < n) {
                int start = random.nextInt(sentences.size() - 8);
                int k = 2 + random.nextInt(5);
                String text = passageTokens > 0 ? filling(sentences, start, passageTokens - 2, tok) : String.join(" ", sentences.subList(start, start + k));
                if (text == null) continue;
                String id = PassageId.of(text);
                if (!ids.add(id)) continue;
                int tokens = tok.count(text);
                DensitySignals.Signals sig = DensitySignals.of(text, tokens);
                String source = "/bench/source-" + (start / 40) + ".html";
                Passage p = Passage.ingested(id, source, seq++, 0, text.length(), text, tokens, "en")
                        .withScore(sig.density(), sig.components(), embedding.embed(text)).withLayer(LAYERS[random.nextInt(4)]);
                batch.add(p);
                made++;
                if (batch.size() == 10_000) {
                    c.store().addAll(batch);
                    batch.clear();
                    if (made % 100_000 == 0) {
                        out.println(String.format(Locale.ROOT, "  %,d passages, %.0f s", made, (System.nanoTime() - t0) / 1e9));
                        out.flush();
                    }
                }
            }
            c.store().addAll(batch);
            c.store().commit();
        }
        out.println(String.format(Locale.ROOT, "built in %.0f s", (System.nanoTime() - t0) / 1e9));
    }

    /**
     * The sentences from {@code start} on, as many as fit {@code budget} tokens; null where the first does not fit or
     * they fill less than nine tenths of it (the text runs out), so that every passage nearly fills its window.
     */
    static String filling(List<String> sentences, int start, int budget, WordPieceTokenizer tok) {
        StringBuilder text = new StringBuilder();
        int used = 0;
        for (int i = start; i < sentences.size(); i++) {
            int t = tok.count(sentences.get(i));
            if (used + t > budget) break;
            if (text.length() > 0) text.append(' ');
            text.append(sentences.get(i));
            used += t;
        }
        return used * 10 >= budget * 9 ? text.toString() : null;
    }

    private static List<String> vocabulary(List<String> sentences) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += 97) {
            for (String w : sentences.get(i).split("[^A-Za-z]+")) if (w.length() >= 5) words.add(w.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private interface Work {
        void run() throws IOException;
    }

    private static List<Long> time(int n, Work w) throws IOException {
        for (int i = 0; i < Math.min(20, n); i++) w.run(); // warm up
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            w.run();
            t.add(System.nanoTime() - t0);
        }
        return t;
    }

    private void report(String what, List<Long> nanos) {
        long[] t = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        out.println(String.format(Locale.ROOT, "%-58s n=%-4d p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms", what, t.length,
                t[t.length / 2] / 1e6, t[(int) Math.ceil(t.length * 0.95) - 1] / 1e6, t[t.length - 1] / 1e6));
        out.flush();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

}
