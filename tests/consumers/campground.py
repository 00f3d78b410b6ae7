"""Campground booking platform: reservation reminders, gate codes by SMS, weather alerts by push and
staff chat, consuming Novu ``GET /v1/integrations`` items.

Each consumer is written twice: ``*_buggy`` carries one plausible mistake about what the
``IntegrationResponseDto`` contract allows, ``*_fixed`` is what a careful engineer ships.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import csv
import hashlib
import hmac
import html
import io
import ipaddress
import json
import re
import shlex
import sqlite3
import string
import struct
import textwrap
import unicodedata
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from email.utils import parseaddr
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "CAMPGROUND_BUGS"]  # noqa: RUF022


# --------------------------------------------------------------------------------------------------
# Shared, bug-free plumbing (used by both versions of every consumer)
# --------------------------------------------------------------------------------------------------


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object (tolerant of a missing or odd value, as newer contract versions allow)."""
    creds = payload.get("credentials")
    return creds if isinstance(creds, dict) else {}


def _text(value: object) -> str | None:
    """``value`` when it is a string, else ``None`` (extra credential keys may hold any JSON value)."""
    return value if isinstance(value, str) else None


def _clean(value: str) -> str:
    """Replace lone surrogates (valid in a JSON string, not encodable as UTF-8) with ``?``."""
    return value.encode("utf-8", "replace").decode("utf-8")


def _utf8(value: str) -> bytes:
    return value.encode("utf-8", "replace")


