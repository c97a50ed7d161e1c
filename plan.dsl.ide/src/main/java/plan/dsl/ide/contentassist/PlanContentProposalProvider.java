package plan.dsl.ide.contentassist;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.Plan;
import plan.dsl.plan.PlanKind;
import plan.dsl.services.PlanGrammarAccess;

/**
 * Completion for {@code .plan} files:
 * <ul>
 * <li>keywords and enumeration values in the plan's {@code language} (both spellings while the plan has not
 * chosen), each with its other spelling as detail, so a planner learns the aliases;</li>
 * <li>names of the right kind with a detail line ({@link PlanCrossrefProposalProvider}), each element once
 * even when it is reachable by several names ({@code G1} and {@code Plan.G1});</li>
 * <li>dates: today and the plan period's first and last day; the common project types after {@code type};</li>
 * <li>a snippet beside every section keyword, and a whole-plan snippet per kind in an empty file
 * ({@link PlanSnippets}).</li>
 * </ul>
 * Xtext's placeholder proposals for names and strings ({@code name}, {@code "title"}) are left out: the
 * snippets show the structure better and in the plan's language.
 */
public class PlanContentProposalProvider extends IdeContentProposalProvider {

	/** Punctuation worth proposing: comparisons of criterion targets and the percent sign. */
	private static final Set<String> OPERATORS = Set.of(">=", "<=", ">", "<", "=", "%");

	/** Like the comma, its full-width spellings are typed, not chosen from a list. */
	private static final Set<String> FULL_WIDTH_SEPARATORS = Set.of("，", "、");

	private static final int VALUE_PRIORITY = 450;
	private static final int KEYWORD_PRIORITY = 300;
	private static final int SNIPPET_PRIORITY = 290;

	@Inject
	private KeywordAliases aliases;

	@Inject
	private PlanSnippets snippets;

	@Inject
	private PlanGrammarAccess grammar;

	/**
	 * The spellings wanted in each plan completed in the current request on this thread: finding the plan's
	 * {@code language} setting walks the plan's top level, which in a 10,000-line plan cost more than the rest
	 * of a completion when done for each of the dozens of keywords proposed.
	 */
	private final ThreadLocal<Map<Plan, Set<KeywordLanguage>>> wanted = new ThreadLocal<>();

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		Map<Plan, Set<KeywordLanguage>> outer = wanted.get();
		wanted.set(new IdentityHashMap<>());
		try {
			super.createProposals(contexts, acceptor);
		} finally {
			wanted.set(outer);
		}
	}

	private Set<KeywordLanguage> wantedIn(Plan plan) {
		Map<Plan, Set<KeywordLanguage>> memo = wanted.get();
		if (memo == null || plan == null) {
			return KeywordLanguage.wantedIn(plan);
		}
		return memo.computeIfAbsent(plan, KeywordLanguage::wantedIn);
	}

	@Override
	protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
		// the local scope comes first, so the element keeps its shortest name
		Set<URI> proposed = new HashSet<>();
		return candidate -> proposed.add(candidate.getEObjectURI());
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String value = keyword.getValue();
		KeywordLanguage spelling = KeywordLanguage.of(value);
		if (spelling == null ? !OPERATORS.contains(value)
				: FULL_WIDTH_SEPARATORS.contains(value) || !wantedIn(plan(context)).contains(spelling)) {
			return;
		}
		boolean enumValue = keyword.eContainer() instanceof EnumLiteralDeclaration;
		String alias = enumValue ? aliases.aliasOfValue(value) : aliases.aliasOfKeyword(value);
		ContentAssistEntry entry = getProposalCreator().createProposal(value, context,
				enumValue ? ContentAssistEntry.KIND_ENUM : ContentAssistEntry.KIND_KEYWORD, e -> e.setDescription(alias));
		if (entry != null) {
			acceptor.accept(entry, enumValue ? VALUE_PRIORITY : KEYWORD_PRIORITY);
		}
		if (!enumValue && spelling != null) {
			proposeSnippets(keyword, spelling, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		AbstractElement terminal = assignment.getTerminal();
		if (terminal instanceof CrossReference) {
			super._createProposals(assignment, context, acceptor);
		} else if (terminal instanceof RuleCall call && call.getRule() == grammar.getIsoDateRule()) {
			proposeDates(context, acceptor);
		} else if ("type".equals(assignment.getFeature())
				&& GrammarUtil.containingRule(assignment) == grammar.getProjectRule()) {
			for (String type : PlanSnippets.PROJECT_TYPES) {
				accept(getProposalCreator().createProposal(type, context, ContentAssistEntry.KIND_VALUE, null), acceptor);
			}
		}
	}

	private void proposeDates(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Plan plan = plan(context);
		PlanMessages messages = PlanMessages.of(plan);
		Map<String, String> dates = new LinkedHashMap<>();
		dates.put(LocalDate.now().toString(), messages.get("lsp.date.today"));
		if (plan != null && plan.getPeriod() != null) {
			if (plan.getPeriod().getFrom() != null) {
				dates.putIfAbsent(plan.getPeriod().getFrom().toString(), messages.get("lsp.date.period-start"));
			}
			if (plan.getPeriod().getTo() != null) {
				dates.putIfAbsent(plan.getPeriod().getTo().toString(), messages.get("lsp.date.period-end"));
			}
		}
		dates.forEach((date, label) -> accept(
				getProposalCreator().createProposal(date, context, ContentAssistEntry.KIND_VALUE, e -> e.setDescription(label)),
				acceptor));
	}

	/**
	 * A section's snippet beside its keyword in the plan's body, and whole-plan snippets beside {@code plan}
	 * where a file starts.
	 */
	private void proposeSnippets(Keyword keyword, KeywordLanguage language, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		String english = language == KeywordLanguage.ENGLISH ? keyword.getValue() : aliases.englishKeyword(keyword.getValue());
		if (!(rule instanceof ParserRule) || english == null) {
			return;
		}
		PlanMessages messages = PlanSnippets.messages(language);
		Plan plan = plan(context);
		if (english.equals("plan") && plan == null) {
			SnippetDefaults defaults = SnippetDefaults.of(null, LocalDate.now());
			for (PlanKind kind : PlanKind.values()) {
				String label = keyword.getValue() + " " + aliases.value("PlanKind", kind.getLiteral(), language);
				acceptSnippet(snippets.plan(kind, language, defaults), label,
						messages.get("lsp.snippet.plan", messages.get("lsp.plan-kind." + kind.getLiteral())), context,
						acceptor);
			}
		} else if (PlanSnippets.SECTIONS.contains(english) && context.getCurrentModel() instanceof Plan) {
			acceptSnippet(snippets.section(english, language, SnippetDefaults.of(plan, LocalDate.now())),
					keyword.getValue() + " …", messages.get("lsp.snippet.section", keyword.getValue()), context, acceptor);
		}
	}

	private void acceptSnippet(String text, String label, String detail, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createSnippet(text, label, context);
		if (entry != null) {
			entry.setDescription(detail);
			acceptor.accept(entry, SNIPPET_PRIORITY);
		}
	}

	private static void accept(ContentAssistEntry entry, IIdeContentProposalAcceptor acceptor) {
		if (entry != null) {
			acceptor.accept(entry, VALUE_PRIORITY);
		}
	}

	private static Plan plan(ContentAssistContext context) {
		return context.getRootModel() instanceof Plan plan ? plan : null;
	}
}
