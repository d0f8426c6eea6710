package org.strata.ingest;

/**
 * Counts the tokens of a text as the encoder will see them, without special tokens such as [CLS] and [SEP],
 * so that counts add up over whitespace-separated words. Segmentation keeps passages within a budget of these.
 */
@FunctionalInterface
public interface TokenCounter {
    int count(String text);

    /** A rough counter for when no tokenizer is at hand: about 1.3 word pieces per whitespace-separated word. */
    TokenCounter APPROXIMATE = text -> {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !in) words++;
            in = !ws;
        }
        return (int) Math.ceil(words * 1.3);
    };
}
