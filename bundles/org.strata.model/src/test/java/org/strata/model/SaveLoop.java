package org.strata.model;

import java.nio.file.Path;

import org.strata.model.corpus.Corpus;

/** A child process for {@link AtomicSaveTest}: saves a growing corpus over the same file until it is killed. */
public final class SaveLoop {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Corpus c = Curriculum.newCorpus("round 0");
        for (int round = 1; ; round++) {
            for (int i = 0; i < 200; i++) Taxonomy.add(c, "concept " + round + "." + i, "a definition ".repeat(20));
            c.setName("round " + round);
            CorpusFile.save(c, file);
            System.out.println("saved " + round);
            System.out.flush();
        }
    }
}
