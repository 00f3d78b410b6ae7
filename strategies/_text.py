"""String values: realistic ones per wire key, and the edge cases consumers forget."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import cache

from contracts._secrets import object_id as make_object_id
from strategies._source import Source

HEX = "0123456789abcdef"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PLAIN = "abcdefghijklmnopqrstuvwxyz0123456789-_ "
# Latin-1, Cyrillic, CJK, Hebrew, Arabic, emoji, zero-width and combining characters.
RICH = "aZ09 -_.:/@éßñçøЖжя中文字かなעבריתعربي🚀🔔👩\u200b\u200d\u0301\u00a0"

WHITESPACE = (" ", "   ", "\t", "\n", " \r\n ", "\u00a0", "\u3000", "\u200b")
NON_ASCII = (
    "Zoë Müller",
    "Ñandú Ltd.",
    # 61 bytes from a 1-byte start, one off the 72-byte name below: a cut at any byte count up to 61
    # splits a character in at least one of the two.
    "A社の通知サービス・カスタマーサポート窓口",
    "Съешь же ещё этих мягких французских булок, да выпей чаю",  # 102 bytes, a comma
    "café-crème",
    "e\u0301clair",
    "株式会社サンプル通知サービス　カスタマーサポート",  # 72 bytes of 3-byte characters
    "Служба уведомлений клиентов",  # 52 bytes, mostly 2-byte characters
    "O'Sullivan & Søn Lettings",  # an apostrophe (Irish and French names): quotes in shell, SQL, CSV
    # 85 bytes of 3-byte letters and combining vowel signs: most byte cuts split a character, and
    # a cut by code points separates a letter from its sign.
    "सूचना सेवा ग्राहक सहायता केंद्र",
    "Großhandel Weiß GmbH",  # upper-cased it grows ("GROSSHANDEL WEISS"): a width checked before it overflows
)
RTL_AND_EMOJI = (
    "שלום עולם",
    "مرحبا بالعالم",
    "abc \u202edcba",
    "🔔 alerts 🚀",
    "👩\u200d💻 team",
    # Flags: two code points each, four bytes each, so most cuts by bytes or code points split one.
    "🇺🇦🇩🇪🇫🇷🇯🇵🇧🇷🇮🇳🇲🇽🇨🇦 alerts",
)
NON_ISO_DATES = (
    "Tue Apr 09 2025 19:28:30 GMT+0000 (Coordinated Universal Time)",
    "1712690910917",
    "09/04/2025",
    "2025-13-45T99:99:99Z",
    "yesterday",
)
LONG_MIN = 10_000
ONE_BYTE_LENGTH = 255
"""The most a one-byte length field (SMPP, Pascal strings) or a VARCHAR(255) column holds."""


# Seconds from 2020 to 2026, spread over 2**24 steps so that one narrow draw (which
# Hypothesis spreads evenly) gives both the time and the low digits.
_EPOCH_2020 = 1_577_836_800
_STEPS = 2**24
_STEP_SECONDS = (1_767_225_600 - _EPOCH_2020) // _STEPS


def object_id(source: Source) -> str:
    """A MongoDB ObjectId as the API sends ids: 24 hex digits, a real timestamp, then a counter.

    The middle (per-process random) bytes are zero, which keeps the ids' entropy low
    enough that secret scanners do not take them for keys.
    """
    return object_id_at(source.integer(0, _STEPS - 1))


def object_id_at(step: int, counter: int | None = None) -> str:
    """``object_id``'s id for a step of its range (0 to 2**24 - 1), without a draw; ``counter`` for
    ids of one moment (its default: the step's low bits)."""
    return make_object_id(_EPOCH_2020 + step * _STEP_SECONDS, step & 0xFFF if counter is None else counter)


def timestamp(source: Source) -> str:
    """An ISO-8601 UTC timestamp with milliseconds, as the API writes ``deletedAt``."""
    step = source.integer(0, _STEPS - 1)
    moment = datetime.fromtimestamp(_EPOCH_2020 + step * _STEP_SECONDS, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + f".{step % 1000:03d}Z"


def shifted(stamp: str, seconds: int) -> str:
    """``timestamp``'s form of ``stamp`` moved by ``seconds``; ``stamp`` itself if it is not of that form."""
    try:
        moved = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ") + timedelta(seconds=seconds)
    except (ValueError, OverflowError):
        return stamp
    # The year by hand: strftime writes year 999 as "999", not "0999".
    return f"{moved.year:04d}" + moved.strftime("-%m-%dT%H:%M:%S") + f".{moved.microsecond // 1000:03d}Z"


def slug(name: str) -> str:
    """The API's identifier slug: camel case split, lower case, runs of other characters as '-'."""
    split = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", name)
    return re.sub(r"[^a-z0-9]+", "-", split.lower()).strip("-")


def identifier(source: Source, name: str) -> str:
    """``<slug of name>-<short random id>``, e.g. ``sendgrid-x8Kd2bQ1`` (the slug may be empty)."""
    number = source.integer(0, len(ALNUM) ** 8 - 1)
    suffix = ""
    for _ in range(8):
        number, digit = divmod(number, len(ALNUM))
        suffix += ALNUM[digit]
    return f"{slug(name)}-{suffix}"


# Most units are longer in UTF-8 bytes than in characters: byte limits cut inside a character.
# The Japanese unit repeats every 19 bytes, a prime: round limits (20, 32, 64, 100, 255, 1024)
# fall inside one of its characters, where a 10-byte unit ("中文名 ") split none of 20, 100 or 1000.
LONG_UNITS = ("x", "é", "🔔", "abc é ", "通知サービス ")
LONG_EXTRA_MAX = 50


def long_string(source: Source) -> str:
    """A string of 10,000+ characters (a pattern repeated, so it stays cheap to draw)."""
    return long_text(source.pick(LONG_UNITS), source.integer(0, LONG_EXTRA_MAX))


# How many ASCII letters may lead a long string: its multi-byte characters then start at every
# offset modulo 2 and 4, so a cut at a round byte count (64, 80, 256: multiples of 4) splits
# one of "é" or "🔔" as often as any other cut, and a prefix of its own ("inc-" + name) cannot
# align every character with the cut.
LONG_SHIFTS = 4


def long_text(unit: str, extra: int) -> str:
    """``unit`` repeated to 10,000+ characters, ``extra`` more times: ``long_string`` from its draws.

    ``extra % LONG_SHIFTS`` ASCII letters go first (none when ``extra`` is 0, the simplest).
    """
    shift = "x" * (extra % LONG_SHIFTS)
    return shift + unit * (-(-LONG_MIN // len(unit)) + extra)  # rounded up: a 6-character unit makes 10,002


HUGE_MIN = 2**18 + 1
"""Past 256 KiB, the size limit of many queues and event buses (SQS, SNS, EventBridge, Service Bus)."""


def huge_text(extra: int) -> str:
    """``HUGE_MIN + extra`` ASCII characters (as many bytes): a payload too large to send as a message.

    ASCII, because code that walks a string character by character in Python takes about a
    tenth of a second per 256 KiB of it, and four times that on non-ASCII text; the
    ``long`` style's units cover non-ASCII lengths.
    """
    return "x" * (HUGE_MIN + extra)


def overlong(value: str) -> str:
    """``value`` repeated past ONE_BYTE_LENGTH characters: an id or key from a system with longer ones."""
    return value * (ONE_BYTE_LENGTH // max(1, len(value)) + 1)


def edge_string(source: Source) -> str:
    """One of the strings consumers forget: empty, blank, non-ASCII, RTL, emoji, very long, arbitrary."""
    kind = source.integer(0, 5)
    if kind == 0:
        return ""
    if kind == 1:
        return source.pick(WHITESPACE)
    if kind == 2:
        return source.pick(NON_ASCII)
    if kind == 3:
        return source.pick(RTL_AND_EMOJI)
    if kind == 4 and source.chance(35):
        return long_string(source)
    return source.text(RICH, 1, 16)


# --- hostile strings ---------------------------------------------------------------------
# Our own tables, after studying public "naughty string" lists: the syntax characters of the
# languages strings end up in, control characters, whitespace and Unicode that code trips on.
# A hostile string is the realistic value with one piece of each family attached, so it still
# reads like the field it came from and one pick exercises several families at once.

SYNTAX = (
    "'s, Inc. {EU} (beta",  # a possessive's lone quote (shell, SQL), CSV delimiter, format field, a group
    ' "EU", 100%s [x',  # quotes (CSV, JSON, shell), printf / SQL LIKE, an unbalanced class
    " **EU**, /eu/{id}/../?a=1&b=#2",  # glob / regex quantifiers, a path template, traversal, query, fragment
    " <b>&amp;</b> {0}+",  # HTML / XML markup, a positional format field, a quantifier
    "'; DROP TABLE integrations;-- $(id) ${HOME} (",  # SQL, shell (a command, a parameter expansion)
    # A Windows path (backslash escapes; "\U" starts a truncated escape for unicode_escape), CSV,
    # brackets and pipes, a named format field.
    " C:\\Users\\EU, [1]|{x}",
    ' ?q=1#{name} "%d',  # URL syntax, format fields, quotes
)
CONTROL = ("\x00", "\n\x1b[0m", "\t\x0b", "\r\n\x1f", "\x7f\x00", "\x08", "\x0c\n", "", "\x85\u2029")
UNICODE = (
    "e\u0301",  # a combining mark (NFD): normalises to é
    "\u200b",  # zero-width space
    "ß",  # case-folds to "ss"
    "🔔",  # astral: two UTF-16 units, four UTF-8 bytes
    "\u202eabc",  # right-to-left override
    "İ",  # lower-cases to two code points
    "ﬁ",  # a ligature: NFKC splits it
    "\u00a0",  # no-break space
    "Ω",  # OHM SIGN: NFC turns it into Greek capital omega
    "\ufeff",  # byte-order mark
    "\U0001d518",  # mathematical Fraktur: astral, NFKC-folds to "U"
    "\u2028",  # LINE SEPARATOR: str.splitlines and JavaScript end a line there; JSON leaves it raw
    "\uf0e0",  # private use (an icon font's envelope): no Unicode name, no glyph elsewhere
    "\uffff",  # a noncharacter: XML refuses it
)
LEADING = ("=", "-", "+", "@", ".", "/", "~", "#", " ", "!")
"""First characters that change what a string means: a spreadsheet formula (= + - @), a command-line
option, a hidden file or an absolute or home path, a comment, leading space, YAML/shell syntax."""
LOOKALIKES = ("0", "1e3", "NaN", "true", "null", "-1", "None", "0x1F", "١٢٣", "False", "Infinity", "", "²")
"""Whole values that look like numbers, booleans or nothing (to code that guesses types); "²" is a digit
to ``str.isdigit()`` and not to ``int()``."""
BYTES_LONG = ("é" * 130, "🔔" * 70, "中" * 90)
"""Longer in UTF-8 bytes (255+) than in characters (under 150)."""


def _hostile_entries() -> tuple[tuple[str, str, str], ...]:
    """(prefix, suffix, replacement) per hostile pick: families cycled at coprime strides."""
    entries = []
    # Twice the syntax table's length in rounds of eight: each round's last entry is a look-alike, so
    # every look-alike comes up (one round per syntax entry left the last six unused).
    for k in range(len(SYNTAX) * 16):
        if k % 8 == 7:
            entries.append(("", "", LOOKALIKES[k // 8 % len(LOOKALIKES)]))
        elif k % 4 == 1:
            suffix = SYNTAX[k % len(SYNTAX)] + CONTROL[k % len(CONTROL)] + BYTES_LONG[k % len(BYTES_LONG)]
            entries.append((LEADING[k // 4 % len(LEADING)], suffix, ""))
        else:
            prefix = UNICODE[k % len(UNICODE)] if k % 2 else ""
            suffix = (
                SYNTAX[k % len(SYNTAX)]
                + CONTROL[k % len(CONTROL)]
                + ("" if k % 2 else UNICODE[k % len(UNICODE)])
            )
            entries.append((prefix, suffix, ""))
    return tuple(entries)


HOSTILE = _hostile_entries()

# Halves of "🔔" (U+D83D U+DD14): what cutting a string by UTF-16 units (JavaScript's slice) leaves at
# either end. JSON's \u escapes carry one; Python's json.loads returns it as a lone surrogate, which
# no UTF-8 encoder takes.
HIGH_HALF = "\ud83d"
LOW_HALF = "\udd14"
UNPAIRED_EVERY = 8
"""Two hostile entries of each UNPAIRED_EVERY carry a lone surrogate: one cut at the end, one at the start."""


def _unpaired_entries() -> tuple[tuple[str, str, str], ...]:
    """HOSTILE with a lone half of an emoji in two entries of each eight (neither the first nor a
    look-alike): the last characters cut, or the first ones."""
    entries = []
    for k, (prefix, suffix, replacement) in enumerate(HOSTILE):
        if k % UNPAIRED_EVERY == 6:
            suffix += HIGH_HALF
        elif k % UNPAIRED_EVERY == 3:
            prefix = LOW_HALF + prefix
        entries.append((prefix, suffix, replacement))
    return tuple(entries)


HOSTILE_UNPAIRED = _unpaired_entries()
"""HOSTILE for strategies run by Hypothesis; seeded output (fixture files, the stub) keeps to Unicode text."""


OPTIONS = (("-", "", ""), ("--", "", ""))
"""Hostile picks a command-line parser reads as an option: the value behind a dash, with no space in it
(argparse takes a value that starts with "-" as its own when it holds a space or reads as a number)."""


@cache
def holding(table: tuple[tuple[str, str, str], ...], characters: str) -> tuple[tuple[str, str, str], ...]:
    """The entries of a hostile ``table`` that put one of ``characters`` in the value, in table order."""
    return tuple(entry for entry in table if any(c in "".join(entry) for c in characters))


def hostile(value: str, entry: tuple[str, str, str]) -> str:
    """``value`` with a hostile pick attached (or replaced, for look-alike values)."""
    prefix, suffix, replacement = entry
    return replacement if not (prefix or suffix) else prefix + value + suffix


def is_iso_timestamp(text: str) -> bool:
    """Whether ``text`` reads as an ISO-8601 date-time (``Z`` suffix allowed)."""
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return "T" in text or " " in text