def _groups(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [group for group in conditions if isinstance(group, dict)]


def _children(group: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _park_zone() -> tzinfo:
    """The park's time zone; a fixed offset when the host has no tz database."""
    try:
        return ZoneInfo("America/Denver")
    except ZoneInfoNotFoundError:
        return timezone(timedelta(hours=-7), "MST")


_REFERENCE_NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
"""A fixed "now" so every consumer is deterministic."""

_SAMPLE_GUEST: dict[str, dict[str, str]] = {
    "subscriber": {"plan": "pro", "firstName": "Ada", "data.siteType": "rv-pull-through"},
    "payload": {"siteCode": "RV-12", "nights": "3", "arrival": "2025-06-20", "loop": "Lakeside"},
}
"""One guest/booking the rule evaluators run against."""


def _lookup(child: Mapping[str, Any]) -> str:
    on = child.get("on")
    side = _SAMPLE_GUEST.get(on if isinstance(on, str) else "", {})
    field = child.get("field")
    if not isinstance(field, str):
        return ""
    return side.get(field, side.get(field.split(".")[-1], ""))


# --------------------------------------------------------------------------------------------------
# 1. Gate-controller frame: the Kannel gateway's port packed into a binary frame for the gate firmware
# --------------------------------------------------------------------------------------------------


def gate_frame_buggy(payload: Payload) -> bytes:
    creds = _creds(payload)
    host = _text(creds.get("host")) or "127.0.0.1"
    port = int(_text(creds.get("port")) or "13013")  # BUG: port is a free-form string
    return struct.pack("!4sH64s", b"GATE", port, _utf8(host)[:64])


_PORT = re.compile(r"\s*(\d{1,5})\s*", re.ASCII)


def gate_frame_fixed(payload: Payload) -> bytes:
    creds = _creds(payload)
    host = _text(creds.get("host")) or "127.0.0.1"
    port = 13013
    raw = _text(creds.get("port"))
    match = _PORT.fullmatch(raw) if raw is not None else None
    if match is not None and 1 <= int(match.group(1)) <= 65535:
        port = int(match.group(1))
    return struct.pack("!4sH64s", b"GATE", port, _utf8(host)[:64])


# --------------------------------------------------------------------------------------------------
# 2. Weather-alert webhook: sign the outgoing alert with the integration's webhook secret
# --------------------------------------------------------------------------------------------------

_ALERT_BODY = json.dumps(
    {"alert": "thunderstorm", "loop": "Lakeside", "eta_min": 25}, sort_keys=True
).encode()


def weather_webhook_signature_buggy(payload: Payload) -> dict[str, str] | None:
    creds = _creds(payload)
    url = _text(creds.get("webhookUrl"))
    secret = _text(creds.get("secretKey"))
    if url is None or secret is None:
        return None
    # BUG: assumes a Svix-style "whsec_<base64>" secret; Novu signs with the raw secret string.
    key = base64.b64decode(secret.removeprefix("whsec_").encode("ascii"), validate=True)
    signature = hmac.new(key, _ALERT_BODY, hashlib.sha256).hexdigest()
    return {"url": _clean(url), "x-novu-signature": signature}


def weather_webhook_signature_fixed(payload: Payload) -> dict[str, str] | None:
    creds = _creds(payload)
    url = _text(creds.get("webhookUrl"))
    secret = _text(creds.get("secretKey"))
    if url is None or secret is None:
        return None
    signature = hmac.new(_utf8(secret), _ALERT_BODY, hashlib.sha256).hexdigest()
    return {"url": _clean(url), "x-novu-signature": signature}


# --------------------------------------------------------------------------------------------------
# 3. SMTP relay sidecar: render the custom-SMTP settings (incl. free-form tlsOptions) as a shell env file
# --------------------------------------------------------------------------------------------------


def _smtp_base_env(creds: Mapping[str, Any]) -> dict[str, str]:
    env: dict[str, str] = {}
    host = _text(creds.get("host"))
    if host is not None:
        env["SMTP_HOST"] = host
        try:
            env["SMTP_HOST_PRIVATE"] = str(ipaddress.ip_address(host.strip("[] ")).is_private).lower()
        except ValueError:
            env["SMTP_HOST_PRIVATE"] = "unknown"
    for flag in ("secure", "requireTls", "ignoreTls"):
        if isinstance(creds.get(flag), bool):
            env[f"SMTP_{flag.upper()}"] = "true" if creds[flag] else "false"
    return env


def _env_file(env: Mapping[str, str]) -> str:
    return "\n".join(f"export {key}={shlex.quote(value)}" for key, value in sorted(env.items()))


def smtp_relay_env_buggy(payload: Payload) -> str:
    creds = _creds(payload)
    env = _smtp_base_env(creds)
    tls = creds.get("tlsOptions") or {}
    for key, value in tls.items():
        env[f"SMTP_TLS_{re.sub(r'[^A-Z0-9]', '_', key.upper())}"] = value.strip()  # BUG: values are any JSON
    return _env_file(env)


def smtp_relay_env_fixed(payload: Payload) -> str:
    creds = _creds(payload)
    env = _smtp_base_env(creds)
    tls = creds.get("tlsOptions")
    if isinstance(tls, dict):
        for key, value in tls.items():
            rendered = value.strip() if isinstance(value, str) else json.dumps(value, sort_keys=True)
            env[f"SMTP_TLS_{re.sub(r'[^A-Z0-9]', '_', str(key).upper())}"] = rendered
    return _env_file(env)


# --------------------------------------------------------------------------------------------------
# 4. Reporting mirror: copy the integration into an in-memory SQLite table for the ops dashboard
# --------------------------------------------------------------------------------------------------

_MIRROR_DDL = (
    "CREATE TABLE integrations (identifier TEXT, name TEXT, provider TEXT, channel TEXT, active INTEGER)"
)


def sql_mirror_buggy(payload: Payload) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_MIRROR_DDL)
        ident, name = _clean(payload["identifier"]), _clean(payload["name"])
        provider, channel = _clean(payload["providerId"]), _clean(str(payload.get("channel", "")))
        active = 1 if payload["active"] else 0
        # BUG: values interpolated into SQL; a name like "Pine's Edge" breaks the statement.
        con.execute(
            f"INSERT INTO integrations VALUES ('{ident}', '{name}', '{provider}', '{channel}', {active})"
        )
        return con.execute("SELECT identifier, name, provider, channel, active FROM integrations").fetchall()
    finally:
        con.close()


def sql_mirror_fixed(payload: Payload) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_MIRROR_DDL)
        row = (
            _clean(payload["identifier"]),
            _clean(payload["name"]),
            _clean(payload["providerId"]),
            _clean(str(payload.get("channel", ""))),
            1 if payload["active"] else 0,
        )
        con.execute("INSERT INTO integrations VALUES (?, ?, ?, ?, ?)", row)
        return con.execute("SELECT identifier, name, provider, channel, active FROM integrations").fetchall()
    finally:
        con.close()


# --------------------------------------------------------------------------------------------------
# 5. Staff chat: build the "Add to workspace" OAuth link for the staff-chat integration
# --------------------------------------------------------------------------------------------------


