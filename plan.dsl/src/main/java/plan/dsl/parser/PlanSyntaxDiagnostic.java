package plan.dsl.parser;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * A syntax error whose position is also right at the very end of a text that ends in a lone CR. There Xtext's line
 * computation reads one character past the text (InternalNodeModelUtils.getLineAndColumnNoExactLineBreak looks for
 * the LF of a CRLF); the exception made the validator drop every diagnostic of the file and log a stack trace. The
 * end of such a text is placed where Xtext places it after a trailing LF: on the line break itself.
 */
public class PlanSyntaxDiagnostic extends XtextSyntaxDiagnostic {

	public PlanSyntaxDiagnostic(INode node) {
		super(node);
	}

	@Override
	public int getLine() {
		return at(getOffset()).getLine();
	}

	@Override
	public int getColumn() {
		return at(getOffset()).getColumn();
	}

	@Override
	public int getLineEnd() {
		return at(getOffset() + getLength()).getLine();
	}

	@Override
	public int getColumnEnd() {
		return at(getOffset() + getLength()).getColumn();
	}

	private LineAndColumn at(int offset) {
		INode node = getNode();
		String text = node.getRootNode().getText();
		boolean afterTrailingCr = offset == text.length() && offset > 0 && text.charAt(offset - 1) == '\r';
		return NodeModelUtils.getLineAndColumn(node, afterTrailingCr ? offset - 1 : offset);
	}
}
