"""Sixteen consumers of Novu integrations at a made-to-measure tailoring house.

The organisation: a bespoke tailoring brand with a dozen shops and an online atelier. Customers
book fittings, order garments, follow alterations and collect loyalty points; Novu sends the
fitting reminders (SMS), order-ready and receipt e-mails, alteration push notifications, the
loyalty inbox and the staff's on-call alerts. Several small teams read the items of
``GET /v1/integrations`` (``IntegrationResponseDto``, one wire payload per call):

- the *atelier web* team (banner cookies, the e-mail footer template);
- the *shop systems* team (till receipt-mailer config and its TLS context, the SMS bridge);
- the *loyalty* team (spend thresholds, segment previews and report rows from routing rules);
- the *platform* team (routing table, admin dashboard, metrics, secrets audit, push sync,
  on-call alert bodies).

Each consumer comes as a pair. ``*_buggy`` is the code as the team first shipped it: it works on
``HAPPY_PATH`` and on what the team tested with, but carries one plausible mistake that a payload
the contract allows triggers. ``*_fixed`` is the same code after the post-mortem; it never raises
on a contract-valid payload (including the known provider drift and the 3.x shape without
``credentials`` or ``channel``) and returns a sentinel for data it cannot use.
"""

from __future__ import annotations

import base64
import configparser
import copy
import hashlib
import html
import io
import json
import math
import re
import sqlite3
import ssl
import unicodedata
import uuid
from collections import namedtuple
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "TAILOR_BUGS"]


# Shared helpers (both versions use them: they are not where the bugs are) -------------------


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object; ``{}`` when absent (3.x replies omit it for API-key callers)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


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


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any wire string, unpaired surrogates included (JSON can carry them)."""
    return text.encode("utf-8", "surrogatepass")


def _db_text(text: str) -> str:
    """The warehouse driver's adapter: unpaired surrogates become U+FFFD before binding."""
    return _utf8(text).decode("utf-8", "replace")


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced, credentials replaced, keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


# 1. identifier -> banner-dismissal cookie (atelier web) -----------------------------------


def dismissal_cookie_buggy(payload: Payload) -> str:
    """``Set-Cookie`` remembering that staff dismissed the 'provider down' banner of one integration."""
    cookie: SimpleCookie = SimpleCookie()
    name = f"dismissed_{payload['identifier']}"
    cookie[name] = "1"
    cookie[name]["path"] = "/atelier"
    cookie[name]["max-age"] = 86400
    return cookie.output(header="Set-Cookie:")


def dismissal_cookie_fixed(payload: Payload) -> str:
    identifier = _text(payload.get("identifier")) or ""
    # Cookie names must be RFC 6265 tokens; identifiers are free text. Name by a digest instead.
    name = "dismissed_" + hashlib.sha256(_utf8(identifier)).hexdigest()[:20]
    cookie: SimpleCookie = SimpleCookie()
    cookie[name] = "1"
    cookie[name]["path"] = "/atelier"
    cookie[name]["max-age"] = 86400
    return cookie.output(header="Set-Cookie:")


# 2. credentials.password -> till receipt-mailer INI (shop systems) ------------------------


_SMTP_KEYS = ("host", "port", "user", "password", "from")


def till_mailer_ini_buggy(payload: Payload) -> str:
    """The ``[smtp]`` section of the shop tills' receipt-mailer config, from the SMTP integration."""
    credentials = _credentials(payload)
    config = configparser.ConfigParser()
    config["smtp"] = {key: _text(credentials.get(key)) or "" for key in _SMTP_KEYS}
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


def till_mailer_ini_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    # Values are literal secrets: no '%' interpolation on set or on read.
    config = configparser.ConfigParser(interpolation=None)
    config["smtp"] = {key: _text(credentials.get(key)) or "" for key in _SMTP_KEYS}
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


# 3. credentials.tlsOptions -> ssl.SSLContext of the shop relay (shop systems) -------------


_TLS_VERSIONS = {"TLSv1.2": ssl.TLSVersion.TLSv1_2, "TLSv1.3": ssl.TLSVersion.TLSv1_3}


