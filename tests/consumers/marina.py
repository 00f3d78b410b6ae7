"""Tidewater Marinas: sixteen consumers of ``GET /v1/integrations`` items, each with one bug.

Tidewater Marinas Ltd runs a group of marinas (Hamble Point, Port Solent, Brixham, Kaštela and
Auckland Viaduct). Each marina has its own Novu environment in one Novu organization, and the
platform team's services read the integrations list to drive:

- berth bookings: confirmation and reminder SMS from the marina's own sender;
- tide and weather alerts: gale warnings and tide tables by push (APNs, FCM) and SMS;
- fuel-dock notifications: "pump 2 is free" messages, sent through a Custom SMTP relay on site;
- harbour-master chat: the VHF desk's Slack and Teams channels, filtered by routing rules;
- billing e-mails: invoices and berth-fee statements from each marina's accounts address;
- per-marina environments: dashboards and config sync keyed by Novu environment;
- regulatory vessel logs: retention of records about retired notification channels.

Every consumer below exists twice: the ``_buggy`` version, as first shipped (it works on the
payload its author tested with, ``HAPPY_PATH``), and the ``_fixed`` control, which honours the
IntegrationResponseDto contract: optional keys may be absent, strings are free-form, credentials
hold whatever the provider's form (or an API caller) stored, and conditions may be empty.
"""

from __future__ import annotations

import configparser
import csv
import io
import json
import re
from collections.abc import Mapping
from datetime import date, datetime
from email.utils import formataddr
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "MARINA_BUGS"]


