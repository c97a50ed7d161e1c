package plan.dsl.ui.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The editor's styles, for the lexical classes and for the semantic style ids of
 * {@code PlanSemanticHighlightingCalculator} (keyword, enumMember, number, type, declaration).
 */
public final class PlanColors {

	private final Display display;

	public PlanColors(Display display) {
		this.display = display;
	}

	private Color color(int r, int g, int b) {
		return new Color(display, new RGB(r, g, b));
	}

	public TextAttribute keyword() {
		return new TextAttribute(color(127, 0, 85), null, SWT.BOLD);
	}

	public TextAttribute comment() {
		return new TextAttribute(color(63, 127, 95), null, SWT.ITALIC);
	}

	public TextAttribute string() {
		return new TextAttribute(color(42, 0, 255));
	}

	public TextAttribute number() {
		return new TextAttribute(color(0, 102, 153));
	}

	/** The attribute of a semantic style id, or {@code null} for an id the editor leaves to lexical colours. */
	public TextAttribute semantic(String style) {
		return switch (style) {
			case "keyword" -> keyword();
			case "enumMember" -> new TextAttribute(color(0, 0, 192), null, SWT.ITALIC);
			case "number" -> number();
			case "type" -> new TextAttribute(color(153, 0, 153));
			case "declaration" -> new TextAttribute(color(0, 0, 0), null, SWT.BOLD);
			default -> null;
		};
	}
}
