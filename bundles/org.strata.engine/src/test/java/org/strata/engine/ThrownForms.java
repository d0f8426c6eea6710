package org.strata.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English forms of the errors a Java source gives with words of its own: the message of each
 * {@code new SomeException(...)}, {@code Response.failed(...)} and {@code Response.cancelled(...)} that holds a string
 * literal, its literals kept and each other part of the concatenation made a {n}, as the phrase book writes them.
 */
final class ThrownForms {
    private static final Pattern THROWN = Pattern.compile("(?:new \\w+(?:Exception|Error)|Response\\.(?:failed|cancelled))\\(\\s*");

    private ThrownForms() {}

    static List<String> of(String java) {
        List<String> out = new ArrayList<>();
        Matcher m = THROWN.matcher(java);
        while (m.find()) {
            String form = form(java, m.end());
            if (form.replaceAll("\\{\\d+}", "").chars().anyMatch(Character::isLetter)) out.add(form);
        }
        return out;
    }

    /** The message that starts at {@code at}, up to the comma or parenthesis that ends it. */
    private static String form(String java, int at) {
        StringBuilder form = new StringBuilder();
        int args = 0;
        int depth = 0;
        boolean inArg = false;
        for (int i = at; i < java.length(); i++) {
            char c = java.charAt(i);
            if (c == '"') {
                int end = i + 1;
                StringBuilder literal = new StringBuilder();
                for (; java.charAt(end) != '"'; end++) {
                    char d = java.charAt(end);
                    if (d == '\\') {
                        char e = java.charAt(++end);
                        literal.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                    } else {
                        literal.append(d);
                    }
                }
                if (depth == 0) {
                    form.append(literal);
                    inArg = false;
                }
                i = end;
            } else if (c == '\'' && i + 2 < java.length()) {
                i += java.charAt(i + 1) == '\\' ? 3 : 2;
                if (depth == 0 && !inArg) form.append('{').append(args++).append('}');
                if (depth == 0) inArg = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == 0) break;
            } else if (c == ',' && depth == 0) {
                break;
            } else if (c == '+' && depth == 0) {
                inArg = false;
            } else if (!Character.isWhitespace(c) && depth == 0 && !inArg) {
                form.append('{').append(args++).append('}');
                inArg = true;
            } else if (!Character.isWhitespace(c) && depth > 0 && !inArg) {
                form.append('{').append(args++).append('}');
                inArg = true;
            }
        }
        return form.toString();
    }
}
