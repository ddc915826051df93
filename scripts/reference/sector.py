#!/usr/bin/env python3
"""Reference values for the cluster indicators -> tests/reference/sector.json.

For every fixture graph (tests/fixtures/graphs/*.json) and two variants with some nodes set
to 'unknown' (the same as scripts/reference/brokerage.R), computed independently of
src/metrics/sector:
- the sector mixing matrix (tie counts and summed weights; rows academia, industry,
  government, intermediary, plus unknown when some node is unknown);
- cross-sector share, whole-network E-I index, E-I index per sector and per node, each by
  tie counts and by tie weights (ties touching unknown nodes left out);
- sector assortativity with networkx `attribute_assortativity_coefficient(G, 'sector')`
  (NaN -> null; null for a graph without ties, where networkx returns 0.0);
- Leydesdorff's triple-helix T (bits) over one record per tie, with scipy entropies.
Plus seeded random lists of triple-helix records (stored in the file) and their T.

Run: python3 scripts/reference/sector.py   (pyenv python3: networkx 3.6.1, scipy)
"""
import itertools
import json
import math
import os
import random
from collections import Counter

import networkx as nx
from scipy.stats import entropy

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
FIXTURES = os.path.join(ROOT, 'tests', 'fixtures', 'graphs')
OUT = os.path.join(ROOT, 'tests', 'reference', 'sector.json')
KNOWN = ['academia', 'industry', 'government', 'intermediary']
HELICES = ['academia', 'industry', 'government']
UNKNOWN_CASES = {
    'karate+unknown': ('karate', ['5', '16', '24', '33']),
    'lesmis+unknown': ('lesmis', ['Valjean', 'Javert', 'Fantine', 'Gavroche']),
}


def load(name, unknown=()):
    with open(os.path.join(FIXTURES, name + '.json'), encoding='utf-8') as f:
        data = json.load(f)
    g = nx.Graph()
    for node in data['nodes']:
        g.add_node(node['id'], sector='unknown' if node['id'] in unknown else node['sector'])
    for u, v, w in data['edges']:
        g.add_edge(u, v, weight=w)
    return g, [n['id'] for n in data['nodes']]


def nan_to_none(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def helix_t(records):
    """T_UIG = H_U + H_I + H_G - H_UI - H_UG - H_IG + H_UIG over binary presence variables."""
    if not records:
        return None
    rows = [tuple(int(h in r) for h in HELICES) for r in records]

    def h(indices):
        counts = Counter(tuple(row[i] for i in indices) for row in rows)
        return float(entropy(list(counts.values()), base=2))

    total = 0.0
    for size in (1, 2, 3):
        sign = 1 if size % 2 == 1 else -1
        for subset in itertools.combinations(range(3), size):
            total += sign * h(subset)
    return total


def indicators(g, order):
    sector = nx.get_node_attributes(g, 'sector')
    rows = KNOWN + (['unknown'] if 'unknown' in sector.values() else [])
    idx = {s: k for k, s in enumerate(rows)}
    counts = [[0] * len(rows) for _ in rows]
    weights = [[0.0] * len(rows) for _ in rows]
    for u, v, d in g.edges(data=True):
        a, b = idx[sector[u]], idx[sector[v]]
        counts[a][b] += 1
        weights[a][b] += d['weight']
        if a != b:
            counts[b][a] += 1
            weights[b][a] += d['weight']

    out = {'sectors': [sector[n] for n in order], 'mixing': {'sectors': rows, 'counts': counts, 'weights': weights}}
    for weighted in (False, True):
        key = 'weighted' if weighted else 'unweighted'

        def w(u, v):
            return g[u][v]['weight'] if weighted else 1

        external = internal = 0
        by_sector = {s: [0, 0] for s in KNOWN}
        for u, v in g.edges():
            su, sv = sector[u], sector[v]
            if su == 'unknown' or sv == 'unknown':
                continue
            if su == sv:
                internal += w(u, v)
                by_sector[su][1] += w(u, v)
            else:
                external += w(u, v)
                by_sector[su][0] += w(u, v)
                by_sector[sv][0] += w(u, v)
        all_known = external + internal
        node_ei = []
        for u in order:
            e = i = 0
            if sector[u] != 'unknown':
                for v in g[u]:
                    if sector[v] == 'unknown':
                        continue
                    if sector[v] == sector[u]:
                        i += w(u, v)
                    else:
                        e += w(u, v)
            node_ei.append((e - i) / (e + i) if e + i > 0 else None)
        out[key] = {
            'crossSectorShare': external / all_known if all_known else None,
            'eiIndex': (external - internal) / all_known if all_known else None,
            'eiBySector': {s: ((e - i) / (e + i) if e + i else None) for s, (e, i) in by_sector.items()},
            'nodeEi': node_ei,
        }
    # networkx returns 0.0 for a graph without ties (an empty mixing matrix); there is no
    # tie to measure, so the workbench reports null there. Otherwise networkx as is.
    if g.number_of_edges() == 0:
        r = None
    else:
        r = nx.attribute_assortativity_coefficient(g, 'sector')
    out['sectorAssortativity'] = nan_to_none(r)
    tie_records = [sorted({sector[u], sector[v]} & set(HELICES)) for u, v in g.edges()]
    out['tieHelixT'] = helix_t(tie_records)
    return out


def record_lists():
    cases = []
    for seed, n, probs in [(1, 50, (0.6, 0.5, 0.3)), (2, 200, (0.8, 0.7, 0.2)), (3, 1000, (0.4, 0.4, 0.4)),
                           (4, 7, (0.5, 0.9, 0.1))]:
        rng = random.Random(seed)
        records = [[h for h, p in zip(HELICES, probs) if rng.random() < p] for _ in range(n)]
        cases.append({'seed': seed, 'records': records, 'T': helix_t(records)})
    # Hand-made: perfect redundancy (all or nothing) and a single configuration.
    records = [list(HELICES)] * 5 + [[]] * 5
    cases.append({'seed': None, 'records': records, 'T': helix_t(records)})
    cases.append({'seed': None, 'records': [['academia', 'industry']] * 4, 'T': helix_t([['academia', 'industry']] * 4)})
    return cases


def main():
    out = {'graphs': {}, 'helixRecords': record_lists()}
    names = sorted(f[:-5] for f in os.listdir(FIXTURES) if f.endswith('.json'))
    for name in names:
        g, order = load(name)
        out['graphs'][name] = {'fixture': name, **indicators(g, order)}
    for case, (name, unknown) in UNKNOWN_CASES.items():
        g, order = load(name, unknown)
        out['graphs'][case] = {'fixture': name, **indicators(g, order)}
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1)
    print('wrote', OUT, 'networkx', nx.__version__)


if __name__ == '__main__':
    main()
