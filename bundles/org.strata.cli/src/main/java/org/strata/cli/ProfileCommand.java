package org.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;

import org.strata.engine.CorpusFolder;
import org.strata.engine.Encoders;
import org.strata.engine.Heads;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.ScoringProfile;
import org.strata.model.corpus.SignalWeight;

import org.strata.options.CorpusDir;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.strata.score.DensityWeights;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Shows the corpus's scoring profile, or changes it: the weights of the four parts of density, and an "
                + "end-to-end ONNX text classifier that joins (the mean) or replaces the knowledge head, with its input and "
                + "output names mapped. Run strata score DIR --rescore afterwards."})
final class ProfileCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin
    CorpusDir corpus;

    @Option(names = "--weight", paramLabel = "PART=W", description = "knowledge, information (weights of the mean), redundancy, boilerplate (share lost at 1)")
    Map<String, Float> weights;

    @Option(names = "--encoder", paramLabel = "FOLDER", description = "a folder (relative to DIR or absolute) with one BERT-style .onnx "
            + "encoder and its tokenizer.json, or all-minilm-l6-v2 (the shipped one); then strata score DIR --reembed")
    String encoder;

    @Option(names = "--classifier", paramLabel = "FILE.onnx", description = "the classifier (relative to DIR or absolute); '' removes it")
    String classifier;

    @Option(names = "--classifier-tokenizer", paramLabel = "tokenizer.json", description = "its tokenizer.json, of any Hugging Face type (default: the encoder's)")
    String tokenizer;

    @Option(names = "--classifier-inputs", paramLabel = "IDS,MASK", split = ",", description = "its token-id and attention-mask inputs")
    String[] inputs;

    @Option(names = "--classifier-output", paramLabel = "NAME", description = "the output to read (default: its only one)")
    String output;

    @Option(names = "--classifier-index", paramLabel = "N", description = "which value of the output row is the score")
    Integer index;

    @Option(names = "--classifier-range", paramLabel = "MIN..MAX", description = "the output values that map to 0 and 1, e.g. 0..5")
    String range;

    @Option(names = "--classifier-mode", paramLabel = "join|replace", description = "join: mean with the head; replace: the classifier alone")
    String mode;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusFolder c = corpus.open()) {
            ScoringProfile p = c.corpus().getScoringProfile();
            if (p == null) {
                p = CorpusFactory.eINSTANCE.createScoringProfile();
                c.corpus().setScoringProfile(p);
            }
            boolean changed = false;
            if (weights != null) {
                DensityWeights.of(weights); // refuses unknown parts and values out of range
                for (Map.Entry<String, Float> e : weights.entrySet()) {
                    SignalWeight w = p.getWeights().stream().filter(x -> x.getSignal().equals(e.getKey())).findFirst().orElse(null);
                    if (w == null) {
                        w = CorpusFactory.eINSTANCE.createSignalWeight();
                        w.setSignal(e.getKey());
                        p.getWeights().add(w);
                    }
                    w.setWeight(e.getValue());
                }
                changed = true;
            }
            if (encoder != null) {
                boolean shipped = encoder.isBlank() || encoder.equals(Encoders.SHIPPED);
                if (!shipped && !Files.isDirectory(c.dir().resolve(encoder))) {
                    throw new IllegalArgumentException(c.dir().resolve(encoder) + ": not a folder with a model and its tokenizer.json");
                }
                String refused = Encoders.refusal(c.dir(), shipped ? Encoders.SHIPPED : encoder); // now, not at the next ingestion
                if (refused != null) throw new IllegalArgumentException(refused);
                p.setEncoder(shipped ? Encoders.SHIPPED : encoder);
                changed = true;
            }
            if (classifier != null) {
                if (!classifier.isBlank() && !Files.isRegularFile(c.dir().resolve(classifier))) {
                    throw new IllegalArgumentException(c.dir().resolve(classifier) + ": no such file");
                }
                p.setClassifier(classifier.isBlank() ? null : classifier);
                changed = true;
            }
            if (tokenizer != null) { p.setClassifierTokenizer(tokenizer.isBlank() ? null : tokenizer); changed = true; }
            if (inputs != null) {
                if (inputs.length != 2) throw new IllegalArgumentException("--classifier-inputs takes two names: IDS,MASK");
                p.setClassifierInputIds(inputs[0]);
                p.setClassifierAttentionMask(inputs[1]);
                changed = true;
            }
            if (output != null) { p.setClassifierOutput(output.isBlank() ? null : output); changed = true; }
            if (index != null) { p.setClassifierIndex(index); changed = true; }
            if (range != null) {
                String[] r = range.split("\\.\\.");
                if (r.length != 2) throw new IllegalArgumentException("--classifier-range is MIN..MAX, not " + range);
                double min = Double.parseDouble(r[0]), max = Double.parseDouble(r[1]);
                if (!(max > min)) throw new IllegalArgumentException("--classifier-range: MAX must exceed MIN");
                p.setClassifierMin(min);
                p.setClassifierMax(max);
                changed = true;
            }
            if (mode != null) {
                if (!mode.equals("join") && !mode.equals("replace")) throw new IllegalArgumentException("--classifier-mode is join or replace");
                p.setClassifierMode(mode);
                changed = true;
            }
            if (changed) c.save();
            DensityWeights w = org.strata.engine.Scoring.weights(c);
            out.println(Say.that("profile.weights", w.knowledge(), w.information(), w.redundancy(), w.boilerplate()));
            out.println(Say.that("profile.encoder", p.getEncoder() == null ? Encoders.SHIPPED : p.getEncoder(), Encoders.describeTokenizer(c)));
            int head = new Heads(c).current();
            out.println(head == 0 ? Say.that("profile.prior") : Say.that("profile.head", String.valueOf(head)));
            if (p.getClassifier() == null || p.getClassifier().isBlank()) out.println(Say.that("profile.noClassifier"));
            else out.println(Say.that("profile.classifier", p.getClassifier(), p.getClassifierMode(), p.getClassifierInputIds(),
                    p.getClassifierAttentionMask(), p.getClassifierOutput() == null ? Say.that("profile.onlyOutput") : p.getClassifierOutput(),
                    String.valueOf(p.getClassifierIndex()), p.getClassifierMin(), p.getClassifierMax(),
                    p.getClassifierTokenizer() == null ? Say.that("profile.encoderTokenizer") : p.getClassifierTokenizer()));
            if (changed) out.println(Say.that("profile.saved", corpus.dir(), encoder != null ? "--reembed" : "--rescore"));
            if (encoder != null) out.println("  " + Say.that("profile.reembed"));
        }
        return 0;
    }
}
