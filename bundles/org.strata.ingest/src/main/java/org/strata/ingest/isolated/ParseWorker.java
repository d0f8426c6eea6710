package org.strata.ingest.isolated;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.strata.ingest.ExtractException;
import org.strata.ingest.Extracted;
import org.strata.ingest.Extractor;

/**
 * The main class of a parse worker process: reads file paths from stdin, answers each with the extracted text or
 * a failure on stdout, until stdin closes. Parsers that print are sent to stderr, so stdout carries only answers.
 */
public final class ParseWorker {
    private ParseWorker() {}

    /** Loads Tika's detection and the common parsers once, before the first real file. */
    private static void warmUp(Extractor extractor) {
        try {
            Path tmp = Files.createTempFile("strata-warm-up", ".html");
            try {
                Files.writeString(tmp, "<html><head><title>t</title></head><body><p>warm up</p></body></html>");
                extractor.extract(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | ExtractException e) {
            // a failed warm-up only costs the first file some time
        }
    }

    public static void main(String[] args) throws Exception {
        int maxChars = args.length > 0 ? Integer.parseInt(args[0]) : Extractor.DEFAULT_MAX_CHARS;
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        Extractor extractor = new Extractor(maxChars);
        warmUp(extractor);
        out.writeByte(Wire.READY); // per-file time limits start after this: JVM and Tika start-up are not a file's fault
        out.flush();
        while (true) {
            String path;
            try {
                path = Wire.read(in);
            } catch (EOFException e) {
                return;
            }
            try {
                Extracted x = extractor.extract(Path.of(path));
                out.writeByte(Wire.OK);
                Wire.write(out, x.mediaType());
                Wire.write(out, x.title());
                Wire.write(out, x.author());
                Wire.write(out, x.date());
                Wire.write(out, x.license());
                Wire.write(out, x.note());
                Wire.write(out, x.text());
            } catch (ExtractException e) {
                out.writeByte(Wire.FAILED);
                Wire.write(out, e.getMessage());
            }
            out.flush();
        }
    }
}
