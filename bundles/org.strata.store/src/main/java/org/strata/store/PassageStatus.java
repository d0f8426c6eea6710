package org.strata.store;

import java.util.Locale;

/** Where a passage stands with the expert. The ordinal is stored: append new values, never reorder. */
public enum PassageStatus {
    CANDIDATE, ACCEPTED, REJECTED, DUPLICATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "accepted", "ACCEPTED", ...; the message lists the valid values. */
    public static PassageStatus parse(String s) {
        for (PassageStatus v : values()) if (v.name().equalsIgnoreCase(s.strip())) return v;
        throw new IllegalArgumentException("unknown status '" + s + "': one of candidate, accepted, rejected, duplicate");
    }
}
