package org.strata.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deep density pages (cut from a histogram window) hold exactly the rows a full sort puts there. */
class DeepPageTest {
    @TempDir Path dir;

    @Test
    void deepPagesMatchTheFullSort() throws Exception {
        SplittableRandom r = new SplittableRandom(7);
        List<Passage> all = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            float d = (i % 10 == 9) ? Float.NaN : (r.nextInt(1_000_000) + i * 1e-7f) / 1_000_000f; // distinct, some unscored
            Passage p = Passage.ingested("p" + i, "s" + (i % 7), i, 0, 4, "text " + i, 2, "en").withLayer(i % 3 == 0 ? "a" : "b");
            all.add(Float.isNaN(d) ? p : p.withScore(d, null, null));
        }
        try (PassageStore s = PassageStore.open(dir)) {
            s.addAll(all.subList(0, 3000));
            s.commit();
            s.addAll(all.subList(3000, 6000)); // two segments
            s.commit();
            for (String layer : new String[] {null, "a"}) {
                List<String> expected = all.stream().filter(p -> p.scored() && (layer == null || p.layer().equals(layer)))
                        .sorted(Comparator.comparing(Passage::density).reversed()).map(Passage::id).toList();
                for (int offset : new int[] {2000, 2345, 3333, expected.size() - 100, expected.size() - 37}) {
                    if (offset < 2000 || offset >= expected.size()) continue;
                    PassagePage page = s.search(PassageQuery.all().filter(PassageFilter.NONE.withLayer(layer)).page(offset, 100));
                    List<String> got = page.rows().stream().map(Passage::id).toList();
                    assertEquals(expected.subList(offset, Math.min(expected.size(), offset + 100)),
                            got.subList(0, Math.min(got.size(), Math.min(expected.size(), offset + 100) - offset)), "offset " + offset);
                }
            }
            // ranks that reach the unscored passages still come back (plain sort), unscored last
            PassagePage tail = s.search(PassageQuery.all().page(5900, 100));
            assertEquals(100, tail.rows().size());
            assertEquals(6000, tail.total());
            assertEquals(false, tail.rows().get(99).scored());
        }
    }
}
