package org.strata.engine;

import java.io.IOException;
import java.util.Date;
import java.util.List;

import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Judgment;
import org.strata.model.corpus.Verdict;

/** Records the expert's choices one at a time (the workbench's Choose view and the interactive strata judge). */
public final class Judgments {
    private Judgments() {}

    /**
     * Records a choice among candidates ({@code chosen} null: none was good enough), with an optional rationale,
     * and saves the corpus model at once: a choice is the precious signal, a crash must not lose it.
     */
    public static Judgment choice(CorpusFolder corpus, List<String> candidates, String chosen, String rationale, String author)
            throws IOException {
        if (candidates.size() < 2 || candidates.size() > 3) throw new IllegalArgumentException("a choice is between 2 or 3 passages");
        if (chosen != null && !candidates.contains(chosen)) throw new IllegalArgumentException(chosen + " is not one of the candidates");
        Judgment j = CorpusFactory.eINSTANCE.createJudgment();
        j.getCandidates().addAll(candidates);
        j.setChosen(chosen);
        j.setVerdict(Verdict.CHOICE);
        if (rationale != null && !rationale.isBlank()) j.setRationale(rationale.strip());
        j.setAuthor(author);
        j.setTime(new Date());
        corpus.corpus().getJudgments().add(j);
        corpus.save();
        return j;
    }

    /** Records an accept or reject verdict on one passage, with an optional rationale, and saves the corpus model at once. */
    public static Judgment verdict(CorpusFolder corpus, String passage, boolean accept, String rationale, String author) throws IOException {
        Judgment j = CorpusFactory.eINSTANCE.createJudgment();
        j.getCandidates().add(passage);
        j.setVerdict(accept ? Verdict.ACCEPT : Verdict.REJECT);
        if (rationale != null && !rationale.isBlank()) j.setRationale(rationale.strip());
        j.setAuthor(author);
        j.setTime(new Date());
        corpus.corpus().getJudgments().add(j);
        corpus.save();
        return j;
    }
}
