/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Export Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an export writes: the stages (layers) in order, the formats, the filters and the token budget of each stage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.ExportProfile#getName <em>Name</em>}</li>
 *   <li>{@link org.strata.model.corpus.ExportProfile#getStages <em>Stages</em>}</li>
 *   <li>{@link org.strata.model.corpus.ExportProfile#getFormats <em>Formats</em>}</li>
 *   <li>{@link org.strata.model.corpus.ExportProfile#getMinDensity <em>Min Density</em>}</li>
 *   <li>{@link org.strata.model.corpus.ExportProfile#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link org.strata.model.corpus.ExportProfile#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.strata.model.corpus.ExportProfile#getStageTokenBudget <em>Stage Token Budget</em>}</li>
 *   <li>{@link org.strata.model.corpus.ExportProfile#isExcludeDuplicates <em>Exclude Duplicates</em>}</li>
 *   <li>{@link org.strata.model.corpus.ExportProfile#getPrompts <em>Prompts</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getExportProfile()
 * @model
 * @generated
 */
public interface ExportProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ExportProfile#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' reference list.
	 * The list contents are of type {@link org.strata.model.corpus.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_Stages()
	 * @model
	 * @generated
	 */
	EList<Layer> getStages();

	/**
	 * Returns the value of the '<em><b>Formats</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Formats</em>' attribute list.
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_Formats()
	 * @model
	 * @generated
	 */
	EList<String> getFormats();

	/**
	 * Returns the value of the '<em><b>Min Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Density</em>' attribute.
	 * @see #setMinDensity(double)
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_MinDensity()
	 * @model
	 * @generated
	 */
	double getMinDensity();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ExportProfile#getMinDensity <em>Min Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Density</em>' attribute.
	 * @see #getMinDensity()
	 * @generated
	 */
	void setMinDensity(double value);

	/**
	 * Returns the value of the '<em><b>Statuses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statuses</em>' attribute list.
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_Statuses()
	 * @model
	 * @generated
	 */
	EList<String> getStatuses();

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Stage Token Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage Token Budget</em>' attribute.
	 * @see #setStageTokenBudget(long)
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_StageTokenBudget()
	 * @model
	 * @generated
	 */
	long getStageTokenBudget();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ExportProfile#getStageTokenBudget <em>Stage Token Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage Token Budget</em>' attribute.
	 * @see #getStageTokenBudget()
	 * @generated
	 */
	void setStageTokenBudget(long value);

	/**
	 * Returns the value of the '<em><b>Exclude Duplicates</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclude Duplicates</em>' attribute.
	 * @see #setExcludeDuplicates(boolean)
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_ExcludeDuplicates()
	 * @model default="true"
	 * @generated
	 */
	boolean isExcludeDuplicates();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ExportProfile#isExcludeDuplicates <em>Exclude Duplicates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude Duplicates</em>' attribute.
	 * @see #isExcludeDuplicates()
	 * @generated
	 */
	void setExcludeDuplicates(boolean value);

	/**
	 * Returns the value of the '<em><b>Prompts</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.PromptTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prompts</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getExportProfile_Prompts()
	 * @model containment="true"
	 * @generated
	 */
	EList<PromptTemplate> getPrompts();

} // ExportProfile
