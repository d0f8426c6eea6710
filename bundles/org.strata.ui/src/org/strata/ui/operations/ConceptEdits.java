package org.strata.ui.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.strata.engine.CorpusFolder;
import org.strata.engine.CorpusService;
import org.strata.ui.session.CorpusChange;
import org.strata.model.Taxonomy;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusPackage;
import org.strata.ui.session.CorpusSession;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The commands of the concepts editor. Names are checked as the CLI checks them (unique, no concept broader than
 * itself); relations are typed as lists of names, and a name that is no concept is refused with a clear message.
 */
public final class ConceptEdits {
    private static final CorpusPackage P = CorpusPackage.eINSTANCE;

    private ConceptEdits() {}

    static List<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : text.split("[,;\n]")) if (!s.isBlank()) out.add(s.strip());
        return List.copyOf(out);
    }

    public static Command rename(EditingDomain d, Corpus corpus, Concept c, String name) {
        String v = name.strip();
        if (v.isEmpty()) throw new IllegalArgumentException(Messages.Check_conceptNeedsName);
        Concept other = Taxonomy.find(corpus, v);
        if (other != null && other != c) throw new IllegalArgumentException(Texts.format(Messages.Check_conceptTaken, v));
        if (v.equals(c.getName())) return UnexecutableCommand.INSTANCE;
        String from = c.getName();
        CorpusFolder folder = CorpusSession.get().current();
        CorpusService service = CorpusService.of(folder);
        return new ServiceCommand(Texts.format(Messages.Edit_renameConcept, from), () -> service.renameConcept(from, v), () -> service.renameConcept(v, from),
                CorpusChange.Passages.renamed(folder, CorpusChange.Aspect.CONCEPT, List.of(from, v)));
    }

    public static Command definition(EditingDomain d, Concept c, String text) {
        return ModelCommands.set(d, Texts.format(Messages.Edit_defineConcept, c.getName()), c, P.getConcept_Definition(), text.isBlank() ? null : text.strip());
    }

    public static Command aliases(EditingDomain d, Corpus corpus, Concept c, String text) {
        List<String> aliases = names(text);
        for (String a : aliases) {
            Concept other = Taxonomy.find(corpus, a);
            if (other != null && other != c) throw new IllegalArgumentException(Texts.format(Messages.Check_aliasTaken, a, other.getName()));
        }
        return ModelCommands.set(d, Texts.format(Messages.Edit_setAliases, c.getName()), c, P.getConcept_Aliases(), aliases);
    }

    /** Sets the broader concepts (the narrower side follows, as its opposite); refuses cycles. */
    public static Command broader(EditingDomain d, Corpus corpus, Concept c, String text) {
        List<Concept> wanted = resolve(corpus, c, text);
        for (Concept b : wanted) {
            if (Taxonomy.isBroader(c, b)) throw new IllegalArgumentException(Texts.format(Messages.Check_narrowerCycle, b.getName(), c.getName()));
        }
        return ModelCommands.set(d, Texts.format(Messages.Edit_setBroader, c.getName()), c, P.getConcept_Broader(), wanted);
    }

    /** Sets the narrower concepts: each one named gets {@code c} among its broader ones. */
    public static Command narrower(EditingDomain d, Corpus corpus, Concept c, String text) {
        List<Concept> wanted = resolve(corpus, c, text);
        for (Concept n : wanted) {
            if (Taxonomy.isBroader(n, c)) throw new IllegalArgumentException(Texts.format(Messages.Check_broaderCycle, n.getName(), c.getName()));
        }
        return ModelCommands.set(d, Texts.format(Messages.Edit_setNarrower, c.getName()), c, P.getConcept_Narrower(), wanted);
    }

    /** Sets the related concepts, both ways: related is a symmetric link. */
    public static Command related(EditingDomain d, Corpus corpus, Concept c, String text) {
        List<Concept> wanted = resolve(corpus, c, text);
        if (List.copyOf(c.getRelated()).equals(wanted)) return UnexecutableCommand.INSTANCE;
        CompoundCommand cc = new CompoundCommand(Texts.format(Messages.Edit_setRelated, c.getName()));
        cc.append(SetCommand.create(d, c, P.getConcept_Related(), wanted));
        for (Concept o : new ArrayList<>(c.getRelated())) {
            if (!wanted.contains(o) && o.getRelated().contains(c)) cc.append(RemoveCommand.create(d, o, P.getConcept_Related(), c));
        }
        for (Concept o : wanted) {
            if (!o.getRelated().contains(c)) cc.append(AddCommand.create(d, o, P.getConcept_Related(), c));
        }
        return cc;
    }

    private static List<Concept> resolve(Corpus corpus, Concept self, String text) {
        List<Concept> out = new ArrayList<>();
        for (String n : names(text)) {
            Concept k = Taxonomy.find(corpus, n);
            if (k == null) throw new IllegalArgumentException(Texts.format(Messages.Check_noConcept, n));
            if (k == self) throw new IllegalArgumentException(Messages.Check_linkedToItself);
            if (!out.contains(k)) out.add(k);
        }
        return out;
    }

    public static String joined(List<Concept> cs) {
        return String.join(", ", cs.stream().map(Concept::getName).toList());
    }
}
