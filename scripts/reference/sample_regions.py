"""Structural figures of the sample regions, measured with networkx from the CSV files.

Reads sample-data/<region>/*.csv directly (no project code), projects memberships.csv
the way the importer does (every pair of members of the same project and year is one
tie), builds the people-level and organization-level graphs (person ties lifted to
their organizations, ties inside one organization dropped, weights summed) and writes
tests/reference/sample_regions.json. The README of sample-data quotes these figures.

Run: python3 scripts/reference/sample_regions.py   (networkx 3.x)
"""
import csv
import itertools
import json
import os
import sys
from collections import Counter, defaultdict

import networkx as nx

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
SAMPLE = os.path.join(ROOT, 'sample-data')
OUT = os.path.join(ROOT, 'tests', 'reference', 'sample_regions.json')


def read(region, name):
    with open(os.path.join(SAMPLE, region, name), encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def ties_of(region):
    """(source, target, type, year, weight) of every collaboration row and projected membership pair."""
    ties = [(r['source'], r['target'], r['type'], int(r['year']), float(r['weight'])) for r in read(region, 'collaborations.csv')]
    groups = defaultdict(list)
    for r in read(region, 'memberships.csv'):
        groups[(r['project'], r['year'], r['type'])].append(r['member'])
    for (project, year, kind), members in groups.items():
        unique = list(dict.fromkeys(members))
        for a, b in itertools.combinations(unique, 2):
            ties.append((a, b, kind, int(year), 1.0))
    return ties


HELICES = ['academia', 'industry', 'government']


def participations(region, sector, org_of):
    """Triple-helix co-participation records: one per (project, year), one per tie without a project.

    Each record is the set of helices of its ends (a person counts as their organization's
    sector; intermediaries ignored); records without a helix are left out. Returned as
    counts per combination, keyed like "academia+industry".
    """
    helix = lambda node: sector.get(org_of.get(node, node))
    groups = defaultdict(set)
    loose = []
    for r in read(region, 'collaborations.csv'):
        ends = {helix(r['source']), helix(r['target'])}
        if r['project']:
            groups[(r['project'], r['year'])] |= ends
        else:
            loose.append(ends)
    members = defaultdict(list)
    for r in read(region, 'memberships.csv'):
        members[(r['project'], r['year'], r['type'])].append(r['member'])
    for (project, year, _kind), ids in members.items():
        if len(set(ids)) > 1:
            groups[(project, year)] |= {helix(m) for m in ids}
    counts = Counter()
    for ends in list(groups.values()) + loose:
        combination = [h for h in HELICES if h in ends]
        if combination:
            counts['+'.join(combination)] += 1
    return dict(sorted(counts.items()))


def measure(region):
    orgs = read(region, 'organizations.csv')
    people = read(region, 'people.csv')
    sector = {o['id']: o['sector'] for o in orgs}
    org_of = {p['id']: p['organization'] for p in people}
    ties = ties_of(region)

    people_graph = nx.Graph()
    people_graph.add_nodes_from(org_of)
    org_graph = nx.Graph()
    org_graph.add_nodes_from(sector)
    for a, b, _kind, _year, w in ties:
        if a in org_of and b in org_of and a != b:
            people_graph.add_edge(a, b)
        oa, ob = org_of.get(a, a), org_of.get(b, b)
        if oa != ob:
            prev = org_graph.get_edge_data(oa, ob, {'weight': 0})['weight']
            org_graph.add_edge(oa, ob, weight=prev + w)

    per_year = Counter(t[3] for t in ties)
    hq = next(o['id'] for o in orgs if o['type'] == 'cluster headquarters')
    betweenness = nx.betweenness_centrality(org_graph)
    top = max(sorted(betweenness), key=lambda n: betweenness[n])
    rank = sorted(betweenness, key=lambda n: -betweenness[n]).index(hq) + 1
    pair_weight = Counter()
    for a, b, d in org_graph.edges(data=True):
        pair_weight[tuple(sorted((sector[a], sector[b])))] += d['weight']
    total_weight = sum(pair_weight.values())

    def components(g):
        return [c for c in nx.connected_components(g) if len(c) > 1]

    sectors = Counter(sector.values())
    return {
        'participations': participations(region, sector, org_of),
        'organizations': len(orgs),
        'people': len(people),
        'coordinators': sum(1 for p in people if p['role'] == 'coordinator'),
        'sectorShare': {s: round(sectors[s] / len(orgs), 4) for s in ['academia', 'industry', 'government', 'intermediary']},
        'ties': len(ties),
        'tiesPerYear': {str(y): per_year[y] for y in range(2002, 2010)},
        'peopleLevel': {
            'edges': people_graph.number_of_edges(),
            'components': len(components(people_graph)),
            'isolates': nx.number_of_isolates(people_graph),
            'componentsWithoutHeadquarters': len(components(people_graph.subgraph([p for p in org_of if org_of[p] != hq]))),
            'largestComponentShare': round(max(len(c) for c in nx.connected_components(people_graph)) / len(people), 4),
        },
        'organizationLevel': {
            'edges': org_graph.number_of_edges(),
            'density': round(nx.density(org_graph), 4),
            'meanDegree': round(2 * org_graph.number_of_edges() / org_graph.number_of_nodes(), 2),
            'components': len(components(org_graph)),
            'isolates': nx.number_of_isolates(org_graph),
            'componentsWithoutHeadquarters': len(components(org_graph.subgraph([o for o in sector if o != hq]))),
            'topBetweenness': {'id': top, 'type': next(o['type'] for o in orgs if o['id'] == top), 'value': round(betweenness[top], 4)},
            'headquartersBetweenness': round(betweenness[hq], 4),
            'headquartersRank': rank,
            'academiaIndustryWeightShare': round(pair_weight[('academia', 'industry')] / total_weight, 4),
            'governmentWeightShare': round(sum(w for k, w in pair_weight.items() if 'government' in k) / total_weight, 4),
        },
    }


def main():
    with open(os.path.join(SAMPLE, 'index.json'), encoding='utf-8') as f:
        regions = [entry['folder'] for entry in json.load(f)]
    result = {region: measure(region) for region in regions}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write('\n')
    for region, m in result.items():
        o, p = m['organizationLevel'], m['peopleLevel']
        early = sum(m['tiesPerYear'][str(y)] for y in (2002, 2003, 2004)) / m['ties']
        late = sum(m['tiesPerYear'][str(y)] for y in (2007, 2008, 2009)) / m['ties']
        print(f"{region:10} orgs {m['organizations']:3} people {m['people']:3} ties {m['ties']:5} | "
              f"org comps {o['components']} iso {o['isolates']:2} dens {o['density']:.3f} deg {o['meanDegree']:.1f} top {o['topBetweenness']['type']} {o['topBetweenness']['value']:.3f} "
              f"HQ {o['headquartersBetweenness']:.3f} (#{o['headquartersRank']}) A-I {o['academiaIndustryWeightShare']:.2f} gov {o['governmentWeightShare']:.2f} | "
              f"people comps {p['components']} noHQ {p['componentsWithoutHeadquarters']} orgNoHQ {o['componentsWithoutHeadquarters']} iso {p['isolates']:3} LCC {p['largestComponentShare']:.2f} | early {early:.2f} late {late:.2f}", file=sys.stderr)


if __name__ == '__main__':
    main()
