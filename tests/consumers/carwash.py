"""Notification plumbing of Suds Club, a chain of automated car washes with membership plans.

Every Suds Club site has an express tunnel with licence-plate recognition at the gate: a member's
plate opens the barrier, a guest pays at the kiosk. All customer and staff messaging goes through
one Novu organization (one environment per region plus a development one), and several internal
services read the integration list from ``GET /v1/integrations``:

* the gate relay and the *wash-ready* texter send SMS when a car leaves the dryer;
* the membership billing service sends receipts and failed-payment e-mails, some sites through
  their own SMTP relay configured in the tunnel controller's INI file;
* the site-fault monitor probes provider accounts (balance, credentials) and raises chat alerts
  to area managers;
* the app team's offers service targets members with push offers, using the integrations'
  conditions as targeting rules;
* the data team exports integrations and their conditions to the warehouse nightly and purges
  soft-deleted ones after the retention period;
* the franchise portal shows each franchisee how their site's notifications are set up.

Each function below takes one item of that list, exactly as the API sends it (wire keys), and is
paired with the version that shipped first (``*_buggy``) and the reviewed one (``*_fixed``).
"""

from __future__ import annotations

import base64
import configparser
import copy
import csv
import io
import re
import ssl
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Any

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["CARWASH_BUGS", "HAPPY_PATH"]


def _credentials(payload: Payload) -> Mapping[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[Any]:
    conditions = payload.get("conditions")
    return conditions if isinstance(conditions, list) else []


def _children(condition: Any) -> list[Any]:
    children = condition.get("children") if isinstance(condition, dict) else None
    return children if isinstance(children, list) else []


def _example(credentials: Mapping[str, Any] | None = None, **changes: Any) -> Payload:
    """HAPPY_PATH with some top-level fields (and optionally the whole credentials object) replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


# --- 1. wash-ready texter: sender of the site's SMS integration -------------------------------------------


def wash_ready_sms_buggy(payload: Payload) -> dict[str, str] | None:
    """Settings the wash-ready texter uses for one SMS integration."""
    if payload["channel"] != "sms" or not payload["active"]:
        return None
    credentials = payload["credentials"]
    return {
        "integration": payload["identifier"],
        "provider": payload["providerId"],
        "sender": credentials["from"],
    }


def wash_ready_sms_fixed(payload: Payload) -> dict[str, str | None] | None:
    """Settings the wash-ready texter uses; providers without a sender use their account default."""
    if payload.get("channel") != "sms" or payload.get("active") is not True:
        return None
    credentials = _credentials(payload)
    return {
        "integration": _text(payload, "identifier"),
        "provider": _text(payload, "providerId"),
        "sender": _text(credentials, "from") or None,
    }


# --- 2. membership billing: From header of receipts ---------------------------------------------------------

BILLING_FALLBACK_FROM = "billing@sudsclub.example"
BILLING_FALLBACK_NAME = "Suds Club"
_BARE_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")


def billing_sender_buggy(payload: Payload) -> str | None:
    """The From header of membership receipts sent through an e-mail integration."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    sender = Address(
        display_name=credentials.get("senderName", BILLING_FALLBACK_NAME),
        addr_spec=credentials.get("from", BILLING_FALLBACK_FROM),
    )
    return str(sender)


def billing_sender_fixed(payload: Payload) -> tuple[str, str] | None:
    """(display name, address) of membership receipts; ``from`` may be ``Name <addr>`` or unusable."""
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    raw = _text(credentials, "from")
    if raw is None:
        raw = BILLING_FALLBACK_FROM
    parsed_name, address = parseaddr(raw)
    if not _BARE_ADDRESS.fullmatch(address):
        return None
    display_name = _text(credentials, "senderName") or parsed_name or BILLING_FALLBACK_NAME
    return display_name, address


# --- 3. franchise portal: provider slug and short id of the identifier --------------------------------------


