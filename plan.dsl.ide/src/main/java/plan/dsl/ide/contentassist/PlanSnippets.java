package plan.dsl.ide.contentassist;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.DocLanguage;
import plan.dsl.plan.PlanKind;

/**
 * Snippets for every section of a plan and for a whole plan of each kind, in either keyword language. Unlike
 * the quick fixes' skeletons, which leave out what only the author knows so that the checks keep asking for
 * it, a snippet is written while the author is at it: it has a tab stop for every field, with defaults that
 * fit the plan (see {@link SnippetDefaults}), and a whole-plan snippet contains every section its kind
 * requires, so a plan started from one is complete in structure.
 */
@Singleton
public class PlanSnippets {

	/** Sections (and the {@code period} setting) with a snippet, in the order a plan reads. */
	public static final List<String> SECTIONS = List.of("period", "background", "goal", "team", "research", "theme",
			"slogan", "audience", "phase", "project", "criteria", "publicity", "safeguards", "outcome", "approval",
			"tracking", "results");

	/** What each kind requires (LANGUAGE.md, "Completeness, by kind"), plus the team that owners refer to. */
	static final Map<PlanKind, List<String>> SKELETON = Map.of(
			PlanKind.ACTIVITY, List.of("background", "goal", "team", "theme", "audience", "phase", "project", "criteria",
					"publicity", "safeguards", "outcome"),
			PlanKind.ANNUAL, List.of("background", "goal", "team", "project", "tracking"),
			PlanKind.PROJECT, List.of("goal", "team", "project"));

	/** The common project types (LANGUAGE.md, "Project fields"), also proposed after {@code type}. */
	public static final List<String> PROJECT_TYPES = List.of("competition", "contest", "service", "suggestion",
			"lecture", "practice", "study", "training", "visit");

	@Inject
	private KeywordAliases aliases;

	/** The snippet of section {@code id} (one of {@link #SECTIONS}). */
	public String section(String id, KeywordLanguage language, SnippetDefaults defaults) {
		Writer writer = new Writer(language, defaults, null);
		writer.section(id, 0);
		return writer.out.build();
	}

	/** A whole plan of {@code kind} with every section the kind requires. */
	public String plan(PlanKind kind, KeywordLanguage language, SnippetDefaults defaults) {
		Writer writer = new Writer(language, defaults, kind);
		writer.kw("plan").text(" ").stop(writer.placeholder("lsp.placeholder.plan.name")).text(" ")
				.quoted(writer.placeholder("lsp.placeholder.plan.title")).text(" {");
		writer.out.line(1);
		writer.kw("kind").text(" ").text(writer.value("PlanKind", kind.getLiteral()));
		writer.out.line(1);
		writer.kw("language").text(" ").text(writer.value("DocLanguage", language == KeywordLanguage.ENGLISH ? "en" : "zh"));
		writer.out.line(1);
		writer.kw("organization").text(" ").quoted(writer.placeholder("lsp.placeholder.organization"));
		writer.out.line(1);
		writer.section("period", 1);
		writer.out.line(1);
		writer.kw("status").text(" ").text(writer.value("PlanStatus", "draft"));
		for (String id : SKELETON.get(kind)) {
			writer.out.text("\n").line(1);
			writer.section(id, 1);
		}
		writer.out.line(0).text("}");
		return writer.out.build();
	}

	/** Messages for placeholders follow the keywords: an English snippet asks in English. */
	static PlanMessages messages(KeywordLanguage language) {
		return PlanMessages.of(language == KeywordLanguage.ENGLISH ? DocLanguage.EN : DocLanguage.ZH);
	}

	/** Writes one snippet; {@code skeletonKind} is set while writing a whole plan. */
	private final class Writer {

		final SnippetBuilder out = new SnippetBuilder();
		private final KeywordLanguage language;
		private final SnippetDefaults defaults;
		private final PlanKind skeletonKind;
		private final PlanMessages messages;

		Writer(KeywordLanguage language, SnippetDefaults defaults, PlanKind skeletonKind) {
			this.language = language;
			this.defaults = defaults;
			this.skeletonKind = skeletonKind;
			this.messages = messages(language);
		}

