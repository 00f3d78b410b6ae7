"""Sixteen consumers of ``GET /v1/integrations`` items at a regional ambulance and patient-transport service.

The organisation runs emergency dispatch, non-emergency patient transport and the billing of both for
a region of hospitals. Novu sends every notification it makes: crew pages (SMS through Twilio or a
Kannel gateway, push to the crew app), hospital handover notices (email and webhooks), alerts in the
dispatch room's chat, and the station consoles' inbox. Several internal services read Novu's list of
integrations, one ``IntegrationResponseDto`` item at a time:

- the **CAD router** (computer-aided dispatch) that picks the paging tier an integration feeds;
- the **paging gateway** tooling: Kannel config, the binary frame for the paging towers, the SNS
  fan-out for crew pages, metrics per provider;
- the **handover bridge** that sends patient handover notices to hospitals: an XML notice, signed
  webhooks, the SMTP relay's TLS settings, the egress firewall allow-list for gateways;
- the **billing and records** jobs: the county billing system's fixed-width export, the nightly mirror
  of integrations, the records-retention purge, the routing-rules cache;
- the **operations dashboard** and the crew app's deployed config.

Each consumer comes as a pair: ``*_buggy`` is the code as the team first wrote it, with one mistake
that the happy-path payload (``HAPPY_PATH``) and their own test data never showed; ``*_fixed`` is the
same code after the post-mortem, which must not raise on any payload the contract allows (including
the provider drift ``CONTRACT.md`` lists: 3.x items without ``credentials`` or ``channel``, conditions
using ``on: "tenant"`` or ``IS_DEFINED``, condition items without ``isNegated``/``type``/``value``).
The team's shared helper ``_credentials`` already tolerates items without ``credentials``: they
were bitten by that before, so it is not one of the sixteen bugs.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import re
import sqlite3
import struct
import tomllib
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit
from xml.dom import minidom
from xml.parsers.expat import ExpatError
from xml.sax.saxutils import escape

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["AMBULANCE_BUGS", "HAPPY_PATH"]


def _example(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key)
    return payload


def _with_credentials(**credentials: Any) -> Payload:
    """``HAPPY_PATH`` with extra credential keys."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload["credentials"].update(credentials)
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    """The item's credentials; 3.x items for API-key callers carry none."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    """A string field as a string, ``default`` when absent or (drifted data) not a string."""
    return value if isinstance(value, str) else default


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. CAD router: channel -> paging tier ----------------------------------------------------------

_PAGING_TIER_AS_WRITTEN = {
    "sms": "crew-pager",
    "push": "crew-app",
    "email": "handover-desk",
    "chat": "dispatch-room",
}


def paging_tier_buggy(payload: Payload) -> str:
    """The paging tier of the CAD router an integration feeds, e.g. ``crew-pager:twilio``."""
    tier = _PAGING_TIER_AS_WRITTEN[payload["channel"]]
    return f"{tier}:{payload['providerId']}"


_PAGING_TIER = {**_PAGING_TIER_AS_WRITTEN, "in_app": "station-console"}


def paging_tier_fixed(payload: Payload) -> str:
    channel = payload.get("channel")  # 3.x agent integrations have no channel
    tier = _PAGING_TIER.get(channel, "unrouted") if isinstance(channel, str) else "unrouted"
    return f"{tier}:{_text(payload.get('providerId'), '?')}"


# 2. Kannel gateway config: credentials.port ------------------------------------------------------


def kannel_config_buggy(payload: Payload) -> str:
    """The ``smsbox`` group of the Kannel gateway's config that pages the crews."""
    credentials = _credentials(payload)
    port = credentials.get("port")
    sendsms_port = int(port) if port is not None else 13013
    return f"group = smsbox\nsmsbox-id = crewpager\nsendsms-port = {sendsms_port}\n"


def _tcp_port(text: str) -> int | None:
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 5):
        return None
    port = int(digits)
    return port if 0 < port < 65536 else None


def kannel_config_fixed(payload: Payload) -> str:
    port = _credentials(payload).get("port")
    sendsms_port = _tcp_port(port) if isinstance(port, str) else 13013
    if sendsms_port is None:
        return "# crewpager: credentials.port is not a TCP port; smsbox left unconfigured\n"
    return f"group = smsbox\nsmsbox-id = crewpager\nsendsms-port = {sendsms_port}\n"


# 3. Handover notice XML: credentials.senderName --------------------------------------------------


