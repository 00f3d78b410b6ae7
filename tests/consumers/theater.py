"""Sixteen consumers of ``GET /v1/integrations`` items from a theater box office.

These are the services of a live-performance box office that read Novu integrations: the
ticket-confirmation mailer, the SMS show reminders, the front-of-house chat alert router, the usher
push app, finance exports, config renderers, the audit log, the retention job, the environment sync
and the search indexer. Each buggy version makes one plausible mistake about a value the contract
allows; each fixed control honours the contract and must never raise on a contract-valid payload.
They were written from the contract documents alone (CONTRACT.md, the IntegrationResponseDto seed,
SERVER-SEMANTICS.md and providers.json), without looking at any payload generator.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import csv
import enum
import io
import json
import re
import ssl
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["THEATER_BUGS"]


# Helpers ------------------------------------------------------------------------------------


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str, default: str = "") -> str:
    """``mapping[key]`` if it is a string, else ``default``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else default


def _children(payload: Payload) -> list[dict[str, Any]]:
    """Every FieldFilterPartDto of every condition, skipping anything that is not an object."""
    conditions = payload.get("conditions")
    found: list[dict[str, Any]] = []
    if not isinstance(conditions, list):
        return found
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if isinstance(children, list):
            found.extend(child for child in children if isinstance(child, dict))
    return found


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level changes, replaced credentials and dropped keys."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


# 1. Ticket-confirmation mailer: TLS floor of the custom SMTP relay (nodemailer tlsOptions) ----


def mailer_tls_floor_buggy(payload: Payload) -> ssl.TLSVersion | None:
    """Minimum TLS version the ticket-confirmation mailer uses for a custom SMTP relay."""
    if payload["providerId"] != "nodemailer":
        return None
    options = payload["credentials"].get("tlsOptions", {})
    return ssl.TLSVersion[options.get("minVersion", "TLSv1_2")]


def mailer_tls_floor_fixed(payload: Payload) -> ssl.TLSVersion | None:
    """Minimum TLS version, reading Node-style ``TLSv1.2`` names and defaulting to TLS 1.2."""
    if payload.get("providerId") != "nodemailer":
        return None
    options = _creds(payload).get("tlsOptions")
    wanted = options.get("minVersion") if isinstance(options, dict) else None
    if isinstance(wanted, str):
        member = ssl.TLSVersion.__members__.get(wanted.strip().replace(".", "_"))
        if member is not None:
            return member
    return ssl.TLSVersion.TLSv1_2


# 2. SMS show reminder: AWS partition of the SNS sender ---------------------------------------


def sns_reminder_partition_buggy(payload: Payload) -> str | None:
    """AWS partition the SNS box-office reminder sender signs requests for."""
    if payload["providerId"] != "sns":
        return None
    region = payload["credentials"].get("region", "us-east-1")
    geo, _direction, _index = region.split("-")
    return "aws-cn" if geo == "cn" else "aws"


def sns_reminder_partition_fixed(payload: Payload) -> str | None:
    """AWS partition of the SNS sender, for any region string."""
    if payload.get("providerId") != "sns":
        return None
    region = _text(_creds(payload), "region", "us-east-1").strip().lower()
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    if region.startswith("cn-"):
        return "aws-cn"
    return "aws"


# 3. SMS show reminder: signing key of Azure Communication Services ----------------------------


def azure_sms_signing_key_buggy(payload: Payload) -> bytes | None:
    """HMAC key for signing the box office's Azure Communication Services SMS requests."""
    if payload["providerId"] != "azure-sms":
        return None
    return base64.b64decode(payload["credentials"].get("accessKey", ""), validate=True)


def azure_sms_signing_key_fixed(payload: Payload) -> bytes | None:
    """HMAC key from a bare access key or a pasted connection string; ``None`` if unusable."""
    if payload.get("providerId") != "azure-sms":
        return None
    raw = _text(_creds(payload), "accessKey").strip()
    for part in raw.split(";"):
        name, sep, value = part.partition("=")
        if sep and name.strip().lower() == "accesskey":
            raw = value.strip()
            break
    try:
        return base64.b64decode(raw, validate=True)
    except ValueError:  # binascii.Error, or a non-ASCII key
        return None


# 4. Front-of-house chat alert router: Grafana OnCall state --------------------------------------


class AlertState(enum.Enum):
    """The states the front-of-house router was written for."""

    ALERTING = "alerting"
    OK = "ok"


_SEVERITY = {AlertState.ALERTING: "page-duty-manager", AlertState.OK: "log-only"}


