package org.strata.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.strata.engine.CorpusFolder;
import org.strata.engine.Heads;
import org.strata.model.corpus.Layer;
import org.strata.score.Components;
import org.strata.store.Passage;
import org.strata.ui.operations.ChoiceEdit;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.operations.LearnFromChoices;
import org.strata.ui.preferences.Preferences;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The expert's act of choice: two or three strong candidates side by side, picked by active learning (where the
 * head is least sure), keys 1/2/3 to choose the one that teaches the most, N when none is good enough, S to skip,
 * and a rationale; Edit > Undo takes a choice back. Every few choices the head is retrained in the background and its cross-validated accuracy
 * shown, so that the expert sees the scorer learn; the next set appears as soon as a choice is recorded.
 */
public final class ChooseView extends CorpusView {
    public static final String ID = "org.strata.ui.choose";
    /** The head is retrained after this many choices. */
    /** The default of how many choices train a new head (Window > Preferences > Strata changes it). */
    public static final int RETRAIN_EVERY = Preferences.DEFAULT_RETRAIN_EVERY;
    private static final String ANY_LAYER = Messages.Choose_anyLayer;

    private Display display;
    private Label learningLabel;
    private Label progressLabel;
    private Label status;
    private Combo countCombo;
    private Combo layerCombo;
    private final List<Card> cards = new ArrayList<>();
    private Composite cardsArea;
    private Text rationale;
    private Button none;
    private Button skip;

    private CorpusFolder corpus;
    private List<Passage> shown = List.of();
    private final Set<String> skipped = new HashSet<>();
    private final List<String> accuracies = new ArrayList<>();
    private boolean busy;
    private long generation;
    private long askedAt;
    private long lastPickMillis = -1;
    private int sinceTraining;
    private LearnFromChoices learning;

    private final Listener keys = this::key;

    /** One candidate: what it is, its text, and the button that chooses it. */
    private record Card(Composite box, Label title, Label meta, Text text, Button choose) {}