		void section(String id, int level) {
			switch (id) {
			case "period" -> {
				kw("period").text(" ");
				span();
			}
			case "background" -> block("background", level, () -> {
				out.quoted(placeholder("quickfix.placeholder.background.paragraph"));
				out.line(level + 1);
				choice("BackgroundKind", "challenge", "opportunity", "task", "weakness").text(" ")
						.shared("item", defaults.fresh("C")).text(" ")
						.quoted(placeholder("quickfix.placeholder.background.challenge"));
			});
			case "goal" -> goal(level);
			case "team" -> block("team", level, () -> {
				kw("person").text(" ").shared("leader", placeholder("quickfix.placeholder.team.leader")).text(" ")
						.quoted(placeholder("quickfix.placeholder.team.position")).text(" ");
				kw("role").text(" ");
				choice("Role", "leader", "coordinator", "member");
				out.line(level + 1);
				kw("responsibility").text(" ").shared("leader", null).text(" ")
						.quoted(placeholder("lsp.placeholder.responsibility"));
			});
			case "research" -> block("research", level, () -> {
				kw("method").text(" ");
				choice("MethodKind", "survey", "interview", "symposium", "benchmark", "review").text(" ")
						.quoted(placeholder("quickfix.placeholder.research.method")).text(" ");
				kw("sample").text(" ").stop("100");
				out.line(level + 1);
				kw("finding").text(" ").stop(defaults.fresh("F")).text(" ")
						.quoted(placeholder("quickfix.placeholder.research.finding"));
			});
			case "theme", "slogan", "audience" -> kw(id).text(" ").quoted(placeholder("quickfix.placeholder." + id));
			case "phase" -> {
				kw("phase").text(" ").stop(defaults.fresh("P")).text(" ")
						.quoted(placeholder("quickfix.placeholder.phase.title")).text(" ");
				span();
				block(null, level, () -> kw("milestone").text(" ").stop(defaults.fresh("M")).text(" ")
						.quoted(placeholder("lsp.placeholder.milestone.title")).text(" ").text(kwText("on") + " ")
						.stop(defaults.to().toString()));
			}
			case "project" -> project(level);
			case "criteria" -> block("criteria", level, () -> {
				kw("criterion").text(" ").stop(defaults.fresh("K")).text(" ")
						.quoted(placeholder("quickfix.placeholder.criterion.title")).text(" ");
				kw("weight").text(" ").stop("100").text(" % ");
				kw("qualitative").text(" ").quoted(placeholder("lsp.placeholder.criterion.description"));
				out.line(level + 1);
				kw("cycle").text(" ");
				choice("Cycle", "once", "monthly", "quarterly", "yearly");
				out.line(level + 1);
				kw("procedure").text(" ").quoted(placeholder("quickfix.placeholder.criteria.procedure"));
				out.line(level + 1);
				kw("judges").text(" ").quoted(placeholder("quickfix.placeholder.criteria.judges"));
			});
			case "publicity" -> block("publicity", level, () -> {
				kw("stage").text(" ").quoted(placeholder("quickfix.placeholder.publicity.stage")).text(" ");
				span().text(" ");
				kw("via").text(" ").stop(placeholder("quickfix.placeholder.publicity.channel")).text(" ");
				kw("owner").text(" ").shared("leader", leader()).text(" ")
						.quoted(placeholder("quickfix.placeholder.publicity.content"));
			});
			case "safeguards" -> block("safeguards", level, () -> {
				kw("organization").text(" ").quoted(placeholder("quickfix.placeholder.safeguards.organization"));
				out.line(level + 1);
				kw("personnel").text(" ").quoted(placeholder("quickfix.placeholder.safeguards.personnel"));
				out.line(level + 1);
				kw("budget").text(" ").shared("budget", "10000").text(" CNY {");
				out.line(level + 2);
				kw("item").text(" ").quoted(placeholder("lsp.placeholder.budget.item")).text(" ").shared("budget", null);
				out.line(level + 1).text("}");
				out.line(level + 1);
				kw("materials").text(" ").quoted(placeholder("quickfix.placeholder.safeguards.materials"));
			});
			case "outcome" -> {
				kw("outcome").text(" ").stop(defaults.fresh("R")).text(" ")
						.quoted(placeholder("quickfix.placeholder.outcome.title")).text(" ");
				kw("for").text(" ").shared("goal", goal()).text(" ");
				kw("verified by").text(" ").quoted(placeholder("quickfix.placeholder.outcome.verified"));
			}
			case "approval" -> block("approval", level, () -> {
				kw("round").text(" ").stop("1").text(" ").text(kwText("on") + " ").stop(defaults.today().toString())
						.text(" ");
				kw("by").text(" ").quoted(placeholder("quickfix.placeholder.approval.body")).text(" ");
				kw("decision").text(" ");
				choice("Decision", "approved", "revise", "rejected");
			});
			case "tracking" -> block("tracking", level, () -> {
				kw("report").text(" ");
				choice("Cadence", "monthly", "weekly", "quarterly").text(" ");
				kw("to").text(" ").quoted(placeholder("quickfix.placeholder.tracking.body")).text(" ");
				kw("by").text(" ").shared("leader", leader());
			});
			case "results" -> block("results", level, () -> kw("actual").text(" ").stop(goal()).text(" ").stop("0"));
			default -> throw new IllegalArgumentException("No snippet for section '" + id + "'");
			}
		}

