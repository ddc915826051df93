#!/usr/bin/env python3
"""Time igraph on the path metrics our kernel computes in one pass (scripts/bench/paths.ts).

Reads a plain `u v` edge list (nodes 0..n-1), then times, each separately:
g.betweenness(), g.closeness(), g.harmonic_centrality() (unweighted, undirected).
Prints one JSON line: {"igraph": version, "n", "m", "read": s, "betweenness": s,
"closeness": s, "harmonic": s, "total": s (without reading), "betweennessSum": Σ}.
Exit code 3 with a message when python-igraph is not installed.
Run: /usr/bin/python3 scripts/bench/igraph_paths.py <edges.txt>
"""
import json
import sys
import time

try:
    import igraph
except ImportError:
    print('python-igraph is not installed (Debian: apt install python3-igraph)', file=sys.stderr)
    sys.exit(3)


def main():
    start = time.perf_counter()
    g = igraph.Graph.Read_Edgelist(sys.argv[1], directed=False)
    read = time.perf_counter() - start
    times = {}
    start = time.perf_counter()
    betweenness = g.betweenness()
    times['betweenness'] = time.perf_counter() - start
    start = time.perf_counter()
    g.closeness()
    times['closeness'] = time.perf_counter() - start
    start = time.perf_counter()
    g.harmonic_centrality()
    times['harmonic'] = time.perf_counter() - start
    print(json.dumps({
        'igraph': igraph.__version__, 'n': g.vcount(), 'm': g.ecount(), 'read': read,
        **times, 'total': sum(times.values()), 'betweennessSum': sum(betweenness),
    }))


if __name__ == '__main__':
    main()
