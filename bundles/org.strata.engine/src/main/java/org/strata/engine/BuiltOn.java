package org.strata.engine;

import java.util.List;

/** What Strata is built on, with versions, for an About dialog and for support. */
public final class BuiltOn {
    private BuiltOn() {}

    public static List<String> describe() {
        return List.of(org.apache.tika.Tika.getString() + " (ingestion)",
                "ONNX Runtime " + org.strata.score.NativeRuntime.environment().getVersion() + " (encoder, heads)",
                "Apache Lucene " + org.apache.lucene.util.Version.LATEST + " (passage store)",
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
    }
}
