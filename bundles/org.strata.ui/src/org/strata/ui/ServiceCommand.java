package org.strata.ui;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.strata.engine.Response;

/**
 * A model edit that the corpus service makes (one that reaches the passages too, such as a rename), as a command of
 * the workbench's history: execute and redo make the request, undo makes its opposite. Each is committed at once,
 * model and passages together, so it also saves the model. A refused request fails the step with its reason.
 */
final class ServiceCommand extends AbstractCommand {
    private final Supplier<Response<?>> forward;
    private final Supplier<Response<?>> back;

    ServiceCommand(String label, Supplier<Response<?>> forward, Supplier<Response<?>> back) {
        super(label);
        this.forward = forward;
        this.back = back;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        forward.get().orThrow();
    }

    @Override
    public void undo() {
        back.get().orThrow();
    }

    @Override
    public void redo() {
        execute();
    }
}
