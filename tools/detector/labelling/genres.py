#!/usr/bin/env python3
"""genres.py GOLD PRED: character recall/precision (type-blind) and NAME char recall per genre."""
import json, sys, collections
gold=[json.loads(l) for l in open(sys.argv[1])]
pred={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[2])}
agg=collections.defaultdict(lambda:[0,0,0,0,0])
for g in gold:
    n=len(g['text']); gm=bytearray(n); pm=bytearray(n); nm=bytearray(n)
    for s in g['spans']:
        for i in range(s['start'],s['end']): gm[i]=1; nm[i] |= s['type']=='NAME'
    for s in pred[g['id']]['spans']:
        for i in range(s['start'],s['end']): pm[i]=1
    a=agg[g['genre']]
    a[0]+=sum(gm); a[1]+=sum(pm); a[2]+=sum(1 for i in range(n) if gm[i] and pm[i]); a[3]+=sum(nm); a[4]+=sum(1 for i in range(n) if nm[i] and pm[i])
print(f"{'genre':22} {'charR':>6} {'charP':>6} {'nameR':>6}")
for k,(gc,pc,hit,nc,nh) in sorted(agg.items()):
    print(f"{k:22} {hit/max(gc,1):6.3f} {hit/max(pc,1):6.3f} {nh/max(nc,1):6.3f}")
