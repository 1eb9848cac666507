"""The network of who works with whom written for other tools: its ties as a
CSV table (a spreadsheet, R, pandas) or the whole network as GraphML (Gephi,
Cytoscape, igraph, networkx), each written whole or not at all.

GraphML carries every member with its name, native name, kind, country,
events and group, and every tie with its shared events as the weight; igraph
writes it (escaping every text for XML).
"""

from __future__ import annotations

from pathlib import Path

import igraph

from desktop.core.exchange.atomic import atomic_file
from desktop.core.exchange.table_csv import write_table_csv
from desktop.core.network import Network

FORMATS = {".csv": "CSV table of the ties", ".graphml": "GraphML (Gephi, Cytoscape)"}


def write_network(network: Network, path: Path) -> None:
    """Write ``network`` to ``path``, as its ending (.csv or .graphml) says."""
    kind = path.suffix.lower()
    if kind not in FORMATS:
        raise ValueError(f"{path.name}: choose a name ending in .csv or .graphml")
    if kind == ".csv":
        write_table_csv(path, ties_table(network))
    else:
        with atomic_file(path) as out:
            graph(network).write_graphml(out)


def ties_table(network: Network) -> list[list[str]]:
    """A line per tie: both participants (name, native name, id) and the
    events they share, after a header."""
    lines = [["participant", "participant_native_name", "participant_id",
              "other", "other_native_name", "other_id", "shared_events"]]
    for tie in network.ties:
        first, second = network.members[tie.first], network.members[tie.second]
        lines.append([first.name, first.native_name, first.id, second.name,
                      second.native_name, second.id, str(tie.shared)])
    return lines


def graph(network: Network) -> igraph.Graph:
    """The network as an igraph graph with its members' and ties' attributes."""
    result = igraph.Graph(n=len(network.members),
                          edges=[(tie.first, tie.second) for tie in network.ties])
    members = network.members
    result.vs["participant_id"] = [member.id for member in members]
    result.vs["label"] = [member.name for member in members]
    result.vs["native_name"] = [member.native_name for member in members]
    result.vs["kind"] = [member.kind for member in members]
    result.vs["country"] = [member.country or "" for member in members]
    result.vs["events"] = [member.events for member in members]
    result.vs["group"] = [member.group for member in members]
    result.es["weight"] = [tie.shared for tie in network.ties]
    return result