def foh_alert_severity_buggy(payload: Payload) -> str | None:
    """Severity the front-of-house chat router gives a Grafana OnCall webhook integration."""
    if payload["providerId"] != "grafana-on-call":
        return None
    state = AlertState(payload["credentials"].get("state", "alerting"))
    return _SEVERITY[state]


def foh_alert_severity_fixed(payload: Payload) -> str | None:
    """Severity for any ``state`` string, unknown states going to the on-duty channel."""
    if payload.get("providerId") != "grafana-on-call":
        return None
    raw = _text(_creds(payload), "state", "alerting").strip().lower()
    known = {state.value: state for state in AlertState}
    state = known.get(raw)
    return _SEVERITY[state] if state is not None else "notify-on-duty"


# 5. Usher push app: Firebase project of the FCM service account ---------------------------------


def usher_fcm_project_buggy(payload: Payload) -> str | None:
    """Firebase project id the usher app registers devices against."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"].get("serviceAccount", "{}"))
    return str(account["project_id"])


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def usher_fcm_project_fixed(payload: Payload) -> str | None:
    """Firebase project id from a raw or base64-wrapped service account; ``None`` if absent."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_creds(payload), "serviceAccount").strip()
    account = _json_object(raw)
    if account is None:
        try:
            account = _json_object(base64.b64decode(raw, validate=True).decode("utf-8"))
        except ValueError:  # binascii.Error, UnicodeDecodeError, non-ASCII input
            account = None
    project = account.get("project_id") if account is not None else None
    return project if isinstance(project, str) else None


# 6. Usher push app: canonical application id -------------------------------------------------


def usher_push_app_key_buggy(payload: Payload) -> str | None:
    """Canonical app key of the usher push app, for the device-registration service."""
    if payload["channel"] != "push":
        return None
    app_id = payload["credentials"].get("applicationId")
    if app_id is None:
        return None
    return str(uuid.UUID(app_id))


def usher_push_app_key_fixed(payload: Payload) -> str | None:
    """App key: canonical UUIDs where the provider uses them, the raw id otherwise."""
    if payload.get("channel") != "push":
        return None
    app_id = _creds(payload).get("applicationId")
    if not isinstance(app_id, str):
        return None
    try:
        return str(uuid.UUID(app_id))
    except ValueError:
        return app_id


# 7. Egress firewall allow-list: Infobip API host --------------------------------------------


def infobip_egress_host_buggy(payload: Payload) -> str | None:
    """Host the box office's egress firewall must allow for an Infobip email or SMS integration."""
    if not payload["providerId"].startswith("infobip"):
        return None
    base = payload["credentials"].get("baseUrl", "https://api.infobip.com")
    return cast(str, urlsplit(base).hostname).lower()


def infobip_egress_host_fixed(payload: Payload) -> str | None:
    """Allowed host, accepting a base URL without a scheme; ``None`` when there is no host."""
    provider = payload.get("providerId")
    if not isinstance(provider, str) or not provider.startswith("infobip"):
        return None
    base = _text(_creds(payload), "baseUrl", "https://api.infobip.com").strip()
    if "//" not in base:
        base = "https://" + base
    try:
        host = urlsplit(base).hostname
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    return host.lower() if host else None


# 8. Finance export: one CSV row per messaging vendor ----------------------------------------


def _finance_fields(payload: Payload) -> list[str]:
    return [
        _text(payload, "_organizationId"),
        _text(payload, "name"),
        _text(payload, "providerId"),
        _text(payload, "channel"),
        "active" if payload.get("active") is True else "inactive",
    ]


def finance_csv_row_buggy(payload: Payload) -> str:
    """One row of the finance team's monthly messaging-vendor export, in the legacy unquoted format."""
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_NONE).writerow(
        [
            payload["_organizationId"],
            payload["name"],
            payload["providerId"],
            payload["channel"],
            "active" if payload["active"] else "inactive",
        ]
    )
    return buffer.getvalue()


def finance_csv_row_fixed(payload: Payload) -> str:
    """One export row, quoting fields that hold commas, quotes or line breaks."""
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_MINIMAL).writerow(_finance_fields(payload))
    return buffer.getvalue()


# 9. Audit log: one UTF-8 JSON line per integration ----------------------------------------------


def _audit_record(payload: Payload) -> dict[str, Any]:
    return {
        "event": "integration.seen",
        "id": payload.get("_id"),
        "environment": payload.get("_environmentId"),
        "identifier": payload.get("identifier"),
        "name": payload.get("name"),
        "provider": payload.get("providerId"),
        "channel": payload.get("channel"),
        "active": payload.get("active"),
        "primary": payload.get("primary"),
    }