def handover_notice_buggy(payload: Payload) -> str:
    """The XML header of a patient handover notice, parsed once as a self-check before it is queued."""
    sender = _credentials(payload).get("senderName", "Ambulance Control")
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<handoverNotice><sender>{escape(sender)}</sender></handoverNotice>"
    )
    minidom.parseString(document)
    return document


_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def handover_notice_fixed(payload: Payload) -> str:
    sender = _text(_credentials(payload).get("senderName"), "Ambulance Control")
    sender = _NOT_XML_CHAR.sub("\ufffd", sender)  # escape() only handles &, < and >
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<handoverNotice><sender>{escape(sender)}</sender></handoverNotice>"
    )
    minidom.parseString(document)
    return document


# 4. County billing export: name -------------------------------------------------------------------


def billing_record_buggy(payload: Payload) -> bytes:
    """One fixed-width record of the county billing system's import (a Windows-1252 mainframe file)."""
    status = "A" if payload["active"] else "I"
    name = payload["name"][:40].ljust(40)
    return f"INT{status}{name}\r\n".encode("cp1252")


def billing_record_fixed(payload: Payload) -> bytes:
    status = "A" if payload.get("active") is True else "I"
    name = _text(payload.get("name"))[:40].ljust(40)
    # cp1252 is one byte per character, so replacing keeps the record fixed-width.
    return f"INT{status}{name}\r\n".encode("cp1252", errors="replace")


# 5. Metrics: providerId in the metric name -------------------------------------------------------

_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")


def paging_metric_buggy(payload: Payload) -> str:
    """The counter the paging gateway exports per provider, checked like the Prometheus client does."""
    provider: str = payload["providerId"]
    metric = "ambulance_pages_sent_total_" + provider.replace("-", "_")
    if not _METRIC_NAME.fullmatch(metric):
        raise ValueError(f"Invalid metric name: {metric!r}")
    return metric


def paging_metric_fixed(payload: Payload) -> str:
    provider = re.sub(r"[^a-zA-Z0-9_]", "_", _text(payload.get("providerId")))
    metric = "ambulance_pages_sent_total_" + provider
    if not _METRIC_NAME.fullmatch(metric):
        raise ValueError(f"Invalid metric name: {metric!r}")
    return metric


# 6. Crew app config.toml: identifier as a table key ----------------------------------------------


def crew_app_toml_buggy(payload: Payload) -> str:
    """The crew app's ``[integrations.<identifier>]`` table, parsed with tomllib before deployment."""
    identifier = payload["identifier"]
    text = (
        f"[integrations.{identifier}]\n"
        f"active = {'true' if payload['active'] else 'false'}\n"
        f"primary = {'true' if payload['primary'] else 'false'}\n"
    )
    tomllib.loads(text)
    return text


def _toml_basic_string(text: str) -> str:
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")  # a lone surrogate has no TOML form
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def crew_app_toml_fixed(payload: Payload) -> str:
    key = _toml_basic_string(_text(payload.get("identifier")))
    text = (
        f"[integrations.{key}]\n"
        f"active = {'true' if payload.get('active') is True else 'false'}\n"
        f"primary = {'true' if payload.get('primary') is True else 'false'}\n"
    )
    tomllib.loads(text)
    return text


# 7. Nightly mirror of integrations: _id ------------------------------------------------------------


def mirror_row_buggy(payload: Payload) -> tuple[str, str, str, bool]:
    """The row the nightly sync upserts into the dispatch centre's local mirror, keyed by ``_id``."""
    return (payload["_id"], payload["_environmentId"], payload["identifier"], payload["active"])


def mirror_row_fixed(payload: Payload) -> tuple[str, str, str, bool]:
    environment = _text(payload.get("_environmentId"))
    identifier = _text(payload.get("identifier"))
    record_id = payload.get("_id", payload.get("id"))  # write replies also carry ``id``
    if not isinstance(record_id, str):
        record_id = f"{environment}/{identifier}"  # `_id` is optional: fall back to the natural key
    return (record_id, environment, identifier, payload.get("active") is True)


# 8. Records-retention purge: deletedAt ---------------------------------------------------------------


def purge_date_buggy(payload: Payload) -> date | None:
    """When the paging history of a deleted integration may be purged: seven full calendar years on."""
    if "deletedAt" not in payload:
        return None
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")  # JS toISOString()
    return date(deleted_at.year + 8, 1, 1)