def identifier_parts_buggy(payload: Payload) -> dict[str, str]:
    """The portal groups integrations by the provider slug of their identifier (``sendgrid-x8Kd2bQ1``)."""
    slug, short_id = payload["identifier"].split("-")
    return {"slug": slug or payload["providerId"], "short_id": short_id}


def identifier_parts_fixed(payload: Payload) -> dict[str, str]:
    """Slug and short id; the slug may itself hold dashes, and custom identifiers have none."""
    identifier = _text(payload, "identifier") or ""
    slug, separator, short_id = identifier.rpartition("-")
    if not separator:
        slug, short_id = identifier, ""
    return {"slug": slug or (_text(payload, "providerId") or ""), "short_id": short_id}


# --- 4. franchise portal: the production site rows ----------------------------------------------------------

PORTAL_ENVIRONMENT_ID = "6615a3c2f1e2d3c4b5a69701"


def portal_site_row_buggy(payload: Payload) -> dict[str, str]:
    """A row of the franchise portal's "notification setup" table (production environment)."""
    # The portal calls the API with the production key, so the list only holds production integrations.
    assert payload["_environmentId"] == PORTAL_ENVIRONMENT_ID, "integration from another environment"
    return {
        "channel": payload["channel"],
        "name": payload["name"],
        "state": "on" if payload["active"] else "off",
    }


def portal_site_row_fixed(payload: Payload) -> dict[str, str] | None:
    """The row, or None: the list holds the whole organization, every environment included."""
    if payload.get("_environmentId") != PORTAL_ENVIRONMENT_ID:
        return None
    return {
        "channel": _text(payload, "channel") or "",
        "name": _text(payload, "name") or "",
        "state": "on" if payload.get("active") is True else "off",
    }


# --- 5. franchise portal: status badge ----------------------------------------------------------------------

_BADGES = {(True, True): "Primary", (False, True): "Standby", (False, False): "Off"}


def status_badge_buggy(payload: Payload) -> str:
    """The badge next to an integration in the portal."""
    return _BADGES[(payload["primary"], payload["active"])]


def status_badge_fixed(payload: Payload) -> str:
    """The badge; an integration can stay primary after it was deactivated."""
    primary = payload.get("primary") is True
    active = payload.get("active") is True
    if primary and not active:
        return "Primary (inactive)"
    return _BADGES[(primary, active)]


# --- 6. warehouse retention: purge soft-deleted integrations ------------------------------------------------

RETENTION = timedelta(days=90)


def purge_due_buggy(payload: Payload) -> bool:
    """Whether the warehouse may purge this integration's history (deleted longer than the retention)."""
    raw = payload.get("deletedAt")
    if raw is None:
        return False
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return False  # unreadable: keep the history, a human will look at it
    return deleted_at < datetime.now(UTC) - RETENTION


def purge_due_fixed(payload: Payload) -> bool:
    """Same; timestamps without an offset are read as UTC, unreadable ones are kept."""
    raw = _text(payload, "deletedAt")
    if raw is None:
        return False
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return False  # unreadable: keep the history, a human will look at it
    if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    return deleted_at < datetime.now(UTC) - RETENTION


# --- 7. push offers: numeric targeting thresholds -----------------------------------------------------------

_COMPARISONS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def offer_thresholds_buggy(payload: Payload) -> list[tuple[str, str, int]]:
    """Numeric rules (e.g. ``data.washesThisMonth LARGER 4``) the offers service evaluates in the app."""
    thresholds = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _COMPARISONS:
                thresholds.append((child["field"], child["operator"], int(child["value"])))
    return thresholds


def offer_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    """Numeric rules; thresholds may be decimals, and unreadable ones are skipped."""
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if not isinstance(child, dict) or child.get("operator") not in _COMPARISONS:
                continue
            field, value = _text(child, "field"), _text(child, "value")
            if field is None or value is None:
                continue
            try:
                threshold = float(value)
            except ValueError:
                continue
            thresholds.append((field, str(child["operator"]), threshold))
    return thresholds


