package org.strata.store;

/**
 * What to look for: full text (Lucene query syntax, BM25), or the nearest passages to a vector (kNN, top
 * {@code k}), or neither (all passages); always with a filter, a sort and a page. Relevance sorts by BM25 or
 * vector similarity.
 */
public record PassageQuery(String text, float[] vector, int k, PassageFilter filter, SortKey sort, int offset, int limit) {
    /** How results are ordered; CONFIDENCE puts the least sure suggestions first, the expert's placements last. */
    public enum SortKey { RELEVANCE, DENSITY, TOKENS, SOURCE, LAYER, STATUS, ID, CONFIDENCE }

    public static PassageQuery all() {
        return new PassageQuery(null, null, 0, PassageFilter.NONE, SortKey.DENSITY, 0, 100);
    }

    public static PassageQuery text(String text) {
        return new PassageQuery(text, null, 0, PassageFilter.NONE, SortKey.RELEVANCE, 0, 100);
    }

    public static PassageQuery nearest(float[] vector, int k) {
        return new PassageQuery(null, vector, k, PassageFilter.NONE, SortKey.RELEVANCE, 0, k);
    }

    public PassageQuery filter(PassageFilter f) {
        return new PassageQuery(text, vector, k, f, sort, offset, limit);
    }

    public PassageQuery sort(SortKey s) {
        return new PassageQuery(text, vector, k, filter, s, offset, limit);
    }

    public PassageQuery page(int newOffset, int newLimit) {
        return new PassageQuery(text, vector, k, filter, sort, newOffset, newLimit);
    }
}
