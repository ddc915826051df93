#!/usr/bin/env python3
"""Write the reference test graphs to tests/fixtures/graphs/*.json.

Each file: {"name", "description", "nodes": [{"id", "sector"}], "edges": [[u, v, w], ...]}.
The graphs are simple and undirected; metric tests load them into graphology, and
scripts/reference/*.py compute networkx / igraph values on exactly these files.
Sectors are assigned with a seeded RNG where the source graph has none, so cluster
indicators can be checked too.

Run: python3 scripts/reference/fixtures.py   (networkx >= 2.8)
"""
import json
import os
import random

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'fixtures', 'graphs')
SECTORS = ['academia', 'industry', 'government', 'intermediary']
WEIGHTS_SECTOR = [0.2, 0.6, 0.15, 0.05]


def assign_sectors(g, seed):
    rng = random.Random(seed)
    return {n: rng.choices(SECTORS, WEIGHTS_SECTOR)[0] for n in g.nodes()}


def write(name, description, g, sectors, weight=None):
    nodes = [{'id': str(n), 'sector': sectors[n]} for n in g.nodes()]
    edges = []
    for u, v, d in g.edges(data=True):
        w = d.get(weight, 1) if weight else 1
        edges.append([str(u), str(v), w])
    data = {'name': name, 'description': description, 'nodes': nodes, 'edges': edges}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=0)
    print(name, g.number_of_nodes(), g.number_of_edges())


def main():
    os.makedirs(OUT, exist_ok=True)

    g = nx.karate_club_graph()
    # karate_club_graph carries weights in networkx >= 3; keep them as tie weights.
    sectors = {n: ('academia' if d['club'] == 'Mr. Hi' else 'industry') for n, d in g.nodes(data=True)}
    for n in (0, 33):
        sectors[n] = 'intermediary'
    for n in (8, 13, 19, 31):
        sectors[n] = 'government'
    write('karate', "Zachary's karate club (34 nodes, 78 ties), weighted as networkx ships it",
          g, sectors, weight='weight' if nx.__version__ >= '3' else None)

    g = nx.florentine_families_graph()
    g.add_node('Pucci')  # Padgett's isolate, dropped by networkx's version
    write('florentine', 'Padgett Florentine families with the isolate Pucci', g, assign_sectors(g, 2))

    g = nx.les_miserables_graph()
    write('lesmis', 'Les Misérables co-appearance, weighted (77 nodes, 254 ties)', g,
          assign_sectors(g, 3), weight='weight')

    g = nx.davis_southern_women_graph()
    sectors = {n: ('academia' if d['bipartite'] == 0 else 'industry') for n, d in g.nodes(data=True)}
    write('davis', 'Davis southern women, two-mode (bipartite) graph: 18 women x 14 events', g, sectors)

    rng = random.Random(5)
    parts = [nx.gnm_random_graph(40, 90, seed=11), nx.gnm_random_graph(25, 40, seed=12),
             nx.path_graph(4), nx.complete_graph(3)]
    g = nx.disjoint_union_all(parts)
    for k in range(5):
        g.add_node(g.number_of_nodes())
    for u, v in g.edges():
        g[u][v]['weight'] = rng.randint(1, 5)
    write('disconnected', 'Four components (random 40/90 and 25/40, a path, a triangle) and five isolates, integer weights 1-5',
          g, assign_sectors(g, 5), weight='weight')

    g = nx.powerlaw_cluster_graph(300, 3, 0.3, seed=7)
    rng = random.Random(7)
    for u, v in g.edges():
        g[u][v]['weight'] = round(rng.uniform(0.5, 4.0), 3)
    write('holmekim', 'Holme-Kim power-law cluster graph, 300 nodes, real weights 0.5-4', g,
          assign_sectors(g, 7), weight='weight')

    g = nx.Graph()
    g.add_node('solo')
    write('single', 'A single node, no ties', g, {'solo': 'academia'})

    g = nx.Graph()
    g.add_edges_from([('a', 'b'), ('c', 'd')])
    g.add_node('e')
    write('pairs', 'Two separate ties and an isolate', g,
          {'a': 'academia', 'b': 'industry', 'c': 'industry', 'd': 'industry', 'e': 'government'})


if __name__ == '__main__':
    main()
