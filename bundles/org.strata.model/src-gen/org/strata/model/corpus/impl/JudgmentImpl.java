/**
 */
package org.strata.model.corpus.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.Judgment;
import org.strata.model.corpus.Verdict;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Judgment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.strata.model.corpus.impl.JudgmentImpl#getCandidates <em>Candidates</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.JudgmentImpl#getChosen <em>Chosen</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.JudgmentImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.JudgmentImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.JudgmentImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.strata.model.corpus.impl.JudgmentImpl#getTime <em>Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JudgmentImpl extends MinimalEObjectImpl.Container implements Judgment {
	/**
	 * The cached value of the '{@link #getCandidates() <em>Candidates</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidates()
	 * @generated
	 * @ordered
	 */
	protected EList<String> candidates;

	/**
	 * The default value of the '{@link #getChosen() <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChosen()
	 * @generated
	 * @ordered
	 */
	protected static final String CHOSEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChosen() <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChosen()
	 * @generated
	 * @ordered
	 */
	protected String chosen = CHOSEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.CHOICE;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Date time = TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JudgmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CorpusPackage.Literals.JUDGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCandidates() {
		if (candidates == null) {
			candidates = new EDataTypeUniqueEList<String>(String.class, this, CorpusPackage.JUDGMENT__CANDIDATES);
		}
		return candidates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChosen() {
		return chosen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChosen(String newChosen) {
		String oldChosen = chosen;
		chosen = newChosen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.JUDGMENT__CHOSEN, oldChosen, chosen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.JUDGMENT__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.JUDGMENT__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.JUDGMENT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Date newTime) {
		Date oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CorpusPackage.JUDGMENT__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CorpusPackage.JUDGMENT__CANDIDATES:
				return getCandidates();
			case CorpusPackage.JUDGMENT__CHOSEN:
				return getChosen();
			case CorpusPackage.JUDGMENT__VERDICT:
				return getVerdict();
			case CorpusPackage.JUDGMENT__RATIONALE:
				return getRationale();
			case CorpusPackage.JUDGMENT__AUTHOR:
				return getAuthor();
			case CorpusPackage.JUDGMENT__TIME:
				return getTime();
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
			case CorpusPackage.JUDGMENT__CANDIDATES:
				getCandidates().clear();
				getCandidates().addAll((Collection<? extends String>)newValue);
				return;
			case CorpusPackage.JUDGMENT__CHOSEN:
				setChosen((String)newValue);
				return;
			case CorpusPackage.JUDGMENT__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case CorpusPackage.JUDGMENT__RATIONALE:
				setRationale((String)newValue);
				return;
			case CorpusPackage.JUDGMENT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case CorpusPackage.JUDGMENT__TIME:
				setTime((Date)newValue);
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
			case CorpusPackage.JUDGMENT__CANDIDATES:
				getCandidates().clear();
				return;
			case CorpusPackage.JUDGMENT__CHOSEN:
				setChosen(CHOSEN_EDEFAULT);
				return;
			case CorpusPackage.JUDGMENT__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case CorpusPackage.JUDGMENT__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case CorpusPackage.JUDGMENT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case CorpusPackage.JUDGMENT__TIME:
				setTime(TIME_EDEFAULT);
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
			case CorpusPackage.JUDGMENT__CANDIDATES:
				return candidates != null && !candidates.isEmpty();
			case CorpusPackage.JUDGMENT__CHOSEN:
				return CHOSEN_EDEFAULT == null ? chosen != null : !CHOSEN_EDEFAULT.equals(chosen);
			case CorpusPackage.JUDGMENT__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case CorpusPackage.JUDGMENT__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case CorpusPackage.JUDGMENT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case CorpusPackage.JUDGMENT__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
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
		result.append(" (candidates: ");
		result.append(candidates);
		result.append(", chosen: ");
		result.append(chosen);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", author: ");
		result.append(author);
		result.append(", time: ");
		result.append(time);
		result.append(')');
		return result.toString();
	}

} //JudgmentImpl