# --- 8. warehouse export: one row per condition rule --------------------------------------------------------


def condition_rows_buggy(payload: Payload) -> list[dict[str, str | int]]:
    """Rows of the warehouse's ``integration_condition`` table; fields are ``namespace.key``."""
    rows: list[dict[str, str | int]] = []
    for group, condition in enumerate(payload.get("conditions", [])):
        for child in condition["children"]:
            namespace, key = child["field"].split(".", 1)
            rows.append(
                {
                    "integration_id": payload.get("_id", ""),
                    "group": group,
                    "source": child["on"],
                    "namespace": namespace,
                    "key": key,
                    "operator": child["operator"],
                    "value": child["value"],
                }
            )
    return rows


def condition_rows_fixed(payload: Payload) -> list[dict[str, str | int]]:
    """Rows; a field without a dot (``plan``) is a top-level key of its source."""
    rows: list[dict[str, str | int]] = []
    integration_id = _text(payload, "_id") or ""
    for group, condition in enumerate(_conditions(payload)):
        for child in _children(condition):
            if not isinstance(child, dict):
                continue
            field = _text(child, "field") or ""
            source = _text(child, "on") or ""
            namespace, dot, key = field.partition(".")
            if not dot:
                namespace, key = source, field
            rows.append(
                {
                    "integration_id": integration_id,
                    "group": group,
                    "source": source,
                    "namespace": namespace,
                    "key": key,
                    "operator": _text(child, "operator") or "",
                    "value": _text(child, "value") or "",
                }
            )
    return rows


# --- 9. franchise portal: one-line summary of the conditions ------------------------------------------------


def conditions_summary_buggy(payload: Payload) -> str:
    """The "sent when: subscriber.plan EQUAL pro (+1 more)" line under each integration in the portal."""
    conditions = payload.get("conditions") or []
    if not conditions:
        return "Always"
    parts = []
    for condition in conditions:
        children = condition["children"]
        first = children[0]
        summary = f"{first['field']} {first['operator']} {first['value']}"
        if len(children) > 1:
            summary += f" (+{len(children) - 1} more)"
        parts.append(summary)
    return "; ".join(parts)


def conditions_summary_fixed(payload: Payload) -> str:
    """The summary; a condition group may have no rules yet."""
    conditions = _conditions(payload)
    if not conditions:
        return "Always"
    parts = []
    for condition in conditions:
        children = [child for child in _children(condition) if isinstance(child, dict)]
        if not children:
            parts.append("(empty rule group)")
            continue
        first = children[0]
        summary = f"{first.get('field')} {first.get('operator')} {first.get('value')}"
        if len(children) > 1:
            summary += f" (+{len(children) - 1} more)"
        parts.append(summary)
    return "; ".join(parts)


# --- 10. billing SMTP relay: TLS settings from the custom-SMTP integration ----------------------------------

_NODE_TLS_VERSIONS = {
    "TLSv1": ssl.TLSVersion.TLSv1,
    "TLSv1.1": ssl.TLSVersion.TLSv1_1,
    "TLSv1.2": ssl.TLSVersion.TLSv1_2,
    "TLSv1.3": ssl.TLSVersion.TLSv1_3,
}


def smtp_tls_settings_buggy(payload: Payload) -> dict[str, Any] | None:
    """smtplib settings of a site's own SMTP relay (the ``nodemailer`` integration)."""
    credentials = payload["credentials"]
    if "host" not in credentials:
        return None
    tls_options = credentials.get("tlsOptions", {})
    settings: dict[str, Any] = {
        "host": credentials["host"],
        "verify": tls_options.get("rejectUnauthorized", True) is not False,
    }
    if "minVersion" in tls_options:
        settings["minimum_version"] = ssl.TLSVersion[tls_options["minVersion"]]
    return settings


