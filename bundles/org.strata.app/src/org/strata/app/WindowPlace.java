package org.strata.app;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where the workbench window opens: where and as large as it was when last closed (kept in the workspace's
 * preferences), else over the whole screen, less the panels of the desktop. A place that no screen shows any more
 * (a monitor unplugged since) is not used.
 */
final class WindowPlace {
    static final String NODE = "org.strata.app";
    static final String BOUNDS = "windowBounds";
    static final String MAXIMIZED = "windowMaximized";
    /** How much of the window a screen must show for its last place to be used again. */
    private static final int SEEN = 100;

    private WindowPlace() {}

    /** Places a window not yet shown. */
    static void restore(Shell shell) {
        IEclipsePreferences p = InstanceScope.INSTANCE.getNode(NODE);
        Rectangle saved = parse(p.get(BOUNDS, ""));
        boolean seen = false;
        if (saved != null) {
            for (Monitor m : shell.getDisplay().getMonitors()) {
                Rectangle both = m.getClientArea().intersection(saved);
                if (both.width >= SEEN && both.height >= SEEN) seen = true;
            }
        }
        shell.setBounds(seen ? saved : shell.getDisplay().getPrimaryMonitor().getClientArea());
        if (p.getBoolean(MAXIMIZED, false)) shell.setMaximized(true);
    }

    /** Remembers where a window is as it closes (its size before it was maximized, and that it was). */
    static void save(Shell shell) {
        IEclipsePreferences p = InstanceScope.INSTANCE.getNode(NODE);
        boolean max = shell.getMaximized();
        p.putBoolean(MAXIMIZED, max);
        if (!max && !shell.getMinimized()) p.put(BOUNDS, format(shell.getBounds()));
        try {
            p.flush();
        } catch (BackingStoreException e) {
            // the next start opens over the whole screen: nothing else depends on it
        }
    }

    static String format(Rectangle r) {
        return r.x + "," + r.y + "," + r.width + "," + r.height;
    }

    /** "x,y,width,height", or null when the text is not such (or the size is too small to be a window). */
    static Rectangle parse(String s) {
        String[] v = s.split(",");
        if (v.length != 4) return null;
        try {
            Rectangle r = new Rectangle(Integer.parseInt(v[0].strip()), Integer.parseInt(v[1].strip()),
                    Integer.parseInt(v[2].strip()), Integer.parseInt(v[3].strip()));
            return r.width >= SEEN * 2 && r.height >= SEEN * 2 ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
