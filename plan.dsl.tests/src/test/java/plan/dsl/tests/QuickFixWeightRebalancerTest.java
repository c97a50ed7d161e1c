package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import plan.dsl.ide.quickfix.WeightRebalancer;

/** The rule of the weights fix: proportional, whole percentages, rounding loss to the largest weight. */
class QuickFixWeightRebalancerTest {

	private static List<Integer> rebalance(String... weights) {
		return WeightRebalancer.rebalance(Arrays.stream(weights).map(w -> w == null ? null : new BigDecimal(w)).toList());
	}

	@Test
	void fiftyAndThirtyBecomeSixtyThreeAndThirtySeven() {
		// 62.5 and 37.5 round down to 62 and 37; the lost point goes to the larger weight
		assertEquals(List.of(63, 37), rebalance("50", "30"));
	}

	@Test
	void weightsOverOneHundredShrinkProportionally() {
		assertEquals(List.of(67, 33), rebalance("120", "60"));
	}

	@Test
	void weightsAlreadySummingToOneHundredStay() {
		assertEquals(List.of(40, 30, 30), rebalance("40", "30", "30"));
	}

	@Test
	void aZeroWeightStaysZero() {
		assertEquals(List.of(0, 67, 33), rebalance("0", "50", "25"));
	}

	@Test
	void allZeroWeightsAreSplitEvenlyWithTheRemainderToTheFirst() {
		assertEquals(List.of(34, 33, 33), rebalance("0", "0", "0"));
		assertEquals(List.of(50, 50), rebalance("0", "0"));
	}

	@Test
	void equalWeightsGiveTheRoundingLossToTheFirst() {
		assertEquals(List.of(34, 33, 33), rebalance("1", "1", "1"));
		// the whole loss goes to one weight, not spread: 7 × 14 = 98, so the first gets 16
		assertEquals(List.of(16, 14, 14, 14, 14, 14, 14), rebalance("5", "5", "5", "5", "5", "5", "5"));
	}

	@Test
	void decimalWeightsBecomeWholePercentages() {
		assertEquals(List.of(33, 33, 34), rebalance("33.3", "33.3", "33.4"));
		assertEquals(List.of(25, 75), rebalance("12.5", "37.5"));
	}

	@Test
	void aSingleCriterionWeighsOneHundred() {
		assertEquals(List.of(100), rebalance("80"));
	}

	@Test
	void aWeightThatDidNotParseCountsAsZero() {
		assertEquals(List.of(0, 100), rebalance(null, "50"));
	}

	@Test
	void noCriteriaNoWeights() {
		assertEquals(List.of(), rebalance());
	}

	@Test
	void anyWeightsSumToExactlyOneHundredWithoutNegatives() {
		Random random = new Random(20260301);
		for (int run = 0; run < 500; run++) {
			String[] weights = new String[1 + random.nextInt(8)];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = random.nextInt(4) == 0 ? "0" : random.nextInt(200) + "." + random.nextInt(10);
			}
			List<Integer> result = rebalance(weights);
			assertEquals(100, result.stream().mapToInt(Integer::intValue).sum(), Arrays.toString(weights));
			assertTrue(result.stream().allMatch(w -> w >= 0), Arrays.toString(weights));
		}
	}
}
