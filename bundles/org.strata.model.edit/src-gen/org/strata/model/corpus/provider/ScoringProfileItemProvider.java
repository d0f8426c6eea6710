/**
 */
package org.strata.model.corpus.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.strata.model.corpus.CorpusFactory;
import org.strata.model.corpus.CorpusPackage;
import org.strata.model.corpus.ScoringProfile;

import org.strata.model.edit.StrataEditPlugin;

/**
 * This is the item provider adapter for a {@link org.strata.model.corpus.ScoringProfile} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ScoringProfileItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoringProfileItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addEncoderPropertyDescriptor(object);
			addDevicePropertyDescriptor(object);
			addHeadVersionPropertyDescriptor(object);
			addBatchSizePropertyDescriptor(object);
			addClassifierPropertyDescriptor(object);
			addClassifierTokenizerPropertyDescriptor(object);
			addClassifierInputIdsPropertyDescriptor(object);
			addClassifierAttentionMaskPropertyDescriptor(object);
			addClassifierOutputPropertyDescriptor(object);
			addClassifierIndexPropertyDescriptor(object);
			addClassifierMinPropertyDescriptor(object);
			addClassifierMaxPropertyDescriptor(object);
			addClassifierModePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Encoder feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEncoderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_encoder_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_encoder_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__ENCODER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Device feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDevicePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_device_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_device_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__DEVICE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Head Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHeadVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_headVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_headVersion_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__HEAD_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Batch Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBatchSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_batchSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_batchSize_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__BATCH_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifier_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifier_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier Tokenizer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierTokenizerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifierTokenizer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifierTokenizer_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER_TOKENIZER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier Input Ids feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierInputIdsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifierInputIds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifierInputIds_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER_INPUT_IDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier Attention Mask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierAttentionMaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifierAttentionMask_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifierAttentionMask_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier Output feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierOutputPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifierOutput_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifierOutput_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER_OUTPUT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier Index feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierIndexPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifierIndex_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifierIndex_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER_INDEX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier Min feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierMinPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifierMin_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifierMin_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER_MIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier Max feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierMaxPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifierMax_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifierMax_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER_MAX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Classifier Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClassifierModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringProfile_classifierMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringProfile_classifierMode_feature", "_UI_ScoringProfile_type"),
				 CorpusPackage.Literals.SCORING_PROFILE__CLASSIFIER_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CorpusPackage.Literals.SCORING_PROFILE__WEIGHTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns ScoringProfile.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ScoringProfile"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ScoringProfile)object).getEncoder();
		return label == null || label.length() == 0 ?
			getString("_UI_ScoringProfile_type") :
			getString("_UI_ScoringProfile_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ScoringProfile.class)) {
			case CorpusPackage.SCORING_PROFILE__ENCODER:
			case CorpusPackage.SCORING_PROFILE__DEVICE:
			case CorpusPackage.SCORING_PROFILE__HEAD_VERSION:
			case CorpusPackage.SCORING_PROFILE__BATCH_SIZE:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_TOKENIZER:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INPUT_IDS:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_ATTENTION_MASK:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_OUTPUT:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_INDEX:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MIN:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MAX:
			case CorpusPackage.SCORING_PROFILE__CLASSIFIER_MODE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CorpusPackage.SCORING_PROFILE__WEIGHTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CorpusPackage.Literals.SCORING_PROFILE__WEIGHTS,
				 CorpusFactory.eINSTANCE.createSignalWeight()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return StrataEditPlugin.INSTANCE;
	}

}
