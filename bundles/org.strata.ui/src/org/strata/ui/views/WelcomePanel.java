package org.strata.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.handlers.IHandlerService;
import org.strata.ui.Messages;
import org.strata.ui.Texts;
import org.strata.ui.handlers.NewCorpusHandler;
import org.strata.ui.session.OpenCorpus;
import org.strata.ui.session.RecentCorpora;
import org.strata.ui.session.SampleCorpus;

/**
 * What the workbench shows while no corpus is open: the four ways to start (a new corpus, a folder of documents, a
 * corpus made before, the sample) and the corpora opened last, in the workbench's language.
 */
final class WelcomePanel {
    private static final int MOST_RECENT = 6;
    private final Composite root;
    private final Composite recent;
    private final IViewSite site;

    WelcomePanel(Composite parent, IViewSite site) {
        this.site = site;
        root = new Composite(parent, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 40;
        gl.marginHeight = 30;
        gl.verticalSpacing = 8;
        root.setLayout(gl);
        Label title = new Label(root, SWT.NONE);
        title.setText(Messages.Welcome_title);
        title.setFont(JFaceResources.getHeaderFont());
        wrapped(root, Messages.Welcome_intro);
        Composite actions = new Composite(root, SWT.NONE);
        GridLayout al = new GridLayout(2, false);
        al.marginWidth = 0;
        al.marginTop = 8;
        al.horizontalSpacing = 14;
        actions.setLayout(al);
        action(actions, Messages.Welcome_newCorpus, Messages.Welcome_newCorpusTip, () -> command("org.strata.ui.newCorpus"));
        action(actions, Messages.Welcome_importFolder, Messages.Welcome_importFolderTip, () -> NewCorpusHandler.fromFolder(root.getShell()));
        action(actions, Messages.Welcome_openCorpus, Messages.Welcome_openCorpusTip, () -> command("org.strata.ui.openCorpus"));
        action(actions, Messages.Welcome_openSample, Messages.Welcome_openSampleTip, () -> SampleCorpus.open(root.getShell()));
        Label heading = new Label(root, SWT.NONE);
        heading.setText(Messages.Welcome_recent);
        heading.setFont(JFaceResources.getBannerFont());
        GridData hd = new GridData();
        hd.verticalIndent = 14;
        heading.setLayoutData(hd);
        recent = new Composite(root, SWT.NONE);
        GridLayout rl = new GridLayout(1, false);
        rl.marginWidth = 0;
        recent.setLayout(rl);
        refresh();
    }

    Composite control() {
        return root;
    }

    /** Lists the corpora opened last again (a corpus opened and closed since is among them). */
    void refresh() {
        for (var c : recent.getChildren()) c.dispose();
        List<Path> dirs = RecentCorpora.list().stream().map(Path::of).filter(Files::isDirectory).limit(MOST_RECENT).toList();
        if (dirs.isEmpty()) new Label(recent, SWT.NONE).setText(Messages.Welcome_noRecent);
        for (Path dir : dirs) {
            Link link = new Link(recent, SWT.NONE);
            link.setText("<a>" + escape(String.valueOf(dir.getFileName())) + "</a>  " + escape(String.valueOf(dir.getParent())));
            link.setToolTipText(Texts.format(Messages.Welcome_openRecentTip, dir));
            link.addListener(SWT.Selection, e -> OpenCorpus.open(root.getShell(), dir));
        }
        root.layout(true, true);
    }

    private void action(Composite parent, String label, String tip, Runnable run) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        b.addListener(SWT.Selection, e -> run.run());
        Label l = new Label(parent, SWT.WRAP);
        l.setText(tip);
        GridData ld = new GridData(SWT.FILL, SWT.CENTER, true, false);
        ld.widthHint = 520;
        l.setLayoutData(ld);
    }

    private static void wrapped(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 720;
        l.setLayoutData(d);
    }

    private void command(String id) {
        try {
            site.getService(IHandlerService.class).executeCommand(id, null);
        } catch (NotDefinedException e) {
            throw new IllegalStateException("the command " + id + " is not defined in plugin.xml", e);
        } catch (Exception e) { // the handler's own failure: it said so in its dialog
            org.eclipse.core.runtime.ILog.of(getClass()).error("Command " + id + " failed", e);
        }
    }

    /** A Link's text treats & as a mnemonic and < as markup. */
    private static String escape(String s) {
        return s.replace("&", "&&").replace("<", "&lt;");
    }
}