def staff_chat_install_link_buggy(payload: Payload) -> str | None:
    if payload.get("channel") != "chat":
        return None
    creds = _creds(payload)
    client_id = creds["clientId"]  # BUG: Discord/MS Teams/Mattermost chat integrations carry no clientId
    query = {"client_id": _clean(client_id), "scope": "chat:write,channels:read"}
    redirect = _text(creds.get("redirectUrl"))
    if redirect:
        query["redirect_uri"] = _clean(redirect)
    return "https://slack.com/oauth/v2/authorize?" + urlencode(query)


def staff_chat_install_link_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "chat":
        return None
    creds = _creds(payload)
    client_id = _text(creds.get("clientId"))
    if client_id is None:
        return None  # webhook-style chat providers: staff paste a channel webhook instead
    query = {"client_id": _clean(client_id), "scope": "chat:write,channels:read"}
    redirect = _text(creds.get("redirectUrl"))
    if redirect:
        query["redirect_uri"] = _clean(redirect)
    return "https://slack.com/oauth/v2/authorize?" + urlencode(query)


# --------------------------------------------------------------------------------------------------
# 6. INI export for the legacy front-desk PC that reads provider settings from an .ini file
# --------------------------------------------------------------------------------------------------


def _ini_values(payload: Payload) -> dict[str, str]:
    values = {
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload.get("channel", ""),
    }
    for key, value in _creds(payload).items():
        values[f"cred.{key}"] = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return {_clean(str(k)): _clean(str(v)) for k, v in values.items()}


def ini_export_buggy(payload: Payload) -> str:
    parser = configparser.ConfigParser()  # BUG: interpolating parser; a bare "%" in any value raises
    section = f"novu:{_clean(payload['identifier'])}"
    parser.add_section(section)
    for key, value in _ini_values(payload).items():
        parser.set(section, key, value)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def ini_export_fixed(payload: Payload) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    section = f"novu:{_clean(payload['identifier'])}"
    parser.add_section(section)
    for key, value in _ini_values(payload).items():
        parser.set(section, key, value)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------------------------------
# 7. XML feed for the park-management system (PMS) integration inventory
# --------------------------------------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_feed_buggy(payload: Payload) -> str:
    ident, name = _clean(payload["identifier"]), _clean(payload["name"])
    provider, channel = _clean(payload["providerId"]), _clean(str(payload.get("channel", "")))
    # BUG: text pasted into markup unescaped; "Tents & RVs" or a quote in the identifier breaks it.
    doc = (
        f'<integration id="{ident}" channel="{channel}">'
        f"<name>{name}</name><provider>{provider}</provider></integration>"
    )
    root = ET.fromstring(doc)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode")


def xml_feed_fixed(payload: Payload) -> str:
    def safe(value: str) -> str:
        return _XML_ILLEGAL.sub("\ufffd", _clean(value))

    root = ET.Element(
        "integration", {"id": safe(payload["identifier"]), "channel": safe(str(payload.get("channel", "")))}
    )
    ET.SubElement(root, "name").text = safe(payload["name"])
    ET.SubElement(root, "provider").text = safe(payload["providerId"])
    root = ET.fromstring(ET.tostring(root, encoding="unicode"))  # round-trip, as the buggy one does
    ET.indent(root)
    return ET.tostring(root, encoding="unicode")


# --------------------------------------------------------------------------------------------------
# 8. Site-type routing: evaluate LIKE / NOT_LIKE conditions against a guest booking
# --------------------------------------------------------------------------------------------------


def _like_results(payload: Payload, compile_like: Callable[[str], re.Pattern[str]]) -> list[bool]:
    results: list[bool] = []
    for group in _groups(payload):
        for child in _children(group):
            operator = child.get("operator")
            value = child.get("value")
            if operator not in ("LIKE", "NOT_LIKE") or not isinstance(value, str):
                continue
            # Runs of '%' collapse to one so '%%%%x' cannot backtrack catastrophically.
            hit = compile_like(re.sub("%+", "%", value)).fullmatch(_lookup(child)) is not None
            results.append(hit if operator == "LIKE" else not hit)
    return results


def _like_as_raw_regex(value: str) -> re.Pattern[str]:
    with warnings.catch_warnings():  # "possible nested set" FutureWarnings are noise here
        warnings.simplefilter("ignore", FutureWarning)
        return re.compile(value.replace("%", ".*"), re.IGNORECASE | re.DOTALL)


