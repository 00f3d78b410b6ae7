"""Payload generation, written once against ``Source`` and derived from ``contracts._shape``.

Fields without a rule below get a value from their declared shape alone, so a field
added to the contract is generated without touching this module.  The rules add
realism (ids, provider ids that belong to the channel, the provider's credential
keys, ``deletedAt`` when deleted) and the edge cases.

Edge cases come by *swarm*: each payload first draws which edge-case features it
turns on (a handful of booleans, each shrinking to "off").  A feature that is on
makes its edge case the *simplest* choice of the fields it touches, so Hypothesis'
first examples (which vary early draws and keep the rest minimal) hit each kind of
edge case almost at once, and a shrunk failure keeps only the features it needs.
With every feature off a payload is realistic, with a light mix of odd strings.

Strings follow the format their declaration gives them (``contracts.Format``, field
metadata; per provider for credentials in ``data/providers.json``): realistic values by
default, the format's real-world variants under ``odd-formats`` (``strategies._formats``),
and the hostile-string families under ``hostile`` for names, identifiers, free text and
fields with no format.  Both take one draw per payload: later fields continue through the
table from the first pick, so one payload covers several variants.
"""

from __future__ import annotations

import copy
import enum
import math
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Literal, TypeVar

import attrs

from contracts._declare import Format, field_format
from contracts._models import Channel, On
from contracts._secrets import STORED_PREFIX, is_secret_key
from contracts._shape import (
    ArrayShape,
    BooleanShape,
    EnumShape,
    FieldShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    StringShape,
)
from contracts._versions import DEFAULT_VERSION, contract
from strategies import _formats, _named, _text
from strategies._providers import Provider, credential_shape_groups, provider, providers_by_channel
from strategies._source import Source

JsonDict = dict[str, Any]
T = TypeVar("T")

# Keys the real API adds to every record (CONTRACT.md); not part of the contract.
API_EXTRA_KEYS = ("createdAt", "updatedAt", "__v", "priority", "connected")
ODD_EXTRA_KEYS = ("", "x-custom", "ключ", "_internal", "nested")
_ODD_EXTRA_VALUES: tuple[Any, ...] = ("value", 1, None, [], {"a": 1})
_ODD_EXTRAS: tuple[tuple[str, Any], ...] = tuple(zip(ODD_EXTRA_KEYS, _ODD_EXTRA_VALUES, strict=True))
UNKNOWN_PROVIDER_IDS = ("Acme Mailer", "", "SENDGRID", "sendgrid ", "novu_sms.v2")
# Under "unknown-provider", a provider the code names becomes a near miss of its own id where the
# pick is one of these (the code's exact-match branch and tables miss it), and stays itself otherwise.
_NEAR_MISSES: dict[str, Callable[[str], str]] = {
    "SENDGRID": str.upper,
    "sendgrid ": lambda id_: id_ + " ",
    "novu_sms.v2": lambda id_: id_.replace("-", "_") + ".v2",  # a fork's or a newer version's id
    "": lambda id_: id_ + " eu",  # a second account of it, told apart in its id ("mailgun eu")
}
# Under "unknown-provider", picks beyond those ids that take a provider of another channel.
CROSS_CHANNEL_SLOTS = 3
# How often a live integration still carries deletedAt / deletedBy (each, where no feature decides;
# three payloads of four are deleted): the contract allows the pair, and code reading either as
# "deleted" meets it within a few payloads.
UNDELETED_TRACE_PERCENT = 40
# How often a payload's formatted values favour the variants that trip the checks the code makes
# (str.isdigit and kin, ipaddress): by the serial, no draw.
CHECKED_PERCENT = 50
# Code making at most this many families of checks is about them: a payload taking their traps takes
# them in every field that has one, not only under "odd-formats". Code making more (many consumers at
# once, a whole repository's) is about none in particular, and its payloads keep realistic values
# outside "odd-formats" (measured with every suite's checks pooled: 1,423 bugs found per seed when all
# fields took traps, 1,433 when only "odd-formats" did).
FOCUSED_CHECKS = 4
# A name longer than this (the "long" feature's) is not slugged into the identifier: the identifier has
# long values of its own, and one 10,000-character field per payload is enough.
MAX_SLUGGED_NAME = 255
# How often the server's updatedAt comes before its createdAt, when edge cases are on.
UPDATED_BEFORE_PERCENT = 20

# The edge-case features a payload may turn on (see the module docstring).
FEATURES = (
    # Earliest first: Hypothesis varies the first choices most in its early examples.
    "odd-formats",  # every formatted string a real-world variant of its format (ids, dates, hosts, ...)
    "hostile",  # names, identifiers and free text with syntax, control and tricky Unicode characters
    "conditions",  # conditions with empty children, or many of them
    "deleted",  # deleted, without deletedAt / deletedBy
    "long",  # names and identifiers of 10,000+ characters, now and then an id past 255
    "credentials",  # every credential key
    "unicode",  # non-ASCII, right-to-left and emoji text
    "blank",  # whitespace-only text
    "unknown-provider",  # a providerId Novu never had, or one of another channel
    "no-conditions",  # conditions absent or [] (when "conditions" is off)
    "nested-json",  # tlsOptions nested several levels deep
    "sparse-credentials",  # {} or only some of the provider's credential keys
    "extra-keys",  # unknown keys at the top level and in credentials
)
# Each feature is on in about two payloads of three: the more edge cases a payload combines, the
# more consumer bugs it finds (measured with benchmarks.bench_bug_finding), and shrinking still
# turns off every feature a failure does not need.  The two that take information away (a real
# providerId, the provider's credential keys) are on less often: code that branches on them finds
# its branch only when they are off.
FEATURE_PERCENT = 70
PERCENT = 100  # a "percent" value drawn with Source.several: 0..99 (see _yes)
_MASKING_FEATURES = frozenset({"unknown-provider", "sparse-credentials"})
_MASKING_FEATURE_PERCENT = 25


def _feature_percent(feature: str) -> int:
    return _MASKING_FEATURE_PERCENT if feature in _MASKING_FEATURES else FEATURE_PERCENT


# How often a condition's second child compares the same field as its first (a range).
RANGE_PERCENT = 30
# Up to five children per condition: more operators (each with its own value table) per payload.
MAX_CHILDREN = 5
_FEATURES_BEFORE_CHANNEL = 2
_MASK_64 = 2**64 - 1
_UNICODE = _text.NON_ASCII + _text.RTL_AND_EMOJI
# A string's mode, 0..15: 0 is "", ODD_STRING_MODES_FROM and up an edge string, the rest realistic.
# A payload draws one mode for all its strings, and only a payload that draws an odd mode
# draws one more per string (a "mixed" payload: about one in five).
ODD_STRING_MODES_FROM = 13
_STRING_MODE_COUNT = 16
_STRING_MODES = {"empty": 0, "realistic": 1}
Role = Literal["label", "text", "id"]
# Features that restyle a whole text value, in the order they take turns (long: labels only; a
# structured value's over-long forms are variants of its format, so a shrunk failure that needs one
# does not also keep a 10,000-character name).
_TEXT_STYLES = ("long", "unicode", "blank")
# (active, primary) in one draw: every pair, and twice the one code assumes away, a primary that is
# not active (the server can keep one: set-primary leaves it), which is also the simplest, as each
# variant table's first entry is the one careless code trips on. "Primary implies active" is the
# mistake four of the eight consumer suites written apart from the generator make.
_ACTIVE_PRIMARY = ((False, True), (True, True), (False, False), (True, False), (False, True))
# A live (not deleted) integration is active two times in three: "deleted" is on in most payloads,
# and the live, active integration most code is written for must not become the rare one.
_LIVE_ACTIVE_PRIMARY = (
    (False, True),
    (True, True),
    (True, False),
    (False, False),
    (True, False),
    (True, True),
)
# Each provider the code under test names adds this many entries to the channel table (of 19, see
# weighted_channels), each taking that provider: a service naming one push provider sees it in one
# payload of three, one naming nine providers each in one of eleven.  Measured over the consumer
# suites imported one at a time (4: mean 7.12, 8: 6.79, 16: 6.79).
NAMED_CHANNEL_WEIGHT = 8
# A channel a table of the code leaves out ({"email": ..., "sms": ...}[channel]) is drawn at least this
# often: that table's KeyError is on it, and the code's providers (on the channels it lists) would
# otherwise crowd it out.  Not more: the rest of the code's branches are on the channels it lists.
UNLISTED_CHANNEL_PERCENT = 12
# How often a payload passes every early exit of the code under test (``if not p["active"] or
# p["deleted"]: return``), where its flags would not: the code past the exit is the code to test, and
# three payloads of four are deleted. Not always: a bug can be in the exit's branch, too.
GUARD_PASS_PERCENT = 50
# The channels the code's early exits need (``if p["channel"] != "sms": return``) are drawn at least
# this often together, for at most REQUIRED_CHANNELS such channels: past the exit is the code to test.
REQUIRED_CHANNEL_PERCENT = 40
REQUIRED_CHANNELS = 2
# A provider the code branches on (compares providerId with) weighs this many times as much: it
# guards a bug more often than one written only in data, such as an example payload.
BRANCHED_WEIGHT = 3
# A field whose format has values written in the code under test (its organization's id, the
# environments it knows) takes one of them one time in NAMED_VALUE_ODDS + 1.
NAMED_VALUE_ODDS = 2
# Under "long", the k-th id a payload draws is past 255 characters when a draw made up front (0 to
# LONG_ID_CHOICES - 1) is k: each of the three ids in one payload of eight with the feature on. An id from
# another system can be that long; a CHAR(24) column, a 64-byte BLAKE2 key or a one-byte length is not.
LONG_ID_CHOICES = 8
# Under "hostile" (and only under Hypothesis: Profile.unpaired), the k-th string a payload draws ends
# in a lone surrogate when a draw made up front (0 to CUT_CHOICES - 1) is k: an id, a name or a key.
CUT_CHOICES = 8
# How many of the cut's CUT_CHOICES (the last ones) also end every string field the code encodes strictly
# (``value.encode("utf-8")``) in what its codec refuses: a quarter of the payloads. The cut is drawn up
# front: a draw of their own (one per such string) slowed other bugs of that code (measured).
ENCODED_CUTS = 2
# How often the free-form objects of code that reads a member with a fallback hold it (see _members_here).
MEMBERS_PERCENT = 50
# How often the credential flags of code whose table of their combinations leaves some out take one of
# those (``_named.Combination``): otherwise every combination is as likely as any other.
COMBINATION_PERCENT = 50
# How often a payload's conditions and their children carry the `_id` the server gives each (when the
# profile allows extra keys): the rest are as the contract declares them.
NESTED_ID_PERCENT = 60
# How often the "long" style's first label is huge (past 256 KiB) rather than 10,000+ characters.
HUGE_PERCENT = 25
# Formats that get hostile strings (the rest have variant tables of their own).
_HOSTILE_FORMATS: frozenset[Format | None] = frozenset(
    {None, Format.NAME, Format.IDENTIFIER, Format.TEXT, Format.CONDITION_VALUE, Format.SECRET}
)
# Credential keys "odd-formats" adds when the provider has none: the structured ones.
_STRUCTURED = frozenset({Format.HOST, Format.PORT, Format.URL, Format.REGION, Format.PHONE, Format.EMAIL})
_WORD = _text.PLAIN.replace(" ", "")
# A multiple of every table's length, so that each table's first pick is uniform.
_TABLE_SPAN = math.lcm(
    len(_text.HOSTILE),
    *map(len, _formats.VARIANTS.values()),
    *map(len, _formats.OPERATOR_VALUES.values()),
    *(len(model.variants) for model in _formats.VALUE_MODELS.values()),
)


