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
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__SOURCES = 5;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 6;

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
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Goal Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__GOAL_TOKENS = 3;

	/**
	 * The feature id for the '<em><b>Min Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__MIN_DENSITY = 4;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.impl.SourceImpl
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 2;

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
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LANGUAGE = 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STATUS = 6;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__REASON = 7;

	/**
	 * The feature id for the '<em><b>Passage Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PASSAGE_COUNT = 8;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.LayerKind <em>Layer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.LayerKind
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getLayerKind()
	 * @generated
	 */
	int LAYER_KIND = 3;

	/**
	 * The meta object id for the '{@link org.strata.model.corpus.IngestStatus <em>Ingest Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.strata.model.corpus.IngestStatus
	 * @see org.strata.model.corpus.impl.CorpusPackageImpl#getIngestStatus()
	 * @generated
	 */
	int INGEST_STATUS = 4;


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
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__SOURCES = eINSTANCE.getCorpus_Sources();

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
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__LANGUAGE = eINSTANCE.getSource_Language();

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

	}

} //CorpusPackage