def site_rule_like_buggy(payload: Payload) -> list[bool]:
    # BUG: treats the condition value as a regex after swapping % for .*; "*lakeside%" or "RV (%" crash.
    return _like_results(payload, _like_as_raw_regex)


def _like_to_regex(value: str) -> re.Pattern[str]:
    parts = []
    for char in value:
        parts.append(".*" if char == "%" else "." if char == "_" else re.escape(char))
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def site_rule_like_fixed(payload: Payload) -> list[bool]:
    return _like_results(payload, _like_to_regex)


# --------------------------------------------------------------------------------------------------
# 9. Stay-length rule: numeric comparison conditions (e.g. "nights LARGER_EQUAL 3")
# --------------------------------------------------------------------------------------------------

_NUMERIC_OPERATORS = {
    "LARGER": lambda a, b: a > b,
    "SMALLER": lambda a, b: a < b,
    "LARGER_EQUAL": lambda a, b: a >= b,
    "SMALLER_EQUAL": lambda a, b: a <= b,
}


def stay_length_rule_buggy(payload: Payload) -> list[bool]:
    nights = Decimal(_SAMPLE_GUEST["payload"]["nights"])
    results: list[bool] = []
    for group in _groups(payload):
        for child in _children(group):
            compare = _NUMERIC_OPERATORS.get(str(child.get("operator")))
            if compare is None or not isinstance(child.get("value"), str):
                continue
            results.append(compare(nights, Decimal(child["value"])))  # BUG: value is any string
    return results


def stay_length_rule_fixed(payload: Payload) -> list[bool]:
    nights = Decimal(_SAMPLE_GUEST["payload"]["nights"])
    results: list[bool] = []
    for group in _groups(payload):
        for child in _children(group):
            compare = _NUMERIC_OPERATORS.get(str(child.get("operator")))
            value = child.get("value")
            if compare is None or not isinstance(value, str):
                continue
            try:
                threshold = Decimal(value.strip())
            except InvalidOperation:
                continue  # "3,5", "2 nights", dates...: not a number, the rule cannot match
            if not threshold.is_nan():  # NaN/sNaN parse, but ordering comparisons on them signal
                results.append(compare(nights, threshold))
    return results


# --------------------------------------------------------------------------------------------------
# 10. Deletion notice for the front desk: when (park local time) an integration was retired
# --------------------------------------------------------------------------------------------------

_NOTICE = string.Template("<p>Notification channel <b>$name</b> was retired on $when.</p>")


def _park_time(moment: datetime) -> str:
    try:
        return moment.astimezone(_park_zone()).strftime("%b %d %Y %H:%M %Z")
    except (OverflowError, ValueError):
        return moment.isoformat()


def deletion_notice_buggy(payload: Payload) -> str | None:
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return None
    # BUG: assumes JavaScript toISOString() output; "2025-05-08T16:42:10Z" or "+00:00" do not match.
    moment = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return _NOTICE.safe_substitute(name=html.escape(payload["name"]), when=_park_time(moment))


def deletion_notice_fixed(payload: Payload) -> str | None:
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return None
    try:
        moment = datetime.fromisoformat(deleted_at.strip())
    except ValueError:
        return _NOTICE.safe_substitute(name=html.escape(payload["name"]), when="an unknown date")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return _NOTICE.safe_substitute(name=html.escape(payload["name"]), when=_park_time(moment))


# --------------------------------------------------------------------------------------------------
# 11. DMARC alignment check: is every sender on the campground's own domain?
# --------------------------------------------------------------------------------------------------

_OWN_DOMAIN = "pinecrest-camping.example"


def sender_alignment_buggy(payload: Payload) -> dict[str, object] | None:
    sender = _text(_creds(payload).get("from"))
    if not sender:
        return None
    domain = sender.rsplit("@", 1)[1].strip(" >").lower()  # BUG: SMS senders are "+1541..." / "PINECREST"
    return {"domain": domain, "aligned": domain == _OWN_DOMAIN or domain.endswith("." + _OWN_DOMAIN)}


