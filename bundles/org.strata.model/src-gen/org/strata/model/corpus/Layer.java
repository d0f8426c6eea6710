/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One stage of the curriculum. The position in Corpus.layers is the curriculum order; order mirrors it (1-based) for files and validation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.Layer#getName <em>Name</em>}</li>
 *   <li>{@link org.strata.model.corpus.Layer#getOrder <em>Order</em>}</li>
 *   <li>{@link org.strata.model.corpus.Layer#getKind <em>Kind</em>}</li>
 *   <li>{@link org.strata.model.corpus.Layer#getDescription <em>Description</em>}</li>
 *   <li>{@link org.strata.model.corpus.Layer#getGoalTokens <em>Goal Tokens</em>}</li>
 *   <li>{@link org.strata.model.corpus.Layer#getMinDensity <em>Min Density</em>}</li>
 *   <li>{@link org.strata.model.corpus.Layer#getReads <em>Reads</em>}</li>
 *   <li>{@link org.strata.model.corpus.Layer#getReadTokens <em>Read Tokens</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.strata.model.corpus.CorpusPackage#getLayer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Layer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.strata.model.corpus.CorpusPackage#getLayer_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Layer#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.strata.model.corpus.LayerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.strata.model.corpus.LayerKind
	 * @see #setKind(LayerKind)
	 * @see org.strata.model.corpus.CorpusPackage#getLayer_Kind()
	 * @model
	 * @generated
	 */
	LayerKind getKind();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Layer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.strata.model.corpus.LayerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LayerKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.strata.model.corpus.CorpusPackage#getLayer_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Layer#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Goal Tokens</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal Tokens</em>' attribute.
	 * @see #setGoalTokens(long)
	 * @see org.strata.model.corpus.CorpusPackage#getLayer_GoalTokens()
	 * @model
	 * @generated
	 */
	long getGoalTokens();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Layer#getGoalTokens <em>Goal Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal Tokens</em>' attribute.
	 * @see #getGoalTokens()
	 * @generated
	 */
	void setGoalTokens(long value);

	/**
	 * Returns the value of the '<em><b>Min Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Density</em>' attribute.
	 * @see #setMinDensity(double)
	 * @see org.strata.model.corpus.CorpusPackage#getLayer_MinDensity()
	 * @model
	 * @generated
	 */
	double getMinDensity();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Layer#getMinDensity <em>Min Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Density</em>' attribute.
	 * @see #getMinDensity()
	 * @generated
	 */
	void setMinDensity(double value);

	/**
	 * Returns the value of the '<em><b>Reads</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times the stage's passages are read in training (epochs); 1 reads them once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reads</em>' attribute.
	 * @see #setReads(int)
	 * @see org.strata.model.corpus.CorpusPackage#getLayer_Reads()
	 * @model default="1"
	 * @generated
	 */
	int getReads();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Layer#getReads <em>Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reads</em>' attribute.
	 * @see #getReads()
	 * @generated
	 */
	void setReads(int value);

	/**
	 * Returns the value of the '<em><b>Read Tokens</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A token target for the stage: its passages are read until that many tokens are read, the densest repeated first; 0 for none (reads applies).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read Tokens</em>' attribute.
	 * @see #setReadTokens(long)
	 * @see org.strata.model.corpus.CorpusPackage#getLayer_ReadTokens()
	 * @model default="0"
	 * @generated
	 */
	long getReadTokens();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Layer#getReadTokens <em>Read Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Tokens</em>' attribute.
	 * @see #getReadTokens()
	 * @generated
	 */
	void setReadTokens(long value);

} // Layer
