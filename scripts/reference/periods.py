"""Indicators per period and before/after lists of a sample region, measured with networkx.

Reads sample-data/<region>/*.csv directly (no project code; the membership projection is
that of scripts/reference/sample_regions.py: every pair of members of one project, year
and type is a tie). For each period -- single fiscal years, cumulative "up to year Y",
and the windows FY2002-2006 / FY2007-2009 -- builds the people-level graph (ties between
two people) and the organization-level graph (ties lifted to the ends' organizations,
ties inside one organization dropped) over the ACTIVE nodes only (nodes with a tie in the
period), and records nodes, edges, density, largest component share, cross-sector share,
E-I index over sectors (ties counted once, unweighted) and mean normalised betweenness.
Before/after (organization level, FY2002-2006 vs FY2007-2009): joined, left, and the ten
organizations whose betweenness changed most (|after - before|, ties by id).

Writes tests/reference/periods.json.  Run: python3 scripts/reference/periods.py  (networkx 3.x)
"""
import json
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(__file__))
from sample_regions import read, ties_of  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
OUT = os.path.join(ROOT, 'tests', 'reference', 'periods.json')
REGIONS = ['sapporo', 'nagano']


def graphs(region, years):
    sector = {o['id']: o['sector'] for o in read(region, 'organizations.csv')}
    org_of = {p['id']: p['organization'] for p in read(region, 'people.csv')}
    people, orgs = nx.Graph(), nx.Graph()
    for a, b, _kind, year, _w in ties_of(region):
        if year not in years:
            continue
        if a in org_of and b in org_of and a != b:
            people.add_edge(a, b)
        oa, ob = org_of.get(a, a), org_of.get(b, b)
        if oa != ob:
            orgs.add_edge(oa, ob)
    node_sector = lambda n: sector.get(org_of.get(n, n), 'unknown')
    return people, orgs, node_sector


def indicators(g, node_sector):
    n = g.number_of_nodes()
    if n == 0:
        return {'nodes': 0, 'edges': 0}
    external = sum(1 for a, b in g.edges() if node_sector(a) != node_sector(b))
    internal = g.number_of_edges() - external
    bc = nx.betweenness_centrality(g)
    return {
        'nodes': n,
        'edges': g.number_of_edges(),
        'density': nx.density(g),
        'largestComponentShare': max(len(c) for c in nx.connected_components(g)) / n,
        'crossSectorShare': external / (external + internal),
        'eiIndex': (external - internal) / (external + internal),
        'meanBetweenness': sum(bc.values()) / n,
    }


def periods(region):
    years = sorted({t[3] for t in ties_of(region)})
    specs = [{'kind': 'window', 'from': y, 'to': y} for y in years]
    specs += [{'kind': 'cumulative', 'to': y} for y in years]
    specs += [{'kind': 'window', 'from': 2002, 'to': 2006}, {'kind': 'window', 'from': 2007, 'to': 2009}]
    out = []
    for spec in specs:
        chosen = {y for y in years if y <= spec['to'] and (spec['kind'] == 'cumulative' or y >= spec['from'])}
        people, orgs, node_sector = graphs(region, chosen)
        out.append({'period': spec, 'people': indicators(people, node_sector), 'organizations': indicators(orgs, node_sector)})
    return years, out


def before_after(region):
    _, before, _ = graphs(region, set(range(2002, 2007)))
    _, after, _ = graphs(region, set(range(2007, 2010)))
    b, a = nx.betweenness_centrality(before), nx.betweenness_centrality(after)
    stayed = sorted(set(b) & set(a))
    changed = sorted(stayed, key=lambda n: (-abs(a[n] - b[n]), n))[:10]
    return {
        'joined': sorted(set(a) - set(b)),
        'left': sorted(set(b) - set(a)),
        'stayed': len(stayed),
        'changed': [{'id': n, 'before': b[n], 'after': a[n]} for n in changed],
    }


def main():
    result = {}
    for region in REGIONS:
        years, points = periods(region)
        result[region] = {'years': years, 'periods': points, 'beforeAfter': before_after(region)}
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(result, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
