package org.strata.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms of a text as search sees them in its language: English and Russian stemmed with their stop words left
 * out ("tendons" and "tendon" alike, "сухожилия" and "сухожилие"), any other language by the standard analysis. For
 * comparing what two texts say word for word, whatever the word forms.
 */
public final class Terms {
    private Terms() {}

    public static List<String> of(String text, String language) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = TextAnalysis.of(language).tokenStream(PassageFields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return out;
    }
}
