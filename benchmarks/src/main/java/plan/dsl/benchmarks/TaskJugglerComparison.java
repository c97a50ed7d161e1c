package plan.dsl.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import plan.dsl.facts.PlanFacts;
import plan.dsl.plan.Plan;

/**
 * The files of {@code benchmarks/compare-tj3.sh}, one folder per size:
 * <pre>
 *   write FOLDER N   # FOLDER/SYN&lt;N&gt;.plan (SyntheticPlans), its twin SYN&lt;N&gt;.tjp and SYN&lt;N&gt;-check.tji
 *   check FOLDER N   # tj3's reports in FOLDER/tj3-check hold exactly the plan's tasks, dates and dependencies
 * </pre>
 */
public final class TaskJugglerComparison {

	private TaskJugglerComparison() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3 || !List.of("write", "check").contains(args[0])) {
			System.err.println("usage: TaskJugglerComparison write|check FOLDER PROJECTS");
			System.exit(2);
		}
		Path folder = Path.of(args[1]);
		int projects = Integer.parseInt(args[2]);
		String name = "SYN" + projects;
		if (args[0].equals("write")) {
			write(folder, name, projects);
		} else {
			System.exit(check(folder, name) ? 0 : 1);
		}
	}

	private static void write(Path folder, String name, int projects) throws IOException {
		String text = SyntheticPlans.generate(projects);
		PlanFacts facts = new PlanFacts(Language.loadValid(text), null);
		Files.createDirectories(folder);
		Files.writeString(folder.resolve(name + ".plan"), text, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(name + ".tjp"), TaskJugglerProject.of(facts), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(name + "-check.tji"), TaskJugglerProject.checkReport(facts.plan()),
				StandardCharsets.UTF_8);
		Plan plan = facts.plan();
		long dependencies = plan.getProjects().stream().mapToLong(p -> p.getAfter().size()).sum();
		long milestones = plan.getPhases().stream().mapToLong(p -> p.getMilestones().size()).sum();
		System.out.println(name + ": " + plan.getProjects().size() + " projects, " + plan.getPhases().size()
				+ " phases, " + milestones + " milestones (" + TaskJugglerProject.tasks(plan) + " tasks), "
				+ dependencies + " dependencies");
	}

	private static boolean check(Path folder, String name) throws IOException {
		PlanFacts facts = new PlanFacts(Language.loadValid(Files.readString(folder.resolve(name + ".plan"))), null);
		// the untimed check run writes both reports into tj3-check
		Path csv = folder.resolve("tj3-check").resolve(name + "-check.csv");
		Path html = folder.resolve("tj3-check").resolve(name + "-gantt.html");
		List<String> differences = new ArrayList<>();
		for (Path report : List.of(csv, html)) {
			if (!Files.isRegularFile(report)) {
				differences.add(report + ": tj3 did not write it");
			}
		}
		if (differences.isEmpty()) {
			differences.addAll(TaskJugglerCheck.csvDifferences(facts, Files.readString(csv, StandardCharsets.UTF_8)));
			differences.addAll(TaskJugglerCheck.htmlDifferences(facts, Files.readString(html, StandardCharsets.UTF_8)));
		}
		differences.stream().limit(20).forEach(d -> System.err.println(name + ": " + d));
		if (differences.isEmpty()) {
			System.out.println(name + ": tj3 scheduled the same " + TaskJugglerProject.tasks(facts.plan())
					+ " tasks with the plan's dates and dependencies, and its Gantt report draws them all");
		}
		return differences.isEmpty();
	}
}
