/**
 */
package org.strata.model.corpus.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.ExportProfile;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.PromptTemplate;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Export Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#getFormats <em>Formats</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#getMinDensity <em>Min Density</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#getStageTokenBudget <em>Stage Token Budget</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#isExcludeDuplicates <em>Exclude Duplicates</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ExportProfileImpl#getPrompts <em>Prompts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExportProfileImpl extends MinimalEObjectImpl.Container implements ExportProfile {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> stages;

	/**
	 * The cached value of the '{@link #getFormats() <em>Formats</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormats()
	 * @generated
	 * @ordered
	 */
	protected EList<String> formats;

	/**
	 * The default value of the '{@link #getMinDensity() <em>Min Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDensity()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_DENSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinDensity() <em>Min Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDensity()
	 * @generated
	 * @ordered
	 */
	protected double minDensity = MIN_DENSITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStatuses() <em>Statuses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> statuses;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The default value of the '{@link #getStageTokenBudget() <em>Stage Token Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageTokenBudget()
	 * @generated
	 * @ordered
	 */
	protected static final long STAGE_TOKEN_BUDGET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStageTokenBudget() <em>Stage Token Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageTokenBudget()
	 * @generated
	 * @ordered
	 */
	protected long stageTokenBudget = STAGE_TOKEN_BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #isExcludeDuplicates() <em>Exclude Duplicates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeDuplicates()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDE_DUPLICATES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isExcludeDuplicates() <em>Exclude Duplicates</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeDuplicates()
	 * @generated
	 * @ordered
	 */
	protected boolean excludeDuplicates = EXCLUDE_DUPLICATES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrompts() <em>Prompts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompts()
	 * @generated
	 * @ordered
	 */
	protected EList<PromptTemplate> prompts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExportProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.EXPORT_PROFILE;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.EXPORT_PROFILE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getStages() {
		if (stages == null) {
			stages = new EObjectResolvingEList<Layer>(Layer.class, this, CorpusPackage.EXPORT_PROFILE__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFormats() {
		if (formats == null) {
			formats = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.EXPORT_PROFILE__FORMATS);
		}
		return formats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinDensity() {
		return minDensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinDensity(double newMinDensity) {
		double oldMinDensity = minDensity;
		minDensity = newMinDensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.EXPORT_PROFILE__MIN_DENSITY, oldMinDensity, minDensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStatuses() {
		if (statuses == null) {
			statuses = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.EXPORT_PROFILE__STATUSES);
		}
		return statuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.EXPORT_PROFILE__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStageTokenBudget() {
		return stageTokenBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStageTokenBudget(long newStageTokenBudget) {
		long oldStageTokenBudget = stageTokenBudget;
		stageTokenBudget = newStageTokenBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.EXPORT_PROFILE__STAGE_TOKEN_BUDGET, oldStageTokenBudget, stageTokenBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcludeDuplicates() {
		return excludeDuplicates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeDuplicates(boolean newExcludeDuplicates) {
		boolean oldExcludeDuplicates = excludeDuplicates;
		excludeDuplicates = newExcludeDuplicates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.EXPORT_PROFILE__EXCLUDE_DUPLICATES, oldExcludeDuplicates, excludeDuplicates));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PromptTemplate> getPrompts() {
		if (prompts == null) {
			prompts = new EObjectContainmentEList<PromptTemplate>(PromptTemplate.class, this, CorpusPackage.EXPORT_PROFILE__PROMPTS);
		}
		return prompts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.EXPORT_PROFILE__PROMPTS:
				return ((InternalEList<?>)getPrompts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.EXPORT_PROFILE__NAME:
				return getName();
			case CorpusPackage.EXPORT_PROFILE__STAGES:
				return getStages();
			case CorpusPackage.EXPORT_PROFILE__FORMATS:
				return getFormats();
			case CorpusPackage.EXPORT_PROFILE__MIN_DENSITY:
				return getMinDensity();
			case CorpusPackage.EXPORT_PROFILE__STATUSES:
				return getStatuses();
			case CorpusPackage.EXPORT_PROFILE__LANGUAGES:
				return getLanguages();
			case CorpusPackage.EXPORT_PROFILE__STAGE_TOKEN_BUDGET:
				return getStageTokenBudget();
			case CorpusPackage.EXPORT_PROFILE__EXCLUDE_DUPLICATES:
				return isExcludeDuplicates();
			case CorpusPackage.EXPORT_PROFILE__PROMPTS:
				return getPrompts();
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
			case CorpusPackage.EXPORT_PROFILE__NAME:
				setName((String)newValue);
				return;
			case CorpusPackage.EXPORT_PROFILE__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Layer>)newValue);
				return;
			case CorpusPackage.EXPORT_PROFILE__FORMATS:
				getFormats().clear();
				getFormats().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.EXPORT_PROFILE__MIN_DENSITY:
				setMinDensity((Double)newValue);
				return;
			case CorpusPackage.EXPORT_PROFILE__STATUSES:
				getStatuses().clear();
				getStatuses().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.EXPORT_PROFILE__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.EXPORT_PROFILE__STAGE_TOKEN_BUDGET:
				setStageTokenBudget((Long)newValue);
				return;
			case CorpusPackage.EXPORT_PROFILE__EXCLUDE_DUPLICATES:
				setExcludeDuplicates((Boolean)newValue);
				return;
			case CorpusPackage.EXPORT_PROFILE__PROMPTS:
				getPrompts().clear();
				getPrompts().addAll((Collection<? extends PromptTemplate>)newValue);
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
			case CorpusPackage.EXPORT_PROFILE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorpusPackage.EXPORT_PROFILE__STAGES:
				getStages().clear();
				return;
			case CorpusPackage.EXPORT_PROFILE__FORMATS:
				getFormats().clear();
				return;
			case CorpusPackage.EXPORT_PROFILE__MIN_DENSITY:
				setMinDensity(MIN_DENSITY_EDEFAULT);
				return;
			case CorpusPackage.EXPORT_PROFILE__STATUSES:
				getStatuses().clear();
				return;
			case CorpusPackage.EXPORT_PROFILE__LANGUAGES:
				getLanguages().clear();
				return;
			case CorpusPackage.EXPORT_PROFILE__STAGE_TOKEN_BUDGET:
				setStageTokenBudget(STAGE_TOKEN_BUDGET_EDEFAULT);
				return;
			case CorpusPackage.EXPORT_PROFILE__EXCLUDE_DUPLICATES:
				setExcludeDuplicates(EXCLUDE_DUPLICATES_EDEFAULT);
				return;
			case CorpusPackage.EXPORT_PROFILE__PROMPTS:
				getPrompts().clear();
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
			case CorpusPackage.EXPORT_PROFILE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorpusPackage.EXPORT_PROFILE__STAGES:
				return stages != null && !stages.isEmpty();
			case CorpusPackage.EXPORT_PROFILE__FORMATS:
				return formats != null && !formats.isEmpty();
			case CorpusPackage.EXPORT_PROFILE__MIN_DENSITY:
				return minDensity != MIN_DENSITY_EDEFAULT;
			case CorpusPackage.EXPORT_PROFILE__STATUSES:
				return statuses != null && !statuses.isEmpty();
			case CorpusPackage.EXPORT_PROFILE__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case CorpusPackage.EXPORT_PROFILE__STAGE_TOKEN_BUDGET:
				return stageTokenBudget != STAGE_TOKEN_BUDGET_EDEFAULT;
			case CorpusPackage.EXPORT_PROFILE__EXCLUDE_DUPLICATES:
				return excludeDuplicates != EXCLUDE_DUPLICATES_EDEFAULT;
			case CorpusPackage.EXPORT_PROFILE__PROMPTS:
				return prompts != null && !prompts.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", formats: ");
		result.append(formats);
		result.append(", minDensity: ");
		result.append(minDensity);
		result.append(", statuses: ");
		result.append(statuses);
		result.append(", languages: ");
		result.append(languages);
		result.append(", stageTokenBudget: ");
		result.append(stageTokenBudget);
		result.append(", excludeDuplicates: ");
		result.append(excludeDuplicates);
		result.append(')');
		return result.toString();
	}

} //ExportProfileImpl
