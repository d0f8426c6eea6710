/**
 */
package org.strata.model.corpus.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.Layer;
import org.strata.model.corpus.LayerKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.impl.LayerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.LayerImpl#getOrder <em>Order</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.LayerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.LayerImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.LayerImpl#getGoalTokens <em>Goal Tokens</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.LayerImpl#getMinDensity <em>Min Density</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.LayerImpl#getReads <em>Reads</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.LayerImpl#getReadTokens <em>Read Tokens</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerImpl extends MinimalEObjectImpl.Container implements Layer {
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
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected int order = ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LayerKind KIND_EDEFAULT = LayerKind.CONCEPTS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LayerKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getGoalTokens() <em>Goal Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoalTokens()
	 * @generated
	 * @ordered
	 */
	protected static final long GOAL_TOKENS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGoalTokens() <em>Goal Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoalTokens()
	 * @generated
	 * @ordered
	 */
	protected long goalTokens = GOAL_TOKENS_EDEFAULT;

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
	 * The default value of the '{@link #getReads() <em>Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReads()
	 * @generated
	 * @ordered
	 */
	protected static final int READS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getReads() <em>Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReads()
	 * @generated
	 * @ordered
	 */
	protected int reads = READS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadTokens() <em>ReadTokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadTokens()
	 * @generated
	 * @ordered
	 */
	protected static final long READ_TOKENS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getReadTokens() <em>ReadTokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadTokens()
	 * @generated
	 * @ordered
	 */
	protected long readTokens = READ_TOKENS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.LAYER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.LAYER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrder() {
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(int newOrder) {
		int oldOrder = order;
		order = newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.LAYER__ORDER, oldOrder, order));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LayerKind newKind) {
		LayerKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.LAYER__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.LAYER__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGoalTokens() {
		return goalTokens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoalTokens(long newGoalTokens) {
		long oldGoalTokens = goalTokens;
		goalTokens = newGoalTokens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.LAYER__GOAL_TOKENS, oldGoalTokens, goalTokens));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.LAYER__MIN_DENSITY, oldMinDensity, minDensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReads() {
		return reads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReads(int newReads) {
		int oldReads = reads;
		reads = newReads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.LAYER__READS, oldReads, reads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getReadTokens() {
		return readTokens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadTokens(long newReadTokens) {
		long oldReadTokens = readTokens;
		readTokens = newReadTokens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.LAYER__READ_TOKENS, oldReadTokens, readTokens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.LAYER__NAME:
				return getName();
			case CorpusPackage.LAYER__ORDER:
				return getOrder();
			case CorpusPackage.LAYER__KIND:
				return getKind();
			case CorpusPackage.LAYER__DESCRIPTION:
				return getDescription();
			case CorpusPackage.LAYER__GOAL_TOKENS:
				return getGoalTokens();
			case CorpusPackage.LAYER__MIN_DENSITY:
				return getMinDensity();
			case CorpusPackage.LAYER__READS:
				return getReads();
			case CorpusPackage.LAYER__READ_TOKENS:
				return getReadTokens();
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
			case CorpusPackage.LAYER__NAME:
				setName((String)newValue);
				return;
			case CorpusPackage.LAYER__ORDER:
				setOrder((Integer)newValue);
				return;
			case CorpusPackage.LAYER__KIND:
				setKind((LayerKind)newValue);
				return;
			case CorpusPackage.LAYER__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CorpusPackage.LAYER__GOAL_TOKENS:
				setGoalTokens((Long)newValue);
				return;
			case CorpusPackage.LAYER__MIN_DENSITY:
				setMinDensity((Double)newValue);
				return;
			case CorpusPackage.LAYER__READS:
				setReads((Integer)newValue);
				return;
			case CorpusPackage.LAYER__READ_TOKENS:
				setReadTokens((Long)newValue);
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
			case CorpusPackage.LAYER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CorpusPackage.LAYER__ORDER:
				setOrder(ORDER_EDEFAULT);
				return;
			case CorpusPackage.LAYER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CorpusPackage.LAYER__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CorpusPackage.LAYER__GOAL_TOKENS:
				setGoalTokens(GOAL_TOKENS_EDEFAULT);
				return;
			case CorpusPackage.LAYER__MIN_DENSITY:
				setMinDensity(MIN_DENSITY_EDEFAULT);
				return;
			case CorpusPackage.LAYER__READS:
				setReads(READS_EDEFAULT);
				return;
			case CorpusPackage.LAYER__READ_TOKENS:
				setReadTokens(READ_TOKENS_EDEFAULT);
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
			case CorpusPackage.LAYER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CorpusPackage.LAYER__ORDER:
				return order != ORDER_EDEFAULT;
			case CorpusPackage.LAYER__KIND:
				return kind != KIND_EDEFAULT;
			case CorpusPackage.LAYER__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CorpusPackage.LAYER__GOAL_TOKENS:
				return goalTokens != GOAL_TOKENS_EDEFAULT;
			case CorpusPackage.LAYER__MIN_DENSITY:
				return minDensity != MIN_DENSITY_EDEFAULT;
			case CorpusPackage.LAYER__READS:
				return reads != READS_EDEFAULT;
			case CorpusPackage.LAYER__READ_TOKENS:
				return readTokens != READ_TOKENS_EDEFAULT;
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
		result.append(", order: ");
		result.append(order);
		result.append(", kind: ");
		result.append(kind);
		result.append(", description: ");
		result.append(description);
		result.append(", goalTokens: ");
		result.append(goalTokens);
		result.append(", minDensity: ");
		result.append(minDensity);
		result.append(", reads: ");
		result.append(reads);
		result.append(", readTokens: ");
		result.append(readTokens);
		result.append(')');
		return result.toString();
	}

} //LayerImpl