def sender_alignment_fixed(payload: Payload) -> dict[str, object] | None:
    sender = _text(_creds(payload).get("from"))
    if not sender:
        return None
    address = parseaddr(sender)[1] or sender
    _, at, domain = address.rpartition("@")
    if not at:
        return {"domain": None, "aligned": False}
    domain = domain.strip(" >").lower()
    return {"domain": domain, "aligned": domain == _OWN_DOMAIN or domain.endswith("." + _OWN_DOMAIN)}


# --------------------------------------------------------------------------------------------------
# 12. Template cache key: shard rendered reminder templates by the integration name's first letter
# --------------------------------------------------------------------------------------------------


def _ascii_slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def template_cache_key_buggy(payload: Payload) -> str:
    slug = _ascii_slug(payload["name"])
    shard = slug[0]  # BUG: "Кемпінг", "露营提醒", "🏕️" or "" fold to an empty slug
    digest = hashlib.blake2b(_utf8(payload["identifier"]), digest_size=8).hexdigest()
    return f"tpl:{shard}:{slug}:{digest}"


def template_cache_key_fixed(payload: Payload) -> str:
    slug = _ascii_slug(payload["name"])
    if not slug:
        slug = "n" + hashlib.blake2b(_utf8(payload["name"]), digest_size=4).hexdigest()
    digest = hashlib.blake2b(_utf8(payload["identifier"]), digest_size=8).hexdigest()
    return f"tpl:{slug[0]}:{slug}:{digest}"


# --------------------------------------------------------------------------------------------------
# 13. Nightly CSV status report for park managers, with a status badge per integration
# --------------------------------------------------------------------------------------------------

_BADGES_BUGGY = {(True, True): "Primary", (True, False): "Standby", (False, False): "Disabled"}
_BADGES = {**_BADGES_BUGGY, (False, True): "Primary (inactive)"}


def _status_row(payload: Payload, badge: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            _clean(payload["identifier"]),
            _clean(payload["name"]),
            _clean(str(payload.get("channel", ""))),
            badge,
        ]
    )
    return out.getvalue()


def status_report_row_buggy(payload: Payload) -> str:
    if payload["deleted"]:
        return _status_row(payload, "Deleted")
    badge = _BADGES_BUGGY[(payload["active"], payload["primary"])]  # BUG: primary yet inactive is valid
    return _status_row(payload, badge)


def status_report_row_fixed(payload: Payload) -> str:
    if payload["deleted"]:
        return _status_row(payload, "Deleted")
    return _status_row(payload, _BADGES[(bool(payload["active"]), bool(payload["primary"]))])


# --------------------------------------------------------------------------------------------------
# 14. Booking-rule summary shown in the admin UI ("subscriber.plan EQUAL 'pro'")
# --------------------------------------------------------------------------------------------------

_ALWAYS: dict[str, Any] = {"isNegated": False, "type": "STATEMENT", "value": "AND", "children": []}


def _group_text(group: Mapping[str, Any]) -> str:
    joiner = f" {group.get('value')} "
    clauses = [
        f"{child.get('on')}.{child.get('field')} {child.get('operator')} {child.get('value')!r}"
        for child in _children(group)
    ]
    text = joiner.join(clauses) or "always"
    return f"NOT ({text})" if group.get("isNegated") is True else text


def rule_summary_buggy(payload: Payload) -> str:
    (group,) = _groups(payload) or [_ALWAYS]  # BUG: assumes at most one condition group
    return textwrap.shorten(_clean(_group_text(group)), width=80, placeholder=" ...")


def rule_summary_fixed(payload: Payload) -> str:
    texts = [f"({_group_text(group)})" for group in _groups(payload)] or ["always"]
    return textwrap.shorten(_clean(" AND ".join(texts)), width=80, placeholder=" ...")


# --------------------------------------------------------------------------------------------------
# 15. Integration age for the audit page, read from the ObjectId's embedded timestamp
# --------------------------------------------------------------------------------------------------

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def integration_age_buggy(payload: Payload) -> dict[str, object] | None:
    oid = payload.get("_id")
    if not isinstance(oid, str):
        return None
    created = datetime.fromtimestamp(int(oid[:8], 16), tz=UTC)  # BUG: _id is any string
    return {"id": _clean(oid), "created": created.isoformat(), "age_days": (_REFERENCE_NOW - created).days}


