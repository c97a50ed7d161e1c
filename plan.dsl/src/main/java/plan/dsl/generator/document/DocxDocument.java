package plan.dsl.generator.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.generator.OutputFolder;
import plan.dsl.generator.SingleFileOutput;

/** The plan document as a Word file ({@code <Name>.docx}) that opens cleanly in Word and LibreOffice. */
public final class DocxDocument extends SingleFileOutput {

	public DocxDocument() {
		super("docx", ".docx");
	}

	@Override
	public List<Path> write(PlanFacts facts, OutputFolder out) throws IOException {
		PlanDocument document = PlanOutline.of(facts);
		return List.of(out.write(fileName(facts), stream -> DocxRenderer.write(document, stream)));
	}
}
