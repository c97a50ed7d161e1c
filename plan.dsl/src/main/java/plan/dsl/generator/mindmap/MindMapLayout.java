package plan.dsl.generator.mindmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plan.dsl.generator.render.TextMetrics;
import plan.dsl.generator.view.BackgroundView;
import plan.dsl.generator.view.GoalView;
import plan.dsl.generator.view.PlanView;
import plan.dsl.generator.view.ProjectView;
import plan.dsl.messages.PlanMessages;
import plan.dsl.plan.BackgroundKind;

/**
 * A left-to-right tree: the plan, its goals, the projects that support each goal, each project's
 * deliverable. Background items share the plan's column, above and below it, each near the goals that
 * address it, and are linked to those goals. Every subtree gets its own vertical band and every column its
 * own horizontal band, so no two boxes can overlap; box sizes come from {@link TextMetrics}.
 */
public final class MindMapLayout {

	static final double MARGIN = 20;
	static final double COLUMN_GAP = 64;
	static final double SIBLING_GAP = 10;
	static final double GROUP_GAP = 18;
	static final double LEGEND_HEIGHT = 30;
	private static final int MAX_LINES = 3;

	private final PlanMessages messages;
	private final MindNode root;
	private final List<MindNode> goals = new ArrayList<>();
	private final List<MindNode> background = new ArrayList<>();
	private final List<Link> addressLinks = new ArrayList<>();
	private double width;
	private double height;

	/** A dashed link from a background item to a goal that addresses it. */
	public record Link(MindNode from, MindNode to) {
	}

	private MindMapLayout(PlanView view, PlanMessages messages) {
		this.messages = messages;
		String title = view.header().title() == null || view.header().title().isEmpty() ? view.header().name()
				: view.header().title();
		root = new MindNode(MindNode.Kind.ROOT, view.header().name(), TextMetrics.wrap(title, 12, MAX_LINES), 16);
		buildTree(view);
		buildBackground(view.background());
		place();
	}

	public static MindMapLayout of(PlanView view, PlanMessages messages) {
		return new MindMapLayout(view, messages);
	}

	public MindNode root() {
		return root;
	}

	/** Every box: the plan, the background items, then the tree below the plan, depth first. */
	public List<MindNode> nodes() {
		List<MindNode> all = new ArrayList<>();
		all.add(root);
		all.addAll(background);
		goals.forEach(goal -> collect(goal, all));
		return all;
	}

	public List<MindNode> goals() {
		return goals;
	}

