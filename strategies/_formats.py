"""Value models by format: the real-world variants of each ``contracts.Format``, made from a realistic value.

A variant is a function of the realistic value the generator drew for the field (the
timestamp of *this* payload re-written without milliseconds, *this* host as an IPv6 literal
or with a port, *this* name with a comma), so a variant still reads like the data it came
from, and shrinking to the first variant keeps it close to the realistic payload. Each table
lists the forms real systems send that a careless parser rejects; the contract allows them
all (it says "string"). Written for this library from the formats' specifications (RFC 3339,
RFC 3986, RFC 5322, E.164) and common provider practice.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs

from contracts._declare import Format
from contracts._models import BuilderFieldType
from contracts._reading import dumps
from contracts._secrets import stored_form

Variant = Callable[[str], str]


# Compared and hashed by identity: the generator keys its per-payload cursors by whole variant tables,
# and an attrs-made __hash__ per entry (Python, on every pick) cost more than the pick.
@attrs.frozen(eq=False)
class Trap:
    """A variant made to trip one family of standard-library checks (``strategies._named.Check``):
    ``digits`` (``str.isdigit`` and kin), ``ip`` (``ipaddress``, ``inet_aton``). Code that makes such a
    check meets these more often; ``interpolation`` (an interpolating ``ConfigParser``) and
    ``placeholders`` (``string.Template``), the ``%`` and ``$`` a value read as a template trips on;
    ``replacement`` (``re.sub`` with a value for its replacement), a backslash; ``url`` (``urlsplit`` and
    its ``.port``), a URL it refuses or whose port it cannot read; ``json`` (``json.loads``), a document
    that parses but is no object, or lacks a member or has one of another type; ``pem`` (code that looks
    for a PEM label), a multi-line PEM block; ``range`` (``astimezone``, ``replace(year=...)``), a
    date-time at the ends of datetime's range or on a leap day; ``newline`` (a regular expression anchored
    with ``$``), a trailing newline that ``$`` lets through; ``idna`` (the ``idna`` codec), a domain with
    an empty label or one past 63 characters; ``zone`` (``zoneinfo.ZoneInfo``), a key it refuses with a
    ``ValueError`` (a path), not the ``ZoneInfoNotFoundError`` code expects; ``address`` (``email``'s
    ``Address``, ``formataddr``), an address that is not ASCII; ``yaml`` (``yaml.safe_load``), a value
    YAML reads as a number; ``bytes`` (``struct.pack``: fields counted in bytes), a value short in
    characters and long in UTF-8 bytes, or a number past a 16-bit field; ``decimal``
    (``decimal.Decimal``), a number it reads and then cannot compare or round (``NaN``, ``sNaN``,
    ``Infinity``); ``query`` (``parse_qs``, ``parse_qsl``), a query string with a bare flag and an empty
    field.
    (Encoding to ASCII or Latin-1 is no such signal: most code does.)"""

    family: Literal[
        "digits",
        "ip",
        "interpolation",
        "placeholders",
        "replacement",
        "url",
        "json",
        "pem",
        "range",
        "newline",
        "idna",
        "zone",
        "address",
        "yaml",
        "bytes",
        "decimal",
        "query",
    ]
    make: Variant
    also: frozenset[str] = frozenset()
    """Other families the variant trips as well (an IPv6 literal is an ``ip`` trap, and a ``url`` one once
    put into a URL after a scheme)."""

    def trips(self, families: frozenset[str]) -> bool:
        return self.family in families or not self.also.isdisjoint(families)

    def __call__(self, value: str) -> str:
        return self.make(value)


TEMPLATE_SYNTAX = {"interpolation": "%", "placeholders": "$", "replacement": "\\"}
"""What code reading a value as a template (or a ``re.sub`` replacement) trips on, by its check's family."""

SPLIT = "split:"
"""The family of code unpacking a ``split`` (``geo, area, number = region.split("-")``), by the separator
that follows: ``split:-``. Its traps are the variants with more or fewer of it than the realistic value."""


def separators(families: frozenset[str]) -> str:
    """The one-character separators of the ``split:`` families among ``families``, joined (a hostile pick
    holds one character of them or another: a longer separator would match by its parts)."""
    found = (f.removeprefix(SPLIT) for f in families if f.startswith(SPLIT))
    return "".join(sorted(separator for separator in found if len(separator) == 1))


@cache
def trapped(options: tuple[Variant, ...], families: frozenset[str]) -> tuple[Variant, ...]:
    """The entries of ``options`` that trip one of ``families``, each once: in table order, or, for an
    ``Interleaved`` table with traps of both kinds, alternating kinds as the table does (so that the
    values without the format's structure keep half the picks however few of them trip the check)."""

    # A table whose values come from no realistic one (a condition value by its operator) has no count of
    # a separator to differ from: its split traps would be guesses.
    base = _table_bases().get(id(options))
    split = [f.removeprefix(SPLIT) for f in families if f.startswith(SPLIT)] if base is not None else []

    def trips(variant: Variant) -> bool:
        if isinstance(variant, Trap) and variant.trips(families):
            return True
        made = variant(base) if split and base is not None else ""
        return any(made.count(separator) != (base or "").count(separator) for separator in split)

    def of(entries: tuple[Variant, ...]) -> tuple[Variant, ...]:
        return tuple(dict.fromkeys(v for v in entries if trips(v)))

    if isinstance(options, Interleaved):
        kinds = [kind for kind in (of(options.structureless), of(options.unusual)) if kind]
        if len(kinds) == 2:
            first, second = kinds if options[0] in options.structureless else kinds[::-1]
            size = max(len(first), len(second))
            return tuple(v for i in range(size) for v in (first[i % len(first)], second[i % len(second)]))
    return of(options)