def _tls_version(value: object) -> ssl.TLSVersion | None:
    return _TLS_VERSIONS.get(value) if isinstance(value, str) else None


def relay_tls_context_buggy(payload: Payload) -> dict[str, object]:
    """The client ``SSLContext`` for the shops' own SMTP relay, from nodemailer's ``tlsOptions``."""
    options = _credentials(payload).get("tlsOptions") or {}
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if not options.get("rejectUnauthorized", True):  # self-signed relay certificates in shops
        context.verify_mode = ssl.CERT_NONE
    minimum = _tls_version(options.get("minVersion"))
    if minimum is not None:
        context.minimum_version = minimum
    return {"verify": context.verify_mode.name, "hostname": context.check_hostname}


def relay_tls_context_fixed(payload: Payload) -> dict[str, object]:
    options = _credentials(payload).get("tlsOptions")
    if not isinstance(options, dict):
        options = {}
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if not options.get("rejectUnauthorized", True):
        context.check_hostname = False  # must be switched off before verification is
        context.verify_mode = ssl.CERT_NONE
    minimum = _tls_version(options.get("minVersion"))
    if minimum is not None:
        context.minimum_version = minimum
    return {"verify": context.verify_mode.name, "hostname": context.check_hostname}


# 4. conditions[].children[].value -> loyalty spend thresholds (loyalty) -------------------


_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})
_PENNY = Decimal("0.01")


def spend_thresholds_buggy(payload: Payload) -> list[str]:
    """CRM sync: the spend thresholds in routing rules, as pound amounts for the loyalty tiers."""
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") not in _NUMERIC_OPERATORS:
                continue
            try:
                amount = Decimal(str(child.get("value")))
            except InvalidOperation:
                continue  # a text rule, not a spend threshold
            thresholds.append(f"{child.get('field')} {child.get('operator')} £{amount.quantize(_PENNY)}")
    return thresholds


def spend_thresholds_fixed(payload: Payload) -> list[str]:
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") not in _NUMERIC_OPERATORS:
                continue
            try:
                amount = Decimal(str(child.get("value")))
            except InvalidOperation:
                continue
            # Decimal() also parses 'Infinity', 'NaN' and 1e30: only finite amounts that fit
            # the context's 28 digits once quantized to pennies are money.
            if not amount.is_finite() or amount.adjusted() > 20:
                continue
            thresholds.append(f"{child.get('field')} {child.get('operator')} £{amount.quantize(_PENNY)}")
    return thresholds


# 5. conditions[].children[].field -> loyalty report row type (loyalty) --------------------


def report_row_type_buggy(payload: Payload) -> tuple[str, ...]:
    """The row type of the loyalty report: one column per field a routing rule looks at."""
    columns = ["integration"]
    for condition in _conditions(payload):
        for child in _children(condition):
            columns.append(str(child.get("field")).replace(".", "_"))
    row = namedtuple("SegmentRow", columns)  # type: ignore[misc]
    return tuple(row._fields)


def report_row_type_fixed(payload: Payload) -> tuple[str, ...]:
    columns = ["integration"]
    for condition in _conditions(payload):
        for child in _children(condition):
            column = str(child.get("field")).replace(".", "_")
            # Python folds identifiers to NFKC ('ﬁ' is 'fi'): fold first so rename sees duplicates.
            columns.append(unicodedata.normalize("NFKC", column))
    # Fields are free text ('data.fav-colour', '1st_fitting', a field used twice, ...).
    row = namedtuple("SegmentRow", columns, rename=True)  # type: ignore[misc]
    return tuple(row._fields)


# 6. conditions[].children (may be empty) -> segment preview in SQL (loyalty) --------------


_SQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
}
_SQL_JOIN = {"AND": " AND ", "OR": " OR "}
_MAX_PREVIEW_TERMS = 400
_SAMPLE_CUSTOMERS = (
    (1, "subscriber.plan", "pro"),
    (1, "subscriber.data.tier", "gold"),
    (2, "subscriber.plan", "free"),
    (3, "payload.garment", "morning coat"),
)
_ATTR_TERM = "EXISTS (SELECT 1 FROM attr a WHERE a.customer = c.id AND a.key = ? AND a.value {op} ?)"


