"""Push the store's named graphs to a server through the SPARQL 1.1 Graph Store HTTP Protocol.

Each graph is sent with ``PUT ?graph=IRI`` (replace semantics: publishing twice changes nothing). A failed
request is retried with a growing pause; a graph that still fails is reported and the others are sent.
Nothing is taken from the store, so a run cut short is completed by running it again.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from .query import USER_AGENT, credentials
from .store import REFERENCE_GRAPH, document_graphs, graph_bytes

#: HTTP statuses worth another try: the server is busy or went away for a moment.
RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


@dataclass
class Report:
    sent: list[str] = field(default_factory=list)  # graph names, <IRI> or DEFAULT
    failed: list[tuple[str, str]] = field(default_factory=list)  # graph name, why


def graph_url(endpoint: str, graph: ox.NamedNode | ox.DefaultGraph, merged_graph: str | None = None) -> str:
    """The Graph Store Protocol URL of ``graph`` (indirect identification); the default graph goes to
    ``merged_graph`` where given (a server without a default graph of its own, as Virtuoso)."""
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if isinstance(graph, ox.DefaultGraph):
        if merged_graph is None:
            return f"{endpoint}{sep}default"
        graph = ox.NamedNode(merged_graph)
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph.value, safe='')}"


def _opener(endpoint: str) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if login := credentials():
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, endpoint, *login)
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def put(opener: urllib.request.OpenerDirector, url: str, data: bytes, timeout: float, retries: int) -> None:
    """PUT N-Triples to ``url``, retrying on connection failures and passing server errors; raises on failure."""
    request = urllib.request.Request(
        url,
        data=data,
        method="PUT",
        headers={"Content-Type": "application/n-triples", "User-Agent": USER_AGENT},
    )
    for attempt in range(retries + 1):
        try:
            with opener.open(request, timeout=timeout) as response:
                response.read()
            return
        except urllib.error.HTTPError as e:
            if e.code not in RETRYABLE or attempt == retries:
                detail = e.read().decode("utf-8", "replace").strip()[:300]
                raise OSError(f"HTTP {e.code} {e.reason}: {detail}") from None
        except (urllib.error.URLError, OSError) as e:  # refused, reset, timed out
            if attempt == retries:
                raise OSError(f"{type(e).__name__}: {getattr(e, 'reason', e)}") from None
        time.sleep(min(0.2 * 2**attempt, 5.0))


def graphs_to_publish(store: ox.Store) -> Iterable[ox.NamedNode | ox.DefaultGraph]:
    """The reference graph, each document expression's graph, then the default graph that merges them."""
    yield REFERENCE_GRAPH
    yield from document_graphs(store)
    yield ox.DefaultGraph()


def publish(
    store: ox.Store,
    endpoint: str,
    timeout: float = 60.0,
    retries: int = 3,
    merged_graph: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Send every graph of ``store`` to the Graph Store endpoint; a graph that fails does not stop the rest.

    The merged default graph goes to the server's default graph, or to the named graph ``merged_graph``.
    """
    report = Report()
    opener = _opener(endpoint)
    for graph in graphs_to_publish(store):
        try:
            put(opener, graph_url(endpoint, graph, merged_graph), graph_bytes(store, graph), timeout, retries)
            report.sent.append(str(graph))
        except OSError as e:
            report.failed.append((str(graph), str(e)))
        if progress:
            progress(str(graph))
    return report
