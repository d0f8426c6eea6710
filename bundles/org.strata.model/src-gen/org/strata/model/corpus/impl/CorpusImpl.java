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
import org.eclipse.emf.ecore.util.InternalEList;

import org.strata.model.corpus.Concept;
import org.strata.model.corpus.Corpus;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.ExportProfile;
import org.strata.model.corpus.Judgment;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.ScoringProfile;
import org.strata.model.corpus.Source;
import org.strata.model.corpus.VerificationItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getConcepts <em>Concepts</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getJudgments <em>Judgments</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getVerificationItems <em>Verification Items</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getScoringProfile <em>Scoring Profile</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.CorpusImpl#getExportProfiles <em>Export Profiles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorpusImpl extends MinimalEObjectImpl.Container implements Corpus {
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
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

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
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * The cached value of the '{@link #getConcepts() <em>Concepts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcepts()
	 * @generated
	 * @ordered
	 */
	protected EList<Concept> concepts;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<Source> sources;

	/**
	 * The cached value of the '{@link #getJudgments() <em>Judgments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgments()
	 * @generated
	 * @ordered
	 */
	protected EList<Judgment> judgments;

	/**
	 * The cached value of the '{@link #getVerificationItems() <em>Verification Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationItems()
	 * @generated
	 * @ordered
	 */
	protected EList<VerificationItem> verificationItems;

	/**
	 * The cached value of the '{@link #getScoringProfile() <em>Scoring Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringProfile()
	 * @generated
	 * @ordered
	 */
	protected ScoringProfile scoringProfile;

	/**
	 * The cached value of the '{@link #getExportProfiles() <em>Export Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExportProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<ExportProfile> exportProfiles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorpusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.CORPUS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.CORPUS__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, CorpusPackage.CORPUS__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Concept> getConcepts() {
		if (concepts == null) {
			concepts = new EObjectContainmentEList<Concept>(Concept.class, this, CorpusPackage.CORPUS__CONCEPTS);
		}
		return concepts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Source> getSources() {
		if (sources == null) {
			sources = new EObjectContainmentEList<Source>(Source.class, this, CorpusPackage.CORPUS__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Judgment> getJudgments() {
		if (judgments == null) {
			judgments = new EObjectContainmentEList<Judgment>(Judgment.class, this, CorpusPackage.CORPUS__JUDGMENTS);
		}
		return judgments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VerificationItem> getVerificationItems() {
		if (verificationItems == null) {
			verificationItems = new EObjectContainmentEList<VerificationItem>(VerificationItem.class, this, CorpusPackage.CORPUS__VERIFICATION_ITEMS);
		}
		return verificationItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringProfile getScoringProfile() {
		return scoringProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScoringProfile(ScoringProfile newScoringProfile, NotificationChain msgs) {
		ScoringProfile oldScoringProfile = scoringProfile;
		scoringProfile = newScoringProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__SCORING_PROFILE, oldScoringProfile, newScoringProfile);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoringProfile(ScoringProfile newScoringProfile) {
		if (newScoringProfile != scoringProfile) {
			NotificationChain msgs = null;
			if (scoringProfile != null)
				msgs = ((InternalEObject)scoringProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CorpusPackage.CORPUS__SCORING_PROFILE, null, msgs);
			if (newScoringProfile != null)
				msgs = ((InternalEObject)newScoringProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CorpusPackage.CORPUS__SCORING_PROFILE, null, msgs);
			msgs = basicSetScoringProfile(newScoringProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CORPUS__SCORING_PROFILE, newScoringProfile, newScoringProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExportProfile> getExportProfiles() {
		if (exportProfiles == null) {
			exportProfiles = new EObjectContainmentEList<ExportProfile>(ExportProfile.class, this, CorpusPackage.CORPUS__EXPORT_PROFILES);
		}
		return exportProfiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.CORPUS__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CORPUS__CONCEPTS:
				return ((InternalEList<?>)getConcepts()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CORPUS__SOURCES:
				return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CORPUS__JUDGMENTS:
				return ((InternalEList<?>)getJudgments()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CORPUS__VERIFICATION_ITEMS:
				return ((InternalEList<?>)getVerificationItems()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CORPUS__SCORING_PROFILE:
				return basicSetScoringProfile(null, msgs);
			case CorpusPackage.CORPUS__EXPORT_PROFILES:
				return ((InternalEList<?>)getExportProfiles()).basicRemove(otherEnd, msgs);
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
			case CorpusPackage.CORPUS__NAME:
				return getName();
			case CorpusPackage.CORPUS__DOMAIN:
				return getDomain();
			case CorpusPackage.CORPUS__DESCRIPTION:
				return getDescription();
			case CorpusPackage.CORPUS__LANGUAGES:
				return getLanguages();
			case CorpusPackage.CORPUS__LAYERS:
				return getLayers();
			case CorpusPackage.CORPUS__CONCEPTS:
				return getConcepts();
			case CorpusPackage.CORPUS__SOURCES:
				return getSources();
			case CorpusPackage.CORPUS__JUDGMENTS:
				return getJudgments();
			case CorpusPackage.CORPUS__VERIFICATION_ITEMS:
				return getVerificationItems();
			case CorpusPackage.CORPUS__SCORING_PROFILE:
				return getScoringProfile();
			case CorpusPackage.CORPUS__EXPORT_PROFILES:
				return getExportProfiles();
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
			case CorpusPackage.CORPUS__NAME:
				setName((String)newValue);
				return;
			case CorpusPackage.CORPUS__DOMAIN:
				setDomain((String)newValue);
				return;
			case CorpusPackage.CORPUS__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CorpusPackage.CORPUS__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.CORPUS__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case CorpusPackage.CORPUS__CONCEPTS:
				getConcepts().clear();
				getConcepts().addAll((Collection<? extends Concept>)newValue);
				return;
			case CorpusPackage.CORPUS__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends Source>)newValue);
				return;
			case CorpusPackage.CORPUS__JUDGMENTS:
				getJudgments().clear();
				getJudgments().addAll((Collection<? extends Judgment>)newValue);
				return;
			case CorpusPackage.CORPUS__VERIFICATION_ITEMS:
				getVerificationItems().clear();
				getVerificationItems().addAll((Collection<? extends VerificationItem>)newValue);
				return;
			case CorpusPackage.CORPUS__SCORING_PROFILE:
				setScoringProfile((ScoringProfile)newValue);
				return;
			case CorpusPackage.CORPUS__EXPORT_PROFILES:
				getExportProfiles().clear();
				getExportProfiles().addAll((Collection<? extends ExportProfile>)newValue);
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
			case CorpusPackage.CORPUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorpusPackage.CORPUS__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case CorpusPackage.CORPUS__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CorpusPackage.CORPUS__LANGUAGES:
				getLanguages().clear();
				return;
			case CorpusPackage.CORPUS__LAYERS:
				getLayers().clear();
				return;
			case CorpusPackage.CORPUS__CONCEPTS:
				getConcepts().clear();
				return;
			case CorpusPackage.CORPUS__SOURCES:
				getSources().clear();
				return;
			case CorpusPackage.CORPUS__JUDGMENTS:
				getJudgments().clear();
				return;
			case CorpusPackage.CORPUS__VERIFICATION_ITEMS:
				getVerificationItems().clear();
				return;
			case CorpusPackage.CORPUS__SCORING_PROFILE:
				setScoringProfile((ScoringProfile)null);
				return;
			case CorpusPackage.CORPUS__EXPORT_PROFILES:
				getExportProfiles().clear();
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
			case CorpusPackage.CORPUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorpusPackage.CORPUS__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case CorpusPackage.CORPUS__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CorpusPackage.CORPUS__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case CorpusPackage.CORPUS__LAYERS:
				return layers != null && !layers.isEmpty();
			case CorpusPackage.CORPUS__CONCEPTS:
				return concepts != null && !concepts.isEmpty();
			case CorpusPackage.CORPUS__SOURCES:
				return sources != null && !sources.isEmpty();
			case CorpusPackage.CORPUS__JUDGMENTS:
				return judgments != null && !judgments.isEmpty();
			case CorpusPackage.CORPUS__VERIFICATION_ITEMS:
				return verificationItems != null && !verificationItems.isEmpty();
			case CorpusPackage.CORPUS__SCORING_PROFILE:
				return scoringProfile != null;
			case CorpusPackage.CORPUS__EXPORT_PROFILES:
				return exportProfiles != null && !exportProfiles.isEmpty();
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
		result.append(", domain: ");
		result.append(domain);
		result.append(", description: ");
		result.append(description);
		result.append(", languages: ");
		result.append(languages);
		result.append(')');
		return result.toString();
	}

} //CorpusImpl
