package org.strata.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for {@link CrashSafetyTest}: writes to a store in committed batches until it is killed.
 * "ingest DIR": batches of 1000 new passages; "bulk DIR": flips every passage's layer between two values.
 * After each commit it prints "committed N" so that the parent knows when to kill it.
 */
public final class CrashWriter {
    public static final int BATCH = 1000;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (PassageStore store = PassageStore.open(dir)) {
            for (int round = 0; ; round++) {
                if (args[0].equals("ingest")) {
                    List<Passage> batch = new ArrayList<>();
                    for (int i = 0; i < BATCH; i++) {
                        String text = "passage " + round + " " + i + " about leg stiffness and contact time";
                        batch.add(Passage.ingested("r" + round + "i" + i, "file" + round, i, 0, text.length(), text, 9, "en"));
                    }
                    store.addNew(batch);
                    store.commit();
                } else {
                    store.bulk(PassageQuery.all(), BulkEdit.setLayer(round % 2 == 0 ? "even" : "odd"));
                }
                System.out.println("committed " + (round + 1));
                System.out.flush();
            }
        }
    }
}