		private void goal(int level) {
			kw("goal").text(" ").shared("goal", defaults.fresh("G")).text(" ")
					.quoted(placeholder("quickfix.placeholder.goal.title")).text(" {");
			out.line(level + 1);
			kw("level").text(" ");
			if (skeletonKind == PlanKind.ANNUAL) {
				choice("GoalLevel", "individual", "organization"); // an annual plan needs an individual goal
			} else {
				choice("GoalLevel", "organization", "individual");
			}
			out.line(level + 1);
			kw("specific").text(" ").quoted(placeholder("lsp.placeholder.goal.specific"));
			out.line(level + 1);
			kw("measure").text(" ").quoted(placeholder("lsp.placeholder.measure.indicator")).text(" ");
			kw("from").text(" ").stop("0").text(" ");
			kw("to").text(" ").stop("100");
			out.line(level + 1);
			kw("owner").text(" ").shared("leader", leader());
			if (skeletonKind != null ? SKELETON.get(skeletonKind).contains("background") : defaults.backgroundItem() != null) {
				out.line(level + 1);
				kw("addresses").text(" ").shared("item", SnippetDefaults.or(defaults.backgroundItem(), "C1"));
			}
			out.line(level + 1);
			kw("due").text(" ").stop(defaults.to().toString());
			out.line(level).text("}");
		}

		private void project(int level) {
			kw("project").text(" ").stop(defaults.fresh("A")).text(" ")
					.quoted(placeholder("quickfix.placeholder.project.title")).text(" {");
			out.line(level + 1);
			kw("type").text(" ").choice(PROJECT_TYPES);
			out.line(level + 1);
			kw("owner").text(" ").shared("leader", leader());
			out.line(level + 1);
			span();
			out.line(level + 1);
			kw("deliverable").text(" ").quoted(placeholder("quickfix.placeholder.project.deliverable"));
			out.line(level + 1);
			kw("standard").text(" ").quoted(placeholder("quickfix.placeholder.project.standard"));
			if (skeletonKind != null || defaults.goal() != null) {
				out.line(level + 1);
				kw("supports").text(" ").shared("goal", goal());
			}
			if (skeletonKind == PlanKind.ANNUAL) { // the annual plan's signature project that serves business work
				out.line(level + 1);
				kw("featured");
				out.line(level + 1);
				kw("integrates").text(" ").quoted(placeholder("lsp.placeholder.integrates"));
			}
			out.line(level).text("}");
		}

		/** {@code keyword {} with lines written by {@code body} one level deeper; no keyword: just the braces. */
		private void block(String keyword, int level, Runnable body) {
			if (keyword != null) {
				kw(keyword);
			}
			out.text(" {");
			out.line(level + 1);
			body.run();
			out.line(level).text("}");
		}

		/** {@code from <start> to <end>}, both editable, the period's dates by default. */
		private SnippetBuilder span() {
			kw("from").text(" ").stop(defaults.from().toString()).text(" ");
			return kw("to").text(" ").stop(defaults.to().toString());
		}

		SnippetBuilder kw(String english) {
			return out.text(kwText(english));
		}

		String kwText(String english) {
			return aliases.keyword(english, language);
		}

		String value(String enumRule, String english) {
			return aliases.value(enumRule, english, language);
		}

		SnippetBuilder choice(String enumRule, String... english) {
			return out.choice(Arrays.stream(english).map(e -> value(enumRule, e)).toList());
		}

		String placeholder(String key) {
			return messages.get(key);
		}

		private String leader() {
			return SnippetDefaults.or(defaults.leader(), placeholder("quickfix.placeholder.team.leader"));
		}

		private String goal() {
			return SnippetDefaults.or(defaults.goal(), defaults.fresh("G"));
		}
	}
}
