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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.strata.model.corpus.Concept;
import org.strata.model.corpus.CorpusPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Concept</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.impl.ConceptImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ConceptImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ConceptImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ConceptImpl#getBroader <em>Broader</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ConceptImpl#getNarrower <em>Narrower</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ConceptImpl#getRelated <em>Related</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConceptImpl extends MinimalEObjectImpl.Container implements Concept {
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
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The cached value of the '{@link #getBroader() <em>Broader</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBroader()
	 * @generated
	 * @ordered
	 */
	protected EList<Concept> broader;

	/**
	 * The cached value of the '{@link #getNarrower() <em>Narrower</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrower()
	 * @generated
	 * @ordered
	 */
	protected EList<Concept> narrower;

	/**
	 * The cached value of the '{@link #getRelated() <em>Related</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelated()
	 * @generated
	 * @ordered
	 */
	protected EList<Concept> related;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConceptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.CONCEPT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CONCEPT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.CONCEPT__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.CONCEPT__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Concept> getBroader() {
		if (broader == null) {
			broader = new EObjectWithInverseResolvingEList.ManyInverse<Concept>(Concept.class, this, CorpusPackage.CONCEPT__BROADER, CorpusPackage.CONCEPT__NARROWER);
		}
		return broader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Concept> getNarrower() {
		if (narrower == null) {
			narrower = new EObjectWithInverseResolvingEList.ManyInverse<Concept>(Concept.class, this, CorpusPackage.CONCEPT__NARROWER, CorpusPackage.CONCEPT__BROADER);
		}
		return narrower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Concept> getRelated() {
		if (related == null) {
			related = new EObjectResolvingEList<Concept>(Concept.class, this, CorpusPackage.CONCEPT__RELATED);
		}
		return related;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.CONCEPT__BROADER:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getBroader()).basicAdd(otherEnd, msgs);
			case CorpusPackage.CONCEPT__NARROWER:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getNarrower()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.CONCEPT__BROADER:
				return ((InternalEList<?>)getBroader()).basicRemove(otherEnd, msgs);
			case CorpusPackage.CONCEPT__NARROWER:
				return ((InternalEList<?>)getNarrower()).basicRemove(otherEnd, msgs);
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
			case CorpusPackage.CONCEPT__NAME:
				return getName();
			case CorpusPackage.CONCEPT__DEFINITION:
				return getDefinition();
			case CorpusPackage.CONCEPT__ALIASES:
				return getAliases();
			case CorpusPackage.CONCEPT__BROADER:
				return getBroader();
			case CorpusPackage.CONCEPT__NARROWER:
				return getNarrower();
			case CorpusPackage.CONCEPT__RELATED:
				return getRelated();
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
			case CorpusPackage.CONCEPT__NAME:
				setName((String)newValue);
				return;
			case CorpusPackage.CONCEPT__DEFINITION:
				setDefinition((String)newValue);
				return;
			case CorpusPackage.CONCEPT__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.CONCEPT__BROADER:
				getBroader().clear();
				getBroader().addAll((Collection<? extends Concept>)newValue);
				return;
			case CorpusPackage.CONCEPT__NARROWER:
				getNarrower().clear();
				getNarrower().addAll((Collection<? extends Concept>)newValue);
				return;
			case CorpusPackage.CONCEPT__RELATED:
				getRelated().clear();
				getRelated().addAll((Collection<? extends Concept>)newValue);
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
			case CorpusPackage.CONCEPT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorpusPackage.CONCEPT__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case CorpusPackage.CONCEPT__ALIASES:
				getAliases().clear();
				return;
			case CorpusPackage.CONCEPT__BROADER:
				getBroader().clear();
				return;
			case CorpusPackage.CONCEPT__NARROWER:
				getNarrower().clear();
				return;
			case CorpusPackage.CONCEPT__RELATED:
				getRelated().clear();
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
			case CorpusPackage.CONCEPT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorpusPackage.CONCEPT__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case CorpusPackage.CONCEPT__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case CorpusPackage.CONCEPT__BROADER:
				return broader != null && !broader.isEmpty();
			case CorpusPackage.CONCEPT__NARROWER:
				return narrower != null && !narrower.isEmpty();
			case CorpusPackage.CONCEPT__RELATED:
				return related != null && !related.isEmpty();
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
		result.append(", definition: ");
		result.append(definition);
		result.append(", aliases: ");
		result.append(aliases);
		result.append(')');
		return result.toString();
	}

} //ConceptImpl
