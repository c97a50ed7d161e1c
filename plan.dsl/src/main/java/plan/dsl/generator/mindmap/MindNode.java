package plan.dsl.generator.mindmap;

import java.util.ArrayList;
import java.util.List;

import plan.dsl.generator.render.TextMetrics;

/**
 * A box of the mind map with its wrapped text lines; {@code x}, {@code y} (top left) are set by the layout.
 * Children are the next level of the tree (goal → projects → deliverable).
 */
public final class MindNode {

	/** What a box stands for; decides its column and look. */
	public enum Kind {
		ROOT, BACKGROUND, GOAL, PROJECT, DELIVERABLE
	}

	static final double LINE_HEIGHT = 1.4;
	static final double PAD_X = 10;
	static final double PAD_Y = 6;

	private final Kind kind;
	private final String name;
	private final List<String> lines;
	private final double fontSize;
	private final List<MindNode> children = new ArrayList<>();
	double x;
	double y;

	MindNode(Kind kind, String name, List<String> lines, double fontSize) {
		this.kind = kind;
		this.name = name;
		this.lines = List.copyOf(lines);
		this.fontSize = fontSize;
	}

	public Kind kind() {
		return kind;
	}

	/** The plan name of the element (goal, project, background item); {@code null} for the others. */
	public String name() {
		return name;
	}

	public List<String> lines() {
		return lines;
	}

	public double fontSize() {
		return fontSize;
	}

	public List<MindNode> children() {
		return children;
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	/** Width from the widest line, CJK counted as 1 em and Latin as 0.55 em, plus padding. */
	public double width() {
		double widest = lines.stream().mapToDouble(TextMetrics::em).max().orElse(0);
		return widest * fontSize + 2 * PAD_X;
	}

	public double height() {
		return lines.size() * fontSize * LINE_HEIGHT + 2 * PAD_Y;
	}

	/** Whether this box and {@code other} share any area (touching edges do not count). */
	public boolean overlaps(MindNode other) {
		return x < other.x + other.width() && other.x < x + width() && y < other.y + other.height()
				&& other.y < y + height();
	}
}
