/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A corpus project: the expert's curriculum of layers, the concept taxonomy, the sources, the expert's judgments and verification items, and how passages are scored and exported. Passages live in the passage store and are referenced by id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.Corpus#getName <em>Name</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getDescription <em>Description</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getConcepts <em>Concepts</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getSources <em>Sources</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getJudgments <em>Judgments</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getVerificationItems <em>Verification Items</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getScoringProfile <em>Scoring Profile</em>}</li>
 *   <li>{@link org.strata.model.corpus.Corpus#getExportProfiles <em>Export Profiles</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getCorpus()
 * @model
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Corpus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Corpus#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Corpus#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

	/**
	 * Returns the value of the '<em><b>Concepts</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.Concept}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Concepts</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_Concepts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Concept> getConcepts();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Judgments</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.Judgment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Judgments</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_Judgments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Judgment> getJudgments();

	/**
	 * Returns the value of the '<em><b>Verification Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.VerificationItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verification Items</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_VerificationItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<VerificationItem> getVerificationItems();

	/**
	 * Returns the value of the '<em><b>Scoring Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring Profile</em>' containment reference.
	 * @see #setScoringProfile(ScoringProfile)
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_ScoringProfile()
	 * @model containment="true"
	 * @generated
	 */
	ScoringProfile getScoringProfile();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Corpus#getScoringProfile <em>Scoring Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring Profile</em>' containment reference.
	 * @see #getScoringProfile()
	 * @generated
	 */
	void setScoringProfile(ScoringProfile value);

	/**
	 * Returns the value of the '<em><b>Export Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.ExportProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Export Profiles</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getCorpus_ExportProfiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExportProfile> getExportProfiles();

} // Corpus
