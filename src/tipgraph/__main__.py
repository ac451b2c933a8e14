"""python -m tipgraph: the tipgraph command."""

from .cli import main

main()
