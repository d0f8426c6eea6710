package org.strata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.Layer;

class CorpusFileTest {
    @TempDir Path dir;

    @Test
    void newCorpusHasTheFourLayersInOrderAndSurvivesARoundTrip() throws Exception {
        Path f = dir.resolve(CorpusFile.NAME);
        CorpusFile.save(Curriculum.newCorpus("sprint"), f);
        Corpus back = CorpusFile.load(f);
        assertEquals("sprint", back.getName());
        assertEquals(List.of("concepts", "logic", "strategies", "paradoxes"),
                back.getLayers().stream().map(Layer::getName).toList());
        assertTrue(Files.readString(f).contains("http://strata.org/corpus/1.0"));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void aSecondSaveReplacesTheFileWholly() throws Exception {
        Path f = dir.resolve(CorpusFile.NAME);
        CorpusFile.save(Curriculum.newCorpus("a"), f);
        Corpus c = CorpusFile.load(f);
        c.setName("b");
        c.getLayers().remove(3);
        CorpusFile.save(c, f);
        Corpus back = CorpusFile.load(f);
        assertEquals("b", back.getName());
        assertEquals(3, back.getLayers().size());
    }

    @Test
    void foreignAndCorruptFilesAreNamedInTheError() throws Exception {
        Path foreign = dir.resolve("foreign.strata");
        Files.writeString(foreign, "<?xml version=\"1.0\"?><html><body>hello</body></html>");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> CorpusFile.load(foreign));
        assertTrue(e.getMessage().startsWith(foreign.toString()), e.getMessage());

        Path garbage = dir.resolve("garbage.strata");
        Files.write(garbage, new byte[] {0, 1, 2, (byte) 0xff});
        assertThrows(CorpusFormatException.class, () -> CorpusFile.load(garbage));
        assertThrows(CorpusFormatException.class, () -> CorpusFile.load(dir.resolve("missing.strata")));
        assertEquals(4, Files.size(garbage), "a failed load never writes");
    }
}