    @Override
    protected Control create(Composite parent) {
        display = parent.getDisplay();
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));

        Composite top = new Composite(root, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout tl = new GridLayout(5, false);
        tl.marginWidth = 0;
        top.setLayout(tl);
        Label question = new Label(top, SWT.NONE);
        question.setText(Messages.Choose_question);
        question.setFont(JFaceResources.getBannerFont());
        new Label(top, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(top, SWT.NONE).setText(Messages.Choose_candidates);
        countCombo = new Combo(top, SWT.READ_ONLY);
        countCombo.setItems("2", "3");
        countCombo.select(Preferences.candidates() - 2);
        countCombo.addListener(SWT.Selection, e -> {
            layoutCards();
            pickNext();
        });
        layerCombo = new Combo(top, SWT.READ_ONLY);
        layerCombo.setItems(ANY_LAYER);
        layerCombo.select(0);
        layerCombo.addListener(SWT.Selection, e -> pickNext());
        learningLabel = new Label(root, SWT.NONE);
        learningLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progressLabel = new Label(root, SWT.WRAP);
        GridData pg = new GridData(SWT.FILL, SWT.CENTER, true, false);
        pg.widthHint = 400;
        progressLabel.setLayoutData(pg);
        progressLabel.setToolTipText(Messages.Choose_progressTip);

        cardsArea = new Composite(root, SWT.NONE);
        cardsArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < 3; i++) cards.add(card(cardsArea, i));
        layoutCards();

        Composite bottom = new Composite(root, SWT.NONE);
        bottom.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout bl = new GridLayout(4, false);
        bl.marginWidth = 0;
        bottom.setLayout(bl);
        new Label(bottom, SWT.NONE).setText(Messages.Choose_rationale);
        rationale = new Text(bottom, SWT.BORDER | SWT.SINGLE);
        GridData rd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        rd.widthHint = 120; // it takes the room left: its long hint must not push the buttons out of the view
        rationale.setLayoutData(rd);
        rationale.setMessage(Messages.Choose_rationaleHint);
        none = new Button(bottom, SWT.PUSH);
        none.setText(Messages.Choose_none);
        none.addListener(SWT.Selection, e -> record(null));
        skip = new Button(bottom, SWT.PUSH);
        skip.setText(Messages.Choose_skip);
        skip.addListener(SWT.Selection, e -> skip());
        status = new Label(root, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        display.addFilter(SWT.KeyDown, keys);
        UndoKeys.install(getViewSite());
        return root;
    }

    /** Candidates come from the passages: a model edit leaves them; a corpus opened starts over. */
    @Override
    protected void changed(CorpusChange change) {
        if (!(change instanceof CorpusChange.Model)) corpusChanged(change.corpus());
    }

    private Card card(Composite parent, int index) {
        Composite box = new Composite(parent, SWT.BORDER);
        box.setLayout(new GridLayout(2, false));
        Label title = new Label(box, SWT.NONE);
        title.setText(Integer.toString(index + 1));
        title.setFont(JFaceResources.getHeaderFont());
        Label meta = new Label(box, SWT.WRAP);
        meta.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        meta.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
        Text text = new Text(box, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData td = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        td.widthHint = 200;
        td.heightHint = 120;
        text.setLayoutData(td);
        text.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        Button choose = new Button(box, SWT.PUSH);
        choose.setText(Texts.format(Messages.Choose_thisOne, String.valueOf(index + 1)));
        choose.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        choose.addListener(SWT.Selection, e -> choose(index));
        return new Card(box, title, meta, text, choose);
    }

    /** Two or three columns of equal width. */
    private void layoutCards() {
        int n = count();
        GridLayout gl = new GridLayout(n, true);
        gl.marginWidth = 0;
        cardsArea.setLayout(gl);
        for (int i = 0; i < cards.size(); i++) {
            Composite box = cards.get(i).box();
            GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
            gd.exclude = i >= n;
            box.setLayoutData(gd);
            box.setVisible(i < n);
        }
        cardsArea.layout(true, true);
    }

    private int count() {
        return countCombo.getSelectionIndex() == 0 ? 2 : 3;
    }

    private String layer() {
        int i = layerCombo.getSelectionIndex();
        return i <= 0 ? null : layerCombo.getItem(i);
    }

    private void corpusChanged(CorpusFolder c) {
        if (learningLabel.isDisposed()) return;
        if (c == corpus) {
            // the same corpus changed (a re-score): the candidates on screen stay; the counts may have moved
            if (!busy && shown.isEmpty() && c != null) pickNext();
            return;
        }
        corpus = c;
        skipped.clear();
        accuracies.clear();
        sinceTraining = 0;
        List<String> layers = new ArrayList<>(List.of(ANY_LAYER));
        if (c != null) for (Layer l : c.corpus().getLayers()) layers.add(l.getName());
        layerCombo.setItems(layers.toArray(String[]::new));
        layerCombo.select(0);
        learningLabel.setText(c == null ? "" : headLine(c));
        learningLabel.getParent().layout();
        measureProgress();
        if (c == null) {
            show(List.of(), Messages.Choose_noCorpus);
        } else {
            pickNext();
        }
    }

    /** What scores knowledge now, with the number of judgments. */
    private static String headLine(CorpusFolder c) {
        int judgments = c.corpus().getJudgments().size();
        Heads heads = new Heads(c);
        int v = heads.current();
        if (v != 0) {
            try {
                return learned(heads.info(v), judgments);
            } catch (IOException e) {
                return Texts.format(Messages.Choose_headProblem, String.valueOf(v), org.strata.engine.Phrases.say(e.getMessage()));
            }
        }
        return Texts.format(Messages.Choose_prior, judgments, String.valueOf(Preferences.retrainEvery()));
    }

    private static String learned(Heads.Info info, int judgments) {
        String acc = Double.isNaN(info.accuracy()) ? Messages.Choose_notValidated
                : Texts.format(Messages.Choose_accuracy, String.format(Locale.getDefault(), "%.1f%%", 100 * info.accuracy()),
                        String.format(Locale.getDefault(), "%.1f%%", 100 * info.priorAccuracy()));
        return Texts.format(Messages.Choose_learned, judgments, String.valueOf(info.version()), acc);
    }

    /** Asks for the next set in the background; the cards wait meanwhile. */
    private void pickNext() {
        CorpusFolder c = corpus;
        if (c == null) return;
        int n = count();
        String l = layer();
        Set<String> exclude = Set.copyOf(skipped);
        long ticket = ++generation;
        busy = true;
        askedAt = System.nanoTime();
        setEnabled(false);
        status.setText(Messages.Choose_finding);
        Job.createSystem(Messages.Choose_job, monitor -> {
            List<Passage> next;
            String why = null;
            try {
                next = service(c).nextCandidates(n, l, null, exclude).orThrowIO();
                if (next.isEmpty()) why = service(c).count(org.strata.store.PassageFilter.NONE.withScored(true)).orThrowIO() == 0
                        ? Messages.Choose_nothingScored
                        : l == null ? Messages.Choose_noMore : Texts.format(Messages.Choose_noMoreInLayer, l);
            } catch (IOException | RuntimeException e) {
                next = List.of();
                why = Texts.format(Messages.Choose_cannotPick, org.strata.engine.Phrases.say(e.getMessage()));
            }
            List<Passage> got = next;
            String message = why;
            if (!display.isDisposed()) display.asyncExec(() -> {
                if (ticket != generation || learningLabel.isDisposed()) return;
                busy = false;
                lastPickMillis = (System.nanoTime() - askedAt) / 1_000_000;
                show(got, message);
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(List<Passage> next, String message) {
        shown = next;
        for (int i = 0; i < cards.size(); i++) {
            Card k = cards.get(i);
            Passage p = i < next.size() ? next.get(i) : null;
            k.meta().setText(p == null ? "" : meta(p));
            k.text().setText(p == null ? "" : p.text());
        }
        cardsArea.layout(true, true);
        setEnabled(!next.isEmpty());
        status.setText(message != null ? message
                : Texts.format(Messages.Choose_keys, String.valueOf(next.size()), String.valueOf(lastPickMillis)));
    }

    private static String meta(Passage p) {
        float[] c = p.components();
        return Texts.format(Messages.Choose_meta, ExplorerContent.displayName(p.source()), p.layer().isEmpty() ? Messages.Choose_noLayer : p.layer(),
                String.format(Locale.getDefault(), "%.3f", p.density()), String.format(Locale.getDefault(), "%.2f", c[Components.KNOWLEDGE]),
                String.format(Locale.getDefault(), "%.2f", c[Components.INFORMATION]), p.tokens());
    }

    private void setEnabled(boolean on) {
        for (Card k : cards) k.choose().setEnabled(on);
        none.setEnabled(on);
        skip.setEnabled(on);
    }

    private void key(Event e) {
        if (learningLabel.isDisposed() || busy || shown.isEmpty() || (e.stateMask & SWT.MODIFIER_MASK) != 0) return;
        if (getSite().getPage().getActivePart() != this) return;
        Control focus = display.getFocusControl();
        if (focus == rationale || focus instanceof Combo) return;
        char k = Character.toLowerCase(e.character);
        if (k >= '1' && k < '1' + shown.size()) choose(k - '1');
        else if (k == 'n') record(null);
        else if (k == 's') skip();
        else return;
        e.doit = false;
    }

    /** Chooses candidate {@code index} (0-based) as the best of those shown. */
    public void choose(int index) {
        if (!busy && index >= 0 && index < shown.size()) record(shown.get(index).id());
    }

    /** Records that none of the candidates shown is good enough. */
    public void noneIsGood() {
        if (!busy && !shown.isEmpty()) record(null);
    }

    /** Puts the candidates shown aside for this session and offers others. */
    public void skip() {
        if (busy || shown.isEmpty()) return;
        shown.forEach(p -> skipped.add(p.id()));
        pickNext();
    }

    private void record(String chosen) {
        List<Passage> set = List.copyOf(shown);
        List<String> ids = set.stream().map(Passage::id).toList();
        try {
            // through the workbench's history: Edit > Undo takes the choice back and offers the same set again
            PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
                    .execute(new ChoiceEdit(corpus, ids, chosen, rationale.getText(), () -> offerAgain(set), this::pickNext), null, null);
        } catch (org.eclipse.core.commands.ExecutionException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Choose_cannotRecord, org.strata.engine.Phrases.say(e.getMessage()));
            return;
        }
        rationale.setText("");
        sinceTraining++;
        if (sinceTraining >= Preferences.retrainEvery()) learn();
        else learningLabel.setText(headLine(corpus) + (learning != null ? Messages.Choose_learning : ""));
        learningLabel.getParent().layout();
        pickNext();
    }

    /** Shows a set of candidates again (after an undone choice). */
    private void offerAgain(List<Passage> set) {
        if (learningLabel.isDisposed()) return;
        ++generation;
        busy = false;
        show(set, null);
        learningLabel.setText(headLine(corpus));
    }

    /** Retrains the head in the background; a retraining asked for while one runs waits for the next choice. */
    private void learn() {
        if (learning != null) return;
        sinceTraining = 0;
        CorpusFolder c = corpus;
        learningLabel.setText(headLine(c) + Texts.format(Messages.Choose_learningFrom, c.corpus().getJudgments().size()));
        learning = new LearnFromChoices(c, info -> display.asyncExec(() -> learned(c, info)),
                why -> display.asyncExec(() -> {
                    learning = null;
                    if (!learningLabel.isDisposed()) learningLabel.setText(Texts.format(Messages.Choose_couldNotLearn, why));
                }));
        learning.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                display.asyncExec(() -> learning = null);
            }
        });
        learning.schedule();
    }

    private void learned(CorpusFolder c, Heads.Info info) {
        if (learningLabel.isDisposed() || c != corpus) return;
        if (!Double.isNaN(info.accuracy())) accuracies.add(String.format(Locale.getDefault(), "%.0f%%", 100 * info.accuracy()));
        String trend = accuracies.size() < 2 ? "" : "  ·  " + String.join(" → ", accuracies.subList(Math.max(0, accuracies.size() - 5),
                accuracies.size()));
        learningLabel.setText(learned(info, c.corpus().getJudgments().size()) + trend);
        measureProgress();
        learningLabel.setToolTipText(Texts.format(Messages.Choose_trainedTip, String.valueOf(info.version()), String.valueOf(info.judgments()),
                String.valueOf(info.rows()), String.valueOf(info.trainMillis()), info.encoder(), String.valueOf(info.folds())));
        learningLabel.getParent().layout();
    }

    /**
     * Measures where the choosing stands in the background (whether more choices still move the head, and where they
     * would teach most) and shows it below the head's line; answers the job, for tests (null without a corpus).
     */
    public org.eclipse.core.runtime.jobs.Job measureProgress() {
        CorpusFolder c = corpus;
        if (c == null) {
            progressLabel.setText("");
            return null;
        }
        // one of the corpus's jobs: closing the corpus or the workbench cancels it and waits for it (it reads the store)
        org.eclipse.core.runtime.jobs.Job job = new org.eclipse.core.runtime.jobs.Job(Messages.Choose_progressJob) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                if (monitor.isCanceled() || current() != c) return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                var r = service(c).choosingProgress();
                String line = r.ok() ? org.strata.engine.Phrases.say(r.message())
                        : current() != c ? "" : Texts.format(Messages.Choose_cannotMeasure + ": {0}", org.strata.engine.Phrases.say(r.message()));
                display.asyncExec(() -> {
                    if (progressLabel.isDisposed() || c != corpus) return;
                    progressLabel.setText(line);
                    progressLabel.getParent().layout();
                });
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == org.strata.ui.session.CorpusSession.JOBS;
            }
        };
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Where the choosing stands, as shown. */
    public String progressText() {
        return progressLabel.getText();
    }

    /** Types a rationale for the next choice (as the expert does in the field below the candidates). */
    public void setRationale(String text) {
        rationale.setText(text);
    }

    /** The candidates on screen (for tests and the status line). */
    public List<Passage> candidates() {
        return busy ? List.of() : List.copyOf(shown);
    }

    /** The line that says what scores knowledge, how well the head does, and how many judgments there are. */
    public String learningText() {
        return learningLabel.getText();
    }

    public String statusText() {
        return status.getText();
    }

    /** Whether a retraining is under way. */
    public boolean isLearning() {
        return learning != null;
    }

    /** Milliseconds from the last choice (or skip) to the next set on screen; -1 before the first. */
    public long lastPickMillis() {
        return lastPickMillis;
    }

    @Override
    public void setFocus() {
        cardsArea.setFocus();
    }

    @Override
    public void dispose() {
        display.removeFilter(SWT.KeyDown, keys);
        super.dispose();
    }
}
