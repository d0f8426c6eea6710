package org.strata.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/** How a {@link Passage} maps to a Lucene document and back: field names and encodings live here only. */
final class PassageFields {
    static final String ID = "id";
    static final String SOURCE = "source";
    static final String SEQ = "seq";
    static final String START = "start";
    static final String END = "end";
    static final String TEXT = "text";
    static final String TOKENS = "tokens";
    static final String DENSITY = "density";
    static final String LAYER = "layer";
    static final String STATUS = "status";
    static final String EMBEDDING = "embedding";
    static final String EMBEDDING_STORED = "embedding_f32";

    private PassageFields() {}

    static Document toDocument(Passage p) {
        Document d = new Document();
        d.add(new StringField(ID, p.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(p.id())));
        d.add(new StringField(SOURCE, p.source(), Field.Store.YES));
        d.add(new SortedDocValuesField(SOURCE, new BytesRef(p.source())));
        d.add(new StoredField(SEQ, p.seq()));
        d.add(new NumericDocValuesField(SEQ, p.seq()));
        d.add(new StoredField(START, p.start()));
        d.add(new StoredField(END, p.end()));
        d.add(new TextField(TEXT, p.text(), Field.Store.YES));
        d.add(new IntPoint(TOKENS, p.tokens()));
        d.add(new StoredField(TOKENS, p.tokens()));
        d.add(new NumericDocValuesField(TOKENS, p.tokens()));
        if (p.scored()) {
            d.add(new FloatPoint(DENSITY, p.density()));
            d.add(new StoredField(DENSITY, p.density()));
            d.add(new NumericDocValuesField(DENSITY, NumericUtils.floatToSortableInt(p.density())));
        }
        d.add(new StringField(LAYER, p.layer(), Field.Store.YES));
        d.add(new SortedDocValuesField(LAYER, new BytesRef(p.layer())));
        d.add(new StringField(STATUS, p.status(), Field.Store.YES));
        if (p.embedding() != null) {
            d.add(new KnnFloatVectorField(EMBEDDING, p.embedding(), VectorSimilarityFunction.DOT_PRODUCT));
            d.add(new StoredField(EMBEDDING_STORED, toBytes(p.embedding())));
        }
        return d;
    }

    static Passage fromStored(StoredFields stored, int doc) throws java.io.IOException {
        Document d = stored.document(doc);
        Number density = d.getField(DENSITY) == null ? null : d.getField(DENSITY).numericValue();
        BytesRef emb = d.getBinaryValue(EMBEDDING_STORED);
        return new Passage(d.get(ID), d.get(SOURCE), d.getField(SEQ).numericValue().intValue(),
                d.getField(START).numericValue().intValue(), d.getField(END).numericValue().intValue(), d.get(TEXT),
                d.getField(TOKENS).numericValue().intValue(), density == null ? Float.NaN : density.floatValue(),
                d.get(LAYER), d.get(STATUS), emb == null ? null : toFloats(emb));
    }

    static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    static float[] toFloats(BytesRef r) {
        float[] v = new float[r.length / 4];
        ByteBuffer.wrap(r.bytes, r.offset, r.length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