def _sample_db() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY)")
    db.execute("CREATE TABLE attr (customer INTEGER, key TEXT, value TEXT)")
    db.executemany("INSERT INTO customer (id) VALUES (?)", [(1,), (2,), (3,)])
    db.executemany("INSERT INTO attr VALUES (?, ?, ?)", _SAMPLE_CUSTOMERS)
    return db


def segment_preview_buggy(payload: Payload) -> int:
    """How many sample customers a routing rule reaches: the rule compiled to a SQL WHERE."""
    clauses: list[str] = []
    params: list[str] = []
    for condition in _conditions(payload):
        terms = []
        for child in _children(condition):
            op = _SQL_OPERATORS.get(str(child.get("operator")))
            if op is None:
                continue  # IN, LIKE, BETWEEN...: not previewed
            terms.append(_ATTR_TERM.format(op=op))
            params += [_db_text(str(child.get("field"))), _db_text(str(child.get("value")))]
        clause = "(" + _SQL_JOIN.get(str(condition.get("value")), " AND ").join(terms) + ")"
        clauses.append(("NOT " if condition.get("isNegated") else "") + clause)
    where = " AND ".join(clauses) or "1"
    db = _sample_db()
    try:
        (count,) = db.execute(f"SELECT count(*) FROM customer c WHERE {where}", params).fetchone()
    finally:
        db.close()
    return int(count)


def segment_preview_fixed(payload: Payload) -> int | None:
    clauses: list[str] = []
    params: list[str] = []
    for condition in _conditions(payload):
        joiner = _SQL_JOIN.get(str(condition.get("value")), " AND ")
        terms = []
        for child in _children(condition):
            op = _SQL_OPERATORS.get(str(child.get("operator")))
            if op is None:
                continue
            terms.append(_ATTR_TERM.format(op=op))
            params += [_db_text(str(child.get("field"))), _db_text(str(child.get("value")))]
        if not terms:  # no (previewable) children: the empty AND is true, the empty OR false
            terms = ["1" if joiner == " AND " else "0"]
        clause = "(" + joiner.join(terms) + ")"
        clauses.append(("NOT " if condition.get("isNegated") else "") + clause)
    if len(clauses) + len(params) // 2 > _MAX_PREVIEW_TERMS:
        return None  # SQLite's expression depth limit: no preview for rules this large
    where = " AND ".join(clauses) or "1"
    db = _sample_db()
    try:
        (count,) = db.execute(f"SELECT count(*) FROM customer c WHERE {where}", params).fetchone()
    finally:
        db.close()
    return int(count)


# 7. primary + active -> shop-floor routing table (platform) -------------------------------


class RoutingConfigError(Exception):
    """The routing table builder refuses an integration it considers inconsistent."""


def routing_entry_buggy(payload: Payload) -> dict[str, object]:
    """One entry of the routing table that picks who sends fitting reminders and receipts."""
    if payload["primary"] and not payload["active"]:
        raise RoutingConfigError(f"primary integration {payload.get('identifier')!r} is inactive")
    role = "primary" if payload["primary"] else ("fallback" if payload["active"] else "off")
    return {"channel": payload.get("channel"), "provider": payload.get("providerId"), "role": role}


def routing_entry_fixed(payload: Payload) -> dict[str, object]:
    # Deactivating or set-primary elsewhere can leave an inactive primary: it just sends nothing.
    active, primary = bool(payload.get("active")), bool(payload.get("primary"))
    role = ("primary" if primary else "fallback") if active else "off"
    return {"channel": payload.get("channel"), "provider": payload.get("providerId"), "role": role}


