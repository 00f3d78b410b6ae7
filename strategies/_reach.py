"""The local modules a running Hypothesis test reaches through its code's references.

Outside pytest (a script, a notebook, a harness looping over consumers) no test module says what
the code under test is, and every local module imported so far would count for ``_named``: a
script that imports forty consumers to test one at a time favours, in each test, every provider
all forty name. The test function itself says more. Its code refers to names (globals, closure
cells, defaults); those hold functions, classes, modules, instances and collections of them; the
local functions among them are the code the test runs, and their modules are what it reaches.

The walk follows references, not imports: a consumer module imported by a harness that imports
everything else too counts alone when the test only calls into it. It notes, besides the modules,
the top-level names of each that it reaches (the functions called, the tables they read) and the
short strings held by the data it reaches (a case's example payload), so that a test of one
function of a big module favours what that function names, not what the whole module does.
It is bounded (depth and object count) and reads nothing but attributes the code names, so a big
object graph costs little.
Only code outside the standard library, site-packages and this library is walked into.

Which test is running comes from Hypothesis' build context (``wrapped_test``, Hypothesis 6.135 and
later); with an older Hypothesis, or outside a test, nothing is reached and ``_named`` counts every
local module as before.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import sys
import types
import weakref
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from strategies._segments import line_key

# A test reaches its consumers within a few references (test -> cases -> case -> function); a
# deeper walk finds the harness' helpers and their helpers, which name more than the test uses.
MAX_DEPTH = 6
# Objects looked at per test, at most: a harness holding thousands of cases still costs milliseconds.
MAX_OBJECTS = 5_000

_COLLECTIONS = (list, tuple, set, frozenset)
# Strings longer than this are prose or documents, not an id or a value the code compares.
MAX_STRING = 200


@attrs.frozen
class Reached:
    """What a test reaches: local modules, their top-level names it reaches, and the strings held
    by the data it reaches, grouped by the collection or object that holds them."""

    modules: frozenset[str] = frozenset()
    names: frozenset[tuple[str, str]] = frozenset()
    """(module, top-level name): a function, a class, or a module global a reached function reads."""
    strings: tuple[frozenset[str], ...] = ()


def running_test() -> Callable[..., Any] | None:
    """The function of the Hypothesis test drawing now, or ``None`` (no test, or an older Hypothesis)."""
    try:
        # Imported here: sample_examples and the stub run without Hypothesis installed.
        import hypothesis.control

        # Not public: guarded, with a fallback.
        wrapped = getattr(hypothesis.control.current_build_context(), "wrapped_test", None)
    except Exception:  # outside a test (InvalidArgument), or a Hypothesis that moved it
        return None
    inner = getattr(
        getattr(wrapped, "hypothesis", None), "inner_test", None
    )  # public: @given's wrapped function
    return inner if callable(inner) else None


def _code_names(code: types.CodeType) -> frozenset[str]:
    """The global and attribute names ``code`` and the functions defined in it use."""
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= _code_names(constant)
    return frozenset(names)


_names_of = functools.cache(_code_names)


@attrs.frozen
class _Step:
    """An object to look at, how far from the test, and the names the code that reached it uses."""

    value: object
    depth: int
    names: frozenset[str]


class _Walk:
    """One walk from a test function: the local modules whose functions and classes it reaches."""

    def __init__(self, is_local_module: Callable[[str], bool]) -> None:
        self.is_local_module = is_local_module
        self.modules: set[str] = set()
        self.names: set[tuple[str, str]] = set()
        self.strings: dict[frozenset[str], None] = {}
        self.held = 0
        self.seen: set[int] = set()
        self.pending: list[_Step] = []

    def run(self, test: Callable[..., Any], arguments: tuple[object, ...] = ()) -> Reached:
        self.push(arguments, 1, frozenset())
        self.pending.append(_Step(test, 0, frozenset()))
        while self.pending and len(self.seen) < MAX_OBJECTS:
            step = self.pending.pop()
            if id(step.value) in self.seen:
                continue
            self.seen.add(id(step.value))
            self.look(step)
        return self.reached()

    def reached(self) -> Reached:
        return Reached(frozenset(self.modules), frozenset(self.names), tuple(self.strings))

    def push(self, values: Iterable[object], depth: int, names: frozenset[str]) -> None:
        if depth <= MAX_DEPTH:
            values = list(itertools.islice(values, MAX_OBJECTS))
            if self.held < MAX_OBJECTS:  # strings kept, at most: a test holding a corpus costs little
                held = frozenset(v for v in values if isinstance(v, str) and len(v) <= MAX_STRING)
                if held and held not in self.strings:
                    self.strings[held] = None
                    self.held += len(held)
            self.pending.extend(_Step(value, depth, names) for value in values if not isinstance(value, str))

    def top_level(self, value: object) -> None:
        """Note ``value`` (a local function or class) by its module and top-level name; a module-level
        lambda, which has none, by its line (``_segments.line_key``)."""
        module, qualname = getattr(value, "__module__", None), getattr(value, "__qualname__", None)
        if isinstance(module, str) and isinstance(qualname, str):
            top = qualname.split(".", 1)[0]
            if top == "<lambda>" and isinstance(value, types.FunctionType):
                top = line_key(value.__code__.co_firstlineno)
            self.names.add((module, top))

    def local(self, value: object) -> bool:
        module = getattr(value, "__module__", None)
        return isinstance(module, str) and self.is_local_module(module)

    def look(self, step: _Step) -> None:
        value, depth = step.value, step.depth + 1
        if isinstance(value, str | bytes | int | float | bool | type(None)):
            return
        if isinstance(value, types.FunctionType):
            self.function(value, depth)
        elif isinstance(value, types.MethodType):
            self.push((value.__func__, value.__self__), depth - 1, step.names)
        elif isinstance(value, functools.partial):
            self.push((value.func, *value.args, *value.keywords.values()), depth, step.names)
        elif isinstance(value, types.ModuleType):
            if self.is_local_module(value.__name__):
                self.modules.add(value.__name__)
                # Only what the code takes from it (``router.route``): a module holds far more than a
                # test uses. Read from its namespace: a module-level __getattr__ may import things.
                namespace = vars(value)
                taken = [name for name in step.names if name in namespace]
                self.names.update((value.__name__, name) for name in taken)
                self.push((namespace[name] for name in taken), depth, step.names)
        elif isinstance(value, type):
            if self.local(value):
                self.modules.add(value.__module__)
                self.top_level(value)
                self.push(vars(value).values(), depth, step.names)
        elif isinstance(value, _COLLECTIONS):
            self.push(value, depth, step.names)
        elif isinstance(value, dict):
            self.push(value.values(), depth, step.names)
        elif self.local(type(value)):
            self.instance(value, depth, step.names)

    def function(self, function: types.FunctionType, depth: int) -> None:
        if not self.local(function):
            return
        self.modules.add(function.__module__)
        self.top_level(function)
        names = _names_of(function.__code__)
        read = [name for name in names if name in function.__globals__]
        self.names.update((function.__module__, name) for name in read)  # the tables it reads, too
        found: list[object] = [function.__globals__[name] for name in read]
        for cell in function.__closure__ or ():
            try:
                found.append(cell.cell_contents)
            except ValueError:  # a cell not filled yet
                continue
        found += [*(function.__defaults__ or ()), *(function.__kwdefaults__ or {}).values()]
        self.push(found, depth, names)

    def instance(self, value: object, depth: int, names: frozenset[str]) -> None:
        """A local class' instance: its attributes' values, and the methods the code calls on it."""
        cls = type(value)
        fields: list[object] = list(getattr(value, "__dict__", {}).values())
        if attrs.has(cls):  # slotted attrs classes have no __dict__
            fields += [getattr(value, field.name, None) for field in attrs.fields(cls)]
        methods = [_class_attribute(cls, name) for name in names]
        self.push(
            [*fields, *(method for method in methods if isinstance(method, types.FunctionType))], depth, names
        )


def _class_attribute(cls: type, name: str) -> object:
    """``cls.name`` as stored (no descriptor or metaclass runs), or ``None``."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    return None


