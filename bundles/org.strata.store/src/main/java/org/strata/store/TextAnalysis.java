package org.strata.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * How a passage's text is searched: with the analysis of its language, so that word forms match ("сухожилия" finds
 * "сухожилие", "tendons" finds "tendon"). The {@code text} field of an English passage holds the terms of Lucene's
 * English analyzer (Porter stemming, English stop words), of a Russian one those of its Russian analyzer (Snowball's
 * Russian stemmer, Russian stop words), of any other the standard analyzer's, as every passage's did before. A query
 * is parsed with each analyzer and matches through any of them, so a mixed corpus is searched in both languages at
 * once, and an index written before (standard terms only) still finds its exact word forms.
 */
final class TextAnalysis {
    private static final Analyzer STANDARD = new StandardAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Analyzer RUSSIAN = new RussianAnalyzer();

    private TextAnalysis() {}

    /** The analysis of a passage of {@code language} (analyzers are safe to share between threads). */
    static Analyzer of(String language) {
        if (language == null) return STANDARD;
        return switch (language) {
            case "en" -> ENGLISH;
            case "ru" -> RUSSIAN;
            default -> STANDARD;
        };
    }

    /** True when passages of {@code language} have an analysis of their own (stemming), not the standard one. */
    static boolean hasOwn(String language) {
        return of(language) != STANDARD;
    }

    /** Lucene's classic syntax over the text, AND between bare terms, parsed with every language's analysis. */
    static Query parse(String text) throws ParseException {
        java.util.Set<Query> parsed = new java.util.LinkedHashSet<>(); // the same terms twice (a Russian word through the English analysis) once
        for (Analyzer a : new Analyzer[] {STANDARD, ENGLISH, RUSSIAN}) {
            QueryParser p = new QueryParser(PassageFields.TEXT, a);
            p.setDefaultOperator(QueryParser.Operator.AND);
            parsed.add(p.parse(text));
        }
        if (parsed.size() == 1) return parsed.iterator().next();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : parsed) b.add(q, BooleanClause.Occur.SHOULD);
        return b.build();
    }
}
