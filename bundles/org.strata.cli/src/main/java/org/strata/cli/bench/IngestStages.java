package org.strata.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.strata.ingest.Extractor;
import org.strata.ingest.Languages;
import org.strata.ingest.PassageId;
import org.strata.ingest.Segment;
import org.strata.ingest.Segmenter;
import org.strata.ingest.TextCleaner;
import org.strata.ingest.TokenCounter;
import org.strata.ingest.dedup.MinHash;
import org.strata.ingest.dedup.NearDuplicateFinder;
import org.strata.store.Passage;
import org.strata.store.PassageStore;

/**
 * Where ingestion's time goes: each stage on one thread over the same files, warm (the last of a few passes), beside
 * plain Tika's parse of the same files on one thread. It answers what no wall time can: whether Strata could match
 * the peer at all, since every stage after the parse is work the peer does not do.
 */
final class IngestStages {
    private static final int PASSES = 4;
    private final PrintWriter out;

    IngestStages(PrintWriter out) {
        this.out = out;
    }

    void run(List<Path> files, TokenCounter counter, int budget, Path work) throws IOException {
        Map<String, Double> stages = new LinkedHashMap<>();
        double peer = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            stages.clear();
            long t0 = System.nanoTime();
            peer = peerParse(files);
            long t1 = System.nanoTime();
            List<String> texts = extract(files);
            long t2 = System.nanoTime();
            stages.put("extract (Strata's Tika chain, in process)", (t2 - t1) / 1e9);
            stagesAfterParse(texts, counter, budget, work.resolve("stages-" + pass), stages);
        }
        out.println(String.format(Locale.ROOT, "one thread, warm (pass %d of %d):", PASSES, PASSES));
        out.println(String.format(Locale.ROOT, "  %-44s %6.2f s", "plain Tika parse (the peer's whole work)", peer));
        double after = 0;
        for (Map.Entry<String, Double> e : stages.entrySet()) {
            out.println(String.format(Locale.ROOT, "  %-44s %6.2f s", e.getKey(), e.getValue()));
            if (!e.getKey().startsWith("extract")) after += e.getValue();
        }
        out.println(String.format(Locale.ROOT, "  %-44s %6.2f s = %.2fx the peer's parse", "every stage after the parse", after, after / peer));
        out.flush();
    }

    private static double peerParse(List<Path> files) {
        AutoDetectParser parser = new AutoDetectParser();
        long t0 = System.nanoTime();
        for (Path f : files) {
            try (InputStream in = TikaInputStream.get(f)) {
                ParseContext ctx = new ParseContext();
                ctx.set(Parser.class, parser);
                parser.parse(in, new BodyContentHandler(-1), new Metadata(), ctx);
            } catch (Exception | StackOverflowError e) {
                // skipped, as the peer does
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<String> extract(List<Path> files) {
        Extractor x = new Extractor();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            try {
                texts.add(x.extract(f).text());
            } catch (Exception e) {
                // a file Strata fails on counts in no stage
            }
        }
        return texts;
    }

    private static void stagesAfterParse(List<String> texts, TokenCounter counter, int budget, Path corpus, Map<String, Double> took)
            throws IOException {
        Segmenter segmenter = new Segmenter(counter, budget, 8);
        long t0 = System.nanoTime();
        List<String> clean = new ArrayList<>(texts.size());
        for (String t : texts) clean.add(TextCleaner.clean(t));
        long t1 = System.nanoTime();
        List<List<Segment>> segments = new ArrayList<>(clean.size());
        for (String t : clean) segments.add(segmenter.segment(t));
        long t2 = System.nanoTime();
        List<List<String>> languages = new ArrayList<>(clean.size());
        for (int i = 0; i < clean.size(); i++) languages.add(Languages.ofPassages(segments.get(i), texts.get(i)));
        long t3 = System.nanoTime();
        List<Passage> fresh = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            for (int q = 0; q < segments.get(i).size(); q++) {
                Segment s = segments.get(i).get(q);
                String id = PassageId.of(s.text());
                if (ids.add(id)) fresh.add(Passage.ingested(id, "file-" + i, q, s.start(), s.end(), s.text(), s.tokens(), languages.get(i).get(q)));
            }
        }
        long t4 = System.nanoTime();
        MinHash hash = NearDuplicateFinder.minHash(NearDuplicateFinder.Settings.DEFAULT);
        List<Passage> keyed = new ArrayList<>(fresh.size());
        for (Passage p : fresh) keyed.add(p.withNearKeys(NearDuplicateFinder.keys(hash.signature(p.text()), NearDuplicateFinder.Settings.DEFAULT)));
        long t5 = System.nanoTime();
        try (PassageStore store = PassageStore.open(corpus)) {
            for (int i = 0; i < keyed.size(); i += 512) store.addAll(keyed.subList(i, Math.min(keyed.size(), i + 512)));
            store.commit();
        }
        long t6 = System.nanoTime();
        took.put("clean", (t1 - t0) / 1e9);
        took.put("segment, counting tokens", (t2 - t1) / 1e9);
        took.put("languages", (t3 - t2) / 1e9);
        took.put(String.format(Locale.ROOT, "passage ids (%,d distinct)", fresh.size()), (t4 - t3) / 1e9);
        took.put("near-duplicate band keys", (t5 - t4) / 1e9);
        took.put("Lucene: index, store, commit", (t6 - t5) / 1e9);
        deleteTree(corpus);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