def purge_date_fixed(payload: Payload) -> date | None:
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return None
    try:
        when = datetime.fromisoformat(deleted_at.strip())  # every ISO-8601 form, with Z or offset
    except ValueError:
        return None  # not a timestamp: keep the history and let records staff review it
    if when.year + 8 > date.max.year:
        return None
    return date(when.year + 8, 1, 1)


# 9. Paging-tower frame: credentials.from -----------------------------------------------------------


def pager_frame_buggy(payload: Payload) -> bytes:
    """The header of the binary frame the paging towers receive: version, sender length, sender."""
    sender: bytes = _credentials(payload).get("from", "").encode("utf-8")
    return struct.pack(">BB", 1, len(sender)) + sender


def pager_frame_fixed(payload: Payload) -> bytes:
    raw = _text(_credentials(payload).get("from")).encode("utf-8", errors="replace")
    sender = raw[:255].decode("utf-8", errors="ignore").encode("utf-8")  # cut on a character boundary
    return struct.pack(">BB", 1, len(sender)) + sender


# 10. Signed handover webhooks: credentials.secretKey -----------------------------------------------


def webhook_signature_buggy(payload: Payload) -> str | None:
    """The HMAC-SHA256 signature header of a handover webhook, keyed with the integration's secret."""
    secret = _credentials(payload).get("secretKey")
    if secret is None:
        return None
    key = base64.b64decode(secret, validate=True)  # the team's own test secret was base64
    body = json.dumps({"integration": payload["identifier"], "event": "handover"}, sort_keys=True)
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).hexdigest()


def webhook_signature_fixed(payload: Payload) -> str | None:
    secret = _credentials(payload).get("secretKey")
    if not isinstance(secret, str):
        return None
    key = secret.encode("utf-8", errors="surrogatepass")  # the secret is the string itself
    body = json.dumps({"integration": _text(payload.get("identifier")), "event": "handover"}, sort_keys=True)
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).hexdigest()


# 11. Egress firewall allow-list: credentials.baseUrl -----------------------------------------------


def gateway_allow_rule_buggy(payload: Payload) -> str | None:
    """The egress firewall rule that lets the handover bridge reach a gateway's ``baseUrl``."""
    base_url = _credentials(payload).get("baseUrl")
    if base_url is None:
        return None
    host = urlsplit(base_url).hostname
    return f"allow tcp to {host.rstrip('.')} port 443"


def gateway_allow_rule_fixed(payload: Payload) -> str | None:
    base_url = _credentials(payload).get("baseUrl")
    if not isinstance(base_url, str):
        return None
    try:
        host = urlsplit(base_url).hostname
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    if not host or not host.rstrip("."):
        return None  # no scheme, no host: nothing to allow
    return f"allow tcp to {host.rstrip('.')} port 443"


# 12. Routing-rules cache: conditions[].children[] ---------------------------------------------------

_RULES_TABLE = "CREATE TABLE rule (field TEXT, operator TEXT, value TEXT)"


