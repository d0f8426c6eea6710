/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signal Weight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.SignalWeight#getSignal <em>Signal</em>}</li>
 *   <li>{@link org.strata.model.corpus.SignalWeight#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getSignalWeight()
 * @model
 * @generated
 */
public interface SignalWeight extends EObject {
	/**
	 * Returns the value of the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signal</em>' attribute.
	 * @see #setSignal(String)
	 * @see org.strata.model.corpus.CorpusPackage#getSignalWeight_Signal()
	 * @model
	 * @generated
	 */
	String getSignal();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.SignalWeight#getSignal <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signal</em>' attribute.
	 * @see #getSignal()
	 * @generated
	 */
	void setSignal(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.strata.model.corpus.CorpusPackage#getSignalWeight_Weight()
	 * @model
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.SignalWeight#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // SignalWeight
