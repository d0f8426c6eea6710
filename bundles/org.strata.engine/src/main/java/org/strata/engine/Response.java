package org.strata.engine;

/**
 * What a use case of the {@link CorpusService} answers: a status, the typed value (null unless completed) and a
 * line for the person who asked (what was done, or why nothing was). Immutable.
 */
public record Response<T>(Status status, T value, String message) {
    public enum Status { COMPLETED, FAILED, CANCELLED }

    public static <T> Response<T> completed(T value, String message) {
        return new Response<>(Status.COMPLETED, value, message);
    }

    public static <T> Response<T> failed(String message) {
        return new Response<>(Status.FAILED, null, message);
    }

    public static <T> Response<T> cancelled(String message) {
        return new Response<>(Status.CANCELLED, null, message);
    }

    public boolean ok() {
        return status == Status.COMPLETED;
    }

    /**
     * The value of a completed response; otherwise an {@link java.io.IOException} with the message, for callers that
     * handle the engine's failures as failures to read or write the corpus.
     */
    public T orThrowIO() throws java.io.IOException {
        if (!ok()) throw new java.io.IOException(message);
        return value;
    }

    /** The value of a completed response; otherwise an {@link IllegalStateException} with the message. */
    public T orThrow() {
        if (!ok()) throw new IllegalStateException(message);
        return value;
    }
}
