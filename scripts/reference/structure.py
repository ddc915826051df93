#!/usr/bin/env python3
"""Reference values of the structural and spectral metrics (src/metrics/centrality,
src/metrics/structure, src/metrics/smallworld), computed with networkx 3.x defaults on
every graph of tests/fixtures/graphs, written to tests/reference/structure.json.

Run: python3 scripts/reference/structure.py   (networkx 3.6.1, numpy, scipy)

Per fixture: node ids in file order and, aligned with them, each per-node metric
(unweighted, and weighted with the `weight` edge attribute where networkx has a weight
argument); graph-level values; None where networkx gives NaN or raises (the error is
recorded under "errors"). Eigenvector and PageRank are computed twice: with networkx
defaults (tol=1e-6) and iterated to tol=1e-13, the limit that networkx approximates.

Effective size: networkx's per-node path (nodes=list(g)), see structure() below.

Small world: networkx sigma/omega on the largest component of some fixtures and of three
generated graphs (Watts-Strogatz, ring lattice, Erdos-Renyi, edge lists written here),
over several seeds; tests compare our seeded values with the mean within a tolerance
derived from the spread. networkx checks connectivity after each swap with
local_edge_connectivity(G, a, b) == 0, i.e. "no a-b path"; we substitute the equivalent
has_path test (identical results, about 100 times faster).
"""
import json
import math
import os
import statistics
import warnings

import networkx as nx

HERE = os.path.dirname(__file__)
FIXTURES = os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'graphs')
OUT = os.path.join(HERE, '..', '..', 'tests', 'reference', 'structure.json')

# Same defaults as src/metrics/smallworld (DEFAULT_SIGMA_OPTIONS, DEFAULT_OMEGA_OPTIONS).
SW_NITER = 5
SW_NRAND = 5
SW_SEEDS = list(range(8))

nx.connectivity.local_edge_connectivity = lambda G, a, b: 1 if nx.has_path(G, a, b) else 0


def clean(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def column(g, values):
    return [clean(values.get(v)) for v in g.nodes()]


def attempt(errors, key, fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            return fn()
    except Exception as e:  # noqa: BLE001 - recorded for the tests to explain NaN
        errors[key] = f'{type(e).__name__}: {e}'
        return None


def load(name):
    with open(os.path.join(FIXTURES, name + '.json'), encoding='utf-8') as f:
        data = json.load(f)
    g = nx.Graph()
    for node in data['nodes']:
        g.add_node(node['id'])
    for u, v, w in data['edges']:
        g.add_edge(u, v, weight=w)
    return g


def freeman_degree(g):
    n = g.number_of_nodes()
    if n < 3:
        return None
    d = [deg for _, deg in g.degree()]
    mx = max(d)
    return sum(mx - x for x in d) / ((n - 1) * (n - 2))


def freeman_betweenness(g, b):
    n = g.number_of_nodes()
    if n < 3:
        return None
    mx = max(b.values())
    return sum(mx - x for x in b.values()) / (n - 1)


def structure(g):
    errors = {}
    r = {'ids': list(g.nodes()), 'errors': errors}
    r['degree'] = column(g, dict(g.degree()))
    r['strength'] = column(g, dict(g.degree(weight='weight')))
    for label, w in (('', None), ('Weighted', 'weight')):
        ev = attempt(errors, 'eigenvectorDefault' + label,
                     lambda: nx.eigenvector_centrality(g, weight=w))
        r['eigenvectorDefault' + label] = column(g, ev) if ev else None
        ev = attempt(errors, 'eigenvector' + label,
                     lambda: nx.eigenvector_centrality(g, weight=w, max_iter=200000, tol=1e-13))
        r['eigenvector' + label] = column(g, ev) if ev else None
        pr = attempt(errors, 'pagerankDefault' + label, lambda: nx.pagerank(g, alpha=0.85, weight=w))
        r['pagerankDefault' + label] = column(g, pr) if pr else None
        pr = attempt(errors, 'pagerank' + label,
                     lambda: nx.pagerank(g, alpha=0.85, weight=w, max_iter=100000, tol=1e-13))
        r['pagerank' + label] = column(g, pr) if pr else None
        r['constraint' + label] = column(g, nx.constraint(g, weight=w))
        # nodes=list(g): networkx's per-node path, Burt's formula as networkx documents it.
        # The whole-graph sparse-matrix path of networkx 3.6.1 divides m_jq by q's largest
        # tie instead of j's (a column/row broadcasting slip); for unweighted graphs both
        # agree, weighted they differ. Recorded for the docs, not used by the tests.
        r['effectiveSize' + label] = column(g, nx.effective_size(g, nodes=list(g), weight=w))
        r['effectiveSizeFastPath' + label] = column(g, nx.effective_size(g, weight=w))
        r['assortativity' + label] = clean(attempt(
            errors, 'assortativity' + label,
            lambda: nx.degree_assortativity_coefficient(g, weight=w)))
    r['clustering'] = column(g, nx.clustering(g))
    r['averageClustering'] = clean(attempt(errors, 'averageClustering', lambda: nx.average_clustering(g)))
    r['transitivity'] = clean(nx.transitivity(g))
    r['coreness'] = column(g, nx.core_number(g))
    r['density'] = clean(nx.density(g))
    r['largestComponentPathLength'] = clean(nx.average_shortest_path_length(largest_component(g)))
    b = nx.betweenness_centrality(g)
    r['betweenness'] = column(g, b)
    r['degreeCentralization'] = clean(freeman_degree(g))
    r['betweennessCentralization'] = clean(freeman_betweenness(g, b))
    return r


def largest_component(g):
    return g.subgraph(max(nx.connected_components(g), key=len)).copy()


def small_world(g):
    lcc = largest_component(g)
    sigmas = [nx.sigma(lcc, niter=SW_NITER, nrand=SW_NRAND, seed=s) for s in SW_SEEDS]
    omegas = [nx.omega(lcc, niter=SW_NITER, nrand=SW_NRAND, seed=s) for s in SW_SEEDS]
    return {
        'edges': [[str(u), str(v)] for u, v in g.edges()],
        'nodes': [str(v) for v in g.nodes()],
        'largestComponent': lcc.number_of_nodes(),
        'sigma': sigmas,
        'omega': omegas,
        'sigmaMean': statistics.mean(sigmas),
        'sigmaStdev': statistics.stdev(sigmas),
        'omegaMean': statistics.mean(omegas),
        'omegaStdev': statistics.stdev(omegas),
    }


def main():
    names = sorted(f[:-5] for f in os.listdir(FIXTURES) if f.endswith('.json'))
    out = {'networkx': nx.__version__, 'fixtures': {}, 'smallWorld': {}}
    for name in names:
        out['fixtures'][name] = structure(load(name))
        print('structure', name)
    generated = {
        'wattsStrogatz': nx.connected_watts_strogatz_graph(100, 6, 0.1, seed=1),
        'ringLattice': nx.watts_strogatz_graph(60, 6, 0.0, seed=1),
        'erdosRenyi': largest_component(nx.gnp_random_graph(100, 0.06, seed=3)),
    }
    sw_graphs = {name: nx.Graph(load(name)) for name in ('karate', 'florentine', 'holmekim')}
    sw_graphs.update(generated)
    for name, g in sw_graphs.items():
        g = nx.relabel_nodes(g, str)
        out['smallWorld'][name] = small_world(g)
        print('small world', name, out['smallWorld'][name]['sigmaMean'], out['smallWorld'][name]['omegaMean'])
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1)


if __name__ == '__main__':
    main()
