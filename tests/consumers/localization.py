"""Sixteen localization / internationalization consumers of ``GET /v1/integrations`` items.

Written from the contract documents alone (``CONTRACT.md``, the SDK seed, ``SERVER-SEMANTICS.md``,
``providers.json`` and the OpenAPI document), without looking at the data generator. Each consumer
is the kind of code an i18n team writes around Novu integrations: locale fallback chains and
country routing read from ``conditions``, sender display names for other scripts, translation keys
built from identifiers, regional endpoints, time-zone rendering of ``deletedAt``, phone-number
country detection, right-to-left labels and ICU/gettext-style messages.

Every ``*_buggy`` version works on ``HAPPY_PATH`` and carries one plausible mistake that a payload
the 0.7.0 contract allows triggers (the case's ``example``); every ``*_fixed`` control reads the
payload defensively and never raises on a contract-valid payload.
"""

from __future__ import annotations

import base64
import copy
import email.utils
import json
import locale
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


# --- defensive accessors used by the fixed controls --------------------------------------------


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(container: object, key: str, default: str = "") -> str:
    value = _mapping(container).get(key)
    return value if isinstance(value, str) else default


def _opt_text(container: object, key: str) -> str | None:
    value = _mapping(container).get(key)
    return value if isinstance(value, str) else None


def _flag(container: object, key: str, default: bool = False) -> bool:
    value = _mapping(container).get(key)
    return value if isinstance(value, bool) else default


def _credentials(payload: object) -> Mapping[str, Any]:
    return _mapping(_mapping(payload).get("credentials"))


def _groups(payload: object) -> list[Mapping[str, Any]]:
    value = _mapping(payload).get("conditions")
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _children(group: object) -> list[Mapping[str, Any]]:
    value = _mapping(group).get("children")
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _clean(text: str) -> str:
    """``text`` with lone surrogates replaced, so that it can be encoded as UTF-8."""
    return text.encode("utf-8", "replace").decode("utf-8")


# --- 1. locale fallback chain from `subscriber.locale` conditions -------------------------------

_LOCALE_FIELDS = frozenset({"subscriber.locale", "locale", "payload.locale"})
_LOCALE_OPERATORS = frozenset({"EQUAL", "IN", "ANY_IN", "ALL_IN"})
_DEFAULT_LOCALE = "en"


def locale_fallback_chain_buggy(payload: Payload) -> list[str]:
    """Fallback chain (``de-AT`` → ``de`` → ``en``) from the integration's locale conditions."""
    chain: list[str] = []
    for group in payload.get("conditions", []):
        for child in group["children"]:
            if child["field"] in _LOCALE_FIELDS and child["operator"] in _LOCALE_OPERATORS:
                # BUG: assumes every locale is "language-REGION"; "fr" or "zh-Hant-TW" do not unpack.
                language, region = child["value"].replace("_", "-").split("-")
                for tag in (f"{language.lower()}-{region.upper()}", language.lower()):
                    if tag not in chain:
                        chain.append(tag)
    chain.append(_DEFAULT_LOCALE)
    return chain


def locale_fallback_chain_fixed(payload: Payload) -> list[str]:
    chain: list[str] = []
    for group in _groups(payload):
        for child in _children(group):
            if _text(child, "field") not in _LOCALE_FIELDS:
                continue
            if _text(child, "operator") not in _LOCALE_OPERATORS:
                continue
            for raw in re.split(r"[,;\s]+", _text(child, "value")):
                subtags = [part for part in raw.replace("_", "-").split("-") if part]
                if not subtags:
                    continue
                language = subtags[0].lower()
                region = next(
                    (
                        part.upper()
                        for part in subtags[1:]
                        if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit())
                    ),
                    None,
                )
                tags = [f"{language}-{region}", language] if region else [language]
                for tag in tags:
                    if tag not in chain:
                        chain.append(tag)
    if _DEFAULT_LOCALE not in chain:
        chain.append(_DEFAULT_LOCALE)
    return chain


# --- 2. country allow/block lists from `country` conditions -------------------------------------

_COUNTRY_FIELDS = frozenset({"subscriber.country", "country", "payload.country", "subscriber.data.country"})
_LIST_OPERATORS = frozenset({"IN", "ANY_IN", "ALL_IN"})


