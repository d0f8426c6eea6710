package org.strata.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * How a {@link Passage} maps to a Lucene document and back; field names and encodings live here only.
 * What never changes is indexed and stored; the attributes (density, components, layer, status, cluster,
 * concepts) live only in doc values, which Lucene updates in place without rewriting the text.
 */
final class PassageFields {
    static final String ID = "id";
    static final String SOURCE = "source";
    static final String SEQ = "seq";
    static final String START = "start";
    static final String END = "end";
    static final String TEXT = "text";
    static final String TOKENS = "tokens";
    static final String LANGUAGE = "language";
    static final String DENSITY = "density";
    static final String COMPONENTS = "components";
    static final String LAYER = "layer";
    static final String STATUS = "status";
    static final String CLUSTER = "cluster";
    static final String CONCEPTS = "concepts";
    /** The vector field of 384-dimensional embeddings (the default encoder's width, the name indexes always used). */
    static final String EMBEDDING = "embedding";
    static final String NEAR_KEYS = "nearKeys";
    /**
     * Who placed a passage: {@link #EXPERT} for the expert (or no layer; an index written before placements were
     * told apart has no value, which reads the same), else the suggestion's confidence as a sortable int (0 to
     * 0x3F800000), so that an ascending sort puts the least sure suggestions first.
     */
    static final String PLACED = "placed";
    static final long EXPERT = Long.MAX_VALUE;
    /** The density doc value of an unscored passage: below every score, so unscored passages sort last. */
    static final long UNSCORED = Long.MIN_VALUE;

    private PassageFields() {}

