#!/usr/bin/env python3
"""Reference values of the shortest-path kernel (src/metrics/paths), from networkx.

For every graph of tests/fixtures/graphs (read from the JSON files, nodes in file order,
which is the CSR index order of src/metrics/csr.ts), compute with networkx defaults:
  - betweenness_centrality(G, normalized=True)
  - closeness_centrality(G) (wf_improved=True)
  - harmonic_centrality(G)
  - eccentricity of every node within its own connected component
  - diameter and average_shortest_path_length of the largest connected component
    (the first largest in connected_components order, i.e. the one holding the lowest
    node index among equally large ones); null for a single node or an empty graph
  - connected components (count, sizes, node ids, largest share)
unweighted and weighted, where weighted means distance = 1 / weight on every path measure.

Writes tests/reference/paths.json keyed by fixture name, plus "_meta".
Run: python3 scripts/reference/paths.py   (networkx 3.x; recorded in _meta)
"""
import json
import os
import sys

import networkx as nx

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
FIXTURES = os.path.join(ROOT, 'tests', 'fixtures', 'graphs')
OUT = os.path.join(ROOT, 'tests', 'reference', 'paths.json')


def load(path):
    with open(path, encoding='utf-8') as f:
        data = json.load(f)
    g = nx.Graph()
    for node in data['nodes']:
        g.add_node(node['id'])
    for u, v, w in data['edges']:
        if u == v:
            continue
        g.add_edge(u, v, weight=w, distance=1.0 / w)
    return g, [node['id'] for node in data['nodes']]


def path_metrics(g, order, weight):
    n = g.number_of_nodes()
    betweenness = nx.betweenness_centrality(g, normalized=True, weight=weight)
    closeness = nx.closeness_centrality(g, distance=weight)
    harmonic = nx.harmonic_centrality(g, distance=weight)
    eccentricity = {}
    for comp in nx.connected_components(g):
        eccentricity.update(nx.eccentricity(g.subgraph(comp), weight=weight))
    diameter = None
    average = None
    if n > 0:
        largest = max(nx.connected_components(g), key=len)
        if len(largest) > 1:
            sub = g.subgraph(largest)
            diameter = nx.diameter(sub, weight=weight)
            average = nx.average_shortest_path_length(sub, weight=weight)
    return {
        'betweenness': [betweenness[v] for v in order],
        'closeness': [closeness[v] for v in order],
        'harmonic': [harmonic[v] for v in order],
        'eccentricity': [eccentricity[v] for v in order],
        'diameter': diameter,
        'averagePathLength': average,
    }


def components(g, order):
    comps = list(nx.connected_components(g))
    position = {v: i for i, v in enumerate(order)}
    listed = [sorted(c, key=position.get) for c in comps]
    n = g.number_of_nodes()
    largest = max(listed, key=len) if listed else []
    return {
        'count': len(comps),
        'sizes': [len(c) for c in listed],
        'members': listed,
        'largest': largest,
        'largestShare': (len(largest) / n) if n else None,
    }


def main():
    # networkx sums some measures over sets of string nodes, whose order follows Python's
    # randomised string hashing; fix the hash seed so the file is reproducible to the bit.
    if os.environ.get('PYTHONHASHSEED') != '0':
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.argv)
    out = {'_meta': {'networkx': nx.__version__, 'python': sys.version.split()[0]}}
    for file in sorted(os.listdir(FIXTURES)):
        if not file.endswith('.json'):
            continue
        name = file[:-5]
        g, order = load(os.path.join(FIXTURES, file))
        out[name] = {
            'nodes': order,
            'components': components(g, order),
            'unweighted': path_metrics(g, order, None),
            'weighted': path_metrics(g, order, 'distance'),
        }
        print(name, g.number_of_nodes(), g.number_of_edges())
    text = json.dumps(out, indent=1, allow_nan=False)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(text + '\n')


if __name__ == '__main__':
    main()
