package org.strata.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.strata.model.corpus.Concept;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.VerificationItem;
import org.strata.model.corpus.VerificationKind;
import org.strata.score.Components;
import org.strata.score.WordPieceTokenizer;
import org.strata.store.Passage;
import org.strata.store.PassageStatus;

/**
 * A corpus to export: 8 documents of 6 passages in a real Lucene store, spread over the 4 layers, with near
 * duplicates, a rejected passage, a German document, licences, a concept with its definition, 6 verification
 * items and the expert's choices.
 */
final class PackFixture {
    static final String[] DOCS = {"sprint.pdf", "tendon.html", "taper.docx", "lactate.epub", "plyo.txt", "vo2.md", "forum.html", "shop.html"};

    private PackFixture() {}

    static Path corpus(Path dir, WordPieceTokenizer tok) throws Exception {
        try (CorpusFolder c = CorpusFolder.create(dir, "sprint science")) {
            List<Passage> ps = new ArrayList<>();
            for (int d = 0; d < DOCS.length; d++) {
                String src = "/docs/" + DOCS[d];
                c.sourceOrNew(src).setLicense(d % 2 == 0 ? "CC-BY-4.0" : null);
                c.sourceOrNew(src).setTitle("Document " + d);
                for (int k = 0; k < 6; k++) {
                    String text = "Passage " + k + " of " + DOCS[d] + ": ground contact time and tendon stiffness set how an athlete "
                            + "returns elastic energy; measurement " + (d * 10 + k) + " shows it.";
                    float density = 0.2f + 0.1f * k + 0.01f * d;
                    float[] comp = new float[Components.COUNT];
                    comp[Components.KNOWLEDGE] = density;
                    String layer = c.layerNames().get((d + k) % 4);
                    Passage p = Passage.ingested(String.format("p%02d%02d", d, k), src, k, 0, text.length(), text, tok.count(text),
                            d == 3 ? "de" : "en").withScore(density, comp, null).withLayer(layer)
                            .withConcepts(k % 2 == 0 ? List.of("tendon") : List.of());
                    if (k == 5) p = p.withStatus(PassageStatus.DUPLICATE).withCluster(7);
                    if (k == 4 && d == 0) p = p.withStatus(PassageStatus.REJECTED);
                    ps.add(p);
                }
            }
            c.store().addAll(ps);
            c.store().commit();
            Concept tendon = CorpusFactory.eINSTANCE.createConcept();
            tendon.setName("tendon");
            tendon.setDefinition("A band of dense connective tissue that joins muscle to bone.");
            tendon.getAliases().add("sinew");
            c.corpus().getConcepts().add(tendon);
            Layer concepts = c.corpus().getLayers().get(0);
            for (int i = 0; i < 6; i++) {
                VerificationItem v = CorpusFactory.eINSTANCE.createVerificationItem();
                v.setLayer(concepts);
                v.setKind(VerificationKind.CHECK_QUESTION);
                v.setPrompt("Question " + i + ": what does tendon stiffness change in sprinting?");
                v.setExpectedAnswer("How much elastic energy returns at toe-off, answer " + i + ".");
                v.getPassages().add("p0000");
                c.corpus().getVerificationItems().add(v);
            }
            // (taper.docx falls in the 5% validation share by its hash: its passages never appear in preference pairs)
            // best of 3 in one stage, sharing the concept "tendon": two preference pairs
            Judgments.choice(c, List.of("p0100", "p0402", "p0602"), "p0402", "names the mechanism", "coach");
            // the only other candidate is a validation document: no pair, so that validation text never trains
            Judgments.choice(c, List.of("p0500", "p0204"), "p0500", null, "coach");
            // none was good enough: no pair
            Judgments.choice(c, List.of("p0101", "p0203"), null, null, "coach");
            c.save();
        }
        return dir;
    }
}
