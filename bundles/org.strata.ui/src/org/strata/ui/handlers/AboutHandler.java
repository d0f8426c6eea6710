package org.strata.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;
import org.strata.engine.BuiltOn;
import org.strata.ui.Messages;
import org.strata.ui.Texts;
import org.strata.ui.session.CorpusSession;

/** Help > About Strata: the version, what it is built on, and the corpus open. */
public final class AboutHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        // the product's logo (its largest window image) beside the text
        new MessageDialog(HandlerUtil.getActiveShell(event), Messages.About_title, null, text(), MessageDialog.NONE, 0, IDialogConstants.OK_LABEL) {
            private final org.eclipse.swt.graphics.Image image = largest();

            @Override
            public org.eclipse.swt.graphics.Image getImage() {
                return image;
            }
        }.open();
        return null;
    }

    private static org.eclipse.swt.graphics.Image largest() {
        org.eclipse.swt.graphics.Image logo = null;
        for (var i : org.eclipse.jface.window.Window.getDefaultImages()) {
            if (logo == null || i.getBounds().width > logo.getBounds().width) logo = i;
        }
        return logo;
    }

    /** The About text: Strata's version, the libraries doing the work, and the open corpus. */
    public static String text() {
        var corpus = CorpusSession.get().current();
        return "Strata " + FrameworkUtil.getBundle(AboutHandler.class).getVersion() + "\n"
                + Messages.About_tagline + "\n\n"
                + String.join("\n", BuiltOn.describe()) + "\n" + Messages.About_builtOn + "\n\n"
                + (corpus == null ? Messages.About_noCorpus : Texts.format(Messages.About_corpus, corpus.corpus().getName(), String.valueOf(corpus.dir())));
    }
}