def rules_cache_buggy(payload: Payload) -> int:
    """Caches the integration's routing conditions in the dispatch console's SQLite store."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(_RULES_TABLE)
        for condition in payload.get("conditions", []):
            for child in condition["children"]:
                connection.execute(
                    f"INSERT INTO rule VALUES ('{child['field']}', '{child['operator']}', '{child['value']}')"
                )
        return int(connection.execute("SELECT count(*) FROM rule").fetchone()[0])
    finally:
        connection.close()


def _storable(value: object) -> str:
    """Text SQLite can store: UTF-8 cannot carry a lone surrogate."""
    return _text(value).encode("utf-8", errors="replace").decode("utf-8")


def rules_cache_fixed(payload: Payload) -> int:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(_RULES_TABLE)
        for condition in _conditions(payload):
            for child in _children(condition):
                connection.execute(
                    "INSERT INTO rule VALUES (?, ?, ?)",
                    (
                        _storable(child.get("field")),
                        _storable(child.get("operator")),
                        _storable(child.get("value")),
                    ),
                )
        return int(connection.execute("SELECT count(*) FROM rule").fetchone()[0])
    finally:
        connection.close()


# 13. Dashboard: environment age from _environmentId ------------------------------------------------


def environment_created_buggy(payload: Payload) -> str:
    """The dashboard's "environment since" column, read from the ObjectId's timestamp prefix."""
    seconds = int(payload["_environmentId"][:8], 16)
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def environment_created_fixed(payload: Payload) -> str:
    environment = _text(payload.get("_environmentId"))
    if not _OBJECT_ID.fullmatch(environment):
        return "unknown"  # the contract only says "string"
    return datetime.fromtimestamp(int(environment[:8], 16), tz=UTC).date().isoformat()


# 14. SMTP relay TLS settings: credentials.tlsOptions -----------------------------------------------


def relay_tls_settings_buggy(payload: Payload) -> list[str]:
    """The TLS lines of the handover SMTP relay's config, from nodemailer's ``tlsOptions``."""
    tls = _credentials(payload).get("tlsOptions", {})
    return [f"tls_{key} = {value.strip()}" for key, value in sorted(tls.items())]


def _nesting(value: object) -> int:
    """How deep lists and objects nest in a JSON value, counted without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def _setting(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value.strip()
    if _nesting(value) > 100:
        return "unprintable"  # JSON sets no depth limit, json.dumps recurses
    try:
        return json.dumps(value, sort_keys=True)  # numbers, null, lists and objects: any JSON value
    except ValueError:
        return "unprintable"  # an integer past Python's int-to-str digit limit, at any depth


def relay_tls_settings_fixed(payload: Payload) -> list[str]:
    tls = _credentials(payload).get("tlsOptions")
    if not isinstance(tls, dict):
        return []
    return [f"tls_{key} = {_setting(value)}" for key, value in sorted(tls.items())]


# 15. SNS fan-out for crew pages: credentials.region ------------------------------------------------


def crew_page_topics_buggy(payload: Payload) -> tuple[str, str] | None:
    """The SNS topics crew pages fan out to: the integration's region and its disaster-recovery pair."""
    region = _credentials(payload).get("region")
    if region is None:
        return None
    geo, area, number = region.split("-")  # eu-west-2
    recovery = f"{geo}-{area}-{int(number) % 2 + 1}"
    return (f"arn:aws:sns:{region}:crew-pages", f"arn:aws:sns:{recovery}:crew-pages")


def crew_page_topics_fixed(payload: Payload) -> tuple[str, str] | None:
    region = _credentials(payload).get("region")
    if not isinstance(region, str):
        return None
    head, _, number = region.rpartition("-")  # us-gov-west-1 has four parts
    if not head or not (number.isascii() and number.isdigit() and len(number) <= 3):
        return None  # not an AWS region name: no fan-out
    recovery = f"{head}-{int(number) % 2 + 1}"
    return (f"arn:aws:sns:{region}:crew-pages", f"arn:aws:sns:{recovery}:crew-pages")


# 16. Operations dashboard badge: primary and active --------------------------------------------------


def dashboard_badge_buggy(payload: Payload) -> str:
    """The badge the operations dashboard shows next to an integration."""
    if payload["primary"]:
        assert payload["active"], f"primary integration {payload['identifier']!r} is inactive"
        return "PRIMARY"
    return "ACTIVE" if payload["active"] else "OFF"


def dashboard_badge_fixed(payload: Payload) -> str:
    active = payload.get("active") is True
    if payload.get("primary") is True:
        return "PRIMARY" if active else "PRIMARY (inactive)"  # no rule ties the two flags
    return "ACTIVE" if active else "OFF"


# The cases ---------------------------------------------------------------------------------------------

AMBULANCE_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="ambulance_paging_tier",
        bug="maps channel to a paging tier with a dict of only the channels the team used (no in_app)",
        buggy=paging_tier_buggy,
        fixed=paging_tier_fixed,
        raises=(KeyError,),
        example=_example({"channel": "in_app", "providerId": "novu", "credentials": {"hmac": True}}),
    ),
    ConsumerCase(
        name="ambulance_kannel_port",
        bug="assumes credentials.port is a decimal number because it names a port (it is any string)",
        buggy=kannel_config_buggy,
        fixed=kannel_config_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "channel": "sms",
                "providerId": "kannel",
                "credentials": {"host": "kannel.dispatch.local", "port": "sendsms", "from": "999"},
            }
        ),
    ),
    ConsumerCase(
        name="ambulance_handover_notice_xml",
        bug="assumes saxutils.escape makes senderName XML-safe (control characters stay and break the XML)",
        buggy=handover_notice_buggy,
        fixed=handover_notice_fixed,
        raises=(ExpatError, UnicodeEncodeError),
        example=_with_credentials(senderName="Ambulance Control\x0c"),
    ),
    ConsumerCase(
        name="ambulance_billing_cp1252",
        bug="assumes every integration name fits the billing system's Windows-1252 code page",
        buggy=billing_record_buggy,
        fixed=billing_record_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Zespół Ratownictwa Medycznego"}),
    ),
    ConsumerCase(
        name="ambulance_paging_metric",
        bug="assumes providerId only holds [a-z0-9-] like built-in providers, so it is a valid metric name",
        buggy=paging_metric_buggy,
        fixed=paging_metric_fixed,
        raises=(ValueError,),
        example=_example({"providerId": "generic-sms.v2"}),
    ),
    ConsumerCase(
        name="ambulance_crew_app_toml",
        bug="writes identifier as a bare TOML key, assuming it is always a server-made slug",
        buggy=crew_app_toml_buggy,
        fixed=crew_app_toml_fixed,
        raises=(tomllib.TOMLDecodeError,),
        example=_example({"identifier": "crew app (night shift)"}),
    ),
    ConsumerCase(
        name="ambulance_mirror_row",
        bug="keys the nightly mirror on _id, which the contract makes optional",
        buggy=mirror_row_buggy,
        fixed=mirror_row_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="ambulance_purge_date",
        bug="parses deletedAt with the exact JS toISOString format (milliseconds and Z), not any timestamp",
        buggy=purge_date_buggy,
        fixed=purge_date_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-08T10:15:00+00:00"}),
    ),
    ConsumerCase(
        name="ambulance_pager_frame",
        bug="packs the length of credentials.from in one byte: assumes a sender is at most 255 UTF-8 bytes",
        buggy=pager_frame_buggy,
        fixed=pager_frame_fixed,
        raises=(struct.error, UnicodeEncodeError),
        example=_with_credentials(**{"from": "\U0001f691 Ambulance Control " * 12}),
    ),
    ConsumerCase(
        name="ambulance_webhook_signature",
        bug="base64-decodes credentials.secretKey because the team's test secret happened to be base64",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(ValueError,),
        example=_with_credentials(secretKey="handover-secret!", webhookUrl="https://hospital.example/hooks"),
    ),
    ConsumerCase(
        name="ambulance_gateway_allow_rule",
        bug="assumes credentials.baseUrl is an absolute URL with a host (urlsplit gives hostname None)",
        buggy=gateway_allow_rule_buggy,
        fixed=gateway_allow_rule_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {
                "channel": "sms",
                "providerId": "infobip-sms",
                "credentials": {"apiKey": "k", "baseUrl": "api.infobip.com/sms/2", "from": "AMBULANCE"},
            }
        ),
    ),
    ConsumerCase(
        name="ambulance_rules_cache_sql",
        bug="builds the INSERT by quoting condition fields and values itself, so a quote breaks the SQL",
        buggy=rules_cache_buggy,
        fixed=rules_cache_fixed,
        raises=(sqlite3.Error, UnicodeEncodeError),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.lastName",
                                "value": "O'Brien",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="ambulance_environment_created",
        bug="reads a creation time from _environmentId, assuming it is a hex MongoDB ObjectId",
        buggy=environment_created_buggy,
        fixed=environment_created_fixed,
        raises=(ValueError,),
        example=_example({"_environmentId": "env-prod-east"}),
    ),
    ConsumerCase(
        name="ambulance_relay_tls_settings",
        bug="assumes every value in credentials.tlsOptions is a string (it is any JSON value)",
        buggy=relay_tls_settings_buggy,
        fixed=relay_tls_settings_fixed,
        raises=(AttributeError,),
        example=_with_credentials(tlsOptions={"rejectUnauthorized": False}),
    ),
    ConsumerCase(
        name="ambulance_crew_page_topics",
        bug="unpacks credentials.region into exactly three dash-separated parts ending in a number",
        buggy=crew_page_topics_buggy,
        fixed=crew_page_topics_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "channel": "sms",
                "providerId": "sns",
                "primary": False,
                "credentials": {"apiKey": "AKIAEXAMPLE", "secretKey": "s", "region": "us-gov-west-1"},
            }
        ),
    ),
    ConsumerCase(
        name="ambulance_dashboard_badge",
        bug="asserts that a primary integration is always active (no rule ties the two flags)",
        buggy=dashboard_badge_buggy,
        fixed=dashboard_badge_fixed,
        raises=(AssertionError,),
        example=_example({"active": False, "primary": True}),
    ),
)
