"""Sixteen consumers from a payroll and HR-benefits SaaS, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The company sends
payslip notices, benefit-enrolment reminders and payroll-run alerts through Novu and reads its integrations
(``GET /v1/integrations``) from dashboards, billing jobs, config builders, rule compilers and migration
scripts. Each buggy consumer is written carefully except for one assumption about a value the contract
allows but its author did not foresee; each fixed control is the same code done right and must never raise
on any contract-valid payload.
"""

from __future__ import annotations

import configparser
import copy
import hashlib
import http.client
import io
import ipaddress
import json
import re
import uuid
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------------
# Shared helpers (tolerant readers used by both versions, so each buggy version holds exactly one mistake)
# --------------------------------------------------------------------------------------------------


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys dropped and the credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _text(record: object, key: str) -> str:
    """The string under ``key`` of a JSON object, or ``""`` when absent or not a string."""
    if isinstance(record, Mapping):
        value = record.get(key)
        if isinstance(value, str):
            return value
    return ""


def _flag(record: object, key: str) -> bool:
    """Whether the JSON object carries ``key: true``."""
    return isinstance(record, Mapping) and record.get(key) is True


def _creds(payload: Payload) -> Mapping[str, Any]:
    """The credentials object, or an empty one."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, Mapping) else {}


def _filters(payload: Payload) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Every ``(condition, child)`` pair of the integration's conditions, skipping malformed items."""
    found: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return found
    for condition in conditions:
        if not isinstance(condition, Mapping):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        found.extend((condition, child) for child in children if isinstance(child, Mapping))
    return found


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


def _well_formed(text: str) -> str:
    """The string with lone surrogates (valid in a JSON string, not in UTF-8) replaced by ``?``."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _quote(text: str) -> str:
    """Percent-encode every reserved character (and lone surrogates) of a URL component."""
    return quote(text, safe="", errors="surrogatepass")


# --------------------------------------------------------------------------------------------------
# 1. HR-ops dashboard tile: a monogram badge for each notification integration
# --------------------------------------------------------------------------------------------------


def _tile(payload: Payload, monogram: str) -> dict[str, str]:
    return {
        "monogram": monogram,
        "title": _text(payload, "name") or _text(payload, "providerId"),
        "channel": _text(payload, "channel"),
        "status": "live" if _flag(payload, "active") else "paused",
    }


def dashboard_tile_buggy(payload: Payload) -> dict[str, str]:
    """Build the tile; the monogram is the first letter of the integration's name."""
    name = _text(payload, "name")
    first_word = name.split()[0]  # BUG: an empty or all-blank name has no first word
    return _tile(payload, first_word[0].upper())


def dashboard_tile_fixed(payload: Payload) -> dict[str, str]:
    """Build the tile; a nameless integration gets a placeholder monogram."""
    words = _text(payload, "name").split()
    return _tile(payload, words[0][0].upper() if words else "?")


# --------------------------------------------------------------------------------------------------
# 2. Payroll-run alerting: the subject line of the on-call alert when an integration changes state
# --------------------------------------------------------------------------------------------------

_ALERT_CONTEXT = {"env": "prod-eu", "company": "Acme Payroll GmbH"}


def alert_subject_buggy(payload: Payload) -> str:
    """Render the alert subject; the integration name is spliced into the template."""
    state = "active" if _flag(payload, "active") else "disabled"
    template = (
        "[{env}] Payroll notices via " + _text(payload, "name") + " ({provider}) are {state} for {company}"
    )
    # BUG: braces in the name are read as replacement fields by str.format
    return template.format(provider=_text(payload, "providerId"), state=state, **_ALERT_CONTEXT)


def alert_subject_fixed(payload: Payload) -> str:
    """Render the alert subject; the integration name is a format argument, never part of the template."""
    state = "active" if _flag(payload, "active") else "disabled"
    template = "[{env}] Payroll notices via {name} ({provider}) are {state} for {company}"
    return template.format(
        name=_text(payload, "name"), provider=_text(payload, "providerId"), state=state, **_ALERT_CONTEXT
    )


