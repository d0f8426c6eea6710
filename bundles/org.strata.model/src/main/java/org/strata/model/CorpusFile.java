package org.strata.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusPackage;

/**
 * Reads and writes {@code corpus.strata}, the XMI file of a corpus project. Saving is atomic: the model is
 * written to a temporary file beside the target, forced to disk, then renamed over it, so a process killed
 * during a save leaves the previous file intact. Works stand-alone (no Eclipse platform needed).
 */
public final class CorpusFile {
    /** The file name of the model inside a corpus folder. */
    public static final String NAME = "corpus.strata";

    private CorpusFile() {}

    /** Loads a corpus model; the returned corpus sits in its own resource set. */
    public static Corpus load(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CorpusFormatException(file, "no such file");
        }
        Resource resource = newResource(file);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new CorpusFormatException(file, "not a Strata corpus model (" + rootMessage(e) + ")");
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Corpus corpus)) {
            throw new CorpusFormatException(file, "not a Strata corpus model (no corpus element)");
        }
        if (!resource.getErrors().isEmpty()) {
            throw new CorpusFormatException(file, resource.getErrors().get(0).getMessage());
        }
        return corpus;
    }

    /** Saves atomically (temp file, fsync, rename). The corpus may or may not already sit in a resource. */
    public static void save(Corpus corpus, Path file) throws IOException {
        writeAtomically(file, bytes(corpus, file));
    }

    /** The model as the bytes of {@code file} (the corpus is put in a resource of that file when it has none). */
    public static byte[] bytes(Corpus corpus, Path file) throws IOException {
        Resource resource = corpus.eResource();
        if (resource == null) {
            resource = newResource(file);
            resource.getContents().add(corpus);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        resource.save(buf, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
        return buf.toByteArray();
    }

    /** Writes bytes to a temporary sibling, forces them to disk and renames over the target. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) ch.write(b);
                ch.force(true);
            }
            replace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames a file over another, atomically where the file system can, and forces the rename to disk. */
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(to.toAbsolutePath().getParent());
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory for sync; the rename itself is still atomic
        }
    }

    private static Resource newResource(Path file) {
        CorpusPackage.eINSTANCE.eClass();
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(CorpusPackage.eNS_URI, CorpusPackage.eINSTANCE);
        XMIResourceImpl r = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        rs.getResources().add(r);
        return r;
    }

    private static Map<Object, Object> loadOptions() {
        return Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** Returns the corpus a model object belongs to, or null. */
    public static Corpus corpusOf(EObject o) {
        EObject c = o;
        while (c != null && !(c instanceof Corpus)) c = c.eContainer();
        return (Corpus) c;
    }
}
