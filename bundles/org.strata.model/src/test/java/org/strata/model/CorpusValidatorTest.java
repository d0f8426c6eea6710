package org.strata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Judgment;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.Verdict;
import org.strata.model.corpus.VerificationItem;

class CorpusValidatorTest {
    private static String messages(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic c : d.getChildren()) sb.append(c.getMessage()).append('\n');
        return sb.toString();
    }

    @Test
    void aNewCorpusIsValid() {
        Diagnostic d = CorpusValidator.validate(Curriculum.newCorpus("x"), id -> true);
        assertEquals(Diagnostic.OK, d.getSeverity(), messages(d));
    }

    @Test
    void judgmentsMustChooseAmongTheirCandidatesAndNameStoredPassages() {
        Corpus c = Curriculum.newCorpus("x");
        Judgment j = CorpusFactory.eINSTANCE.createJudgment();
        j.getCandidates().addAll(List.of("a", "b"));
        j.setChosen("c");
        c.getJudgments().add(j);
        Judgment v = CorpusFactory.eINSTANCE.createJudgment();
        v.setVerdict(Verdict.ACCEPT);
        v.getCandidates().addAll(List.of("a", "b"));
        c.getJudgments().add(v);
        String m = messages(CorpusValidator.validate(c, Set.of("a")::contains));
        assertTrue(m.contains("the chosen passage c is not one of the candidates [a, b]"), m);
        assertTrue(m.contains("an accept verdict names exactly one passage, this one names 2"), m);
        assertTrue(m.contains("names passage b, which is not in the store"), m);
    }

    @Test
    void layerOrdersAreUniqueAndInSequence() {
        Corpus c = Curriculum.newCorpus("x");
        c.getLayers().get(2).setOrder(1);
        String m = messages(CorpusValidator.validate(c, null));
        assertTrue(m.contains("layer 'strategies' has order 1, which another layer has too"), m);
        Curriculum.renumber(c);
        Curriculum.moveLayer(c, "paradoxes", 1);
        assertEquals(List.of("paradoxes", "concepts", "logic", "strategies"), c.getLayers().stream().map(Layer::getName).toList());
        assertEquals(Diagnostic.OK, CorpusValidator.validate(c, null).getSeverity());
        assertThrows(IllegalArgumentException.class, () -> Curriculum.addLayer(c, "logic", "", 0));
        Curriculum.addLayer(c, "case studies", "worked cases", 3);
        assertEquals(3, Curriculum.layer(c, "case studies").getOrder());
    }

    @Test
    void theTaxonomyRefusesCyclesAndTheValidatorFindsThem() {
        Corpus c = Curriculum.newCorpus("x");
        Taxonomy.add(c, "stiffness", "resistance to compression");
        Taxonomy.add(c, "leg stiffness", "stiffness of the leg spring");
        Taxonomy.link(c, "leg stiffness", Taxonomy.Relation.BROADER, "stiffness");
        assertEquals("stiffness", Taxonomy.find(c, "leg stiffness").getBroader().get(0).getName());
        assertEquals("leg stiffness", Taxonomy.find(c, "stiffness").getNarrower().get(0).getName());
        assertThrows(IllegalArgumentException.class, () -> Taxonomy.link(c, "stiffness", Taxonomy.Relation.BROADER, "leg stiffness"));
        Taxonomy.find(c, "stiffness").getBroader().add(Taxonomy.find(c, "leg stiffness")); // behind the API's back
        assertTrue(messages(CorpusValidator.validate(c, null)).contains("broader than itself"));
    }

    @Test
    void verificationItemsNeedALayerAndAPrompt() {
        Corpus c = Curriculum.newCorpus("x");
        VerificationItem v = CorpusFactory.eINSTANCE.createVerificationItem();
        c.getVerificationItems().add(v);
        String m = messages(CorpusValidator.validate(c, null));
        assertTrue(m.contains("belongs to no layer") && m.contains("has no prompt"), m);
    }
}
