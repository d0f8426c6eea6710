/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concept</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A term of the domain's taxonomy, with broader, narrower and related concepts.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.Concept#getName <em>Name</em>}</li>
 *   <li>{@link org.strata.model.corpus.Concept#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.strata.model.corpus.Concept#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.strata.model.corpus.Concept#getBroader <em>Broader</em>}</li>
 *   <li>{@link org.strata.model.corpus.Concept#getNarrower <em>Narrower</em>}</li>
 *   <li>{@link org.strata.model.corpus.Concept#getRelated <em>Related</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getConcept()
 * @model
 * @generated
 */
public interface Concept extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.strata.model.corpus.CorpusPackage#getConcept_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Concept#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.strata.model.corpus.CorpusPackage#getConcept_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.Concept#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.strata.model.corpus.CorpusPackage#getConcept_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Broader</b></em>' reference list.
	 * The list contents are of type {@link org.strata.model.corpus.Concept}.
	 * It is bidirectional and its opposite is '{@link org.strata.model.corpus.Concept#getNarrower <em>Narrower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Broader</em>' reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getConcept_Broader()
	 * @see org.strata.model.corpus.Concept#getNarrower
	 * @model opposite="narrower"
	 * @generated
	 */
	EList<Concept> getBroader();

	/**
	 * Returns the value of the '<em><b>Narrower</b></em>' reference list.
	 * The list contents are of type {@link org.strata.model.corpus.Concept}.
	 * It is bidirectional and its opposite is '{@link org.strata.model.corpus.Concept#getBroader <em>Broader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Narrower</em>' reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getConcept_Narrower()
	 * @see org.strata.model.corpus.Concept#getBroader
	 * @model opposite="broader"
	 * @generated
	 */
	EList<Concept> getNarrower();

	/**
	 * Returns the value of the '<em><b>Related</b></em>' reference list.
	 * The list contents are of type {@link org.strata.model.corpus.Concept}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related</em>' reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getConcept_Related()
	 * @model
	 * @generated
	 */
	EList<Concept> getRelated();

} // Concept
