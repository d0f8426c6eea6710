package org.strata.engine;

/** How the ingestion of one file ended. */
public enum Outcome {
    OK, SKIPPED, FAILED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
