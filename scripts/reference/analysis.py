#!/usr/bin/env python3
"""Reference values of the workbench's analysis helpers (src/ui/details, src/ui/paths).

For the fixtures karate, florentine (with an isolate) and disconnected (4 components and
5 isolates), read from tests/fixtures/graphs in file order:
  - ranking: the degree of every node, its competition rank ("1224": 1 + the number of
    nodes with a strictly higher value) from scipy.stats.rankdata(-x, method='min'), and
    its percentile rank from scipy.stats.percentileofscore(x, v, kind='weak')
    (the share of nodes whose value is <= v, in percent);
  - paths: the shortest-path length (in steps) of every ordered pair of the first 12
    nodes, null when the two are in different components (networkx
    shortest_path_length, unweighted);
  - histogram: networkx degree_histogram(G) (actors per degree 0 … max);
  - ego: the node set of networkx ego_graph(G, v, radius) for radius 1 and 2 of the
    first 6 nodes.
Writes tests/reference/analysis.json keyed by fixture name, plus "_meta".
Run: /usr/bin/python3 scripts/reference/analysis.py   (needs networkx and scipy)
"""
import json
import os

import networkx as nx
import scipy
from scipy.stats import percentileofscore, rankdata

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
FIXTURES = os.path.join(ROOT, 'tests', 'fixtures', 'graphs')
OUT = os.path.join(ROOT, 'tests', 'reference', 'analysis.json')
NAMES = ['karate', 'florentine', 'disconnected']


def load(name):
    with open(os.path.join(FIXTURES, name + '.json'), encoding='utf-8') as f:
        data = json.load(f)
    g = nx.Graph()
    for node in data['nodes']:
        g.add_node(node['id'])
    for u, v, _w in data['edges']:
        if u != v:
            g.add_edge(u, v)
    return g, [node['id'] for node in data['nodes']]


def main():
    out = {'_meta': {'networkx': nx.__version__, 'scipy': scipy.__version__}}
    for name in NAMES:
        g, ids = load(name)
        degree = [g.degree(v) for v in ids]
        ranks = rankdata([-d for d in degree], method='min')
        percentiles = [percentileofscore(degree, d, kind='weak') for d in degree]
        pairs = []
        for s in ids[:12]:
            for t in ids[:12]:
                try:
                    length = nx.shortest_path_length(g, s, t)
                except nx.NetworkXNoPath:
                    length = None
                pairs.append([s, t, length])
        ego = []
        for v in ids[:6]:
            for radius in (1, 2):
                ego.append([v, radius, sorted(nx.ego_graph(g, v, radius=radius).nodes())])
        out[name] = {
            'ids': ids,
            'degree': degree,
            'histogram': nx.degree_histogram(g),
            'rank': [int(r) for r in ranks],
            'percentile': [float(p) for p in percentiles],
            'paths': pairs,
            'ego': ego,
        }
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
