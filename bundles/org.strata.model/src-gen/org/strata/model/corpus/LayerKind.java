/**
 */
package org.strata.model.corpus;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Layer Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.strata.model.corpus.CorpusPackage#getLayerKind()
 * @model
 * @generated
 */
public enum LayerKind implements Enumerator {
	/**
	 * The '<em><b>Concepts</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCEPTS_VALUE
	 * @generated
	 * @ordered
	 */
	CONCEPTS(0, "concepts", "concepts"),

	/**
	 * The '<em><b>Logic</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGIC_VALUE
	 * @generated
	 * @ordered
	 */
	LOGIC(1, "logic", "logic"),

	/**
	 * The '<em><b>Strategies</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIES_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIES(2, "strategies", "strategies"),

	/**
	 * The '<em><b>Paradoxes</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARADOXES_VALUE
	 * @generated
	 * @ordered
	 */
	PARADOXES(3, "paradoxes", "paradoxes"),

	/**
	 * The '<em><b>Custom</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(4, "custom", "custom");

	/**
	 * The '<em><b>Concepts</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCEPTS
	 * @model name="concepts"
	 * @generated
	 * @ordered
	 */
	public static final int CONCEPTS_VALUE = 0;

	/**
	 * The '<em><b>Logic</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGIC
	 * @model name="logic"
	 * @generated
	 * @ordered
	 */
	public static final int LOGIC_VALUE = 1;

	/**
	 * The '<em><b>Strategies</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIES
	 * @model name="strategies"
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIES_VALUE = 2;

	/**
	 * The '<em><b>Paradoxes</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARADOXES
	 * @model name="paradoxes"
	 * @generated
	 * @ordered
	 */
	public static final int PARADOXES_VALUE = 3;

	/**
	 * The '<em><b>Custom</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model name="custom"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 4;

	/**
	 * An array of all the '<em><b>Layer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LayerKind[] VALUES_ARRAY =
		new LayerKind[] {
			CONCEPTS,
			LOGIC,
			STRATEGIES,
			PARADOXES,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Layer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LayerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Layer Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LayerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Layer Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LayerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Layer Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayerKind get(int value) {
		switch (value) {
			case CONCEPTS_VALUE: return CONCEPTS;
			case LOGIC_VALUE: return LOGIC;
			case STRATEGIES_VALUE: return STRATEGIES;
			case PARADOXES_VALUE: return PARADOXES;
			case CUSTOM_VALUE: return CUSTOM;
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
	private LayerKind(int value, String name, String literal) {
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
	
} //LayerKind
