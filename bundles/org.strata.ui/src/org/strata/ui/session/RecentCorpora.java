package org.strata.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.osgi.service.prefs.BackingStoreException;
import org.strata.ui.Messages;

/**
 * File > Open Recent: the corpora opened last, newest first, kept in the workbench's preferences (at most 8;
 * folders that are gone are left out of the menu).
 */
public final class RecentCorpora extends CompoundContributionItem {
    private static final String KEY = "recentCorpora";
    private static final int MAX = 8;

    /** Remembers a corpus just opened. */
    static void add(Path dir) {
        List<String> all = new ArrayList<>(list());
        String d = dir.toAbsolutePath().normalize().toString();
        all.remove(d);
        all.add(0, d);
        while (all.size() > MAX) all.remove(all.size() - 1);
        IEclipsePreferences p = InstanceScope.INSTANCE.getNode("org.strata.ui");
        p.put(KEY, String.join("\n", all));
        try {
            p.flush();
        } catch (BackingStoreException e) {
            // the list is kept for this session; nothing else depends on it
        }
    }

    /** The remembered corpora, newest first. */
    public static List<String> list() {
        String v = InstanceScope.INSTANCE.getNode("org.strata.ui").get(KEY, "");
        List<String> out = new ArrayList<>();
        for (String s : v.split("\n")) if (!s.isBlank()) out.add(s);
        return out;
    }

    @Override
    protected IContributionItem[] getContributionItems() {
        List<IContributionItem> items = new ArrayList<>();
        int n = 1;
        for (String d : list()) {
            Path dir = Path.of(d);
            if (!Files.isDirectory(dir)) continue;
            Action a = new Action("&" + n++ + "  " + dir.getFileName() + "  (" + dir.getParent() + ")") {
                @Override
                public void run() {
                    OpenCorpus.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), dir);
                }
            };
            items.add(new ActionContributionItem(a));
        }
        if (items.isEmpty()) {
            Action none = new Action(Messages.Welcome_noRecent) { };
            none.setEnabled(false);
            items.add(new ActionContributionItem(none));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
