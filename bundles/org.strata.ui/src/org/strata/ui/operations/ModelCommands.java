package org.strata.ui.operations;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.strata.engine.CorpusService;
import org.strata.ui.session.CorpusChange;
import org.strata.engine.LayerChange;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.LayerKind;
import org.strata.ui.Messages;
import org.strata.ui.Texts;

/**
 * The EMF commands of the workbench's model edits, each with the label Edit > Undo shows. A command that would
 * change nothing (the same value again) is unexecutable, so no empty step enters the history.
 */
public final class ModelCommands {
    private ModelCommands() {}

    public static Command set(EditingDomain domain, String label, EObject owner, EStructuralFeature feature, Object value) {
        Object now = owner.eGet(feature);
        if (now == null ? value == null : now.equals(value)) return UnexecutableCommand.INSTANCE;
        if (feature.isMany() && now instanceof Collection<?> c && value instanceof Collection<?> v && List.copyOf(c).equals(List.copyOf(v))) {
            return UnexecutableCommand.INSTANCE;
        }
        Command c = SetCommand.create(domain, owner, feature, value);
        return labelled(label, c);
    }

    /** Adds a custom layer at the end of the curriculum. */
    public static Command addLayer(EditingDomain domain, Corpus corpus, String name, String description) {
        Layer l = CorpusFactory.eINSTANCE.createLayer();
        l.setName(name);
        l.setKind(LayerKind.CUSTOM);
        l.setDescription(description);
        l.setOrder(corpus.getLayers().size() + 1);
        return labelled(Texts.format(Messages.Edit_addLayer, name), AddCommand.create(domain, corpus, CorpusPackage.Literals.CORPUS__LAYERS, l));
    }

    /** Moves a layer to a 0-based position and renumbers every layer's order, as one step. */
    public static Command moveLayer(EditingDomain domain, Corpus corpus, Layer layer, int index) {
        if (index < 0 || index >= corpus.getLayers().size() || corpus.getLayers().indexOf(layer) == index) return UnexecutableCommand.INSTANCE;
        CompoundCommand c = new CompoundCommand(Texts.format(Messages.Edit_moveLayer, layer.getName())) {
            @Override
            public void execute() {
                super.execute();
                renumber(); // orders follow positions: set after the move, restored by undo through the recorded sets
            }

            private void renumber() {
                for (int i = 0; i < corpus.getLayers().size(); i++) {
                    Layer l = corpus.getLayers().get(i);
                    if (l.getOrder() != i + 1) appendAndExecute(SetCommand.create(domain, l, CorpusPackage.Literals.LAYER__ORDER, i + 1));
                }
            }
        };
        c.append(MoveCommand.create(domain, corpus, CorpusPackage.Literals.CORPUS__LAYERS, layer, index));
        return c;
    }

    /** Renames a layer in the model and in every passage of it, as one step committed at once (the service's). */
    public static Command renameLayer(org.strata.engine.CorpusFolder folder, Layer layer, String name) {
        String v = name.strip();
        if (v.isEmpty()) throw new IllegalArgumentException(Messages.Check_layerNeedsName);
        if (v.equals(layer.getName())) return UnexecutableCommand.INSTANCE;
        if (folder.layerNames().contains(v)) throw new IllegalArgumentException(Texts.format(Messages.Check_layerTaken, v));
        String from = layer.getName();
        CorpusService service = CorpusService.of(folder);
        return new ServiceCommand(Texts.format(Messages.Edit_renameLayer, from), () -> service.changeLayers(new LayerChange.Rename(from, v)),
                () -> service.changeLayers(new LayerChange.Rename(v, from)),
                CorpusChange.Passages.renamed(folder, CorpusChange.Aspect.LAYER, List.of(from, v)));
    }

    /** Adds an object to a list of the corpus (a concept, a verification item). */
    public static Command add(EditingDomain domain, String label, EObject owner, EStructuralFeature feature, Object value) {
        return labelled(label, AddCommand.create(domain, owner, feature, value));
    }

    /** Adds objects to a list of the corpus, as one edit (drafted verification items). */
    public static Command addAll(EditingDomain domain, String label, EObject owner, EStructuralFeature feature, Collection<?> values) {
        return labelled(label, AddCommand.create(domain, owner, feature, values));
    }

    /** Deletes objects and every reference to them (a concept's broader, narrower and related links included). */
    public static Command delete(EditingDomain domain, String label, Collection<?> objects) {
        return labelled(label, DeleteCommand.create(domain, objects));
    }

    private static Command labelled(String label, Command c) {
        if (!c.canExecute()) return c;
        CompoundCommand named = new CompoundCommand(label);
        named.append(c);
        return named;
    }
}
