#!/usr/bin/env python3
"""Reference counts of the view and tie filters on the sample regions' organization
graphs, measured with networkx from the CSV files (no project code): the ties come from
scripts/reference/sample_regions.py (collaborations.csv plus projected memberships),
lifted to organizations with ties inside one organization dropped and weights summed.
Written to tests/reference/view_filters_sample.json.

Run: python3 scripts/reference/view_filters_sample.py   (networkx 3.x)

Cases, applied in the order of applyViewFilters (src/graph/viewFilters.ts): ties of a
fiscal-year range or of some types (before lifting; organizations keep their place
even without ties) -> sectors / organization types -> minimum merged weight -> k-core
(nx.k_core) -> largest connected component -> isolates removed.
"""
import json
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(__file__))
from sample_regions import read, ties_of  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
OUT = os.path.join(ROOT, 'tests', 'reference', 'view_filters_sample.json')
REGIONS = ['sapporo', 'sendai', 'nagano', 'hamamatsu', 'kansai', 'fukuoka']

CASES = [
    {'hideIsolates': True},
    {'largestComponentOnly': True},
    {'kCore': 2},
    {'kCore': 4},
    {'minWeight': 3, 'hideIsolates': True},
    {'sectors': ['academia', 'industry'], 'kCore': 2},
    {'nodeTypes': ['university', 'company'], 'hideIsolates': True},
    {'years': [2004, 2006], 'hideIsolates': True},
    {'years': [2002, 2003]},
    {'tieTypes': ['joint_research'], 'largestComponentOnly': True},
]


def org_graph(region, case):
    orgs = read(region, 'organizations.csv')
    people = read(region, 'people.csv')
    org_of = {p['id']: p['organization'] for p in people}
    g = nx.Graph()
    for o in orgs:
        g.add_node(o['id'], sector=o['sector'], type=o['type'])
    for a, b, kind, year, w in ties_of(region):
        if 'years' in case and not (case['years'][0] <= year <= case['years'][1]):
            continue
        if 'tieTypes' in case and kind not in case['tieTypes']:
            continue
        oa, ob = org_of.get(a, a), org_of.get(b, b)
        if oa == ob or oa not in g or ob not in g:
            continue
        prev = g.get_edge_data(oa, ob, {'weight': 0})['weight']
        g.add_edge(oa, ob, weight=prev + w)
    return g


def apply(g, f):
    h = g.copy()
    if 'sectors' in f:
        h.remove_nodes_from([n for n, s in g.nodes(data='sector') if s not in f['sectors']])
    if 'nodeTypes' in f:
        h.remove_nodes_from([n for n, t in g.nodes(data='type') if t not in f['nodeTypes'] and n in h])
    if 'minWeight' in f:
        h.remove_edges_from([(u, v) for u, v, w in h.edges(data='weight') if w < f['minWeight']])
    if 'kCore' in f:
        h = nx.k_core(h, f['kCore']).copy()
    if f.get('largestComponentOnly'):
        comps = sorted(nx.connected_components(h), key=len, reverse=True)
        if len(comps) > 1 and len(comps[0]) == len(comps[1]):
            raise ValueError('tie for the largest component')
        h = h.subgraph(comps[0]).copy()
    if f.get('hideIsolates'):
        h.remove_nodes_from(list(nx.isolates(h)))
    return h


out = {}
for region in REGIONS:
    if not os.path.isdir(os.path.join(ROOT, 'sample-data', region)):
        continue
    rows = []
    for case in CASES:
        try:
            h = apply(org_graph(region, case), case)
        except ValueError:
            continue
        rows.append({'filters': case, 'nodes': h.number_of_nodes(), 'edges': h.number_of_edges()})
    out[region] = rows

with open(OUT, 'w', encoding='utf8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
print('wrote', OUT)
