package org.strata.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.strata.model.Curriculum;
import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.provider.CorpusItemProviderAdapterFactory;

/** The generated item providers give labels and undoable commands without any UI. */
class UndoableEditTest {
    @Test
    void editsThroughTheEditingDomainUndoAndRedo() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(new CorpusItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, stack);
        Corpus corpus = Curriculum.newCorpus("sprint");
        Layer logic = corpus.getLayers().get(1);

        Command rename = SetCommand.create(domain, logic, CorpusPackage.Literals.LAYER__NAME, "mechanics");
        assertTrue(rename.canExecute());
        stack.execute(rename);
        assertEquals("mechanics", logic.getName());

        Concept k = CorpusFactory.eINSTANCE.createConcept();
        k.setName("stiffness");
        stack.execute(AddCommand.create(domain, corpus, CorpusPackage.Literals.CORPUS__CONCEPTS, k));
        assertEquals(1, corpus.getConcepts().size());

        stack.undo();
        assertEquals(0, corpus.getConcepts().size());
        stack.undo();
        assertEquals("logic", logic.getName());
        stack.redo();
        assertEquals("mechanics", logic.getName());

        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(logic, IItemLabelProvider.class);
        assertTrue(labels.getText(logic).contains("mechanics"), labels.getText(logic));
    }
}
