package plan.dsl.benchmarks;

/**
 * Unique three-character Chinese person names (surname + two given characters) as identifiers. Indexes are
 * scattered over all 40 × 30 × 30 combinations by a multiplier coprime to their count, so neighbouring
 * persons differ in every character as in a real staff list; beyond 36,000 persons a number is appended.
 */
final class ChineseNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余";
	// none of these characters occurs in a Chinese keyword, so no name can be lexed as one
	private static final String FIRST = "伟芳秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂玉兰萍鹏辉建斌宇浩";
	private static final String SECOND = "凯健俊帆旭宁龙林欣晨雪琳晶婷颖倩璐博鑫昊然琪瑶睿哲航轩彤悦诚";
	private static final int COMBINATIONS = SURNAMES.length() * FIRST.length() * SECOND.length();
	/** A prime that does not divide 36,000: multiplying by it permutes the combinations. */
	private static final long SCATTER = 7919;

	private ChineseNames() {
	}

	static String person(int index) {
		int combination = (int) (index * SCATTER % COMBINATIONS);
		int surnames = SURNAMES.length();
		int firsts = FIRST.length();
		String name = "" + SURNAMES.charAt(combination % surnames) + FIRST.charAt(combination / surnames % firsts)
				+ SECOND.charAt(combination / (surnames * firsts));
		int round = index / COMBINATIONS;
		return round == 0 ? name : name + round;
	}
}
