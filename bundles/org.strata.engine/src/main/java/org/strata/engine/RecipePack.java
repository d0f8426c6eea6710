package org.strata.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.strata.encoder.minilm.MiniLm;
import org.strata.export.PackManifest;
import org.strata.export.PackRequest;
import org.strata.export.PackWriter;
import org.strata.score.Components;
import org.strata.score.EncoderException;
import org.strata.store.Passage;
import org.strata.store.PassageStore;

/**
 * The staged pack of a recipe applied elsewhere (by the Spark job), written by the pack writer the CLI uses, so that
 * it is the pack the CLI would write from the same passages: the passages offered, in source order, go into a
 * passage store in {@code storeDir}, which the writer reads with the recipe's stages, selection, verification
 * items, concepts and choices.
 */
public final class RecipePack {
    private static final int BATCH = 10_000;

    private RecipePack() {}

    /** A passage offered to the pack, with the media type of its source (the manifest's provenance names it). */
    public record Offered(Passage passage, String mediaType) {}

    /** What a pack took: the passages that reached the writer (each once), and its manifest. */
    public record Written(long offered, PackManifest manifest) {}

    public static Written write(RecipeFile recipe, Iterator<Offered> passages, Path storeDir, Path out) throws IOException {
        PackRequest.Selection sel = recipe.selection();
        Map<String, PackRequest.SourceInfo> sources = new TreeMap<>();
        long n = 0;
        try (PassageStore store = PassageStore.open(storeDir)) {
            List<Passage> batch = new ArrayList<>(BATCH);
            while (passages.hasNext()) {
                Offered o = passages.next();
                batch.add(o.passage());
                sources.putIfAbsent(o.passage().source(), new PackRequest.SourceInfo(null, null, o.mediaType()));
                if (batch.size() == BATCH) {
                    n += store.addNew(batch);
                    batch.clear();
                }
            }
            n += store.addNew(batch);
            store.commit();
            List<PackRequest.Stage> st = new ArrayList<>();
            for (RecipeFile.Layer l : recipe.layers()) if (l.stage()) st.add(new PackRequest.Stage(l.name(), l.kind() == null ? "custom" : l.kind(), l.description(), l.reads(), l.readTokens()));
            PackRequest.HeadFile head = recipe.head() == null ? null : new PackRequest.HeadFile(sel.head(), recipe.head(), null);
            var tokenizer = DefaultEncoder.tokenizer();
            PackRequest request = new PackRequest(recipe.corpus() == null ? "strata spark" : recipe.corpus(), "strata spark run", st, sel, recipe.verification(),
                    recipe.concepts(), recipe.choices(), recipe.verdicts(), sources, head, Components.NAMES, MiniLm.NAME + " WordPiece", tokenizer::count,
                    PackRequest.Training.DEFAULT, recipe.json(), false, recipe.prompts());
            return new Written(n, new PackWriter().write(store, request, out, false));
        } catch (EncoderException e) {
            throw new IOException("the tokenizer cannot be loaded: " + e.getMessage(), e);
        }
    }
}