# --------------------------------------------------------------------------- shared helpers


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is absent (newer API versions may omit it)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` when it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _children(payload: Payload) -> list[dict[str, Any]]:
    """Every field-filter part of every condition, in order, skipping anything malformed."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    parts: list[dict[str, Any]] = []
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        parts.extend(child for child in children if isinstance(child, dict))
    return parts


def _example(**changes: Any) -> Payload:
    """A copy of ``HAPPY_PATH`` with some top-level keys replaced."""
    payload: Payload = json.loads(json.dumps(HAPPY_PATH))
    payload.update(changes)
    return payload


# --------------------------------------------------------------------------- 1. berth-booking SMS sender


def berth_sms_sender_buggy(payload: Payload) -> dict[str, object] | None:
    """Sender block for the berth-booking SMS relay, which addresses the marina by its MSISDN."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    msisdn = int(sender.replace(" ", "").lstrip("+"))
    return {"provider": payload["providerId"], "sender_type": "msisdn", "msisdn": msisdn}


_MSISDN = re.compile(r"\+?[0-9]{3,15}")


def berth_sms_sender_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_credentials(payload), "from")
    if not sender:
        return None
    provider = payload.get("providerId")
    compact = sender.replace(" ", "")
    if _MSISDN.fullmatch(compact):
        return {"provider": provider, "sender_type": "msisdn", "msisdn": int(compact.lstrip("+"))}
    return {"provider": provider, "sender_type": "alphanumeric", "sender": sender}


# --------------------------------------------------------------------------- 2. tide alerts over APNs

_APNS_HOSTS = {True: "api.push.apple.com", False: "api.sandbox.push.apple.com"}


def tide_push_apns_buggy(payload: Payload) -> dict[str, object] | None:
    """Connection settings for the tide-alert APNs sender (``secure`` picks production)."""
    if payload["providerId"] != "apns":
        return None
    credentials = payload["credentials"]
    return {
        "host": _APNS_HOSTS[credentials["secure"]],
        "topic": credentials.get("applicationId"),
        "team_id": credentials.get("projectName"),
        "key_id": credentials.get("apiKey"),
    }


def tide_push_apns_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("providerId") != "apns":
        return None
    credentials = _credentials(payload)
    return {
        "host": _APNS_HOSTS[credentials.get("secure") is True],
        "topic": _text(credentials, "applicationId"),
        "team_id": _text(credentials, "projectName"),
        "key_id": _text(credentials, "apiKey"),
    }


# --------------------------------------------------------------------------- 3. weather-alert rate limiter

WEATHER_ALERTS_PER_HOUR = 1200


def weather_alert_budget_buggy(payload: Payload) -> dict[str, int] | None:
    """Hourly gale-warning budget of an active integration, split evenly across its routing rules."""
    if not payload["active"]:
        return None
    rules = payload.get("conditions", [])
    share = WEATHER_ALERTS_PER_HOUR // len(rules)
    return {f"{payload['identifier']}#rule{index}": share for index in range(len(rules))}


def weather_alert_budget_fixed(payload: Payload) -> dict[str, int] | None:
    if payload.get("active") is not True:
        return None
    conditions = payload.get("conditions")
    rules = conditions if isinstance(conditions, list) else []
    identifier = _text(payload, "identifier") or ""
    if not rules:
        return {f"{identifier}#default": WEATHER_ALERTS_PER_HOUR}
    share = WEATHER_ALERTS_PER_HOUR // len(rules)
    return {f"{identifier}#rule{index}": share for index in range(len(rules))}


# --------------------------------------------------------------------------- 4. fuel-dock SMTP probe

DEFAULT_SMTP_PORT = 587


def fuel_dock_smtp_probe_buggy(payload: Payload) -> tuple[str, int] | None:
    """Target of the monitoring probe that checks the fuel dock's Custom SMTP relay answers."""
    credentials = payload["credentials"]
    host = credentials.get("host")
    if payload["providerId"] != "nodemailer" or not host:
        return None
    try:
        port = int(credentials.get("port") or DEFAULT_SMTP_PORT)
    except ValueError:
        return None
    if not 0 < port < 65536:
        return None
    target = urlsplit(f"smtp://{host}:{port}")
    if target.hostname is None or target.port is None:
        return None
    return target.hostname, target.port


def fuel_dock_smtp_probe_fixed(payload: Payload) -> tuple[str, int] | None:
    if payload.get("providerId") != "nodemailer":
        return None
    credentials = _credentials(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 literal must be bracketed in a URL
    port = _text(credentials, "port") or str(DEFAULT_SMTP_PORT)
    try:
        target = urlsplit(f"smtp://{host}:{port.strip()}")
        hostname, target_port = target.hostname, target.port
    except ValueError:
        return None
    if not hostname or target_port is None:
        return None
    return hostname, target_port


# --------------------------------------------------------------------------- 5. gateway egress allow-list


def gateway_egress_rule_buggy(payload: Payload) -> str | None:
    """Firewall egress rule for a provider with a per-account API base URL (Infobip, Mailgun EU...)."""
    base_url = payload["credentials"].get("baseUrl")
    if not base_url:
        return None
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return None  # malformed URL; the provider's own health check reports it
    host = parts.hostname.rstrip(".")
    return f"allow tcp {host} 443"


def gateway_egress_rule_fixed(payload: Payload) -> str | None:
    base_url = _text(_credentials(payload), "baseUrl")
    if not base_url:
        return None
    if "//" not in base_url:
        base_url = f"https://{base_url}"  # the Infobip portal shows the base URL without a scheme
    try:
        hostname = urlsplit(base_url).hostname
    except ValueError:
        return None
    if not hostname:
        return None
    return f"allow tcp {hostname.rstrip('.')} 443"


# --------------------------------------------------------------------------- 6. billing data residency

_RESIDENCY = {"eu": "EEA", "us": "US"}


def billing_residency_buggy(payload: Payload) -> str | None:
    """Data-residency zone of a billing e-mail provider, from its region (SES, SparkPost)."""
    region = payload["credentials"].get("region")
    if payload["channel"] != "email" or not region:
        return None
    return _RESIDENCY[region.split("-")[0]]


def billing_residency_fixed(payload: Payload) -> str | None:
    region = _text(_credentials(payload), "region")
    if payload.get("channel") != "email" or not region:
        return None
    return _RESIDENCY.get(region.split("-")[0].lower(), "REVIEW")


# --------------------------------------------------------------------------- 7. fuel-dock mailer INI


def fuel_dock_mailer_ini_buggy(payload: Payload) -> str | None:
    """``mailer.ini`` for the fuel dock's kiosk, written from the Custom SMTP integration."""
    if payload["providerId"] != "nodemailer":
        return None
    credentials = payload["credentials"]
    config = configparser.ConfigParser(interpolation=None)
    config.add_section("smtp")
    config.set("smtp", "host", credentials.get("host", ""))
    config.set("smtp", "port", credentials.get("port", str(DEFAULT_SMTP_PORT)))
    config.set("smtp", "secure", "yes" if credentials.get("secure") else "no")
    config.add_section("tls")
    for option, value in credentials.get("tlsOptions", {}).items():
        config.set("tls", option, value)
    buffer = io.StringIO()
    config.write(buffer)
    return buffer.getvalue()


def _ini_value(value: object) -> str | None:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value)
    except (TypeError, ValueError, RecursionError):
        return None


def fuel_dock_mailer_ini_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "nodemailer":
        return None
    credentials = _credentials(payload)
    config = configparser.ConfigParser(interpolation=None)
    config.add_section("smtp")
    config.set("smtp", "host", _text(credentials, "host") or "")
    config.set("smtp", "port", _text(credentials, "port") or str(DEFAULT_SMTP_PORT))
    config.set("smtp", "secure", "yes" if credentials.get("secure") is True else "no")
    config.add_section("tls")
    tls_options = credentials.get("tlsOptions")
    if isinstance(tls_options, dict):
        for option, value in tls_options.items():
            text = _ini_value(value)
            if isinstance(option, str) and text is not None:
                config.set("tls", option, text)
    buffer = io.StringIO()
    config.write(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- 8. billing From header


def billing_from_header_buggy(payload: Payload) -> str | None:
    """``From:`` header of the monthly berth-fee statement e-mails."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    address = credentials.get("from")
    if not address:
        return None
    display = credentials.get("senderName") or payload["name"]
    return formataddr((display, address))


def billing_from_header_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    address = _text(credentials, "from")
    if not address:
        return None
    local, at, domain = address.rpartition("@")
    if not at or not local.isascii():
        return None  # an internationalised mailbox needs SMTPUTF8, which the statement mailer lacks
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return None
    display = _text(credentials, "senderName") or _text(payload, "name") or ""
    display = display.encode("utf-8", "replace").decode("utf-8")
    try:
        return formataddr((display, f"{local}@{ascii_domain}"))
    except UnicodeError:
        return None


# --------------------------------------------------------------------------- 9. harbour-office LED board


def harbour_board_label_buggy(payload: Payload) -> bytes:
    """Label for the harbour office's LED status board, which speaks ISO-8859-1."""
    label = f"{payload['name']} ({payload['channel']})"
    return label.encode("latin-1")[:40]


def harbour_board_label_fixed(payload: Payload) -> bytes:
    name = _text(payload, "name") or ""
    channel = _text(payload, "channel") or "-"
    return f"{name} ({channel})".encode("latin-1", "replace")[:40]


# --------------------------------------------------------------------------- 10. cross-marina grouping


def environment_group_buggy(payload: Payload) -> tuple[str, str]:
    """(group, short id) that lines up the same provider's integrations across marina environments."""
    slug, short_id = payload["identifier"].split("-")
    return slug or payload["providerId"], short_id


def environment_group_fixed(payload: Payload) -> tuple[str, str]:
    identifier = _text(payload, "identifier") or ""
    provider = _text(payload, "providerId") or ""
    slug, separator, short_id = identifier.rpartition("-")
    if not separator:
        return identifier or provider, ""
    return slug or provider, short_id


# --------------------------------------------------------------------------- 11. sender registry CSV


def sender_registry_row_buggy(payload: Payload) -> str | None:
    """One row of the sender-identity register filed with the regulator (no quotes allowed, they said)."""
    if payload["channel"] not in ("email", "sms"):
        return None
    credentials = payload["credentials"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONE)
    writer.writerow(
        [
            payload["_environmentId"],
            payload["providerId"],
            credentials.get("senderName", ""),
            credentials.get("from", ""),
        ]
    )
    return buffer.getvalue()


def sender_registry_row_fixed(payload: Payload) -> str | None:
    if payload.get("channel") not in ("email", "sms"):
        return None
    credentials = _credentials(payload)
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(
        [
            _text(payload, "_environmentId") or "",
            _text(payload, "providerId") or "",
            _text(credentials, "senderName") or "",
            _text(credentials, "from") or "",
        ]
    )
    return buffer.getvalue()


# --------------------------------------------------------------------------- 12. marina of an environment

MARINA_BY_ENVIRONMENT = {
    "6615a3c2f1e2d3c4b5a69701": "Hamble Point",
    "6615a3c2f1e2d3c4b5a69711": "Port Solent",
    "6615a3c2f1e2d3c4b5a69721": "Brixham",
    "6615a3c2f1e2d3c4b5a69731": "Kaštela",
    "6615a3c2f1e2d3c4b5a69741": "Auckland Viaduct",
}


def marina_label_buggy(payload: Payload) -> str:
    """Dashboard label "<marina> / <integration>" for the integrations overview."""
    marina = MARINA_BY_ENVIRONMENT[payload["_environmentId"]]
    return f"{marina} / {payload['name']}"


def marina_label_fixed(payload: Payload) -> str:
    environment = _text(payload, "_environmentId") or ""
    marina = MARINA_BY_ENVIRONMENT.get(environment, f"Unassigned environment {environment}")
    return f"{marina} / {_text(payload, 'name') or ''}"


# --------------------------------------------------------------------------- 13. fuel-dock primary sender


def fuel_dock_primary_sender_buggy(payload: Payload) -> str | None:
    """Identifier of the integration that sends "pump free" messages: the channel's primary one."""
    if payload["channel"] not in ("email", "sms") or not payload["primary"]:
        return None
    assert payload["active"], f"primary integration {payload['identifier']} is not active"
    identifier: str = payload["identifier"]
    return identifier


def fuel_dock_primary_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") not in ("email", "sms") or payload.get("primary") is not True:
        return None
    if payload.get("active") is not True:
        return None  # an inactive integration can keep its primary flag; it cannot send
    return _text(payload, "identifier")


# --------------------------------------------------------------------------- 14. vessel-log retention

RETENTION_YEARS = 7


def vessel_log_purge_date_buggy(payload: Payload) -> date | None:
    """Earliest purge date of the vessel-log records sent through a deleted integration."""
    deleted_at = payload.get("deletedAt")
    if not payload["deleted"] or not deleted_at:
        return None
    try:
        when = datetime.fromisoformat(deleted_at)
    except ValueError:
        return None  # not a timestamp: the compliance team reviews these by hand
    return when.replace(year=when.year + RETENTION_YEARS).date()


def vessel_log_purge_date_fixed(payload: Payload) -> date | None:
    deleted_at = _text(payload, "deletedAt")
    if payload.get("deleted") is not True or not deleted_at:
        return None
    try:
        when = datetime.fromisoformat(deleted_at).date()
    except ValueError:
        return None
    day = 28 if (when.month, when.day) == (2, 29) else when.day
    try:
        return when.replace(year=when.year + RETENTION_YEARS, day=day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- 15. berth-booking gate

_ORDERING = {"LARGER": ">", "SMALLER": "<", "LARGER_EQUAL": ">=", "SMALLER_EQUAL": "<="}


def berth_gate_thresholds_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """Threshold rules (field, comparison, limit) the berth-booking service checks before sending."""
    rules = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            symbol = _ORDERING.get(child["operator"])
            if symbol:
                rules.append((child["field"], symbol, float(child["value"])))
    return rules


def berth_gate_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float | str]]:
    rules: list[tuple[str, str, float | str]] = []
    for child in _children(payload):
        operator = child.get("operator")
        symbol = _ORDERING.get(operator) if isinstance(operator, str) else None
        value = _text(child, "value")
        if symbol is None or value is None:
            continue
        limit: float | str
        try:
            limit = float(value)
        except ValueError:
            limit = value  # dates and other text compare as strings
        rules.append((_text(child, "field") or "", symbol, limit))
    return rules


# --------------------------------------------------------------------------- 16. harbour chat LIKE filter

_LIKE = ("LIKE", "NOT_LIKE")


def harbour_chat_filters_buggy(payload: Payload) -> list[tuple[str, re.Pattern[str], bool]]:
    """(field, pattern, negated) filters the harbour-master chat bridge applies to LIKE rules."""
    filters = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _LIKE:
                pattern = re.compile(child["value"], re.IGNORECASE)
                filters.append((child["field"], pattern, child["operator"] == "NOT_LIKE"))
    return filters


def harbour_chat_filters_fixed(payload: Payload) -> list[tuple[str, re.Pattern[str], bool]]:
    filters: list[tuple[str, re.Pattern[str], bool]] = []
    for child in _children(payload):
        operator = child.get("operator")
        value = _text(child, "value")
        if operator not in _LIKE or value is None:
            continue
        pattern = re.compile(re.escape(value), re.IGNORECASE)  # LIKE is "contains", not a regex
        filters.append((_text(child, "field") or "", pattern, operator == "NOT_LIKE"))
    return filters


# --------------------------------------------------------------------------- examples


def _sms(provider: str, name: str, credentials: dict[str, Any], **changes: Any) -> Payload:
    return _example(
        providerId=provider,
        name=name,
        identifier=f"{provider}-Rk2m9QaZ",
        channel="sms",
        credentials=credentials,
        **changes,
    )


def _condition(field: str, operator: str, value: str, on: str = "payload") -> list[dict[str, Any]]:
    return [
        {
            "isNegated": False,
            "type": "STATEMENT",
            "value": "AND",
            "children": [{"field": field, "value": value, "operator": operator, "on": on}],
        }
    ]


_NODEMAILER = {
    "host": "smtp.fueldock.tidewater-marinas.co.uk",
    "port": "465",
    "secure": True,
    "from": "fuel@tidewater-marinas.co.uk",
    "senderName": "Hamble Point Fuel Dock",
}

MARINA_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="marina_berth_sms_sender",
        bug="assumes an SMS credentials.from is a phone number; alphanumeric sender ids break int()",
        buggy=berth_sms_sender_buggy,
        fixed=berth_sms_sender_fixed,
        raises=(ValueError,),
        example=_sms("termii", "Termii", {"apiKey": "TL0a9c1e7f", "from": "PSolentMrn"}),
    ),
    ConsumerCase(
        name="marina_tide_push_apns",
        bug="assumes APNs credentials always carry the optional 'secure' switch",
        buggy=tide_push_apns_buggy,
        fixed=tide_push_apns_fixed,
        raises=(KeyError,),
        example=_example(
            providerId="apns",
            name="APNs",
            identifier="apns-7Hq2LmP0",
            channel="push",
            primary=False,
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----",
                "apiKey": "8QK2J4XZ6M",
                "projectName": "TW7M3K9Q2L",
                "applicationId": "uk.co.tidewater.tides",
            },
        ),
    ),
    ConsumerCase(
        name="marina_weather_alert_budget",
        bug="assumes every active integration has at least one condition; conditions defaults to []",
        buggy=weather_alert_budget_buggy,
        fixed=weather_alert_budget_fixed,
        raises=(ZeroDivisionError,),
        example=_sms(
            "twilio",
            "Twilio",
            {"accountSid": "AC3f9e2b7c1d", "token": "tw-token-0001", "from": "+447700900123"},
            conditions=[],
        ),
    ),
    ConsumerCase(
        name="marina_fuel_dock_smtp_probe",
        bug="assumes credentials.host has no ':'; unbracketed IPv6 literals break urlsplit('smtp://host:port')",
        buggy=fuel_dock_smtp_probe_buggy,
        fixed=fuel_dock_smtp_probe_fixed,
        raises=(ValueError,),
        example=_example(
            providerId="nodemailer",
            name="Custom SMTP",
            identifier="custom-smtp-Vb4nX1qe",
            credentials={**_NODEMAILER, "host": "2001:db8:4d41::25", "port": "587", "secure": False},
        ),
    ),
    ConsumerCase(
        name="marina_gateway_egress_rule",
        bug="assumes credentials.baseUrl has a scheme; a bare host gives urlsplit().hostname None",
        buggy=gateway_egress_rule_buggy,
        fixed=gateway_egress_rule_fixed,
        raises=(AttributeError,),
        example=_sms(
            "infobip-sms",
            "Infobip",
            {"apiKey": "ib-key-0001", "baseUrl": "y3k9mq.api.infobip.com", "from": "TideWatch"},
        ),
    ),
    ConsumerCase(
        name="marina_billing_residency",
        bug="assumes every e-mail provider region starts with 'eu' or 'us'",
        buggy=billing_residency_buggy,
        fixed=billing_residency_fixed,
        raises=(KeyError,),
        example=_example(
            providerId="ses",
            name="SES",
            identifier="ses-Nq8Wc2Lp",
            _environmentId="6615a3c2f1e2d3c4b5a69741",
            credentials={
                "apiKey": "AKIAEXAMPLE0001",
                "secretKey": "ses-secret-0001",
                "region": "ap-southeast-2",
                "from": "accounts@viaduct.tidewater-marinas.co.nz",
                "senderName": "Auckland Viaduct Accounts",
            },
        ),
    ),
    ConsumerCase(
        name="marina_fuel_dock_mailer_ini",
        bug="assumes credentials.tlsOptions values are strings; ConfigParser.set rejects booleans, numbers",
        buggy=fuel_dock_mailer_ini_buggy,
        fixed=fuel_dock_mailer_ini_fixed,
        raises=(TypeError,),
        example=_example(
            providerId="nodemailer",
            name="Custom SMTP",
            identifier="custom-smtp-Hd6tY0wr",
            credentials={**_NODEMAILER, "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"}},
        ),
    ),
    ConsumerCase(
        name="marina_billing_from_header",
        bug="assumes credentials.from is an ASCII address; formataddr() raises on internationalised domains",
        buggy=billing_from_header_buggy,
        fixed=billing_from_header_fixed,
        raises=(UnicodeError,),
        example=_example(
            providerId="mailjet",
            name="Mailjet",
            identifier="mailjet-Ue5rT8zk",
            _environmentId="6615a3c2f1e2d3c4b5a69731",
            credentials={
                "apiKey": "mj-key-0001",
                "secretKey": "mj-secret-0001",
                "from": "racuni@marina-kaštela.hr",
                "senderName": "Marina Kaštela",
            },
        ),
    ),
    ConsumerCase(
        name="marina_harbour_board_label",
        bug="assumes integration names fit ISO-8859-1 (no en dashes, Central European letters or emoji)",
        buggy=harbour_board_label_buggy,
        fixed=harbour_board_label_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(name="Marina Kaštela \u2013 računi"),
    ),
    ConsumerCase(
        name="marina_environment_group",
        bug="assumes an identifier has exactly one dash; multi-word slugs like 'custom-smtp-<id>' have more",
        buggy=environment_group_buggy,
        fixed=environment_group_fixed,
        raises=(ValueError,),
        example=_example(
            providerId="nodemailer",
            name="Custom SMTP",
            identifier="custom-smtp-Zp3kV9aQ",
            credentials=dict(_NODEMAILER),
        ),
    ),
    ConsumerCase(
        name="marina_sender_registry_row",
        bug="writes CSV with QUOTE_NONE, assuming sender names never hold a comma, quote or line break",
        buggy=sender_registry_row_buggy,
        fixed=sender_registry_row_fixed,
        raises=(csv.Error,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "accounts@hamblepoint.tidewater-marinas.co.uk",
                "senderName": "Hamble Point Marina, Accounts",
            }
        ),
    ),
    ConsumerCase(
        name="marina_label",
        bug="assumes every listed integration is in a known marina environment; the list spans the whole org",
        buggy=marina_label_buggy,
        fixed=marina_label_fixed,
        raises=(KeyError,),
        example=_example(_environmentId="6615a3c2f1e2d3c4b5a697ff", name="SendGrid (Development)"),
    ),
    ConsumerCase(
        name="marina_fuel_dock_primary_sender",
        bug="asserts that a primary integration is active; an inactive one can keep primary: true",
        buggy=fuel_dock_primary_sender_buggy,
        fixed=fuel_dock_primary_sender_fixed,
        raises=(AssertionError,),
        example=_example(active=False, primary=True),
    ),
    ConsumerCase(
        name="marina_vessel_log_purge_date",
        bug="adds the retention years with date.replace(year=...), which fails for a deletion on 29 February",
        buggy=vessel_log_purge_date_buggy,
        fixed=vessel_log_purge_date_fixed,
        raises=(ValueError,),
        example=_example(
            active=False,
            primary=False,
            deleted=True,
            deletedAt="2024-02-29T16:05:12.000Z",
        ),
    ),
    ConsumerCase(
        name="marina_berth_gate_thresholds",
        bug="assumes values of LARGER/SMALLER conditions are numbers; date and text thresholds break float()",
        buggy=berth_gate_thresholds_buggy,
        fixed=berth_gate_thresholds_fixed,
        raises=(ValueError,),
        example=_example(conditions=_condition("payload.booking.arrival", "LARGER_EQUAL", "2025-06-01")),
    ),
    ConsumerCase(
        name="marina_harbour_chat_filters",
        bug="compiles LIKE condition values as regular expressions; wildcards like '*Sunseeker*' are invalid",
        buggy=harbour_chat_filters_buggy,
        fixed=harbour_chat_filters_fixed,
        raises=(re.error,),
        example=_example(
            providerId="slack",
            name="Slack",
            identifier="slack-Jm4cQ7sd",
            channel="chat",
            primary=False,
            credentials={
                "applicationId": "A06TIDE01",
                "clientId": "1234567890.987654321",
                "secretKey": "sk-01",
            },
            conditions=_condition("payload.vessel.make", "LIKE", "*Sunseeker*"),
        ),
    ),
)
