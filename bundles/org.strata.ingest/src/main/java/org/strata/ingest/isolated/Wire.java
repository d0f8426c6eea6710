package org.strata.ingest.isolated;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The framing between the ingest process and its parse workers: length-prefixed UTF-8 strings. */
final class Wire {
    static final byte OK = 0;
    static final byte FAILED = 1;
    static final byte READY = 2;

    private Wire() {}

    static void write(DataOutputStream out, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) throw new IOException("bad frame length " + n);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
