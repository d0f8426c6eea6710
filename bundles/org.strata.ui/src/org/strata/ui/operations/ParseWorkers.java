package org.strata.ui.operations;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.strata.engine.Ingestion;
import org.strata.ingest.FileExtractor;

/**
 * Parse workers for the workbench: the same isolated worker processes as the command line (a parser that hangs or
 * runs out of memory costs only its file, never the workbench), started with a plain class path gathered from the
 * bundles: the ingest jar and the jars Tika's bundle embeds (copied out once into the state location when the bundle
 * is a jar). When that cannot be done, Tika runs in the workbench's own process, and the log says why.
 */
public final class ParseWorkers {
    private ParseWorkers() {}

    static FileExtractor extractor() {
        try {
            return Ingestion.isolatedExtractor(classpath());
        } catch (IOException | RuntimeException e) {
            ILog.of(ParseWorkers.class).warn("Parsing inside the workbench, without worker processes: " + e.getMessage(), e);
            return Ingestion.inProcessExtractor();
        }
    }

    static String classpath() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(location(FrameworkUtil.getBundle(Ingestion.parserCode())).getAbsolutePath());
        Bundle tika = FrameworkUtil.getBundle(org.apache.tika.parser.AutoDetectParser.class);
        File t = location(tika);
        Path libs;
        if (t.isDirectory()) {
            libs = t.toPath().resolve("lib");
        } else {
            Bundle self = FrameworkUtil.getBundle(ParseWorkers.class);
            libs = Platform.getStateLocation(self).toFile().toPath().resolve("parse-workers").resolve(tika.getVersion().toString());
            unpackLibs(t.toPath(), libs);
        }
        try (Stream<Path> s = Files.list(libs)) {
            s.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> entries.add(p.toAbsolutePath().toString()));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static File location(Bundle b) throws IOException {
        if (b == null) throw new IOException("a bundle for the parse workers is not installed");
        return FileLocator.getBundleFileLocation(b).orElseThrow(() -> new IOException(b.getSymbolicName() + " is not on disk"));
    }

    /** Copies lib/*.jar out of a bundle jar, once: a folder that is complete carries a marker file. */
    private static void unpackLibs(Path bundleJar, Path into) throws IOException {
        Path done = into.resolve(".complete");
        if (Files.exists(done)) return;
        Files.createDirectories(into);
        try (JarFile jar = new JarFile(bundleJar.toFile())) {
            for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                JarEntry e = en.nextElement();
                if (!e.getName().startsWith("lib/") || !e.getName().endsWith(".jar")) continue;
                Path out = into.resolve(Path.of(e.getName()).getFileName().toString());
                try (InputStream in = jar.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createFile(done);
        try (Stream<Path> older = Files.list(into.getParent())) { // copies for earlier versions of the bundle
            for (Path old : older.filter(p -> !p.equals(into)).toList()) deleteTree(old);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
