package plan.dsl.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import plan.dsl.plan.Project;

/**
 * The {@code after} graph of one plan's projects: an edge leads from a project to each project it comes
 * after. Only resolved references to projects of the same plan count. Strongly connected components are
 * found once with Tarjan's algorithm, iteratively so that a chain of 10,000 projects cannot overflow the
 * stack; everything else is linear in projects plus references.
 */
final class DependencyGraph {

	private static final int UNVISITED = -1;

	private final List<Project> nodes;
	private final Map<Project, Integer> index;
	private final int[][] dependencies;
	/** Component number of each node; components are numbered in the order Tarjan completes them. */
	private final int[] component;
	private final boolean[] cyclic;
	/** Nodes in completion order: every node comes after the nodes of other components it depends on. */
	private final int[] completionOrder;
	private final List<List<Project>> cycles = new ArrayList<>();
	private final Map<Integer, List<Project>> cycleByComponent = new HashMap<>();

	DependencyGraph(List<Project> projects) {
		nodes = List.copyOf(projects);
		int n = nodes.size();
		index = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			index.put(nodes.get(i), i);
		}
		dependencies = new int[n][];
		for (int i = 0; i < n; i++) {
			dependencies[i] = nodes.get(i).getAfter().stream().map(index::get).filter(d -> d != null)
					.mapToInt(Integer::intValue).toArray();
		}
		component = new int[n];
		cyclic = new boolean[n];
		completionOrder = new int[n];
		findComponents();
		cycles.sort((a, b) -> Integer.compare(index.get(a.get(0)), index.get(b.get(0))));
	}

	List<Project> dependencies(Project project) {
		Integer i = index.get(project);
		if (i == null) {
			return List.of();
		}
		return Arrays.stream(dependencies[i]).mapToObj(nodes::get).toList();
	}

	boolean isInCycle(Project project) {
		Integer i = index.get(project);
		return i != null && cyclic[i];
	}

	/** Whether both projects lie on one common cycle (a project after itself is a cycle of one). */
	boolean inSameCycle(Project a, Project b) {
		Integer i = index.get(a);
		Integer j = index.get(b);
		return i != null && j != null && cyclic[i] && component[i] == component[j];
	}

	/** The projects of the cycle {@code project} is on, in written order; empty when it is on none. */
	List<Project> cycleOf(Project project) {
		Integer i = index.get(project);
		return i == null || !cyclic[i] ? List.of() : cycleByComponent.get(component[i]);
	}

	List<List<Project>> cycles() {
		return Collections.unmodifiableList(cycles);
	}

	/**
	 * The chain of dependencies with the largest total weight among projects on no cycle; ties go to the
	 * chain with more projects, then to the project written first. Listed from the first project to do
	 * to the last.
	 */
	List<Project> heaviestChain(ToLongFunction<Project> weight) {
		int n = nodes.size();
		long[] total = new long[n];
		int[] length = new int[n];
		int[] previous = new int[n];
		for (int v : completionOrder) {
			if (cyclic[v]) {
				continue;
			}
			int best = UNVISITED;
			for (int d : dependencies[v]) {
				if (!cyclic[d] && (best == UNVISITED || heavier(total[d], length[d], total[best], length[best]))) {
					best = d;
				}
			}
			previous[v] = best;
			total[v] = weight.applyAsLong(nodes.get(v)) + (best == UNVISITED ? 0 : total[best]);
			length[v] = 1 + (best == UNVISITED ? 0 : length[best]);
		}
		int last = UNVISITED;
		for (int v = 0; v < n; v++) {
			if (!cyclic[v] && (last == UNVISITED || heavier(total[v], length[v], total[last], length[last]))) {
				last = v;
			}
		}
		List<Project> chain = new ArrayList<>();
		for (int v = last; v != UNVISITED; v = previous[v]) {
			chain.add(nodes.get(v));
		}
		Collections.reverse(chain);
		return chain;
	}

	private static boolean heavier(long total, int length, long otherTotal, int otherLength) {
		return total > otherTotal || total == otherTotal && length > otherLength;
	}

	private void findComponents() {
		int n = nodes.size();
		int[] order = new int[n];
		int[] low = new int[n];
		boolean[] onStack = new boolean[n];
		int[] stack = new int[n];
		int stackSize = 0;
		int[] frames = new int[n];
		int[] nextEdge = new int[n];
		Arrays.fill(order, UNVISITED);
		int counter = 0;
		int components = 0;
		int completed = 0;
		for (int root = 0; root < n; root++) {
			if (order[root] != UNVISITED) {
				continue;
			}
			int depth = 0;
			frames[0] = root;
			nextEdge[0] = 0;
			order[root] = low[root] = counter++;
			stack[stackSize++] = root;
			onStack[root] = true;
			while (depth >= 0) {
				int v = frames[depth];
				if (nextEdge[depth] < dependencies[v].length) {
					int w = dependencies[v][nextEdge[depth]++];
					if (order[w] == UNVISITED) {
						order[w] = low[w] = counter++;
						stack[stackSize++] = w;
						onStack[w] = true;
						frames[++depth] = w;
						nextEdge[depth] = 0;
					} else if (onStack[w]) {
						low[v] = Math.min(low[v], order[w]);
					}
					continue;
				}
				if (low[v] == order[v]) {
					int first = stackSize;
					do {
						first--;
					} while (stack[first] != v);
					completeComponent(stack, first, stackSize, components++, v);
					for (int k = first; k < stackSize; k++) {
						onStack[stack[k]] = false;
						completionOrder[completed++] = stack[k];
					}
					stackSize = first;
				}
				depth--;
				if (depth >= 0) {
					int parent = frames[depth];
					low[parent] = Math.min(low[parent], low[v]);
				}
			}
		}
	}

	private void completeComponent(int[] stack, int from, int to, int number, int root) {
		boolean isCycle = to - from > 1 || Arrays.stream(dependencies[root]).anyMatch(d -> d == root);
		int[] members = Arrays.copyOfRange(stack, from, to);
		for (int m : members) {
			component[m] = number;
			cyclic[m] = isCycle;
		}
		if (isCycle) {
			Arrays.sort(members);
			List<Project> cycle = Arrays.stream(members).mapToObj(nodes::get).toList();
			cycles.add(cycle);
			cycleByComponent.put(number, cycle);
		}
	}
}
