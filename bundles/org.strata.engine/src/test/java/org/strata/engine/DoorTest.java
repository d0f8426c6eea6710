package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * Only the door is public: the workbench, the CLI and the Spark job use the engine through {@code org.strata.engine}
 * (the {@link CorpusService} and its requests and responses) and the model, never the store, the scorer, the
 * ingester or the exporter themselves. What they still use past the door is listed in {@code door-baseline.txt},
 * a list that only shrinks: a new use past the door fails here (give the use case to the service instead), and so
 * does a listed one that is gone (take it off the list).
 */
class DoorTest {
    /** The engine's internal packages, by name and by fully qualified use. */
    private static final Pattern INTERNAL = Pattern.compile("\\borg\\.strata\\.(?:store|score|ingest|export|encoder)(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*");
    /**
     * Value types that the door's requests and responses carry: a front end may name them. {@code Components} names
     * the places of a passage's stored components ({@code Passage.components()}), which mean nothing without it.
     */
    private static final Set<String> CARRIED = Set.of("org.strata.store.Passage", "org.strata.store.PassageQuery",
            "org.strata.store.PassageFilter", "org.strata.store.PassageStatus", "org.strata.score.EncoderSettings",
            "org.strata.ingest.FileExtractor", "org.strata.export.PackManifest", "org.strata.export.StagePreview",
            "org.strata.store.StoreSummary", "org.strata.store.PassagePage", "org.strata.score.Components",
            "org.strata.score.DensityWeights");
    /** The corpus folder's own passage store, reached around the service: a use past the door as well. */
    private static final Pattern STORE = Pattern.compile("\\.store\\(\\)");
    private static final List<String> FRONT_ENDS = List.of("org.strata.cli/src/main/java", "org.strata.spark/src/main/java", "org.strata.ui/src");

    @Test
    void noFrontEndReachesPastTheDoorBeyondTheBaseline() throws IOException {
        Set<String> uses = uses(Path.of("..").toAbsolutePath().normalize());
        Set<String> baseline = baseline();
        Set<String> added = new TreeSet<>(uses);
        added.removeAll(baseline);
        Set<String> gone = new TreeSet<>(baseline);
        gone.removeAll(uses);
        assertTrue(added.isEmpty(), "new uses past the engine's door (make them a use case of CorpusService): " + String.join("\n", added));
        assertTrue(gone.isEmpty(), "no longer used past the door, take them off door-baseline.txt: " + String.join("\n", gone));
    }

    /**
     * "org.strata.ui/src/org/strata/ui/ScoreCorpus.java org.strata.score.Encoder" for each file and internal class it
     * names, and "... CorpusFolder.store()" for each file that reaches the passage store through the corpus folder.
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
                Matcher m = INTERNAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                String name = bundles.relativize(f).toString().replace('\\', '/');
                while (m.find()) if (!CARRIED.contains(m.group())) out.add(name + " " + m.group());
                if (STORE.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()) out.add(name + " CorpusFolder.store()");
            }
        }
        return out;
    }

    private static Set<String> baseline() throws IOException {
        try (InputStream in = DoorTest.class.getResourceAsStream("door-baseline.txt")) {
            Set<String> out = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
            return out;
        }
    }
}
