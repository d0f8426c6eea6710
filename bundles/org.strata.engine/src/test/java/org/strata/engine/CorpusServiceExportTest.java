package org.strata.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.export.StagePreview;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/** Exporting through the door: a pack written, previewed, refused with its reason, or stopped without a trace. */
class CorpusServiceExportTest {
    @TempDir Path dir;
    @TempDir Path packs;

    private CorpusService corpus(int n) throws Exception {
        try (CorpusFolder c = CorpusFolder.create(dir, "export")) {
            List<Passage> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ps.add(Passage.ingested("p" + i, "doc" + (i % 7) + ".txt", i, 0, 40, "Tendon stiffness rises with load in passage " + i + ".", 9,
                        "en").withLayer(i % 2 == 0 ? "concepts" : "logic").withStatus(i % 5 == 0 ? PassageStatus.REJECTED : PassageStatus.CANDIDATE));
            }
            c.store().addNew(ps);
            c.commit();
        }
        return CorpusService.open(dir);
    }

    @Test
    void aPackIsWrittenAndItsPreviewCountsTheSamePassages() throws Exception {
        try (CorpusService s = corpus(60)) {
            ExportRequest r = ExportRequest.defaults().withLayers(List.of("concepts", "logic")).withSplit(0, 8);
            Response<List<StagePreview>> preview = s.previewPack(r);
            assertTrue(preview.ok(), preview.message());
            assertEquals(List.of("concepts", "logic"), preview.value().stream().map(StagePreview::layer).toList());
            long previewed = preview.value().stream().mapToLong(StagePreview::passages).sum();
            assertEquals(48, previewed, "the rejected fifth is left out");
            List<long[]> seen = new ArrayList<>();
            Response<CorpusService.Exported> done = s.exportPack(r, packs.resolve("pack"), false, "test", (d, t) -> seen.add(new long[] {d, t}));
            assertTrue(done.ok(), done.message());
            assertEquals(previewed, done.value().manifest().stages().stream().mapToLong(st -> st.passages()).sum());
            assertTrue(Files.isRegularFile(packs.resolve("pack/manifest.json")));
            assertTrue(done.value().bytes() > 0);
            assertTrue(done.message().startsWith("wrote "), done.message());
            assertEquals(48, seen.get(seen.size() - 1)[0], "progress ends at every passage written");
        }
    }

    @Test
    void aRefusedExportSaysWhyAndWritesNothing() throws Exception {
        try (CorpusService s = corpus(10)) {
            Path out = packs.resolve("refused");
            assertEquals("the minimum density takes 0 to 1, not 2.0",
                    s.exportPack(ExportRequest.defaults().withSelection(2, Set.of(PassageStatus.CANDIDATE), Set.of(), Set.of(), false), out, false, "t",
                            Progress.NONE).message());
            assertFalse(s.exportPack(ExportRequest.defaults().withSplit(5, 2), out, false, "t", Progress.NONE).ok());
            Response<CorpusService.Exported> noLayer = s.exportPack(ExportRequest.defaults().withLayers(List.of("nowhere")), out, false, "t",
                    Progress.NONE);
            assertEquals(Response.Status.FAILED, noLayer.status());
            assertTrue(noLayer.message().contains("no layer 'nowhere'"), noLayer.message());
            assertFalse(s.previewPack(ExportRequest.defaults().withSelection(0, Set.of(), Set.of(), Set.of(), false)).ok());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void aCancelledExportLeavesNothingAndKeepsTheOlderPack() throws Exception {
        try (CorpusService s = corpus(20)) {
            Path out = packs.resolve("pack");
            assertTrue(s.exportPack(ExportRequest.defaults(), out, false, "first", Progress.NONE).ok());
            String before = Files.readString(out.resolve("manifest.json"));
            Progress stop = new Progress() {
                @Override
                public void worked(long done, long total) { }

                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            Response<CorpusService.Exported> r = s.exportPack(ExportRequest.defaults().withParquet(true), out, true, "second", stop);
            assertEquals(Response.Status.CANCELLED, r.status(), r.message());
            assertEquals(before, Files.readString(out.resolve("manifest.json")));
            try (var left = Files.list(packs)) {
                assertEquals(List.of("pack"), left.map(p -> p.getFileName().toString()).toList(), "no partial folder is left");
            }
        }
    }
}