# --------------------------------------------------------------------------------------------------
# 3. SMS delivery receipts: one callback hostname per integration under the company's DLR zone
# --------------------------------------------------------------------------------------------------

_DLR_ZONE = "dlr.payroll.example"


def dlr_callback_host_buggy(payload: Payload) -> str:
    """The delivery-receipt callback host, in ASCII (IDNA) form."""
    host = f"{_text(payload, 'identifier').lower()}.{_DLR_ZONE}"
    # BUG: an identifier is not a DNS label: it may be empty, longer than 63 characters or contain dots
    return host.encode("idna").decode("ascii")


def dlr_callback_host_fixed(payload: Payload) -> str:
    """The delivery-receipt callback host: a readable slug plus a digest, always one valid DNS label."""
    identifier = _text(payload, "identifier")
    slug = re.sub(r"[^a-z0-9]+", "-", identifier.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha256(_utf8(identifier)).hexdigest()[:12]
    label = f"{slug}-{digest}" if slug else f"i-{digest}"
    return f"{label}.{_DLR_ZONE}".encode("idna").decode("ascii")


# --------------------------------------------------------------------------------------------------
# 4. Usage billing: the monthly pass-through cost line of each integration
# --------------------------------------------------------------------------------------------------

_MESSAGES_THIS_MONTH = 1250
_UNIT_COST: dict[str, Decimal] = {
    # Rate card written from the October-2024 provider list (no afro-message yet, no emailjs).
    "novu": Decimal("0"),
    "novu-email": Decimal("0"),
    "novu-sms": Decimal("0"),
    "sendgrid": Decimal("0.00010"),
    "ses": Decimal("0.00010"),
    "mailgun": Decimal("0.00080"),
    "postmark": Decimal("0.00125"),
    "mailjet": Decimal("0.00090"),
    "sendinblue": Decimal("0.00060"),
    "resend": Decimal("0.00040"),
    "nodemailer": Decimal("0"),
    "twilio": Decimal("0.0079"),
    "plivo": Decimal("0.0050"),
    "sns": Decimal("0.00645"),
    "nexmo": Decimal("0.0068"),
    "telnyx": Decimal("0.0040"),
    "messagebird": Decimal("0.0060"),
    "infobip-sms": Decimal("0.0070"),
    "termii": Decimal("0.0035"),
    "africas-talking": Decimal("0.0030"),
    "fcm": Decimal("0"),
    "apns": Decimal("0"),
    "expo": Decimal("0"),
    "one-signal": Decimal("0"),
    "slack": Decimal("0"),
    "msteams": Decimal("0"),
}


def usage_cost_line_buggy(payload: Payload) -> dict[str, str]:
    """The invoice line for this month's messages through the integration."""
    provider = _text(payload, "providerId")
    unit = _UNIT_COST[provider]  # BUG: providerId is any string; the rate card does not know every provider
    total = (unit * _MESSAGES_THIS_MONTH).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {
        "integration": _text(payload, "identifier"),
        "provider": provider,
        "unit": str(unit),
        "total": str(total),
    }


def usage_cost_line_fixed(payload: Payload) -> dict[str, str]:
    """The invoice line; an unpriced provider is billed at zero and flagged for the finance team."""
    provider = _text(payload, "providerId")
    unit = _UNIT_COST.get(provider)
    if unit is None:
        return {
            "integration": _text(payload, "identifier"),
            "provider": provider,
            "unit": "?",
            "total": "unpriced",
        }
    total = (unit * _MESSAGES_THIS_MONTH).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return {
        "integration": _text(payload, "identifier"),
        "provider": provider,
        "unit": str(unit),
        "total": str(total),
    }


# --------------------------------------------------------------------------------------------------
# 5. Retention: where the archive copy of a soft-deleted integration goes (partitioned by deletion day)
# --------------------------------------------------------------------------------------------------


def retention_archive_key_buggy(payload: Payload) -> str | None:
    """The object-store key of the archived record, or None for a live one."""
    if not _flag(payload, "deleted"):
        return None
    deleted_on = payload["deletedAt"][:10]  # BUG: a deleted record need not carry deletedAt
    record = _text(payload, "_id") or _text(payload, "identifier")
    return f"integrations/deleted/{_quote(deleted_on)}/{_quote(record)}.json"


def retention_archive_key_fixed(payload: Payload) -> str | None:
    """The object-store key; a deleted record without a deletion time goes to an ``undated`` partition."""
    if not _flag(payload, "deleted"):
        return None
    deleted_on = _text(payload, "deletedAt")[:10] or "undated"
    record = _text(payload, "_id") or _text(payload, "identifier")
    return f"integrations/deleted/{_quote(deleted_on)}/{_quote(record)}.json"


# --------------------------------------------------------------------------------------------------
# 6. Legacy SMS sender daemon: an INI file rendered from the integration's credentials
# --------------------------------------------------------------------------------------------------


def _gateway_ini(payload: Payload, parser: configparser.ConfigParser) -> str:
    parser.add_section("gateway")
    parser.set("gateway", "provider", _text(payload, "providerId"))
    for key, value in sorted(_creds(payload).items()):
        if isinstance(value, str | bool | int | float):
            parser.set("gateway", key, str(value))
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def gateway_ini_buggy(payload: Payload) -> str:
    """Render the daemon's ``[gateway]`` section."""
    # BUG: the default BasicInterpolation rejects any value with a lone '%' (common in passwords)
    return _gateway_ini(payload, configparser.ConfigParser())


def gateway_ini_fixed(payload: Payload) -> str:
    """Render the section with interpolation off, so credential values are written verbatim."""
    return _gateway_ini(payload, configparser.ConfigParser(interpolation=None))


# --------------------------------------------------------------------------------------------------
# 7. Payslip mail relay: the SMTP DSN handed to the mailer sidecar for Custom SMTP integrations
# --------------------------------------------------------------------------------------------------

_SMTP_DEFAULT_PORT = {"smtp": 587, "smtps": 465}


def smtp_relay_dsn_buggy(payload: Payload) -> dict[str, object] | None:
    """Build the DSN and the sidecar settings derived from it."""
    credentials = _creds(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    scheme = "smtps" if _flag(credentials, "secure") else "smtp"
    user, password = _text(credentials, "user"), _text(credentials, "password")
    dsn = f"{scheme}://{user}:{password}@{host}"  # BUG: userinfo and host are not percent-encoded
    parts = urlsplit(dsn)
    return {
        "dsn": dsn,
        "host": parts.hostname or "",
        "port": parts.port or _SMTP_DEFAULT_PORT[scheme],
        "user": unquote(parts.username or ""),
    }


def smtp_relay_dsn_fixed(payload: Payload) -> dict[str, object] | None:
    """Build the DSN from percent-encoded parts; the settings come from the credentials, not a re-parse."""
    credentials = _creds(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    scheme = "smtps" if _flag(credentials, "secure") else "smtp"
    user, password = _text(credentials, "user"), _text(credentials, "password")
    dsn = f"{scheme}://{_quote(user)}:{_quote(password)}@{_quote(host)}"
    return {"dsn": dsn, "host": host, "port": _SMTP_DEFAULT_PORT[scheme], "user": user}


# --------------------------------------------------------------------------------------------------
# 8. Network team: egress firewall rule for self-hosted gateways (Kannel, Custom SMTP) reached by `host`
# --------------------------------------------------------------------------------------------------


def egress_rule_buggy(payload: Payload) -> dict[str, str] | None:
    """The egress allow rule for the gateway host, or None when the integration has no host."""
    host = _text(_creds(payload), "host")
    if not host:
        return None
    address = ipaddress.ip_address(host)  # BUG: host may be a DNS name, not an IP literal
    return {
        "action": "allow",
        "cidr": f"{address}/{address.max_prefixlen}",
        "integration": _text(payload, "_id"),
    }


def egress_rule_fixed(payload: Payload) -> dict[str, str] | None:
    """The egress allow rule: a CIDR for an IP literal, an FQDN rule for a name."""
    host = _text(_creds(payload), "host")
    if not host:
        return None
    try:
        address = ipaddress.ip_address(host.strip())
    except ValueError:
        return {
            "action": "allow",
            "fqdn": host.strip().lower().rstrip("."),
            "integration": _text(payload, "_id"),
        }
    return {
        "action": "allow",
        "cidr": f"{address}/{address.max_prefixlen}",
        "integration": _text(payload, "_id"),
    }


# --------------------------------------------------------------------------------------------------
# 9. Mobile team: registry of push apps (payslip-ready pushes), keyed by the provider's application id
# --------------------------------------------------------------------------------------------------


def push_app_registry_buggy(payload: Payload) -> dict[str, str] | None:
    """The registry row of the integration's application id (stored in a UUID column)."""
    app_id = _text(_creds(payload), "applicationId")
    if not app_id:
        return None
    canonical = str(uuid.UUID(app_id))  # BUG: only OneSignal uses UUIDs; APNs, Pushpad, Slack ids are not
    return {
        "app": canonical,
        "provider": _text(payload, "providerId"),
        "environment": _text(payload, "_environmentId"),
    }


def push_app_registry_fixed(payload: Payload) -> dict[str, str] | None:
    """The registry row; a non-UUID application id is kept verbatim."""
    app_id = _text(_creds(payload), "applicationId")
    if not app_id:
        return None
    try:
        canonical = str(uuid.UUID(app_id))
    except ValueError:
        canonical = app_id
    return {
        "app": canonical,
        "provider": _text(payload, "providerId"),
        "environment": _text(payload, "_environmentId"),
    }


# --------------------------------------------------------------------------------------------------
# 10. Connectivity pre-flight for header-authenticated SMS gateways (generic-sms `apiKeyRequestHeader`)
# --------------------------------------------------------------------------------------------------

_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")


def _auth_headers(credentials: Mapping[str, Any]) -> list[tuple[str, str]]:
    headers = [(_text(credentials, "apiKeyRequestHeader"), _text(credentials, "apiKey"))]
    if isinstance(credentials.get("secretKeyRequestHeader"), str):
        headers.append((_text(credentials, "secretKeyRequestHeader"), _text(credentials, "secretKey")))
    return headers


def header_preflight_buggy(payload: Payload) -> list[str] | None:
    """Stage the authenticated request with http.client (no connection is opened) and list its headers."""
    credentials = _creds(payload)
    if not isinstance(credentials.get("apiKeyRequestHeader"), str):
        return None
    connection = http.client.HTTPConnection("sms-gateway.invalid", timeout=5)
    try:
        connection.putrequest("POST", "/messages", skip_accept_encoding=True)
        staged = []
        for name, value in _auth_headers(credentials):
            connection.putheader(name, value)  # BUG: the configured header name/value may not be valid HTTP
            staged.append(name)
    finally:
        connection.close()
    return staged


def header_preflight_fixed(payload: Payload) -> list[str] | None:
    """Stage the request; a header name or value that HTTP cannot carry is reported, not sent."""
    credentials = _creds(payload)
    if not isinstance(credentials.get("apiKeyRequestHeader"), str):
        return None
    connection = http.client.HTTPConnection("sms-gateway.invalid", timeout=5)
    try:
        connection.putrequest("POST", "/messages", skip_accept_encoding=True)
        staged = []
        for name, value in _auth_headers(credentials):
            if _HEADER_NAME.fullmatch(name) and _HEADER_VALUE.fullmatch(value):
                connection.putheader(name, value)
                staged.append(name)
            else:
                staged.append("invalid header: " + ascii(name))
    finally:
        connection.close()
    return staged


# --------------------------------------------------------------------------------------------------
# 11. Rules compiler: salary-band conditions (BETWEEN / NOT_BETWEEN) for the pay-review notifications
# --------------------------------------------------------------------------------------------------


def salary_band_rules_buggy(payload: Payload) -> list[dict[str, object]]:
    """Compile every BETWEEN child into a band rule with its low and high bounds."""
    rules: list[dict[str, object]] = []
    for condition, child in _filters(payload):
        operator = _text(child, "operator")
        if operator not in ("BETWEEN", "NOT_BETWEEN"):
            continue
        low, high = _text(child, "value").split(",")  # BUG: the value is free text, not always "low,high"
        outside = (operator == "NOT_BETWEEN") != _flag(condition, "isNegated")
        rules.append(
            {"field": _text(child, "field"), "low": low.strip(), "high": high.strip(), "outside": outside}
        )
    return rules


def salary_band_rules_fixed(payload: Payload) -> list[dict[str, object]]:
    """Compile the band rules; a value that is not exactly two bounds is kept as a malformed rule."""
    rules: list[dict[str, object]] = []
    for condition, child in _filters(payload):
        operator = _text(child, "operator")
        if operator not in ("BETWEEN", "NOT_BETWEEN"):
            continue
        outside = (operator == "NOT_BETWEEN") != _flag(condition, "isNegated")
        bounds = _text(child, "value").split(",")
        if len(bounds) != 2:
            rules.append(
                {"field": _text(child, "field"), "malformed": _text(child, "value"), "outside": outside}
            )
            continue
        low, high = bounds
        rules.append(
            {"field": _text(child, "field"), "low": low.strip(), "high": high.strip(), "outside": outside}
        )
    return rules


# --------------------------------------------------------------------------------------------------
# 12. Employee-directory search indexer: LIKE conditions turned into regular expressions
# --------------------------------------------------------------------------------------------------


def like_patterns_buggy(payload: Payload) -> list[str]:
    """Regex for each LIKE / NOT_LIKE child (``%`` = any run, ``_`` = any one character)."""
    patterns: list[str] = []
    for _condition, child in _filters(payload):
        if _text(child, "operator") not in ("LIKE", "NOT_LIKE"):
            continue
        value = _text(child, "value")
        # BUG: the rest of the value is not escaped, so '*', '+', '(' or '[' make an invalid regex
        regex = re.compile("^" + value.replace("%", ".*").replace("_", ".") + "$", re.IGNORECASE)
        patterns.append(regex.pattern)
    return patterns


def _like_regex(value: str) -> re.Pattern[str]:
    pieces = [".*" if char == "%" else "." if char == "_" else re.escape(char) for char in value]
    return re.compile("^" + "".join(pieces) + "$", re.IGNORECASE | re.DOTALL)


def like_patterns_fixed(payload: Payload) -> list[str]:
    """Regex for each LIKE child, every literal character escaped."""
    patterns: list[str] = []
    for _condition, child in _filters(payload):
        if _text(child, "operator") not in ("LIKE", "NOT_LIKE"):
            continue
        patterns.append(_like_regex(_text(child, "value")).pattern)
    return patterns


# --------------------------------------------------------------------------------------------------
# 13. Benefits enrolment: membership lists of IN / NOT_IN / ANY_IN / ALL_IN conditions (plans, cost centres)
# --------------------------------------------------------------------------------------------------

_LIST_OPERATORS = frozenset({"IN", "NOT_IN", "ANY_IN", "ALL_IN"})


def benefit_lists_buggy(payload: Payload) -> dict[str, list[str]]:
    """The member list of each list-operator child, keyed by field."""
    lists: dict[str, list[str]] = {}
    for _condition, child in _filters(payload):
        if _text(child, "operator") not in _LIST_OPERATORS:
            continue
        members = json.loads(
            _text(child, "value")
        )  # BUG: the value is a plain string, not always a JSON array
        lists[_text(child, "field")] = [str(member) for member in members]
    return lists


def _members(raw: str) -> list[str]:
    stripped = raw.strip()
    if stripped.startswith("["):
        try:
            decoded = json.loads(stripped)
        except (ValueError, RecursionError):
            decoded = None
        if isinstance(decoded, list):
            return [
                item if isinstance(item, str) else json.dumps(item)
                for item in decoded
                if isinstance(item, str | int | float | bool)
            ]
    return [part.strip() for part in raw.split(",") if part.strip()]


def benefit_lists_fixed(payload: Payload) -> dict[str, list[str]]:
    """The member lists; a JSON array is decoded, anything else is read as a comma-separated list."""
    lists: dict[str, list[str]] = {}
    for _condition, child in _filters(payload):
        if _text(child, "operator") not in _LIST_OPERATORS:
            continue
        lists[_text(child, "field")] = _members(_text(child, "value"))
    return lists


# --------------------------------------------------------------------------------------------------
# 14. Payslip notice: the Subject header of the "your payslip is ready" mail
# --------------------------------------------------------------------------------------------------


def payslip_subject_buggy(payload: Payload) -> str:
    """The Subject header, naming the sender configured on the email integration."""
    sender = _well_formed(_text(_creds(payload), "senderName") or _text(payload, "name"))
    message = EmailMessage()
    message["Subject"] = f"Your payslip from {sender} is ready"  # BUG: senderName may span several lines
    return str(message["Subject"])


def payslip_subject_fixed(payload: Payload) -> str:
    """The Subject header, with the sender name folded onto one line first."""
    sender = " ".join(_well_formed(_text(_creds(payload), "senderName") or _text(payload, "name")).split())
    message = EmailMessage()
    message["Subject"] = f"Your payslip from {sender} is ready"
    return str(message["Subject"])


# --------------------------------------------------------------------------------------------------
# 15. Data warehouse export: a pseudonymous integration key, keyed per tenant organisation
# --------------------------------------------------------------------------------------------------


def warehouse_key_buggy(payload: Payload) -> str:
    """BLAKE2b of the integration id, keyed with the organisation id."""
    record = _text(payload, "_id") or _text(payload, "identifier")
    organization = _text(payload, "_organizationId")
    # BUG: BLAKE2b keys are at most 64 bytes; the organisation id is any string, not always a 24-char ObjectId
    digest = hashlib.blake2b(_utf8(record), key=_utf8(organization), digest_size=16)
    return digest.hexdigest()


def warehouse_key_fixed(payload: Payload) -> str:
    """BLAKE2b of the integration id, keyed with a fixed-size key derived from the organisation id."""
    record = _text(payload, "_id") or _text(payload, "identifier")
    tenant_key = hashlib.blake2b(_utf8(_text(payload, "_organizationId")), digest_size=32).digest()
    return hashlib.blake2b(_utf8(record), key=tenant_key, digest_size=16).hexdigest()


# --------------------------------------------------------------------------------------------------
# 16. HR chat bot: the OAuth part of the Slack app manifest, from the Slack integration's credentials
# --------------------------------------------------------------------------------------------------


def slack_manifest_buggy(payload: Payload) -> dict[str, object] | None:
    """The manifest's OAuth settings, or None for a non-Slack integration."""
    if _text(payload, "providerId") != "slack":
        return None
    credentials = _creds(payload)
    redirect = _text(credentials, "redirectUrl")
    return {
        # BUG: every credential is optional; a Slack integration may not have been configured yet
        "app_id": credentials["applicationId"],
        "client_id": credentials["clientId"],
        "client_secret": credentials["secretKey"],
        "redirect_urls": [redirect] if redirect else [],
    }


def slack_manifest_fixed(payload: Payload) -> dict[str, object] | None:
    """The manifest's OAuth settings; missing credentials are listed instead of assumed."""
    if _text(payload, "providerId") != "slack":
        return None
    credentials = _creds(payload)
    redirect = _text(credentials, "redirectUrl")
    keys = ("applicationId", "clientId", "secretKey")
    return {
        "app_id": _text(credentials, "applicationId"),
        "client_id": _text(credentials, "clientId"),
        "client_secret": _text(credentials, "secretKey"),
        "redirect_urls": [redirect] if redirect else [],
        "missing": [key for key in keys if not isinstance(credentials.get(key), str)],
    }


# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------


def _child(field: str, value: str, operator: str, on: str = "payload") -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator, "on": on}


def _condition(*children: dict[str, str], negated: bool = False, value: str = "AND") -> dict[str, Any]:
    return {"isNegated": negated, "type": "STATEMENT", "value": value, "children": list(children)}


PAYROLL_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="payroll_dashboard_monogram",
        bug="assumes the integration name has at least one word (empty and blank names are valid)",
        buggy=dashboard_tile_buggy,
        fixed=dashboard_tile_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "",
                "identifier": "-k2Jd9aPq",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="payroll_alert_template",
        bug="splices the integration name into a str.format template, so braces in the name are parsed",
        buggy=alert_subject_buggy,
        fixed=alert_subject_fixed,
        raises=(KeyError, ValueError, IndexError, AttributeError, TypeError),
        example=_payload(
            {"name": "Payslips {EU} - SendGrid", "identifier": "payslips-eu-send-grid-Qm3x8Zt1"}
        ),
    ),
    ConsumerCase(
        name="payroll_dlr_hostname",
        bug="uses the identifier as a DNS label (it may be empty, dotted or longer than 63 characters)",
        buggy=dlr_callback_host_buggy,
        fixed=dlr_callback_host_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {
                "name": "Twilio Payroll Notifications For Contractors And Hourly Employees",
                "identifier": "twilio-payroll-notifications-for-contractors-and-hourly-employees-Vb81xQ0a",
                "providerId": "twilio",
                "channel": "sms",
            },
            credentials={
                "accountSid": "AC0123456789abcdef0123456789abcdef",
                "token": "tok-1",
                "from": "+4915112345",
            },
        ),
    ),
    ConsumerCase(
        name="payroll_usage_cost",
        bug="looks providerId up in a fixed rate card (providerId is any string; afro-message is newer)",
        buggy=usage_cost_line_buggy,
        fixed=usage_cost_line_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Afro Message",
                "identifier": "afro-message-Qw3rTy7z",
                "providerId": "afro-message",
                "channel": "sms",
            },
            credentials={"apiKey": "am-key-1", "senderName": "AcmePay", "from": "AcmePay"},
        ),
    ),
    ConsumerCase(
        name="payroll_retention_archive",
        bug="assumes a deleted integration always carries deletedAt",
        buggy=retention_archive_key_buggy,
        fixed=retention_archive_key_fixed,
        raises=(KeyError,),
        example=_payload(
            {"deleted": True, "active": False, "primary": False}, drop=("deletedAt", "deletedBy")
        ),
    ),
    ConsumerCase(
        name="payroll_gateway_ini",
        bug="writes credential values through configparser's default interpolation, which rejects a lone '%'",
        buggy=gateway_ini_buggy,
        fixed=gateway_ini_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Gupshup", "identifier": "gupshup-T7yh2LmQ", "providerId": "gupshup", "channel": "sms"},
            credentials={"user": "2000187654", "password": "Gu%ps7!x"},
        ),
    ),
    ConsumerCase(
        name="payroll_smtp_dsn",
        bug="puts user, password and host into an SMTP URL unencoded, then re-parses it ('/', '#', '?')",
        buggy=smtp_relay_dsn_buggy,
        fixed=smtp_relay_dsn_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Jq81mZx0", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.payroll-relay.example",
                "port": "587",
                "user": "payroll-bot",
                "password": "p/7#Qx?r",
                "secure": False,
                "from": "payslips@example.com",
                "senderName": "Acme Payroll",
            },
        ),
    ),
    ConsumerCase(
        name="payroll_egress_allowlist",
        bug="assumes credentials.host is an IP literal (it is usually a DNS name)",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Hh29dLq0",
                "providerId": "kannel",
                "channel": "sms",
            },
            credentials={"host": "kannel.payroll.internal", "port": "13013", "from": "AcmePay"},
        ),
    ),
    ConsumerCase(
        name="payroll_push_app_uuid",
        bug="assumes credentials.applicationId is a UUID (only OneSignal's is; APNs uses a bundle id)",
        buggy=push_app_registry_buggy,
        fixed=push_app_registry_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "ap-ns-R5tq0Wm2",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----\nMIGTAgEA\n-----END PRIVATE KEY-----",
                "apiKey": "ABC123DEFG",
                "projectName": "TEAM123456",
                "applicationId": "com.acme.payroll",
            },
        ),
    ),
    ConsumerCase(
        name="payroll_header_preflight",
        bug="passes apiKeyRequestHeader and apiKey to http.client unchecked (':' or non-ASCII is invalid)",
        buggy=header_preflight_buggy,
        fixed=header_preflight_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-Pz0k3Wq8",
                "providerId": "generic-sms",
                "channel": "sms",
            },
            credentials={
                "baseUrl": "https://sms.payroll-gateway.example/api",
                "apiKeyRequestHeader": "X-API-KEY:",
                "apiKey": "gsk-31f2",
                "idPath": "data.id",
                "from": "AcmePay",
            },
        ),
    ),
    ConsumerCase(
        name="payroll_salary_band",
        bug="splits a BETWEEN value into exactly two comma-separated bounds",
        buggy=salary_band_rules_buggy,
        fixed=salary_band_rules_fixed,
        raises=(ValueError,),
        example=_payload(
            {"conditions": [_condition(_child("payload.grossSalary", "30000-45000", "BETWEEN"))]},
        ),
    ),
    ConsumerCase(
        name="payroll_like_matcher",
        bug="turns a LIKE value into a regex without escaping it ('*', '+', '(' or '[' are invalid)",
        buggy=like_patterns_buggy,
        fixed=like_patterns_fixed,
        raises=(re.error,),
        example=_payload(
            {
                "name": "MSTeams",
                "identifier": "ms-teams-Lk2Pq9xZ",
                "providerId": "msteams",
                "channel": "chat",
                "primary": False,
                "credentials": {},
                "conditions": [
                    _condition(_child("subscriber.data.department", "*contractor*", "LIKE", "subscriber"))
                ],
            },
        ),
    ),
    ConsumerCase(
        name="payroll_benefit_in_list",
        bug="parses the value of IN / ANY_IN children as a JSON array (it is a plain string)",
        buggy=benefit_lists_buggy,
        fixed=benefit_lists_fixed,
        raises=(ValueError, TypeError, RecursionError),
        example=_payload(
            {
                "name": "Expo Push",
                "identifier": "expo-push-Ux7Wq2Ld",
                "providerId": "expo",
                "channel": "push",
                "primary": False,
                "credentials": {"apiKey": "expo-token-1"},
                "conditions": [_condition(_child("payload.benefitPlan", "dental,vision", "IN"))],
            },
        ),
    ),
    ConsumerCase(
        name="payroll_payslip_subject",
        bug="puts senderName into a mail header as is (a multi-line senderName is valid)",
        buggy=payslip_subject_buggy,
        fixed=payslip_subject_fixed,
        raises=(ValueError,),
        example=_payload(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "payslips@example.com",
                "senderName": "Acme Payroll\nHR Shared Services",
            },
        ),
    ),
    ConsumerCase(
        name="payroll_warehouse_key",
        bug="uses the organisation id as a BLAKE2b key (limited to 64 bytes; the id is any string)",
        buggy=warehouse_key_buggy,
        fixed=warehouse_key_fixed,
        raises=(ValueError,),
        example=_payload(
            {"_organizationId": "acme-payroll-gmbh-eu-central-production-organisation-legacy-import-2019"}
        ),
    ),
    ConsumerCase(
        name="payroll_slack_manifest",
        bug="indexes the Slack credentials it needs directly (every credential key is optional; {} is valid)",
        buggy=slack_manifest_buggy,
        fixed=slack_manifest_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Fq9x2LmA",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={},
        ),
    ),
]
"""The sixteen payroll consumers, in the order above."""