def country_routing_lists_buggy(payload: Payload) -> tuple[list[str], list[str]]:
    """(allowed, blocked) ISO country codes for which this integration is routed."""
    allowed: set[str] = set()
    blocked: set[str] = set()
    for group in payload.get("conditions", []):
        for child in group["children"]:
            if child["field"] not in _COUNTRY_FIELDS:
                continue
            operator, value = child["operator"], child["value"]
            if operator in _LIST_OPERATORS:
                # BUG: list operators carry a plain string ("DE,AT,CH"), not a JSON array.
                allowed.update(code.upper() for code in json.loads(value))
            elif operator == "NOT_IN":
                blocked.update(code.upper() for code in json.loads(value))
            elif operator == "EQUAL":
                allowed.add(value.upper())
            elif operator == "NOT_EQUAL":
                blocked.add(value.upper())
    return sorted(allowed), sorted(blocked)


def _country_codes(value: str) -> set[str]:
    return {part.upper() for part in re.split(r"[\s,;|\[\]\"']+", value) if part}


def country_routing_lists_fixed(payload: Payload) -> tuple[list[str], list[str]]:
    allowed: set[str] = set()
    blocked: set[str] = set()
    for group in _groups(payload):
        for child in _children(group):
            if _text(child, "field") not in _COUNTRY_FIELDS:
                continue
            operator, codes = _text(child, "operator"), _country_codes(_text(child, "value"))
            negated = _flag(group, "isNegated")
            if operator in _LIST_OPERATORS or operator == "EQUAL":
                (blocked if negated else allowed).update(codes)
            elif operator in ("NOT_IN", "NOT_EQUAL"):
                (allowed if negated else blocked).update(codes)
    return sorted(allowed), sorted(blocked)


# --- 3. routing-table row labels from each condition group's leading rule -----------------------

_OPERATOR_LABELS_DE = {"EQUAL": "ist", "NOT_EQUAL": "ist nicht", "IN": "ist eines von", "LIKE": "enthält"}


def condition_group_row_labels_buggy(payload: Payload) -> list[str]:
    """German labels for the routing table: one row per condition group, named by its first rule."""
    labels: list[str] = []
    for group in payload.get("conditions", []):
        # BUG: a condition group may have an empty ``children`` list.
        head = group["children"][0]
        verb = _OPERATOR_LABELS_DE.get(head["operator"], head["operator"].lower())
        more = len(group["children"]) - 1
        suffix = f" (+{more} weitere)" if more else ""
        labels.append(f"{head['field']} {verb} „{head['value']}“{suffix}")
    return labels


def condition_group_row_labels_fixed(payload: Payload) -> list[str]:
    labels: list[str] = []
    for group in _groups(payload):
        children = _children(group)
        if not children:
            labels.append("(keine Bedingungen)")
            continue
        head = children[0]
        operator = _text(head, "operator")
        verb = _OPERATOR_LABELS_DE.get(operator, operator.lower())
        more = len(children) - 1
        suffix = f" (+{more} weitere)" if more else ""
        labels.append(f"{_text(head, 'field')} {verb} „{_text(head, 'value')}“{suffix}")
    return labels


# --- 4. locale routing cache entry ---------------------------------------------------------------


def locale_routing_cache_entry_buggy(payload: Payload) -> dict[str, object]:
    """The entry our locale router caches per integration: how many rule groups, which fields."""
    # BUG: ``conditions`` is optional; integrations without rules may omit it.
    groups = payload["conditions"]
    fields = sorted({child["field"] for group in groups for child in group["children"]})
    return {
        "identifier": payload["identifier"],
        "groups": len(groups),
        "fields": fields,
        "catch_all": not groups,
    }


def locale_routing_cache_entry_fixed(payload: Payload) -> dict[str, object]:
    groups = _groups(payload)
    fields = sorted({_text(child, "field") for group in groups for child in _children(group)})
    return {
        "identifier": _text(payload, "identifier"),
        "groups": len(groups),
        "fields": fields,
        "catch_all": not groups,
    }


# --- 5. From header with the sender's display name ----------------------------------------------


def sender_from_header_buggy(payload: Payload) -> str:
    """``From:`` header value, with the display name RFC 2047-encoded for non-Latin scripts."""
    credentials = payload["credentials"]
    name = credentials.get("senderName") or payload["name"]
    address = credentials.get("from", "no-reply@example.com")
    # BUG: formataddr encodes a non-ASCII *name*, but raises on an internationalized address
    # (EAI / IDN domains such as "info@bücher.de").
    return email.utils.formataddr((name, address), charset="utf-8")


