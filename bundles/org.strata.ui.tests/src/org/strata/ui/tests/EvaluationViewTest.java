package org.strata.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.ui.tests.Ui.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.engine.ExportRequest;
import org.strata.engine.PackEval;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.VerificationItem;
import org.strata.model.corpus.VerificationKind;
import org.strata.ui.views.EvaluationView;

/**
 * The Evaluation view on a real pack: a model's answers and a baseline's scored against the pack's eval items, a bar
 * per stage for each, every item with the facts it hit and missed or why it has no score; and a report strata eval
 * wrote, opened as it is.
 */
class EvaluationViewTest {
    @TempDir Path tmp;

    @Test
    void answersAreChartedPerStageBesideTheBaselineAndEachItemSaysWhy() throws Exception {
        Path dir = CurationWorkbenchTest.scoredCorpus(tmp, "eval corpus");
        try (CorpusFolder c = CorpusFolder.open(dir)) {
            for (int layer = 0; layer < 2; layer++) {
                for (int i = 0; i < 10; i++) {
                    VerificationItem v = CorpusFactory.eINSTANCE.createVerificationItem();
                    v.setLayer(c.corpus().getLayers().get(layer));
                    v.setKind(VerificationKind.CHECK_QUESTION);
                    v.setPrompt("Question " + i + " of layer " + layer + ": what sets ground contact time?");
                    v.setExpectedAnswer("Leg stiffness sets ground contact time " + i + ". Fatigue lengthens it.");
                    c.corpus().getVerificationItems().add(v);
                }
            }
            c.save();
        }
        Path pack = tmp.resolve("pack");
        try (CorpusService s = CorpusService.open(dir)) {
            assertTrue(s.exportPack(ExportRequest.defaults(), pack, false, "test", org.strata.engine.Progress.NONE).ok());
        }
        List<PackEval.Item> items = PackEval.items(pack);
        assertTrue(items.size() >= 4, items.toString());
        StringBuilder model = new StringBuilder(), base = new StringBuilder();
        for (int k = 0; k < items.size() - 1; k++) {
            PackEval.Item i = items.get(k);
            model.append("{\"id\":\"").append(i.id()).append("\",\"answer\":\"").append(i.reference()).append("\"}\n");
            base.append("{\"id\":\"").append(i.id()).append("\",\"answer\":\"Leg stiffness matters.\"}\n");
        }
        Path answers = Files.writeString(tmp.resolve("answers.jsonl"), model.toString(), StandardCharsets.UTF_8);
        Path baseline = Files.writeString(tmp.resolve("baseline.jsonl"), base.toString(), StandardCharsets.UTF_8);

        Display display = Display.getCurrent();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        EvaluationView view = (EvaluationView) page.showView(EvaluationView.ID);
        view.setInputs(pack.toString(), answers.toString(), baseline.toString());
        var job = view.evaluate();
        waitFor(display, () -> job.getResult() != null && !view.bars().isEmpty());
        List<EvaluationView.Bar> bars = view.bars();
        assertEquals("1. concepts", bars.get(0).stage());
        assertEquals(1.0, bars.get(0).model(), 1e-9, "the model says what the references say");
        assertTrue(bars.get(0).baseline() < 0.6, "the baseline hits no more than the first half of a fact: " + bars);
        List<String[]> rows = view.rows();
        assertEquals(items.size(), rows.size());
        assertTrue(rows.get(0)[5].startsWith("+ Leg stiffness sets ground contact time"), rows.get(0)[5]);
        assertEquals("no answer", rows.get(rows.size() - 1)[5], "the item left unanswered says so");
        assertTrue(view.summaryText().startsWith("Mean score 1.00 against the baseline's "), view.summaryText());

        // a report strata eval --json wrote opens as it is
        var run = PackEval.fromFile(items, answers, "answers.jsonl");
        Path report = Files.writeString(tmp.resolve("report.json"), PackEval.json(pack, items, run, null), StandardCharsets.UTF_8);
        view.openReport(report);
        assertTrue(Double.isNaN(view.bars().get(0).baseline()), "no baseline in that report");
        assertTrue(view.summaryText().startsWith("Mean score 1.00 over "), view.summaryText());
        view.openReport(answers);
        assertTrue(view.summaryText().startsWith("Cannot evaluate: not a report of strata eval"), view.summaryText());
    }
}