def _moment(stamp: str) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return datetime(2025, 4, 9, 19, 28, 30, 917000, tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _iso(stamp: str, pattern: str) -> str:
    moment = _moment(stamp)
    return pattern.format(
        d=moment.strftime("%Y-%m-%d"), t=moment.strftime("%H:%M:%S"), ms=f"{moment.microsecond // 1000:03d}"
    )


# Values that are no value of the format at all, common in every field that comes from a form
# or a config file: left blank, JavaScript's String(undefined), an environment variable never substituted.
_UNSET: tuple[Variant, ...] = (
    lambda s: "",  # a form field left blank
    lambda s: "undefined",
    lambda s: "${VALUE}",
)


class Interleaved(tuple[Variant, ...]):
    """A format's variants of two kinds, alternating; picks within one payload keep to one kind.

    Careless parsers come in two kinds: code that assumes the format's structure is there (splits on
    the ``@``, takes the URL's host, calls ``int()``) trips on values *without* it; code that matches
    one exact form trips on *unusual* forms of it.  Alternating gives each kind half the payloads
    however many entries it lists; ``stride`` 2 keeps a payload's fields of one format to the kind of
    its first pick, so the simplest start makes every one of them the leading kind.
    """

    stride = 2
    structureless: tuple[Variant, ...] = ()
    """Values without the format's structure (no ``@``, no scheme, not a number, not ISO 8601)."""
    unusual: tuple[Variant, ...] = ()
    """Values with the structure, in a form real systems send and strict parsers refuse."""


def _interleaved(
    *,
    structureless: tuple[Variant, ...],
    unusual: tuple[Variant, ...],
    lead: Literal["structureless", "unusual"],
) -> Interleaved:
    """The two kinds alternating, ``lead`` first (its first entry is the table's); the shorter repeats."""
    first, second = (structureless, unusual) if lead == "structureless" else (unusual, structureless)
    size = max(len(first), len(second))
    table = Interleaved(
        variant for i in range(size) for variant in (first[i % len(first)], second[i % len(second)])
    )
    table.structureless, table.unusual = structureless, unusual
    return table


_TIMESTAMPS = _interleaved(
    lead="unusual",
    unusual=(  # unusual forms of a date-time
        lambda s: _iso(s, "{d}T{t}"),  # no offset: a naive date-time
        lambda s: _iso(s, "{d}T{t}Z"),  # no milliseconds
        lambda s: _iso(s, "{d}T{t}.{ms}+00:00"),
        lambda s: _iso(s, "{d}"),  # date only
        lambda s: _iso(s, "{d} {t}"),  # space separator, naive
        lambda s: _iso(s, "{d}T{t}.{ms}123+05:30"),  # microseconds and an offset
        lambda s: _iso(s, "{d}T{t}.{ms}"),  # milliseconds, naive
        lambda s: _iso(s, "{d}t{t}.{ms}z"),  # lower-case t and z
        lambda s: _iso(s, "{d}T{t}-08:00"),
        lambda s: _iso(s, "{d}T00:00"),  # minutes only, naive
        lambda s: "2024-02-29T23:59:60Z",  # a leap day and a leap second
        lambda s: _iso(s, "{d}T{t}.{ms}Z "),  # trailing whitespace
        lambda s: "1970-01-01T00:00:00.000Z",  # the epoch: 0, which reads as "no time"
        Trap("range", lambda s: "9999-12-31T23:59:59.999Z"),  # the largest: adding a day overflows
        Trap("range", lambda s: "0001-01-01T00:00:00.000Z"),  # the smallest: subtracting overflows
        # a leap day: the same date a year later (replace(year=...)) does not exist
        Trap("range", lambda s: "2028-02-29" + _iso(s, "T{t}.{ms}Z")),
        lambda s: "2099" + _iso(s, "{d}T{t}.{ms}Z")[4:],  # in the future
    ),
    structureless=(  # not ISO 8601 at all
        lambda s: str(int(_moment(s).timestamp() * 1000)),  # epoch milliseconds (JavaScript's Date.now())
        lambda s: _moment(s).strftime("%a, %d %b %Y %H:%M:%S GMT"),  # RFC 2822 / HTTP date
        lambda s: str(int(_moment(s).timestamp())),  # epoch seconds
        lambda s: _moment(s).strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)"),
        lambda s: _moment(s).strftime("%d/%m/%Y %H:%M"),  # a locale's day-first form
        *_UNSET,
    ),
)

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

_OBJECT_IDS = _interleaved(
    lead="structureless",
    structureless=(  # not 24 hexadecimal digits
        lambda s: "org_2fG8aQ",  # a prefixed id from another system
        lambda s: s[:12],  # too short
        lambda s: f"{s[:8]}-{s[8:12]}-4{s[13:16]}-8{s[17:20]}-{s[12:24]}{s[:8]}"[:36],  # UUID-shaped
        lambda s: s + "0",  # one digit too many
        lambda s: "12345",  # numeric
        lambda s: "not-an-object-id",
        lambda s: "1",
        lambda s: "\u0430" + s[1:],  # a Cyrillic "a" for the first digit: looks like hex, is not ASCII
        Trap(
            "digits", lambda s: s.translate(_ARABIC_INDIC)
        ),  # regex's \d matches these digits, bytes.fromhex does not
        *_UNSET,
    ),
    unusual=(  # 24 hexadecimal digits, unusually
        lambda s: s.upper(),  # upper-case hex
        lambda s: f" {s}",
        lambda s: "0" * 24,  # all zero: time 0
        lambda s: "f" * 24,  # the largest: a time in 2106
        # a trailing newline: re.match("^...$") and re.fullmatch disagree on it
        Trap("newline", lambda s: s + "\n"),
    ),
)

_IN_URL = frozenset({"url"})