def audit_log_line_buggy(payload: Payload) -> bytes:
    """One UTF-8 JSON line for the box office's integration audit log."""
    return (json.dumps(_audit_record(payload), ensure_ascii=False) + "\n").encode("utf-8")


def audit_log_line_fixed(payload: Payload) -> bytes:
    """One audit line, with every non-ASCII character (lone surrogates too) escaped by JSON."""
    return (json.dumps(_audit_record(payload), ensure_ascii=True) + "\n").encode("ascii")


# 10. Confirmation template router: ticket-price bands from BETWEEN conditions ------------------


def price_bands_buggy(payload: Payload) -> list[tuple[str, float, float]]:
    """Price bands (field, low, high) from BETWEEN conditions, to pick the confirmation template."""
    bands: list[tuple[str, float, float]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = child["value"].split(",")
                bands.append((child["field"], float(low), float(high)))
    return bands


_NUMBER = re.compile(r"\d+(?:\.\d+)?", re.ASCII)  # prices are never negative


def price_bands_fixed(payload: Payload) -> list[tuple[str, float, float]]:
    """Price bands from BETWEEN conditions whose value holds two numbers; others are skipped."""
    bands: list[tuple[str, float, float]] = []
    for child in _children(payload):
        if child.get("operator") not in ("BETWEEN", "NOT_BETWEEN"):
            continue
        numbers = _NUMBER.findall(_text(child, "value"))
        if len(numbers) == 2:
            low, high = sorted((float(numbers[0]), float(numbers[1])))
            bands.append((_text(child, "field"), low, high))
    return bands


# 11. Search indexer: LIKE conditions as facet matchers ----------------------------------------


def like_matchers_buggy(payload: Payload) -> list[re.Pattern[str]]:
    """Compiled LIKE / NOT_LIKE filters for the integration search indexer's facet matcher."""
    patterns: list[re.Pattern[str]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                patterns.append(re.compile(child["value"], re.IGNORECASE))
    return patterns


def like_matchers_fixed(payload: Payload) -> list[re.Pattern[str]]:
    """Compiled LIKE filters, matching the value as literal text."""
    return [
        re.compile(re.escape(_text(child, "value")), re.IGNORECASE)
        for child in _children(payload)
        if child.get("operator") in ("LIKE", "NOT_LIKE")
    ]


# 12. Retention job: age of a soft-deleted integration ------------------------------------------


def retention_age_days_buggy(payload: Payload) -> int | None:
    """Days since soft deletion, for the retention job that purges old box-office integrations."""
    raw = payload.get("deletedAt")
    if raw is None:
        return None
    deleted = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    return (datetime.now(UTC) - deleted).days


def retention_age_days_fixed(payload: Payload) -> int | None:
    """Days since deletion; naive timestamps read as UTC, unparseable ones give ``None``."""
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        deleted = datetime.fromisoformat(text)
    except ValueError:
        return None
    if deleted.tzinfo is None or deleted.utcoffset() is None:
        deleted = deleted.replace(tzinfo=UTC)
    try:
        return (datetime.now(UTC) - deleted).days
    except OverflowError:
        return None


# 13. Environment sync: matching key across staging and production -------------------------------


def env_sync_key_buggy(payload: Payload) -> tuple[str, str]:
    """Key that matches the same integration in the staging and production box-office environments."""
    slug, _short_id = payload["identifier"].rsplit("-", 1)
    return (payload["providerId"], slug)


def env_sync_key_fixed(payload: Payload) -> tuple[str, str]:
    """Sync key: the identifier without its ``-<shortid>`` tail when it has one."""
    identifier = _text(payload, "identifier")
    slug, sep, _short_id = identifier.rpartition("-")
    return (_text(payload, "providerId"), slug if sep else identifier)


# 14. Dispatcher: route slot reserved for a channel's primary integration ---------------------


_PRIMARY_SLOTS = {"email": "confirmations-primary", "sms": "reminders-primary"}


def primary_route_slot_buggy(payload: Payload) -> str | None:
    """Route slot the box-office dispatcher reserves for a channel's primary integration."""
    if not payload["primary"]:
        return None
    return _PRIMARY_SLOTS[payload["channel"]]


def primary_route_slot_fixed(payload: Payload) -> str | None:
    """Route slot for a primary integration on any channel."""
    if payload.get("primary") is not True:
        return None
    channel = _text(payload, "channel", "unknown")
    return _PRIMARY_SLOTS.get(channel, f"{channel}-primary")


# 15. Config renderer: INI section for the box-office SMS gateway daemon ------------------------


_GATEWAY_KEYS = ("user", "password", "from")


def sms_gateway_ini_buggy(payload: Payload) -> str:
    """INI file for the box-office SMS gateway daemon (user / password / from style providers)."""
    parser = configparser.ConfigParser()
    parser.add_section("gateway")
    parser.set("gateway", "provider", payload["providerId"])
    for key in _GATEWAY_KEYS:
        if key in payload["credentials"]:
            parser.set("gateway", key, payload["credentials"][key])
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def sms_gateway_ini_fixed(payload: Payload) -> str:
    """INI file written without interpolation, so ``%`` in a password is kept as is."""
    parser = configparser.RawConfigParser()
    parser.add_section("gateway")
    parser.set("gateway", "provider", _text(payload, "providerId"))
    credentials = _creds(payload)
    for key in _GATEWAY_KEYS:
        value = credentials.get(key)
        if isinstance(value, str):
            parser.set("gateway", key, value)
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


# 16. Environment sync: promotion order from the environment's ObjectId ---------------------------


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def env_created_at_buggy(payload: Payload) -> int:
    """Creation time (Unix seconds) of the integration's environment, read from its ObjectId."""
    return int.from_bytes(bytes.fromhex(payload["_environmentId"])[:4], "big")


def env_created_at_fixed(payload: Payload) -> int:
    """Creation time from an ObjectId-shaped environment id; ``0`` for any other id."""
    environment = _text(payload, "_environmentId")
    if not _OBJECT_ID.fullmatch(environment):
        return 0
    return int(environment[:8], 16)


# The cases ----------------------------------------------------------------------------------


_SMTP = {
    "host": "smtp.globe-theatre.example",
    "port": "587",
    "user": "boxoffice",
    "password": "fake-password",
    "from": "tickets@globe-theatre.example",
    "senderName": "Globe Box Office",
}

_FCM_ACCOUNT = json.dumps({"type": "service_account", "project_id": "usher-app-prod", "private_key": "fake"})

THEATER_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="theater_mailer_tls_floor",
        bug="reads nodemailer tlsOptions.minVersion as a Python ssl.TLSVersion name, not Node's 'TLSv1.2'",
        buggy=mailer_tls_floor_buggy,
        fixed=mailer_tls_floor_fixed,
        raises=(KeyError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Q2w9xZ"},
            credentials={**_SMTP, "secure": False, "tlsOptions": {"minVersion": "TLSv1.2"}},
        ),
    ),
    ConsumerCase(
        name="theater_sns_reminder_partition",
        bug="assumes an SNS region always has three dash-separated parts (like 'eu-west-2')",
        buggy=sns_reminder_partition_buggy,
        fixed=sns_reminder_partition_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "sns", "channel": "sms", "name": "SNS", "identifier": "sns-Hq81kLm"},
            credentials={"apiKey": "fake-key-id", "secretKey": "fake-secret", "region": "us-gov-west-1"},
        ),
    ),
    ConsumerCase(
        name="theater_azure_sms_signing_key",
        bug="assumes azure-sms accessKey is bare base64, not a pasted 'endpoint=...;accesskey=...' string",
        buggy=azure_sms_signing_key_buggy,
        fixed=azure_sms_signing_key_fixed,
        raises=(binascii.Error,),
        example=_example(
            {"providerId": "azure-sms", "channel": "sms", "name": "Azure Sms", "identifier": "azure-sms-3nB"},
            credentials={
                "accessKey": "endpoint=https://boxoffice.communication.azure.com/;accesskey=ZmFrZS1rZXk=",
                "from": "+441234567890",
            },
        ),
    ),
    ConsumerCase(
        name="theater_foh_alert_state",
        bug="assumes grafana-on-call credentials.state is only 'alerting' or 'ok'",
        buggy=foh_alert_severity_buggy,
        fixed=foh_alert_severity_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "grafana-on-call",
                "channel": "chat",
                "name": "Front of house alerts",
                "identifier": "front-of-house-alerts-Zr4",
                "primary": False,
            },
            credentials={"alertUid": "foh-1", "title": "Lobby overcrowding", "state": "firing"},
        ),
    ),
    ConsumerCase(
        name="theater_usher_fcm_project",
        bug="assumes fcm serviceAccount is raw service-account JSON, not e.g. its base64 form",
        buggy=usher_fcm_project_buggy,
        fixed=usher_fcm_project_fixed,
        raises=(json.JSONDecodeError, KeyError, TypeError),
        example=_example(
            {"providerId": "fcm", "channel": "push", "name": "Usher app", "identifier": "usher-app-9Lk"},
            credentials={"serviceAccount": base64.b64encode(_FCM_ACCOUNT.encode()).decode()},
        ),
    ),
    ConsumerCase(
        name="theater_usher_push_app_uuid",
        bug="assumes every push provider's applicationId is a UUID (Pushpad's is a numeric project id)",
        buggy=usher_push_app_key_buggy,
        fixed=usher_push_app_key_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "pushpad", "channel": "push", "name": "Pushpad", "identifier": "pushpad-Yt6"},
            credentials={"apiKey": "fake-pushpad-token", "applicationId": "8213"},
        ),
    ),
    ConsumerCase(
        name="theater_infobip_egress_host",
        bug="assumes Infobip baseUrl carries a scheme, so urlsplit() finds a hostname",
        buggy=infobip_egress_host_buggy,
        fixed=infobip_egress_host_fixed,
        raises=(AttributeError,),
        example=_example(
            {"providerId": "infobip-sms", "channel": "sms", "name": "Infobip", "identifier": "infobip-k2P"},
            credentials={"apiKey": "fake-key", "baseUrl": "k3j9xq.api.infobip.com", "from": "GlobeTix"},
        ),
    ),
    ConsumerCase(
        name="theater_finance_csv_row",
        bug="writes unquoted CSV, assuming no name contains a comma, quote or line break",
        buggy=finance_csv_row_buggy,
        fixed=finance_csv_row_fixed,
        raises=(csv.Error,),
        example=_example({"name": "Globe Theatre, Box Office"}),
    ),
    ConsumerCase(
        name="theater_audit_log_utf8",
        bug="encodes the audit line as UTF-8, assuming strings hold no lone surrogates",
        buggy=audit_log_line_buggy,
        fixed=audit_log_line_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Matinee \ud83c"}),
    ),
    ConsumerCase(
        name="theater_price_band_between",
        bug="assumes a BETWEEN condition's value is exactly 'low,high'",
        buggy=price_bands_buggy,
        fixed=price_bands_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "ticketPrice", "value": "20-80", "operator": "BETWEEN", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="theater_search_like_pattern",
        bug="compiles a LIKE condition's value as a regular expression",
        buggy=like_matchers_buggy,
        fixed=like_matchers_fixed,
        raises=(re.error,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "show.title",
                                "value": "*premiere*",
                                "operator": "LIKE",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="theater_retention_naive_deleted_at",
        bug="assumes deletedAt always carries a UTC offset, so it can be subtracted from an aware now()",
        buggy=retention_age_days_buggy,
        fixed=retention_age_days_fixed,
        raises=(TypeError,),
        example=_example({"deleted": True, "active": False, "deletedAt": "2024-11-02T22:15:00"}),
    ),
    ConsumerCase(
        name="theater_env_sync_slug",
        bug="assumes identifier always has the server's '<slug>-<shortid>' form with a dash",
        buggy=env_sync_key_buggy,
        fixed=env_sync_key_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "boxoffice"}),
    ),
    ConsumerCase(
        name="theater_primary_route_slot",
        bug="assumes only email and sms integrations can be primary",
        buggy=primary_route_slot_buggy,
        fixed=primary_route_slot_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "providerId": "slack",
                "channel": "chat",
                "name": "Slack",
                "identifier": "slack-Pq7",
                "primary": True,
            },
            credentials={"applicationId": "A01", "clientId": "123.456", "secretKey": "fake-secret"},
        ),
    ),
    ConsumerCase(
        name="theater_sms_gateway_ini",
        bug="writes credentials through ConfigParser interpolation, assuming no password contains '%'",
        buggy=sms_gateway_ini_buggy,
        fixed=sms_gateway_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "forty-six-elks", "channel": "sms", "name": "46elks", "identifier": "46elks-Rr2"},
            credentials={"user": "u1a2b3c4", "password": "7Gq%xP2!", "from": "GlobeTix"},
        ),
    ),
    ConsumerCase(
        name="theater_env_objectid_order",
        bug="assumes _environmentId is a hex Mongo ObjectId holding a creation time",
        buggy=env_created_at_buggy,
        fixed=env_created_at_fixed,
        raises=(ValueError,),
        example=_example({"_environmentId": "env-staging"}),
    ),
]
