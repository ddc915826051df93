#!/usr/bin/env python3
"""Time networkx on the path metrics our kernel computes in one pass (scripts/bench/paths.ts).

Reads a plain `u v` edge list, then times, each separately and with defaults:
nx.betweenness_centrality(G), nx.closeness_centrality(G), nx.harmonic_centrality(G).
Prints one JSON line: {"networkx": version, "n", "m", "read": s, "betweenness": s,
"closeness": s, "harmonic": s, "total": s (without reading), "betweennessSum": Σ normalised}.
Exit code 3 with a message when networkx is not installed.
Run: python3 scripts/bench/networkx_paths.py <edges.txt>
"""
import json
import sys
import time

try:
    import networkx as nx
except ImportError:
    print('networkx is not installed (pip install networkx)', file=sys.stderr)
    sys.exit(3)


def main():
    start = time.perf_counter()
    g = nx.read_edgelist(sys.argv[1], nodetype=int)
    read = time.perf_counter() - start
    times = {}
    start = time.perf_counter()
    betweenness = nx.betweenness_centrality(g)
    times['betweenness'] = time.perf_counter() - start
    start = time.perf_counter()
    nx.closeness_centrality(g)
    times['closeness'] = time.perf_counter() - start
    start = time.perf_counter()
    nx.harmonic_centrality(g)
    times['harmonic'] = time.perf_counter() - start
    print(json.dumps({
        'networkx': nx.__version__, 'n': g.number_of_nodes(), 'm': g.number_of_edges(),
        'read': read, **times, 'total': sum(times.values()),
        'betweennessSum': sum(betweenness.values()),
    }))


if __name__ == '__main__':
    main()