def smtp_tls_settings_fixed(payload: Payload) -> dict[str, Any] | None:
    """Same; ``tlsOptions`` holds Node.js TLS options (``"TLSv1.2"``), anything else is ignored."""
    credentials = _credentials(payload)
    host = _text(credentials, "host")
    if host is None:
        return None
    tls_options = credentials.get("tlsOptions")
    if not isinstance(tls_options, dict):
        tls_options = {}
    settings: dict[str, Any] = {
        "host": host,
        "verify": tls_options.get("rejectUnauthorized", True) is not False,
    }
    min_version = tls_options.get("minVersion")
    if isinstance(min_version, str):
        version = _NODE_TLS_VERSIONS.get(min_version) or ssl.TLSVersion.__members__.get(min_version)
        if version is not None:
            settings["minimum_version"] = version
    return settings


# --- 11. site-fault monitor: balance probe with HTTP Basic auth ---------------------------------------------


def balance_probe_request_buggy(payload: Payload) -> dict[str, str] | None:
    """Headers of the probe that checks an SMS account's balance (providers with user/password)."""
    credentials = payload["credentials"]
    user, password = credentials.get("user"), credentials.get("password")
    if user is None or password is None:
        return None
    token = base64.b64encode(f"{user}:{password}".encode("latin-1")).decode("ascii")
    return {"provider": payload["providerId"], "Authorization": f"Basic {token}"}


def balance_probe_request_fixed(payload: Payload) -> dict[str, str] | None:
    """Same; credentials are UTF-8 (RFC 7617), not Latin-1."""
    credentials = _credentials(payload)
    user, password = _text(credentials, "user"), _text(credentials, "password")
    if user is None or password is None:
        return None
    raw = f"{user}:{password}".encode("utf-8", "surrogatepass")
    token = base64.b64encode(raw).decode("ascii")
    return {"provider": _text(payload, "providerId") or "", "Authorization": f"Basic {token}"}


# --- 12. tunnel controller: the [mail] section of its INI file ----------------------------------------------

_INI_KEYS = {
    "host": "smtp_host",
    "port": "smtp_port",
    "user": "smtp_user",
    "password": "smtp_password",
    "from": "from",
    "senderName": "sender_name",
}


def site_controller_ini_buggy(payload: Payload) -> str | None:
    """The ``[mail]`` section of a tunnel controller's INI (it e-mails receipts itself when offline)."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    section = {"provider": payload["providerId"], "name": payload["name"]}
    for key, option in _INI_KEYS.items():
        if key in credentials:
            section[option] = credentials[key]
    parser = configparser.ConfigParser()
    parser["mail"] = section
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def site_controller_ini_fixed(payload: Payload) -> str | None:
    """Same, written without ``%`` interpolation: passwords and names may contain ``%``."""
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    section = {"provider": _text(payload, "providerId") or "", "name": _text(payload, "name") or ""}
    for key, option in _INI_KEYS.items():
        value = _text(credentials, key)
        if value is not None:
            section[option] = value
    parser = configparser.ConfigParser(interpolation=None)
    parser["mail"] = section
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


# --- 13. franchise portal: the YAML manifest of a site's setup ----------------------------------------------

_MANIFEST_TEMPLATE = """\
- name: {name}
  identifier: {identifier}
  provider: {provider}
  channel: {channel}
  active: {active}