def _encoded_word(name: str) -> str:
    if name.isascii() and name.isprintable():
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    return "=?utf-8?b?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="


def _ascii_address(address: str) -> str:
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        ascii_domain = domain
    return f"{local}@{ascii_domain}"


def sender_from_header_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    name = _clean(_text(credentials, "senderName") or _text(payload, "name"))
    address = _clean(_text(credentials, "from") or "no-reply@example.com")
    address = re.sub(r"[\r\n<>]", "", address).strip()
    name = re.sub(r"[\r\n]", " ", name).strip()
    if not name:
        return f"<{_ascii_address(address)}>"
    return f"{_encoded_word(name)} <{_ascii_address(address)}>"


# --- 6. translation key from the identifier ------------------------------------------------------


def translation_key_buggy(payload: Payload) -> str:
    """Message-catalog key for the integration's title, e.g. ``integrations.sendgrid.sendgrid.title``."""
    # BUG: assumes every identifier is "<slug>-<shortid>"; a custom identifier has no dash.
    slug, _short_id = payload["identifier"].rsplit("-", 1)
    return f"integrations.{payload['providerId']}.{slug or 'default'}.title"


def _key_part(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z_]+", "_", text).strip("_").lower() or "default"


def translation_key_fixed(payload: Payload) -> str:
    identifier = _text(payload, "identifier")
    slug, dash, _short_id = identifier.rpartition("-")
    if not dash:
        slug = identifier
    return f"integrations.{_key_part(_text(payload, 'providerId'))}.{_key_part(slug)}.title"


# --- 7. deletion notice in the viewer's time zone ------------------------------------------------

_VIEWER_ZONE = ZoneInfo("Europe/Berlin")


def deletion_notice_buggy(payload: Payload) -> str | None:
    """``Gelöscht am 08.05.2025 um 12:15`` in the viewer's time zone, for soft-deleted records."""
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if raw is None:
        return "Gelöscht"
    # BUG: only JavaScript's toISOString() shape parses; "…+02:00" or no milliseconds do not.
    when = datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    local = when.astimezone(_VIEWER_ZONE)
    return f"Gelöscht am {local:%d.%m.%Y} um {local:%H:%M}"


def deletion_notice_fixed(payload: Payload) -> str | None:
    if not _flag(payload, "deleted"):
        return None
    raw = _opt_text(payload, "deletedAt")
    if raw is None:
        return "Gelöscht"
    try:
        when = datetime.fromisoformat(raw.strip())
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        local = when.astimezone(_VIEWER_ZONE)
        return f"Gelöscht am {local:%d.%m.%Y} um {local:%H:%M}"
    except (ValueError, OverflowError, OSError):
        return "Gelöscht"


# --- 8. country of an SMS sender number ----------------------------------------------------------

_DIAL_PREFIXES = {
    "1": "US",
    "33": "FR",
    "44": "GB",
    "49": "DE",
    "81": "JP",
    "966": "SA",
    "971": "AE",
    "972": "IL",
}


