#!/usr/bin/env python3
"""Prints ours/official ratios of two JMH JSON result files (throughput and gc.alloc.rate.norm).

The error of a ratio a/b is propagated from JMH's 99.9% half-widths: |a/b| * sqrt((ea/a)^2 + (eb/b)^2).
"""
import json
import math
import sys


def load(path):
    results = {}
    for entry in json.load(open(path)):
        name = entry["benchmark"].rsplit(".", 2)
        key = name[-2] + "." + name[-1]
        primary = entry["primaryMetric"]
        alloc = entry.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        # JMH writes "NaN" (a string) for the error of a single iteration
        results[key] = (primary["score"], float(primary["scoreError"]), alloc["score"] if alloc else None,
                        float(alloc["scoreError"]) if alloc else None)
    return results


def ratio(a, ea, b, eb):
    r = a / b
    if ea is None or eb is None or math.isnan(ea) or math.isnan(eb):
        return r, float("nan")  # a single iteration has no error
    return r, abs(r) * math.sqrt((ea / a) ** 2 + (eb / b) ** 2) if a and b else float("nan")


ours, theirs = load(sys.argv[1]), load(sys.argv[2])
print("| benchmark | ours ops/s | official ops/s | ours/official throughput | ours B/op | official B/op | ours/official B/op |")
print("|---|---|---|---|---|---|---|")
for key in sorted(ours):
    if key not in theirs:
        continue
    a, ea, ab, eab = ours[key]
    b, eb, bb, ebb = theirs[key]
    t, et = ratio(a, ea, b, eb)
    line = f"| {key} | {a:,.0f} ± {ea:,.0f} | {b:,.0f} ± {eb:,.0f} | {t:.2f}× ± {et:.2f} |"
    if ab is not None and bb is not None:
        m, em = ratio(ab, eab, bb, ebb)
        line += f" {ab:,.0f} | {bb:,.0f} | {m:.3f} ± {em:.3f} |"
    else:
        line += " | | |"
    print(line)
