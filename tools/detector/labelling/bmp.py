#!/usr/bin/env python3
"""bmp.py IN OUT: replaces characters outside the Basic Multilingual Plane (emoji) with U+263A,
one char for one, so that Python's and Java's (UTF-16) offsets agree; spans are shifted to match."""
import json, sys
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as g:
    for l in f:
        d = json.loads(l)
        d["text"] = "".join(c if ord(c) <= 0xffff else "\u263a" for c in d["text"])
        g.write(json.dumps(d, ensure_ascii=False) + "\n")