_HOSTS = _interleaved(
    lead="structureless",
    structureless=(  # not a DNS name
        # Each host with a colon: put into a URL ("smtp://{host}:{port}"), its port cannot be read.
        Trap("ip", lambda s: "2001:db8::25", _IN_URL),  # IPv6 literal, no brackets
        Trap("url", lambda s: f"{s}:2525"),  # with a port
        Trap("ip", lambda s: "[2001:db8::25]:465", _IN_URL),  # bracketed IPv6 with a port
        lambda s: f"smtp://{s}:2525/",  # a URL where a host belongs
        Trap("ip", lambda s: "192.0.2.25:25", _IN_URL),
        Trap("ip", lambda s: "fe80::1%eth0", _IN_URL),  # link-local IPv6 with a zone id
        Trap("idna", lambda s: "a" * 64 + "." + s),  # a 64-character label: IDNA refuses it
        *_UNSET,
    ),
    unusual=(  # a DNS name, unusually
        lambda s: s.upper() + ".",  # upper case, fully qualified (trailing dot)
        lambda s: "smtp.bücher.example",  # an internationalised domain name
        lambda s: f" {s} ",
        lambda s: "localhost",
        lambda s: s.replace(".", "_relay.", 1),  # an underscore: not a hostname (RFC 952), common anyway
        lambda s: "xn--bcher-kva.example",  # punycode
        lambda s: ".".join(["relay" + "0" * 58] * 4) + "." + s,  # legal labels, past DNS's 253 characters
        # a typed double dot: an empty label, which IDNA refuses
        Trap("idna", lambda s: s.replace(".", "..", 1)),
        Trap("ip", lambda s: "192.0.2.25"),  # an IPv4 address: every label digits
        Trap(
            "ip", lambda s: "192.168.001.010"
        ),  # zero-padded octets: ipaddress refuses them, inet_aton octal
    ),
)

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FULLWIDTH = str.maketrans("0123456789", "".join(map(chr, range(0xFF10, 0xFF1A))))  # U+FF10..U+FF19

_PORTS = _interleaved(
    lead="structureless",
    structureless=(  # not a decimal number
        lambda s: "smtp",
        lambda s: "5e2",
        lambda s: f"{s}.0",
        Trap("digits", lambda s: "٥٨٧"),  # Arabic-Indic digits: int() reads them, a socket does not
        Trap("digits", lambda s: s.translate(_SUPERSCRIPT)),  # str.isdigit() says yes, int() refuses
        Trap("digits", lambda s: s.translate(_FULLWIDTH)),  # int() reads them, NFKC folds them to ASCII
        lambda s: f"{s},{s}",
        *_UNSET,
    ),
    unusual=(  # a number, unusually or out of range
        lambda s: f"{s} ",
        Trap("bytes", lambda s: "65536"),  # one past 16 bits: packed as an unsigned short, it overflows
        lambda s: "-1",
        lambda s: "0",
        lambda s: f"0{s}",  # leading zero
        Trap("bytes", lambda s: "99999"),
    ),
)

_URLS = _interleaved(
    lead="structureless",
    structureless=(  # no absolute URL
        lambda s: s.split("://", 1)[-1],  # no scheme
        lambda s: s.split("://", 1)[-1].replace("/", ":8443/", 1),  # no scheme, a port: scheme "host"
        lambda s: "/" + s.split("://", 1)[-1].partition("/")[2],  # a relative path
        lambda s: "{{base_url}}/" + s.split("://", 1)[-1].partition("/")[2],  # a template placeholder
        lambda s: s.replace("https:", "", 1),  # scheme-relative //host/path
        lambda s: "localhost:3000" + "/" + s.split("://", 1)[-1].partition("/")[2],
        # an unclosed IPv6 bracket: urlsplit raises
        Trap("url", lambda s: s.replace(_host(s), "[2001:db8::1", 1)),
        *_UNSET,
    ),
    unusual=(  # an absolute URL, unusually
        Trap("ip", lambda s: s.replace(_host(s), "[2001:db8::1]:8443", 1)),  # an IPv6 host and a port
        # a trailing slash, a query with an empty field and a bare flag, a fragment
        Trap("query", lambda s: s.rstrip("/") + "/?token=abc&&next=%2Fhome&debug#section"),
        lambda s: s.replace("://", "://alerts%40example.com@", 1),  # userinfo (a user name, no password)
        lambda s: s.replace(_host(s), "bücher.example", 1).replace("https:", "HTTP:", 1),  # IDN, scheme case
        lambda s: s + "/a b/%zz",  # a space and a broken percent escape
        # a port out of range: .port raises
        Trap("url", lambda s: s.replace(_host(s), _host(s) + ":99999", 1)),
        # a port never substituted: .port raises
        Trap("url", lambda s: s.replace(_host(s), _host(s) + ":${PORT}", 1)),
        Trap(
            "ip", lambda s: s.replace(_host(s), "127.1", 1)
        ),  # short-form IPv4: inet_aton reads it, ipaddress no
        # an empty label: IDNA refuses it
        Trap("idna", lambda s: s.replace(_host(s), _host(s).replace(".", "..", 1), 1)),
        lambda s: s.replace("https:", "http:", 1).upper(),  # plain http, all upper case
        lambda s: f" {s}\n",  # surrounding whitespace and a line break
        lambda s: s.rstrip("/") + "/?state=" + "a1" * 150,  # 300+ characters: past a VARCHAR(255)
    ),
)

