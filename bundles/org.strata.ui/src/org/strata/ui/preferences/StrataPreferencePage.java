package org.strata.ui.preferences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.strata.engine.CorpusFolder;
import org.strata.engine.Encoders;
import org.strata.engine.Scoring;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.ScoringProfile;
import org.strata.model.corpus.SignalWeight;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.session.ModelEditing;
import org.strata.score.DensityWeights;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * Window > Preferences > Strata. The open corpus's scoring (its encoder, the device and batch size it is scored
 * with, and the weights of the four signals of density), saved in the corpus as an undoable edit; and the
 * workbench's own settings (how often a head is trained from choices, how many candidates the Choose view offers,
 * how many passages the embedding map draws).
 */
public final class StrataPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    static final String[] SIGNALS = {"knowledge", "information", "redundancy", "boilerplate"};
    private static final String[] DEVICES = {"auto", "cpu", "cuda"};
    private static final CorpusPackage P = CorpusPackage.eINSTANCE;

    private Text encoder;
    private Combo device;
    private Spinner batch;
    private final Text[] weights = new Text[SIGNALS.length];
    private Spinner retrain;
    private Combo candidates;
    private Spinner mapSample;
    private Combo language;

    public StrataPreferencePage() {
        setDescription(Messages.Prefs_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(null);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        CorpusFolder corpus = CorpusSession.get().current();
        Group scoring = group(root, corpus == null ? Messages.Prefs_scoringNoCorpus : Texts.format(Messages.Prefs_scoringOf, corpus.corpus().getName()));
        encoder = text(scoring, Messages.Prefs_encoder, Messages.Prefs_encoderTip);
        label(scoring, Messages.Prefs_device);
        device = new Combo(scoring, SWT.READ_ONLY);
        device.setItems(DEVICES);
        device.setToolTipText(Messages.Prefs_deviceTip);
        label(scoring, Messages.Prefs_batch);
        batch = spinner(scoring, 1, 1024, Messages.Prefs_batchTip);
        for (int i = 0; i < SIGNALS.length; i++) {
            String signal = new String[] {Messages.Signal_knowledge, Messages.Signal_information, Messages.Signal_redundancy, Messages.Signal_boilerplate}[i];
            weights[i] = text(scoring, Texts.format(Messages.Prefs_weightOf, signal), i < 2 ? Messages.Prefs_meanWeightTip
                    : i == 2 ? Messages.Prefs_redundantTip : Messages.Prefs_boilerplateTip);
        }
        Label note = new Label(scoring, SWT.WRAP);
        note.setText(Messages.Prefs_weightsNote);
        GridData nd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nd.horizontalSpan = 2;
        note.setLayoutData(nd);
        for (Control c : scoring.getChildren()) c.setEnabled(corpus != null);

        Group workbench = group(root, Messages.Prefs_workbench);
        label(workbench, Messages.Prefs_retrain);
        retrain = spinner(workbench, 1, 1000, Messages.Prefs_retrainTip);
        label(workbench, Messages.Prefs_candidates);
        candidates = new Combo(workbench, SWT.READ_ONLY);
        candidates.setItems("2", "3");
        label(workbench, Messages.Prefs_mapSample);
        mapSample = spinner(workbench, 100, 100_000, Messages.Prefs_mapSampleTip);
        label(workbench, Messages.Prefs_language);
        language = new Combo(workbench, SWT.READ_ONLY);
        language.add(Messages.Prefs_languageSystem);
        for (String l : Preferences.LANGUAGES) {
            Locale loc = Locale.forLanguageTag(l);
            String name = loc.getDisplayLanguage(loc); // each language named in itself: English, Русский
            language.add(name.substring(0, 1).toUpperCase(loc) + name.substring(1));
        }
        language.setToolTipText(Messages.Prefs_languageTip);
        load(corpus);
        return root;
    }

    private void load(CorpusFolder corpus) {
        ScoringProfile p = corpus == null ? null : corpus.corpus().getScoringProfile();
        encoder.setText(p == null || p.getEncoder() == null ? "all-minilm-l6-v2" : p.getEncoder());
        String d = p == null || p.getDevice() == null ? "auto" : p.getDevice().toLowerCase(Locale.ROOT);
        device.select(Math.max(0, List.of(DEVICES).indexOf(d)));
        batch.setSelection(corpus == null ? 64 : Scoring.settings(corpus).batch());
        DensityWeights w = corpus == null ? DensityWeights.DEFAULT : Scoring.weights(corpus);
        float[] v = {w.knowledge(), w.information(), w.redundancy(), w.boilerplate()};
        for (int i = 0; i < v.length; i++) weights[i].setText(String.format(Locale.ROOT, "%.2f", v[i]));
        retrain.setSelection(Preferences.retrainEvery());
        candidates.select(Preferences.candidates() - 2);
        mapSample.setSelection(Preferences.mapSample());
        language.select(Preferences.language().isEmpty() ? 0 : 1 + Preferences.LANGUAGES.indexOf(Preferences.language()));
    }

    /** For tests: chooses the language of the next start ("" for the system's). */
    public void setLanguage(String code) {
        language.select(code.isEmpty() ? 0 : 1 + Preferences.LANGUAGES.indexOf(code));
    }

    /** Fills the page as the expert would (for tests): device, batch size, the four weights, choices per head. */
    public void setValues(String deviceName, int batchSize, float[] signalWeights, int retrainEvery) {
        device.select(List.of(DEVICES).indexOf(deviceName));
        batch.setSelection(batchSize);
        for (int i = 0; i < weights.length; i++) weights[i].setText(Float.toString(signalWeights[i]));
        retrain.setSelection(retrainEvery);
    }

    @Override
    public void performDefaults() { // public: the tests press Restore Defaults
        device.select(0);
        batch.setSelection(64);
        DensityWeights w = DensityWeights.DEFAULT;
        float[] v = {w.knowledge(), w.information(), w.redundancy(), w.boilerplate()};
        for (int i = 0; i < v.length; i++) weights[i].setText(String.format(Locale.ROOT, "%.2f", v[i]));
        retrain.setSelection(Preferences.DEFAULT_RETRAIN_EVERY);
        candidates.select(Preferences.DEFAULT_CANDIDATES - 2);
        mapSample.setSelection(Preferences.DEFAULT_MAP_SAMPLE);
        language.select(0);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            applyToCorpus();
        } catch (IllegalArgumentException e) {
            setErrorMessage(org.strata.engine.Phrases.say(e.getMessage()));
            return false;
        }
        var node = Preferences.node();
        node.putInt(Preferences.RETRAIN_EVERY, retrain.getSelection());
        node.putInt(Preferences.CANDIDATES, candidates.getSelectionIndex() + 2);
        node.putInt(Preferences.MAP_SAMPLE, mapSample.getSelection());
        int lang = language.getSelectionIndex();
        if (lang <= 0) node.remove(Preferences.LANGUAGE);
        else node.put(Preferences.LANGUAGE, Preferences.LANGUAGES.get(lang - 1));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            setErrorMessage(Texts.format(Messages.Prefs_cannotStore, org.strata.engine.Phrases.say(e.getMessage())));
            return false;
        }
        return true;
    }

    /** The corpus's settings as one undoable edit (nothing when nothing changed). */
    private void applyToCorpus() {
        ModelEditing editing = CorpusSession.get().editing();
        if (editing == null) return;
        Map<String, Float> named = new HashMap<>();
        for (int i = 0; i < SIGNALS.length; i++) {
            try {
                named.put(SIGNALS[i], (float) Texts.fraction(weights[i].getText()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the weight of " + SIGNALS[i] + " is not a number: '" + weights[i].getText().strip() + "'");
            }
        }
        DensityWeights.of(named); // refuses weights out of range, with the reason
        EditingDomain d = editing.domain();
        var corpus = editing.corpus().corpus();
        ScoringProfile p = corpus.getScoringProfile();
        CompoundCommand all = new CompoundCommand("Change Scoring Settings");
        if (p == null) {
            p = CorpusFactory.eINSTANCE.createScoringProfile();
            all.append(SetCommand.create(d, corpus, P.getCorpus_ScoringProfile(), p));
        }
        String enc = encoder.getText().strip();
        String refused = Encoders.refusal(editing.corpus().dir(), enc); // a folder whose tokenizer.json Strata cannot read
        if (refused != null) throw new IllegalArgumentException(refused);
        addIfChanged(all, d, p, P.getScoringProfile_Encoder(), enc.isEmpty() ? null : enc);
        addIfChanged(all, d, p, P.getScoringProfile_Device(), DEVICES[device.getSelectionIndex()]);
        if (!p.eIsSet(P.getScoringProfile_BatchSize()) || p.getBatchSize() != batch.getSelection()) {
            all.append(SetCommand.create(d, p, P.getScoringProfile_BatchSize(), batch.getSelection()));
        }
        List<SignalWeight> kept = new ArrayList<>();
        boolean weightsChanged = false;
        for (String s : SIGNALS) {
            SignalWeight w = CorpusFactory.eINSTANCE.createSignalWeight();
            w.setSignal(s);
            w.setWeight(named.get(s));
            kept.add(w);
            SignalWeight old = p.getWeights().stream().filter(x -> s.equals(x.getSignal())).findFirst().orElse(null);
            float before = old == null ? defaultWeight(s) : (float) old.getWeight();
            if (Math.abs(before - named.get(s)) > 1e-6) weightsChanged = true;
        }
        if (weightsChanged) all.append(SetCommand.create(d, p, P.getScoringProfile_Weights(), kept));
        if (!all.isEmpty()) editing.run(all);
    }

    private static float defaultWeight(String s) {
        DensityWeights w = DensityWeights.DEFAULT;
        return switch (s) {
            case "knowledge" -> w.knowledge();
            case "information" -> w.information();
            case "redundancy" -> w.redundancy();
            default -> w.boilerplate();
        };
    }

    private static void addIfChanged(CompoundCommand all, EditingDomain d, ScoringProfile p, org.eclipse.emf.ecore.EStructuralFeature f, Object v) {
        Object now = p.eGet(f);
        if (now == null ? v != null : !now.equals(v)) all.append(SetCommand.create(d, p, f, v));
    }

    private static Group group(Composite parent, String title) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(2, false));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static Text text(Composite parent, String label, String tip) {
        label(parent, label);
        Text t = new Text(parent, SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        t.setToolTipText(tip);
        return t;
    }

    private static Spinner spinner(Composite parent, int min, int max, String tip) {
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setMinimum(min);
        s.setMaximum(max);
        s.setToolTipText(tip);
        return s;
    }
}
