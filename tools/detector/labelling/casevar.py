#!/usr/bin/env python3
"""casevar.py upper|lower IN OUT: the same labelled texts typed all in capitals or lower case."""
import json, sys
mode, src, dst = sys.argv[1:4]
with open(src) as f, open(dst, "w") as g:
    for line in f:
        d = json.loads(line)
        t = d["text"]
        # str.upper can change length (ß -> SS); keep offsets by mapping char by char
        d["text"] = "".join((c.upper() if len(c.upper()) == 1 else c) if mode == "upper" else (c.lower() if len(c.lower()) == 1 else c) for c in t)
        d["id"] = d["id"]
        g.write(json.dumps(d, ensure_ascii=False) + "\n")