"""


def manifest_entry_buggy(payload: Payload) -> str:
    """One entry of the YAML manifest franchisees download; validated before it is published."""
    text = _MANIFEST_TEMPLATE.format(
        name=payload["name"],
        identifier=payload["identifier"],
        provider=payload["providerId"],
        channel=payload["channel"],
        active="true" if payload["active"] else "false",
    )
    yaml.safe_load(text)
    return text


def manifest_entry_fixed(payload: Payload) -> str:
    """The entry, serialized by the YAML library (names are free text)."""
    entry = {
        "name": _text(payload, "name") or "",
        "identifier": _text(payload, "identifier") or "",
        "provider": _text(payload, "providerId") or "",
        "channel": _text(payload, "channel") or "",
        "active": payload.get("active") is True,
    }
    return yaml.safe_dump([entry], sort_keys=False)


# --- 14. warehouse export: the nightly CSV of integrations --------------------------------------------------


def _warehouse_row(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    return [
        _text(payload, "_id") or "",
        _text(payload, "_environmentId") or "",
        _text(payload, "providerId") or "",
        _text(payload, "channel") or "",
        _text(payload, "name") or "",
        _text(credentials, "senderName") or "",
        _text(credentials, "from") or "",
        "1" if payload.get("active") is True else "0",
        "1" if payload.get("primary") is True else "0",
    ]


def warehouse_csv_row_buggy(payload: Payload) -> str:
    """The line of ``integrations.csv`` loaded into the warehouse."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(_warehouse_row(payload))
    return buffer.getvalue()


def warehouse_csv_row_fixed(payload: Payload) -> str:
    """Same, quoting the fields that need it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(_warehouse_row(payload))
    return buffer.getvalue()


# --- 15. push offers: the app the offers are sent to --------------------------------------------------------


def push_offer_app_buggy(payload: Payload) -> dict[str, str] | None:
    """The app a push integration sends offers to; the app's config is keyed by its application id."""
    if payload["channel"] != "push":
        return None
    application_id = payload["credentials"].get("applicationId")
    if application_id is None:
        return None
    return {"provider": payload["providerId"], "app": str(uuid.UUID(application_id))}


def push_offer_app_fixed(payload: Payload) -> dict[str, str] | None:
    """Same; only OneSignal's application ids are UUIDs (APNs: bundle id, Pushpad: project number)."""
    if payload.get("channel") != "push":
        return None
    application_id = _text(_credentials(payload), "applicationId")
    if application_id is None:
        return None
    try:
        app = str(uuid.UUID(application_id))
    except ValueError:
        app = application_id
    return {"provider": _text(payload, "providerId") or "", "app": app}


# --- 16. SMS cost reconciliation: the account whose usage is pulled -----------------------------------------

_TWILIO_ACCOUNT_SID = re.compile(r"AC[0-9a-f]{32}")
_TWILIO_USAGE_URL = "https://api.twilio.com/2010-04-01/Accounts/{sid}/Usage/Records/LastMonth.json"


def sms_usage_account_buggy(payload: Payload) -> dict[str, str] | None:
    """The account of an SMS integration whose monthly usage the reconciler pulls."""
    if payload["channel"] != "sms":
        return None
    sid = payload["credentials"].get("accountSid")
    if sid is None:
        return None
    account = _TWILIO_ACCOUNT_SID.fullmatch(sid)
    return {"account": account.group(0), "usage_url": _TWILIO_USAGE_URL.format(sid=account.group(0))}  # type: ignore[union-attr]


def sms_usage_account_fixed(payload: Payload) -> dict[str, str | None] | None:
    """Same; Plivo and Bandwidth keep their own account ids in ``accountSid`` too."""
    if payload.get("channel") != "sms":
        return None
    sid = _text(_credentials(payload), "accountSid")
    if sid is None:
        return None
    account = _TWILIO_ACCOUNT_SID.fullmatch(sid)
    if account is None:
        return {"account": sid, "usage_url": None}
    return {"account": account.group(0), "usage_url": _TWILIO_USAGE_URL.format(sid=account.group(0))}


# --- the cases ----------------------------------------------------------------------------------------------

_CUSTOM_SMTP = {
    "host": "smtp.site14.sudsclub.example",
    "port": "587",
    "user": "site14-relay",
    "password": "fake-smtp-password-0001",
    "secure": False,
    "from": "receipts@site14.sudsclub.example",
    "senderName": "Suds Club Riverside",
}