def integration_age_fixed(payload: Payload) -> dict[str, object] | None:
    oid = payload.get("_id")
    if not isinstance(oid, str):
        return None
    if _OBJECT_ID.fullmatch(oid) is None:
        return {"id": _clean(oid), "created": None, "age_days": None}
    created = datetime.fromtimestamp(int(oid[:8], 16), tz=UTC)
    return {"id": oid, "created": created.isoformat(), "age_days": (_REFERENCE_NOW - created).days}


# --------------------------------------------------------------------------------------------------
# 16. Edge-worker rule bundle: compile conditions to JSON with an ETag for the booking CDN
# --------------------------------------------------------------------------------------------------


def _compile_group(group: Mapping[str, Any]) -> dict[str, object]:
    return {
        "all" if group.get("value") == "AND" else "any": [
            [child.get("on"), child.get("field"), child.get("operator"), child.get("value")]
            for child in _children(group)
        ],
        "negate": group.get("isNegated") is True,
    }


def edge_rule_bundle_buggy(payload: Payload) -> dict[str, str]:
    conditions = payload.get("conditions")
    rules = [_compile_group(group) for group in conditions]  # type: ignore[union-attr]  # BUG: optional key
    body = json.dumps({"integration": payload["identifier"], "rules": rules}, sort_keys=True, default=str)
    return {"body": body, "etag": hashlib.sha256(body.encode()).hexdigest()[:16]}


def edge_rule_bundle_fixed(payload: Payload) -> dict[str, str]:
    rules = [_compile_group(group) for group in _groups(payload)]
    body = json.dumps({"integration": payload["identifier"], "rules": rules}, sort_keys=True, default=str)
    return {"body": body, "etag": hashlib.sha256(body.encode()).hexdigest()[:16]}


# --------------------------------------------------------------------------------------------------
# Examples and cases
# --------------------------------------------------------------------------------------------------


