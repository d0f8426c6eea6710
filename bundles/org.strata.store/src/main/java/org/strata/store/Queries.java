package org.strata.store;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Turns {@link PassageQuery} text and {@link PassageFilter} conditions into Lucene queries. */
final class Queries {
    private Queries() {}

    /** The full-text part: Lucene's classic syntax over the passage text, AND between bare terms, in every language's field. */
    static Query text(String text) throws StoreException {
        if (text == null || text.isBlank()) return new MatchAllDocsQuery();
        try {
            return TextAnalysis.parse(text);
        } catch (ParseException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new StoreException("the query '" + text + "' does not parse: " + why, e);
        }
    }

    /** The filter as a query (null when there is no condition); a layer or concept no passage has matches nothing. */
    static Query filter(PassageFilter f, Codes layers, Codes concepts) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        if (f.layer() != null) {
            int code = layers.find(f.layer());
            b.add(code < 0 ? new MatchNoDocsQuery() : NumericDocValuesField.newSlowExactQuery(PassageFields.LAYER, code), BooleanClause.Occur.FILTER);
            n++;
        }
        if (f.status() != null) {
            b.add(NumericDocValuesField.newSlowExactQuery(PassageFields.STATUS, f.status().ordinal()), BooleanClause.Occur.FILTER);
            n++;
        }
        if (f.minDensity() != null || f.maxDensity() != null) {
            long lo = f.minDensity() == null ? PassageFields.density(0f) : PassageFields.density(f.minDensity());
            long hi = f.maxDensity() == null ? PassageFields.density(1f) : PassageFields.density(f.maxDensity());
            b.add(NumericDocValuesField.newSlowRangeQuery(PassageFields.DENSITY, lo, hi), BooleanClause.Occur.FILTER);
            n++;
        }
        if (f.scored() != null) {
            Query unscored = NumericDocValuesField.newSlowExactQuery(PassageFields.DENSITY, PassageFields.UNSCORED);
            if (f.scored()) {
                b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
                b.add(unscored, BooleanClause.Occur.MUST_NOT);
            } else {
                b.add(unscored, BooleanClause.Occur.FILTER);
            }
            n++;
        }
        if (f.suggested() != null) {
            // suggested: a confidence is stored; the expert's: in a layer, with none (an older index has no value at all)
            Query suggested = NumericDocValuesField.newSlowRangeQuery(PassageFields.PLACED, 0, PassageFields.EXPERT - 1);
            if (f.suggested()) {
                b.add(suggested, BooleanClause.Occur.FILTER);
            } else {
                b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
                b.add(suggested, BooleanClause.Occur.MUST_NOT);
                int none = layers.find("");
                if (none >= 0) b.add(NumericDocValuesField.newSlowExactQuery(PassageFields.LAYER, none), BooleanClause.Occur.MUST_NOT);
            }
            n++;
        }
        if (f.source() != null) {
            b.add(new TermQuery(new Term(PassageFields.SOURCE, f.source())), BooleanClause.Occur.FILTER);
            n++;
        }
        if (f.language() != null) {
            b.add(new TermQuery(new Term(PassageFields.LANGUAGE, f.language())), BooleanClause.Occur.FILTER);
            n++;
        }
        if (f.concept() != null) {
            int code = concepts.find(f.concept());
            b.add(code <= 0 ? new MatchNoDocsQuery() : new ConceptQuery(code), BooleanClause.Occur.FILTER);
            n++;
        }
        if (f.cluster() != null) {
            b.add(NumericDocValuesField.newSlowExactQuery(PassageFields.CLUSTER, f.cluster()), BooleanClause.Occur.FILTER);
            n++;
        }
        return n == 0 ? null : b.build();
    }

    /** Text AND filter. */
    static Query combine(Query main, Query filter) {
        if (filter == null) return main;
        return new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    }
}
