package plan.dsl.ide.quickfix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ILeafNode;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Criteria;
import plan.dsl.plan.Criterion;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanPackage;

/**
 * {@code criteria.weights-sum}: rewrites each criterion's weight so that they add up to exactly 100 %, by the
 * rule of {@link WeightRebalancer}. Only the numbers change; how the author wrote {@code %} stays.
 */
public class RebalanceWeightsFix {

	public Optional<PlanFix> propose(FixContext context) {
		Criteria criteria = context.find(Criteria.class);
		if (criteria == null && context.element() instanceof Plan plan) {
			criteria = plan.getCriteria();
		}
		if (criteria == null || criteria.getCriteria().isEmpty()) {
			return Optional.empty();
		}
		List<Criterion> all = criteria.getCriteria();
		List<Integer> weights = WeightRebalancer.rebalance(all.stream().map(Criterion::getWeight).toList());
		PlanMessages messages = context.messages();
		List<Replacement> replacements = new ArrayList<>();
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Criterion criterion = all.get(i);
			int weight = weights.get(i);
			shown.add(messages.get("quickfix.weight", criterion.getName(), String.valueOf(weight)));
			Optional<ILeafNode> number = Blocks.valueToken(criterion, PlanPackage.Literals.CRITERION__WEIGHT);
			BigDecimal old = criterion.getWeight();
			if (number.isPresent() && (old == null || old.compareTo(BigDecimal.valueOf(weight)) != 0)) {
				replacements.add(new Replacement(number.get().getOffset(), number.get().getLength(),
						String.valueOf(weight)));
			}
		}
		if (replacements.isEmpty()) {
			return Optional.empty();
		}
		String label = messages.get("quickfix.weights.rebalance",
				String.join(messages.get("quickfix.list.separator"), shown));
		return Optional.of(new PlanFix(label, replacements));
	}
}
