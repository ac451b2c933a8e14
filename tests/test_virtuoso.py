"""Opt-in (TIPGRAPH_VIRTUOSO=1): publish to Debian's Virtuoso and query it, as with Oxigraph.

Virtuoso is the kind of store that holds billions of triples. Its default graph is the union of all its
graphs, so the merged graph is published as a named graph and queried as the default graph.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tipgraph.publish import publish
from tipgraph.query import Embedded, Endpoint, queries_dir, run
from tipgraph.store import MERGED_GRAPH

from .test_endpoint import _free_port, _server
from .test_queries import EXAMPLES

TEMPLATE = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
pytestmark = pytest.mark.skipif(
    not os.environ.get("TIPGRAPH_VIRTUOSO"), reason="opt-in: set TIPGRAPH_VIRTUOSO=1 (needs virtuoso-opensource)"
)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if not (shutil.which("virtuoso-t") and shutil.which("isql-vt") and TEMPLATE.is_file()):
        pytest.fail("TIPGRAPH_VIRTUOSO is set but Debian's virtuoso-opensource is not installed")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = _free_port(), _free_port()
    ini = TEMPLATE.read_text()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111\b.*$", f"ServerPort = 127.0.0.1:{sql}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890\b.*$", f"ServerPort = 127.0.0.1:{http}", ini)
    ini = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", "ResultSetMaxRows = 10000000", ini)
    # no partial answers after a time limit, no refusal on the planner's estimate: answers must be whole
    ini = re.sub(r"(?m)^(MaxQueryCostEstimationTime|MaxQueryExecutionTime)\s*=.*$", r"\1 = 0", ini)
    ini = re.sub(r"(?m)^(Load\d+\s*=.*)$", r";\1", ini)  # no hosting plugins
    (folder / "virtuoso.ini").write_text(ini)
    base = f"http://127.0.0.1:{http}"
    with _server(["virtuoso-t", "-f", "-c", str(folder / "virtuoso.ini")], base + "/sparql?query=ASK%7B%7D", 180):
        grant = 'GRANT SPARQL_UPDATE TO "SPARQL";'  # the Graph Store endpoint writes as the SPARQL user
        subprocess.run(["isql-vt", str(sql), "dba", "dba", f"exec={grant}"], check=True, capture_output=True)
        yield base


def test_publish_to_virtuoso_then_every_query_answers_as_embedded(virtuoso, library_store):
    report = publish(library_store, virtuoso + "/sparql-graph-crud", merged_graph=MERGED_GRAPH, timeout=300)
    assert report.failed == []
    remote, embedded = Endpoint(virtuoso + "/sparql", default_graph=MERGED_GRAPH), Embedded(library_store)
    for path in sorted(queries_dir().glob("*.rq")):
        text, params = path.read_text(encoding="utf-8"), EXAMPLES.get(path.stem, {})
        there, here = run(remote, text, params), run(embedded, text, params)
        assert there.columns == here.columns, path.stem
        # as sets: collations order rows differently, and Virtuoso 7.2 repeats rows with unbound values
        # under SELECT DISTINCT
        assert set(there.rows) == set(here.rows), path.stem