	public List<Link> addressLinks() {
		return addressLinks;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	private void buildTree(PlanView view) {
		Map<String, ProjectView> projects = new HashMap<>();
		view.projects().forEach(p -> projects.putIfAbsent(p.name(), p));
		Set<String> supporting = new LinkedHashSet<>();
		for (GoalView goal : view.goals()) {
			List<String> lines = new ArrayList<>(TextMetrics.wrap(goal.name() + " " + goal.title(), 14, MAX_LINES));
			lines.add(messages.get("dashboard.smartScore", goal.smartScore()));
			MindNode node = new MindNode(MindNode.Kind.GOAL, goal.name(), lines, 13);
			for (String name : goal.supportingProjects()) {
				ProjectView project = projects.get(name);
				if (project != null) {
					node.children().add(project(project));
					supporting.add(name);
				}
			}
			goals.add(node);
		}
		List<ProjectView> unsupported = view.projects().stream().filter(p -> !supporting.contains(p.name())).toList();
		if (!unsupported.isEmpty()) {
			MindNode none = new MindNode(MindNode.Kind.GOAL, null,
					TextMetrics.wrap(messages.get("mindmap.noGoal"), 14, MAX_LINES), 13);
			unsupported.forEach(p -> none.children().add(project(p)));
			goals.add(none);
		}
	}

	private MindNode project(ProjectView project) {
		String text = project.name() + " " + project.title() + (project.featured() ? " ★" : "");
		MindNode node = new MindNode(MindNode.Kind.PROJECT, project.name(), TextMetrics.wrap(text, 14, MAX_LINES), 12);
		if (project.deliverable() != null && !project.deliverable().isBlank()) {
			node.children().add(new MindNode(MindNode.Kind.DELIVERABLE, project.name(),
					TextMetrics.wrap(project.deliverable(), 16, MAX_LINES), 11));
		}
		return node;
	}

	/** Challenges always; other background items when a goal addresses them. */
	private void buildBackground(List<BackgroundView> items) {
		Map<String, MindNode> goalNodes = new HashMap<>();
		goals.stream().filter(g -> g.name() != null).forEach(g -> goalNodes.putIfAbsent(g.name(), g));
		for (BackgroundView item : items) {
			if (item.kind() != BackgroundKind.CHALLENGE && item.addressedBy().isEmpty()) {
				continue;
			}
			List<String> lines = new ArrayList<>();
			lines.add(messages.get("mindmap.kind." + item.kind().getName()) + " " + item.name());
			lines.addAll(TextMetrics.wrap(item.text(), 14, MAX_LINES));
			MindNode node = new MindNode(MindNode.Kind.BACKGROUND, item.name(), lines, 12);
			background.add(node);
			for (String goal : item.addressedBy()) {
				MindNode target = goalNodes.get(goal);
				if (target != null) {
					addressLinks.add(new Link(node, target));
				}
			}
		}
	}

	private void place() {
		double[] columnWidth = new double[4];
		columnWidth[0] = root.width();
		background.forEach(b -> columnWidth[0] = Math.max(columnWidth[0], b.width()));
		goals.forEach(g -> measureColumns(g, 1, columnWidth));
		double[] columnX = new double[4];
		columnX[0] = MARGIN;
		for (int i = 1; i < 4; i++) {
			columnX[i] = columnX[i - 1] + columnWidth[i - 1] + (columnWidth[i] > 0 ? COLUMN_GAP : 0);
		}
		double top = 0;
		for (MindNode goal : goals) {
			placeSubtree(goal, 1, top, columnX);
			top += subtreeHeight(goal) + GROUP_GAP;
		}
		double band = goals.isEmpty() ? root.height() : top - GROUP_GAP;
		root.x = columnX[0] + columnWidth[0] - root.width();
		root.y = (band - root.height()) / 2;
		placeBackground(columnX[0] + columnWidth[0]);
		double minY = nodes().stream().mapToDouble(MindNode::y).min().orElse(0);
		nodes().forEach(n -> n.y += MARGIN - minY);
		double bottom = nodes().stream().mapToDouble(n -> n.y + n.height()).max().orElse(0);
		double right = nodes().stream().mapToDouble(n -> n.x + n.width()).max().orElse(0);
		width = right + MARGIN;
		height = bottom + MARGIN + LEGEND_HEIGHT;
	}

	private static void measureColumns(MindNode node, int column, double[] widths) {
		widths[column] = Math.max(widths[column], node.width());
		node.children().forEach(child -> measureColumns(child, column + 1, widths));
	}

	private static double subtreeHeight(MindNode node) {
		double children = 0;
		for (MindNode child : node.children()) {
			children += subtreeHeight(child);
		}
		children += SIBLING_GAP * Math.max(0, node.children().size() - 1);
		return Math.max(node.height(), children);
	}

	/** Gives the subtree the band from {@code top}; the node is centred on its children's band. */
	private static void placeSubtree(MindNode node, int column, double top, double[] columnX) {
		double band = subtreeHeight(node);
		node.x = columnX[column];
		node.y = top + (band - node.height()) / 2;
		double children = band;
		if (!node.children().isEmpty()) {
			children = node.children().stream().mapToDouble(MindMapLayout::subtreeHeight).sum()
					+ SIBLING_GAP * (node.children().size() - 1);
		}
		double childTop = top + (band - children) / 2;
		for (MindNode child : node.children()) {
			placeSubtree(child, column + 1, childTop, columnX);
			childTop += subtreeHeight(child) + SIBLING_GAP;
		}
	}

	/**
	 * Puts each background item level with the goals it is linked to, right-aligned to the column's edge,
	 * pushed down just enough to clear the item above it and the plan's box; items no goal addresses go
	 * last. Links then stay short and cross as little as possible.
	 */
	private void placeBackground(double columnRight) {
		Map<MindNode, Double> wanted = new HashMap<>();
		for (MindNode item : background) {
			double centre = addressLinks.stream().filter(l -> l.from() == item)
					.mapToDouble(l -> l.to().y + l.to().height() / 2).average().orElse(Double.MAX_VALUE);
			wanted.put(item, centre == Double.MAX_VALUE ? centre : centre - item.height() / 2);
		}
		List<MindNode> sorted = new ArrayList<>(background);
		sorted.sort(Comparator.comparingDouble(wanted::get));
		double rootTop = root.y - GROUP_GAP;
		double rootBottom = root.y + root.height() + GROUP_GAP;
		double cursor = Double.NEGATIVE_INFINITY;
		for (MindNode node : sorted) {
			double y = Math.max(wanted.get(node) == Double.MAX_VALUE ? cursor : wanted.get(node), cursor);
			if (y == Double.NEGATIVE_INFINITY) {
				y = rootBottom;
			}
			if (y < rootBottom && y + node.height() > rootTop) {
				// clear the plan's box on the side the item wants to be, if there is room above
				boolean wantsAbove = y + node.height() / 2 < root.y + root.height() / 2;
				y = wantsAbove && rootTop - node.height() >= cursor ? rootTop - node.height() : rootBottom;
			}
			node.x = columnRight - node.width();
			node.y = y;
			cursor = y + node.height() + SIBLING_GAP;
		}
	}

	private static void collect(MindNode node, List<MindNode> into) {
		into.add(node);
		node.children().forEach(child -> collect(child, into));
	}
}
