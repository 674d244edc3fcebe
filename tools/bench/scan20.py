#!/usr/bin/env python3
"""scan20.py OUT [MB]: a JSON-lines file for timing `safeguard scan` whole process.

Joins the texts of every corpus under core/src/test/resources/corpus (drawn in a seeded random
order, reused as often as needed) into documents of 1 to 20 KB, a blank line apart, until the
file holds MB megabytes of text (default 20; about 1,900 documents). The same seed always gives
the same file, so scans of it can be compared byte for byte between builds.
"""
import glob, json, os, random, sys

out = sys.argv[1]
target = int(float(sys.argv[2]) * 1_000_000) if len(sys.argv) > 2 else 20_000_000
here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, "..", "..", "core", "src", "test", "resources", "corpus")
texts = []
for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl"))):
    with open(path, encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
rng = random.Random(20)
total = 0
n = 0
with open(out, "w", encoding="utf-8") as g:
    while total < target:
        size = rng.randint(1_000, 20_000)
        parts, chars = [], 0
        while chars < size:
            t = texts[rng.randrange(len(texts))]
            parts.append(t)
            chars += len(t) + 2
        text = "\n\n".join(parts)
        g.write(json.dumps({"id": "scan20-%05d" % n, "text": text}, ensure_ascii=False) + "\n")
        total += len(text.encode("utf-8"))
        n += 1
print("%s: %d documents, %d bytes of text" % (out, n, total), file=sys.stderr)
