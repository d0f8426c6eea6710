package org.strata.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.Judgment;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.Verdict;
import org.strata.model.corpus.VerificationItem;

/**
 * The constraints of a corpus model beyond its structure, reported as EMF diagnostics that name the object and
 * say what is wrong: layer names and orders unique and in sequence; a judgment's choice among its 2-3
 * candidates, a verdict on exactly one passage; concept names unique and no concept its own broader concept;
 * a verification item with a layer and a prompt; and, when the caller passes a {@link #PASSAGE_EXISTS}
 * predicate in the context, every passage id a judgment or item names exists in the store.
 */
public final class CorpusValidator extends EObjectValidator {
    public static final String SOURCE = "org.strata.model";
    /** Context key: a {@code Predicate<String>} that tells whether a passage id exists in the store. */
    public static final String PASSAGE_EXISTS = "strata.passageExists";

    private static final CorpusValidator INSTANCE = new CorpusValidator();

    private CorpusValidator() {}

    /** Registers the validator for the corpus package (idempotent) so that EMF's Diagnostician uses it. */
    public static synchronized void install() {
        EValidator.Registry.INSTANCE.put(CorpusPackage.eINSTANCE, INSTANCE);
    }

    /** Validates a whole corpus; {@code passageExists} may be null when no store is at hand. */
    public static Diagnostic validate(Corpus corpus, Predicate<String> passageExists) {
        install();
        Map<Object, Object> context = new HashMap<>();
        if (passageExists != null) context.put(PASSAGE_EXISTS, passageExists);
        return Diagnostician.INSTANCE.validate(corpus, context);
    }

    @Override
    protected CorpusPackage getEPackage() {
        return CorpusPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject o, DiagnosticChain d, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, o, d, context);
        if (o instanceof Corpus c) ok &= validateCorpus(c, d);
        if (o instanceof Judgment j) ok &= validateJudgment(j, d, passages(context));
        if (o instanceof VerificationItem v) ok &= validateItem(v, d, passages(context));
        if (o instanceof Concept c) ok &= validateConcept(c, d);
        return ok;
    }

    @SuppressWarnings("unchecked")
    private static Predicate<String> passages(Map<Object, Object> context) {
        return context == null ? null : (Predicate<String>) context.get(PASSAGE_EXISTS);
    }

    private boolean validateCorpus(Corpus c, DiagnosticChain d) {
        boolean ok = true;
        Set<String> names = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (int i = 0; i < c.getLayers().size(); i++) {
            Layer l = c.getLayers().get(i);
            if (l.getName() == null || l.getName().isBlank()) ok &= error(d, 1, "layer " + (i + 1) + " has no name", l);
            else if (!names.add(l.getName())) ok &= error(d, 2, "two layers are named '" + l.getName() + "'", l);
            if (!orders.add(l.getOrder())) ok &= error(d, 3, "layer '" + l.getName() + "' has order " + l.getOrder() + ", which another layer has too", l);
            else if (l.getOrder() != i + 1) ok &= error(d, 4, "layer '" + l.getName() + "' has order " + l.getOrder() + " but stands at position " + (i + 1), l);
        }
        Set<String> concepts = new HashSet<>();
        for (Concept k : c.getConcepts()) {
            if (k.getName() != null && !concepts.add(k.getName().toLowerCase(java.util.Locale.ROOT))) {
                ok &= error(d, 5, "two concepts are named '" + k.getName() + "'", k);
            }
        }
        return ok;
    }

    private boolean validateJudgment(Judgment j, DiagnosticChain d, Predicate<String> exists) {
        boolean ok = true;
        int n = j.getCandidates().size();
        if (j.getVerdict() == Verdict.CHOICE) {
            if (n < 2 || n > 3) ok &= error(d, 10, "a choice needs 2 or 3 candidate passages, this one has " + n, j);
            if (j.getChosen() != null && !j.getChosen().isEmpty() && !j.getCandidates().contains(j.getChosen())) {
                ok &= error(d, 11, "the chosen passage " + j.getChosen() + " is not one of the candidates " + j.getCandidates(), j);
            }
        } else {
            if (n != 1) ok &= error(d, 12, "an " + j.getVerdict().getLiteral() + " verdict names exactly one passage, this one names " + n, j);
            if (j.getChosen() != null && !j.getChosen().isEmpty()) ok &= error(d, 13, "a verdict has no chosen passage", j);
        }
        if (exists != null) {
            for (String id : j.getCandidates()) {
                if (!exists.test(id)) ok &= error(d, 14, "the judgment names passage " + id + ", which is not in the store", j);
            }
        }
        return ok;
    }

    private boolean validateItem(VerificationItem v, DiagnosticChain d, Predicate<String> exists) {
        boolean ok = true;
        if (v.getLayer() == null) ok &= error(d, 20, "the verification item '" + v.getPrompt() + "' belongs to no layer", v);
        if (v.getPrompt() == null || v.getPrompt().isBlank()) ok &= error(d, 21, "a verification item has no prompt", v);
        if (exists != null) {
            for (String id : v.getPassages()) {
                if (!exists.test(id)) ok &= error(d, 22, "the verification item links passage " + id + ", which is not in the store", v);
            }
        }
        return ok;
    }

    private boolean validateConcept(Concept c, DiagnosticChain d) {
        if (c.getName() == null || c.getName().isBlank()) return error(d, 30, "a concept has no name", c);
        Set<Concept> seen = new HashSet<>();
        java.util.ArrayDeque<Concept> remaining = new java.util.ArrayDeque<>(c.getBroader());
        while (!remaining.isEmpty()) {
            Concept b = remaining.pop();
            if (b == c) return error(d, 31, "concept '" + c.getName() + "' is broader than itself (a cycle in the taxonomy)", c);
            if (seen.add(b)) remaining.addAll(b.getBroader());
        }
        return true;
    }

    private static boolean error(DiagnosticChain d, int code, String message, EObject o) {
        if (d != null) d.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message, new Object[] {o}));
        return false;
    }
}