_KIND_BITS: dict[tuple[Any, ...], int] = {
    table: bit
    for bit, table in enumerate(t for t in _formats.VARIANTS.values() if isinstance(t, _formats.Interleaved))
}


@enum.unique
class _Salt(enum.IntEnum):
    """One per ``_Draw.occasionally`` call site: two sites sharing a salt (and a percent) decide the same
    payloads, so what they add always comes together (the members and the check traps once did)."""

    EXTRA_KEYS = 1
    ID_ALIAS = 2
    CONNECTED = 3
    UPDATED_LATER = 4
    UPDATED_BEFORE = 5
    CHECK_TRAPS = 6
    MEMBERS = 7
    COMBINATION = 8


@attrs.frozen(kw_only=True)
class Profile:
    """What to generate: the keyword constraints of the public strategies, checked already."""

    channels: tuple[Channel, ...] = tuple(Channel)
    provider_ids: tuple[str, ...] | None = None
    active: bool | None = None
    deleted: bool | None = None
    primary: bool | None = None
    conditions: bool | None = None
    extra_keys: bool = True
    realistic: bool = True
    edge_cases: bool = True
    contract: str = DEFAULT_VERSION
    huge: bool = True
    """Whether the "long" style may make a label past 256 KiB (fixture files keep to 10,000+)."""
    named: bool = False
    """Whether the providers and ids the code under test names come up more often (``strategies._named``).

    Only under Hypothesis: seeded output (fixtures, the stub) must not depend on what is imported.
    """
    unpaired: bool = False
    """Whether strings may carry a lone surrogate, which JSON allows: in hostile picks
    (``_text.HOSTILE_UNPAIRED``) and at the end of the payload's ``cut``-th string (``_Draw._cut``).

    Only under Hypothesis: fixture files and the stub's bodies keep to Unicode text.
    """


@attrs.frozen
class _Styled:
    """What the text styles draw, drawn once per payload whether or not they are on.

    Drawn up front, so that a style turned off while shrinking removes no draw from the middle
    of the payload (which would move every later one, and the shrinker would keep the style).
    """

    long_unit: str
    long_extra: int
    more_long: bool
    unicode: int
    blank: int
    huge: bool
    reverse: bool = False
    long_id: int = 0
    cut: int = 0

    @property
    def long(self) -> str:
        # Built only when a field is long: most payloads draw it and never use it.
        return _text.long_text(self.long_unit, self.long_extra)

    @property
    def longest(self) -> str:
        """The first long label: huge, when drawn so (one huge field passes any size limit)."""
        return _text.huge_text(self.long_extra) if self.huge else self.long

    @classmethod
    def draw(cls, source: Source, more_long: bool, huge: bool, reverse: bool) -> _Styled:
        """The rest of the styles, given their yes/no choices (drawn with the features)."""
        return cls(
            source.pick(_text.LONG_UNITS),
            source.integer(0, _text.LONG_EXTRA_MAX),
            more_long,
            source.integer(0, len(_UNICODE) - 1),
            source.integer(0, len(_text.WHITESPACE) - 1),
            huge,
            reverse,
            source.integer(0, LONG_ID_CHOICES - 1),
            source.integer(0, CUT_CHOICES - 1),
        )


def _yes(value: int, percent: int) -> bool:
    """Whether ``value``, drawn from ``range(PERCENT)``, says yes (``percent`` % of them do; 0 does not)."""
    return value >= PERCENT - percent


_FLAG_PERCENTS = (
    *(_feature_percent(feature) for feature in FEATURES[_FEATURES_BEFORE_CHANNEL:]),
    50,  # _Styled.more_long
    HUGE_PERCENT,  # _Styled.huge
    50,  # _Styled.reverse
)
"""The payload's yes/no choices made as one (``Source.several``): the features after the channel, then
the text styles' three flags. Only yes/no choices: an integer drawn alone gets Hypothesis' own mix of
small and special values, which the suites measured better with (``start`` and the styles' picks)."""


