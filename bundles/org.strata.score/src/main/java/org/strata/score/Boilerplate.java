package org.strata.score;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a passage is boilerplate, in [0,1]: legal and licence text, cookie and consent notices, navigation
 * and calls to action, link lists and menus (many short lines with no sentence, separators such as | or »), and
 * lines that the corpus has seen in many documents (the caller counts those, see {@code repeatedShare}). Each cue
 * is measured as a share of the passage's words, so one "read more" in an article costs little while a footer
 * made of such phrases scores near 1. Pure, thread-safe.
 */
public final class Boilerplate {
    /** The cues found in a passage, each a share in [0,1], and their combination. */
    public record Cues(float legal, float navigation, float linkList, float repeated, float boilerplate) {}

    private static final Pattern LEGAL = Pattern.compile("\\b(all rights reserved|copyright|\\(c\\)|©|trademarks?|registered trademark|"
            + "terms (of|and) (use|service|conditions)|privacy (policy|notice|statement)|cookie(s| policy| settings)?|consent|"
            + "disclaimer|without warranty|warrant(y|ies)|merchantability|fitness for a particular purpose|liab(le|ility)|"
            + "licen[cs]ed? under|the licen[cs]e|redistribut\\w*|permission is hereby granted|governing law|indemnif\\w*|"
            + "unsubscribe|gdpr|affiliate links?|provided \"?as is\"?|express or implied|in no event|royalty[- ]free|non-?exclusive|"
            + "(hereby )?grants? you|must not be misrepresented|shall mean|subject to the following conditions|"
            + "source (or|and) object form|third[- ]party (programs|software|notices|components)|open source (code|licen[cs]es?))\\b");
    /**
     * The same cues in Russian: rights, privacy, personal data, cookies (Russian sites write "файлы cookie" in Latin
     * letters as often as "куки"), agreements, disclaimers.
     */
    private static final Pattern LEGAL_RU = Pattern.compile("(?<![\\p{L}\\p{N}])(все права защищены|авторск\\p{L}+ прав\\p{L}*|правообладател\\p{L}*|политик\\p{L}+ конфиденциальности|персональн\\p{L}+ данн\\p{L}+|"
            + "куки|(файл\\p{L}* )?cookies?(-файл\\p{L}*| файл\\p{L}*)?|согласи\\p{L}+ (на|с)|пользовательск\\p{L}+ соглашени\\p{L}+|услови\\p{L}+ (использования|обслуживания)|"
            + "оферт\\p{L}+|товарн\\p{L}+ знак\\p{L}*|отказ от ответственности|без (каких-либо )?гаранти\\p{L}+|лицензи\\p{L}+|"
            + "отписаться|при (полном или частичном )?(копировании|использовании) материалов|ссылка на (источник|сайт) обязательна|"
            + "18\\+|реклама)(?![\\p{L}\\p{N}])");
    private static final Pattern NAVIGATION = Pattern.compile("\\b(home|menu|next|previous|prev|back to top|skip to( main)? content|"
            + "read more|continue reading|click here|sign (in|up)|log ?in|log ?out|register|subscribe|follow us|share (this|on)|"
            + "tweet|like us|facebook|twitter|instagram|linkedin|pinterest|whatsapp|newsletter|contact us|about us|site ?map|"
            + "search|categories|tags?|archives?|related (posts|articles)|you may also like|leave a (comment|reply)|"
            + "posted (by|in|on)|comments?|reply|permalink|buy now|add to cart|free shipping|download now|learn more|"
            + "accept( all)?|manage preferences|subscri(ber|bers|ption)|thank you for (subscribing|signing up|your)|your comment|"
            + "comments are closed|log in to|sign in to|forgot (your )?password)\\b");
    /** The same in Russian: menus, calls to action, share bars, comments, shops. */
    private static final Pattern NAVIGATION_RU = Pattern.compile("(?<![\\p{L}\\p{N}])(главная|наверх|читать (далее|полностью|ещё|еще)|подробнее|нажмите( здесь)?|"
            + "войти|регистрац\\p{L}+|зарегистрир\\p{L}+|подпи(шитесь|сывайтесь|саться|ска|ски)|рассылк\\p{L}+|"
            + "поделит\\p{L}+|поделиться|вконтакте|одноклассник\\p{L}*|телеграм\\p{L}*|ютуб\\p{L}*|дзен\\p{L}*|"
            + "наши контакты|о нас|о компании|карта сайта|рубрик\\p{L}+|"
            + "похожие (статьи|записи|материалы)|читайте также|смотрите также|оставьте комментарий|оставить комментарий|"
            + "купить|в корзину|бесплатн\\p{L}+ доставк\\p{L}+|"
            + "скачать|узнать больше|принять( все)?|подписк\\p{L}*|подписчик\\p{L}*|войдите|авторизуйтесь|зарегистрируйтесь|"
            + "спасибо за (подписку|регистрацию|ваш\\p{L}*)|ваш комментарий|обсуждение закрыто|добавить комментарий|забыли пароль)(?![\\p{L}\\p{N}])");
    /** Separators of menus and breadcrumbs; » and › only between spaces (in Russian, » closes a quotation). */
    /**
     * Russian navigation words that are also common prose words ("лет назад", "и так далее", "поиск решения"): they
     * count only as a line of their own, as menus, tag bars and comment forms show them.
     */
    private static final Pattern NAVIGATION_LINES_RU = Pattern.compile("(?m)^[\\s\\p{Punct}]*(меню|поиск|назад|далее|вперёд|вперед|"
            + "комментари\\p{L}*|ответить|опубликовано|метки|теги|контакты|просмотр\\p{L}*|корзина|архив\\p{L}*)[\\s\\p{Punct}\\d]*$");
    private static final Pattern SEPARATORS = Pattern.compile("[|•·→]|\\s[»›/-]\\s");
    /** Spaced dashes, which separate the fields of changelog lines, and in Russian also join a sentence's parts. */
    private static final Pattern DASHES = Pattern.compile("\\s[\u2013\u2014]\\s");

