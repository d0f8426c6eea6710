/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Verification Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A check question, critical-reasoning prompt or analogy chain for one layer, with its expected answer and the passages it rests on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.VerificationItem#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.strata.model.corpus.VerificationItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.strata.model.corpus.VerificationItem#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link org.strata.model.corpus.VerificationItem#getExpectedAnswer <em>Expected Answer</em>}</li>
 *   <li>{@link org.strata.model.corpus.VerificationItem#getPassages <em>Passages</em>}</li>
 *   <li>{@link org.strata.model.corpus.VerificationItem#isDraft <em>Draft</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getVerificationItem()
 * @model
 * @generated
 */
public interface VerificationItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Layer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' reference.
	 * @see #setLayer(Layer)
	 * @see org.strata.model.corpus.CorpusPackage#getVerificationItem_Layer()
	 * @model
	 * @generated
	 */
	Layer getLayer();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.VerificationItem#getLayer <em>Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' reference.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(Layer value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.strata.model.corpus.VerificationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.strata.model.corpus.VerificationKind
	 * @see #setKind(VerificationKind)
	 * @see org.strata.model.corpus.CorpusPackage#getVerificationItem_Kind()
	 * @model
	 * @generated
	 */
	VerificationKind getKind();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.VerificationItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.strata.model.corpus.VerificationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(VerificationKind value);

	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prompt</em>' attribute.
	 * @see #setPrompt(String)
	 * @see org.strata.model.corpus.CorpusPackage#getVerificationItem_Prompt()
	 * @model
	 * @generated
	 */
	String getPrompt();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.VerificationItem#getPrompt <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' attribute.
	 * @see #getPrompt()
	 * @generated
	 */
	void setPrompt(String value);

	/**
	 * Returns the value of the '<em><b>Expected Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Answer</em>' attribute.
	 * @see #setExpectedAnswer(String)
	 * @see org.strata.model.corpus.CorpusPackage#getVerificationItem_ExpectedAnswer()
	 * @model
	 * @generated
	 */
	String getExpectedAnswer();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.VerificationItem#getExpectedAnswer <em>Expected Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Answer</em>' attribute.
	 * @see #getExpectedAnswer()
	 * @generated
	 */
	void setExpectedAnswer(String value);

	/**
	 * Returns the value of the '<em><b>Passages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passages</em>' attribute list.
	 * @see org.strata.model.corpus.CorpusPackage#getVerificationItem_Passages()
	 * @model
	 * @generated
	 */
	EList<String> getPassages();

	/**
	 * Returns the value of the '<em><b>Draft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drafted by Strata from the corpus, not yet accepted by the expert: a draft goes into no pack.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Draft</em>' attribute.
	 * @see #setDraft(boolean)
	 * @see org.strata.model.corpus.CorpusPackage#getVerificationItem_Draft()
	 * @model
	 * @generated
	 */
	boolean isDraft();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.VerificationItem#isDraft <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Draft</em>' attribute.
	 * @see #isDraft()
	 * @generated
	 */
	void setDraft(boolean value);

} // VerificationItem