_EMAILS = _interleaved(
    lead="structureless",
    structureless=(  # no address
        lambda s: "Example Inc",  # a display name alone (senders are free text)
        lambda s: s.partition("@")[0],  # a local part alone
        *_UNSET,
    ),
    unusual=(  # an address, unusually
        lambda s: s.replace("@", "+alerts@mail.", 1),  # plus addressing, a subdomain
        lambda s: f"Example Inc <{s}>",  # a display name and an address
        lambda s: f'"a@b"@{s.partition("@")[2]}',  # an @ inside a quoted local part
        lambda s: s.upper(),
        Trap("address", lambda s: s.partition("@")[0] + "@bücher.example"),  # an internationalised domain
        lambda s: f'"no reply"@{s.partition("@")[2]}',  # a quoted local part with a space
        Trap("ip", lambda s: s.partition("@")[0] + "@[192.0.2.1]"),  # an address literal
        lambda s: f" {s}.",  # surrounding space, trailing dot
        lambda s: f"{s}, ops@{s.partition('@')[2]}",  # two addresses
        Trap("address", lambda s: "jöran@" + s.partition("@")[2]),  # a non-ASCII local part (needs SMTPUTF8)
        lambda s: "o'" + s,  # an apostrophe in the local part (O'Brien): legal, and a quote to shells and SQL
        lambda s: "@" + s.partition("@")[2],  # an empty local part
        lambda s: s.partition("@")[0] + "@",  # an empty domain
        Trap("idna", lambda s: s.replace("@", "@mail..", 1)),  # an empty label in the domain: IDNA refuses it
        Trap("idna", lambda s: s.replace("@", "@" + "m" * 64 + ".", 1)),  # a 64-character label: IDNA too
        lambda s: "Example Inc Notifications Team " * 8 + f"<{s}>",  # 270+ characters: past 255
    ),
)

PHONES = (
    "+15005550006",
    "+447700900123",
    "+4915112345678",
    "+33612345678",
    "+61491570156",
    "+819012345678",
    "+919812345678",
    "+5511987654321",
    "+2348031234567",
    "+971501234567",
    "+8613812345678",
    "+353861234567",
    "+6591234567",
    "+27821234567",
    "+525512345678",
    "+380501234567",
)
"""Realistic E.164 numbers, one per country and the first a test number: code that maps a number's
calling code (one to three digits) to a market or a rate meets countries its table lacks."""

_PHONES = _interleaved(
    lead="unusual",
    unusual=(  # a number, formatted
        lambda s: "+1 (500) 555-0006",
        lambda s: "+1 500 555 0006",
        lambda s: "+1-500-555-0006",
        lambda s: "12345",  # a short code
        lambda s: "(500) 555-0006",  # national format
        lambda s: "0044 20 7946 0958",  # international prefix 00
        lambda s: "+1.500.555.0006",
        lambda s: s.lstrip("+"),
        lambda s: "+44 7700 900123 ext. 12",
        lambda s: "+353 86 555 0100",  # a three-digit calling code
        Trap(
            "digits", lambda s: "+١٥٠٠٥٥٥٠٠٠٦"
        ),  # Arabic-Indic: str.isdigit() and int() say yes, a gateway no
        Trap("digits", lambda s: s + "²"),  # a footnote mark: str.isdigit() says yes, int() refuses
        Trap(
            "digits", lambda s: s.translate(_FULLWIDTH)
        ),  # fullwidth digits, as a Japanese keyboard types them
        lambda s: s + "0" * 10,  # more than E.164's 15 digits
    ),
    structureless=(  # no phone number
        lambda s: "Acme",  # an alphanumeric sender id
        lambda s: "ACME-ALERT",
        lambda s: "tel:" + s,
        lambda s: "+1 800 FLOWERS",  # a vanity number: letters for digits
        lambda s: ", ".join([s] * 20),  # a pasted list of numbers: past 255 characters
        *_UNSET,
    ),
)

_REGIONS = _interleaved(
    lead="unusual",
    unusual=(  # a region code, unusually
        lambda s: s.upper(),
        lambda s: "eu-west-1",
        lambda s: "ap-southeast-2",
        lambda s: "us_east_1",
        lambda s: f"{s} ",
        lambda s: "us-gov-west-1",  # four parts (AWS GovCloud)
        lambda s: "cn-north-1",  # another partition (AWS China): other endpoints' domain
    ),
    structureless=(  # no region code
        lambda s: "global",
        lambda s: "EU (Frankfurt)",
        *_UNSET,
    ),
)

_CONDITION_FIELDS: tuple[Variant, ...] = (
    lambda s: "plan",  # no dot
    lambda s: "data.items[0].id",
    lambda s: s + ".a.b",
    lambda s: "first name",
    lambda s: "$.subscriber.plan",
    lambda s: "",
    lambda s: "payload['tier']",
    lambda s: s.upper(),
    lambda s: "subscriber.",
    lambda s: "данные.план",
)

_CONDITION_VALUES: tuple[Variant, ...] = (
    lambda s: "pro",
    lambda s: "*@example.com",  # a glob, not a regular expression
    lambda s: "1",
    lambda s: "+44%",  # a LIKE pattern starting with a regex quantifier
    lambda s: "",
    lambda s: "[VIP] (beta",  # unbalanced brackets
    lambda s: "1e3",
    lambda s: "?",
    lambda s: "NaN",
    lambda s: "%gmail%",
    lambda s: "yes",
    lambda s: "a,b,c",
    lambda s: "null",
    lambda s: "-0.5",
    lambda s: "2025-04-09",
    lambda s: '{"a": 1}',
    lambda s: "Europe/Berlin",  # a time zone, as an IANA key
    # a time zone as a file path: zoneinfo refuses it (a ValueError)
    Trap("zone", lambda s: "/usr/share/zoneinfo/Europe/Berlin"),
)

