package plan.dsl.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.common.collect.Iterables;

/**
 * Layout primitives for a language of braced blocks holding one entry per line: tokens separated by one
 * space, blocks indented, chosen tokens starting lines, comments kept verbatim. {@link PlanFormatter} says
 * which tokens start lines; this class knows how.
 */
public abstract class BlockLayoutFormatter extends AbstractJavaFormatter {

	/** The grammar's rule for the comma between list items ({@code ,}, {@code ，} or {@code 、}). */
	private static final String LIST_SEPARATOR = "ListSeparator";

	/**
	 * Four spaces whatever the editor asks: the canonical form must not depend on who formats. Line breaks keep
	 * the file's convention ({@code \r\n} if its first line break is one, else {@code \n}), since comments and
	 * strings carry their own line breaks, which a formatter may not change.
	 */
	@Override
	protected void initialize(FormatterRequest request) {
		String text = request.getTextRegionAccess().regionForDocument().getText();
		int firstBreak = text.indexOf('\n');
		MapBasedPreferenceValues canonical = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		canonical.put(FormatterPreferenceKeys.indentation, "    ");
		canonical.put(FormatterPreferenceKeys.indentationLength, 4);
		boolean crlf = firstBreak > 0 && text.charAt(firstBreak - 1) == '\r';
		canonical.put(FormatterPreferenceKeys.lineSeparator, crlf ? "\r\n" : "\n");
		request.setPreferences(canonical);
		super.initialize(request);
	}

	/**
	 * A file with syntax errors is left as it is: where the parser recovered, tokens belong to the wrong elements
	 * and "one entry per line" would join and split the author's lines at random.
	 */
	@Override
	protected void _format(XtextResource resource, IFormattableDocument doc) {
		if (!resource.getParseResult().hasSyntaxErrors()) {
			super._format(resource, doc);
		}
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new CommentAwareHiddenRegionReplacer(region, formatting);
	}

	@Override
	public ITextReplacer createWhitespaceReplacer(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		return new CommentAwareWhitespaceReplacer(whitespace, formatting);
	}

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		return new VerbatimCommentReplacer(comment);
	}

	/**
	 * One space after every token of {@code root}, no space before a list separator nor after a full-width one;
	 * every explicit rule wins over this.
	 */
	protected void spaceTokens(EObject root, IFormattableDocument doc) {
		for (ISemanticRegion token : allSemanticRegions(root)) {
			doc.append(token, f -> {
				f.oneSpace();
				f.lowPriority();
			});
		}
		for (ISemanticRegion token : allSemanticRegions(root)) {
			if (isListSeparator(token)) {
				doc.prepend(token, f -> f.noSpace());
				if (!",".equals(token.getText())) {
					// Chinese typography: a full-width mark carries its own space (张伟、李娜)
					doc.append(token, f -> f.noSpace());
				}
			}
		}
	}

	/**
	 * Lays out {@code owner}'s block: {@link #braces}, each value of {@code entries} starting a line (keeping at
	 * most one blank line the author put between entries); then formats the owner's children.
	 */
	protected void block(EObject owner, IFormattableDocument doc, EStructuralFeature... entries) {
		braces(owner, doc);
		for (ISemanticRegion start : lineStarts(owner, entries)) {
			startLine(start, 1, 2, doc);
		}
		formatChildren(owner, doc);
	}

	/** The opening brace ends its line, the content is indented, the closing brace has a line of its own. */
	protected void braces(EObject owner, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(owner).keyword("{");
		ISemanticRegion close = regionFor(owner).keyword("}");
		if (open != null && close != null) {
			doc.prepend(open, f -> f.oneSpace());
			doc.append(open, f -> f.newLine());
			doc.prepend(close, f -> f.newLine());
			doc.interior(open, close, f -> f.indent());
		}
	}

	protected void formatChildren(EObject owner, IFormattableDocument doc) {
		for (EObject child : owner.eContents()) {
			doc.format(child);
		}
	}

	/**
	 * Puts {@code start} at the beginning of a line, after {@code min} to {@code max} line breaks (2 = one blank
	 * line). The first line of a block is left to its opening brace.
	 */
	protected void startLine(ISemanticRegion start, int min, int max, IFormattableDocument doc) {
		ISemanticRegion previous = start.getPreviousSemanticRegion();
		if (previous != null && isKeyword(previous, "{")) {
			return;
		}
		doc.prepend(start, f -> f.setNewLines(min, min, max));
	}

	/** The first token of each line that holds a value of one of {@code features}, in document order. */
	protected List<ISemanticRegion> lineStarts(EObject owner, EStructuralFeature... features) {
		List<ISemanticRegion> starts = new ArrayList<>();
		for (EStructuralFeature feature : features) {
			for (ISemanticRegion value : valueRegions(owner, feature)) {
				ISemanticRegion start = lineStart(owner, value);
				if (start != null) {
					starts.add(start);
				}
			}
		}
		starts.sort(Comparator.comparingInt(ISemanticRegion::getOffset));
		return starts;
	}

	/** The first token of {@code child}, or null when the parser could not give it any text. */
	protected ISemanticRegion firstToken(EObject child) {
		IEObjectRegion region = regionForEObject(child);
		return region == null ? null : Iterables.getFirst(region.getAllSemanticRegions(), null);
	}

	/** Where each value of the feature begins: its own first token (a contained object's) or its value token. */
	private List<ISemanticRegion> valueRegions(EObject owner, EStructuralFeature feature) {
		if (feature instanceof EReference reference && reference.isContainment()) {
			List<ISemanticRegion> regions = new ArrayList<>();
			for (EObject child : children(owner, reference)) {
				ISemanticRegion first = firstToken(child);
				if (first != null) {
					regions.add(first);
				}
			}
			return regions;
		}
		return regionFor(owner).features(feature);
	}

	private static List<EObject> children(EObject owner, EReference reference) {
		Object value = owner.eGet(reference);
		if (value instanceof List<?> list) {
			return list.stream().map(EObject.class::cast).toList();
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	/**
	 * A value's line starts at the keyword that introduces it ({@code owner 李娜}), at the value itself when no
	 * keyword does ({@code featured}, a {@code from ... to ...} range), and nowhere after a comma.
	 */
	private static ISemanticRegion lineStart(EObject owner, ISemanticRegion value) {
		ISemanticRegion previous = value.getPreviousSemanticRegion();
		if (previous != null && previous.getSemanticElement() == owner && isListSeparator(previous)) {
			return null;
		}
		if (previous == null || previous.getSemanticElement() != owner || !isUnassignedKeyword(previous)) {
			return value;
		}
		return isKeyword(previous, "{") ? value : previous;
	}

	private static boolean isUnassignedKeyword(ISemanticRegion region) {
		return region.getGrammarElement() instanceof Keyword keyword && GrammarUtil.containingAssignment(keyword) == null;
	}

	private static boolean isListSeparator(ISemanticRegion region) {
		return region.getGrammarElement() instanceof RuleCall call && LIST_SEPARATOR.equals(call.getRule().getName());
	}

	private static boolean isKeyword(ISemanticRegion region, String text) {
		return region.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(text);
	}
}
