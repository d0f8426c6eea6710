package org.strata.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small integer codes for layer and concept names, so that these attributes live in updatable numeric and
 * binary doc values and a rename touches only this table. Code 0 is "none". The table travels in the commit
 * data of the index, so it is always in step with the documents that use it.
 */
final class Codes {
    private final Map<String, Integer> byName = new LinkedHashMap<>();
    private final Map<Integer, String> byCode = new LinkedHashMap<>();
    private int next = 1;

    synchronized int code(String name) {
        if (name == null || name.isEmpty()) return 0;
        Integer c = byName.get(name);
        if (c == null) {
            c = next++;
            byName.put(name, c);
            byCode.put(c, name);
        }
        return c;
    }

    /** The code of a name, or -1 when no passage ever had it. */
    synchronized int find(String name) {
        if (name == null || name.isEmpty()) return 0;
        return byName.getOrDefault(name, -1);
    }

    synchronized String name(long code) {
        return code == 0 ? "" : byCode.getOrDefault((int) code, "");
    }

    synchronized void checkRename(String from, String to) {
        if (from.equals(to) || !byName.containsKey(from)) return;
        if (byName.containsKey(to)) throw new IllegalArgumentException("'" + to + "' is in use already");
    }

    synchronized void rename(String from, String to) {
        checkRename(from, to);
        if (from.equals(to) || !byName.containsKey(from)) return;
        Integer c = byName.remove(from);
        byName.put(to, c);
        byCode.put(c, to);
    }

    /** "1\tconcepts\n2\tlogic": names hold no tab or line break (checked on the way in). */
    synchronized String encode() {
        StringBuilder sb = new StringBuilder();
        byCode.forEach((c, n) -> sb.append(c).append('\t').append(n).append('\n'));
        return sb.toString();
    }

    static Codes decode(String s) {
        Codes c = new Codes();
        if (s == null) return c;
        for (String line : s.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) continue;
            int code = Integer.parseInt(line.substring(0, tab));
            String name = line.substring(tab + 1);
            c.byName.put(name, code);
            c.byCode.put(code, name);
            c.next = Math.max(c.next, code + 1);
        }
        return c;
    }

    static String checkName(String kind, String name) {
        if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a " + kind + " name cannot hold a tab or a line break: '" + name + "'");
        }
        return name;
    }
}