# What a condition's value means follows its operator: the forms each kind of value takes.
_PATTERNS: tuple[Variant, ...] = (
    lambda s: "*@example.com",  # a glob where SQL LIKE uses %
    lambda s: "+44%",  # starts with a regex quantifier
    lambda s: "%@gmail.com",
    lambda s: "[VIP%",  # an unbalanced bracket
    lambda s: "(beta%",  # an unbalanced group
    lambda s: "%",
    lambda s: "50%\\",  # a trailing backslash
    lambda s: "a_b",  # LIKE's one-character wildcard
)
_NUMBERS: tuple[Variant, ...] = (
    lambda s: "1,000",  # a thousands separator
    lambda s: "1e3",
    lambda s: "ten",
    lambda s: "",
    Trap("decimal", lambda s: "NaN"),  # Decimal reads it; comparing it raises InvalidOperation
    lambda s: " 5",
    lambda s: "0x1F",
    lambda s: "10.5%",
    lambda s: "-0",
    Trap("decimal", lambda s: "Infinity"),  # Decimal reads it; quantize() raises
    Trap("decimal", lambda s: "sNaN"),  # a signalling NaN: Decimal reads it, any arithmetic raises
    Trap("digits", lambda s: "10³"),  # a superscript: str.isdigit() says yes, int() and float() refuse
    Trap("digits", lambda s: "٤٢"),  # Arabic-Indic digits: int() reads them, ASCII-only parsers do not
)
_RANGES: tuple[Variant, ...] = (
    lambda s: "1-5",
    lambda s: "5,1",  # reversed
    lambda s: "1",  # one bound
    lambda s: "a,b",
    lambda s: "[1, 5]",
    lambda s: "",
    lambda s: "1,,5",
    lambda s: "2025-01-01,2025-12-31",
)
_LISTS: tuple[Variant, ...] = (
    lambda s: '["de", "fr"]',  # JSON
    lambda s: "de, fr",
    lambda s: "",
    lambda s: "de",  # one item
    lambda s: "de;fr",
    lambda s: ",",
    lambda s: "de,de",  # a duplicate
    lambda s: "DE,Fr",
    lambda s: '[["de", "at"], "fr"]',  # JSON with a nested list: not hashable as a member
    lambda s: "[de, fr]",  # bracketed, not JSON
)
# What a condition's value means can follow the field it reads ("subscriber.timezone") or the
# condition's type (BOOLEAN, DATE): each such meaning has a realistic value and a table of forms.
_TIME_ZONES = _interleaved(
    lead="structureless",
    structureless=(  # no IANA key
        # a file path: zoneinfo refuses absolute paths with a ValueError, not ZoneInfoNotFoundError
        Trap("zone", lambda s: "/usr/share/zoneinfo/" + s),
        lambda s: "UTC+2",
        lambda s: "+02:00",  # an offset
        lambda s: "CEST",  # an abbreviation: ambiguous, no key
        Trap("zone", lambda s: "../" + s),  # a relative path out of the zone directory: a ValueError too
        lambda s: "W. Europe Standard Time",  # Windows' name
        *_UNSET,
    ),
    unusual=(  # an IANA key, unusually
        lambda s: s.lower(),  # found on a case-insensitive file system only
        lambda s: "Etc/GMT-2",  # POSIX sign: two hours east
        lambda s: "Asia/Calcutta",  # a legacy alias
        lambda s: "Europe/Kyiv",  # renamed in 2022: older zone databases lack it
        lambda s: f" {s}",
        lambda s: "UTC",
        lambda s: "America/Argentina/Buenos_Aires",  # three parts
        lambda s: "Asia/Kathmandu",  # a +05:45 offset
    ),
)
_LOCALES = _interleaved(
    lead="unusual",
    unusual=(  # a language tag, unusually
        lambda s: s.replace("-", "_"),  # POSIX form (de_DE)
        lambda s: s.lower(),
        lambda s: s.partition("-")[0],  # a language alone
        lambda s: "zh-Hant-TW",  # a script subtag: three parts
        lambda s: "es-419",  # a numeric region
        lambda s: "en-US-u-ca-buddhist",  # an extension
        lambda s: "iw",  # a deprecated code (Hebrew)
        lambda s: f"{s} ",
    ),
    structureless=(  # no language tag
        lambda s: "German",
        lambda s: "*",
        lambda s: "C.UTF-8",
        *_UNSET,
    ),
)
_FLAGS: tuple[Variant, ...] = (
    lambda s: "True",  # Python's str(True)
    lambda s: "1",
    lambda s: "yes",
    lambda s: "",
    lambda s: "on",
    lambda s: "FALSE",
    lambda s: "false ",
    lambda s: "0",
    lambda s: "null",
    lambda s: "y",
)


@attrs.frozen
class ValueModel:
    """What a condition's value means: realistic values and the forms of them (variants of them)."""

    realistic: tuple[str, ...]
    variants: tuple[Variant, ...]


