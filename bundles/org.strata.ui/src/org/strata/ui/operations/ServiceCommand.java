package org.strata.ui.operations;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.strata.engine.Response;
import org.strata.ui.session.CorpusChange;
import org.strata.ui.session.CorpusSession;

/**
 * A model edit that the corpus service makes (one that reaches the passages too, such as a rename), as a command of
 * the workbench's history: execute and redo make the request, undo makes its opposite. Each is committed at once,
 * model and passages together, so it also saves the model. A refused request fails the step with its reason; a
 * step made tells the views which passages it rewrote.
 */
public final class ServiceCommand extends AbstractCommand {
    private final Supplier<Response<?>> forward;
    private final Supplier<Response<?>> back;
    private final CorpusChange change;

    ServiceCommand(String label, Supplier<Response<?>> forward, Supplier<Response<?>> back, CorpusChange change) {
        super(label);
        this.forward = forward;
        this.back = back;
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        forward.get().orThrow();
        CorpusSession.get().changed(change);
    }

    @Override
    public void undo() {
        back.get().orThrow();
        CorpusSession.get().changed(change);
    }

    @Override
    public void redo() {
        execute();
    }
}
