package org.strata.ui.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Shell;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The sample corpus of the welcome: real, freely licensed documents in English and Russian that the build ingested,
 * scored and layered (scripts/make-sample.sh), shipped beside the workbench in {@code sample/en} and {@code sample/ru}.
 * The expert works on a copy in the workspace, made the first time, so that his choices and layers stay his and the
 * installation is never written to.
 */
public final class SampleCorpus {
    /** Names the folder that holds the shipped samples (the workbench tests point it at the command line's build). */
    public static final String PROPERTY = "strata.sample";

    private SampleCorpus() {}

    /** The shipped samples: {@code -Dstrata.sample}, else {@code sample} in the installation. */
    public static Path shipped() {
        String p = System.getProperty(PROPERTY);
        if (p != null && !p.isBlank()) return Path.of(p);
        Location install = Platform.getInstallLocation();
        try {
            return install == null ? Path.of("sample") : Path.of(install.getURL().toURI()).resolve("sample");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(install.getURL().getPath(), "sample");
        }
    }

    /** The sample whose layers are named in a language: Russian for Russian, English otherwise. */
    static String language(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }

    /**
     * The expert's copy of the sample in the workbench's language, copied from the shipped one when there is none
     * yet (an earlier copy is kept as he left it).
     */
    public static Path prepare(Path shipped, Path workspace, Locale locale) throws IOException {
        String lang = language(locale);
        Path from = shipped.resolve(lang);
        if (!Files.isRegularFile(from.resolve("corpus.strata"))) {
            throw new IOException(Texts.format(Messages.Sample_missing, from));
        }
        Path to = workspace.resolve("samples").resolve("strata-sample-" + lang); // as Open Recent names it
        if (Files.isRegularFile(to.resolve("corpus.strata"))) return to;
        Path part = Files.createDirectories(to.getParent()).resolve("strata-sample-" + lang + ".copying");
        deleteTree(part); // a copy a killed workbench left half-way
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Path target = part.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target); // not the installation's modes: a read-only install gives a writable copy
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        deleteTree(to);
        Files.move(part, to, StandardCopyOption.ATOMIC_MOVE); // whole or not at all
        return to;
    }

    /** Opens the expert's copy of the sample (copied first when needed); says in a dialog why it cannot. */
    public static Job open(Shell shell) {
        Path dir;
        try {
            dir = prepare(shipped(), workspace(), Locale.getDefault());
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.Sample_cannotOpen, e.getMessage());
            return null;
        }
        return OpenCorpus.open(shell, dir);
    }

    /** The workspace folder ({@code -data}), where the expert's copies are kept. */
    public static Path workspace() throws IOException {
        Location data = Platform.getInstanceLocation();
        if (data == null || data.getURL() == null) throw new IOException(Messages.Sample_noWorkspace);
        return Path.of(data.getURL().getPath());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