# 8. _id -> 'connected on' date in the admin dashboard (platform) --------------------------


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def connected_on_buggy(payload: Payload) -> str | None:
    """The dashboard's 'connected on' date, read from the ObjectId (the SDK model has no createdAt)."""
    object_id = _text(payload.get("_id"))
    if object_id is None:
        return None
    seconds = int.from_bytes(bytes.fromhex(object_id)[:4], "big")
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


def connected_on_fixed(payload: Payload) -> str | None:
    object_id = _text(payload.get("_id"))
    if object_id is None or _OBJECT_ID.fullmatch(object_id) is None:
        return None  # the contract only says 'string'
    seconds = int(object_id[:8], 16)
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


# 9. createdAt / updatedAt -> edit-age histogram (platform) --------------------------------


def _edit_age_seconds(payload: Payload) -> float | None:
    created, updated = _text(payload.get("createdAt")), _text(payload.get("updatedAt"))
    if created is None or updated is None:
        return None
    try:
        return (datetime.fromisoformat(updated) - datetime.fromisoformat(created)).total_seconds()
    except (ValueError, TypeError):  # not ISO, or one naive and one aware
        return None


def edit_age_bucket_buggy(payload: Payload) -> str | None:
    """Metrics: log2 bucket of how long after creation an integration was last edited."""
    seconds = _edit_age_seconds(payload)
    if seconds is None:
        return None
    return f"le_2^{math.ceil(math.log2(seconds))}s"


def edit_age_bucket_fixed(payload: Payload) -> str | None:
    seconds = _edit_age_seconds(payload)
    if seconds is None:
        return None
    if seconds <= 0:  # never edited (same instant), or clocks disagree
        return "never_edited"
    return f"le_2^{math.ceil(math.log2(seconds))}s"


# 10. credentials.baseUrl -> SMS bridge endpoint with an SSRF guard (shop systems) ----------


class OutsideBaseUrlError(ValueError):
    """The bridge refuses to call a URL outside the integration's configured base URL."""


def bridge_endpoint_buggy(payload: Payload) -> str | None:
    """The URL the SMS bridge POSTs fitting reminders to, for providers with a ``baseUrl``."""
    base = _text(_credentials(payload).get("baseUrl"))
    if not base:
        return None
    url = urljoin(base, "sms/send")
    if not url.startswith(base):
        raise OutsideBaseUrlError(f"{url!r} is not under {base!r}")
    return url


def bridge_endpoint_fixed(payload: Payload) -> str | None:
    base = _text(_credentials(payload).get("baseUrl"))
    if not base:
        return None
    try:
        parts = urlsplit(base)
    except ValueError:
        return None  # not a URL at all
    # Append to the base path ('/v3' + '/sms/send'); urljoin would replace its last segment.
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "/sms/send"))


# 11. credentials.applicationId -> push app registry row (platform) ------------------------


def push_app_row_buggy(payload: Payload) -> dict[str, str] | None:
    """The push sync job's row for the mobile team's app table (a UUID-keyed column)."""
    app_id = _text(_credentials(payload).get("applicationId"))
    if app_id is None:
        return None
    return {"provider": str(payload.get("providerId")), "app_uuid": str(uuid.UUID(app_id))}


def push_app_row_fixed(payload: Payload) -> dict[str, str] | None:
    app_id = _text(_credentials(payload).get("applicationId"))
    if app_id is None:
        return None
    # Only OneSignal uses UUIDs: APNs has bundle ids, Slack 'A0...' ids, Pushpad numbers.
    try:
        return {"provider": str(payload.get("providerId")), "app_uuid": str(uuid.UUID(app_id))}
    except ValueError:
        return {"provider": str(payload.get("providerId")), "app_ref": app_id}


# 12. credentials.secretKey -> key fingerprint for the secrets audit (platform) ------------


_PEM_ARMOUR = re.compile(r"-----(BEGIN|END) [A-Z ]+-----")


def key_fingerprint_buggy(payload: Payload) -> str | None:
    """Secrets audit: a fingerprint of the signing key (APNs .p8 etc.) so rotations show up."""
    secret = _text(_credentials(payload).get("secretKey"))
    if secret is None:
        return None
    body = _PEM_ARMOUR.sub("", secret).strip()
    return hashlib.sha256(base64.b64decode(body, validate=True)).hexdigest()[:16]


