from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed" / "000_58bb584133ab0e08.txt"
#: What the seed cites (MODEL.md): two resolutions and five treaties.
#: The bundled AKN4UN examples, in the corpus' layout (with their data_extract records): 76/186 in the six
#: languages and the series beside it (examples/unxml-ga/README.md).
AKN_EXAMPLES = ROOT / "examples" / "unxml-ga"


def akn_fixture(lang: str) -> Path:
    """Resolution 76/186 in ``lang``."""
    from tipgraph.evaluate import FOLDERS

    (path,) = (AKN_EXAMPLES / "76session" / FOLDERS[lang]).glob("A_RES_76_186-*.xml")
    return path


def copy_76_186(corpus: Path) -> None:
    """76/186 in six languages and its metadata record, alone, in the corpus' layout under ``corpus``."""
    import shutil

    from tipgraph.evaluate import FOLDERS

    for lang, folder in FOLDERS.items():
        (corpus / "76session" / folder).mkdir(parents=True)
        shutil.copy(akn_fixture(lang), corpus / "76session" / folder)
    (corpus / "data_extract").mkdir()
    shutil.copy(AKN_EXAMPLES / "data_extract" / "76.json", corpus / "data_extract")


#: The graph the query library is tested on: the seed and the AKN examples.
LIBRARY_INPUTS = (SEED, AKN_EXAMPLES)

SEED_CITED = {"A/RES/61/180", "E/RES/2008/33", "untoc", "tip-protocol", "opsc", "slavery-supplementary-1956", "cedaw"}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite the golden files from the current output, on purpose"
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_doc():
    from tipgraph.text_reader import read_file

    return read_file(SEED)


@pytest.fixture(scope="session")
def seed_analysis(seed_doc):
    from tipgraph.extract import analyse

    return analyse(seed_doc)


@pytest.fixture(scope="session")
def seed_graph(seed_doc, seed_analysis):
    from tipgraph.graph import build_graph

    return build_graph(seed_doc, seed_analysis)


@pytest.fixture(scope="session")
def seed_ttl(tmp_path_factory, seed_graph) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seed.ttl"
    path.write_text(seed_graph.serialize(format="longturtle"), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def library_graphs():
    """(expression IRI, graph) of each document of LIBRARY_INPUTS, built as ``tipgraph build`` does."""
    from tipgraph.pipeline import build_one, input_files

    return [(b.expression, b.graph) for b in (build_one(p, check=False) for p in input_files(LIBRARY_INPUTS))]


@pytest.fixture(scope="session")
def library_store(library_graphs):
    """An embedded store (in memory) holding the library graphs, one named graph each."""
    from pyoxigraph import NamedNode

    from tipgraph.store import open_store, put_graph

    store = open_store(None)
    for name, graph in library_graphs:
        put_graph(store, NamedNode(name), graph.serialize(format="nt", encoding="utf-8"))
    return store
