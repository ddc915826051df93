"""Reference values for the importer tests on /work/shared/data (tests/unit/io/sharedData.test.ts).

networkx reads each GEXF/GraphML file as a multigraph (parallel edges kept) and we record
node and edge counts, whether it is directed, the sum of edge weights (1 when absent), the
labels and positions of a few nodes, so the importer is checked against an independent
reader. arctic.gexf (GEXF 1.0) and miserables_broken.graphml are left out: networkx
cannot read them. Run with the pyenv python3 (networkx 3.6.1):

    python3 scripts/reference/io_shared_data.py
"""
import json
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "tests" / "reference" / "io_shared_data.json"

FILES = [
    "gephi-lite-samples/Java.gexf",
    "gephi-lite-samples/Les-Miserables.gexf",
    "gephi-lite-samples/Power-Grid.gexf",
    "gephi-lite-samples/airlines.graphml",
    "graphology-fixtures/celegans.gexf",
    "graphology-fixtures/miserables.graphml",
    "graphology-fixtures/missing_nodes.gexf",
    "graphology-fixtures/missing_nodes.graphml",
]


def read(path: Path):
    if path.suffix == ".gexf":
        return nx.read_gexf(path, node_type=str)
    return nx.read_graphml(path, node_type=str, force_multigraph=True)


def main() -> None:
    out = {}
    for name in FILES:
        g = read(DATA / name)
        sample = sorted(g.nodes())[:5]
        labels = {}
        positions = {}
        for n in sample:
            data = g.nodes[n]
            labels[n] = str(data.get("label", n))
            viz = data.get("viz", {}).get("position")
            if viz is not None:
                positions[n] = [viz["x"], viz["y"]]
            elif "x" in data and "y" in data:
                positions[n] = [data["x"], data["y"]]
        out[name] = {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "directed": g.is_directed(),
            "totalWeight": sum(float(d.get("weight", 1)) for _, _, d in g.edges(data=True)),
            "labels": labels,
            "positions": positions,
        }
    OUT.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