def key_fingerprint_fixed(payload: Payload) -> str | None:
    secret = _text(_credentials(payload).get("secretKey"))
    if secret is None:
        return None
    # Keys are PEM text wrapped at 64 columns, or opaque strings: fingerprint the text,
    # with the armour and all whitespace removed, never a decoding of it.
    body = "".join(_PEM_ARMOUR.sub("", secret).split())
    return hashlib.sha256(_utf8(body)).hexdigest()[:16]


# 13. credentials.accessKey (azure-sms connection string) -> failover endpoint ---------------


def azure_endpoint_buggy(payload: Payload) -> str | None:
    """SMS failover: the Azure Communication Services endpoint from the stored connection string."""
    if payload.get("providerId") != "azure-sms":
        return None
    connection = _text(_credentials(payload).get("accessKey"))
    if connection is None:
        return None
    settings = dict(part.split("=", 1) for part in connection.split(";"))
    return settings.get("endpoint")


def azure_endpoint_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "azure-sms":
        return None
    connection = _text(_credentials(payload).get("accessKey"))
    if connection is None:
        return None
    settings = {}
    for part in connection.split(";"):  # 'endpoint=...;accesskey=...;' often ends with ';'
        key, sep, value = part.partition("=")
        if sep:
            settings[key.strip().lower()] = value.strip()
    return settings.get("endpoint")


# 14. name -> 'sent via' footer of the order-ready e-mail (atelier web) ---------------------


_FOOTER = '<p class="footer">Your garment is ready for collection. Sent via {{ provider }}.</p>'
_PROVIDER_SLOT = re.compile(r"\{\{\s*provider\s*\}\}")


def order_ready_footer_buggy(payload: Payload) -> str:
    """The order-ready e-mail footer with the sending integration's display name filled in."""
    return _PROVIDER_SLOT.sub(html.escape(str(payload.get("name"))), _FOOTER)


def order_ready_footer_fixed(payload: Payload) -> str:
    name = html.escape(str(payload.get("name")))
    return _PROVIDER_SLOT.sub(lambda _match: name, _FOOTER)  # a literal, not a template


# 15. name + Grafana OnCall credentials -> on-call alert body (platform) -------------------


