package org.strata.ui;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's words, the Eclipse way: {@code messages.properties} in English, {@code messages_ru.properties} in
 * Russian, chosen by the workbench's language ({@code -nl}, else the system's). A message with a count is an ICU
 * plural pattern: format it with {@link Texts#format}, which gives "1 пассаж, 2 пассажа, 5 пассажей".
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.strata.ui.messages";

    public static String Explorer_layers;
    public static String Explorer_concepts;
    public static String Explorer_sources;
    public static String Explorer_noLayer;
    public static String Explorer_passages;
    public static String Explorer_passagesAndTokens;
    public static String Explorer_count;
    public static String Explorer_corpusTitle;
    public static String Explorer_title;

    public static String Passages_columnDensity;
    public static String Passages_columnLayer;
    public static String Passages_columnTokens;
    public static String Passages_columnSource;
    public static String Passages_columnPassage;
    public static String Passages_searchHint;
    public static String Passages_byMeaning;
    public static String Passages_byMeaningTip;
    public static String Passages_status;
    public static String Passages_density;
    public static String Passages_filterHint;
    public static String Passages_filterTip;
    public static String Passages_noCorpus;
    public static String Passages_cannotFilter;
    public static String Passages_searching;
    public static String Passages_cannotSearch;
    public static String Passages_count;
    public static String Passages_inLayer;
    public static String Passages_inNoLayer;
    public static String Passages_tagged;
    public static String Passages_from;
    public static String Passages_nearestFirst;
    public static String Passages_bestFirst;
    public static String Passages_exactFormsOnly;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {}
}
