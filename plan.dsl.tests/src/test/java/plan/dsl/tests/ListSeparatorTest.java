package plan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import plan.dsl.plan.Person;
import plan.dsl.plan.Plan;
import plan.dsl.plan.Unit;

/** Lists take the comma a Chinese input method types (，) and the 顿号 (、) as well as the ASCII comma. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PlanInjectorProvider.class)
class ListSeparatorTest {

	@Inject
	private ParseHelper<Plan> parser;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void membersSeparatedByEverySpellingOfTheCommaAreAllRead() throws Exception {
		Plan plan = parser.parse("""
				方案 P "p" {
				    团队 {
				        成员 张伟 "组长"
				        成员 李娜 "干事"
				        成员 王芳 "干事"
				        成员 赵强 "干事"
				        小组 U "宣传组" 组员 张伟，李娜、王芳, 赵强
				    }
				}
				""");
		validation.assertNoErrors(plan);
		Unit unit = (Unit) plan.getTeam().getParties().get(4);
		assertEquals(List.of("张伟", "李娜", "王芳", "赵强"), unit.getMembers().stream().map(Person::getName).toList());
	}

	@Test
	void projectDependenciesAndChannelsTakeTheFullWidthCommaToo() throws Exception {
		Plan plan = parser.parse("""
				方案 P "p" {
				    项目 A "a" { }
				    项目 B "b" { }
				    项目 C "c" { 前置 A、B }
				    宣传 { 环节 "预热" 自 2026-01-01 至 2026-01-31 渠道 公众号，海报、广播 负责人 张伟 "内容" }
				    团队 { 成员 张伟 "组长" }
				}
				""");
		validation.assertNoErrors(plan);
		assertEquals(2, plan.getProjects().get(2).getAfter().size());
		assertEquals(List.of("公众号", "海报", "广播"), plan.getPublicity().getStages().get(0).getChannels());
	}
}