VALUE_MODELS = {
    "time-zone": ValueModel(
        ("Europe/Berlin", "America/New_York", "UTC", "Asia/Tokyo", "Africa/Lagos"), _TIME_ZONES
    ),
    "locale": ValueModel(("de-DE", "en-US", "pt-BR", "fr", "ja-JP"), _LOCALES),
    "email": ValueModel(("ada@example.com", "ops@example.org", "no-reply@example.com"), _EMAILS),
    "phone": ValueModel(PHONES, _PHONES),
    "url": ValueModel(("https://app.example.com/welcome", "https://example.org/offers"), _URLS),
    "timestamp": ValueModel(("2025-04-09T19:28:30.917Z", "2026-01-01T00:00:00.000Z"), _TIMESTAMPS),
    "flag": ValueModel(("true", "false"), _FLAGS),
}
"""Each meaning a condition's value can have, by name."""
# Words of a condition's field name that say what its value means, most specific first ("timeZone"
# is a zone, not a time). Read from the field as written, the code's own names included.
_FIELD_WORDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"timezone", "tz", "zoneinfo"}), "time-zone"),
    (frozenset({"locale", "language", "lang"}), "locale"),
    (frozenset({"email", "mail"}), "email"),
    (frozenset({"phone", "mobile", "msisdn"}), "phone"),
    (frozenset({"url", "link", "website"}), "url"),
    (frozenset({"at", "date", "time", "since", "until", "birthday", "timestamp"}), "timestamp"),
    (frozenset({"is", "has", "enabled", "online", "verified", "opted", "flag"}), "flag"),
)
# A condition's type says what its comparisons' values are when their fields do not.
_TYPE_MODELS: dict[str, str] = {BuilderFieldType.BOOLEAN: "flag", BuilderFieldType.DATE: "timestamp"}
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def field_value_model(field: str) -> ValueModel | None:
    """What the value compared with ``field`` means, if its name says (``subscriber.timezone``).

    A name that asks a question (``isEmailVerified``, ``hasPhone``) holds a flag, whatever it names;
    a zone is a time zone next to "time" only (``timeZone``, not ``deliveryZone``).
    """
    words = [word.lower() for word in _WORD.findall(field.rsplit(".", 1)[-1])]
    if words and words[0] in ("is", "has"):
        return VALUE_MODELS["flag"]
    found = set(words) | {"timezone" for a, b in itertools.pairwise(words) if (a, b) == ("time", "zone")}
    return next((VALUE_MODELS[meaning] for names, meaning in _FIELD_WORDS if found & names), None)


def type_value_model(condition_type: str | None) -> ValueModel | None:
    """What the values a condition of ``condition_type`` compares mean, if its type says (BOOLEAN)."""
    meaning = _TYPE_MODELS.get(condition_type or "")
    return VALUE_MODELS[meaning] if meaning else None


OPERATOR_VALUES: dict[str, tuple[Variant, ...]] = {
    "LIKE": _PATTERNS,
    "NOT_LIKE": _PATTERNS,
    "LARGER": _NUMBERS,
    "SMALLER": _NUMBERS,
    "LARGER_EQUAL": _NUMBERS,
    "SMALLER_EQUAL": _NUMBERS,
    "BETWEEN": _RANGES,
    "NOT_BETWEEN": _RANGES,
    "IN": _LISTS,
    "NOT_IN": _LISTS,
    "ALL_IN": _LISTS,
    "ANY_IN": _LISTS,
}
"""Variants of a condition's value by its operator (an operator not listed: the generic table)."""


def encrypted(value: str, iv: str = "000102030405060708090a0b0c0d0e0f") -> str:
    """The form Novu stores a secret credential in, and its write replies carry (GETs decrypt):
    ``nvsk.<iv hex>:<cipher hex>`` (AES-256-CBC; here the value's own bytes stand for the cipher).

    The IVs have no run of eight digits before the colon, which scanners read as a Telegram bot token.
    """
    return stored_form(iv, value.encode("utf-8", "surrogatepass").hex())


# Credentials are opaque, but passwords and keys hold punctuation: the characters that break
# URLs, DSNs, shell and config lines.  The values stay bracketed placeholders (scanner-safe).
_SECRETS: tuple[Variant, ...] = (
    lambda s: s.replace("-", "/", 1),
    lambda s: s.replace("-", "#", 1),
    lambda s: s.replace("-", ":", 1),
    lambda s: s.replace("-", "?", 1),
    lambda s: s.replace("-", " ", 1),
    Trap("interpolation", lambda s: s.replace("-", TEMPLATE_SYNTAX["interpolation"], 1)),
    lambda s: s.replace("-", "@", 1),
    lambda s: s.replace("-", '"', 1),
    Trap("placeholders", lambda s: s.replace("-", TEMPLATE_SYNTAX["placeholders"], 1)),
    Trap("newline", lambda s: s + "\n"),
    lambda s: "",  # a key saved with its field left blank
    lambda s: s.replace("-", "(", 1),  # regular-expression syntax: an unbalanced group
    lambda s: "*" + s,  # a leading quantifier (and a glob)
    # a backslash: escapes in JSON, regex (a re.sub replacement's too), shell and C strings
    Trap("replacement", lambda s: s.replace("-", TEMPLATE_SYNTAX["replacement"], 1)),
    lambda s: s.replace("-", "[", 1),
    lambda s: s.replace("-", "{", 1),  # str.format and shell brace expansion
    lambda s: s.replace("-", "'", 1),
    lambda s: s.replace("-", "ő", 1),  # not ASCII nor Latin-1: Basic auth, headers, compare_digest on str
    lambda s: encrypted(s),  # the form Novu's write replies carry
    # A multi-line PEM (an APNs or TLS certificate; a private key's header would trip secret scanners),
    # its base64 body wrapped at 64 columns as real ones are.
    Trap("pem", lambda s: _pem(s, "\n")),
    # JSON documents (an FCM service account is one): another document's shape, and one encoded twice.
    lambda s: dumps({"project_info": {"project_id": "example-project"}, "client": [{"api_key": s}]}),
    lambda s: dumps(dumps({"type": "service_account", "project_id": "example-project", "key": s})),
    # The PEM again with Windows line endings, as a file saved on Windows and pasted in.
    Trap("pem", lambda s: _pem(s, "\r\n")),
    # A PASETO token: a JWT's two dots, and no JSON between them
    Trap(
        "json", lambda s: "v4.local." + base64.urlsafe_b64encode(s.encode("utf-8", "surrogatepass")).decode()
    ),
    # An account id of digits alone: YAML and spreadsheets read a number
    Trap("yaml", lambda s: "2000187436"),
    Trap("yaml", lambda s: "012345"),  # a PIN with a leading zero: YAML 1.1 reads an octal number
    # 7 characters, 16 UTF-8 bytes: fits a limit counted in characters, not one counted in bytes
    Trap("bytes", lambda s: "пароль🔑"),
    # A long token past 255 characters: a JWT (RingCentral's credential is one), its parts' base64 padding
    # stripped as issuers write it
    lambda s: _jwt(s + "0" * 400),
)