def _condition(*children: Mapping[str, str], type_: str = "STATEMENT") -> dict[str, Any]:
    return {
        "isNegated": False,
        "type": type_,
        "value": "AND",
        "children": [dict(child) for child in children],
    }


CARWASH_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="carwash_wash_ready_sender",
        bug="every SMS integration has credentials.from (SNS, BulkSMS, Gupshup, Novu SMS have none)",
        buggy=wash_ready_sms_buggy,
        fixed=wash_ready_sms_fixed,
        raises=(KeyError,),
        example=_example(
            name="SNS",
            identifier="sns-Qm3xT9aL",
            providerId="sns",
            channel="sms",
            conditions=[],
            credentials={
                "apiKey": "fake-access-key-0001",
                "secretKey": "fake-secret-0001",
                "region": "eu-west-1",
            },
        ),
    ),
    ConsumerCase(
        name="carwash_billing_from_display_name",
        bug="credentials.from is a bare addr-spec, never 'Name <address>'",
        buggy=billing_sender_buggy,
        fixed=billing_sender_fixed,
        raises=(ValueError, IndexError, HeaderParseError),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "Suds Club Billing <billing@sudsclub.example>",
                "senderName": "Suds Club",
            }
        ),
    ),
    ConsumerCase(
        name="carwash_identifier_two_parts",
        bug="an identifier has exactly one dash (slug-shortid), but slugs of multi-word names have more",
        buggy=identifier_parts_buggy,
        fixed=identifier_parts_fixed,
        raises=(ValueError,),
        example=_example(identifier="send-grid-x8Kd2bQ1"),
    ),
    ConsumerCase(
        name="carwash_portal_environment_scope",
        bug="GET /v1/integrations only returns the API key's environment (it returns the whole organization)",
        buggy=portal_site_row_buggy,
        fixed=portal_site_row_fixed,
        raises=(AssertionError,),
        example=_example(_environmentId="6615a3c2f1e2d3c4b5a69703", identifier="sendgrid-dEv41bQx"),
    ),
    ConsumerCase(
        name="carwash_badge_inactive_primary",
        bug="a primary integration is always active (deactivated or set-primary-skipped ones stay primary)",
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_example(active=False, primary=True),
    ),
    ConsumerCase(
        name="carwash_purge_naive_deleted_at",
        bug="deletedAt always carries a UTC offset, so it compares with an aware datetime",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(TypeError,),
        example=_example(deleted=True, deletedAt="2024-11-02T09:15:00"),
    ),
    ConsumerCase(
        name="carwash_offer_decimal_threshold",
        bug="values of LARGER/SMALLER condition rules are integers",
        buggy=offer_thresholds_buggy,
        fixed=offer_thresholds_fixed,
        raises=(ValueError,),
        example=_example(
            channel="push",
            name="OneSignal",
            identifier="one-signal-T4kq9Zr2",
            providerId="one-signal",
            primary=False,
            credentials={
                "applicationId": "2f0c4b7e-8c1d-4e55-9a3b-1d2e3f4a5b6c",
                "apiKey": "fake-api-key-0003",
            },
            conditions=[
                _condition(
                    {
                        "field": "data.lifetimeSpend",
                        "value": "49.99",
                        "operator": "LARGER_EQUAL",
                        "on": "subscriber",
                    }
                )
            ],
        ),
    ),
    ConsumerCase(
        name="carwash_condition_field_without_dot",
        bug="condition fields are always 'namespace.key' (payload and subscriber fields are often bare)",
        buggy=condition_rows_buggy,
        fixed=condition_rows_fixed,
        raises=(ValueError,),
        example=_example(
            conditions=[
                _condition({"field": "plan", "value": "unlimited", "operator": "EQUAL", "on": "payload"})
            ]
        ),
    ),
    ConsumerCase(
        name="carwash_summary_empty_rule_group",
        bug="every condition has at least one child rule (children may be empty)",
        buggy=conditions_summary_buggy,
        fixed=conditions_summary_fixed,
        raises=(IndexError,),
        example=_example(conditions=[_condition(type_="GROUP")]),
    ),
    ConsumerCase(
        name="carwash_smtp_node_tls_version",
        bug="tlsOptions.minVersion is a Python ssl.TLSVersion name (it holds Node.js ones: 'TLSv1.2')",
        buggy=smtp_tls_settings_buggy,
        fixed=smtp_tls_settings_fixed,
        raises=(KeyError, TypeError),
        example=_example(
            name="Custom SMTP",
            identifier="custom-smtp-Pz81kQe",
            providerId="nodemailer",
            credentials={
                **_CUSTOM_SMTP,
                "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
            },
        ),
    ),
    ConsumerCase(
        name="carwash_probe_latin1_basic_auth",
        bug="credentials.user and password are Latin-1 text",
        buggy=balance_probe_request_buggy,
        fixed=balance_probe_request_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            name="Bandwidth",
            identifier="bandwidth-Lz0dKq7w",
            providerId="bandwidth",
            channel="sms",
            conditions=[],
            credentials={
                "user": "sudsclub-api",
                "password": "Myjnia-\u0141\u00f3d\u017a-2024",
                "accountSid": "9900123",
                "from": "+15555550123",
            },
        ),
    ),
    ConsumerCase(
        name="carwash_controller_ini_percent",
        bug="credential values never contain '%' (ConfigParser interpolation rejects them)",
        buggy=site_controller_ini_buggy,
        fixed=site_controller_ini_fixed,
        raises=(ValueError,),
        example=_example(
            name="Custom SMTP",
            identifier="custom-smtp-Wq2mB7x",
            providerId="nodemailer",
            credentials={**_CUSTOM_SMTP, "password": "Wash%Club!2024"},
        ),
    ),
    ConsumerCase(
        name="carwash_manifest_yaml_name",
        bug="integration names are plain YAML scalars (a ': ' or leading '[', '*', '@' breaks the template)",
        buggy=manifest_entry_buggy,
        fixed=manifest_entry_fixed,
        raises=(yaml.YAMLError, ValueError),
        example=_example(name="SendGrid: receipts & billing"),
    ),
    ConsumerCase(
        name="carwash_warehouse_csv_unquoted",
        bug="exported values never contain commas, quotes or newlines, so CSV needs no quoting",
        buggy=warehouse_csv_row_buggy,
        fixed=warehouse_csv_row_fixed,
        raises=(csv.Error,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0004",
                "from": "no-reply@example.com",
                "senderName": "Suds Club, Inc.",
            }
        ),
    ),
    ConsumerCase(
        name="carwash_push_application_uuid",
        bug="a push integration's applicationId is a UUID (only OneSignal's is; APNs holds a bundle id)",
        buggy=push_offer_app_buggy,
        fixed=push_offer_app_fixed,
        raises=(ValueError,),
        example=_example(
            name="APNs",
            identifier="apns-Hc2R8yVd",
            providerId="apns",
            channel="push",
            primary=False,
            conditions=[],
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----\nfake-p8-key-0001\n-----END PRIVATE KEY-----",
                "apiKey": "7KX2Q9ABCD",
                "projectName": "A1B2C3D4E5",
                "applicationId": "com.sudsclub.app",
            },
        ),
    ),
    ConsumerCase(
        name="carwash_usage_twilio_account_sid",
        bug="every SMS accountSid is a Twilio 'AC...' SID (Plivo and Bandwidth keep their own ids there)",
        buggy=sms_usage_account_buggy,
        fixed=sms_usage_account_fixed,
        raises=(AttributeError,),
        example=_example(
            name="Plivo",
            identifier="plivo-Vb5sE2nK",
            providerId="plivo",
            channel="sms",
            conditions=[],
            credentials={
                "accountSid": "MAZDQ1ZDUYMTZJZDE4ZW",
                "token": "fake-token-0001",
                "from": "+15555550123",
            },
        ),
    ),
)
