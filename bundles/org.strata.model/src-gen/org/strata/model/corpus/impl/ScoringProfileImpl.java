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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.ScoringProfile;
import org.strata.model.corpus.SignalWeight;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getEncoder <em>Encoder</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getHeadVersion <em>Head Version</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getWeights <em>Weights</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringProfileImpl extends MinimalEObjectImpl.Container implements ScoringProfile {
	/**
	 * The default value of the '{@link #getEncoder() <em>Encoder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoder()
	 * @generated
	 * @ordered
	 */
	protected static final String ENCODER_EDEFAULT = "all-minilm-l6-v2";

	/**
	 * The cached value of the '{@link #getEncoder() <em>Encoder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoder()
	 * @generated
	 * @ordered
	 */
	protected String encoder = ENCODER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = "auto";

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeadVersion() <em>Head Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String HEAD_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeadVersion() <em>Head Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeadVersion()
	 * @generated
	 * @ordered
	 */
	protected String headVersion = HEAD_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWeights() <em>Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<SignalWeight> weights;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.SCORING_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEncoder() {
		return encoder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoder(String newEncoder) {
		String oldEncoder = encoder;
		encoder = newEncoder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__ENCODER, oldEncoder, encoder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeadVersion() {
		return headVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeadVersion(String newHeadVersion) {
		String oldHeadVersion = headVersion;
		headVersion = newHeadVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__HEAD_VERSION, oldHeadVersion, headVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignalWeight> getWeights() {
		if (weights == null) {
			weights = new EObjectContainmentEList<SignalWeight>(SignalWeight.class, this, CorpusPackage.SCORING_PROFILE__WEIGHTS);
		}
		return weights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CorpusPackage.SCORING_PROFILE__WEIGHTS:
				return ((InternalEList<?>)getWeights()).basicRemove(otherEnd, msgs);
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
			case CorpusPackage.SCORING_PROFILE__ENCODER:
				return getEncoder();
			case CorpusPackage.SCORING_PROFILE__DEVICE:
				return getDevice();
			case CorpusPackage.SCORING_PROFILE__HEAD_VERSION:
				return getHeadVersion();
			case CorpusPackage.SCORING_PROFILE__BATCH_SIZE:
				return getBatchSize();
			case CorpusPackage.SCORING_PROFILE__WEIGHTS:
				return getWeights();
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
			case CorpusPackage.SCORING_PROFILE__ENCODER:
				setEncoder((String)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__DEVICE:
				setDevice((String)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__HEAD_VERSION:
				setHeadVersion((String)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__WEIGHTS:
				getWeights().clear();
				getWeights().addAll((Collection<? extends SignalWeight>)newValue);
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
			case CorpusPackage.SCORING_PROFILE__ENCODER:
				setEncoder(ENCODER_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__HEAD_VERSION:
				setHeadVersion(HEAD_VERSION_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__WEIGHTS:
				getWeights().clear();
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
			case CorpusPackage.SCORING_PROFILE__ENCODER:
				return ENCODER_EDEFAULT == null ? encoder != null : !ENCODER_EDEFAULT.equals(encoder);
			case CorpusPackage.SCORING_PROFILE__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case CorpusPackage.SCORING_PROFILE__HEAD_VERSION:
				return HEAD_VERSION_EDEFAULT == null ? headVersion != null : !HEAD_VERSION_EDEFAULT.equals(headVersion);
			case CorpusPackage.SCORING_PROFILE__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case CorpusPackage.SCORING_PROFILE__WEIGHTS:
				return weights != null && !weights.isEmpty();
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
		result.append(" (encoder: ");
		result.append(encoder);
		result.append(", device: ");
		result.append(device);
		result.append(", headVersion: ");
		result.append(headVersion);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(')');
		return result.toString();
	}

} //ScoringProfileImpl