def sms_sender_country_buggy(payload: Payload) -> str | None:
    """ISO country of the SMS sender number, to pick the matching local-language template."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from", "")
    # BUG: ``from`` may be an alphanumeric sender id ("ACMEBANK"), or absent (gupshup, sns...).
    digits = str(int(sender.replace(" ", "").replace("-", "").lstrip("+")))
    for length in (3, 2, 1):
        if digits[:length] in _DIAL_PREFIXES:
            return _DIAL_PREFIXES[digits[:length]]
    return None


def sms_sender_country_fixed(payload: Payload) -> str | None:
    if _text(payload, "channel") != "sms":
        return None
    sender = _text(_credentials(payload), "from")[:64]
    if not re.fullmatch(r"\s*\+?[\d\s\-().]+", sender):
        return None
    digits = "".join(str(d) for d in (unicodedata.decimal(ch, None) for ch in sender) if d is not None)
    digits = digits.lstrip("0")
    for length in (3, 2, 1):
        if digits[:length] in _DIAL_PREFIXES:
            return _DIAL_PREFIXES[digits[:length]]
    return None


# --- 9. locale-aware sort key for the integration picker -----------------------------------------


def picker_sort_key_buggy(payload: Payload) -> tuple[str, str]:
    """Sort key for the picker: collation of the current locale on the NFC, case-folded name."""
    name = unicodedata.normalize("NFC", payload["name"]).casefold()
    # BUG: strxfrm rejects strings with an embedded NUL character.
    return locale.strxfrm(name), payload["identifier"]


def picker_sort_key_fixed(payload: Payload) -> tuple[str, str]:
    name = unicodedata.normalize("NFC", _text(payload, "name")).casefold().replace("\x00", "")
    try:
        key = locale.strxfrm(name)
    except (ValueError, OSError):
        key = name
    return key, _text(payload, "identifier")


# --- 10. data-residency region (EU / US) ---------------------------------------------------------

_EU_HOST_MARKERS = (".eu", ".de", ".ie", ".fr", ".nl")


def data_residency_region_buggy(payload: Payload) -> str:
    """``EU`` or ``US``: where this integration sends our subscribers' data."""
    credentials = payload["credentials"]
    region = credentials.get("region")
    if region:
        return "EU" if region.lower().startswith("eu") else "US"
    base_url = credentials.get("baseUrl")
    if not base_url:
        return "US"
    # BUG: Infobip-style base URLs come without a scheme ("xyz.api.infobip.com"): hostname is None.
    host = urlsplit(base_url).hostname
    return "EU" if host.endswith(_EU_HOST_MARKERS) or ".eu." in host else "US"


def data_residency_region_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    region = _text(credentials, "region").strip()
    if region:
        return "EU" if region.lower().startswith("eu") else "US"
    base_url = _text(credentials, "baseUrl").strip()
    if not base_url:
        return "US"
    if "//" not in base_url:
        base_url = "https://" + base_url
    try:
        host = urlsplit(base_url).hostname or ""
    except ValueError:
        host = ""
    return "EU" if host.endswith(_EU_HOST_MARKERS) or ".eu." in host else "US"


# --- 11. ASCII (punycode) SMTP host for the regional relay ---------------------------------------


def smtp_relay_ascii_host_buggy(payload: Payload) -> str | None:
    """The SMTP host in its ASCII form (IDNA), as our relay allow-list stores it."""
    host = payload["credentials"].get("host")
    if host is None:
        return None
    # BUG: the idna codec raises on an empty or over-long label ("mail..bücher.de").
    ascii_host: str = host.strip().rstrip(".").encode("idna").decode("ascii")
    return ascii_host


def smtp_relay_ascii_host_fixed(payload: Payload) -> str | None:
    host = _opt_text(_credentials(payload), "host")
    if host is None:
        return None
    try:
        return host.strip().rstrip(".").encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return None


# --- 12. TLS SNI server name ---------------------------------------------------------------------


def smtp_tls_servername_buggy(payload: Payload) -> str:
    """Server name to present in TLS SNI: ``tlsOptions.servername`` or the host, NFKC-normalized."""
    credentials = payload["credentials"]
    tls_options = credentials.get("tlsOptions") or {}
    # BUG: tlsOptions is free-form; servername may be any JSON value (e.g. a per-region map).
    servername = tls_options.get("servername") or credentials.get("host") or "localhost"
    return unicodedata.normalize("NFKC", servername).casefold()


def smtp_tls_servername_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    tls_options = _mapping(credentials.get("tlsOptions"))
    servername = _text(tls_options, "servername") or _text(credentials, "host") or "localhost"
    return unicodedata.normalize("NFKC", servername).casefold()


# --- 13. index letter of the picker's alphabet headers -------------------------------------------


def picker_index_letter_buggy(payload: Payload) -> str:
    """The alphabet header ("A", "É"→"E", "Ö"→"O") under which the integration is listed."""
    decomposed = unicodedata.normalize("NFKD", payload["name"].strip())
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # BUG: an empty, whitespace-only or combining-marks-only name leaves nothing to index.
    return base[0].upper()


def picker_index_letter_fixed(payload: Payload) -> str:
    decomposed = unicodedata.normalize("NFKD", _text(payload, "name").strip())
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()
    if not base:
        return "#"
    letter = base[0].upper()
    return letter if letter.isalpha() else "#"


# --- 14. right-to-left (Arabic) channel label ----------------------------------------------------

