#!/usr/bin/env python3
"""Reference values for communities and Guimerà–Amaral roles -> tests/reference/communities.json.

For every fixture graph (tests/fixtures/graphs/*.json, node order as in the file):
- fixed partitions from networkx `louvain_communities(seed=...)` (unweighted and weighted),
  written as label arrays aligned with the file's node order;
- networkx `community.modularity` of each partition at resolutions 0.5, 1 and 2;
- participation coefficient and within-module degree z-score of each partition, by an
  independent plain-Python implementation of Guimerà & Amaral (2005);
- the best networkx Louvain modularity over five seeds (a quality yardstick, not an identity),
  weighted and unweighted at resolution 1 and unweighted at resolutions 0.5 and 2.

Conventions mirrored from src/metrics: participation of an isolate = null (undefined);
z = 0 when the community's within-module degrees have zero (population) spread;
modularity of a graph without ties = null.

Run: python3 scripts/reference/communities.py   (pyenv python3, networkx 3.6.1)
"""
import json
import math
import os

import networkx as nx

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
FIXTURES = os.path.join(ROOT, 'tests', 'fixtures', 'graphs')
OUT = os.path.join(ROOT, 'tests', 'reference', 'communities.json')
SEEDS = [1, 2]
RESOLUTIONS = [0.5, 1, 2]


def load(name):
    with open(os.path.join(FIXTURES, name + '.json'), encoding='utf-8') as f:
        data = json.load(f)
    g = nx.Graph()
    order = [n['id'] for n in data['nodes']]
    g.add_nodes_from(order)
    for u, v, w in data['edges']:
        g.add_edge(u, v, weight=w)
    return g, order


def labels_of(partition, order):
    label = {}
    for c, members in enumerate(partition):
        for node in members:
            label[node] = c
    return [label[node] for node in order]


def roles(g, order, labels, weighted):
    label = dict(zip(order, labels))

    def w(u, v):
        return g[u][v]['weight'] if weighted else 1

    strength = {u: sum(w(u, v) for v in g[u]) for u in order}
    participation = []
    within = {}
    for u in order:
        per = {}
        for v in g[u]:
            per[label[v]] = per.get(label[v], 0) + w(u, v)
        within[u] = per.get(label[u], 0)
        if strength[u] == 0:
            participation.append(None)
        else:
            participation.append(1 - sum((x / strength[u]) ** 2 for x in per.values()))
    members = {}
    for u in order:
        members.setdefault(label[u], []).append(within[u])
    stats = {}
    for c, values in members.items():
        mean = sum(values) / len(values)
        sd = math.sqrt(sum((x - mean) ** 2 for x in values) / len(values))
        stats[c] = (mean, sd)
    z = []
    for u in order:
        mean, sd = stats[label[u]]
        z.append(0.0 if sd == 0 else (within[u] - mean) / sd)
    return participation, z


def safe_modularity(g, partition, weight, resolution):
    try:
        return nx.community.modularity(g, partition, weight=weight, resolution=resolution)
    except ZeroDivisionError:
        return None


def main():
    out = {}
    names = sorted(f[:-5] for f in os.listdir(FIXTURES) if f.endswith('.json'))
    for name in names:
        g, order = load(name)
        cases = []
        for weighted in (False, True):
            weight = 'weight' if weighted else None
            for seed in SEEDS:
                partition = nx.community.louvain_communities(g, weight=weight, seed=seed)
                labels = labels_of(partition, order)
                participation, z = roles(g, order, labels, weighted)
                cases.append({
                    'weighted': weighted,
                    'seed': seed,
                    'labels': labels,
                    'modularity': {str(r): safe_modularity(g, partition, weight, r) for r in RESOLUTIONS},
                    'participation': participation,
                    'withinModuleZ': z,
                })
        best = {}
        for weighted in (False, True):
            weight = 'weight' if weighted else None
            values = [safe_modularity(g, nx.community.louvain_communities(g, weight=weight, seed=s), weight, 1)
                      for s in range(5)]
            best['weighted' if weighted else 'unweighted'] = None if values[0] is None else max(values)
        by_resolution = {}
        for r in (0.5, 2):
            values = [safe_modularity(g, nx.community.louvain_communities(g, resolution=r, seed=s), None, r)
                      for s in range(5)]
            by_resolution[str(r)] = None if values[0] is None else max(values)
        out[name] = {'nodes': order, 'partitions': cases, 'bestLouvainModularity': best,
                     'bestLouvainModularityByResolution': by_resolution}
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1)
    print('wrote', OUT, 'networkx', nx.__version__)


if __name__ == '__main__':
    main()