def _parsed_object(document: str) -> dict[str, object]:
    """``document`` parsed as a JSON object; anything else becomes one holding it."""
    try:
        parsed = json.loads(document)
    except (ValueError, RecursionError):
        return {"value": document}
    return parsed if isinstance(parsed, dict) else {"value": parsed}


def _json_edit(document: str, edit: Callable[[dict[str, object]], object]) -> str:
    """``document`` (a JSON object's text) parsed, changed by ``edit`` and written back."""
    return dumps(edit(_parsed_object(document)))


def _without(key: str) -> Callable[[dict[str, object]], object]:
    return lambda d: {k: v for k, v in d.items() if k != key}


def _with(key: str, value: object) -> Callable[[dict[str, object]], object]:
    return lambda d: {**d, key: value}


# A credential that is a JSON document in a string (an FCM service account): code parses it and reads
# its members. Not an object at all, or an object in a form or with members careless code does not expect.
_JSON_DOCUMENTS = _interleaved(
    lead="structureless",
    structureless=(  # no JSON object
        # Novu's encrypted form, which write replies carry (GETs decrypt): listed twice, being the
        # value of every service account in a POST, PUT or set-primary reply.
        lambda s: encrypted(s[:32]),
        Trap("json", lambda s: dumps(s)),  # encoded twice: valid JSON, a string
        Trap("json", lambda s: f"[{s}]"),  # an array holding it
        Trap("json", lambda s: "null"),
        # Python's repr of it: single quotes, not JSON
        lambda s: repr(_parsed_object(s)),
        # base64, as environment variables hold it
        lambda s: base64.b64encode(s.encode("utf-8", "surrogatepass")).decode("ascii"),
        lambda s: "[" * 10_000,  # nesting past the recursion limit: RecursionError, not ValueError
        lambda s: encrypted(s[32:64], iv="a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"),
        *_UNSET[:1],
    ),
    unusual=(  # a JSON object, unusually
        Trap("json", lambda s: _json_edit(s, _without("project_id"))),
        Trap("json", lambda s: _json_edit(s, _with("project_id", None))),
        lambda s: "\ufeff" + s,  # a byte-order mark: json.loads refuses it in a str
        lambda s: dumps(_parsed_object(s), indent=2).replace("\n", "\r\n"),
        # NaN: Python's json reads it, JSON.parse and strict parsers do not
        Trap("json", lambda s: s.replace('"project_id": "', '"project_id": NaN, "_": "', 1)),
        Trap("json", lambda s: "{}"),
        Trap("json", lambda s: _json_edit(s, lambda d: {"serviceAccount": d})),  # wrapped one level down
        Trap("json", lambda s: _json_edit(s, _with("project_id", 12345))),  # a number for a string
    ),
)


def _setting(text: str, name: str) -> str:
    """The value of setting ``name`` in a connection string (``endpoint=...;accesskey=...``)."""
    for part in text.split(";"):
        key, _, value = part.partition("=")
        if key.strip().lower() == name:
            return value
    return text


# A connection string (Azure Communication Services' ``endpoint=https://...;accesskey=<base64>==``): code
# splits it into settings. One part alone, or the settings written the ways the portal, the docs and
# .env files write them. The realistic key is 64 bytes of base64, so it ends in ``==`` as real ones do.
_CONNECTION_STRINGS = _interleaved(
    lead="unusual",
    unusual=(  # settings, unusually
        # the names capitalised, as the docs write them
        lambda s: s.replace("endpoint=", "Endpoint=", 1).replace("accesskey=", "AccessKey=", 1),
        lambda s: s + ";",  # a trailing separator
        lambda s: ";".join(reversed(s.split(";"))),  # the key first
        lambda s: s.replace(";", "; ", 1),  # a space after the separator
        lambda s: s.replace("/;", ";", 1),  # the endpoint without its trailing slash
        lambda s: s.rstrip("="),  # the key's base64 padding dropped
        lambda s: f'"{s}"',  # quoted, as a .env file holds it
        lambda s: s.replace(";", ";;", 1),  # an empty setting
        lambda s: s + ";region=westeurope",  # a setting the code does not know
        lambda s: s + "\r\n",  # a line ending pasted in with it
    ),
    structureless=(  # no settings
        lambda s: _setting(s, "accesskey"),  # the key alone
        lambda s: _setting(s, "endpoint"),  # the endpoint alone
        *_UNSET,
    ),
)


# What a free-form object (tlsOptions: Node's TLS options) holds in practice, each with its usual value.
FREE_MEMBERS: tuple[tuple[str, Any], ...] = (
    ("rejectUnauthorized", False),
    ("ciphers", "ECDHE-RSA-AES128-GCM-SHA256:HIGH:!aNULL"),
    ("minVersion", "TLSv1.2"),
    ("servername", "smtp.example.com"),
    ("rejectUnauthorized", True),
    ("ca", "-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n"),
)
PEM_LABEL = "CERTIFICATE"
"""The label of the PEM blocks the secret variants make: a private key's would trip secret scanners, so
it is used only where the code under test names one (see ``relabelled``)."""


def _pem(secret: str, newline: str) -> str:
    """A certificate whose body is base64 of ``secret`` repeated to a key's size, in lines of 64."""
    body = base64.b64encode((secret * 8).encode("utf-8", "surrogatepass")).decode("ascii")
    lines = [f"-----BEGIN {PEM_LABEL}-----", *(body[i : i + 64] for i in range(0, len(body), 64))]
    return newline.join([*lines, f"-----END {PEM_LABEL}-----", ""])


