package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.ui.tests.Ui.waitFor;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.strata.ui.CurationPerspective;
import org.strata.ui.Messages;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.SampleCorpus;
import org.strata.ui.views.ChartsView;
import org.strata.ui.views.ChooseView;
import org.strata.ui.views.ConceptsView;
import org.strata.ui.views.CorpusExplorerView;
import org.strata.ui.views.IngestReportView;
import org.strata.ui.views.LayerBoardView;
import org.strata.ui.views.PassageContextView;
import org.strata.ui.views.PassagesView;
import org.strata.ui.views.VerificationView;
import org.strata.ui.wizards.ExportPackWizard;

/**
 * The workbench started in Russian ({@code -nl ru}, the second run of this bundle's tests) walked as a Russian user
 * meets it: the welcome, then the sample opened, every view of the perspective, the menus, the passages' context
 * menu, the preferences and the export wizard's two pages. No visible text of the workbench may be one of its English
 * originals (messages.properties, plugin.properties), whole or as a filled-in pattern, unless it reads the same in
 * both languages.
 */
class RussianWalkTest {
    /** Texts that are the same in both languages. */
    private static final Set<String> SAME = Set.of("Strata", "OK", "DHCP");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "(?i)\\b(the|of|and|with|from|passages?|files?|skipped|failed|added|duplicates?|scored|tokens?|layers?|choices?|open|no|is|are"
                    + "|apply|close|cancel|next|back|finish|restore|defaults)\\b");
    private static final String PREFERENCES = "org.strata.ui.preferences";
    private static final String[] VIEWS = {CorpusExplorerView.ID, PassagesView.ID, ChooseView.ID, LayerBoardView.ID, ChartsView.ID,
        PassageContextView.ID, ConceptsView.ID, VerificationView.ID, IngestReportView.ID};

    @AfterEach
    void closeCorpus() throws Exception {
        Ui.closeCorpus();
    }

    @Test
    void noVisibleTextIsLeftInEnglish() throws Exception {
        assertEquals("ru", Locale.getDefault().getLanguage(), "this test runs in the workbench started with -nl ru");
        List<Pattern> english = english();
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        Set<String> seen = new LinkedHashSet<>();

        Ui.closeCorpus();
        page.showView(PassagesView.ID);
        settle(display);
        visible(shell, "welcome", seen);

        Job open = SampleCorpus.open(shell);
        PassagesView passages = (PassagesView) page.showView(PassagesView.ID);
        waitFor(display, () -> open.getResult() != null && passages.rowCount() > 0);
        assertTrue(CorpusSession.get().current().dir().endsWith("samples/strata-sample-ru"), "the Russian sample: " + CorpusSession.get().current().dir());
        for (String id : VIEWS) {
            page.showView(id);
            settle(display);
            visible(shell, id, seen);
        }
        menus(shell.getMenuBar(), "menu", seen);
        page.showView(PassagesView.ID);
        passages.selectRows(0, 1);
        settle(display);
        menus(passages.tableControl().getMenu(), "passage menu", seen);

        // Window > Preferences..., the dialog itself (its buttons are JFace's, in Russian through the language fragment)
        org.eclipse.jface.preference.PreferenceDialog prefs = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(shell,
                PREFERENCES, new String[] {PREFERENCES}, null);
        prefs.setBlockOnOpen(false);
        prefs.open();
        settle(display);
        visible(prefs.getShell(), "preferences", seen);
        prefs.close();

        ExportPackWizard wizard = new ExportPackWizard(CorpusSession.get().current());
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle(display);
        visible(dialog.getShell(), "export wizard", seen);
        dialog.showPage(wizard.getPages()[1]);
        settle(display);
        visible(dialog.getShell(), "export wizard, prompts", seen);
        dialog.close();

        // what the walk saw, for a person to read (target/russian-walk.txt)
        java.nio.file.Files.write(java.nio.file.Path.of("target/russian-walk.txt"), seen);
        List<String> left = new ArrayList<>();
        for (String s : seen) {
            String text = s.substring(s.indexOf(": ") + 2);
            if (SAME.contains(text) || !text.matches("(?s).*\\p{IsLatin}{2}.*")) continue; // no Latin word: not English
            for (Pattern p : english) if (p.matcher(text).matches()) left.add(s + "   (English: " + p.pattern() + ")");
            // English that does not come from the workbench's own files (the engine's words): a sentence with no Cyrillic
            // letter and English words in it; a tree's items are the corpus's names (sources, concepts), not sentences
            if (!s.contains(" (tree): ") && !CYRILLIC.matcher(text).find() && ENGLISH_WORDS.matcher(text).results().count() >= 2) {
                left.add(s + "   (English words)");
            }
        }
        assertEquals(List.of(), left, "texts still in English in the Russian workbench");
        assertTrue(seen.size() > 150, "the walk saw the workbench: " + seen.size() + " texts");
        assertTrue(seen.stream().anyMatch(s -> s.endsWith(": " + Messages.Welcome_title)), "the welcome was seen");
    }

    /**
     * A file that could not be read, said in Russian where the workbench shows it: the import report's reason column
     * and the corpus explorer's line for the source (the engine stores the reason in English; the views say it).
     */
    @Test
    void aSkippedFileIsExplainedInRussian(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path dir = tmp.resolve("corpus");
        org.strata.engine.CorpusFolder.create(dir, "проверка").close();
        java.nio.file.Path in = java.nio.file.Files.createDirectories(tmp.resolve("files"));
        java.nio.file.Files.writeString(in.resolve("notes.txt"), "Время контакта с опорой короче у спринтеров высокого класса.");
        java.nio.file.Files.createFile(in.resolve("empty.txt"));
        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        Job open = org.strata.ui.session.OpenCorpus.open(shell, dir);
        waitFor(display, () -> open.getResult() != null);
        Job importing = org.strata.ui.operations.ImportFiles.start(shell, List.of(in));
        waitFor(display, () -> importing.getResult() != null);
        assertTrue(importing.getResult().isOK(), importing.getResult().toString());

        IngestReportView report = (IngestReportView) page.showView(IngestReportView.ID);
        waitFor(display, () -> report.getViewer().getTable().getItemCount() == 2);
        List<String> reasons = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem row : report.getViewer().getTable().getItems()) reasons.add(row.getText(0) + " " + row.getText(4));
        assertTrue(reasons.contains("пропущен пустой файл"), reasons.toString());

        CorpusExplorerView explorer = (CorpusExplorerView) page.showView(CorpusExplorerView.ID);
        settle(display);
        explorer.getViewer().expandAll();
        List<String> sources = new ArrayList<>();
        for (TreeItem t : explorer.getViewer().getTree().getItem(2).getItems()) sources.add(t.getText());
        assertTrue(sources.stream().anyMatch(t -> t.startsWith("empty.txt") && t.endsWith("(пропущен: пустой файл)")), sources.toString());
    }

    /** Lets the views' background reads end and the UI show them. */
    private static void settle(Display display) throws Exception {
        for (int round = 0; round < 3; round++) { // a view shown may start reads, and what they show may start more
            while (display.readAndDispatch()) { }
            Job.getJobManager().join(CorpusSession.JOBS, null);
            Job.getJobManager().join(org.strata.ui.views.CorpusView.READS, null);
            long end = System.currentTimeMillis() + 300;
            while (System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) Thread.sleep(10);
            }
        }
    }

    /** Every text a user sees in a control and below it, "where: text". */
    private static void visible(Control c, String where, Set<String> out) {
        if (!c.isVisible()) return;
        add(out, where, c.getToolTipText());
        if (c instanceof Label l) add(out, where, l.getText());
        if (c instanceof Button b) add(out, where, b.getText());
        if (c instanceof Link k) add(out, where, k.getText().replaceAll("</?a>", ""));
        if (c instanceof Group g) add(out, where, g.getText());
        if (c instanceof Text t) add(out, where, t.getMessage());
        if (c instanceof Shell s) add(out, where, s.getText());
        if (c instanceof Table t) for (TableColumn col : t.getColumns()) add(out, where, col.getText());
        if (c instanceof Tree t) for (TreeItem i : t.getItems()) add(out, where + " (tree)", i.getText());
        if (c instanceof CTabFolder f) for (CTabItem i : f.getItems()) {
            add(out, where, i.getText());
            add(out, where, i.getToolTipText());
        }
        if (c instanceof Composite k) for (Control child : k.getChildren()) visible(child, where, out);
    }

    private static void menus(Menu m, String where, Set<String> out) {
        if (m == null) return;
        m.notifyListeners(SWT.Show, new Event()); // the workbench fills its menus as they show
        for (MenuItem i : m.getItems()) {
            String text = i.getText();
            int tab = text.indexOf('\t');
            add(out, where, tab >= 0 ? text.substring(0, tab) : text);
            if (i.getMenu() != null) menus(i.getMenu(), where + " > " + i.getText().replace("&", ""), out);
        }
        m.notifyListeners(SWT.Hide, new Event());
    }

    private static void add(Set<String> out, String where, String text) {
        if (text == null) return;
        String t = text.replace("&", "").strip();
        if (!t.isEmpty()) out.add(where + ": " + t);
    }

    /** The workbench's English texts as patterns: a text, or a pattern whose arguments may be anything. */
    private static List<Pattern> english() throws Exception {
        List<Pattern> out = new ArrayList<>();
        Set<String> values = new TreeSet<>();
        for (String entry : new String[] {"org/strata/ui/messages.properties", "plugin.properties"}) {
            URL url = FrameworkUtil.getBundle(Messages.class).getEntry(entry);
            if (url == null) url = Messages.class.getResource("/" + entry);
            Properties p = new Properties();
            try (InputStream in = url.openStream()) {
                p.load(in);
            }
            for (String k : p.stringPropertyNames()) values.add(p.getProperty(k).replace("&", "").strip());
        }
        for (String v : values) {
            if (v.isEmpty() || SAME.contains(v)) continue;
            // a pattern of arguments only ("{0}", ": {0}") says nothing about the language
            String words = v.replaceAll("\\{\\d+(,\\s*\\w+)*\\}", "").replaceAll("\\b(plural|one|few|many|other|number|integer)\\b", "");
            if (words.replaceAll("[^\\p{IsLatin}]", "").length() < 3) continue;
            out.add(Pattern.compile(regex(v), Pattern.DOTALL));
        }
        return out;
    }

    /** An ICU message as a regular expression: its literal text as is, each argument as ".+", a plural's branches as they read. */
    static String regex(String pattern) {
        StringBuilder out = new StringBuilder();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                lit.append('\'');
                i++;
            } else if (ch == '{') {
                int end = close(pattern, i);
                if (lit.length() > 0) out.append(Pattern.quote(lit.toString()));
                lit.setLength(0);
                out.append(argument(pattern.substring(i + 1, end)));
                i = end;
            } else {
                lit.append(ch);
            }
        }
        if (lit.length() > 0) out.append(Pattern.quote(lit.toString()));
        return out.toString();
    }

    private static String argument(String arg) {
        if (!arg.contains(",plural,")) return ".+";
        List<String> branches = new ArrayList<>();
        String rest = arg.substring(arg.indexOf(",plural,") + 8);
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '{') {
                int end = close(rest, i);
                branches.add(regex(rest.substring(i + 1, end)).replace("#", "\\E[\\d,.\\u00a0 ]+\\Q"));
                i = end;
            }
        }
        return "(?:" + String.join("|", branches) + ")";
    }

    private static int close(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') depth++;
            else if (s.charAt(i) == '}' && --depth == 0) return i;
        }
        return s.length() - 1;
    }
}
