"""SHACL shapes compiled to SPARQL, so that a SPARQL engine (Oxigraph) validates at its own speed.

Each constraint of a shape that has targets becomes one ``SELECT`` query whose solutions are the focus nodes
(``?this``) that violate it, with the value node (``?value``) where the constraint is about one. A shape reached
through another (``sh:node``, ``sh:or``, ``sh:and``, ``sh:xone``, ``sh:not``, ``sh:qualifiedValueShape``) becomes a
``NOT EXISTS`` test of each of its constraints, written into the query that reaches it.

The components compiled are those of SHACL Core that tipgraph's shapes use and their plain siblings, and SPARQL
``SELECT`` constraints on a shape with targets. Anything else (``sh:closed``, ``sh:equals``, a recursive shape…)
is refused by :class:`Unsupported` when the shapes are compiled, never ignored. pyshacl is the reference: the
tests validate every shape case with both and require the same results.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

_CLASS_OF = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"
_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "!isLiteral({v})",
    SH.BlankNodeOrLiteral: "!isIRI({v})",
    SH.IRIOrLiteral: "!isBlank({v})",
}
_RANGES = {SH.minInclusive: ">=", SH.minExclusive: ">", SH.maxInclusive: "<=", SH.maxExclusive: "<"}
_LENGTHS = {SH.minLength: "<", SH.maxLength: ">"}
#: Parameters that are read with another one, not constraints of their own.
_PARAMETERS = {SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
#: What a shape may say that constrains nothing.
_NOT_CONSTRAINTS = {
    RDF.type, SH.path, SH.property, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group,
    SH.deactivated, SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.defaultValue,
}  # fmt: skip
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", re.IGNORECASE)
_MAX_DEPTH = 8


class Unsupported(ValueError):
    """A shape uses what this compiler does not translate (the message names the shape and the term)."""


@dataclass(frozen=True)
class Check:
    """One constraint of one shape, as a query whose solutions are its violations."""

    query: str
    shape: Node  # sh:sourceShape
    component: URIRef  # sh:sourceConstraintComponent
    path: Node | None  # sh:resultPath, as written in the shapes graph
    message: str | None  # sh:message, where the shape gives one; {?var} is filled from the solution
    severity: URIRef


def compile_shapes(shapes: Graph) -> list[Check]:
    """The checks of every shape of ``shapes`` that has targets (and is not deactivated).

    Raises:
        Unsupported: a shape uses a constraint this compiler does not translate.
    """
    return list(_Compiler(shapes).checks())


class _Compiler:
    def __init__(self, shapes: Graph) -> None:
        self.g = shapes
        self.fresh = itertools.count()

    def var(self) -> str:
        return f"?v{next(self.fresh)}"

    # -- shapes with targets -------------------------------------------------------------------------------------

    def checks(self) -> Iterator[Check]:
        shapes = {
            s
            for p in (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
            for s in self.g.subjects(p)
        }
        shapes |= set(self.g.subjects(RDF.type, RDFS.Class)) & set(self.g.subjects(RDF.type, SH.NodeShape))
        for shape in sorted(shapes, key=str):
            if (target := self.targets(shape)) is None or self.deactivated(shape):
                continue
            for node, component, path, alternatives, value in self.constraints(shape, "?this", 0):
                projection = "?this" if value is None or value == "?this" else f"?this ({value} AS ?value)"
                where = " UNION ".join(f"{{ {target}\n {alternative} }}" for alternative in alternatives)
                yield Check(
                    f"SELECT DISTINCT {projection} WHERE {{ {where} }}",
                    node,
                    component,
                    path,
                    self.message(node),
                    self.g.value(node, SH.severity) or SH.Violation,
                )
            for constraint in self.g.objects(shape, SH.sparql):
                if not self.deactivated(constraint):
                    yield self.sparql(shape, constraint, target)

    def targets(self, shape: Node) -> str | None:
        branches = [f"?this {_CLASS_OF} {_iri(c)} ." for c in self.g.objects(shape, SH.targetClass)]
        if (shape, RDF.type, RDFS.Class) in self.g:
            branches.append(f"?this {_CLASS_OF} {_iri(shape)} .")
        branches += [f"VALUES ?this {{ {_term(n)} }}" for n in self.g.objects(shape, SH.targetNode)]
        branches += [f"?this {_iri(p)} [] ." for p in self.g.objects(shape, SH.targetSubjectsOf)]
        branches += [f"[] {_iri(p)} ?this ." for p in self.g.objects(shape, SH.targetObjectsOf)]
        if not branches:
            return None
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(f"{{ {b} }}" for b in branches) + " } }"

    def deactivated(self, shape: Node) -> bool:
        flag = self.g.value(shape, SH.deactivated)
        return isinstance(flag, Literal) and flag.toPython() is True

    def message(self, shape: Node) -> str | None:
        messages = list(self.g.objects(shape, SH.message))
        chosen = next((m for m in messages if isinstance(m, Literal) and m.language in (None, "en")), None)
        return str(chosen or messages[0]) if messages else None

    def sparql(self, shape: Node, constraint: Node, target: str) -> Check:
        select = self.g.value(constraint, SH.select)
        if select is None:
            raise Unsupported(f"{shape}: a SPARQL constraint without sh:select is not compiled")
        text = str(select)
        prologue = _PROLOGUE.match(text).group(0)
        body = text[len(prologue) :].replace("$this", "?this")
        return Check(
            f"{prologue}\nSELECT * WHERE {{ {target}\n {{ {body} }} }}",
            shape,
            SH.SPARQLConstraintComponent,
            self.g.value(constraint, SH.path),
            self.message(constraint) or self.message(shape),
            self.g.value(shape, SH.severity) or SH.Violation,
        )

    # -- constraints as graph patterns -----------------------------------------------------------------------------

    def constraints(
        self, shape: Node, focus: str, depth: int
    ) -> Iterator[tuple[Node, URIRef, Node | None, list[str], str | None]]:
        """Each constraint of ``shape`` (and of its property shapes) for the focus node ``focus``: (shape, component,
        path, patterns, value variable). Each pattern, written in a group where ``focus`` is bound, has a solution for
        each violation; the constraint is violated where any of them has one."""
        if depth > _MAX_DEPTH:
            raise Unsupported(f"{shape}: shapes nested more than {_MAX_DEPTH} deep (a recursive shape?)")
        if self.deactivated(shape):
            return
        path = self.g.value(shape, SH.path)
        for prop in self.g.objects(shape, SH.property):
            yield from self.constraints(prop, focus, depth + 1)
        if next(self.g.objects(shape, SH.sparql), None) is not None and depth > 0:
            raise Unsupported(f"{shape}: a SPARQL constraint on a shape reached through another is not compiled")
        for predicate, parameter in sorted(self.g.predicate_objects(shape), key=lambda po: (str(po[0]), str(po[1]))):
            if not predicate.startswith(str(SH)) or predicate in _NOT_CONSTRAINTS | _PARAMETERS | {SH.sparql}:
                continue  # annotations (rdfs:comment…) and what is read with another parameter
            yield shape, *self.constraint(shape, predicate, parameter, focus, path, depth)

    def constraint(
        self, shape: Node, predicate: URIRef, parameter: Node, focus: str, path: Node | None, depth: int
    ) -> tuple[URIRef, Node | None, list[str], str | None]:
        name = str(predicate).removeprefix(str(SH))
        component = URIRef(f"{SH}{name[0].upper()}{name[1:]}ConstraintComponent")
        if predicate in (SH.minCount, SH.maxCount, SH.qualifiedValueShape, SH.uniqueLang, SH.lessThan) and path is None:
            raise Unsupported(f"{shape}: {predicate} needs sh:path")
        if predicate == SH.minCount:
            return component, path, [self.fewer(focus, path, int(parameter))], None
        if predicate == SH.maxCount:
            return component, path, [self.distinct(focus, path, int(parameter) + 1)], None
        if predicate == SH.qualifiedValueShape:
            if self.g.value(shape, SH.qualifiedValueShapesDisjoint) == Literal(True):
                raise Unsupported(f"{shape}: sh:qualifiedValueShapesDisjoint is not compiled")
            conforming = lambda x: self.conforms(parameter, x, depth)  # noqa: E731
            if (least := self.g.value(shape, SH.qualifiedMinCount)) is not None:
                return (
                    SH.QualifiedMinCountConstraintComponent,
                    path,
                    [self.fewer(focus, path, int(least), conforming)],
                    None,
                )
            most = int(self.g.value(shape, SH.qualifiedMaxCount))
            return (
                SH.QualifiedMaxCountConstraintComponent,
                path,
                [self.distinct(focus, path, most + 1, conforming)],
                None,
            )
        if predicate == SH.hasValue:
            value = _term(parameter)
            if path is None:
                return component, path, [f"FILTER (!sameTerm({focus}, {value}))"], None
            return component, path, [self.fewer(focus, path, 1, lambda x: f"sameTerm({x}, {value})")], None
        if predicate == SH.uniqueLang:
            a, b = self.var(), self.var()
            same = f'!sameTerm({a}, {b}) && LANG({a}) != "" && LCASE(LANG({a})) = LCASE(LANG({b}))'
            return component, path, [f"{self.walk(focus, path, a)}{self.walk(focus, path, b)}FILTER ({same})"], None
        v = focus if path is None else self.var()
        values = "" if path is None else self.walk(focus, path, v)
        if predicate == SH.lessThan:
            other = self.var()
            return (
                component,
                path,
                [f"{values}{focus} {_iri(parameter)} {other} . FILTER (!COALESCE({v} < {other}, false))"],
                v,
            )
        if predicate in (SH.node, SH["and"]):  # violated where a constraint of the shape(s) is: a union, no negation
            shapes = [parameter] if predicate == SH.node else list(Collection(self.g, parameter))
            nested = [p for s in shapes for *_, patterns, _ in self.constraints(s, v, depth + 1) for p in patterns]
            return component, path, [values + pattern for pattern in nested], v
        return component, path, [f"{values}FILTER ({self.value_test(shape, predicate, parameter, v, depth)})"], v

    def value_test(self, shape: Node, predicate: URIRef, parameter: Node, v: str, depth: int) -> str:
        """A SPARQL expression true where the value node ``v`` violates the constraint."""
        if predicate == SH.datatype:
            return f"!isLiteral({v}) || DATATYPE({v}) != {_iri(parameter)}"
        if predicate == SH["class"]:
            return f"NOT EXISTS {{ {v} {_CLASS_OF} {_iri(parameter)} }}"
        if predicate == SH.nodeKind:
            return "!(" + _NODE_KINDS[parameter].format(v=v) + ")"
        if predicate == SH.pattern:
            flags = self.g.value(shape, SH.flags)
            flag_arg = f", {_term(Literal(str(flags)))}" if flags else ""
            return f"isBlank({v}) || !REGEX(STR({v}), {_term(Literal(str(parameter)))}{flag_arg})"
        if predicate == SH["in"]:
            return "!(" + " || ".join(f"sameTerm({v}, {_term(m)})" for m in Collection(self.g, parameter)) + ")"
        if predicate in _RANGES:
            return f"!COALESCE({v} {_RANGES[predicate]} {_term(parameter)}, false)"
        if predicate in _LENGTHS:
            return f"isBlank({v}) || STRLEN(STR({v})) {_LENGTHS[predicate]} {int(parameter)}"
        if predicate == SH["not"]:
            return self.conforms(parameter, v, depth)
        if predicate in (SH["or"], SH.xone):
            tests = [self.conforms(member, v, depth) for member in Collection(self.g, parameter)]
            if predicate == SH.xone:
                return "(" + " + ".join(f"IF({t}, 1, 0)" for t in tests) + ") != 1"
            return "!(" + " || ".join(tests) + ")"
        raise Unsupported(f"{shape}: {predicate} is not compiled")

    def conforms(self, shape: Node, node: str, depth: int) -> str:
        """A SPARQL expression true where ``node`` conforms to ``shape``."""
        tests = [
            f"NOT EXISTS {{ {p} }}" for *_, patterns, _ in self.constraints(shape, node, depth + 1) for p in patterns
        ]
        return "(" + (" && ".join(tests) or "true") + ")"

    def distinct(self, focus: str, path: Node, n: int, test=None) -> str:
        """A pattern with a solution where ``focus`` has ``n`` distinct values (each passing ``test``)."""
        names = [self.var() for _ in range(n)]
        checks = [f"!sameTerm({a}, {b})" for a, b in itertools.combinations(names, 2)]
        checks += [test(x) for x in names] if test else []
        walks = "".join(self.walk(focus, path, x) for x in names)
        return walks + (f"FILTER ({' && '.join(checks)}) " if checks else "")

    def fewer(self, focus: str, path: Node, n: int, test=None) -> str:
        """A pattern with a solution where ``focus`` has fewer than ``n`` distinct values (passing ``test``). For one,
        an OPTIONAL that finds none: Oxigraph runs it as one join, where it would run a NOT EXISTS of a chain of
        triples anew for each focus node."""
        if n == 1:
            witness = self.var()
            test_clause = f"FILTER ({test(witness)}) " if test else ""
            return f"OPTIONAL {{ {self.walk(focus, path, witness)}{test_clause}}} FILTER (!BOUND({witness})) "
        return f"FILTER NOT EXISTS {{ {self.distinct(focus, path, n, test)}}} "

    def walk(self, start: str, path: Node, end: str) -> str:
        """Triple patterns from ``start`` to ``end`` along a SHACL property path: sequences and inverses as chains of
        triples (Oxigraph evaluates those far faster than a property path inside EXISTS), the rest as a path."""
        if isinstance(path, URIRef):
            return f"{start} {_iri(path)} {end} . "
        if (path, RDF.first, None) in self.g:
            steps = list(Collection(self.g, path))
            nodes = [start, *(self.var() for _ in steps[1:]), end]
            return "".join(self.walk(a, step, b) for a, step, b in zip(nodes, steps, nodes[1:], strict=False))
        if (inverse := self.g.value(path, SH.inversePath)) is not None:
            return self.walk(end, inverse, start)
        return f"{start} {self.path(path)} {end} . "

    def path(self, node: Node) -> str:
        """A SHACL property path as a SPARQL property path."""
        if isinstance(node, URIRef):
            return _iri(node)
        if (node, RDF.first, None) in self.g:
            return "(" + "/".join(self.path(step) for step in Collection(self.g, node)) + ")"
        if (inverse := self.g.value(node, SH.inversePath)) is not None:
            return f"^{self.path(inverse)}"
        if (alternatives := self.g.value(node, SH.alternativePath)) is not None:
            return "(" + "|".join(self.path(step) for step in Collection(self.g, alternatives)) + ")"
        for repeat, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
            if (inner := self.g.value(node, repeat)) is not None:
                return f"({self.path(inner)}){mark}"
        raise Unsupported(f"{node}: not a SHACL property path")


def _iri(node: Node) -> str:
    if not isinstance(node, URIRef):
        raise Unsupported(f"{node!r}: an IRI is expected here")
    return f"<{node}>"


def _term(node: Node) -> str:
    if isinstance(node, BNode):
        raise Unsupported(f"{node!r}: a blank node cannot be a constant of a query")
    return node.n3()