def reached(
    test: Callable[..., Any], is_local_module: Callable[[str], bool], arguments: tuple[object, ...] = ()
) -> Reached:
    """The local modules, top-level names and data strings ``test`` reaches by reference, and through
    ``arguments`` (what pytest passes it: parametrized values, fixtures)."""
    walk = _Walk(is_local_module)
    try:
        return walk.run(test, arguments)
    except Exception:  # an object that refuses to be looked at: what was reached so far
        return walk.reached()


class ReachCache:
    """``reached`` per test function and arguments, computed again once a module is imported (its
    data strings kept from the first walk)."""

    def __init__(self) -> None:
        self._by_test: weakref.WeakKeyDictionary[Callable[..., Any], tuple[int, tuple[int, ...], Reached]] = (
            weakref.WeakKeyDictionary()
        )

    def get(
        self,
        test: Callable[..., Any],
        is_local_module: Callable[[str], bool],
        arguments: tuple[object, ...] = (),
    ) -> Reached:
        known = self._by_test.get(test)
        # By identity: the arguments of one parametrized case stay the same objects through its run.
        key = tuple(map(id, arguments))
        if known is not None and known[0] == len(sys.modules) and known[1] == key:
            return known[2]
        found = reached(test, is_local_module, arguments)
        if known is not None and known[1] == key:
            # The data as the test found it, before its first example: a test that collects what it
            # draws (``SEEN.append(payload["providerId"])``) must not favour what it drew.
            found = attrs.evolve(found, strings=known[2].strings)
        with contextlib.suppress(TypeError):  # not weakly referenceable: not cached
            self._by_test[test] = (len(sys.modules), key, found)
        return found
