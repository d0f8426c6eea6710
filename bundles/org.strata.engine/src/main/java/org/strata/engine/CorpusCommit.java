package org.strata.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.strata.model.CorpusFile;
import org.strata.model.corpus.Corpus;
import org.strata.store.PassageStore;

/**
 * One transaction over a corpus's model ({@code corpus.strata}) and its passage index: a change that touches both
 * is durable in both or in neither, whenever the process is killed.
 *
 * <p>The index's commit data carries the generation of the model that goes with it. A commit writes the next model
 * in full to {@code .corpus.strata.<generation>.next} (forced to disk), commits the index with that generation, then
 * renames the file over {@code corpus.strata}. Opening finds what a kill left: a next model whose generation the
 * index committed is put in place (the index already holds the change); a later one is dropped (neither holds it);
 * an earlier one, superseded by later commits, is removed. The index keeps only its last commit, so the repair always
 * goes forward to the index.
 */
final class CorpusCommit {
    /** A next model is {@code PREFIX + generation + SUFFIX}. */
    private static final String PREFIX = "." + CorpusFile.NAME + ".", SUFFIX = ".next";
    private static final Pattern NEXT = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)" + Pattern.quote(SUFFIX));
    /** Set by crash tests only: called between the steps of a commit, with the name of the step just done. */
    static volatile java.util.function.Consumer<String> afterStep = step -> { };

    private CorpusCommit() {}

    /**
     * Commits the model and every change of the index made so far, as one; {@code renames} (of layer and concept
     * names in the index) are made under the index's commit lock, so that no other commit makes them durable without
     * this model. The caller holds the corpus's lock.
     */
    static void commit(Path dir, Corpus corpus, PassageStore store, Runnable renames) throws IOException {
        long generation = store.generation() + 1;
        Path next = next(dir, generation);
        CorpusFile.writeAtomically(next, CorpusFile.bytes(corpus, dir.resolve(CorpusFile.NAME)));
        afterStep.accept("model written");
        // should the commit fail, the next model stays: Lucene may have committed all the same, and the next open
        // compares its generation with the index's to know
        store.commit(generation, renames);
        afterStep.accept("index committed"); // the commit point: from here on the change is durable
        try {
            CorpusFile.replace(next, dir.resolve(CorpusFile.NAME));
        } catch (IOException e) {
            // committed all the same: the next open puts this model in place, and a later commit supersedes it
        }
    }

    /**
     * Finishes or drops what a killed commit left in {@code dir}, given the generation the index committed last.
     * Returns a line for each thing done (none when the corpus was whole). Run with the index's lock held.
     */
    static List<String> repair(Path dir, long indexGeneration) throws IOException {
        List<Path> found = nexts(dir);
        List<String> done = new ArrayList<>();
        for (Path p : found) {
            Matcher m = NEXT.matcher(p.getFileName().toString());
            long generation = m.matches() ? Long.parseLong(m.group(1)) : -1;
            if (generation == indexGeneration) {
                CorpusFile.replace(p, dir.resolve(CorpusFile.NAME));
                done.add("a change that Strata was saving when it stopped had reached the passages but not " + CorpusFile.NAME
                        + "; it is now in both (generation " + generation + ")");
            } else if (generation >= 0 && generation < indexGeneration) {
                Files.deleteIfExists(p); // a later commit holds it and more
                done.add("a leftover copy of " + CorpusFile.NAME + " that later saves replaced was removed (generation " + generation + ")");
            } else {
                Files.deleteIfExists(p);
                done.add("a change that Strata was saving when it stopped had not reached the passages; it was dropped, and "
                        + "the corpus is as it was before it (generation " + generation + ", the passages at " + indexGeneration + ")");
            }
        }
        return done;
    }

    /** Removes every next model: a save of the whole model in memory supersedes them all. */
    static void supersede(Path dir) throws IOException {
        for (Path p : nexts(dir)) Files.deleteIfExists(p);
    }

    private static Path next(Path dir, long generation) {
        return dir.resolve(PREFIX + generation + SUFFIX);
    }

    private static List<Path> nexts(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (var s = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path p : s) found.add(p);
        }
        return found;
    }
}
