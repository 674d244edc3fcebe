#!/usr/bin/env python3
"""Turn marked-up texts into the corpus format.

Input: one JSON object a line: {"id": "...", "genre": "...", "text": "... {{NAME|Maria Lopez}} ..."}
A span is written {{TYPE|value}}; the braces and the type are removed from the text and the
value's offsets become a span. Output: {"id","genre","text","spans":[{start,end,type}]} lines.
Usage: markup2jsonl.py IN.marked.jsonl OUT.jsonl   (fails loudly on any malformed markup)
"""
import json, re, sys
TYPES = {"NAME","DATE","PHONE","EMAIL","ADDRESS","CITY","ZIP","SSN","MRN","HEALTH_PLAN_ID",
         "ACCOUNT","CARD","LICENSE","VEHICLE_ID","DEVICE_ID","IP","URL","ID","AGE_OVER_89"}
MARK = re.compile(r"\{\{([A-Z_0-9]+)\|(.*?)\}\}", re.S)
def convert(obj, where):
    src = obj["text"]; out = []; spans = []; pos = 0
    for m in MARK.finditer(src):
        t, v = m.group(1), m.group(2)
        if t not in TYPES: sys.exit(f"{where}: unknown type {t!r}")
        if not v or v != v.strip(): sys.exit(f"{where}: empty value or value with outer spaces in {m.group(0)!r}")
        if "{{" in v or "|" in v and t != "URL": sys.exit(f"{where}: nested or malformed markup {m.group(0)!r}")
        out.append(src[pos:m.start()]); start = sum(map(len, out)); out.append(v)
        spans.append({"start": start, "end": start + len(v), "type": t}); pos = m.end()
    out.append(src[pos:]); text = "".join(out)
    if "{{" in text or "}}" in text: sys.exit(f"{where}: unclosed markup left in text")
    return {"id": obj["id"], "genre": obj["genre"], "text": text, "spans": spans}
ids = set()
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as g:
    for n, line in enumerate(f, 1):
        if not line.strip(): continue
        obj = json.loads(line)
        if set(obj) != {"id","genre","text"}: sys.exit(f"line {n}: keys must be id, genre, text")
        if obj["id"] in ids: sys.exit(f"line {n}: duplicate id {obj['id']}")
        ids.add(obj["id"])
        g.write(json.dumps(convert(obj, f"line {n} ({obj['id']})"), ensure_ascii=False) + "\n")
print(f"{len(ids)} texts written to {sys.argv[2]}")
