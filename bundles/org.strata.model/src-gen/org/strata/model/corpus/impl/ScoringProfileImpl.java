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
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifier <em>Classifier</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifierTokenizer <em>Classifier Tokenizer</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifierInputIds <em>Classifier Input Ids</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifierAttentionMask <em>Classifier Attention Mask</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifierOutput <em>Classifier Output</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifierIndex <em>Classifier Index</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifierMin <em>Classifier Min</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifierMax <em>Classifier Max</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.ScoringProfileImpl#getClassifierMode <em>Classifier Mode</em>}</li>
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
	 * The default value of the '{@link #getClassifier() <em>Classifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifier()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassifier() <em>Classifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifier()
	 * @generated
	 * @ordered
	 */
	protected String classifier = CLASSIFIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassifierTokenizer() <em>Classifier Tokenizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierTokenizer()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFIER_TOKENIZER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassifierTokenizer() <em>Classifier Tokenizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierTokenizer()
	 * @generated
	 * @ordered
	 */
	protected String classifierTokenizer = CLASSIFIER_TOKENIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassifierInputIds() <em>Classifier Input Ids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierInputIds()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFIER_INPUT_IDS_EDEFAULT = "input_ids";

	/**
	 * The cached value of the '{@link #getClassifierInputIds() <em>Classifier Input Ids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierInputIds()
	 * @generated
	 * @ordered
	 */
	protected String classifierInputIds = CLASSIFIER_INPUT_IDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassifierAttentionMask() <em>Classifier Attention Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierAttentionMask()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFIER_ATTENTION_MASK_EDEFAULT = "attention_mask";

	/**
	 * The cached value of the '{@link #getClassifierAttentionMask() <em>Classifier Attention Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierAttentionMask()
	 * @generated
	 * @ordered
	 */
	protected String classifierAttentionMask = CLASSIFIER_ATTENTION_MASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassifierOutput() <em>Classifier Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierOutput()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFIER_OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassifierOutput() <em>Classifier Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierOutput()
	 * @generated
	 * @ordered
	 */
	protected String classifierOutput = CLASSIFIER_OUTPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassifierIndex() <em>Classifier Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int CLASSIFIER_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getClassifierIndex() <em>Classifier Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierIndex()
	 * @generated
	 * @ordered
	 */
	protected int classifierIndex = CLASSIFIER_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassifierMin() <em>Classifier Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierMin()
	 * @generated
	 * @ordered
	 */
	protected static final double CLASSIFIER_MIN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getClassifierMin() <em>Classifier Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierMin()
	 * @generated
	 * @ordered
	 */
	protected double classifierMin = CLASSIFIER_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassifierMax() <em>Classifier Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierMax()
	 * @generated
	 * @ordered
	 */
	protected static final double CLASSIFIER_MAX_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getClassifierMax() <em>Classifier Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierMax()
	 * @generated
	 * @ordered
	 */
	protected double classifierMax = CLASSIFIER_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassifierMode() <em>Classifier Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierMode()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASSIFIER_MODE_EDEFAULT = "join";

	/**
	 * The cached value of the '{@link #getClassifierMode() <em>Classifier Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifierMode()
	 * @generated
	 * @ordered
	 */
	protected String classifierMode = CLASSIFIER_MODE_EDEFAULT;

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
	public String getClassifier() {
		return classifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifier(String newClassifier) {
		String oldClassifier = classifier;
		classifier = newClassifier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER, oldClassifier, classifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassifierTokenizer() {
		return classifierTokenizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierTokenizer(String newClassifierTokenizer) {
		String oldClassifierTokenizer = classifierTokenizer;
		classifierTokenizer = newClassifierTokenizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER_TOKENIZER, oldClassifierTokenizer, classifierTokenizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassifierInputIds() {
		return classifierInputIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierInputIds(String newClassifierInputIds) {
		String oldClassifierInputIds = classifierInputIds;
		classifierInputIds = newClassifierInputIds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER_INPUT_IDS, oldClassifierInputIds, classifierInputIds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassifierAttentionMask() {
		return classifierAttentionMask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierAttentionMask(String newClassifierAttentionMask) {
		String oldClassifierAttentionMask = classifierAttentionMask;
		classifierAttentionMask = newClassifierAttentionMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK, oldClassifierAttentionMask, classifierAttentionMask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassifierOutput() {
		return classifierOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierOutput(String newClassifierOutput) {
		String oldClassifierOutput = classifierOutput;
		classifierOutput = newClassifierOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER_OUTPUT, oldClassifierOutput, classifierOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClassifierIndex() {
		return classifierIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierIndex(int newClassifierIndex) {
		int oldClassifierIndex = classifierIndex;
		classifierIndex = newClassifierIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER_INDEX, oldClassifierIndex, classifierIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClassifierMin() {
		return classifierMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierMin(double newClassifierMin) {
		double oldClassifierMin = classifierMin;
		classifierMin = newClassifierMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER_MIN, oldClassifierMin, classifierMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClassifierMax() {
		return classifierMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierMax(double newClassifierMax) {
		double oldClassifierMax = classifierMax;
		classifierMax = newClassifierMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER_MAX, oldClassifierMax, classifierMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassifierMode() {
		return classifierMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassifierMode(String newClassifierMode) {
		String oldClassifierMode = classifierMode;
		classifierMode = newClassifierMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.SCORING_PROFILE__CLASSIFIER_MODE, oldClassifierMode, classifierMode));
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
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER:
				return getClassifier();
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_TOKENIZER:
				return getClassifierTokenizer();
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INPUT_IDS:
				return getClassifierInputIds();
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK:
				return getClassifierAttentionMask();
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_OUTPUT:
				return getClassifierOutput();
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INDEX:
				return getClassifierIndex();
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MIN:
				return getClassifierMin();
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MAX:
				return getClassifierMax();
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MODE:
				return getClassifierMode();
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
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER:
				setClassifier((String)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_TOKENIZER:
				setClassifierTokenizer((String)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INPUT_IDS:
				setClassifierInputIds((String)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK:
				setClassifierAttentionMask((String)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_OUTPUT:
				setClassifierOutput((String)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INDEX:
				setClassifierIndex((Integer)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MIN:
				setClassifierMin((Double)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MAX:
				setClassifierMax((Double)newValue);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MODE:
				setClassifierMode((String)newValue);
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
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER:
				setClassifier(CLASSIFIER_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_TOKENIZER:
				setClassifierTokenizer(CLASSIFIER_TOKENIZER_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INPUT_IDS:
				setClassifierInputIds(CLASSIFIER_INPUT_IDS_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK:
				setClassifierAttentionMask(CLASSIFIER_ATTENTION_MASK_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_OUTPUT:
				setClassifierOutput(CLASSIFIER_OUTPUT_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INDEX:
				setClassifierIndex(CLASSIFIER_INDEX_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MIN:
				setClassifierMin(CLASSIFIER_MIN_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MAX:
				setClassifierMax(CLASSIFIER_MAX_EDEFAULT);
				return;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MODE:
				setClassifierMode(CLASSIFIER_MODE_EDEFAULT);
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
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER:
				return CLASSIFIER_EDEFAULT == null ? classifier != null : !CLASSIFIER_EDEFAULT.equals(classifier);
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_TOKENIZER:
				return CLASSIFIER_TOKENIZER_EDEFAULT == null ? classifierTokenizer != null : !CLASSIFIER_TOKENIZER_EDEFAULT.equals(classifierTokenizer);
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INPUT_IDS:
				return CLASSIFIER_INPUT_IDS_EDEFAULT == null ? classifierInputIds != null : !CLASSIFIER_INPUT_IDS_EDEFAULT.equals(classifierInputIds);
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK:
				return CLASSIFIER_ATTENTION_MASK_EDEFAULT == null ? classifierAttentionMask != null : !CLASSIFIER_ATTENTION_MASK_EDEFAULT.equals(classifierAttentionMask);
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_OUTPUT:
				return CLASSIFIER_OUTPUT_EDEFAULT == null ? classifierOutput != null : !CLASSIFIER_OUTPUT_EDEFAULT.equals(classifierOutput);
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INDEX:
				return classifierIndex != CLASSIFIER_INDEX_EDEFAULT;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MIN:
				return classifierMin != CLASSIFIER_MIN_EDEFAULT;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MAX:
				return classifierMax != CLASSIFIER_MAX_EDEFAULT;
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MODE:
				return CLASSIFIER_MODE_EDEFAULT == null ? classifierMode != null : !CLASSIFIER_MODE_EDEFAULT.equals(classifierMode);
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
		result.append(", classifier: ");
		result.append(classifier);
		result.append(", classifierTokenizer: ");
		result.append(classifierTokenizer);
		result.append(", classifierInputIds: ");
		result.append(classifierInputIds);
		result.append(", classifierAttentionMask: ");
		result.append(classifierAttentionMask);
		result.append(", classifierOutput: ");
		result.append(classifierOutput);
		result.append(", classifierIndex: ");
		result.append(classifierIndex);
		result.append(", classifierMin: ");
		result.append(classifierMin);
		result.append(", classifierMax: ");
		result.append(classifierMax);
		result.append(", classifierMode: ");
		result.append(classifierMode);
		result.append(')');
		return result.toString();
	}

} //ScoringProfileImpl
