package org.strata.store;

import java.io.IOException;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/** Matches passages tagged with one concept code (tags live in updatable binary doc values). */
final class ConceptQuery extends Query {
    private final int code;

    ConceptQuery(int code) {
        this.code = code;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                BinaryDocValues tags = ctx.reader().getBinaryDocValues(PassageFields.CONCEPTS);
                if (tags == null) return null;
                TwoPhaseIterator it = new TwoPhaseIterator(tags) {
                    @Override
                    public boolean matches() throws IOException {
                        for (int c : PassageFields.conceptCodes(tags.binaryValue())) if (c == code) return true;
                        return false;
                    }

                    @Override
                    public float matchCost() {
                        return 10;
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // doc-value updates change the answer
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "concept:" + code;
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && ((ConceptQuery) o).code == code;
    }

    @Override
    public int hashCode() {
        return classHash() ^ code;
    }

}
