package plan.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

import plan.dsl.validation.PlanIssueCodes;

/**
 * Quick fixes of the {@code .plan} language for every front end that asks {@code ICodeActionService2} (the
 * language server, and editors that use it). Each {@code @QuickFix} method hands a fix class the diagnosed
 * element; the fix decides whether it applies and returns a label in the plan's language and replacements.
 * The fix classes know nothing of LSP, so another front end (an Eclipse {@code IssueResolutionProvider})
 * can call them with its own issue and document text.
 */
public class PlanQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	/**
	 * The diagnostic and its document, for the duration of one {@link #getResolutions} call. The declarative API
	 * passes fix methods only the acceptor, but a label in the plan's language and the decision whether a fix
	 * applies both need the parsed plan.
	 */
	private static final ThreadLocal<FixContext> CURRENT = new ThreadLocal<>();

	@Inject
	private EObjectAtOffsetHelper offsetHelper;

	@Inject
	private MissingSectionFix missingSections;

	@Inject
	private DueDateFix dueDate;

	@Inject
	private DeclarePersonFix declarePerson;

	@Inject
	private RebalanceWeightsFix rebalanceWeights;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		if (!(options.getResource() instanceof XtextResource resource) || options.getDocument() == null) {
			return List.of();
		}
		Document document = options.getDocument();
		int offset;
		try {
			offset = document.getOffSet(diagnostic.getRange().getStart());
		} catch (IndexOutOfBoundsException staleDiagnostic) {
			return List.of();
		}
		EObject element = offsetHelper.resolveContainedElementAt(resource, offset);
		CURRENT.set(new FixContext(resource, document.getContents(), offset,
				DiagnosticData.strings(diagnostic.getData()), element));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			CURRENT.remove();
		}
	}

	@QuickFix(PlanIssueCodes.MISSING_SECTION)
	public void addMissingSections(DiagnosticResolutionAcceptor acceptor) {
		offer(missingSections.propose(CURRENT.get()), acceptor);
	}

	@QuickFix(PlanIssueCodes.SMART_TIME_BOUND)
	public void addDueDate(DiagnosticResolutionAcceptor acceptor) {
		offer(dueDate.propose(CURRENT.get()), acceptor);
	}

	/** Also offered for Xtext's own linking code, which is what unresolved names carry unless re-coded. */
	@QuickFix(PlanIssueCodes.REFERENCE_UNRESOLVED)
	@QuickFix(org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC)
	public void declarePerson(DiagnosticResolutionAcceptor acceptor) {
		offer(declarePerson.propose(CURRENT.get()), acceptor);
	}

	@QuickFix(PlanIssueCodes.CRITERIA_WEIGHTS_SUM)
	public void rebalanceWeights(DiagnosticResolutionAcceptor acceptor) {
		offer(rebalanceWeights.propose(CURRENT.get()), acceptor);
	}

	/**
	 * The replacements were computed on the document of the request; {@code DiagnosticResolution} hands the
	 * same document back when it applies them, to turn offsets into LSP positions.
	 */
	private static void offer(Optional<PlanFix> fix, DiagnosticResolutionAcceptor acceptor) {
		fix.ifPresent(f -> acceptor.accept(f.label(), (diagnostic, element, document) -> textEdits(f, document)));
	}

	private static List<TextEdit> textEdits(PlanFix fix, Document document) {
		return fix.replacements().stream()
				.map(r -> new TextEdit(new Range(document.getPosition(r.offset()),
						document.getPosition(r.offset() + r.length())), r.text()))
				.toList();
	}
}
