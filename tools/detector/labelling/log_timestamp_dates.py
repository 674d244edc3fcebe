#!/usr/bin/env python3
"""log_timestamp_dates.py IN.jsonl OUT.jsonl: marks the date of every log time stamp.

Every blind writer before the thirty-third set marked the date part of a log line's time stamp
("2026-03-11 02:14:07", "@timestamp":"2026-03-09T13:02:11Z") as a DATE. The thirty-third set's
writing instructions said not to, by mistake, so its converted file is passed through this
script: each YYYY-MM-DD directly before a time that no span covers becomes a DATE span. Nothing
else changes. Prints how many spans it added.
"""
import json
import re
import sys

STAMP = re.compile(r'(?<![\d-])(\d{4}-\d\d-\d\d)(?=[T ]\d\d:\d\d)')


def main(src, dst):
    added = 0
    with open(dst, 'w', encoding='utf-8') as out:
        for line in open(src, encoding='utf-8'):
            doc = json.loads(line)
            covered = set()
            for span in doc['spans']:
                covered.update(range(span['start'], span['end']))
            for m in STAMP.finditer(doc['text']):
                if not covered.intersection(range(m.start(1), m.end(1))):
                    doc['spans'].append({'start': m.start(1), 'end': m.end(1), 'type': 'DATE'})
                    added += 1
            doc['spans'].sort(key=lambda s: s['start'])
            out.write(json.dumps(doc, ensure_ascii=False) + '\n')
    print('added', added, file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