    private Boilerplate() {}

    public static Cues of(String text) {
        return of(text, 0f);
    }

    /**
     * The cues of a passage; {@code repeatedShare} is the share of its characters in lines that the corpus has
     * seen in several documents (0 when unknown).
     */
    public static Cues of(String text, float repeatedShare) {
        return of(text, repeatedShare, 0f);
    }

    /** As above, with the passage's share of code and listings ({@link CodeCues}) as one more cue. */
    public static Cues of(String text, float repeatedShare, float code) {
        return of(text, repeatedShare, code, "");
    }

    /**
     * As above, in the passage's language: the English cues run on English passages and on those of no known
     * language, the Russian cues on text in Cyrillic; a French or German passage is not searched for English words
     * ("comment" is "how" in French), its link lists, code and repeated lines still count.
     */
    public static Cues of(String text, float repeatedShare, float code, String language) {
        String lower = text.toLowerCase(Locale.ROOT);
        int words = Math.max(1, countWords(lower));
        boolean latin = false, cyrillic = false;
        for (int i = 0; i < lower.length() && !(latin && cyrillic); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') latin = true;
            else if (c >= '\u0400' && c <= '\u04ff') cyrillic = true;
        }
        latin &= language == null || language.isEmpty() || language.equals("en");
        // each language's patterns run only on text in its script
        int legalWords = (latin ? wordsIn(LEGAL, lower) : 0) + (cyrillic ? wordsIn(LEGAL_RU, lower) : 0);
        int navWords = (latin ? wordsIn(NAVIGATION, lower) : 0)
                + (cyrillic ? wordsIn(NAVIGATION_RU, lower) + wordsIn(NAVIGATION_LINES_RU, lower) : 0);
        float legal = clamp(3f * legalWords / words);
        float navigation = clamp(3f * navWords / words);
        float linkList = linkList(text);
        float repeated = clamp(repeatedShare);
        // the strongest cue counts most; the others add a little each
        float max = Math.max(Math.max(Math.max(legal, navigation), Math.max(linkList, repeated)), code);
        float sum = legal + navigation + linkList + repeated + code;
        return new Cues(legal, navigation, linkList, repeated, clamp(max + 0.25f * (sum - max)));
    }

    /** Words covered by matches of the pattern. */
    private static int wordsIn(Pattern p, String lower) {
        int n = 0;
        Matcher m = p.matcher(lower);
        while (m.find()) n += Math.max(1, countWords(m.group()));
        return n;
    }

    /**
     * The share of lines that look like the items of a menu or link list: short (at most six words), with no
     * sentence punctuation at their end; and separator characters between short items on one line.
     */
    static float linkList(String text) {
        String[] lines = text.split("\n");
        int items = 0, words = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            int w = countWords(l);
            words += w;
            char last = l.charAt(l.length() - 1);
            boolean sentence = last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',';
            if (w > 0 && w <= 6 && !sentence && lines.length > 2) items += w;
            else {
                int seps = count(SEPARATORS, l), dashes = count(DASHES, l);
                if (seps >= 2 && w / (seps + 1) <= 4) items += w;
                else if (dashes >= 3 && w / (dashes + 1) <= 3) items += w; // "1.13.3 — April 23, 2022 — Diff —"
            }
        }
        return words == 0 ? 0 : clamp((float) items / words);
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean l = Character.isLetterOrDigit(s.charAt(i));
            if (l && !in) n++;
            in = l;
        }
        return n;
    }

    private static float clamp(float v) {
        return Float.isNaN(v) ? 0 : Math.max(0f, Math.min(1f, v));
    }
}