@attrs.define
class _Draw:
    """One payload being drawn: the source, the profile and the choices other fields depend on."""

    source: Source
    profile: Profile
    root: ObjectShape
    features: frozenset[str] = frozenset()
    channel: Channel = Channel.IN_APP
    provider: Provider | None = None
    provider_id: str = ""
    deleted: bool = False
    active: bool = False
    primary: bool = False
    serial: int = 0  # numbers the fake secrets of this payload (one draw, not one per key)
    cursors: dict[tuple[Any, ...], int] = attrs.field(factory=dict)  # see run_on
    shapes: dict[str, ObjectShape] = attrs.field(factory=dict)  # see _nested_shape
    checks: frozenset[str] = frozenset()  # families of checks the code under test makes
    traps: frozenset[str] = frozenset()  # families of checks whose variants this payload favours
    focused: bool = False  # whether the traps apply outside "odd-formats" too (see FOCUSED_CHECKS)
    recycling: dict[int, dict[str, Shape]] = attrs.field(factory=dict)  # see _recycled
    operator: str | None = None  # a condition's operator, drawn before its value (see _child_value)
    on_value: str | None = None  # what a condition's field is read from, drawn with it (see _child_field)
    start: int = 0  # where the payload's variant and hostile picks start (see table_pick)
    kinds: int = 0  # a bit per format: its values take the other kind of variant (see table_pick)
    turns: int = 0  # strings drawn with a text style (see string)
    long_label: bool = False
    ids: int = 0  # id strings drawn so far (see LONG_ID_CHOICES)
    strings_drawn: int = 0  # strings drawn so far (see CUT_CHOICES)
    name: str | None = None  # the payload's name, once drawn (its identifier is slugged from it)
    took_trap: bool = False  # whether the string being drawn trips one of the code's checks (see _cut)
    named_choice: Provider | None = None  # a provider the code under test names (see _channel_table)
    named_pick: bool = False  # the provider is one the code under test names (see _choose_provider)
    named_values: dict[Format, tuple[str, ...]] = attrs.field(factory=dict)  # see _named_value
    subscripted: frozenset[str] = frozenset()  # credential / optional keys the code reads with no fallback
    pem_labels: tuple[str, ...] = ()  # the PEM labels the code looks for (see _labelled)
    exits: dict[str, frozenset[str]] = attrs.field(factory=dict)  # see _exit_value
    exit_flags: dict[str, bool] = attrs.field(factory=dict)  # flags of conditions the exits need
    unset: frozenset[str] = frozenset()  # credentials the exits need unset (see _credentials)
    styled: _Styled = attrs.field(
        factory=lambda: _Styled("x", 0, False, 0, 0, False)
    )  # drawn up front (see _Styled)
    credential_flags: dict[str, bool] = attrs.field(factory=dict)  # see _credentials
    strings: Literal["empty", "realistic", "mixed"] = "realistic"  # see _string_mix
    format: Format | None = None  # of the field being drawn (set by _object)
    wire: str = ""  # the field being drawn (set by _object and _credential_value)
    encoded: dict[str, str] = attrs.field(factory=dict)  # fields the code encodes strictly (see _cut)
    members: frozenset[str] = frozenset()  # free-form members the code reads (see _members_here)
    combinations: tuple[_named.Combination, ...] = ()  # flag combinations the code's tables leave out
    condition_type: str | None = None  # of the condition being drawn (see _condition_type)
    value_model: _formats.ValueModel | None = None  # of the comparison being drawn (see _child_field)
    named_field: bool = False  # whether that comparison's field is one the code names (see _child_field)
    named_string: bool = False  # whether the last string drawn is a value the code names (see string)

    def on(self, feature: str) -> bool:
        return feature in self.features

    @property
    def hostile_table(self) -> tuple[tuple[str, str, str], ...]:
        """The hostile picks of this profile: with lone surrogates under Hypothesis only; those with
        ``%`` or ``$`` in them when the payload takes the traps of code reading values as templates,
        with the separator when it takes those of code unpacking a split, starting with "-" when it takes
        those of code parsing a command line."""
        table = _text.HOSTILE_UNPAIRED if self.profile.unpaired else _text.HOSTILE
        if not self.traps:
            return table
        syntax = "".join(_formats.TEMPLATE_SYNTAX.get(family, "") for family in sorted(self.traps))
        syntax += _formats.separators(self.traps)  # a value unpacked from a split meets its separator
        options = _text.OPTIONS if "option" in self.traps else ()  # a command line's options
        if not (syntax or options):
            return table
        return (_text.holding(table, syntax) if syntax else ()) + options

    def string(
        self,
        realistic: Callable[[], str],
        role: Role = "text",
        fmt: Format | None = None,
        variants: tuple[_formats.Variant, ...] | None = None,
    ) -> str:
        """A string field's value; ``role`` says which edge-case features apply, ``fmt`` its format.

        ``fmt`` defaults to the declared format of the field being drawn; ``variants`` replaces
        the format's table where the meaning is narrower (a condition value by its operator).
        """
        self.named_string = self.took_trap = False
        fmt = fmt or self.format
        if not self.profile.realistic:
            # Without realism: a word (never whitespace-only, so edge_cases=False means no edge case).
            word = self._usual_string((lambda: self.source.text(_WORD, 1, 12)), role, None, variants)
            return self._cut(word)
        if fmt not in self.named_values:
            return self._cut(self._usual_string(realistic, role, fmt, variants))
        # Exactly the code's value: its branch (a tenant check, a known environment) is taken. Drawn
        # after the usual value's draws, so that shrinking it away leaves every other draw in place;
        # taken, it leaves the text styles' turns as they were (the next string takes the style).
        turns, long_label = self.turns, self.long_label
        usual = self._cut(self._usual_string(realistic, role, fmt, variants))
        named = self._named_value(self.named_values[fmt])
        if named is None:
            return usual
        self.turns, self.long_label = turns, long_label
        self.named_string = True
        return named

    def _cut(self, value: str) -> str:
        """``value``, or, under "hostile" where lone surrogates may come, the payload's ``cut``-th string
        (ids, names, credentials alike) ending in the first half of an emoji: JSON allows it anywhere.

        A field the code under test encodes strictly (``_named.Encoded``) ends more often in what its
        codec refuses, unless its value is a trap for the code's checks.
        """
        if not self.profile.edge_cases:
            return value
        if self.profile.unpaired:
            self.strings_drawn += 1
        refused = self.encoded.get(self.wire)
        # Not after a trap: the check it is made for (a pattern of digits) would refuse it for the end.
        if refused is not None and not self.took_trap and self.styled.cut >= CUT_CHOICES - ENCODED_CUTS:
            return value + refused  # before the hostile cut: the fix may take € and not a surrogate
        if self.profile.unpaired and self.styled.cut == self.strings_drawn and self.on("hostile"):
            return value + _text.HIGH_HALF
        return value

    def _usual_string(
        self,
        realistic: Callable[[], str],
        role: Role,
        fmt: Format | None,
        variants: tuple[_formats.Variant, ...] | None,
    ) -> str:
        """``string``'s value when the code under test's own is not taken."""
        source, profile = self.source, self.profile
        if profile.edge_cases:
            # Drawn first, so that features going off while shrinking leave it in place.
            mode = source.integer(0, 15) if self.strings == "mixed" else _STRING_MODES[self.strings]
            if role == "id":
                self.ids += 1
                if self.on("long") and self.styled.long_id == self.ids:
                    return _text.overlong(realistic())
            variants = variants or (_formats.VARIANTS.get(fmt) if fmt is not None else None)
            if variants and (self.on("odd-formats") or self._trapped(variants)):
                return self._labelled(self.variant(variants, realistic()))
            if role != "id":
                # The text styles that are on take turns over the payload's strings, so a payload with
                # several has a field of each (none starves the others); their draws are made up front.
                styles = [s for s in _TEXT_STYLES if self.on(s) and (s != "long" or role == "label")]
                # Long first (a label's); the others in an order drawn per payload, so that each
                # comes first (to the name, when long is off) as often.
                if self.styled.reverse:
                    styles = [s for s in styles if s == "long"] + [s for s in reversed(styles) if s != "long"]
                style = styles[self.turns % len(styles)] if styles else None
                self.turns += bool(styles)
                base: str | None = None
                # The first long label (the name) is long whenever it is its turn; a later one (the
                # identifier) only by a draw of its own, so a shrunk failure keeps just the one it needs.
                if style == "long" and (not self.long_label or self.styled.more_long):
                    huge = profile.huge and not self.long_label
                    base = self.styled.longest if huge else self.styled.long
                    self.long_label = True
                elif style == "unicode":
                    base = self.table_pick(_UNICODE, start=self.styled.unicode)
                elif style == "blank":
                    return self.table_pick(_text.WHITESPACE, start=self.styled.blank)
                if fmt in _HOSTILE_FORMATS and self.on("hostile"):
                    # Composed with long or non-ASCII text: one value, odd in several ways.
                    return _text.hostile(
                        realistic() if base is None else base, self.table_pick(self.hostile_table)
                    )
                if base is not None:
                    return base
            # A light mix on top: "" is the simplest string, odd strings now and then.
            if mode == 0:
                return ""
            if mode >= ODD_STRING_MODES_FROM:
                return _text.edge_string(source)
        return realistic()

    def _labelled(self, value: str) -> str:
        """``value``, its PEM blocks labelled as the code looks for (by the serial: no draw)."""
        if not self.pem_labels:
            return value
        return _formats.relabelled(value, self.pem_labels[self.serial % len(self.pem_labels)])

    def _named_value(self, values: tuple[str, ...]) -> str | None:
        """One of ``values`` (written in the code under test) one time in NAMED_VALUE_ODDS + 1, else None.

        One draw: its low part (the simplest) is None, so shrinking leaves a value of the code's
        only where the failure needs it.
        """
        usual = NAMED_VALUE_ODDS * len(values)
        pick = self.source.integer(0, usual + len(values) - 1)
        return None if pick < usual else values[pick - usual]

    def either(self, feature: str, percent: int) -> bool:
        """On if ``feature`` is, else ``percent`` % of the time.

        The draw is made either way, so turning a feature off while shrinking leaves
        every later draw where it was.
        """
        drawn = self.source.chance(percent)
        return self.on(feature) or drawn

    def occasionally(self, percent: int, *, salt: _Salt) -> bool:
        """True about ``percent`` % of the time, by the payload's serial (no draw); False when it is 0.

        For realistic variety that no bug depends on: it costs nothing, and shrinks away with
        the serial.  ``salt`` decorrelates the call sites.
        """
        mixed = (self.serial * 0x9E3779B97F4A7C15 + salt * 0xBF58476D1CE4E5B9) & _MASK_64
        mixed = ((mixed ^ mixed >> 31) * 0x94D049BB133111EB) & _MASK_64
        return self.serial != 0 and (mixed ^ mixed >> 29) % 100 < percent

    def boolean(self, fixed: bool | None = None) -> bool:
        return fixed if fixed is not None else self.source.chance(50)

    def enum_value(self, shape: EnumShape) -> str:
        """The first value of an enum in a payload is drawn; later ones continue from it in order.

        Arrays of conditions and children thereby cover many values per payload (every
        operator within Hypothesis' first 100 examples) for one draw per enum.
        """
        return self.run_on(shape.values)

    def _trapped(self, variants: tuple[_formats.Variant, ...]) -> bool:
        """Whether the payload favours trapping the code's checks and ``variants`` has a trap for one."""
        return self.focused and bool(self.traps) and bool(_formats.trapped(variants, self.traps))

    def variant(self, variants: tuple[_formats.Variant, ...], value: str) -> str:
        """A variant of ``value`` (see ``table_pick``): one that trips the code's checks, if the payload
        takes those and the table has some."""
        if self.traps:
            trapped = _formats.trapped(variants, self.traps)
            if trapped:
                variants = trapped
        picked = self.table_pick(variants)
        self.took_trap = isinstance(picked, _formats.Trap) and picked.trips(self.checks)
        return picked(value)

    def table_pick(self, options: tuple[T, ...], start: int | None = None) -> T:
        """From a variant or hostile table: the payload's ``start`` first, later picks run on.

        No draw of its own (``start`` is drawn with the features, whether they are on or not), so
        a feature going off while shrinking moves no later draw; the simplest start picks each
        table's first entry, the one most parsers trip on.
        """
        cursor = self.cursors.get(options)
        if cursor is None:
            cursor = self.start if start is None else start
            # Each format's kind (structureless or unusual) by a bit of its own: any two formats meet
            # in all four pairs of kinds (a region left blank and a URL without a scheme).
            bit = _KIND_BITS.get(options)
            cursor += 0 if bit is None else self.kinds >> bit & 1
        else:
            cursor += getattr(options, "stride", 1)
        self.cursors[options] = cursor
        return options[cursor % len(options)]

    def run_on(self, options: tuple[T, ...]) -> T:
        """The first pick from ``options`` in a payload is drawn; later picks take the next ones."""
        cursor = self.cursors.get(options)
        cursor = self.source.integer(0, len(options) - 1) if cursor is None else cursor + 1
        self.cursors[options] = cursor
        return options[cursor % len(options)]


