package org.strata.score;

/** The encoder could not be loaded or run: a missing or corrupt model, a tokenizer that does not fit it. */
public final class EncoderException extends Exception {
    private static final long serialVersionUID = 1L;

    public EncoderException(String message, Throwable cause) {
        super(message, cause);
    }
}
