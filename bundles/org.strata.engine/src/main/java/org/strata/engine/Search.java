package org.strata.engine;

import java.io.IOException;
import java.util.List;

import org.strata.score.Encoder;
import org.strata.score.EncoderException;
import org.strata.store.PassageFilter;
import org.strata.store.PassagePage;
import org.strata.store.PassageQuery;

/** Full-text and semantic search over a corpus; semantic search embeds the query with the corpus's encoder. */
public final class Search {
    private Search() {}

    /** Parses "key=value" filter conditions (see {@link PassageFilter#with}). */
    public static PassageFilter filter(List<String> conditions) {
        PassageFilter f = PassageFilter.NONE;
        if (conditions != null) for (String c : conditions) f = f.with(c);
        return f;
    }

    public static PassagePage text(CorpusFolder corpus, String query, PassageFilter filter, PassageQuery.SortKey sort, int limit)
            throws IOException {
        return corpus.store().search(PassageQuery.text(query).filter(filter).sort(sort).page(0, limit));
    }

    /** The {@code k} passages nearest in meaning to the query text, among those that pass the filter. */
    public static PassagePage semantic(CorpusFolder corpus, Encoder encoder, String query, PassageFilter filter, int k)
            throws IOException, EncoderException {
        float[] v = encoder.embed(List.of(query))[0];
        return corpus.store().search(PassageQuery.nearest(v, k).filter(filter));
    }
}
