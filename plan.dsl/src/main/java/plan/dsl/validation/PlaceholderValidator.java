package plan.dsl.validation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;

/**
 * Texts and names that are still a skeleton's placeholder ({@code plan new}, the missing-section quick fixes):
 * flagged where they stand until the author writes the real thing, as "still missing" (a warning in a draft).
 */
public class PlaceholderValidator extends PlanCheckBase {

	/** Every placeholder of both languages: a plan may have been started in the other one. */
	private static final Set<String> PLACEHOLDERS = Stream.of(DocLanguage.ZH, DocLanguage.EN)
			.flatMap(language -> PlanMessages.of(language).valuesUnder("quickfix.placeholder.").stream())
			.collect(Collectors.toUnmodifiableSet());

	@Check
	public void checkNoPlaceholderLeft(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != String.class) {
				continue;
			}
			Object value = object.eGet(attribute);
			List<?> values = attribute.isMany() ? (List<?>) value : List.of(String.valueOf(value));
			for (int index = 0; index < values.size(); index++) {
				if (PLACEHOLDERS.contains(values.get(index))) {
					missing(text(object, "placeholder.unfilled", values.get(index)), object, attribute,
							attribute.isMany() ? index : INSIGNIFICANT_INDEX, PlanIssueCodes.PLACEHOLDER_UNFILLED);
				}
			}
		}
	}
}
