#!/usr/bin/env python3
"""Prints JMH's JSON result (-rf json) of PlanBenchmarks as one table: every stage at every size in ms per
operation, its ratio to the lexer floor of the same size, and how it grows from 1,000 to 10,000 projects
(linear is 10x; the goal for parse + validate is at most 12x)."""
import json
import math
import sys

STAGES = [  # benchmark method -> label, in pipeline order
    ("lexer", "lexer only (floor)"),
    ("parse", "parse"),
    ("parseLinkValidate", "parse + link + validate"),
    ("parseLinkValidateFromCollectedHeap", "parse + link + validate, from a collected heap"),
    ("modelWalk", "walk over the model (floor of the model stages)"),
    ("facts", "derived facts"),
    ("output", "output"),
    ("allOutputs", "all outputs"),
    ("parseValidateAllOutputs", "parse + validate + all outputs"),
]
GROWTH_GOAL = 12.0


def label_of(result):
    """The stage's label, extended by the format for output benchmarks."""
    method = result["benchmark"].rsplit(".", 1)[1]
    params = result.get("params", {})
    return dict(STAGES).get(method, method) + (" " + params["format"] if "format" in params else "")


def rows(results):
    """(label, size) -> (score, error), the label extended by the format for output benchmarks; and the labels
    in pipeline order, formats in the order JMH ran them (the order PlanBenchmarks declares them)."""
    stage_index = {method: i for i, (method, _) in enumerate(STAGES)}
    table = {}
    labels = {}  # label -> stage index, in first-seen order
    for result in results:
        method = result["benchmark"].rsplit(".", 1)[1]
        params = result.get("params", {})
        label = label_of(result)
        metric = result["primaryMetric"]
        if metric["scoreUnit"] != "ms/op":
            sys.exit(f"expected ms/op, got {metric['scoreUnit']} for {method}")
        table[(label, int(params["projects"]))] = (metric["score"], metric["scoreError"])
        labels.setdefault(label, stage_index.get(method, len(STAGES)))
    return table, sorted(labels, key=labels.get)  # sorted() is stable: run order within a stage


def cell(table, floors, label, size):
    if (label, size) not in table:
        return ""
    score, error = table[(label, size)]
    text = f"{score:,.2f} ms" if score < 100 else f"{score:,.0f} ms"
    if isinstance(error, (int, float)) and not math.isnan(error):
        text += f" ± {error / score * 100:.0f}%"
    if size in floors:
        ratio = score / floors[size]
        text += f" ({ratio:,.0f}×)" if ratio >= 10 else f" ({ratio:.1f}×)"
    return text


def main(path):
    with open(path, encoding="utf-8") as file:
        results = json.load(file)
    table, labels = rows(results)
    sizes = sorted({size for _, size in table})
    floors = {size: table[("lexer only (floor)", size)][0] for size in sizes if ("lexer only (floor)", size) in table}
    header = ["stage"] + [f"{size:,} projects" for size in sizes] + ["growth 1,000 → 10,000"]
    lines = [header, ["---"] * len(header)]
    superlinear = []
    for label in labels:
        growth = ""
        if (label, 1000) in table and (label, 10000) in table:
            factor = table[(label, 10000)][0] / table[(label, 1000)][0]
            growth = f"{factor:.1f}×"
            if factor > GROWTH_GOAL:
                superlinear.append((label, factor))
        lines.append([label] + [cell(table, floors, label, size) for size in sizes] + [growth])
    for line in lines:
        print("| " + " | ".join(line) + " |")
    print()
    print("ms per operation ± JMH's 99.9% error as a share of the score; (n×) = multiple of the lexer-only pass over the same text.")
    key = "parse + link + validate"
    if (key, 1000) in table and (key, 10000) in table:
        factor = table[(key, 10000)][0] / table[(key, 1000)][0]
        verdict = "within" if factor <= GROWTH_GOAL else "OVER"
        print(f"parse + link + validate grows {factor:.1f}× from 1,000 to 10,000 projects "
              f"({verdict} the goal of at most {GROWTH_GOAL:.0f}× for 10× the projects).")
    if ("all outputs", 1000) in table:
        print(f"all outputs of the 1,000-project plan: {table[('all outputs', 1000)][0]:,.0f} ms (target: under 2,000 ms).")
    for label, factor in superlinear:
        print(f"faster than linear: {label} grows {factor:.1f}× for 10× the projects")
    print_allocation(results)


def print_allocation(results):
    """With JMH's GC profiler (-prof gc): bytes allocated per operation, a measure of the work done that neither
    the caches nor the collector distort, and the collector's time during the measured iterations."""
    results = [r for r in results if "gc.alloc.rate.norm" in r.get("secondaryMetrics", {})]
    if not results:
        return
    print()
    print("| stage | projects | MB allocated per operation | collections | time in the collector |")
    print("| --- | --- | --- | --- | --- |")
    allocated = {}
    for result in results:
        params = result.get("params", {})
        label = label_of(result)
        metrics = result["secondaryMetrics"]
        megabytes = metrics["gc.alloc.rate.norm"]["score"] / 1e6
        allocated[(label, int(params["projects"]))] = megabytes
        count = metrics.get("gc.count", {}).get("score", 0)
        time = metrics.get("gc.time", {}).get("score", 0)
        print(f"| {label} | {int(params['projects']):,} | {megabytes:,.1f} | {count:.0f} | {time:,.0f} ms |")
    for (label, size), megabytes in allocated.items():
        if size == 10000 and (label, 1000) in allocated and allocated[(label, 1000)] > 0:
            print(f"{label}: allocation grows {megabytes / allocated[(label, 1000)]:.1f}× from 1,000 to 10,000 projects")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: report.py jmh-result.json")
    main(sys.argv[1])
