"""Namespaces of the vocabularies tipgraph uses."""

from rdflib import Namespace

from .terms import TIP

__all__ = ["CITO", "ELI", "OA", "ORG", "TIP", "UNDO"]

ELI = Namespace("http://data.europa.eu/eli/ontology#")
UNDO = Namespace("https://w3id.org/un/ontology/undo/")
ORG = Namespace("http://www.w3.org/ns/org#")
CITO = Namespace("http://purl.org/spar/cito/")
OA = Namespace("http://www.w3.org/ns/oa#")
