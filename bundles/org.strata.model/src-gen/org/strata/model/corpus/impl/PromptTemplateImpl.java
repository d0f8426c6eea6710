/**
 */
package org.strata.model.corpus.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.PromptTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prompt Template</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.impl.PromptTemplateImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.PromptTemplateImpl#getConceptQuestion <em>Concept Question</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.PromptTemplateImpl#getAlsoCalled <em>Also Called</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.PromptTemplateImpl#getAboutConcept <em>About Concept</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.PromptTemplateImpl#getOfDocument <em>Of Document</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.PromptTemplateImpl#getForStage <em>For Stage</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.PromptTemplateImpl#getStageDescription <em>Stage Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PromptTemplateImpl extends MinimalEObjectImpl.Container implements PromptTemplate {
	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConceptQuestion() <em>Concept Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConceptQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final String CONCEPT_QUESTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConceptQuestion() <em>Concept Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConceptQuestion()
	 * @generated
	 * @ordered
	 */
	protected String conceptQuestion = CONCEPT_QUESTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlsoCalled() <em>Also Called</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlsoCalled()
	 * @generated
	 * @ordered
	 */
	protected static final String ALSO_CALLED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlsoCalled() <em>Also Called</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlsoCalled()
	 * @generated
	 * @ordered
	 */
	protected String alsoCalled = ALSO_CALLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAboutConcept() <em>About Concept</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboutConcept()
	 * @generated
	 * @ordered
	 */
	protected static final String ABOUT_CONCEPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAboutConcept() <em>About Concept</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAboutConcept()
	 * @generated
	 * @ordered
	 */
	protected String aboutConcept = ABOUT_CONCEPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOfDocument() <em>Of Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfDocument()
	 * @generated
	 * @ordered
	 */
	protected static final String OF_DOCUMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOfDocument() <em>Of Document</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfDocument()
	 * @generated
	 * @ordered
	 */
	protected String ofDocument = OF_DOCUMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getForStage() <em>For Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForStage()
	 * @generated
	 * @ordered
	 */
	protected static final String FOR_STAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getForStage() <em>For Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForStage()
	 * @generated
	 * @ordered
	 */
	protected String forStage = FOR_STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStageDescription() <em>Stage Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String STAGE_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStageDescription() <em>Stage Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageDescription()
	 * @generated
	 * @ordered
	 */
	protected String stageDescription = STAGE_DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PromptTemplateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.PROMPT_TEMPLATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.PROMPT_TEMPLATE__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConceptQuestion() {
		return conceptQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConceptQuestion(String newConceptQuestion) {
		String oldConceptQuestion = conceptQuestion;
		conceptQuestion = newConceptQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.PROMPT_TEMPLATE__CONCEPT_QUESTION, oldConceptQuestion, conceptQuestion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlsoCalled() {
		return alsoCalled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlsoCalled(String newAlsoCalled) {
		String oldAlsoCalled = alsoCalled;
		alsoCalled = newAlsoCalled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.PROMPT_TEMPLATE__ALSO_CALLED, oldAlsoCalled, alsoCalled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAboutConcept() {
		return aboutConcept;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAboutConcept(String newAboutConcept) {
		String oldAboutConcept = aboutConcept;
		aboutConcept = newAboutConcept;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.PROMPT_TEMPLATE__ABOUT_CONCEPT, oldAboutConcept, aboutConcept));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOfDocument() {
		return ofDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfDocument(String newOfDocument) {
		String oldOfDocument = ofDocument;
		ofDocument = newOfDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.PROMPT_TEMPLATE__OF_DOCUMENT, oldOfDocument, ofDocument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getForStage() {
		return forStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForStage(String newForStage) {
		String oldForStage = forStage;
		forStage = newForStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.PROMPT_TEMPLATE__FOR_STAGE, oldForStage, forStage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStageDescription() {
		return stageDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStageDescription(String newStageDescription) {
		String oldStageDescription = stageDescription;
		stageDescription = newStageDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.PROMPT_TEMPLATE__STAGE_DESCRIPTION, oldStageDescription, stageDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.PROMPT_TEMPLATE__LANGUAGE:
				return getLanguage();
			case CorpusPackage.PROMPT_TEMPLATE__CONCEPT_QUESTION:
				return getConceptQuestion();
			case CorpusPackage.PROMPT_TEMPLATE__ALSO_CALLED:
				return getAlsoCalled();
			case CorpusPackage.PROMPT_TEMPLATE__ABOUT_CONCEPT:
				return getAboutConcept();
			case CorpusPackage.PROMPT_TEMPLATE__OF_DOCUMENT:
				return getOfDocument();
			case CorpusPackage.PROMPT_TEMPLATE__FOR_STAGE:
				return getForStage();
			case CorpusPackage.PROMPT_TEMPLATE__STAGE_DESCRIPTION:
				return getStageDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorpusPackage.PROMPT_TEMPLATE__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__CONCEPT_QUESTION:
				setConceptQuestion((String)newValue);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__ALSO_CALLED:
				setAlsoCalled((String)newValue);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__ABOUT_CONCEPT:
				setAboutConcept((String)newValue);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__OF_DOCUMENT:
				setOfDocument((String)newValue);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__FOR_STAGE:
				setForStage((String)newValue);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__STAGE_DESCRIPTION:
				setStageDescription((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CorpusPackage.PROMPT_TEMPLATE__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__CONCEPT_QUESTION:
				setConceptQuestion(CONCEPT_QUESTION_EDEFAULT);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__ALSO_CALLED:
				setAlsoCalled(ALSO_CALLED_EDEFAULT);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__ABOUT_CONCEPT:
				setAboutConcept(ABOUT_CONCEPT_EDEFAULT);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__OF_DOCUMENT:
				setOfDocument(OF_DOCUMENT_EDEFAULT);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__FOR_STAGE:
				setForStage(FOR_STAGE_EDEFAULT);
				return;
			case CorpusPackage.PROMPT_TEMPLATE__STAGE_DESCRIPTION:
				setStageDescription(STAGE_DESCRIPTION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CorpusPackage.PROMPT_TEMPLATE__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case CorpusPackage.PROMPT_TEMPLATE__CONCEPT_QUESTION:
				return CONCEPT_QUESTION_EDEFAULT == null ? conceptQuestion != null : !CONCEPT_QUESTION_EDEFAULT.equals(conceptQuestion);
			case CorpusPackage.PROMPT_TEMPLATE__ALSO_CALLED:
				return ALSO_CALLED_EDEFAULT == null ? alsoCalled != null : !ALSO_CALLED_EDEFAULT.equals(alsoCalled);
			case CorpusPackage.PROMPT_TEMPLATE__ABOUT_CONCEPT:
				return ABOUT_CONCEPT_EDEFAULT == null ? aboutConcept != null : !ABOUT_CONCEPT_EDEFAULT.equals(aboutConcept);
			case CorpusPackage.PROMPT_TEMPLATE__OF_DOCUMENT:
				return OF_DOCUMENT_EDEFAULT == null ? ofDocument != null : !OF_DOCUMENT_EDEFAULT.equals(ofDocument);
			case CorpusPackage.PROMPT_TEMPLATE__FOR_STAGE:
				return FOR_STAGE_EDEFAULT == null ? forStage != null : !FOR_STAGE_EDEFAULT.equals(forStage);
			case CorpusPackage.PROMPT_TEMPLATE__STAGE_DESCRIPTION:
				return STAGE_DESCRIPTION_EDEFAULT == null ? stageDescription != null : !STAGE_DESCRIPTION_EDEFAULT.equals(stageDescription);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (language: ");
		result.append(language);
		result.append(", conceptQuestion: ");
		result.append(conceptQuestion);
		result.append(", alsoCalled: ");
		result.append(alsoCalled);
		result.append(", aboutConcept: ");
		result.append(aboutConcept);
		result.append(", ofDocument: ");
		result.append(ofDocument);
		result.append(", forStage: ");
		result.append(forStage);
		result.append(", stageDescription: ");
		result.append(stageDescription);
		result.append(')');
		return result.toString();
	}

} //PromptTemplateImpl
