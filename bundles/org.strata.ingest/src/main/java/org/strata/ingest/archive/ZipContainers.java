package org.strata.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Tells a plain zip archive from the many formats that are zip files inside (DOCX, XLSX, PPTX, ODT, EPUB, JAR, XPS
 * and more), with Tika's container detection: only a plain zip is expanded into members; the others are documents.
 */
final class ZipContainers {
    private static volatile Detector detector;

    private ZipContainers() {}

    static boolean isPlainZip(Path file) throws IOException {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file)) {
            return MediaType.APPLICATION_ZIP.equals(detector().detect(in, md));
        }
    }

    private static Detector detector() {
        Detector d = detector;
        if (d == null) {
            synchronized (ZipContainers.class) {
                if (detector == null) detector = new DefaultDetector();
                d = detector;
            }
        }
        return d;
    }
}
