/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.strata.model.corpus.CorpusFactory
 * @model kind="package"
 * @generated
 */
public interface CorpusPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "corpus";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://strata.org/corpus/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "strata";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CorpusPackage eINSTANCE = org.strata.model.corpus.impl.CorpusPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.CorpusImpl <em>Corpus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.CorpusImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getCorpus()
	 * @generated
	 */
	int CORPUS = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__DOMAIN = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__LANGUAGES = 3;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__LAYERS = 4;

	/**
	 * The feature id for the '<em><b>Concepts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__CONCEPTS = 5;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__SOURCES = 6;

	/**
	 * The feature id for the '<em><b>Judgments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__JUDGMENTS = 7;

	/**
	 * The feature id for the '<em><b>Verification Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__VERIFICATION_ITEMS = 8;

	/**
	 * The feature id for the '<em><b>Scoring Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__SCORING_PROFILE = 9;

	/**
	 * The feature id for the '<em><b>Export Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__EXPORT_PROFILES = 10;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.LayerImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ORDER = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__KIND = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Goal Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__GOAL_TOKENS = 4;

	/**
	 * The feature id for the '<em><b>Min Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__MIN_DENSITY = 5;

	/**
	 * The feature id for the '<em><b>Reads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__READS = 6;

	/**
	 * The feature id for the '<em><b>Read Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__READ_TOKENS = 7;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.ConceptImpl <em>Concept</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.ConceptImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getConcept()
	 * @generated
	 */
	int CONCEPT = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__DEFINITION = 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__ALIASES = 2;

	/**
	 * The feature id for the '<em><b>Broader</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__BROADER = 3;

	/**
	 * The feature id for the '<em><b>Narrower</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__NARROWER = 4;

	/**
	 * The feature id for the '<em><b>Related</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT__RELATED = 5;

	/**
	 * The number of structural features of the '<em>Concept</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Concept</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCEPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.SourceImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URI = 0;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__MEDIA_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SHA256 = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHOR = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DATE = 5;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LANGUAGE = 6;

	/**
	 * The feature id for the '<em><b>License</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LICENSE = 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STATUS = 8;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__REASON = 9;

	/**
	 * The feature id for the '<em><b>Passage Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PASSAGE_COUNT = 10;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.JudgmentImpl <em>Judgment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.JudgmentImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getJudgment()
	 * @generated
	 */
	int JUDGMENT = 4;

	/**
	 * The feature id for the '<em><b>Candidates</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGMENT__CANDIDATES = 0;

	/**
	 * The feature id for the '<em><b>Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGMENT__CHOSEN = 1;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGMENT__VERDICT = 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGMENT__RATIONALE = 3;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGMENT__AUTHOR = 4;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGMENT__TIME = 5;

	/**
	 * The number of structural features of the '<em>Judgment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Judgment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUDGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.VerificationItemImpl <em>Verification Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.VerificationItemImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getVerificationItem()
	 * @generated
	 */
	int VERIFICATION_ITEM = 5;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_ITEM__LAYER = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_ITEM__KIND = 1;

	/**
	 * The feature id for the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_ITEM__PROMPT = 2;

	/**
	 * The feature id for the '<em><b>Expected Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_ITEM__EXPECTED_ANSWER = 3;

	/**
	 * The feature id for the '<em><b>Passages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_ITEM__PASSAGES = 4;

	/**
	 * The feature id for the '<em><b>Draft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_ITEM__DRAFT = 5;

	/**
	 * The number of structural features of the '<em>Verification Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_ITEM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Verification Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VERIFICATION_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.ScoringProfileImpl <em>Scoring Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.ScoringProfileImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getScoringProfile()
	 * @generated
	 */
	int SCORING_PROFILE = 6;

	/**
	 * The feature id for the '<em><b>Encoder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__ENCODER = 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Head Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__HEAD_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__BATCH_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__WEIGHTS = 4;

	/**
	 * The feature id for the '<em><b>Classifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER = 5;

	/**
	 * The feature id for the '<em><b>Classifier Tokenizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER_TOKENIZER = 6;

	/**
	 * The feature id for the '<em><b>Classifier Input Ids</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER_INPUT_IDS = 7;

	/**
	 * The feature id for the '<em><b>Classifier Attention Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK = 8;

	/**
	 * The feature id for the '<em><b>Classifier Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER_OUTPUT = 9;

	/**
	 * The feature id for the '<em><b>Classifier Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER_INDEX = 10;

	/**
	 * The feature id for the '<em><b>Classifier Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER_MIN = 11;

	/**
	 * The feature id for the '<em><b>Classifier Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER_MAX = 12;

	/**
	 * The feature id for the '<em><b>Classifier Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE__CLASSIFIER_MODE = 13;

	/**
	 * The number of structural features of the '<em>Scoring Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Scoring Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.SignalWeightImpl <em>Signal Weight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.SignalWeightImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getSignalWeight()
	 * @generated
	 */
	int SIGNAL_WEIGHT = 7;

	/**
	 * The feature id for the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_WEIGHT__SIGNAL = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_WEIGHT__WEIGHT = 1;

	/**
	 * The number of structural features of the '<em>Signal Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_WEIGHT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Signal Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_WEIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.ExportProfileImpl <em>Export Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.ExportProfileImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getExportProfile()
	 * @generated
	 */
	int EXPORT_PROFILE = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__STAGES = 1;

	/**
	 * The feature id for the '<em><b>Formats</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__FORMATS = 2;

	/**
	 * The feature id for the '<em><b>Min Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__MIN_DENSITY = 3;

	/**
	 * The feature id for the '<em><b>Statuses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__STATUSES = 4;

	/**
	 * The feature id for the '<em><b>Languages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__LANGUAGES = 5;

	/**
	 * The feature id for the '<em><b>Stage Token Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__STAGE_TOKEN_BUDGET = 6;

	/**
	 * The feature id for the '<em><b>Exclude Duplicates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__EXCLUDE_DUPLICATES = 7;

	/**
	 * The feature id for the '<em><b>Prompts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE__PROMPTS = 8;

	/**
	 * The number of structural features of the '<em>Export Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Export Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPORT_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.PromptTemplateImpl <em>Prompt Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.PromptTemplateImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getPromptTemplate()
	 * @generated
	 */
	int PROMPT_TEMPLATE = 9;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE__LANGUAGE = 0;

	/**
	 * The feature id for the '<em><b>Concept Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE__CONCEPT_QUESTION = 1;

	/**
	 * The feature id for the '<em><b>Also Called</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE__ALSO_CALLED = 2;

	/**
	 * The feature id for the '<em><b>About Concept</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE__ABOUT_CONCEPT = 3;

	/**
	 * The feature id for the '<em><b>Of Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE__OF_DOCUMENT = 4;

	/**
	 * The feature id for the '<em><b>For Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE__FOR_STAGE = 5;

	/**
	 * The feature id for the '<em><b>Stage Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE__STAGE_DESCRIPTION = 6;

	/**
	 * The number of structural features of the '<em>Prompt Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Prompt Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROMPT_TEMPLATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.LayerKind <em>Layer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.LayerKind
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getLayerKind()
	 * @generated
	 */
	int LAYER_KIND = 10;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.IngestStatus <em>Ingest Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.IngestStatus
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getIngestStatus()
	 * @generated
	 */
	int INGEST_STATUS = 11;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.Verdict
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 12;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.VerificationKind <em>Verification Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.VerificationKind
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getVerificationKind()
	 * @generated
	 */
	int VERIFICATION_KIND = 13;


	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.Corpus <em>Corpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus</em>'.
	 * @see org.strata.model.corpus.Corpus
	 * @generated
	 */
	EClass getCorpus();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Corpus#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.strata.model.corpus.Corpus#getName()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Corpus#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.strata.model.corpus.Corpus#getDomain()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Corpus#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.strata.model.corpus.Corpus#getDescription()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.strata.model.corpus.Corpus#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.strata.model.corpus.Corpus#getLanguages()
	 * @see #getCorpus()
	 * @generated
	 */
	EAttribute getCorpus_Languages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.strata.model.corpus.Corpus#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.strata.model.corpus.Corpus#getLayers()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.strata.model.corpus.Corpus#getConcepts <em>Concepts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Concepts</em>'.
	 * @see org.strata.model.corpus.Corpus#getConcepts()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Concepts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.strata.model.corpus.Corpus#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.strata.model.corpus.Corpus#getSources()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.strata.model.corpus.Corpus#getJudgments <em>Judgments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Judgments</em>'.
	 * @see org.strata.model.corpus.Corpus#getJudgments()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Judgments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.strata.model.corpus.Corpus#getVerificationItems <em>Verification Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Verification Items</em>'.
	 * @see org.strata.model.corpus.Corpus#getVerificationItems()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_VerificationItems();

	/**
	 * Returns the meta object for the containment reference '{@link org.strata.model.corpus.Corpus#getScoringProfile <em>Scoring Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scoring Profile</em>'.
	 * @see org.strata.model.corpus.Corpus#getScoringProfile()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_ScoringProfile();

	/**
	 * Returns the meta object for the containment reference list '{@link org.strata.model.corpus.Corpus#getExportProfiles <em>Export Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Export Profiles</em>'.
	 * @see org.strata.model.corpus.Corpus#getExportProfiles()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_ExportProfiles();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.strata.model.corpus.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Layer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.strata.model.corpus.Layer#getName()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Layer#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.strata.model.corpus.Layer#getOrder()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Order();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Layer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.strata.model.corpus.Layer#getKind()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Layer#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.strata.model.corpus.Layer#getDescription()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Layer#getGoalTokens <em>Goal Tokens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal Tokens</em>'.
	 * @see org.strata.model.corpus.Layer#getGoalTokens()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_GoalTokens();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Layer#getMinDensity <em>Min Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Density</em>'.
	 * @see org.strata.model.corpus.Layer#getMinDensity()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_MinDensity();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Layer#getReads <em>Reads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reads</em>'.
	 * @see org.strata.model.corpus.Layer#getReads()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_Reads();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Layer#getReadTokens <em>Read Tokens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Tokens</em>'.
	 * @see org.strata.model.corpus.Layer#getReadTokens()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ReadTokens();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.Concept <em>Concept</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concept</em>'.
	 * @see org.strata.model.corpus.Concept
	 * @generated
	 */
	EClass getConcept();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Concept#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.strata.model.corpus.Concept#getName()
	 * @see #getConcept()
	 * @generated
	 */
	EAttribute getConcept_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Concept#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.strata.model.corpus.Concept#getDefinition()
	 * @see #getConcept()
	 * @generated
	 */
	EAttribute getConcept_Definition();

	/**
	 * Returns the meta object for the attribute list '{@link org.strata.model.corpus.Concept#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.strata.model.corpus.Concept#getAliases()
	 * @see #getConcept()
	 * @generated
	 */
	EAttribute getConcept_Aliases();

	/**
	 * Returns the meta object for the reference list '{@link org.strata.model.corpus.Concept#getBroader <em>Broader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Broader</em>'.
	 * @see org.strata.model.corpus.Concept#getBroader()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Broader();

	/**
	 * Returns the meta object for the reference list '{@link org.strata.model.corpus.Concept#getNarrower <em>Narrower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Narrower</em>'.
	 * @see org.strata.model.corpus.Concept#getNarrower()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Narrower();

	/**
	 * Returns the meta object for the reference list '{@link org.strata.model.corpus.Concept#getRelated <em>Related</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related</em>'.
	 * @see org.strata.model.corpus.Concept#getRelated()
	 * @see #getConcept()
	 * @generated
	 */
	EReference getConcept_Related();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.strata.model.corpus.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.strata.model.corpus.Source#getUri()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Uri();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.strata.model.corpus.Source#getMediaType()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.strata.model.corpus.Source#getSha256()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.strata.model.corpus.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.strata.model.corpus.Source#getAuthor()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.strata.model.corpus.Source#getDate()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.strata.model.corpus.Source#getLanguage()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getLicense <em>License</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>License</em>'.
	 * @see org.strata.model.corpus.Source#getLicense()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_License();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.strata.model.corpus.Source#getStatus()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.strata.model.corpus.Source#getReason()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Source#getPassageCount <em>Passage Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passage Count</em>'.
	 * @see org.strata.model.corpus.Source#getPassageCount()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_PassageCount();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.Judgment <em>Judgment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Judgment</em>'.
	 * @see org.strata.model.corpus.Judgment
	 * @generated
	 */
	EClass getJudgment();

	/**
	 * Returns the meta object for the attribute list '{@link org.strata.model.corpus.Judgment#getCandidates <em>Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Candidates</em>'.
	 * @see org.strata.model.corpus.Judgment#getCandidates()
	 * @see #getJudgment()
	 * @generated
	 */
	EAttribute getJudgment_Candidates();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Judgment#getChosen <em>Chosen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chosen</em>'.
	 * @see org.strata.model.corpus.Judgment#getChosen()
	 * @see #getJudgment()
	 * @generated
	 */
	EAttribute getJudgment_Chosen();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Judgment#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.strata.model.corpus.Judgment#getVerdict()
	 * @see #getJudgment()
	 * @generated
	 */
	EAttribute getJudgment_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Judgment#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.strata.model.corpus.Judgment#getRationale()
	 * @see #getJudgment()
	 * @generated
	 */
	EAttribute getJudgment_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Judgment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.strata.model.corpus.Judgment#getAuthor()
	 * @see #getJudgment()
	 * @generated
	 */
	EAttribute getJudgment_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.Judgment#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.strata.model.corpus.Judgment#getTime()
	 * @see #getJudgment()
	 * @generated
	 */
	EAttribute getJudgment_Time();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.VerificationItem <em>Verification Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Verification Item</em>'.
	 * @see org.strata.model.corpus.VerificationItem
	 * @generated
	 */
	EClass getVerificationItem();

	/**
	 * Returns the meta object for the reference '{@link org.strata.model.corpus.VerificationItem#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Layer</em>'.
	 * @see org.strata.model.corpus.VerificationItem#getLayer()
	 * @see #getVerificationItem()
	 * @generated
	 */
	EReference getVerificationItem_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.VerificationItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.strata.model.corpus.VerificationItem#getKind()
	 * @see #getVerificationItem()
	 * @generated
	 */
	EAttribute getVerificationItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.VerificationItem#getPrompt <em>Prompt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prompt</em>'.
	 * @see org.strata.model.corpus.VerificationItem#getPrompt()
	 * @see #getVerificationItem()
	 * @generated
	 */
	EAttribute getVerificationItem_Prompt();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.VerificationItem#getExpectedAnswer <em>Expected Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Answer</em>'.
	 * @see org.strata.model.corpus.VerificationItem#getExpectedAnswer()
	 * @see #getVerificationItem()
	 * @generated
	 */
	EAttribute getVerificationItem_ExpectedAnswer();

	/**
	 * Returns the meta object for the attribute list '{@link org.strata.model.corpus.VerificationItem#getPassages <em>Passages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Passages</em>'.
	 * @see org.strata.model.corpus.VerificationItem#getPassages()
	 * @see #getVerificationItem()
	 * @generated
	 */
	EAttribute getVerificationItem_Passages();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.VerificationItem#isDraft <em>Draft</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Draft</em>'.
	 * @see org.strata.model.corpus.VerificationItem#isDraft()
	 * @see #getVerificationItem()
	 * @generated
	 */
	EAttribute getVerificationItem_Draft();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.ScoringProfile <em>Scoring Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Profile</em>'.
	 * @see org.strata.model.corpus.ScoringProfile
	 * @generated
	 */
	EClass getScoringProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getEncoder <em>Encoder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoder</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getEncoder()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_Encoder();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getDevice()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getHeadVersion <em>Head Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head Version</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getHeadVersion()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_HeadVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getBatchSize()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_BatchSize();

	/**
	 * Returns the meta object for the containment reference list '{@link org.strata.model.corpus.ScoringProfile#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Weights</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getWeights()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EReference getScoringProfile_Weights();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifier <em>Classifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifier()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_Classifier();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifierTokenizer <em>Classifier Tokenizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Tokenizer</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifierTokenizer()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_ClassifierTokenizer();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifierInputIds <em>Classifier Input Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Input Ids</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifierInputIds()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_ClassifierInputIds();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifierAttentionMask <em>Classifier Attention Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Attention Mask</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifierAttentionMask()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_ClassifierAttentionMask();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifierOutput <em>Classifier Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Output</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifierOutput()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_ClassifierOutput();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifierIndex <em>Classifier Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Index</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifierIndex()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_ClassifierIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifierMin <em>Classifier Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Min</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifierMin()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_ClassifierMin();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifierMax <em>Classifier Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Max</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifierMax()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_ClassifierMax();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ScoringProfile#getClassifierMode <em>Classifier Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classifier Mode</em>'.
	 * @see org.strata.model.corpus.ScoringProfile#getClassifierMode()
	 * @see #getScoringProfile()
	 * @generated
	 */
	EAttribute getScoringProfile_ClassifierMode();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.SignalWeight <em>Signal Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signal Weight</em>'.
	 * @see org.strata.model.corpus.SignalWeight
	 * @generated
	 */
	EClass getSignalWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.SignalWeight#getSignal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signal</em>'.
	 * @see org.strata.model.corpus.SignalWeight#getSignal()
	 * @see #getSignalWeight()
	 * @generated
	 */
	EAttribute getSignalWeight_Signal();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.SignalWeight#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.strata.model.corpus.SignalWeight#getWeight()
	 * @see #getSignalWeight()
	 * @generated
	 */
	EAttribute getSignalWeight_Weight();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.ExportProfile <em>Export Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Export Profile</em>'.
	 * @see org.strata.model.corpus.ExportProfile
	 * @generated
	 */
	EClass getExportProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ExportProfile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.strata.model.corpus.ExportProfile#getName()
	 * @see #getExportProfile()
	 * @generated
	 */
	EAttribute getExportProfile_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.strata.model.corpus.ExportProfile#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Stages</em>'.
	 * @see org.strata.model.corpus.ExportProfile#getStages()
	 * @see #getExportProfile()
	 * @generated
	 */
	EReference getExportProfile_Stages();

	/**
	 * Returns the meta object for the attribute list '{@link org.strata.model.corpus.ExportProfile#getFormats <em>Formats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Formats</em>'.
	 * @see org.strata.model.corpus.ExportProfile#getFormats()
	 * @see #getExportProfile()
	 * @generated
	 */
	EAttribute getExportProfile_Formats();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ExportProfile#getMinDensity <em>Min Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Density</em>'.
	 * @see org.strata.model.corpus.ExportProfile#getMinDensity()
	 * @see #getExportProfile()
	 * @generated
	 */
	EAttribute getExportProfile_MinDensity();

	/**
	 * Returns the meta object for the attribute list '{@link org.strata.model.corpus.ExportProfile#getStatuses <em>Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Statuses</em>'.
	 * @see org.strata.model.corpus.ExportProfile#getStatuses()
	 * @see #getExportProfile()
	 * @generated
	 */
	EAttribute getExportProfile_Statuses();

	/**
	 * Returns the meta object for the attribute list '{@link org.strata.model.corpus.ExportProfile#getLanguages <em>Languages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Languages</em>'.
	 * @see org.strata.model.corpus.ExportProfile#getLanguages()
	 * @see #getExportProfile()
	 * @generated
	 */
	EAttribute getExportProfile_Languages();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ExportProfile#getStageTokenBudget <em>Stage Token Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage Token Budget</em>'.
	 * @see org.strata.model.corpus.ExportProfile#getStageTokenBudget()
	 * @see #getExportProfile()
	 * @generated
	 */
	EAttribute getExportProfile_StageTokenBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.ExportProfile#isExcludeDuplicates <em>Exclude Duplicates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude Duplicates</em>'.
	 * @see org.strata.model.corpus.ExportProfile#isExcludeDuplicates()
	 * @see #getExportProfile()
	 * @generated
	 */
	EAttribute getExportProfile_ExcludeDuplicates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.strata.model.corpus.ExportProfile#getPrompts <em>Prompts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prompts</em>'.
	 * @see org.strata.model.corpus.ExportProfile#getPrompts()
	 * @see #getExportProfile()
	 * @generated
	 */
	EReference getExportProfile_Prompts();

	/**
	 * Returns the meta object for class '{@link org.strata.model.corpus.PromptTemplate <em>Prompt Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prompt Template</em>'.
	 * @see org.strata.model.corpus.PromptTemplate
	 * @generated
	 */
	EClass getPromptTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.PromptTemplate#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.strata.model.corpus.PromptTemplate#getLanguage()
	 * @see #getPromptTemplate()
	 * @generated
	 */
	EAttribute getPromptTemplate_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.PromptTemplate#getConceptQuestion <em>Concept Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concept Question</em>'.
	 * @see org.strata.model.corpus.PromptTemplate#getConceptQuestion()
	 * @see #getPromptTemplate()
	 * @generated
	 */
	EAttribute getPromptTemplate_ConceptQuestion();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.PromptTemplate#getAlsoCalled <em>Also Called</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Also Called</em>'.
	 * @see org.strata.model.corpus.PromptTemplate#getAlsoCalled()
	 * @see #getPromptTemplate()
	 * @generated
	 */
	EAttribute getPromptTemplate_AlsoCalled();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.PromptTemplate#getAboutConcept <em>About Concept</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>About Concept</em>'.
	 * @see org.strata.model.corpus.PromptTemplate#getAboutConcept()
	 * @see #getPromptTemplate()
	 * @generated
	 */
	EAttribute getPromptTemplate_AboutConcept();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.PromptTemplate#getOfDocument <em>Of Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Of Document</em>'.
	 * @see org.strata.model.corpus.PromptTemplate#getOfDocument()
	 * @see #getPromptTemplate()
	 * @generated
	 */
	EAttribute getPromptTemplate_OfDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.PromptTemplate#getForStage <em>For Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>For Stage</em>'.
	 * @see org.strata.model.corpus.PromptTemplate#getForStage()
	 * @see #getPromptTemplate()
	 * @generated
	 */
	EAttribute getPromptTemplate_ForStage();

	/**
	 * Returns the meta object for the attribute '{@link org.strata.model.corpus.PromptTemplate#getStageDescription <em>Stage Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage Description</em>'.
	 * @see org.strata.model.corpus.PromptTemplate#getStageDescription()
	 * @see #getPromptTemplate()
	 * @generated
	 */
	EAttribute getPromptTemplate_StageDescription();

	/**
	 * Returns the meta object for enum '{@link org.strata.model.corpus.LayerKind <em>Layer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layer Kind</em>'.
	 * @see org.strata.model.corpus.LayerKind
	 * @generated
	 */
	EEnum getLayerKind();

	/**
	 * Returns the meta object for enum '{@link org.strata.model.corpus.IngestStatus <em>Ingest Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ingest Status</em>'.
	 * @see org.strata.model.corpus.IngestStatus
	 * @generated
	 */
	EEnum getIngestStatus();

	/**
	 * Returns the meta object for enum '{@link org.strata.model.corpus.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.strata.model.corpus.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.strata.model.corpus.VerificationKind <em>Verification Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification Kind</em>'.
	 * @see org.strata.model.corpus.VerificationKind
	 * @generated
	 */
	EEnum getVerificationKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CorpusFactory getCorpusFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.CorpusImpl <em>Corpus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.CorpusImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getCorpus()
		 * @generated
		 */
		EClass CORPUS = eINSTANCE.getCorpus();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__NAME = eINSTANCE.getCorpus_Name();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__DOMAIN = eINSTANCE.getCorpus_Domain();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__DESCRIPTION = eINSTANCE.getCorpus_Description();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS__LANGUAGES = eINSTANCE.getCorpus_Languages();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__LAYERS = eINSTANCE.getCorpus_Layers();

		/**
		 * The meta object literal for the '<em><b>Concepts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__CONCEPTS = eINSTANCE.getCorpus_Concepts();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__SOURCES = eINSTANCE.getCorpus_Sources();

		/**
		 * The meta object literal for the '<em><b>Judgments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__JUDGMENTS = eINSTANCE.getCorpus_Judgments();

		/**
		 * The meta object literal for the '<em><b>Verification Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__VERIFICATION_ITEMS = eINSTANCE.getCorpus_VerificationItems();

		/**
		 * The meta object literal for the '<em><b>Scoring Profile</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__SCORING_PROFILE = eINSTANCE.getCorpus_ScoringProfile();

		/**
		 * The meta object literal for the '<em><b>Export Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__EXPORT_PROFILES = eINSTANCE.getCorpus_ExportProfiles();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.LayerImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__NAME = eINSTANCE.getLayer_Name();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ORDER = eINSTANCE.getLayer_Order();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__KIND = eINSTANCE.getLayer_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__DESCRIPTION = eINSTANCE.getLayer_Description();

		/**
		 * The meta object literal for the '<em><b>Goal Tokens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__GOAL_TOKENS = eINSTANCE.getLayer_GoalTokens();

		/**
		 * The meta object literal for the '<em><b>Min Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__MIN_DENSITY = eINSTANCE.getLayer_MinDensity();

		/**
		 * The meta object literal for the '<em><b>Reads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__READS = eINSTANCE.getLayer_Reads();

		/**
		 * The meta object literal for the '<em><b>Read Tokens</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__READ_TOKENS = eINSTANCE.getLayer_ReadTokens();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.ConceptImpl <em>Concept</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.ConceptImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getConcept()
		 * @generated
		 */
		EClass CONCEPT = eINSTANCE.getConcept();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT__NAME = eINSTANCE.getConcept_Name();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT__DEFINITION = eINSTANCE.getConcept_Definition();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCEPT__ALIASES = eINSTANCE.getConcept_Aliases();

		/**
		 * The meta object literal for the '<em><b>Broader</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__BROADER = eINSTANCE.getConcept_Broader();

		/**
		 * The meta object literal for the '<em><b>Narrower</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__NARROWER = eINSTANCE.getConcept_Narrower();

		/**
		 * The meta object literal for the '<em><b>Related</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONCEPT__RELATED = eINSTANCE.getConcept_Related();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.SourceImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URI = eINSTANCE.getSource_Uri();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__MEDIA_TYPE = eINSTANCE.getSource_MediaType();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__SHA256 = eINSTANCE.getSource_Sha256();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__AUTHOR = eINSTANCE.getSource_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DATE = eINSTANCE.getSource_Date();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__LANGUAGE = eINSTANCE.getSource_Language();

		/**
		 * The meta object literal for the '<em><b>License</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__LICENSE = eINSTANCE.getSource_License();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__STATUS = eINSTANCE.getSource_Status();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__REASON = eINSTANCE.getSource_Reason();

		/**
		 * The meta object literal for the '<em><b>Passage Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PASSAGE_COUNT = eINSTANCE.getSource_PassageCount();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.JudgmentImpl <em>Judgment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.JudgmentImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getJudgment()
		 * @generated
		 */
		EClass JUDGMENT = eINSTANCE.getJudgment();

		/**
		 * The meta object literal for the '<em><b>Candidates</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGMENT__CANDIDATES = eINSTANCE.getJudgment_Candidates();

		/**
		 * The meta object literal for the '<em><b>Chosen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGMENT__CHOSEN = eINSTANCE.getJudgment_Chosen();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGMENT__VERDICT = eINSTANCE.getJudgment_Verdict();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGMENT__RATIONALE = eINSTANCE.getJudgment_Rationale();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGMENT__AUTHOR = eINSTANCE.getJudgment_Author();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUDGMENT__TIME = eINSTANCE.getJudgment_Time();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.VerificationItemImpl <em>Verification Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.VerificationItemImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getVerificationItem()
		 * @generated
		 */
		EClass VERIFICATION_ITEM = eINSTANCE.getVerificationItem();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VERIFICATION_ITEM__LAYER = eINSTANCE.getVerificationItem_Layer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION_ITEM__KIND = eINSTANCE.getVerificationItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Prompt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION_ITEM__PROMPT = eINSTANCE.getVerificationItem_Prompt();

		/**
		 * The meta object literal for the '<em><b>Expected Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION_ITEM__EXPECTED_ANSWER = eINSTANCE.getVerificationItem_ExpectedAnswer();

		/**
		 * The meta object literal for the '<em><b>Passages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION_ITEM__PASSAGES = eINSTANCE.getVerificationItem_Passages();

		/**
		 * The meta object literal for the '<em><b>Draft</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VERIFICATION_ITEM__DRAFT = eINSTANCE.getVerificationItem_Draft();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.ScoringProfileImpl <em>Scoring Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.ScoringProfileImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getScoringProfile()
		 * @generated
		 */
		EClass SCORING_PROFILE = eINSTANCE.getScoringProfile();

		/**
		 * The meta object literal for the '<em><b>Encoder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__ENCODER = eINSTANCE.getScoringProfile_Encoder();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__DEVICE = eINSTANCE.getScoringProfile_Device();

		/**
		 * The meta object literal for the '<em><b>Head Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__HEAD_VERSION = eINSTANCE.getScoringProfile_HeadVersion();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__BATCH_SIZE = eINSTANCE.getScoringProfile_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_PROFILE__WEIGHTS = eINSTANCE.getScoringProfile_Weights();

		/**
		 * The meta object literal for the '<em><b>Classifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER = eINSTANCE.getScoringProfile_Classifier();

		/**
		 * The meta object literal for the '<em><b>Classifier Tokenizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER_TOKENIZER = eINSTANCE.getScoringProfile_ClassifierTokenizer();

		/**
		 * The meta object literal for the '<em><b>Classifier Input Ids</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER_INPUT_IDS = eINSTANCE.getScoringProfile_ClassifierInputIds();

		/**
		 * The meta object literal for the '<em><b>Classifier Attention Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK = eINSTANCE.getScoringProfile_ClassifierAttentionMask();

		/**
		 * The meta object literal for the '<em><b>Classifier Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER_OUTPUT = eINSTANCE.getScoringProfile_ClassifierOutput();

		/**
		 * The meta object literal for the '<em><b>Classifier Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER_INDEX = eINSTANCE.getScoringProfile_ClassifierIndex();

		/**
		 * The meta object literal for the '<em><b>Classifier Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER_MIN = eINSTANCE.getScoringProfile_ClassifierMin();

		/**
		 * The meta object literal for the '<em><b>Classifier Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER_MAX = eINSTANCE.getScoringProfile_ClassifierMax();

		/**
		 * The meta object literal for the '<em><b>Classifier Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_PROFILE__CLASSIFIER_MODE = eINSTANCE.getScoringProfile_ClassifierMode();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.SignalWeightImpl <em>Signal Weight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.SignalWeightImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getSignalWeight()
		 * @generated
		 */
		EClass SIGNAL_WEIGHT = eINSTANCE.getSignalWeight();

		/**
		 * The meta object literal for the '<em><b>Signal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_WEIGHT__SIGNAL = eINSTANCE.getSignalWeight_Signal();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_WEIGHT__WEIGHT = eINSTANCE.getSignalWeight_Weight();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.ExportProfileImpl <em>Export Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.ExportProfileImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getExportProfile()
		 * @generated
		 */
		EClass EXPORT_PROFILE = eINSTANCE.getExportProfile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PROFILE__NAME = eINSTANCE.getExportProfile_Name();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPORT_PROFILE__STAGES = eINSTANCE.getExportProfile_Stages();

		/**
		 * The meta object literal for the '<em><b>Formats</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PROFILE__FORMATS = eINSTANCE.getExportProfile_Formats();

		/**
		 * The meta object literal for the '<em><b>Min Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PROFILE__MIN_DENSITY = eINSTANCE.getExportProfile_MinDensity();

		/**
		 * The meta object literal for the '<em><b>Statuses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PROFILE__STATUSES = eINSTANCE.getExportProfile_Statuses();

		/**
		 * The meta object literal for the '<em><b>Languages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PROFILE__LANGUAGES = eINSTANCE.getExportProfile_Languages();

		/**
		 * The meta object literal for the '<em><b>Stage Token Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PROFILE__STAGE_TOKEN_BUDGET = eINSTANCE.getExportProfile_StageTokenBudget();

		/**
		 * The meta object literal for the '<em><b>Exclude Duplicates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPORT_PROFILE__EXCLUDE_DUPLICATES = eINSTANCE.getExportProfile_ExcludeDuplicates();

		/**
		 * The meta object literal for the '<em><b>Prompts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPORT_PROFILE__PROMPTS = eINSTANCE.getExportProfile_Prompts();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.impl.PromptTemplateImpl <em>Prompt Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.impl.PromptTemplateImpl
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getPromptTemplate()
		 * @generated
		 */
		EClass PROMPT_TEMPLATE = eINSTANCE.getPromptTemplate();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMPT_TEMPLATE__LANGUAGE = eINSTANCE.getPromptTemplate_Language();

		/**
		 * The meta object literal for the '<em><b>Concept Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMPT_TEMPLATE__CONCEPT_QUESTION = eINSTANCE.getPromptTemplate_ConceptQuestion();

		/**
		 * The meta object literal for the '<em><b>Also Called</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMPT_TEMPLATE__ALSO_CALLED = eINSTANCE.getPromptTemplate_AlsoCalled();

		/**
		 * The meta object literal for the '<em><b>About Concept</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMPT_TEMPLATE__ABOUT_CONCEPT = eINSTANCE.getPromptTemplate_AboutConcept();

		/**
		 * The meta object literal for the '<em><b>Of Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMPT_TEMPLATE__OF_DOCUMENT = eINSTANCE.getPromptTemplate_OfDocument();

		/**
		 * The meta object literal for the '<em><b>For Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMPT_TEMPLATE__FOR_STAGE = eINSTANCE.getPromptTemplate_ForStage();

		/**
		 * The meta object literal for the '<em><b>Stage Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROMPT_TEMPLATE__STAGE_DESCRIPTION = eINSTANCE.getPromptTemplate_StageDescription();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.LayerKind <em>Layer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.LayerKind
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getLayerKind()
		 * @generated
		 */
		EEnum LAYER_KIND = eINSTANCE.getLayerKind();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.IngestStatus <em>Ingest Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.IngestStatus
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getIngestStatus()
		 * @generated
		 */
		EEnum INGEST_STATUS = eINSTANCE.getIngestStatus();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.Verdict
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.strata.model.corpus.VerificationKind <em>Verification Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.strata.model.corpus.VerificationKind
		 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getVerificationKind()
		 * @generated
		 */
		EEnum VERIFICATION_KIND = eINSTANCE.getVerificationKind();

	}

} //CorpusPackage