_CHANNEL_LABELS_AR = {
    "email": "البريد الإلكتروني",
    "sms": "رسالة نصية",
    "in_app": "داخل التطبيق",
}


def rtl_channel_label_buggy(payload: Payload) -> str:
    """Arabic UI label "<channel> <name>", with the Latin name bidi-isolated (FSI … PDI)."""
    # BUG: only the channels the team shipped first are translated; chat and push are not.
    channel_label = _CHANNEL_LABELS_AR[payload["channel"]]
    return f"\u2067{channel_label}\u2069 \u2068{payload['name']}\u2069"


def rtl_channel_label_fixed(payload: Payload) -> str:
    channel = _text(payload, "channel")
    channel_label = _CHANNEL_LABELS_AR.get(channel, channel)
    return f"\u2067{channel_label}\u2069 \u2068{_text(payload, 'name')}\u2069"


# --- 15. localized delivery status message -------------------------------------------------------

_DELIVERED_VIA = {"de": "Zugestellt über ", "fr": "Distribué via ", "ja": "配信元: "}


def delivery_status_message_buggy(payload: Payload, locale_tag: str = "de") -> str:
    """``Zugestellt über SendGrid (email)`` in the user's language."""
    prefix = _DELIVERED_VIA.get(locale_tag, "Delivered via ")
    name: str = payload["name"]
    # BUG: the name is concatenated into the format string; braces in it ("Mailgun {EU}") break it.
    return (prefix + name + " ({channel})").format(channel=payload["channel"])


def delivery_status_message_fixed(payload: Payload, locale_tag: str = "de") -> str:
    prefix = _DELIVERED_VIA.get(locale_tag, "Delivered via ")
    return (prefix + "{name} ({channel})").format(
        name=_text(payload, "name"), channel=_text(payload, "channel")
    )


# --- 16. status badge translation key ------------------------------------------------------------

_BADGE_KEYS = {
    (True, True): "integrations.badge.primary",
    (True, False): "integrations.badge.active",
    (False, False): "integrations.badge.disabled",
}


def status_badge_key_buggy(payload: Payload) -> str:
    """Translation key of the status badge shown next to the integration."""
    # BUG: assumes a primary integration is always active; (active=False, primary=True) is valid.
    return _BADGE_KEYS[(payload["active"], payload["primary"])]


def status_badge_key_fixed(payload: Payload) -> str:
    if _flag(payload, "deleted"):
        return "integrations.badge.deleted"
    active, primary = _flag(payload, "active"), _flag(payload, "primary")
    if primary and not active:
        return "integrations.badge.primary_disabled"
    return _BADGE_KEYS[(active, primary)]


# --- the cases -----------------------------------------------------------------------------------


def _rule(field: str, value: str, operator: str = "EQUAL", on: str = "subscriber") -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator, "on": on}


def _group(*children: dict[str, str], value: str = "AND", negated: bool = False) -> dict[str, Any]:
    return {"isNegated": negated, "type": "STATEMENT", "value": value, "children": list(children)}