def oncall_alert_body_buggy(payload: Payload) -> bytes:
    """The JSON body posted to Grafana OnCall when an integration's status changes."""
    credentials = _credentials(payload)
    body = {
        "alert_uid": _text(credentials.get("alertUid")) or str(payload.get("_id", "")),
        "title": _text(credentials.get("title")) or f"{payload.get('name')} status changed",
        "state": _text(credentials.get("state")) or ("ok" if payload.get("active") else "alerting"),
        "image_url": _text(credentials.get("imageUrl")),
        "link_to_upstream_details": _text(credentials.get("externalLink")),
        "message": f"{payload.get('name')} ({payload.get('providerId')}) on {payload.get('channel')}",
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def oncall_alert_body_fixed(payload: Payload) -> bytes:
    credentials = _credentials(payload)
    body = {
        "alert_uid": _text(credentials.get("alertUid")) or str(payload.get("_id", "")),
        "title": _text(credentials.get("title")) or f"{payload.get('name')} status changed",
        "state": _text(credentials.get("state")) or ("ok" if payload.get("active") else "alerting"),
        "image_url": _text(credentials.get("imageUrl")),
        "link_to_upstream_details": _text(credentials.get("externalLink")),
        "message": f"{payload.get('name')} ({payload.get('providerId')}) on {payload.get('channel')}",
    }
    # Wire strings may hold unpaired surrogates (text cut by UTF-16 length upstream): \u-escape.
    return json.dumps(body, ensure_ascii=True).encode("ascii")


# 16. credentials.ipPoolName -> deliverability metrics (platform) --------------------------


_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")


def _label_value(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _metric_line(name: str, labels: Mapping[str, str] | None = None) -> str:
    """The team's exposition helper; it checks names as prometheus_client does."""
    if _METRIC_NAME.fullmatch(name) is None:
        raise ValueError(f"Invalid metric name: {name!r}")
    if not labels:
        return f"{name} 0"
    pairs = ",".join(f'{key}="{_label_value(value)}"' for key, value in labels.items())
    return f"{name}{{{pairs}}} 0"


def pool_metric_buggy(payload: Payload) -> str | None:
    """One 'sent' counter per SendGrid IP pool, as the e-mail dashboard expects."""
    pool = _text(_credentials(payload).get("ipPoolName"))
    if not pool:
        return None
    return _metric_line(f"sendgrid_pool_{pool}_sent_total")


def pool_metric_fixed(payload: Payload) -> str | None:
    pool = _text(_credentials(payload).get("ipPoolName"))
    if not pool:
        return None
    # Pool names are free text ('transactional-eu'): a label value, not part of the name.
    return _metric_line("sendgrid_pool_sent_total", {"pool": _db_text(pool)})


# The cases ----------------------------------------------------------------------------------


TAILOR_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="tailor_dismissal_cookie",
        bug="an identifier is always a valid cookie-name token (it is free text)",
        buggy=dismissal_cookie_buggy,
        fixed=dismissal_cookie_fixed,
        raises=(CookieError,),
        example=_example({"identifier": "Fittings SMS (London)"}),
    ),
    ConsumerCase(
        name="tailor_till_mailer_ini",
        bug="configparser stores SMTP secrets verbatim (its % interpolation rejects a bare '%')",
        buggy=till_mailer_ini_buggy,
        fixed=till_mailer_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Qz81"},
            credentials={
                "host": "smtp.shop-mayfair.internal",
                "port": "587",
                "user": "till-07",
                "password": "100%tweed",
                "from": "receipts@example.com",
                "senderName": "Mayfair shop",
            },
        ),
    ),
    ConsumerCase(
        name="tailor_relay_tls_context",
        bug="ssl lets you set CERT_NONE on a client context without first disabling check_hostname",
        buggy=relay_tls_context_buggy,
        fixed=relay_tls_context_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Tl55"},
            credentials={
                "host": "10.20.0.5",
                "port": "465",
                "secure": True,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "receipts@example.com",
                "senderName": "Savile shop",
            },
        ),
    ),
    ConsumerCase(
        name="tailor_spend_thresholds",
        bug="every string Decimal() parses can be quantized to pennies (not Infinity or 1e30)",
        buggy=spend_thresholds_buggy,
        fixed=spend_thresholds_fixed,
        raises=(InvalidOperation,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.lifetimeSpend",
                                "value": "Infinity",
                                "operator": "LARGER_EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="tailor_report_row_type",
        bug="condition fields become distinct Python identifiers once dots become underscores",
        buggy=report_row_type_buggy,
        fixed=report_row_type_fixed,
        raises=(ValueError, SyntaxError),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.garment-type",
                                "value": "morning coat",
                                "operator": "EQUAL",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="tailor_segment_preview",
        bug="a condition always has at least one (previewable) child, so its SQL group is never '()'",
        buggy=segment_preview_buggy,
        fixed=segment_preview_fixed,
        raises=(sqlite3.OperationalError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="tailor_routing_entry",
        bug="a primary integration is always active (set-primary/deactivation can leave it inactive)",
        buggy=routing_entry_buggy,
        fixed=routing_entry_fixed,
        raises=(RoutingConfigError,),
        example=_example({"primary": True, "active": False}),
    ),
    ConsumerCase(
        name="tailor_connected_on",
        bug="_id is always a hex MongoDB ObjectId whose first 4 bytes are a timestamp",
        buggy=connected_on_buggy,
        fixed=connected_on_fixed,
        raises=(ValueError,),
        example=_example({"_id": "int_sendgrid_mayfair"}),
    ),
    ConsumerCase(
        name="tailor_edit_age_bucket",
        bug="updatedAt is always strictly after createdAt (never-edited records have them equal)",
        buggy=edit_age_bucket_buggy,
        fixed=edit_age_bucket_fixed,
        raises=(ValueError,),
        example=_example({"createdAt": "2025-03-04T09:15:00.000Z", "updatedAt": "2025-03-04T09:15:00.000Z"}),
    ),
    ConsumerCase(
        name="tailor_bridge_endpoint",
        bug="urljoin(baseUrl, 'sms/send') appends to the base path (it replaces its last segment)",
        buggy=bridge_endpoint_buggy,
        fixed=bridge_endpoint_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "infobip-sms",
                "channel": "sms",
                "name": "Infobip",
                "identifier": "infobip-Ab3dE9",
                "primary": False,
            },
            credentials={
                "apiKey": "fake-infobip-key",
                "baseUrl": "https://gw.example.com/api/v2",
                "from": "TAILORS",
            },
        ),
    ),
    ConsumerCase(
        name="tailor_push_app_row",
        bug="a push applicationId is always a UUID (APNs bundle ids, Slack and Pushpad ids are not)",
        buggy=push_app_row_buggy,
        fixed=push_app_row_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "apns",
                "channel": "push",
                "name": "APNs",
                "identifier": "apns-Rr5x2",
                "primary": False,
            },
            credentials={
                "apiKey": "KEYID12345",
                "applicationId": "com.example.atelier",
                "projectName": "atelier",
                "secretKey": "fake-p8-key",
            },
        ),
    ),
    ConsumerCase(
        name="tailor_key_fingerprint",
        bug="a secretKey is one line of strict base64 (PEM keys wrap at 64 columns, others are opaque)",
        buggy=key_fingerprint_buggy,
        fixed=key_fingerprint_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "apns",
                "channel": "push",
                "name": "APNs",
                "identifier": "apns-Pk8a1",
                "primary": False,
            },
            credentials={
                "apiKey": "KEYID12345",
                "applicationId": "com.example.atelier",
                "projectName": "atelier",
                "secretKey": "-----BEGIN PRIVATE KEY-----\nZmFrZS1rZXktbGluZS0x\nZmFrZS1rZXktbGluZS0y\n"
                "-----END PRIVATE KEY-----\n",
            },
        ),
    ),
    ConsumerCase(
        name="tailor_azure_endpoint",
        bug="every ';'-separated part of a connection string has an '=' (not a trailing ';')",
        buggy=azure_endpoint_buggy,
        fixed=azure_endpoint_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "azure-sms",
                "channel": "sms",
                "name": "Azure Sms",
                "identifier": "azure-sms-Zx91",
            },
            credentials={
                "accessKey": "endpoint=https://tailor-sms.communication.azure.com/;accesskey=ZmFrZQ==;",
                "from": "+447700900123",
            },
        ),
    ),
    ConsumerCase(
        name="tailor_order_ready_footer",
        bug="re.sub's replacement is plain text (it expands backslash escapes such as \\U or \\1)",
        buggy=order_ready_footer_buggy,
        fixed=order_ready_footer_fixed,
        raises=(re.error,),
        example=_example({"name": "SendGrid EU\\UK"}),
    ),
    ConsumerCase(
        name="tailor_oncall_alert_body",
        bug="every wire string encodes to UTF-8 (JSON can carry an unpaired surrogate)",
        buggy=oncall_alert_body_buggy,
        fixed=oncall_alert_body_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {
                "providerId": "grafana-on-call",
                "channel": "chat",
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-Hh2",
                "primary": False,
            },
            credentials={
                "alertUid": "atelier-ops",
                "title": "Fitting reminders down \ud83e",
                "state": "alerting",
            },
        ),
    ),
    ConsumerCase(
        name="tailor_pool_metric",
        bug="a SendGrid IP pool name can go into a Prometheus metric name",
        buggy=pool_metric_buggy,
        fixed=pool_metric_fixed,
        raises=(ValueError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "no-reply@example.com",
                "senderName": "Example Inc",
                "ipPoolName": "transactional-eu",
            }
        ),
    ),
)