def integration_payload(source: Source, profile: Profile) -> JsonDict:
    """One wire payload of ``IntegrationResponseDto``."""
    draw = _Draw(source, profile, contract(profile.contract).shape)
    checks: frozenset[str] = frozenset()
    guarded: dict[str, bool | None] = {}
    exits: dict[str, frozenset[str]] = {}
    unset: frozenset[str] = frozenset()
    if profile.named and profile.realistic:
        literals = _named.named_literals()
        draw.named_values = _named.named_values(literals)
        draw.subscripted = _named.subscripted_keys(literals)
        draw.pem_labels = _named.pem_labels(literals)
        checks = _named.checked_families(literals)
        guarded = _named.guarded_flags(literals)
        exits = _named.exit_values(literals)
        unset = _named.unset_keys(literals)
        refused = {wire: _refused(codecs) for wire, codecs in _named.encoded_wires(literals).items()}
        # A lone surrogate only where the profile allows one (under Hypothesis); € is plain text.
        draw.encoded = {
            wire: end for wire, end in refused.items() if profile.unpaired or end != _text.HIGH_HALF
        }
        draw.members = _named.read_members(literals)
        draw.combinations = _named.missing_combinations(literals)
    # The first features, then the channel, then the other features: Hypothesis tries the simplest
    # completion of each new prefix it explores, and prefixes this shape make those examples edge
    # cases of every channel rather than plain in-app payloads.
    first = FEATURES[:_FEATURES_BEFORE_CHANNEL] if profile.edge_cases else ()
    features = [feature for feature in first if source.chance(_feature_percent(feature))]
    if profile.provider_ids is None:
        table = _channel_table(profile.channels, *_named_here(profile))
        draw.channel, draw.named_choice = source.pick(table)
    if profile.edge_cases:
        rest = FEATURES[_FEATURES_BEFORE_CHANNEL:]
        # The yes/no choices as one: under Hypothesis a choice costs about the same whatever it holds,
        # and each value in it still shrinks to 0 (off) alone.
        values = source.several((PERCENT,) * len(_FLAG_PERCENTS))
        flags = [_yes(value, percent) for value, percent in zip(values, _FLAG_PERCENTS, strict=True)]
        features += [feature for feature, on in zip(rest, flags, strict=False) if on]
        draw.features = frozenset(features)
        draw.start = source.integer(0, _TABLE_SPAN - 1)
        draw.kinds = source.integer(0, 2 ** len(_KIND_BITS) - 1)
        draw.styled = _Styled.draw(source, *flags[len(rest) :])
        draw.strings = _string_mix(source.integer(0, _STRING_MODE_COUNT - 1))
    _choose_provider(draw)
    # Where exits want a flag both ways (many consumers at once), a passing payload takes either,
    # evenly: each exit is passed more often than the usual draw would (three payloads of four deleted).
    # One draw for every exit, the flags' and those in loops over conditions: drawn only for code that has
    # some, so that other code's payloads are as they were.
    # The steering of conditions and credentials is edge cases' business (a NUMBER condition, no region);
    # the top-level flags are not (a live, active integration is the realistic one).
    steered = bool(exits or unset) and profile.edge_cases
    passes = bool(guarded or steered) and source.chance(GUARD_PASS_PERCENT)
    passing = {
        wire: source.chance(50) if value is None else value for wire, value in guarded.items() if passes
    }
    if passes and profile.edge_cases:
        draw.exits, draw.unset = exits, unset
        draw.exit_flags = {
            wire: value
            for wire, value in passing.items()
            if wire in _named.listed_flag_wires() and isinstance(value, bool)
        }
    if profile.deleted is not None:
        draw.deleted = profile.deleted
    else:
        deleted = draw.either("deleted", 15)  # drawn either way: shrinking the chance moves nothing
        draw.deleted = passing.get("deleted", deleted)
    # The flags before any string: a feature turned off while shrinking (which can change how many
    # choices the strings take) then leaves them where they were.
    active, primary = source.pick(_ACTIVE_PRIMARY if draw.deleted else _LIVE_ACTIVE_PRIMARY)
    draw.active = _fixed(profile.active, passing.get("active", active))
    draw.primary = _fixed(profile.primary, passing.get("primary", primary))
    draw.serial = source.integer(0, 9999)
    draw.checks = checks
    if checks and profile.edge_cases and draw.occasionally(CHECKED_PERCENT, salt=_Salt.CHECK_TRAPS):
        draw.traps = checks
        # Splits on several separators are one family: the code unpacks strings.
        families = {_formats.SPLIT if family.startswith(_formats.SPLIT) else family for family in checks}
        draw.focused = len(families) <= FOCUSED_CHECKS
    payload = _object(draw, draw.root, _TOP_RULES)
    if draw.either("extra-keys", 40) and profile.extra_keys:
        _add_extra_keys(draw, payload)
    return payload


def _fixed(fixed: bool | None, drawn: bool) -> bool:
    """A flag the profile fixes, else the one drawn."""
    return drawn if fixed is None else fixed


def _named_here(
    profile: Profile,
) -> tuple[tuple[Provider, ...], frozenset[str], tuple[Channel, ...], tuple[Channel, ...]]:
    """What the code under test says about channels (nothing unless ``named``): the providers it names
    on the profile's channels, the ids of those it branches on, the channels its tables leave out, and
    those its early exits need."""
    if not (profile.named and profile.realistic):
        return (), frozenset(), (), ()
    literals = _named.named_literals()
    unlisted = _named.unlisted_values(literals, _channel_wire())
    if len(unlisted) > len(Channel) - 2:
        # Tables that between them leave out all channels but one disagree (many consumers' tables
        # at once): none stands out, as a table of every provider favours none.
        unlisted = frozenset()
    left_out = tuple(channel for channel in profile.channels if channel.value in unlisted)
    required = _named.required_values(literals, _channel_wire())
    if len(required) > REQUIRED_CHANNELS:
        required = frozenset()  # exits of many consumers at once, each wanting its own: none stands out
    wanted = tuple(channel for channel in profile.channels if channel.value in required)
    named = _named.named_providers(literals, profile.channels)
    return named, _named.branched_providers(literals), left_out, wanted


@cache
def _channel_wire() -> str:
    """The wire name of the channel field (its declaration's)."""
    return next(
        f.wire
        for f in contract(DEFAULT_VERSION).shape.fields
        if isinstance(f.shape, EnumShape) and f.shape.enum is Channel
    )


