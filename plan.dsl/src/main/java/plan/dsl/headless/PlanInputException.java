package plan.dsl.headless;

/**
 * A problem with the user's input that is not a plan diagnostic: a missing path, a file that is not
 * UTF-8 text, a folder without plans. Its message is one line that names the file and says what to do.
 */
public class PlanInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public PlanInputException(String message) {
		super(message);
	}
}
