/**
 */
package org.strata.model.corpus;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Verification Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.strata.model.corpus.CorpusPackage#getVerificationKind()
 * @model
 * @generated
 */
public enum VerificationKind implements Enumerator {
	/**
	 * The '<em><b>Check Question</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHECK_QUESTION_VALUE
	 * @generated
	 * @ordered
	 */
	CHECK_QUESTION(0, "checkQuestion", "checkQuestion"),

	/**
	 * The '<em><b>Critical Reasoning</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITICAL_REASONING_VALUE
	 * @generated
	 * @ordered
	 */
	CRITICAL_REASONING(1, "criticalReasoning", "criticalReasoning"),

	/**
	 * The '<em><b>Analogy Chain</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALOGY_CHAIN_VALUE
	 * @generated
	 * @ordered
	 */
	ANALOGY_CHAIN(2, "analogyChain", "analogyChain");

	/**
	 * The '<em><b>Check Question</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHECK_QUESTION
	 * @model name="checkQuestion"
	 * @generated
	 * @ordered
	 */
	public static final int CHECK_QUESTION_VALUE = 0;

	/**
	 * The '<em><b>Critical Reasoning</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRITICAL_REASONING
	 * @model name="criticalReasoning"
	 * @generated
	 * @ordered
	 */
	public static final int CRITICAL_REASONING_VALUE = 1;

	/**
	 * The '<em><b>Analogy Chain</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALOGY_CHAIN
	 * @model name="analogyChain"
	 * @generated
	 * @ordered
	 */
	public static final int ANALOGY_CHAIN_VALUE = 2;

	/**
	 * An array of all the '<em><b>Verification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VerificationKind[] VALUES_ARRAY =
		new VerificationKind[] {
			CHECK_QUESTION,
			CRITICAL_REASONING,
			ANALOGY_CHAIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Verification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VerificationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Verification Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VerificationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Verification Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VerificationKind get(int value) {
		switch (value) {
			case CHECK_QUESTION_VALUE: return CHECK_QUESTION;
			case CRITICAL_REASONING_VALUE: return CRITICAL_REASONING;
			case ANALOGY_CHAIN_VALUE: return ANALOGY_CHAIN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private VerificationKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //VerificationKind
