/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How passages are scored: the encoder, the device, the density head version, and the weights of the density signals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getEncoder <em>Encoder</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getDevice <em>Device</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getHeadVersion <em>Head Version</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getWeights <em>Weights</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile()
 * @model
 * @generated
 */
public interface ScoringProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Encoder</b></em>' attribute.
	 * The default value is <code>"all-minilm-l6-v2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoder</em>' attribute.
	 * @see #setEncoder(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_Encoder()
	 * @model default="all-minilm-l6-v2"
	 * @generated
	 */
	String getEncoder();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getEncoder <em>Encoder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoder</em>' attribute.
	 * @see #getEncoder()
	 * @generated
	 */
	void setEncoder(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * The default value is <code>"auto"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_Device()
	 * @model default="auto"
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Head Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head Version</em>' attribute.
	 * @see #setHeadVersion(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_HeadVersion()
	 * @model
	 * @generated
	 */
	String getHeadVersion();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getHeadVersion <em>Head Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head Version</em>' attribute.
	 * @see #getHeadVersion()
	 * @generated
	 */
	void setHeadVersion(String value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_BatchSize()
	 * @model default="32"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.SignalWeight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weights</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_Weights()
	 * @model containment="true"
	 * @generated
	 */
	EList<SignalWeight> getWeights();

} // ScoringProfile
