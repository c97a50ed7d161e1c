package plan.dsl.formatting2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.INode;
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
	 * The text in canonical layout. Text the parser did not fully turn into one model is returned unchanged: no
	 * plan at all (empty, only comments), syntax errors, or a section written twice (see
	 * {@link #hasDetachedElements}).
	 */
	public String format(String text) {
		XtextResource resource = parse(text);
		if (resource.getContents().isEmpty() || resource.getParseResult().hasSyntaxErrors()
				|| hasDetachedElements(resource)) {
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

	/**
	 * Whether some text belongs to an element outside the model: when a single section such as {@code background}
	 * is written twice, the parser keeps the last one and detaches the first, and Xtext's layout of the text fails
	 * on the detached one.
	 */
	private static boolean hasDetachedElements(XtextResource resource) {
		EObject root = resource.getContents().get(0);
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.hasDirectSemanticElement() && !EcoreUtil.isAncestor(root, node.getSemanticElement())) {
				return true;
			}
		}
		return false;
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
