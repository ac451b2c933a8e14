"""tipgraph: a knowledge graph of the international instruments against trafficking in persons."""

__version__ = "0.1.0"