@cache
def _channel_table(
    channels: tuple[Channel, ...],
    named: tuple[Provider, ...],
    branched: frozenset[str] = frozenset(),
    unlisted: tuple[Channel, ...] = (),
    required: tuple[Channel, ...] = (),
) -> tuple[tuple[Channel, Provider | None], ...]:
    """The channels to draw from, then usual picks of each channel a table of the code leaves out
    (enough to make it UNLISTED_CHANNEL_PERCENT of the table), then NAMED_CHANNEL_WEIGHT entries per
    provider the code names (BRANCHED_WEIGHT times as many for one it branches on), then usual picks of
    each channel an early exit of the code needs (to make them REQUIRED_CHANNEL_PERCENT of the table).

    A channel entry takes the usual pick of a provider, a named entry that provider.  The usual
    entries come first: shrinking goes to the first entries, the usual pick of the simplest channel.
    """
    usual = tuple((channel, None) for channel in weighted_channels(channels))
    weights = {p.id: NAMED_CHANNEL_WEIGHT * (BRANCHED_WEIGHT if p.id in branched else 1) for p in named}
    named_entries = tuple((p.channel, p) for p in named for _ in range(weights[p.id]))
    table = usual + _lifted(unlisted, usual + named_entries, UNLISTED_CHANNEL_PERCENT) + named_entries
    # The share split among them: exits of two consumers in one test would otherwise crowd out the rest.
    return table + _lifted(required, table, REQUIRED_CHANNEL_PERCENT // max(len(required), 1))


def _lifted(
    channels: tuple[Channel, ...], table: tuple[tuple[Channel, Provider | None], ...], percent: int
) -> tuple[tuple[Channel, None], ...]:
    """Usual picks of each of ``channels``, to make it ``percent`` of the table."""
    counts = {channel: sum(1 for drawn, _ in table if drawn == channel) for channel in channels}
    added: list[tuple[Channel, None]] = []
    while short := [c for c in channels if counts[c] * 100 < percent * (len(table) + len(added))]:
        counts[short[0]] += 1
        added.append((short[0], None))
    return tuple(added)


@cache
def weighted_channels(channels: tuple[Channel, ...]) -> tuple[Channel, ...]:
    """``channels`` for a uniform pick, each repeated by the square root of its number of providers.

    Channels with more providers carry more credential formats (senders, hosts, URLs, phone
    numbers), so they come up more often; the root keeps the rare ones (in-app, push) common
    enough.  The first entry stays ``channels[0]``: the simplest payload does not change.
    """
    counts = providers_by_channel()
    weighted = list(channels)
    for channel in channels:
        weighted += [channel] * (max(1, math.ceil(math.sqrt(len(counts[channel])))) - 1)
    return tuple(weighted)


def _string_mix(mode: int) -> Literal["empty", "realistic", "mixed"]:
    """How a payload's strings come out where no feature decides, by a mode drawn for all of them.

    The simplest choice, every string "", is also the one that draws least, so shrinking
    gets there.  Only a "mixed" payload draws for each string whether it comes out odd.
    """
    return "empty" if mode == 0 else "mixed" if mode >= ODD_STRING_MODES_FROM else "realistic"


def _choose_provider(draw: _Draw) -> None:
    """Channel and provider first: names, identifiers and credentials follow from them."""
    source, profile = draw.source, draw.profile
    if profile.provider_ids is not None:
        draw.provider_id = source.pick(profile.provider_ids)
        draw.provider = provider(draw.provider_id) if profile.realistic else None
        owned = draw.provider is not None and draw.provider.channel in profile.channels
        draw.channel = draw.provider.channel if draw.provider and owned else source.pick(profile.channels)
        return
    groups = credential_shape_groups(draw.channel)  # the channel is drawn already
    if profile.realistic and groups:
        # A credential shape first, then one of its providers (see credential_shape_groups).
        group = source.pick(groups)
        draw.provider = group[source.integer(0, len(group) - 1)] if len(group) > 1 else group[0]
        draw.provider_id = draw.provider.id
    else:
        draw.provider_id = source.text(_WORD, 1, 12)  # never blank: see _Draw.string
    if draw.named_choice is not None:  # drawn with the channel (see _channel_table); the usual
        # pick above is drawn either way, so shrinking the channel moves no later draw
        draw.provider = draw.named_choice
        draw.provider_id = draw.provider.id
        draw.named_pick = True


def _provider_id(draw: _Draw) -> str:
    if draw.profile.provider_ids is None and draw.profile.realistic and draw.on("unknown-provider"):
        # One of Novu's ids it never had, or (the last CROSS_CHANNEL_SLOTS) one of another channel:
        # the server checks providerId against neither, and code keying tables by both meets it.
        pick = draw.source.integer(0, len(UNKNOWN_PROVIDER_IDS) + CROSS_CHANNEL_SLOTS - 1)
        unknown = UNKNOWN_PROVIDER_IDS[pick] if pick < len(UNKNOWN_PROVIDER_IDS) else None
        if unknown is None:
            return _other_channels_provider(draw)
        if draw.named_pick:
            # Mostly the consumer's branch: it stays, or is missed by a case or whitespace slip.
            near_miss = _NEAR_MISSES.get(unknown)
            return draw.provider_id if near_miss is None else near_miss(draw.provider_id)
        return unknown
    return draw.provider_id


def _other_channels_provider(draw: _Draw) -> str:
    """A provider of another channel than the payload's: one the code names if it names any there.

    By the payload's serial, not a draw: the slot that asked for it was drawn.
    """
    named = _named.named_providers(_named.named_literals(), tuple(Channel)) if draw.profile.named else ()
    others = tuple(p.id for p in named if p.channel is not draw.channel) or _first_of_other_channels(
        draw.channel
    )
    return others[draw.serial % len(others)]


@cache
def _first_of_other_channels(channel: Channel) -> tuple[str, ...]:
    return tuple(
        group[0].id for other, group in providers_by_channel().items() if other is not channel and group
    )


def _name(draw: _Draw) -> str:
    default = draw.provider.display_name if draw.provider else "Custom integration"
    draw.name = draw.string(lambda: default, "label")
    return draw.name


def _identifier(draw: _Draw) -> str:
    # The server slugs the name it is created with: a name with no Latin letter or digit (Japanese, all
    # punctuation, blank) gives an empty slug and an identifier that starts with "-".
    default = draw.provider.display_name if draw.provider else "Custom integration"
    name = draw.name if draw.name is not None and len(draw.name) <= MAX_SLUGGED_NAME else default
    return draw.string(lambda: _text.identifier(draw.source, name), "label")


@attrs.frozen
class _Rule:
    """How a field's value is made, and (for an optional field) whether it is present."""

    value: Callable[[_Draw], Any] | None = None
    presence: Callable[[_Draw], bool] | None = None
    asked: Callable[[_Draw], bool] | None = None
    """Whether the profile asks for the key (``conditions=True``, a channel): then it is always there."""


def _asked_for(draw: _Draw, rule: _Rule) -> bool:
    return rule.asked is not None and rule.asked(draw)


_GENERIC = _Rule()


def _deleted_at(draw: _Draw) -> str:
    return draw.string(lambda: _text.timestamp(draw.source))


def _deleted_at_present(draw: _Draw) -> bool:
    # Drawn either way: see _Draw.either.
    usual = draw.source.chance(70 if draw.deleted else UNDELETED_TRACE_PERCENT)
    if draw.on("odd-formats"):
        return True  # a variant of the timestamp format (before "deleted": the rarer combination)
    if draw.on("deleted"):
        return False  # deleted without deletedAt: the feature's edge case
    if draw.deleted:
        return usual or not draw.profile.edge_cases
    return usual and draw.profile.edge_cases


def _deleted_by_present(draw: _Draw) -> bool:
    usual = draw.source.chance(40 if draw.deleted else UNDELETED_TRACE_PERCENT)
    if draw.on("deleted"):
        return False
    return usual and (draw.deleted or draw.profile.edge_cases)


def _conditions(draw: _Draw) -> list[JsonDict]:
    source, wanted = draw.source, draw.profile.conditions
    if wanted is False:
        return []
    count = source.integer(1 if wanted or draw.on("conditions") else 0, 3)
    if draw.on("no-conditions") and not draw.on("conditions") and not wanted:
        count = 0
    # Drawn first, whatever the count: the server stores conditions as subdocuments, each with an `_id`.
    item_ids = source.chance(NESTED_ID_PERCENT) and draw.profile.extra_keys and draw.profile.realistic
    condition_shape = _nested_shape(draw, "conditions")
    conditions = [_object(draw, condition_shape, _CONDITION_RULES) for _ in range(count)]
    add_many = source.chance(50)
    if draw.on("conditions") and not add_many and conditions:
        # A group with no comparisons left in it (the contract allows one): code that takes a
        # condition's first child, or the largest, meets it; the first group, so code reading only
        # the first condition meets it too.
        conditions[0]["children"] = []
    if draw.on("conditions") and add_many and conditions:
        # Many conditions: the drawn ones again with the following enum values (no further
        # draws: the count is the edge case, and the cursor carries on through every value).
        extra = source.integer(10, 14)
        conditions += [
            _recycled(draw, conditions[i % len(conditions)], condition_shape) for i in range(extra)
        ]
    if item_ids:
        _add_item_ids(draw, conditions)
    return conditions


def _add_item_ids(draw: _Draw, conditions: list[JsonDict]) -> None:
    """The ``_id`` Novu's server gives each condition and child (a key the contract does not declare).

    ObjectIds of one moment (the payload's serial), numbered: distinct, and no draws of their own.
    """
    items = [item for condition in conditions for item in (condition, *condition.get("children", ()))]
    for number, item in enumerate(items, start=1):
        item["_id"] = _text.object_id_at(draw.serial, number)


def _recycled(draw: _Draw, value: JsonDict, shape: ObjectShape) -> JsonDict:
    """A copy of ``value`` whose enum fields take the next values of their enums."""
    # Per payload, by id: the shape is alive while the payload is drawn, and may be a temporary one.
    recycled = draw.recycling.get(id(shape))
    if recycled is None:
        recycled = draw.recycling[id(shape)] = {
            f.wire: f.shape.items if isinstance(f.shape, ArrayShape) else f.shape
            for f in shape.fields
            if isinstance(f.shape, EnumShape)
            or (isinstance(f.shape, ArrayShape) and isinstance(f.shape.items, ObjectShape))
        }
    copy = dict(value)
    for key, inner in recycled.items():
        if key in copy:
            if isinstance(inner, EnumShape):
                copy[key] = draw.enum_value(inner)
            else:
                assert isinstance(inner, ObjectShape)
                copy[key] = [_recycled(draw, element, inner) for element in copy[key]]
    return copy


def _conditions_present(draw: _Draw) -> bool:
    if draw.profile.conditions is not None:
        return draw.profile.conditions or draw.source.chance(50)
    # Conditions are likelier under "odd-formats": their fields and values have formats of their own.
    # A probability, not a rule, so that shrinking turns "odd-formats" off without losing them.
    percent = 90 if draw.on("odd-formats") else 50
    # "No conditions" is the key absent (it is optional) as often as an empty list: code that
    # indexes payload["conditions"] meets the first, code that indexes its first item the second.
    empty_list = draw.source.chance(50)  # both drawn either way: see _Draw.either
    present = draw.either("conditions", percent)
    if draw.on("no-conditions") and not draw.on("conditions"):
        return empty_list
    return present


def _children(draw: _Draw) -> list[JsonDict]:
    count = draw.source.integer(0, MAX_CHILDREN)
    child_shape = _nested_shape(draw, "children")
    children = [_object(draw, child_shape, _CHILD_RULES) for _ in range(count)]
    # A range is two comparisons of one field ("seats" LARGER 1 and SMALLER 10): code that keys the
    # children by field loses one.  Drawn either way, after the children: shrinks to distinct fields.
    if draw.source.chance(RANGE_PERCENT) and len(children) >= 2:
        for key in ("field", "on"):
            if key in children[0] and key in children[1]:
                children[1][key] = children[0][key]
    return children


def _object_id(draw: _Draw) -> str:
    return draw.string(lambda: _text.object_id(draw.source), "id")


def _channel_asked(draw: _Draw) -> bool:
    return draw.profile.channels != tuple(Channel)


def _channel_present(draw: _Draw) -> bool:
    # Only consulted where a contract version makes channel optional (3.x).
    return _channel_asked(draw) or draw.source.chance(85)


_TOP_RULES: dict[str, _Rule] = {
    "_id": _Rule(_object_id, lambda d: d.source.chance(85)),
    "_environmentId": _Rule(_object_id),
    "_organizationId": _Rule(_object_id),
    "name": _Rule(_name),
    "identifier": _Rule(_identifier),
    "providerId": _Rule(_provider_id),
    "channel": _Rule(lambda d: d.channel.value, _channel_present, _channel_asked),
    "credentials": _Rule(lambda d: _credentials(d), lambda d: d.source.chance(85)),
    "active": _Rule(lambda d: d.active),
    "deleted": _Rule(lambda d: d.deleted),
    "deletedAt": _Rule(_deleted_at, _deleted_at_present),
    "deletedBy": _Rule(_object_id, _deleted_by_present),
    "primary": _Rule(lambda d: d.primary),
    "conditions": _Rule(_conditions, _conditions_present, lambda d: bool(d.profile.conditions)),
}
# A condition reads its field from the subscriber or the payload ("on"): realistic names belong to
# it, with or without its prefix (Novu's own filters write "firstName"; many users "subscriber.plan").
_FIELD_NAMES: dict[str, tuple[str, ...]] = {
    On.SUBSCRIBER: (
        "subscriber.plan",
        "locale",
        "subscriber.isOnline",
        "country",
        "subscriber.seats",
        "subscriber.timezone",
    ),
    On.PAYLOAD: ("payload.priority", "tier", "payload.region", "tenant.id", "payload.kind"),
}
_FIELD_VALUES = ("pro", "free", "de", "true", "42")


def _enum_shape(shape: ObjectShape, wire: str) -> EnumShape:
    """The declared enum of ``shape``'s ``wire`` key."""
    field = next(f.shape for f in shape.fields if f.wire == wire)
    assert isinstance(field, EnumShape)
    return field


def _exit_value(draw: _Draw, shape: EnumShape, wire: str) -> str | None:
    """In a payload passing the code's exits, a value of a condition's enum (its ``type``, a child's
    ``operator``) that they need (``if condition["type"] != "NUMBER": continue``), else None. Not where
    they need more than half the values: that is many consumers' exits at once, and favours nothing."""
    if not draw.exits:
        return None  # the common case
    wanted = tuple(value for value in shape.values if value in draw.exits.get(wire, ()))
    if not wanted or 2 * len(wanted) > len(shape.values):
        return None
    return draw.run_on(wanted)


def _condition_type(draw: _Draw) -> str:
    """A condition's type, noted for its children's values (a BOOLEAN condition compares flags)."""
    shape = _enum_shape(_nested_shape(draw, "conditions"), "type")
    draw.condition_type = _exit_value(draw, shape, "type") or draw.enum_value(shape)
    return draw.condition_type


_CONDITION_RULES: dict[str, _Rule] = {"type": _Rule(_condition_type), "children": _Rule(_children)}


def _child_enum_shape(draw: _Draw, wire: str) -> EnumShape:
    """The declared enum of a condition child's ``wire`` key ("operator", "on")."""
    return _enum_shape(_nested_shape(draw, "children"), wire)


def _child_field(draw: _Draw) -> str:
    """The field a comparison reads; what it is read from ("on") is drawn first, since names belong to it.

    What the field's name says its value means (a time zone, a flag) is noted for the value.
    """
    shape = _child_enum_shape(draw, "on")
    draw.on_value = on = _exit_value(draw, shape, "on") or draw.enum_value(shape)
    names = _FIELD_NAMES.get(on, _FIELD_NAMES[On.SUBSCRIBER])
    realistic: list[str] = []

    def realistic_name() -> str:
        realistic.append(draw.run_on(names))
        return realistic[-1]

    field = draw.string(realistic_name)
    model = _formats.field_value_model(field)
    if model is None and realistic and not draw.named_string:  # a variant still reads that field
        model = _formats.field_value_model(realistic[-1])
    draw.value_model = model
    draw.named_field = draw.named_string  # the code under test's own name for it
    return field


def _child_on(draw: _Draw) -> str:
    on, draw.on_value = draw.on_value, None
    return on if on is not None else draw.enum_value(_child_enum_shape(draw, "on"))


def _child_value(draw: _Draw) -> str:
    """A comparison's value; its operator is drawn first, since what the value means follows it.

    An operator with a kind of value of its own (a pattern, a number, a list) decides its forms;
    else the meaning the field's name or the condition's type gives it, if any.
    """
    model, draw.value_model = draw.value_model, None
    operators = _child_enum_shape(draw, "operator")
    # A field the code singles out, whose name gives it a meaning, is mostly compared with a value of it:
    # equal or not, on a cursor of its own, since the code reads it with the operators it expects (a
    # time zone where one is EQUAL); the rest of the time it takes the usual operator, as others do.
    equality = draw.run_on(_equalities(operators.values)) if model is not None and draw.named_field else None
    draw.operator = equality or _exit_value(draw, operators, "operator") or draw.enum_value(operators)
    variants = _formats.OPERATOR_VALUES.get(draw.operator)
    model = model or _formats.type_value_model(draw.condition_type)
    if variants is None and model is not None:
        # One draw for the first realistic value, as the generic values take: the same choices either way.
        return draw.string(lambda: draw.run_on(model.realistic), variants=model.variants)
    return draw.string(lambda: draw.run_on(_FIELD_VALUES), variants=variants)


@cache
def _equalities(operators: tuple[str, ...]) -> tuple[str | None, ...]:
    """The operators whose value has no kind of its own (EQUAL, NOT_EQUAL), then None (any operator).

    Cached on the values, not the shape, so that a temporary contract's enum is not kept alive.
    """
    return (*(value for value in operators if value not in _formats.OPERATOR_VALUES), None)


def _child_operator(draw: _Draw) -> str:
    operator, draw.operator = draw.operator, None
    return operator if operator is not None else draw.enum_value(_child_enum_shape(draw, "operator"))


_CHILD_RULES: dict[str, _Rule] = {
    # Realistic values run on from a drawn first one (see _Draw.run_on): one draw per payload.
    "field": _Rule(_child_field),
    "value": _Rule(_child_value),
    "operator": _Rule(_child_operator),
    "on": _Rule(_child_on),
}


def _top_level_left_out(draw: _Draw, shape: ObjectShape) -> str | None:
    """Like a credential key (see _without_one_read): an optional top-level key the code indexes with no
    fallback (``payload["conditions"]``) goes missing where that code's ``KeyError`` is; never one the
    profile asks for."""
    if not draw.subscripted:
        return None  # the common case, and no draw either way
    optional = [
        field.wire
        for field in shape.fields
        if not field.required and not _asked_for(draw, _TOP_RULES.get(field.wire, _GENERIC))
    ]
    return _one_read_left_out(draw, optional)


def _object(draw: _Draw, shape: ObjectShape, rules: dict[str, _Rule]) -> JsonDict:
    """A JSON object of ``shape``: each field by its rule, or generically by its declared shape."""
    result: JsonDict = {}
    left_out = _top_level_left_out(draw, shape) if rules is _TOP_RULES else None
    for field in shape.fields:
        rule = rules.get(field.wire, _GENERIC)
        if not field.required:
            present = rule.presence(draw) if rule.presence else draw.source.chance(50)
            if not present or field.wire == left_out:
                continue
        draw.format, draw.wire = declared_format(shape.cls, field.name), field.wire
        result[field.wire] = rule.value(draw) if rule.value else _value(draw, field.shape, field.wire)
        draw.format, draw.wire = None, ""
    return result


@cache
def declared_format(cls: type, name: str) -> Format | None:
    """The format hint of a field, read once from its declaration."""
    return field_format(cls, name)


def _value(draw: _Draw, shape: Shape, wire: str = "") -> Any:
    """A value of ``shape`` with no field-specific realism (a format's realistic value, if it has one)."""
    if isinstance(shape, StringShape):
        fmt = draw.format
        default = _formats.REALISTIC.get(fmt) if fmt is not None else None
        return draw.string(lambda: default or fake_secret(draw.serial, wire or "value"))
    if isinstance(shape, BooleanShape):
        drawn = draw.boolean()  # either way, so that a passing payload's draws stay where they were
        return draw.exit_flags.get(wire, drawn)
    if isinstance(shape, EnumShape):
        return draw.enum_value(shape)
    if isinstance(shape, FreeObjectShape):
        depth = draw.source.integer(0, 3) if draw.profile.edge_cases else 0
        return json_object(draw.source, depth=depth, odd=draw.profile.edge_cases, read=_members_here(draw))
    if isinstance(shape, ArrayShape):
        return [_value(draw, shape.items, wire) for _ in range(draw.source.integer(0, 3))]
    return _object(draw, shape, {})


def _nested_shape(draw: _Draw, name: str) -> ObjectShape:
    """The payload's ``credentials``, ``conditions`` item or ``children`` item shape, looked up once.

    Kept per payload: they are asked for dozens of times, and the contract may be a temporary one.
    """
    shape = draw.shapes.get(name)
    if shape is None:
        if name == "credentials":
            field = next(f.shape for f in draw.root.fields if f.wire == "credentials")
            assert isinstance(field, ObjectShape)
            shape = field
        elif name == "children":
            shape = _item_shape(_nested_shape(draw, "conditions"), "children")
        else:
            shape = _item_shape(draw.root, name)
        draw.shapes[name] = shape
    return shape


def _item_shape(shape: ObjectShape, wire: str) -> ObjectShape:
    """The item shape of the array field ``wire`` of ``shape``."""
    field = next(f for f in shape.fields if f.wire == wire)
    assert isinstance(field.shape, ArrayShape)
    assert isinstance(field.shape.items, ObjectShape)
    return field.shape.items


# --- credentials ---------------------------------------------------------------------------

_CREDENTIAL_VALUES: dict[str, Callable[[Source, Channel], str]] = {
    "from": lambda s, c: s.pick(_formats.PHONES) if c is Channel.SMS else "no-reply@example.com",
    # Business names hold punctuation: an apostrophe, an ampersand, a comma, parentheses.
    "senderName": lambda s, c: s.pick(("Example Inc", "O'Brien & Sons", "Acme, Inc.", "Support (EU)")),
    "port": lambda s, c: s.pick(("587", "465", "25", "2525")),
    "host": lambda s, c: "smtp.example.com",
    "domain": lambda s, c: "mg.example.com",
    "region": lambda s, c: s.pick(("us-east-1", "eu", "us")),
    # An SMTP login, a mailbox, or a numeric account id (SMS gateways number their accounts).
    "user": lambda s, c: s.pick(("apikey", "postmaster@example.com", "4401930275")),
    "baseUrl": lambda s, c: "https://api.example.com",
    "webhookUrl": lambda s, c: "https://hooks.example.com/fake/webhook",
    "redirectUrl": lambda s, c: "https://app.example.com/oauth/callback",
    "imageUrl": lambda s, c: "https://cdn.example.com/logo.png",
    "externalLink": lambda s, c: "https://status.example.com",
}


def fake_secret(serial: int, key: str) -> str:
    """An obviously fake credential value: ``<fake-api-key-0042>``.

    The angle brackets mark it as a placeholder, so secret scanners skip it.
    """
    return f"{_fake_prefix(key)}{serial % 10000:04d}>"


@cache
def _fake_prefix(key: str) -> str:
    # Called for every credential of many payloads, with a few dozen distinct keys.
    return f"<fake-{_text.slug(key)}-"


# Called for every credential of every payload, with a few dozen distinct keys.
_is_secret_key = cache(is_secret_key)


def scanner_safe(key: str, value: str, fmt: Format | None = None) -> str:
    """``value`` for a secret-named ``key``, bracketed as a placeholder unless it already is one.

    A JSON document (``fmt`` JSON) stays as Novu sends it: parseable (its own secret members are
    placeholders already), or in its stored ``nvsk.`` form (hex of fake data).
    """
    if not _is_secret_key(key) or len(value) < 2 or (value.startswith("<") and value.endswith(">")):
        return value
    document = value == "null" or value.lstrip("\ufeff").startswith(("{", "[", '"'))
    if fmt is Format.JSON and (document or value.startswith(STORED_PREFIX)):
        return value  # the stored form is hex, and a document's own secrets are placeholders
    if fmt is Format.CONNECTION_STRING and ";" in value:
        return value  # settings a scanner reads as no secret; the key in them is base64 of placeholder text
    if not any(c.isascii() and c.isalpha() for c in value):
        return value
    return f"<{value}>"


def _credential_format(draw: _Draw, field: FieldShape) -> Format | None:
    """What a credential means: the provider's word for it (data/providers.json), else the declaration's."""
    if draw.provider is not None:
        fmt = draw.provider.credential_formats.get(field.wire)
        if fmt is not None:
            return fmt
    return declared_format(_nested_shape(draw, "credentials").cls, field.name)


def _refused(codecs: frozenset[str]) -> str:
    """What to end a value in that the code's strict encodes refuse: a lone surrogate trips every codec,
    but where a narrow one (ASCII, Latin-1) reads the field, the fix is often a UTF-8 encode of it,
    which must not trip: ``€`` then."""
    return "€" if "narrow" in codecs else _text.HIGH_HALF


def _credential_value(draw: _Draw, field: FieldShape) -> Any:
    source = draw.source
    draw.wire = field.wire  # _credentials resets it after the last one
    if isinstance(field.shape, StringShape):
        fmt = _credential_format(draw, field)
        maker = _CREDENTIAL_VALUES.get(field.wire)
        realistic = (
            (lambda: maker(source, draw.channel))
            if maker is not None
            else (
                lambda: _formats.REALISTIC.get(fmt or Format.SECRET) or fake_secret(draw.serial, field.wire)
            )
        )
        if fmt is Format.JSON and draw.profile.realistic and source.chance(50) and "json" not in draw.traps:
            # A document comes decrypted in a GET and stored (encrypted) in a write reply: both are
            # realistic, and code that parses it meets the stored form as often as all the others
            # (except in a payload taking the traps of a JSON parser: those documents parse).
            return scanner_safe(field.wire, _formats.encrypted(_formats.REALISTIC[Format.JSON]), fmt)
        return scanner_safe(field.wire, draw.string(realistic, fmt=fmt), fmt)
    if isinstance(field.shape, FreeObjectShape):
        depth = source.integer(2, 5) if draw.on("nested-json") else 0
        return json_object(source, depth=depth, odd=draw.profile.edge_cases, read=_members_here(draw))
    if isinstance(field.shape, BooleanShape):
        return _credential_flag(draw, field)
    return _value(draw, field.shape)


def _plain_credential_value(draw: _Draw, field: FieldShape) -> Any:
    """A key beyond the provider's own: its presence is the edge case, so no draws but the variant."""
    draw.wire = field.wire
    if isinstance(field.shape, FreeObjectShape):
        return _credential_value(draw, field)  # the nesting stays drawn
    if isinstance(field.shape, BooleanShape):
        return _credential_flag(draw, field)
    fmt = _credential_format(draw, field) if draw.profile.realistic else None
    value = _formats.REALISTIC.get(fmt or Format.SECRET) or fake_secret(draw.serial, field.wire)
    variants = _formats.VARIANTS.get(fmt) if fmt is not None else None
    if variants and draw.profile.edge_cases and draw.on("odd-formats"):
        value = draw.variant(variants, value)
    elif fmt is Format.NAME and draw.profile.edge_cases and draw.on("unicode"):
        # A name takes the payload's non-ASCII text like the provider's own keys (a sender name
        # past a byte limit), from the payload's table cursor: no draw of its own.
        value = draw.table_pick(_UNICODE, start=draw.styled.unicode)
    free_text = fmt in _HOSTILE_FORMATS and fmt is not Format.SECRET
    if free_text and draw.profile.edge_cases and draw.on("hostile"):
        # Free text (a title, a sender name, a header name) takes the payload's hostile pick too, from
        # its cursor: a title read as a template meets braces on any provider that sends one.
        value = _text.hostile(value, draw.table_pick(draw.hostile_table))
    return scanner_safe(field.wire, value, fmt)


def _bits(number: int, count: int) -> list[bool]:
    return [bool(number >> i & 1) for i in range(count)]


def _credential_flag(draw: _Draw, field: FieldShape) -> bool:
    return draw.credential_flags.get(field.wire, False)


def _credentials(draw: _Draw) -> JsonDict:
    """The provider's credential keys usually; ``{}``, every key or a subset as edge cases."""
    source = draw.source
    fields = _nested_shape(draw, "credentials").fields
    by_wire = {field.wire: field for field in fields}
    provider_keys = list(draw.provider.credential_keys) if draw.provider else []
    # Drawn whether or not a feature decides, so that shrinking a feature away leaves the draws after
    # it in place (an inserted draw would shift them all, and the shrinker would keep the feature).
    mode = source.integer(0, 5) if draw.profile.edge_cases else 3
    # Every boolean credential from one draw: each combination of them (secure, requireTls and
    # ignoreTls all on, ...) as likely as any other, so every pair meets within a few payloads.
    flags = [field.wire for field in fields if isinstance(field.shape, BooleanShape)]
    draw.credential_flags = dict(
        zip(flags, _bits(source.integer(0, 2 ** len(flags) - 1), len(flags)), strict=True)
    )
    taken = draw.occasionally(COMBINATION_PERCENT, salt=_Salt.COMBINATION)
    if draw.combinations and draw.profile.edge_cases and taken:
        # A combination a table of the code's leaves out (its KeyError), one per payload by the serial.
        combination = draw.combinations[draw.serial % len(draw.combinations)]
        draw.credential_flags.update(zip(combination.wires, combination.values, strict=True))
    if draw.on("sparse-credentials"):
        wanted = [key for key in provider_keys if source.chance(50)]  # simplest: {}
    elif draw.on("credentials") and mode:
        # Every key, unless the mode is the simplest ({}): so that a shrunk failure that needs some
        # key keeps a mode with the provider's keys, and then needs no longer the feature.
        wanted = [field.wire for field in fields]
    elif draw.profile.edge_cases:
        # {} is the simplest; otherwise the provider's keys, some missing or some extra.
        if mode == 0:
            wanted = []
        elif mode == 1:
            wanted = [key for key in provider_keys if source.chance(50)]
        elif mode == 2:
            # Two bitmask draws rather than one draw per key: each key about 25% of the time.
            mask = source.integer(0, 2 ** len(fields) - 1) & source.integer(0, 2 ** len(fields) - 1)
            wanted = provider_keys + [f.wire for i, f in enumerate(fields) if mask >> i & 1]
            wanted = list(dict.fromkeys(wanted))
        else:
            wanted = provider_keys
    elif draw.profile.realistic:
        wanted = provider_keys
    else:
        mask = source.integer(0, 2 ** len(fields) - 1) & source.integer(0, 2 ** len(fields) - 1)
        wanted = [f.wire for i, f in enumerate(fields) if mask >> i & 1]
    wanted = _without_one_read(draw, wanted)
    free_form = [f.wire for f in fields if isinstance(f.shape, FreeObjectShape)]
    if draw.on("nested-json"):
        wanted += [wire for wire in free_form if wire not in wanted]
    if draw.on("odd-formats"):
        # Every structured credential (host, port, URLs, region, phone) in its variants.
        wanted += [
            f.wire for f in fields if f.wire not in wanted and _credential_format(draw, f) in _STRUCTURED
        ]
    wanted = [wire for wire in wanted if wire not in draw.unset]  # past the code's "if region: return"
    credentials = {
        # Keys beyond the provider's own (the "credentials" feature adds every key) take plain fake
        # values without draws of their own: their presence is the edge case.
        wire: _credential_value(draw, by_wire[wire])
        if wire in provider_keys or not draw.on("credentials")
        else _plain_credential_value(draw, by_wire[wire])
        for wire in wanted
    }
    draw.wire = ""  # the undeclared keys below are no field the code encodes
    if draw.profile.extra_keys and (draw.on("extra-keys") or draw.occasionally(10, salt=_Salt.EXTRA_KEYS)):
        # The provider's own undeclared keys (realistic); any provider may get one as an edge case.
        extras = draw.provider.extra_credential_keys if draw.provider else ()
        if not extras and draw.profile.edge_cases:
            extras = ("apiVersion",)
        for key in extras:
            credentials[key] = draw.string(lambda: "fake-extra-value")
    return credentials


def _without_one_read(draw: _Draw, wanted: list[str]) -> list[str]:
    """``wanted``, or half the time without one of the keys the code reads with no fallback.

    Every credential is optional, and code that indexes one (``credentials["tokenKey"]`` after a
    ``.get("useToken")``) fails where it is missing while the keys around it are there, which the
    modes above rarely make. One key at a time: the code's other branches keep the keys they need.
    One draw, 0 (none left out) the simplest.
    """
    left_out = _one_read_left_out(draw, wanted)
    return [key for key in wanted if key != left_out]


def _one_read_left_out(draw: _Draw, keys: Sequence[str]) -> str | None:
    """Half the time, one of ``keys`` that the code reads with no fallback; None otherwise (one draw,
    0 the simplest; no draw where the code reads none of them, or edge cases are off)."""
    read = [key for key in keys if key in draw.subscripted]
    if not read or not draw.profile.edge_cases:
        return None
    pick = draw.source.integer(0, 2 * len(read) - 1)
    return read[pick - 1] if 1 <= pick <= len(read) else None


# A value the contract leaves free (a tlsOptions member, an extra key of the server's): code that
# assumes its usual type meets each other JSON type.
_OTHER_JSON_TYPES: tuple[Callable[[Any], Any], ...] = (
    lambda usual: [usual],
    lambda usual: None,
    # A string's number is truthy (``minVersion: 1.2``): ``if value: value.strip()`` passes it on.
    lambda usual: str(usual).lower() if isinstance(usual, bool | int) else 1.2,
    lambda usual: {},
    lambda usual: "",
)

# The members (besides "options", the next level) one level of a nested free-form object may
# have: one draw per level.  "flat-list" is a list holding one flat object.  The outer level is the
# one code reads, so the levels carry members of another JSON type too, not only the innermost.
_JSON_LEVELS: tuple[tuple[tuple[str, Any], ...], ...] = (
    (),
    (("rejectUnauthorized", False),),
    (("ca", "flat-list"),),
    (("minVersion", "TLSv1.2"), ("servername", None)),
    (("port", 443), ("ciphers", "edge")),
    (("requestCert", True), ("ca", "flat-list")),
    (("timeout", -(2**31)), ("ecdhCurve", "auto")),
    (("ciphers", ["ECDHE-RSA-AES128-GCM-SHA256", "HIGH"]), ("rejectUnauthorized", "false")),
    (("minVersion", None), ("ciphers", 0), ("servername", {})),
)
# And levels where every known member has one other JSON type (all lists, all null, ...): code
# reading any member with its usual type in mind meets the other type at the level it reads.
_JSON_LEVELS += tuple(
    tuple((key, other(usual)) for key, usual in dict(_formats.FREE_MEMBERS).items())
    for other in _OTHER_JSON_TYPES
)


def _members_here(draw: _Draw) -> frozenset[str]:
    """The members the code reads (``_named.Member``) that this payload's free-form objects hold: in half
    the payloads (by the serial, no draw), as code that reads a member with a fallback handles its absence
    and branches on its value."""
    held = draw.members and draw.occasionally(MEMBERS_PERCENT, salt=_Salt.MEMBERS)
    return draw.members if held else frozenset()


def json_object(
    source: Source, *, depth: int, odd: bool = True, read: frozenset[str] = frozenset()
) -> JsonDict:
    """A free-form JSON object (``tlsOptions``) nested ``depth`` levels deep (0: flat).

    ``odd=False`` keeps each member's usual value (the draws stay the same). The members ``read``
    (``tls.get("rejectUnauthorized")``) are there with their first usual value at the outer level, before
    the drawn ones (which may replace them with another type): no draw of their own.
    """
    named = {key: usual for key, usual in reversed(_formats.FREE_MEMBERS) if key in read}
    if depth <= 0:
        # One member, in its usual form or as another JSON type ({} is the simplest), in one draw:
        # with more draws per level the shrinker can no longer remove the nesting (measured on
        # Hypothesis 6.130 and 6.170, each failing a different shrink test).
        kinds = 1 + len(_OTHER_JSON_TYPES)
        drawn = source.integer(0, len(_formats.FREE_MEMBERS) * kinds)
        if not drawn:
            return copy.deepcopy(named)
        member, kind = divmod(drawn - 1, kinds)
        key, usual = _formats.FREE_MEMBERS[member]
        return {
            **copy.deepcopy(named),
            key: copy.deepcopy(_OTHER_JSON_TYPES[kind - 1](usual) if kind and odd else usual),
        }
    # The first member holds the next level, so the nesting is there even in the simplest draw.
    result: JsonDict = {"options": json_object(source, depth=depth - 1, odd=odd), **copy.deepcopy(named)}
    for key, value in source.pick(_JSON_LEVELS):
        if value == "flat-list":
            value = [json_object(source, depth=0, odd=odd)]
        elif value == "edge":
            value = _text.edge_string(source)
        result[key] = copy.deepcopy(value)  # payloads share no mutable value
    return result


def _updated_at(draw: _Draw, created: str) -> str:
    """``updatedAt`` for a ``createdAt``: the same moment (never updated) or later; now and then, as an
    edge case, earlier (a restored backup, a clock skew): nothing orders the two but the server's habit.

    By the payload's serial, no draw: realism and an edge case no shape depends on.
    """
    seconds = 1 + draw.serial * 7919 % 9_000_000  # up to about a hundred days
    if draw.profile.edge_cases and draw.occasionally(UPDATED_BEFORE_PERCENT, salt=_Salt.UPDATED_BEFORE):
        return _text.shifted(created, -seconds)
    return _text.shifted(created, seconds) if draw.occasionally(50, salt=_Salt.UPDATED_LATER) else created


def _add_extra_keys(draw: _Draw, payload: JsonDict) -> None:
    source = draw.source
    stamp = _text.timestamp(source)
    values: dict[str, Any] = {
        "createdAt": stamp,
        "updatedAt": _updated_at(draw, stamp),
        "__v": 0,
        # Varied by the payload's serial: realism, not an edge case, so no draws of their own.
        "priority": draw.serial % 4,
        "connected": draw.occasionally(70, salt=_Salt.CONNECTED),
    }
    for key in API_EXTRA_KEYS:
        payload[key] = values[key]
    if "_id" in payload and draw.occasionally(30, salt=_Salt.ID_ALIAS):
        payload["id"] = payload["_id"]
    if draw.on("extra-keys"):
        key, value = source.pick(_ODD_EXTRAS)
        payload[key] = copy.deepcopy(value)  # a fresh [] or {}: payloads share no mutable value
        # The server's own extra keys are not in the contract either: one of them may come with
        # another JSON type (a priority of "2" or null). Zero, the simplest, retypes none.
        retype = source.integer(0, len(API_EXTRA_KEYS) * len(_OTHER_JSON_TYPES))
        if retype:
            key = API_EXTRA_KEYS[(retype - 1) // len(_OTHER_JSON_TYPES)]
            payload[key] = _OTHER_JSON_TYPES[(retype - 1) % len(_OTHER_JSON_TYPES)](payload[key])
