# SPDX-License-Identifier: GPL-3.0-or-later
"""hubshape.py SAMPLE.json ANSWER.json: whether an answer has the sample's shape.

The same fields at every level (objects compared key by key, arrays by their first
element), each of the same JSON type; null on either side stands for "may be absent", as
Hub sends null for what it does not know. Prints each difference and exits 1 if any.
"""
import json
import sys


def kind(value):
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", list: "array", dict: "object", type(None): "null"}[type(value)]


def compare(sample, answer, where, problems):
    if sample is None or answer is None:
        return
    if kind(sample) != kind(answer):
        problems.append("%s: %s in the sample, %s in the answer" % (where, kind(sample), kind(answer)))
        return
    if isinstance(sample, dict):
        for key in sorted(set(sample) | set(answer)):
            if key not in answer:
                problems.append("%s.%s: missing from the answer" % (where, key))
            elif key not in sample:
                problems.append("%s.%s: not in the sample" % (where, key))
            else:
                compare(sample[key], answer[key], "%s.%s" % (where, key), problems)
    elif isinstance(sample, list) and sample and answer:
        for i, item in enumerate(answer):
            compare(sample[0], item, "%s[%d]" % (where, i), problems)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        sample = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        answer = json.load(f)
    problems = []
    compare(sample, answer, "$", problems)
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
