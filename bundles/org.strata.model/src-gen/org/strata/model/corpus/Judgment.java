/**
 */
package org.strata.model.corpus;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Judgment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An expert's act of choice: the best of two or three candidate passages (chosen empty when none was good), or a single accept/reject verdict on one candidate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.Judgment#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link org.strata.model.corpus.Judgment#getChosen <em>Chosen</em>}</li>
 *   <li>{@link org.strata.model.corpus.Judgment#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.strata.model.corpus.Judgment#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.strata.model.corpus.Judgment#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.strata.model.corpus.Judgment#getTime <em>Time</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getJudgment()
 * @model
 * @generated
 */
public interface Judgment extends EObject {
	/**
	 * Returns the value of the '<em><b>Candidates</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Candidates</em>' attribute list.
	 * @see org.strata.model.corpus.CorpusPackage#getJudgment_Candidates()
	 * @model
	 * @generated
	 */
	EList<String> getCandidates();

	/**
	 * Returns the value of the '<em><b>Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chosen</em>' attribute.
	 * @see #setChosen(String)
	 * @see org.strata.model.corpus.CorpusPackage#getJudgment_Chosen()
	 * @model
	 * @generated
	 */
	String getChosen();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Judgment#getChosen <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chosen</em>' attribute.
	 * @see #getChosen()
	 * @generated
	 */
	void setChosen(String value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.strata.model.corpus.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.strata.model.corpus.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.strata.model.corpus.CorpusPackage#getJudgment_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Judgment#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.strata.model.corpus.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.strata.model.corpus.CorpusPackage#getJudgment_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Judgment#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.strata.model.corpus.CorpusPackage#getJudgment_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Judgment#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.strata.model.corpus.CorpusPackage#getJudgment_Time()
	 * @model
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Judgment#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

} // Judgment
