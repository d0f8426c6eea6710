/**
 */
package org.strata.model.corpus.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.VerificationItem;
import org.strata.model.corpus.VerificationKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Verification Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.impl.VerificationItemImpl#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.VerificationItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.VerificationItemImpl#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.VerificationItemImpl#getExpectedAnswer <em>Expected Answer</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.VerificationItemImpl#getPassages <em>Passages</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.VerificationItemImpl#isDraft <em>Draft</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VerificationItemImpl extends MinimalEObjectImpl.Container implements VerificationItem {
	/**
	 * The cached value of the '{@link #getLayer() <em>Layer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected Layer layer;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationKind KIND_EDEFAULT = VerificationKind.CHECK_QUESTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected VerificationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrompt() <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrompt() <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected String prompt = PROMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedAnswer() <em>Expected Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTED_ANSWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedAnswer() <em>Expected Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedAnswer()
	 * @generated
	 * @ordered
	 */
	protected String expectedAnswer = EXPECTED_ANSWER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPassages() <em>Passages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> passages;

	/**
	 * The default value of the '{@link #isDraft() <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDraft()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRAFT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDraft() <em>Draft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDraft()
	 * @generated
	 * @ordered
	 */
	protected boolean draft = DRAFT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VerificationItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.VERIFICATION_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer getLayer() {
		if (layer != null && layer.eIsProxy()) {
			InternalEObject oldLayer = (InternalEObject)layer;
			layer = (Layer)eResolveProxy(oldLayer);
			if (layer != oldLayer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CorpusPackage.VERIFICATION_ITEM__LAYER, oldLayer, layer));
			}
		}
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Layer basicGetLayer() {
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayer(Layer newLayer) {
		Layer oldLayer = layer;
		layer = newLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.VERIFICATION_ITEM__LAYER, oldLayer, layer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(VerificationKind newKind) {
		VerificationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.VERIFICATION_ITEM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrompt() {
		return prompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrompt(String newPrompt) {
		String oldPrompt = prompt;
		prompt = newPrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.VERIFICATION_ITEM__PROMPT, oldPrompt, prompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpectedAnswer() {
		return expectedAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedAnswer(String newExpectedAnswer) {
		String oldExpectedAnswer = expectedAnswer;
		expectedAnswer = newExpectedAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.VERIFICATION_ITEM__EXPECTED_ANSWER, oldExpectedAnswer, expectedAnswer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPassages() {
		if (passages == null) {
			passages = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.VERIFICATION_ITEM__PASSAGES);
		}
		return passages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDraft() {
		return draft;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDraft(boolean newDraft) {
		boolean oldDraft = draft;
		draft = newDraft;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.VERIFICATION_ITEM__DRAFT, oldDraft, draft));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.VERIFICATION_ITEM__LAYER:
				if (resolve) return getLayer();
				return basicGetLayer();
			case CorpusPackage.VERIFICATION_ITEM__KIND:
				return getKind();
			case CorpusPackage.VERIFICATION_ITEM__PROMPT:
				return getPrompt();
			case CorpusPackage.VERIFICATION_ITEM__EXPECTED_ANSWER:
				return getExpectedAnswer();
			case CorpusPackage.VERIFICATION_ITEM__PASSAGES:
				return getPassages();
			case CorpusPackage.VERIFICATION_ITEM__DRAFT:
				return isDraft();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CorpusPackage.VERIFICATION_ITEM__LAYER:
				setLayer((Layer)newValue);
				return;
			case CorpusPackage.VERIFICATION_ITEM__KIND:
				setKind((VerificationKind)newValue);
				return;
			case CorpusPackage.VERIFICATION_ITEM__PROMPT:
				setPrompt((String)newValue);
				return;
			case CorpusPackage.VERIFICATION_ITEM__EXPECTED_ANSWER:
				setExpectedAnswer((String)newValue);
				return;
			case CorpusPackage.VERIFICATION_ITEM__PASSAGES:
				getPassages().clear();
				getPassages().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.VERIFICATION_ITEM__DRAFT:
				setDraft((Boolean)newValue);
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
			case CorpusPackage.VERIFICATION_ITEM__LAYER:
				setLayer((Layer)null);
				return;
			case CorpusPackage.VERIFICATION_ITEM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CorpusPackage.VERIFICATION_ITEM__PROMPT:
				setPrompt(PROMPT_EDEFAULT);
				return;
			case CorpusPackage.VERIFICATION_ITEM__EXPECTED_ANSWER:
				setExpectedAnswer(EXPECTED_ANSWER_EDEFAULT);
				return;
			case CorpusPackage.VERIFICATION_ITEM__PASSAGES:
				getPassages().clear();
				return;
			case CorpusPackage.VERIFICATION_ITEM__DRAFT:
				setDraft(DRAFT_EDEFAULT);
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
			case CorpusPackage.VERIFICATION_ITEM__LAYER:
				return layer != null;
			case CorpusPackage.VERIFICATION_ITEM__KIND:
				return kind != KIND_EDEFAULT;
			case CorpusPackage.VERIFICATION_ITEM__PROMPT:
				return PROMPT_EDEFAULT == null ? prompt != null : !PROMPT_EDEFAULT.equals(prompt);
			case CorpusPackage.VERIFICATION_ITEM__EXPECTED_ANSWER:
				return EXPECTED_ANSWER_EDEFAULT == null ? expectedAnswer != null : !EXPECTED_ANSWER_EDEFAULT.equals(expectedAnswer);
			case CorpusPackage.VERIFICATION_ITEM__PASSAGES:
				return passages != null && !passages.isEmpty();
			case CorpusPackage.VERIFICATION_ITEM__DRAFT:
				return draft != DRAFT_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", prompt: ");
		result.append(prompt);
		result.append(", expectedAnswer: ");
		result.append(expectedAnswer);
		result.append(", passages: ");
		result.append(passages);
		result.append(", draft: ");
		result.append(draft);
		result.append(')');
		return result.toString();
	}

} //VerificationItemImpl
