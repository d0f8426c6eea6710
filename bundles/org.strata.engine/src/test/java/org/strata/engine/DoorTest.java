package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the door is public: the workbench, the CLI and the Spark job use the engine through {@code org.strata.engine}
 * (the {@link CorpusService}, its requests and responses, and the engine's classes for hosts that hold passages
 * themselves) and the model, never the store, the scorer, the ingester or the exporter themselves. A front-end file
 * that names an internal class, or reaches the store through {@code CorpusFolder.store()}, fails here. The one
 * exception is the benchmarks ({@code strata bench}), friends of the internals: they measure them.
 */
class DoorTest {
    /** The engine's internal packages, by name and by fully qualified use. */
    private static final Pattern INTERNAL = Pattern.compile("\\borg\\.strata\\.(?:store|score|ingest|export|encoder)(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*");
    /**
     * Value types that the door's requests and responses carry: a front end may name them. {@code Components} names
     * the places of a passage's stored components ({@code Passage.components()}), which mean nothing without it;
     * {@code DensityWeights} are what a scoring profile holds.
     */
    private static final Set<String> CARRIED = Set.of("org.strata.store.Passage", "org.strata.store.PassageQuery",
            "org.strata.store.PassageFilter", "org.strata.store.PassageStatus", "org.strata.score.EncoderSettings",
            "org.strata.ingest.FileExtractor", "org.strata.export.PackManifest", "org.strata.export.StagePreview",
            "org.strata.store.StoreSummary", "org.strata.store.PassagePage", "org.strata.score.Components",
            "org.strata.score.DensityWeights");
    /** The corpus folder's own passage store, reached around the service: a use past the door as well. */
    private static final Pattern STORE = Pattern.compile("\\.store\\(\\)");
    /** A whole internal package imported at once. */
    private static final Pattern WILDCARD = Pattern.compile("\\bimport\\s+(org\\.strata\\.(?:store|score|ingest|export|encoder)(?:\\.[a-z]\\w*)*)\\.\\*\\s*;");
    private static final List<String> FRONT_ENDS = List.of("org.strata.cli/src/main/java", "org.strata.spark/src/main/java", "org.strata.ui/src",
            "org.strata.app/src", "org.strata.options/src/main/java");
    /** The benchmarks measure the internals themselves: they may name them. */
    private static final String FRIENDS = "org.strata.cli/src/main/java/org/strata/cli/bench/";

    @Test
    void noFrontEndReachesPastTheDoor() throws IOException {
        Set<String> uses = uses(Path.of("..").toAbsolutePath().normalize());
        assertTrue(uses.isEmpty(), "uses past the engine's door (make them a use case of CorpusService): " + String.join("\n", uses));
    }

    @Test
    void aUsePastTheDoorIsFoundAndTheBenchmarksAndCarriedTypesAreNot(@TempDir Path bundles) throws IOException {
        for (String root : FRONT_ENDS) Files.createDirectories(bundles.resolve(root));
        Path view = bundles.resolve("org.strata.ui/src/org/strata/ui/views/SomeView.java");
        Files.createDirectories(view.getParent());
        Files.writeString(view, "import org.strata.store.PassageStore;\nimport org.strata.store.Passage;\nimport org.strata.ingest.dedup.*;\n"
                + "class SomeView { Object f(org.strata.engine.CorpusFolder c) { return c.store(); } }\n");
        Path bench = bundles.resolve(FRIENDS + "SomeBench.java");
        Files.createDirectories(bench.getParent());
        Files.writeString(bench, "import org.strata.score.Encoder;\nclass SomeBench { Object f(org.strata.engine.CorpusFolder c) { return c.store(); } }\n");
        assertEquals(Set.of("org.strata.ui/src/org/strata/ui/views/SomeView.java org.strata.store.PassageStore",
                "org.strata.ui/src/org/strata/ui/views/SomeView.java org.strata.ingest.dedup.*",
                "org.strata.ui/src/org/strata/ui/views/SomeView.java CorpusFolder.store()"), uses(bundles));
    }

    /**
     * "org.strata.ui/src/org/strata/ui/views/SomeView.java org.strata.score.Encoder" for each file and internal class
     * it names, and "... CorpusFolder.store()" for each file that reaches the passage store through the corpus folder.
     */
    static Set<String> uses(Path bundles) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String root : FRONT_ENDS) {
            Path dir = bundles.resolve(root);
            assertTrue(Files.isDirectory(dir), "front-end sources at " + dir);
            List<Path> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
            for (Path f : files) {
                String name = bundles.relativize(f).toString().replace('\\', '/');
                if (name.startsWith(FRIENDS)) continue;
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = INTERNAL.matcher(text);
                while (m.find()) if (!CARRIED.contains(m.group())) out.add(name + " " + m.group());
                Matcher w = WILDCARD.matcher(text);
                while (w.find()) out.add(name + " " + w.group(1) + ".*");
                if (STORE.matcher(text).find()) out.add(name + " CorpusFolder.store()");
            }
        }
        return out;
    }
}
