package plan.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;

import plan.dsl.conversion.PlanValueConverters;
import plan.dsl.formatting2.PlanRegionAccessBuilder;
import plan.dsl.linking.PlanLinker;
import plan.dsl.linking.PlanLinkingDiagnosticMessageProvider;
import plan.dsl.linking.PlanLinkingResource;
import plan.dsl.parser.BraceRecoveringPlanParser;
import plan.dsl.parser.PlanPartialParsingHelper;
import plan.dsl.parser.PlanSyntaxErrorMessageProvider;

/**
 * Binds the language's own services into Xtext (runtime, without the Equinox extension registry).
 */
public class PlanRuntimeModule extends AbstractPlanRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PlanValueConverters.class;
	}

	/** Unresolved names become {@code reference.unresolved} with a message in the plan's language. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PlanLinkingDiagnosticMessageProvider.class;
	}

	/** Syntax errors name what to write, not the parser's token names, and show an emoji whole. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PlanSyntaxErrorMessageProvider.class;
	}

	/** A syntax error inside a block stays inside it: the rest of the plan still parses. */
	@Override
	public Class<? extends IParser> bindIParser() {
		return BraceRecoveringPlanParser.class;
	}

	/** An edit inside a section re-parses that section, also while it has a syntax error. */
	@Override
	public Class<? extends IPartialParsingHelper> bindIPartialParserHelper() {
		return PlanPartialParsingHelper.class;
	}

	/** After such an edit only the re-parsed section is linked again, when its declared names are unchanged. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PlanLinkingResource.class;
	}

	@Override
	public Class<? extends ILinker> bindILinker() {
		return PlanLinker.class;
	}

	/** Whitespace is whitespace by its terminal rule, also when it holds a byte order mark. */
	public Class<? extends TextRegionAccessBuilder> bindTextRegionAccessBuilder() {
		return PlanRegionAccessBuilder.class;
	}
}
