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

    public static String Context_noneSelected;
    public static String Context_reading;
    public static String Context_notScored;
    public static String Context_cannotExplain;
    public static String Context_title;
    public static String Context_unscored;
    public static String Board_noCorpus;
    public static String Board_addLayer;
    public static String Board_moveEarlier;
    public static String Board_moveLater;
    public static String Board_renameLayer;
    public static String Board_renameTitle;
    public static String Board_renamePrompt;
    public static String Board_nameNeeded;
    public static String Board_nameTaken;
    public static String Board_addTitle;
    public static String Board_openFirst;
    public static String Board_addPrompt;
    public static String Column_histogramTip;
    public static String Column_descriptionHint;
    public static String Column_goal;
    public static String Column_goalTip;
    public static String Column_minDensity;
    public static String Column_minDensityTip;
    public static String Column_density;
    public static String Column_densest;
    public static String Column_noLayer;
    public static String Column_figures;
    public static String Column_ofGoal;
    public static String Column_goalShare;
    public static String Column_noGoal;
    public static String Column_axis;

    public static String Kind_concepts;
    public static String Kind_logic;
    public static String Kind_strategies;
    public static String Kind_paradoxes;
    public static String Kind_custom;

    public static String Choose_anyLayer;
    public static String Choose_question;
    public static String Choose_candidates;
    public static String Choose_rationale;
    public static String Choose_rationaleHint;
    public static String Choose_none;
    public static String Choose_skip;
    public static String Choose_thisOne;
    public static String Choose_noCorpus;
    public static String Choose_headProblem;
    public static String Choose_prior;
    public static String Choose_notValidated;
    public static String Choose_accuracy;
    public static String Choose_learned;
    public static String Choose_finding;
    public static String Choose_nothingScored;
    public static String Choose_noMore;
    public static String Choose_noMoreInLayer;
    public static String Choose_cannotPick;
    public static String Choose_keys;
    public static String Choose_meta;
    public static String Choose_noLayer;
    public static String Choose_cannotRecord;
    public static String Choose_learning;
    public static String Choose_learningFrom;
    public static String Choose_couldNotLearn;
    public static String Choose_trainedTip;

    public static String Charts_colourBy;
    public static String Charts_byLayer;
    public static String Charts_byDensity;
    public static String Charts_noCorpus;
    public static String Charts_reading;
    public static String Charts_cannotDraw;
    public static String Charts_noEmbedding;
    public static String Charts_mapInfo;
    public static String Charts_mapTip;
    public static String Charts_densityPerLayer;
    public static String Charts_tokensPerLayer;
    public static String Report_noImport;
    public static String Report_noCorpus;
    public static String Report_outcome;
    public static String Report_file;
    public static String Report_passages;
    public static String Report_duplicates;
    public static String Report_reason;
    public static String Report_problemsOnly;
    public static String Report_problemsOnlyTip;
    public static String Report_cancelled;
    public static String Report_cannotRead;

    public static String Concepts_concept;
    public static String Concepts_passages;
    public static String Concepts_name;
    public static String Concepts_nameTip;
    public static String Concepts_aliases;
    public static String Concepts_aliasesTip;
    public static String Concepts_definition;
    public static String Concepts_definitionTip;
    public static String Concepts_broader;
    public static String Concepts_broaderTip;
    public static String Concepts_narrower;
    public static String Concepts_narrowerTip;
    public static String Concepts_related;
    public static String Concepts_relatedTip;
    public static String Concepts_density;
    public static String Concepts_layer;
    public static String Concepts_passage;
    public static String Concepts_add;
    public static String Concepts_addTitle;
    public static String Concepts_openFirst;
    public static String Concepts_addPrompt;
    public static String Concepts_nameNeeded;
    public static String Concepts_nameTaken;
    public static String Concepts_delete;
    public static String Concepts_cannotCount;
    public static String Concepts_noCorpus;
    public static String Concepts_count;
    public static String Concepts_selectOne;
    public static String Concepts_readingTagged;
    public static String Concepts_cannotReadTagged;
    public static String Concepts_noneTagged;
    public static String Concepts_tagged;
    public static String Concepts_densestShown;

    public static String Verify_kindCheck;
    public static String Verify_kindCritical;
    public static String Verify_kindAnalogy;
    public static String Verify_layer;
    public static String Verify_add;
    public static String Verify_delete;
    public static String Verify_columnLayer;
    public static String Verify_columnKind;
    public static String Verify_columnPrompt;
    public static String Verify_columnAnswer;
    public static String Verify_columnPassages;
    public static String Verify_kind;
    public static String Verify_prompt;
    public static String Verify_promptTip;
    public static String Verify_answer;
    public static String Verify_answerTip;
    public static String Verify_columnDensity;
    public static String Verify_columnSource;
    public static String Verify_columnPassage;
    public static String Verify_linkSelected;
    public static String Verify_linkTip;
    public static String Verify_unlink;
    public static String Verify_any;
    public static String Verify_linkN;
    public static String Verify_selectItem;
    public static String Verify_noLinked;
    public static String Verify_linked;
    public static String Verify_cannotReadLinked;
    public static String Verify_gone;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {}
}
