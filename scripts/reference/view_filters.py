#!/usr/bin/env python3
"""Reference node/edge counts for the view filters (src/graph/viewFilters.ts), computed
with networkx on the graphs of tests/fixtures/graphs, written to
tests/reference/view_filters.json.

Run: python3 scripts/reference/view_filters.py   (networkx 3.6.1)

Each case names its filters in the workbench's terms and the networkx steps that give the
expected graph, in the same order as applyViewFilters: node attributes (sectors) ->
minimum tie weight -> one-pass minimum degree -> k-core (nx.k_core) -> largest
connected component (max of nx.connected_components by size) -> isolates removed
(nx.isolates). Only fixtures whose largest component is unique are used for it.
"""
import json
import os

import networkx as nx

HERE = os.path.dirname(__file__)
FIXTURES = os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'graphs')
OUT = os.path.join(HERE, '..', '..', 'tests', 'reference', 'view_filters.json')

NAMES = ['karate', 'florentine', 'lesmis', 'disconnected', 'holmekim', 'davis']


def load(name):
    with open(os.path.join(FIXTURES, name + '.json'), encoding='utf8') as f:
        data = json.load(f)
    g = nx.Graph()
    for n in data['nodes']:
        g.add_node(n['id'], sector=n['sector'])
    for u, v, w in data['edges']:
        g.add_edge(u, v, weight=w)
    return g


def apply(g, f):
    h = g.copy()
    if 'sectors' in f:
        h.remove_nodes_from([n for n, s in g.nodes(data='sector') if s not in f['sectors']])
    if 'minWeight' in f:
        h.remove_edges_from([(u, v) for u, v, w in h.edges(data='weight') if w < f['minWeight']])
    if 'minDegree' in f:
        h.remove_nodes_from([n for n, d in dict(h.degree()).items() if d < f['minDegree']])
    if 'kCore' in f:
        h = nx.k_core(h, f['kCore']).copy()
    if f.get('largestComponentOnly'):
        comps = sorted(nx.connected_components(h), key=len, reverse=True)
        if len(comps) > 1 and len(comps[0]) == len(comps[1]):
            raise ValueError('tie for the largest component')
        h = h.subgraph(comps[0]).copy() if comps else h
    if f.get('hideIsolates'):
        h.remove_nodes_from(list(nx.isolates(h)))
    return h


CASES = [
    {},
    {'hideIsolates': True},
    {'largestComponentOnly': True},
    {'kCore': 2},
    {'kCore': 3},
    {'kCore': 4},
    {'minDegree': 3},
    {'minWeight': 2},
    {'minWeight': 2, 'hideIsolates': True},
    {'sectors': ['academia', 'industry']},
    {'sectors': ['government'], 'hideIsolates': True},
    {'sectors': ['academia', 'industry'], 'minWeight': 2, 'kCore': 2, 'largestComponentOnly': True},
    {'minDegree': 2, 'kCore': 3, 'hideIsolates': True},
]

out = {}
for name in NAMES:
    g = load(name)
    rows = []
    for f in CASES:
        try:
            h = apply(g, f)
        except ValueError:
            continue
        rows.append({'filters': f, 'nodes': h.number_of_nodes(), 'edges': h.number_of_edges(),
                     'ids': sorted(h.nodes())})
    out[name] = rows

with open(OUT, 'w', encoding='utf8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
print('wrote', OUT)
