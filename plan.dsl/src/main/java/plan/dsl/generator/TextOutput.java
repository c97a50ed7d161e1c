package plan.dsl.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import plan.dsl.facts.PlanFacts;

/** A single-file output whose content is text built in memory (HTML, Markdown, SVG), written as UTF-8. */
public abstract class TextOutput extends SingleFileOutput {

	protected TextOutput(String format, String suffix) {
		super(format, suffix);
	}

	/** The whole file's text for {@code facts}. */
	protected abstract String text(PlanFacts facts);

	@Override
	public final List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		return List.of(out.writeString(fileName(facts), text(facts)));
	}
}