LOCALIZATION_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="locale_fallback_chain_bcp47_split",
        bug="unpacks every subscriber.locale value as exactly 'language-REGION'",
        buggy=locale_fallback_chain_buggy,
        fixed=locale_fallback_chain_fixed,
        raises=(ValueError,),
        example=_payload({"conditions": [_group(_rule("subscriber.locale", "zh-Hant-TW"))]}),
    ),
    ConsumerCase(
        name="country_routing_lists_json_values",
        bug="parses IN/ANY_IN/NOT_IN condition values as JSON arrays; they are plain strings",
        buggy=country_routing_lists_buggy,
        fixed=country_routing_lists_fixed,
        raises=(ValueError, TypeError),
        example=_payload({"conditions": [_group(_rule("subscriber.country", "DE,AT,CH", "IN"))]}),
    ),
    ConsumerCase(
        name="condition_group_row_labels_first_child",
        bug="labels each condition group by children[0]; children may be an empty list",
        buggy=condition_group_row_labels_buggy,
        fixed=condition_group_row_labels_fixed,
        raises=(IndexError,),
        example=_payload({"conditions": [_group()]}),
    ),
    ConsumerCase(
        name="locale_routing_cache_entry_requires_conditions",
        bug="reads payload['conditions'] although the key is optional",
        buggy=locale_routing_cache_entry_buggy,
        fixed=locale_routing_cache_entry_fixed,
        raises=(KeyError,),
        example=_payload(drop=("conditions",)),
    ),
    ConsumerCase(
        name="sender_from_header_idn_address",
        bug="email.utils.formataddr raises on an internationalized (non-ASCII) from address",
        buggy=sender_from_header_buggy,
        fixed=sender_from_header_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "from": "info@bücher.de",
                    "senderName": "Bücher Müller",
                }
            }
        ),
    ),
    ConsumerCase(
        name="translation_key_identifier_without_shortid",
        bug="splits the identifier into '<slug>-<shortid>'; custom identifiers have no dash",
        buggy=translation_key_buggy,
        fixed=translation_key_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "newsletter"}),
    ),
    ConsumerCase(
        name="deletion_notice_deleted_at_strptime",
        bug="parses deletedAt with one fixed strptime format (milliseconds and 'Z' only)",
        buggy=deletion_notice_buggy,
        fixed=deletion_notice_fixed,
        raises=(ValueError,),
        example=_payload(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-05-08T12:15:00+02:00"}
        ),
    ),
    ConsumerCase(
        name="sms_sender_country_alphanumeric_sender",
        bug="treats the SMS 'from' as an E.164 number; alphanumeric sender ids are common",
        buggy=sms_sender_country_buggy,
        fixed=sms_sender_country_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Q2w3e4R5",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "AC0000", "token": "fake-token", "from": "ACMEBANK"},
            }
        ),
    ),
    ConsumerCase(
        name="picker_sort_key_strxfrm_nul",
        bug="passes the name to locale.strxfrm, which rejects an embedded NUL character",
        buggy=picker_sort_key_buggy,
        fixed=picker_sort_key_fixed,
        raises=(ValueError,),
        example=_payload({"name": "Send\x00Grid"}),
    ),
    ConsumerCase(
        name="data_residency_region_schemeless_base_url",
        bug="takes urlsplit(baseUrl).hostname as a string; a base URL without scheme has none",
        buggy=data_residency_region_buggy,
        fixed=data_residency_region_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Infobip",
                "identifier": "infobip-k3Jd9aQ0",
                "providerId": "infobip-sms",
                "channel": "sms",
                "primary": False,
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "baseUrl": "xyz123.api.infobip.com",
                    "from": "+4915112345678",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_relay_ascii_host_idna_empty_label",
        bug="encodes the SMTP host with the idna codec, which raises on an empty label",
        buggy=smtp_relay_ascii_host_buggy,
        fixed=smtp_relay_ascii_host_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Z9y8X7w6",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "mail..bücher.de",
                    "port": "587",
                    "from": "info@example.de",
                    "senderName": "Bücher Müller",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_tls_servername_free_form_tls_options",
        bug="assumes tlsOptions.servername is a string; tlsOptions is a free-form object",
        buggy=smtp_tls_servername_buggy,
        fixed=smtp_tls_servername_fixed,
        raises=(TypeError, AttributeError),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-a1B2c3D4",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "tlsOptions": {
                        "servername": {"eu": "smtp.eu.example.com", "us": "smtp.us.example.com"},
                        "rejectUnauthorized": True,
                    },
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="picker_index_letter_blank_name",
        bug="takes the first letter of the stripped, accent-free name; it may be empty",
        buggy=picker_index_letter_buggy,
        fixed=picker_index_letter_fixed,
        raises=(IndexError,),
        example=_payload({"name": "\u3000"}),
    ),
    ConsumerCase(
        name="rtl_channel_label_untranslated_channel",
        bug="looks up Arabic channel labels for email/sms/in_app only; chat and push are valid",
        buggy=rtl_channel_label_buggy,
        fixed=rtl_channel_label_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-P0o9I8u7",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "{}"},
            }
        ),
    ),
    ConsumerCase(
        name="delivery_status_message_braces_in_name",
        bug="concatenates the integration name into a str.format template",
        buggy=delivery_status_message_buggy,
        fixed=delivery_status_message_fixed,
        raises=(KeyError, ValueError, IndexError),
        example=_payload({"name": "Mailgun {EU}"}),
    ),
    ConsumerCase(
        name="status_badge_key_inactive_primary",
        bug="has no badge for primary=True with active=False, which the contract allows",
        buggy=status_badge_key_buggy,
        fixed=status_badge_key_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
]
