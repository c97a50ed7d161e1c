package plan.dsl.generator.document;

import static plan.dsl.generator.document.SectionContent.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import plan.dsl.plan.Phase;
import plan.dsl.plan.Publicity;
import plan.dsl.plan.Stage;

/** 宣传推广: the publicity stages with time, channels, owner and content. */
final class PublicitySection {

	private final DocumentContext context;
	private final Wording words;

	PublicitySection(DocumentContext context) {
		this.context = context;
		this.words = context.words();
	}

	Optional<Section> section() {
		Publicity publicity = context.plan().getPublicity();
		if (publicity == null) {
			return Optional.empty();
		}
		List<List<String>> rows = new ArrayList<>();
		for (Stage stage : publicity.getStages()) {
			rows.add(List.of(cell(stage.getTitle()), when(stage), words.list(stage.getChannels()),
					words.party(stage.getOwner()), cell(stage.getContent())));
		}
		List<String> header = List.of(words.text("doc.col.stage"), words.text("doc.col.time"),
				words.text("doc.col.channels"), words.text("doc.col.owner"), words.text("doc.col.content"));
		return new SectionContent()
				.table(new Block.Table(words.text("doc.table.publicity"), header, rows, null))
				.section(2, words.text("doc.section.publicity"));
	}

	/** A stage during a phase reads "宣传动员（2026年3月1日至3月31日）"; otherwise its own dates. */
	private String when(Stage stage) {
		Phase phase = stage.getDuring();
		if (phase != null && !phase.eIsProxy()) {
			return words.text("doc.duringPhase", cell(phase.getTitle()), words.range(phase.getRange()));
		}
		return words.range(stage.getRange());
	}
}
