package plan.dsl.formatting2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ExceptionAcceptor;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole .plan document to the canonical layout of {@link PlanFormatter}; the entry point for
 * {@code plan format} and for tests. Works on text alone: nothing is linked or validated.
 */
public class PlanFormatting {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private Provider<IFormatter2> formatterProvider;

	@Inject
	private Provider<FormatterRequest> requestProvider;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilderProvider;

	/**
	 * The text in canonical layout. Text that is not a complete plan (syntax errors, only comments, empty) is
	 * returned unchanged: the formatter only lays out what the parser fully understood.
	 */
	public String format(String text) {
		XtextResource resource = parse(text);
		if (resource.getContents().isEmpty() || resource.getParseResult().hasSyntaxErrors()) {
			return text;
		}
		ITextRegionAccess regions = regionAccessBuilderProvider.get().forNodeModel(resource).create();
		FormatterRequest request = requestProvider.get();
		request.setTextRegionAccess(regions);
		// two rules for one whitespace are a bug of the formatter: report it instead of writing a half-formatted file
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		List<ITextReplacement> replacements = formatterProvider.get().format(request);
		return regions.getRewriter().renderToString(replacements);
	}

	private XtextResource parse(String text) {
		XtextResource resource = (XtextResource) resourceSetProvider.get()
				.createResource(URI.createURI("format.plan"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// reading from memory cannot fail
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
