package org.strata.ui.wizards;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.strata.engine.CorpusFolder;
import org.strata.engine.ExportPrompts;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.ExportProfile;
import org.strata.model.corpus.PromptTemplate;
import org.strata.ui.Messages;
import org.strata.ui.Texts;
import org.strata.ui.session.ModelEditing;

/**
 * The export's second page: the prompts the pack writes before its passages and definitions, per language, in the
 * expert's words. A field left empty keeps Strata's own (shown greyed in it); what he writes is kept in the corpus's
 * export profile, as one edit he can undo, when he finishes.
 */
final class PromptsPage extends WizardPage {
    private static final CorpusPackage P = CorpusPackage.eINSTANCE;
    private final CorpusFolder corpus;
    /** Per language, per field: what the expert has written so far on this page (empty: Strata's own). */
    private final Map<String, Map<String, String>> wording = new LinkedHashMap<>();
    private final Map<String, Text> fields = new HashMap<>();
    private List<String> languages;
    private Combo language;
    private String shown;

    PromptsPage(CorpusFolder corpus) {
        super("prompts");
        this.corpus = corpus;
        setTitle(Messages.Prompts_title);
        setDescription(Messages.Prompts_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        new Label(root, SWT.NONE).setText(Messages.Prompts_language);
        language = new Combo(root, SWT.READ_ONLY);
        TreeSet<String> langs = new TreeSet<>(List.of("en", "ru"));
        ExportProfile p = ExportPrompts.profile(corpus.corpus(), false);
        if (p != null) for (PromptTemplate t : p.getPrompts()) if (t.getLanguage() != null) langs.add(t.getLanguage());
        languages = List.copyOf(langs);
        for (String l : languages) {
            Locale loc = Locale.forLanguageTag(l);
            String name = loc.getDisplayLanguage(loc); // named in itself: English, Русский
            language.add(name.substring(0, 1).toUpperCase(loc) + name.substring(1) + " (" + l + ")");
            Map<String, String> own = new LinkedHashMap<>();
            PromptTemplate t = ExportPrompts.wording(corpus.corpus(), l);
            for (String f : ExportPrompts.FIELDS) own.put(f, t == null || t.eGet(feature(f)) == null ? "" : (String) t.eGet(feature(f)));
            wording.put(l, own);
        }
        for (String f : ExportPrompts.FIELDS) {
            new Label(root, SWT.NONE).setText(label(f));
            Text text = new Text(root, SWT.BORDER);
            GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
            d.widthHint = 420;
            text.setLayoutData(d);
            text.setToolTipText(Messages.Prompts_tip);
            text.addListener(SWT.Modify, e -> {
                if (shown != null) wording.get(shown).put(f, text.getText());
                validate();
            });
            fields.put(f, text);
        }
        Label note = new Label(root, SWT.WRAP);
        note.setText(Messages.Prompts_note);
        GridData nd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        nd.widthHint = 560;
        note.setLayoutData(nd);
        language.addListener(SWT.Selection, e -> show(languages.get(language.getSelectionIndex())));
        String mine = Locale.getDefault().getLanguage();
        int first = Math.max(0, languages.indexOf(mine));
        language.select(first);
        show(languages.get(first));
        setControl(root);
    }

    /** Fills the fields with a language's wording; an empty field shows Strata's own, greyed. */
    private void show(String lang) {
        shown = null;
        Map<String, String> builtIn = ExportPrompts.builtIn(lang);
        for (String f : ExportPrompts.FIELDS) {
            Text t = fields.get(f);
            t.setMessage(builtIn.get(f).strip());
            t.setText(wording.get(lang).get(f));
        }
        shown = lang;
        validate();
    }

    private void validate() {
        String error = null;
        for (var l : wording.entrySet()) {
            for (var f : l.getValue().entrySet()) {
                if (error == null && ExportPrompts.refusal(f.getKey(), f.getValue()) != null) {
                    error = Texts.format(Messages.Prompts_needsName, label(f.getKey()), l.getKey());
                }
            }
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    /** For tests: chooses a language and writes one field as the expert would. */
    void write(String lang, String field, String text) {
        language.select(languages.indexOf(lang));
        show(lang);
        fields.get(field).setText(text);
    }

    /**
     * Keeps what the expert wrote in the corpus's export profile as one undoable edit (nothing when nothing
     * changed); an emptied field goes back to Strata's own.
     */
    void apply(ModelEditing editing) {
        if (editing == null) return;
        EditingDomain d = editing.domain();
        Corpus c = editing.corpus().corpus();
        CompoundCommand all = new CompoundCommand(Messages.Prompts_edit);
        ExportProfile profile = ExportPrompts.profile(c, false);
        ExportProfile made = null;
        for (var l : wording.entrySet()) {
            PromptTemplate t = ExportPrompts.wording(c, l.getKey());
            boolean any = l.getValue().values().stream().anyMatch(v -> !v.isBlank());
            if (t == null && !any) continue;
            if (t == null) {
                t = CorpusFactory.eINSTANCE.createPromptTemplate();
                t.setLanguage(l.getKey());
                for (var f : l.getValue().entrySet()) if (!f.getValue().isBlank()) t.eSet(feature(f.getKey()), f.getValue());
                if (profile == null && made == null) {
                    made = CorpusFactory.eINSTANCE.createExportProfile();
                    made.setName(ExportPrompts.PROFILE);
                }
                if (made != null) made.getPrompts().add(t);
                else all.append(AddCommand.create(d, profile, P.getExportProfile_Prompts(), t));
                continue;
            }
            for (var f : l.getValue().entrySet()) {
                Object now = t.eGet(feature(f.getKey()));
                String want = f.getValue().isBlank() ? null : f.getValue();
                if (want == null ? now != null : !want.equals(now)) all.append(SetCommand.create(d, t, feature(f.getKey()), want));
            }
        }
        if (made != null) all.append(AddCommand.create(d, c, P.getCorpus_ExportProfiles(), made));
        if (!all.isEmpty()) editing.run(all);
    }

    private static EStructuralFeature feature(String field) {
        return P.getPromptTemplate().getEStructuralFeature(field);
    }

    private static String label(String field) {
        return switch (field) {
            case "conceptQuestion" -> Messages.Prompts_conceptQuestion;
            case "alsoCalled" -> Messages.Prompts_alsoCalled;
            case "aboutConcept" -> Messages.Prompts_aboutConcept;
            case "ofDocument" -> Messages.Prompts_ofDocument;
            case "forStage" -> Messages.Prompts_forStage;
            default -> Messages.Prompts_stageDescription;
        };
    }
}