def _unpadded(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _jwt(secret: str) -> str:
    """A JWT signed with ``secret``: header, claims and signature in base64url without their padding, the
    claims' needing some back (``urlsafe_b64decode`` of the part alone refuses it). The JSON opens with a
    space: a secret scanner looks for ``eyJ``, a JWT's usual start, and a JSON parser does not mind."""
    claims = '{ "sub": "example", "exp": 1767225600 }'
    while len(_unpadded(claims.encode())) % 4 == 0:
        claims = claims.replace(" }", "  }")
    header = _unpadded(b'{ "alg": "HS256", "typ": "JWT" }')
    return f"{header}.{_unpadded(claims.encode())}.{_unpadded(secret.encode('utf-8', 'surrogatepass'))}"


def relabelled(value: str, label: str) -> str:
    """``value`` with its PEM blocks labelled ``label`` (``PRIVATE KEY``), for code that looks for it."""
    return value.replace(f"BEGIN {PEM_LABEL}-----", f"BEGIN {label}-----").replace(
        f"END {PEM_LABEL}-----", f"END {label}-----"
    )


VARIANTS: dict[Format, tuple[Variant, ...]] = {
    Format.TIMESTAMP: _TIMESTAMPS,
    Format.OBJECT_ID: _OBJECT_IDS,
    Format.HOST: _HOSTS,
    Format.PORT: _PORTS,
    Format.URL: _URLS,
    Format.EMAIL: _EMAILS,
    Format.PHONE: _PHONES,
    Format.REGION: _REGIONS,
    Format.CONDITION_FIELD: _CONDITION_FIELDS,
    Format.CONDITION_VALUE: _CONDITION_VALUES,
    Format.SECRET: _SECRETS,
    Format.JSON: _JSON_DOCUMENTS,
    Format.CONNECTION_STRING: _CONNECTION_STRINGS,
}
"""Per format, its variants (each a function of the realistic value); the first is what shrinking
keeps and what most careless parsers reject."""

REALISTIC: dict[Format, str] = {
    Format.HOST: "smtp.example.com",
    Format.PORT: "587",
    Format.URL: "https://api.example.com/v1/hooks",
    Format.EMAIL: "no-reply@example.com",
    Format.PHONE: PHONES[0],
    Format.REGION: "us-east-1",
    Format.NAME: "Example Inc",
    Format.TEXT: "fake-value",
    # A Google service account's members (its key a placeholder, as every secret here is).
    Format.JSON: dumps(
        {
            "type": "service_account",
            "project_id": "example-project",
            "private_key_id": "<fake-private-key-id-0001>",
            "private_key": "<fake-private-key-0001>",
            "client_email": "novu-push@example-project.iam.gserviceaccount.com",
            "token_uri": "https://oauth2.googleapis.com/token",
        }
    ),
    # A key of 64 bytes (placeholder text here), so its base64 ends in "==" as real ones do.
    Format.CONNECTION_STRING: "endpoint=https://example-sms.communication.azure.com/;accesskey="
    + base64.b64encode((b"<fake-acs-access-key-0001>" * 3)[:64]).decode("ascii"),
}
"""A realistic value of each format for fields no generator rule knows better."""


@cache
def _table_bases() -> dict[int, str]:
    """The realistic value each variant table's entries are made from, by the table's id (a table not
    listed, a condition value's by its operator, makes its values from nothing in particular)."""
    bases = {
        **REALISTIC,
        Format.TIMESTAMP: "2025-04-09T19:28:30.917Z",
        Format.OBJECT_ID: "6615a3c2f1e2d3c4b5a69788",
        Format.SECRET: "<fake-api-key-0001>",
    }
    found = {id(table): bases[fmt] for fmt, table in VARIANTS.items() if fmt in bases}
    found.update((id(model.variants), model.realistic[0]) for model in VALUE_MODELS.values())
    # A condition's field, and its value by the kind its operator gives it: what a realistic one looks like.
    found[id(_CONDITION_FIELDS)] = "subscriber.plan"
    found[id(_CONDITION_VALUES)] = "pro"
    found.update(
        {id(_PATTERNS): "%@example.com", id(_NUMBERS): "10", id(_RANGES): "1,5", id(_LISTS): "de,fr"}
    )
    return found


def _host(url: str) -> str:
    return url.split("://", 1)[-1].partition("/")[0]


def _iso_8601(value: str) -> bool:
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def _absolute_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
        return bool(parts.scheme) and parts.hostname is not None
    except ValueError:
        return False


def _digits(value: str) -> bool:
    stripped = re.sub(r"[\s().+-]", "", value)
    return stripped.isascii() and stripped.isdigit()


def _json_object(value: str) -> bool:
    try:
        return isinstance(json.loads(value), dict)
    except (ValueError, RecursionError):
        return False


_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
HAS_STRUCTURE: dict[Format, Callable[[str], bool]] = {
    Format.TIMESTAMP: _iso_8601,
    Format.OBJECT_ID: lambda v: re.fullmatch("[0-9a-fA-F]{24}", v.strip()) is not None,
    Format.HOST: lambda v: "." in v and all(_LABEL.fullmatch(label) for label in v.split(".")),
    Format.PORT: lambda v: v.strip().isascii() and v.strip().isdigit(),
    Format.URL: _absolute_url,
    Format.EMAIL: lambda v: "@" in v,
    Format.PHONE: _digits,
    Format.REGION: lambda v: re.fullmatch(r"[a-z]{2}(-[a-z]+)+-\d", v) is not None,
    Format.JSON: _json_object,
    Format.CONNECTION_STRING: lambda v: ";" in v and "=" in v,
}
"""What careless code assumes of a format's values (an ``@``, a scheme and host, ISO 8601, digits, an object):
the structureless kind of each table never has it; ``coverage()`` reports values without it."""
