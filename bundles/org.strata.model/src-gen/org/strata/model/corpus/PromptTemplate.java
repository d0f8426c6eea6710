/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prompt Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The prompts a pack writes before the passages and definitions of one language, as the expert worded them (a field left unset keeps Strata's own): {0} and {1} stand for the names filled in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.PromptTemplate#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.strata.model.corpus.PromptTemplate#getConceptQuestion <em>Concept Question</em>}</li>
 *   <li>{@link org.strata.model.corpus.PromptTemplate#getAlsoCalled <em>Also Called</em>}</li>
 *   <li>{@link org.strata.model.corpus.PromptTemplate#getAboutConcept <em>About Concept</em>}</li>
 *   <li>{@link org.strata.model.corpus.PromptTemplate#getOfDocument <em>Of Document</em>}</li>
 *   <li>{@link org.strata.model.corpus.PromptTemplate#getForStage <em>For Stage</em>}</li>
 *   <li>{@link org.strata.model.corpus.PromptTemplate#getStageDescription <em>Stage Description</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getPromptTemplate()
 * @model
 * @generated
 */
public interface PromptTemplate extends EObject {
	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.strata.model.corpus.CorpusPackage#getPromptTemplate_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.PromptTemplate#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Concept Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Concept Question</em>' attribute.
	 * @see #setConceptQuestion(String)
	 * @see org.strata.model.corpus.CorpusPackage#getPromptTemplate_ConceptQuestion()
	 * @model
	 * @generated
	 */
	String getConceptQuestion();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.PromptTemplate#getConceptQuestion <em>Concept Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concept Question</em>' attribute.
	 * @see #getConceptQuestion()
	 * @generated
	 */
	void setConceptQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Also Called</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Also Called</em>' attribute.
	 * @see #setAlsoCalled(String)
	 * @see org.strata.model.corpus.CorpusPackage#getPromptTemplate_AlsoCalled()
	 * @model
	 * @generated
	 */
	String getAlsoCalled();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.PromptTemplate#getAlsoCalled <em>Also Called</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Also Called</em>' attribute.
	 * @see #getAlsoCalled()
	 * @generated
	 */
	void setAlsoCalled(String value);

	/**
	 * Returns the value of the '<em><b>About Concept</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>About Concept</em>' attribute.
	 * @see #setAboutConcept(String)
	 * @see org.strata.model.corpus.CorpusPackage#getPromptTemplate_AboutConcept()
	 * @model
	 * @generated
	 */
	String getAboutConcept();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.PromptTemplate#getAboutConcept <em>About Concept</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>About Concept</em>' attribute.
	 * @see #getAboutConcept()
	 * @generated
	 */
	void setAboutConcept(String value);

	/**
	 * Returns the value of the '<em><b>Of Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Of Document</em>' attribute.
	 * @see #setOfDocument(String)
	 * @see org.strata.model.corpus.CorpusPackage#getPromptTemplate_OfDocument()
	 * @model
	 * @generated
	 */
	String getOfDocument();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.PromptTemplate#getOfDocument <em>Of Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Of Document</em>' attribute.
	 * @see #getOfDocument()
	 * @generated
	 */
	void setOfDocument(String value);

	/**
	 * Returns the value of the '<em><b>For Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>For Stage</em>' attribute.
	 * @see #setForStage(String)
	 * @see org.strata.model.corpus.CorpusPackage#getPromptTemplate_ForStage()
	 * @model
	 * @generated
	 */
	String getForStage();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.PromptTemplate#getForStage <em>For Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>For Stage</em>' attribute.
	 * @see #getForStage()
	 * @generated
	 */
	void setForStage(String value);

	/**
	 * Returns the value of the '<em><b>Stage Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Description</em>' attribute.
	 * @see #setStageDescription(String)
	 * @see org.strata.model.corpus.CorpusPackage#getPromptTemplate_StageDescription()
	 * @model
	 * @generated
	 */
	String getStageDescription();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.PromptTemplate#getStageDescription <em>Stage Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage Description</em>' attribute.
	 * @see #getStageDescription()
	 * @generated
	 */
	void setStageDescription(String value);

} // PromptTemplate
