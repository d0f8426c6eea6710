package org.strata.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The workbench's own settings (not the corpus's): kept in the workspace's preferences for org.strata.ui. */
public final class Preferences {
    public static final String RETRAIN_EVERY = "retrainEvery";
    public static final String CANDIDATES = "candidates";
    public static final String MAP_SAMPLE = "mapSample";
    /** The workbench's language from the next start ("en", "ru"; empty: the system's), read by the launcher script. */
    public static final String LANGUAGE = "language";
    /** The languages the workbench speaks, besides the system's. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ru");
    public static final int DEFAULT_RETRAIN_EVERY = 5;
    public static final int DEFAULT_CANDIDATES = 3;
    public static final int DEFAULT_MAP_SAMPLE = 4000;

    private Preferences() {}

    static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode("org.strata.ui");
    }

    /** How many choices the Choose view records before it trains a new head in the background. */
    public static int retrainEvery() {
        return Math.max(1, node().getInt(RETRAIN_EVERY, DEFAULT_RETRAIN_EVERY));
    }

    /** How many candidates the Choose view offers at once (2 or 3). */
    public static int candidates() {
        return Math.max(2, Math.min(3, node().getInt(CANDIDATES, DEFAULT_CANDIDATES)));
    }

    /** The language chosen for the next start, or "" for the system's. */
    public static String language() {
        String l = node().get(LANGUAGE, "");
        return LANGUAGES.contains(l) ? l : "";
    }

    /** How many passages the embedding map draws. */
    public static int mapSample() {
        return Math.max(100, node().getInt(MAP_SAMPLE, DEFAULT_MAP_SAMPLE));
    }
}