def _variant(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _rules(*children: dict[str, str], kind: str = "TEXT") -> list[dict[str, Any]]:
    return [{"isNegated": False, "type": kind, "value": "AND", "children": list(children)}]


CAMPGROUND_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="campground_gate_frame_port",
        bug="assumes credentials.port is a plain integer string fitting 0..65535 (it is any string)",
        buggy=gate_frame_buggy,
        fixed=gate_frame_fixed,
        raises=(ValueError, struct.error),
        example=_variant(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Q3b9xT2",
                "providerId": "kannel",
                "channel": "sms",
                "primary": False,
                "credentials": {"host": "10.20.0.5", "port": "13013/tcp", "from": "PINECREST"},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="campground_webhook_secret_base64",
        bug="assumes the webhook secretKey is Svix-style base64 (it is any string, used raw)",
        buggy=weather_webhook_signature_buggy,
        fixed=weather_webhook_signature_fixed,
        raises=(binascii.Error, UnicodeEncodeError),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-7HkP2mZ",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://alerts.pinecrest-camping.example/novu",
                    "secretKey": "pc-weather-2025!",
                },
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="campground_smtp_tls_options_types",
        bug="assumes every credentials.tlsOptions value is a string (it is a free-form JSON object)",
        buggy=smtp_relay_env_buggy,
        fixed=smtp_relay_env_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Lq8Vt0a",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.pinecrest-camping.example",
                    "port": "587",
                    "secure": False,
                    "requireTls": True,
                    "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
                    "from": "reservations@pinecrest-camping.example",
                    "senderName": "Pinecrest Reservations",
                },
            }
        ),
    ),
    ConsumerCase(
        name="campground_sql_mirror_quote",
        bug="assumes names/identifiers never contain a single quote (SQL built by string interpolation)",
        buggy=sql_mirror_buggy,
        fixed=sql_mirror_fixed,
        raises=(sqlite3.Error,),
        example=_variant({"name": "Pine's Edge Mailer"}),
    ),
    ConsumerCase(
        name="campground_staff_chat_client_id",
        bug="assumes every chat integration has credentials.clientId (Discord/Teams have `{}`)",
        buggy=staff_chat_install_link_buggy,
        fixed=staff_chat_install_link_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Discord",
                "identifier": "discord-Zr4u1Wq",
                "providerId": "discord",
                "channel": "chat",
                "primary": False,
                "credentials": {},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="campground_ini_percent",
        bug="assumes no credential or name contains a bare '%' (ConfigParser interpolation rejects it)",
        buggy=ini_export_buggy,
        fixed=ini_export_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "SES",
                "identifier": "ses-h2Jd9Qe",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "AKIAFAKE0000EXAMPLE",
                    "secretKey": "wJalrXUtnFEMI%2FK7MDENG%2BbPxRfiCYEXAMPLE",
                    "region": "us-west-2",
                    "from": "reservations@pinecrest-camping.example",
                    "senderName": "Pinecrest",
                },
            }
        ),
    ),
    ConsumerCase(
        name="campground_xml_unescaped",
        bug="assumes names/identifiers are XML-safe text ('&', '<', quotes are valid in any string)",
        buggy=xml_feed_buggy,
        fixed=xml_feed_fixed,
        raises=(ET.ParseError,),
        example=_variant({"name": "Tents & RVs Mailer"}),
    ),
    ConsumerCase(
        name="campground_like_value_regex",
        bug="assumes a LIKE condition's value is a valid regex once '%' becomes '.*' ('*lakeside%' is not)",
        buggy=site_rule_like_buggy,
        fixed=site_rule_like_fixed,
        raises=(re.error,),
        example=_variant(
            {
                "conditions": _rules(
                    {"field": "loop", "value": "*lakeside%", "operator": "LIKE", "on": "payload"}
                )
            }
        ),
    ),
    ConsumerCase(
        name="campground_stay_length_decimal",
        bug="assumes comparison conditions (LARGER, SMALLER...) carry a numeric value string",
        buggy=stay_length_rule_buggy,
        fixed=stay_length_rule_fixed,
        raises=(InvalidOperation,),
        example=_variant(
            {
                "conditions": _rules(
                    {"field": "nights", "value": "3,5", "operator": "LARGER_EQUAL", "on": "payload"},
                    kind="NUMBER",
                )
            }
        ),
    ),
    ConsumerCase(
        name="campground_deleted_at_format",
        bug="assumes deletedAt is exactly 'YYYY-MM-DDTHH:MM:SS.fffZ' (it is a plain string)",
        buggy=deletion_notice_buggy,
        fixed=deletion_notice_fixed,
        raises=(ValueError,),
        example=_variant(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-05-08T16:42:10Z"}
        ),
    ),
    ConsumerCase(
        name="campground_sender_without_at",
        bug="assumes credentials.from is an email address with '@' (SMS senders are numbers/alphanumeric)",
        buggy=sender_alignment_buggy,
        fixed=sender_alignment_fixed,
        raises=(IndexError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-Vb3kR8s",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "ACfake0001", "token": "fake-token", "from": "+15417770199"},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="campground_cache_key_non_latin_name",
        bug="assumes the name keeps at least one ASCII letter or digit after NFKD folding",
        buggy=template_cache_key_buggy,
        fixed=template_cache_key_fixed,
        raises=(IndexError,),
        example=_variant({"name": "Кемпінг", "identifier": "-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="campground_badge_inactive_primary",
        bug="assumes a primary integration is always active (primary with active false is valid)",
        buggy=status_report_row_buggy,
        fixed=status_report_row_fixed,
        raises=(KeyError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="campground_rule_summary_one_group",
        bug="assumes conditions holds at most one StepFilter group",
        buggy=rule_summary_buggy,
        fixed=rule_summary_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    *_rules({"field": "plan", "value": "pro", "operator": "EQUAL", "on": "subscriber"}),
                    {
                        "isNegated": True,
                        "type": "LIST",
                        "value": "OR",
                        "children": [
                            {"field": "loop", "value": "Lakeside", "operator": "EQUAL", "on": "payload"}
                        ],
                    },
                ]
            }
        ),
    ),
    ConsumerCase(
        name="campground_object_id_not_hex",
        bug="assumes _id is a 24-hex ObjectId whose first 8 chars are a timestamp (it is any string)",
        buggy=integration_age_buggy,
        fixed=integration_age_fixed,
        raises=(ValueError,),
        example=_variant({"_id": "intg_01HZX3K9TQ"}),
    ),
    ConsumerCase(
        name="campground_edge_bundle_no_conditions",
        bug="assumes conditions is always present (it is optional)",
        buggy=edge_rule_bundle_buggy,
        fixed=edge_rule_bundle_fixed,
        raises=(TypeError,),
        example=_variant(drop=("conditions",)),
    ),
]
