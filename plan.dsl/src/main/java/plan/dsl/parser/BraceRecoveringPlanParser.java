package plan.dsl.parser;

import java.util.Arrays;
import java.util.List;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

import plan.dsl.parser.antlr.PlanParser;
import plan.dsl.parser.antlr.internal.InternalPlanParser;
import plan.dsl.services.PlanGrammarAccess;

/**
 * The plan parser with one more way to recover from a syntax error: where a block ({@code project … { … }})
 * should close but the next token can neither be skipped alone nor taken as the start of what follows the
 * block, the tokens up to the block's own closing brace are skipped, with the one error ANTLR reports there
 * ("mismatched input … expecting '}'").
 * <p>
 * ANTLR's recovery there skips to the next token that may follow the block — usually the block's own closing
 * brace, which it leaves for the enclosing rule: a half-typed keyword in a project ({@code ow}) made the
 * project's {@code }} close the plan, and everything after it, half a 10,000-line plan, became syntax errors
 * and disappeared from the model and the outline until the keyword was complete. Now the error stays in the
 * project. The skipping stops, and ANTLR's recovery takes over as before, at an unbalanced brace, the end of
 * the text or a token that may follow the block at its own level (another section, where a closing brace was
 * forgotten); the rest of the block after the error is skipped, not parsed, until the error is fixed.
 * Keeping errors inside the section is also what lets {@link PlanPartialParsingHelper} re-parse only that
 * section while the error lasts.
 */
public class BraceRecoveringPlanParser extends PlanParser {

	@Override
	protected InternalPlanParser createParser(XtextTokenStream stream) {
		return new Internal(stream, getGrammarAccess());
	}

	static class Internal extends InternalPlanParser {

		private static final List<String> NAMES = Arrays.asList(InternalPlanParser.tokenNames);
		private static final int OPEN = NAMES.indexOf("'{'");
		private static final int CLOSE = NAMES.indexOf("'}'");

		Internal(XtextTokenStream input, PlanGrammarAccess grammarAccess) {
			super(input, grammarAccess);
		}

		@Override
		protected Object recoverFromMismatchedToken(IntStream input, int ttype, BitSet follow) throws RecognitionException {
			if (ttype == CLOSE && state.backtracking == 0 && !mismatchIsUnwantedToken(input, ttype)
					&& !mismatchIsMissingToken(input, follow)) {
				int closing = closingBrace((TokenStream) input);
				if (closing > 1) {
					// reported as ANTLR reported it before: "mismatched input 'ow' expecting '}'"
					MismatchedTokenException error = new MismatchedTokenException(ttype, input);
					beginResync();
					for (int i = 1; i < closing; i++) {
						input.consume();
					}
					endResync();
					reportError(error);
					Object matched = getCurrentInputSymbol(input);
					input.consume();
					return matched;
				}
			}
			return super.recoverFromMismatchedToken(input, ttype, follow);
		}

		/**
		 * The lookahead index of the closing brace of the current block, skipping balanced braces; -1 when the
		 * end of the text, or a token that may follow the block, comes first.
		 */
		private int closingBrace(TokenStream input) {
			BitSet following = computeContextSensitiveRuleFOLLOW();
			int depth = 0;
			for (int i = 1;; i++) {
				int type = input.LA(i);
				if (type == Token.EOF) {
					return -1;
				} else if (type == OPEN) {
					depth++;
				} else if (type == CLOSE) {
					if (depth == 0) {
						return i;
					}
					depth--;
				} else if (depth == 0 && following.member(type)) {
					return -1;
				}
			}
		}
	}
}
