package plan.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import plan.dsl.facts.PlanFacts;
import plan.dsl.facts.PlanFactsProvider;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;
import plan.dsl.plan.PlanStatus;

/**
 * Shared plumbing of the area validators composed into {@link PlanValidator}: the plan's facts, messages
 * in the plan's language and the lifecycle-driven severity of "still missing" findings.
 */
public abstract class PlanCheckBase extends AbstractDeclarativeValidator {

	@Inject
	private PlanFactsProvider factsProvider;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PlanPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into PlanValidator; registering on its own would run every check twice
	}

	protected static Plan planOf(EObject object) {
		return object instanceof Plan plan ? plan : EcoreUtil2.getContainerOfType(object, Plan.class);
	}

	protected PlanFacts facts(EObject object) {
		return factsProvider.get(planOf(object));
	}

	protected static PlanMessages messages(EObject object) {
		return PlanMessages.of(planOf(object));
	}

	/** The message for {@code key} in the language of the plan containing {@code object}. */
	protected static String text(EObject object, String key, Object... args) {
		return messages(object).get(key, args);
	}

	/**
	 * A missing section or SMART quality is a warning while the plan is a {@code draft} ("still missing")
	 * and an error from {@code review} on.
	 */
	protected static boolean isDraft(EObject object) {
		Plan plan = planOf(object);
		return plan == null || plan.getStatus() == PlanStatus.DRAFT;
	}

	/** Reports a "still missing" finding with the severity the plan's status calls for. */
	protected void missing(String message, EObject object, EStructuralFeature feature, String code, String... data) {
		if (isDraft(object)) {
			warning(message, object, feature, code, data);
		} else {
			error(message, object, feature, code, data);
		}
	}

	/** {@link #missing(String, EObject, EStructuralFeature, String, String...)} at one value of a list feature. */
	protected void missing(String message, EObject object, EStructuralFeature feature, int index, String code) {
		if (isDraft(object)) {
			warning(message, object, feature, index, code);
		} else {
			error(message, object, feature, index, code);
		}
	}
}
