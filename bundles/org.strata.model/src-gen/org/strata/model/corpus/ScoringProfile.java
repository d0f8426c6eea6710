/**
 */
package org.strata.model.corpus;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How passages are scored: the encoder, the device, the density head version, and the weights of the density signals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getEncoder <em>Encoder</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getDevice <em>Device</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getHeadVersion <em>Head Version</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifier <em>Classifier</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifierTokenizer <em>Classifier Tokenizer</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifierInputIds <em>Classifier Input Ids</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifierAttentionMask <em>Classifier Attention Mask</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifierOutput <em>Classifier Output</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifierIndex <em>Classifier Index</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifierMin <em>Classifier Min</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifierMax <em>Classifier Max</em>}</li>
 *   <li>{@link org.strata.model.corpus.ScoringProfile#getClassifierMode <em>Classifier Mode</em>}</li>
 * </ul>
 *
 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile()
 * @model
 * @generated
 */
public interface ScoringProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Encoder</b></em>' attribute.
	 * The default value is <code>"all-minilm-l6-v2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoder</em>' attribute.
	 * @see #setEncoder(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_Encoder()
	 * @model default="all-minilm-l6-v2"
	 * @generated
	 */
	String getEncoder();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getEncoder <em>Encoder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoder</em>' attribute.
	 * @see #getEncoder()
	 * @generated
	 */
	void setEncoder(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * The default value is <code>"auto"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_Device()
	 * @model default="auto"
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Head Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Head Version</em>' attribute.
	 * @see #setHeadVersion(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_HeadVersion()
	 * @model
	 * @generated
	 */
	String getHeadVersion();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getHeadVersion <em>Head Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head Version</em>' attribute.
	 * @see #getHeadVersion()
	 * @generated
	 */
	void setHeadVersion(String value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_BatchSize()
	 * @model default="32"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.strata.model.corpus.SignalWeight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weights</em>' containment reference list.
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_Weights()
	 * @model containment="true"
	 * @generated
	 */
	EList<SignalWeight> getWeights();

	/**
	 * Returns the value of the '<em><b>Classifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An end-to-end ONNX text classifier that replaces or joins the knowledge head: its path, relative to the corpus folder or absolute; none when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier</em>' attribute.
	 * @see #setClassifier(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_Classifier()
	 * @model
	 * @generated
	 */
	String getClassifier();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifier <em>Classifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier</em>' attribute.
	 * @see #getClassifier()
	 * @generated
	 */
	void setClassifier(String value);

	/**
	 * Returns the value of the '<em><b>Classifier Tokenizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The classifier's tokenizer.json (WordPiece); empty: the encoder's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier Tokenizer</em>' attribute.
	 * @see #setClassifierTokenizer(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_ClassifierTokenizer()
	 * @model
	 * @generated
	 */
	String getClassifierTokenizer();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifierTokenizer <em>Classifier Tokenizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Tokenizer</em>' attribute.
	 * @see #getClassifierTokenizer()
	 * @generated
	 */
	void setClassifierTokenizer(String value);

	/**
	 * Returns the value of the '<em><b>Classifier Input Ids</b></em>' attribute.
	 * The default value is <code>"input_ids"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The classifier's input that takes token ids.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier Input Ids</em>' attribute.
	 * @see #setClassifierInputIds(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_ClassifierInputIds()
	 * @model default="input_ids"
	 * @generated
	 */
	String getClassifierInputIds();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifierInputIds <em>Classifier Input Ids</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Input Ids</em>' attribute.
	 * @see #getClassifierInputIds()
	 * @generated
	 */
	void setClassifierInputIds(String value);

	/**
	 * Returns the value of the '<em><b>Classifier Attention Mask</b></em>' attribute.
	 * The default value is <code>"attention_mask"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The classifier's input that takes the attention mask.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier Attention Mask</em>' attribute.
	 * @see #setClassifierAttentionMask(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_ClassifierAttentionMask()
	 * @model default="attention_mask"
	 * @generated
	 */
	String getClassifierAttentionMask();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifierAttentionMask <em>Classifier Attention Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Attention Mask</em>' attribute.
	 * @see #getClassifierAttentionMask()
	 * @generated
	 */
	void setClassifierAttentionMask(String value);

	/**
	 * Returns the value of the '<em><b>Classifier Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The classifier's output to read; empty: its only output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier Output</em>' attribute.
	 * @see #setClassifierOutput(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_ClassifierOutput()
	 * @model
	 * @generated
	 */
	String getClassifierOutput();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifierOutput <em>Classifier Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Output</em>' attribute.
	 * @see #getClassifierOutput()
	 * @generated
	 */
	void setClassifierOutput(String value);

	/**
	 * Returns the value of the '<em><b>Classifier Index</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which value of the output row is the score (a class logit or probability, or a regression value).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier Index</em>' attribute.
	 * @see #setClassifierIndex(int)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_ClassifierIndex()
	 * @model default="0"
	 * @generated
	 */
	int getClassifierIndex();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifierIndex <em>Classifier Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Index</em>' attribute.
	 * @see #getClassifierIndex()
	 * @generated
	 */
	void setClassifierIndex(int value);

	/**
	 * Returns the value of the '<em><b>Classifier Min</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The output value that maps to knowledge 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier Min</em>' attribute.
	 * @see #setClassifierMin(double)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_ClassifierMin()
	 * @model default="0.0"
	 * @generated
	 */
	double getClassifierMin();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifierMin <em>Classifier Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Min</em>' attribute.
	 * @see #getClassifierMin()
	 * @generated
	 */
	void setClassifierMin(double value);

	/**
	 * Returns the value of the '<em><b>Classifier Max</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The output value that maps to knowledge 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier Max</em>' attribute.
	 * @see #setClassifierMax(double)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_ClassifierMax()
	 * @model default="1.0"
	 * @generated
	 */
	double getClassifierMax();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifierMax <em>Classifier Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Max</em>' attribute.
	 * @see #getClassifierMax()
	 * @generated
	 */
	void setClassifierMax(double value);

	/**
	 * Returns the value of the '<em><b>Classifier Mode</b></em>' attribute.
	 * The default value is <code>"join"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * replace: the classifier is the knowledge; join: knowledge is the mean of the head and the classifier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classifier Mode</em>' attribute.
	 * @see #setClassifierMode(String)
	 * @see org.strata.model.corpus.CorpusPackage#getScoringProfile_ClassifierMode()
	 * @model default="join"
	 * @generated
	 */
	String getClassifierMode();

	/**
	 * Sets the value of the '{@link org.strata.model.corpus.ScoringProfile#getClassifierMode <em>Classifier Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classifier Mode</em>' attribute.
	 * @see #getClassifierMode()
	 * @generated
	 */
	void setClassifierMode(String value);

} // ScoringProfile