    static Document asDocument(Passage p, Codes layers, Codes concepts) {
        Document d = new Document();
        d.add(new StringField(ID, p.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(p.id())));
        d.add(new StringField(SOURCE, p.source(), Field.Store.YES));
        d.add(new SortedDocValuesField(SOURCE, new BytesRef(p.source())));
        d.add(new StoredField(SEQ, p.seq()));
        d.add(new NumericDocValuesField(SEQ, p.seq()));
        d.add(new StoredField(START, p.start()));
        d.add(new StoredField(END, p.end()));
        d.add(new StoredField(TEXT, p.text()));
        d.add(searchedText(p.text(), p.language()));
        d.add(new IntPoint(TOKENS, p.tokens()));
        d.add(new StoredField(TOKENS, p.tokens()));
        d.add(new NumericDocValuesField(TOKENS, p.tokens()));
        String lang = p.language() == null ? "" : p.language();
        d.add(new StringField(LANGUAGE, lang, Field.Store.YES));
        d.add(new SortedDocValuesField(LANGUAGE, new BytesRef(lang)));
        for (Field f : attributes(p, layers, concepts)) d.add(f);
        if (p.embedding() != null) {
            d.add(new KnnFloatVectorField(vectorField(p.embedding().length), p.embedding(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        if (p.nearKeys() != null) d.add(new BinaryDocValuesField(NEAR_KEYS, new BytesRef(longsToBytes(p.nearKeys()))));
        return d;
    }

    /**
     * The text as it is searched: the terms of its language's analysis ({@link TextAnalysis}), made when the writer
     * inverts the field (so a document built and never added holds no open token stream).
     */
    private static Field searchedText(String text, String language) {
        Analyzer analysis = TextAnalysis.of(language);
        return new Field(TEXT, text, TextField.TYPE_NOT_STORED) {
            @Override
            public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
                return analysis.tokenStream(TEXT, text);
            }
        };
    }

    /** The updatable attributes of a passage as doc-value fields (every document has all of them). */
    static Field[] attributes(Passage p, Codes layers, Codes concepts) {
        return new Field[] {
            new NumericDocValuesField(DENSITY, density(p.density())),
            new BinaryDocValuesField(COMPONENTS, new BytesRef(p.components() == null ? new byte[0] : toBytes(p.components()))),
            new NumericDocValuesField(LAYER, layers.code(Codes.checkName("layer", p.layer()))),
            new NumericDocValuesField(STATUS, p.status().ordinal()),
            new NumericDocValuesField(CLUSTER, p.cluster()),
            new NumericDocValuesField(PLACED, placed(p)),
            new BinaryDocValuesField(CONCEPTS, conceptCodes(p.concepts(), concepts)),
        };
    }

    static long placed(Passage p) {
        return p.suggested() ? NumericUtils.floatToSortableInt(p.confidence()) : EXPERT;
    }

    /** The confidence of a suggestion from its {@link #PLACED} value; NaN for the expert's placement. */
    static float confidence(long placed) {
        return placed == EXPERT || placed < 0 ? Float.NaN : NumericUtils.sortableIntToFloat((int) placed);
    }

    /** Density as a sortable long; unscored passages sort below every score. */
    static long density(float d) {
        return Float.isNaN(d) ? UNSCORED : NumericUtils.floatToSortableInt(d);
    }

    static float density(long v) {
        return v == UNSCORED ? Float.NaN : NumericUtils.sortableIntToFloat((int) v);
    }

    static BytesRef conceptCodes(List<String> names, Codes concepts) {
        int[] codes = new int[names.size()];
        for (int i = 0; i < codes.length; i++) codes[i] = concepts.code(Codes.checkName("concept", names.get(i)));
        java.util.Arrays.sort(codes);
        ByteBuffer b = ByteBuffer.allocate(codes.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int c : codes) b.putInt(c);
        return new BytesRef(b.array());
    }

    static int[] conceptCodes(BytesRef r) {
        int[] codes = new int[r.length / 4];
        ByteBuffer b = ByteBuffer.wrap(r.bytes, r.offset, r.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < codes.length; i++) codes[i] = b.getInt();
        return codes;
    }

    /**
     * Reads passages of one leaf, reusing its readers and doc-value iterators (opening them anew for every passage
     * cost more than reading the passage); forward-only, so docs must come in increasing order.
     */
    static final class LeafReading {
        private final LeafReader r;
        private final Codes layers;
        private final Codes concepts;
        private org.apache.lucene.index.StoredFields stored;
        private final NumericDocValues density, layer, status, seq, tokens, cluster, placed;
        private final BinaryDocValues components, conceptTags, nearKeys;
        private final SortedDocValues id, source, language;

        private final boolean sequential;

        LeafReading(LeafReader r, Codes layers, Codes concepts) throws IOException {
            this(r, layers, concepts, false);
        }

        /**
         * With {@code sequential}, stored fields are read through the codec's merge instance, which decompresses
         * each block once for the docs that follow in it instead of once per doc: many times faster for a pass in
         * doc order, slower for a single doc.
         */
        LeafReading(LeafReader r, Codes layers, Codes concepts, boolean sequential) throws IOException {
            this.r = r;
            this.sequential = sequential;
            this.layers = layers;
            this.concepts = concepts;
            density = r.getNumericDocValues(DENSITY);
            layer = r.getNumericDocValues(LAYER);
            status = r.getNumericDocValues(STATUS);
            seq = r.getNumericDocValues(SEQ);
            tokens = r.getNumericDocValues(TOKENS);
            cluster = r.getNumericDocValues(CLUSTER);
            placed = r.getNumericDocValues(PLACED);
            components = r.getBinaryDocValues(COMPONENTS);
            conceptTags = r.getBinaryDocValues(CONCEPTS);
            nearKeys = r.getBinaryDocValues(NEAR_KEYS);
            id = r.getSortedDocValues(ID);
            source = r.getSortedDocValues(SOURCE);
            language = r.getSortedDocValues(LANGUAGE);
        }

        Passage read(int doc, boolean withVector) throws IOException {
            return read(doc, attributes(doc), withVector);
        }

        /** The passage with its text (no embedding), given its attributes read before. */
        Passage read(int doc, Passage a) throws IOException {
            return read(doc, a, false);
        }

        /** As above, with the embedding when {@code withVector}. */
        Passage read(int doc, Passage a, boolean withVector) throws IOException {
            if (stored == null) {
                stored = sequential && r instanceof CodecReader c && c.getFieldsReader() != null ? c.getFieldsReader().getMergeInstance()
                        : r.storedFields();
            }
            Stored d = new Stored();
            stored.document(doc, d);
            return new Passage(d.id, d.source, d.seq, d.start, d.end, d.text, d.tokens, d.language, a.density(), a.components(), a.layer(),
                    a.status(), a.cluster(), a.concepts(), withVector ? vector(r, doc) : null, a.nearKeys(), a.confidence());
        }

        /** The id, source, tokens and attributes of a passage from doc values only (no text, no vector). */
        Passage attributes(int doc) throws IOException {
            return attributes(doc, 0);
        }

        /** What {@link #attributes(int, int)} may leave out: the id, a term looked up by a random ordinal (the dearest). */
        static final int NO_ID = 1;
        /** The near-duplicate band keys. */
        static final int NO_KEYS = 2;
        /** Source and language (for a caller that reads them stored). */
        static final int NO_TERMS = 4;
        /** The density components. */
        static final int NO_COMPONENTS = 8;

        /** As above, leaving out what {@code without} names (NO_ID | NO_KEYS ...), for passes over every passage. */
        Passage attributes(int doc, int without) throws IOException {
            boolean light = (without & NO_ID) != 0, terms = (without & NO_TERMS) == 0;
            float dens = density != null && density.advanceExact(doc) ? density(density.longValue()) : Float.NaN;
            float[] comps = null;
            if ((without & NO_COMPONENTS) == 0 && components != null && components.advanceExact(doc) && components.binaryValue().length > 0) {
                comps = toFloats(components.binaryValue());
            }
            List<String> tags = new ArrayList<>();
            if (conceptTags != null && conceptTags.advanceExact(doc)) {
                for (int c : conceptCodes(conceptTags.binaryValue())) tags.add(concepts.name(c));
            }
            long[] keys = (without & NO_KEYS) == 0 && nearKeys != null && nearKeys.advanceExact(doc) ? bytesToLongs(nearKeys.binaryValue()) : null;
            return new Passage(light ? null : term(id, doc), terms ? term(source, doc) : "", (int) numeric(seq, doc), 0, 0, null, (int) numeric(tokens, doc),
                    terms ? term(language, doc) : "", dens, comps, layers.name(numeric(layer, doc)), PassageStatus.values()[(int) numeric(status, doc)],
                    numeric(cluster, doc), tags, null, keys, confidence(placed != null && placed.advanceExact(doc) ? placed.longValue() : EXPERT));
        }

        private static String term(SortedDocValues v, int doc) throws IOException {
            return v != null && v.advanceExact(doc) ? v.lookupOrd(v.ordValue()).utf8ToString() : "";
        }

        private static long numeric(NumericDocValues v, int doc) throws IOException {
            return v != null && v.advanceExact(doc) ? v.longValue() : 0;
        }
    }

    /** The stored fields of a passage, read without building a document. */
    private static final class Stored extends StoredFieldVisitor {
        String id = "", source = "", text = "", language = "";
        int seq, start, end, tokens;

        @Override
        public Status needsField(FieldInfo f) {
            return Status.YES;
        }

        @Override
        public void stringField(FieldInfo f, String value) {
            switch (f.name) {
                case ID -> id = value;
                case SOURCE -> source = value;
                case TEXT -> text = value;
                case LANGUAGE -> language = value;
                default -> { }
            }
        }

        @Override
        public void intField(FieldInfo f, int value) {
            switch (f.name) {
                case SEQ -> seq = value;
                case START -> start = value;
                case END -> end = value;
                case TOKENS -> tokens = value;
                default -> { }
            }
        }
    }

    /** Reads one passage of a leaf: stored fields for what never changes, doc values for the attributes. */
    static Passage read(LeafReader r, int doc, Codes layers, Codes concepts) throws IOException {
        Document d = r.storedFields().document(doc);
        Passage a = readAttributes(r, doc, layers, concepts);
        return new Passage(d.get(ID), d.get(SOURCE), d.getField(SEQ).numericValue().intValue(),
                d.getField(START).numericValue().intValue(), d.getField(END).numericValue().intValue(), d.get(TEXT),
                d.getField(TOKENS).numericValue().intValue(), d.get(LANGUAGE), a.density(), a.components(), a.layer(),
                a.status(), a.cluster(), a.concepts(), vector(r, doc), a.nearKeys(), a.confidence());
    }

    /** Reads the id, source, tokens and the attributes of one passage from doc values only (no text, no vector). */
    static Passage readAttributes(LeafReader r, int doc, Codes layers, Codes concepts) throws IOException {
        return new LeafReading(r, layers, concepts).attributes(doc);
    }

    static String term(LeafReader r, String field, int doc) throws IOException {
        SortedDocValues v = r.getSortedDocValues(field);
        return v != null && v.advanceExact(doc) ? v.lookupOrd(v.ordValue()).utf8ToString() : "";
    }

    static long numeric(LeafReader r, String field, int doc) throws IOException {
        NumericDocValues v = r.getNumericDocValues(field);
        return v != null && v.advanceExact(doc) ? v.longValue() : 0;
    }

    /**
     * The vector field for embeddings of a width. Lucene keeps one width per field, so each width has its own field:
     * an encoder of another width (after {@code strata score --reembed}) writes beside the old vectors, which go as
     * their documents are rewritten, and a kNN query searches the vectors of its own width only.
     */
    static String vectorField(int dimension) {
        return dimension == 384 ? EMBEDDING : EMBEDDING + dimension;
    }

    private static float[] vector(LeafReader r, int doc) throws IOException {
        for (FieldInfo f : r.getFieldInfos()) {
            if (f.getVectorDimension() == 0 || !f.name.startsWith(EMBEDDING)) continue;
            FloatVectorValues values = r.getFloatVectorValues(f.name);
            if (values == null) continue;
            KnnVectorValues.DocIndexIterator it = values.iterator();
            if (it.advance(doc) == doc) return values.vectorValue(it.index()).clone();
        }
        return null;
    }

    static byte[] longsToBytes(long[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(v);
        return b.array();
    }

    static long[] bytesToLongs(BytesRef r) {
        long[] v = new long[r.length / 8];
        ByteBuffer.wrap(r.bytes, r.offset, r.length).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(v);
        return v;
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
