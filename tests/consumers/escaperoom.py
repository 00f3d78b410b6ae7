"""Notification plumbing of Enigma Quarters, an escape-room franchise, as consumers of Novu integrations.

Enigma Quarters runs escape rooms in Lisbon, Porto, Munich, Lyon and Kraków; every venue (run by
the franchise or by a franchisee) is one Novu environment in the franchise's organization. The
platform team's services read the integration list from ``GET /v1/integrations``:

- booking confirmations (email) and game reminders (SMS), sent in the venue's language;
- post-game review requests and booking-app pushes;
- game-master chat bridges that relay hint requests from the rooms to the venue's chat;
- the franchisee admin dashboard, which lists, de-duplicates and edits integrations;
- a local rules engine that mirrors integration conditions (group size, VIP bookings...);
- nightly configuration backups to YAML, CSV and INI for the franchise's ops repository;
- incident paging: a probe that checks provider endpoints and pages the on-call engineer;
- a webhook relay that signs the events it forwards to webhook integrations.

Every consumer comes as ``*_buggy``, the way it first shipped (it passed its tests with
``HAPPY_PATH``), and ``*_fixed``, the version that honours the contract. ``ESCAPEROOM_BUGS`` pairs
them with a contract-valid payload on which the buggy version fails.
"""

from __future__ import annotations

import base64
import configparser
import contextlib
import copy
import csv
import hashlib
import hmac
import io
import json
import re
import urllib.request
import uuid
from collections.abc import Iterator, Mapping
from email.utils import formataddr
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "ESCAPEROOM_BUGS"]  # noqa: RUF022


# --------------------------------------------------------------------------- shared helpers

#: Production environments of the venues (the API key of each venue's booking system).
VENUE_BY_ENVIRONMENT: dict[str, str] = {
    "6615a3c2f1e2d3c4b5a69701": "lisbon-alfama",
    "6615a3c2f1e2d3c4b5a69711": "porto-ribeira",
    "6615a3c2f1e2d3c4b5a69721": "munich-schwabing",
    "6615a3c2f1e2d3c4b5a69731": "lyon-croix-rousse",
    "6615a3c2f1e2d3c4b5a69741": "krakow-kazimierz",
}

#: The game-master chat room of each venue.
GM_ROOM_BY_VENUE: dict[str, str] = {
    "lisbon-alfama": "#gm-lisboa",
    "porto-ribeira": "#gm-porto",
    "munich-schwabing": "#gm-muenchen",
    "lyon-croix-rousse": "#gm-lyon",
    "krakow-kazimierz": "#gm-krakow",
}

#: Credential keys of the contract's CredentialsDto, by JSON type.
_CREDENTIAL_STRINGS = (
    "apiKey",
    "user",
    "secretKey",
    "domain",
    "password",
    "host",
    "port",
    "region",
    "accountSid",
    "messageProfileId",
    "token",
    "from",
    "senderName",
    "projectName",
    "applicationId",
    "clientId",
    "baseUrl",
    "webhookUrl",
    "redirectUrl",
    "serviceAccount",
    "ipPoolName",
    "apiKeyRequestHeader",
    "secretKeyRequestHeader",
    "idPath",
    "datePath",
    "apiToken",
    "authenticationTokenKey",
    "instanceId",
    "alertUid",
    "title",
    "imageUrl",
    "state",
    "externalLink",
    "channelId",
    "phoneNumberIdentification",
    "accessKey",
)
_CREDENTIAL_BOOLEANS = ("secure", "requireTls", "ignoreTls", "hmac", "authenticateByToken")


def _credentials(payload: Payload) -> Mapping[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, Mapping) else {}


def _credential_text(payload: Payload, key: str) -> str | None:
    value = _credentials(payload).get(key)
    return value if isinstance(value, str) else None


def _children(payload: Payload) -> Iterator[Mapping[str, Any]]:
    """Every FieldFilterPartDto of the integration's conditions (``conditions`` is optional)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return
    for condition in conditions:
        if not isinstance(condition, Mapping):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        for child in children:
            if isinstance(child, Mapping):
                yield child


def _child_text(child: Mapping[str, Any], key: str) -> str:
    value = child.get(key)
    return value if isinstance(value, str) else ""


# --------------------------------------------------------------------------- 1. SMS reminder sender

_E164_DIGITS = re.compile(r"\+?[0-9]{3,15}")
_ALPHANUMERIC_SENDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .&_-]{0,10}")


def reminder_sender_buggy(payload: Payload) -> str | None:
    """Sender of the "your game starts in 2 hours" SMS, normalised to E.164 for the carrier allow-list."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    compact = sender.replace(" ", "").replace("-", "")
    return "+" + str(int(compact.lstrip("+")))


def reminder_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "sms":
        return None
    sender = _credential_text(payload, "from")
    if not sender:
        return None
    compact = sender.replace(" ", "").replace("-", "")
    if _E164_DIGITS.fullmatch(compact):
        return "+" + compact.lstrip("+").removeprefix("00")
    # Alphanumeric sender ids ("EnigmaLX") are how most European venues send.
    if _ALPHANUMERIC_SENDER.fullmatch(sender.strip()):
        return sender.strip()
    return None


# --------------------------------------------------------------------------- 2. nightly INI backup


def _credentials_for_backup(payload: Payload) -> dict[str, str]:
    """The contract's credential keys as INI strings (unknown keys are not backed up)."""
    credentials = _credentials(payload)
    backed_up: dict[str, str] = {}
    for key in _CREDENTIAL_STRINGS:
        value = credentials.get(key)
        if isinstance(value, str):
            backed_up[key] = value
    for key in _CREDENTIAL_BOOLEANS:
        flag = credentials.get(key)
        if isinstance(flag, bool):
            backed_up[key] = str(flag).lower()
    tls_options = credentials.get("tlsOptions")
    if isinstance(tls_options, dict):
        with contextlib.suppress(ValueError, TypeError, RecursionError):  # huge ints, deep nesting
            backed_up["tlsOptions"] = json.dumps(tls_options, sort_keys=True)
    return backed_up


def _write_ini(payload: Payload, parser: configparser.ConfigParser) -> str:
    section = f"integration:{payload['identifier']}"
    parser[section] = {
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload.get("channel", ""),
        "active": str(payload["active"]).lower(),
        "primary": str(payload["primary"]).lower(),
    }
    parser[f"{section}:credentials"] = _credentials_for_backup(payload)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def ini_backup_buggy(payload: Payload) -> str:
    """Nightly backup of one integration as an INI file for the ops repository."""
    return _write_ini(payload, configparser.ConfigParser())


def ini_backup_fixed(payload: Payload) -> str:
    return _write_ini(payload, configparser.ConfigParser(interpolation=None))


# --------------------------------------------------------------------------- 3. nightly YAML backup


def _backup_entry(payload: Payload) -> dict[str, Any]:
    return {
        "identifier": payload["identifier"],
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload.get("channel"),
        "active": payload["active"],
        "primary": payload["primary"],
    }


def yaml_backup_buggy(payload: Payload) -> str:
    """Nightly YAML backup entry; it is parsed back before upload so a broken file never lands."""
    entry = _backup_entry(payload)
    document = "".join(
        f"{'- ' if index == 0 else '  '}{key}: {str(value).lower() if isinstance(value, bool) else value}\n"
        for index, (key, value) in enumerate(entry.items())
    )
    restored = yaml.safe_load(document)
    assert restored == [entry], "backup does not round-trip"
    return document


def yaml_backup_fixed(payload: Payload) -> str:
    return yaml.safe_dump([_backup_entry(payload)], allow_unicode=True, sort_keys=False)


# --------------------------------------------------------------------------- 4. sender identities CSV


def sender_csv_buggy(payload: Payload) -> str | None:
    """Row of the nightly sender-identity CSV the franchise's ERP imports (it cannot handle quotes)."""
    if payload["channel"] not in ("email", "sms"):
        return None
    credentials = payload["credentials"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONE)
    writer.writerow(
        [
            payload["identifier"],
            payload["providerId"],
            credentials.get("senderName", ""),
            credentials.get("from", ""),
        ]
    )
    return buffer.getvalue()


def sender_csv_fixed(payload: Payload) -> str | None:
    if payload.get("channel") not in ("email", "sms"):
        return None
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            payload["identifier"],
            payload["providerId"],
            _credential_text(payload, "senderName") or "",
            _credential_text(payload, "from") or "",
        ]
    )
    return buffer.getvalue()


# --------------------------------------------------------------------------- 5. game-master chat bridge


def gm_bridge_route_buggy(payload: Payload) -> tuple[str, str] | None:
    """Which GM chat room an integration serves; the bridge indexes every listed integration by venue."""
    venue = VENUE_BY_ENVIRONMENT[payload["_environmentId"]]
    if payload["channel"] != "chat" or not payload["active"]:
        return None
    return GM_ROOM_BY_VENUE[venue], payload["providerId"]


def gm_bridge_route_fixed(payload: Payload) -> tuple[str, str] | None:
    venue = VENUE_BY_ENVIRONMENT.get(payload["_environmentId"])
    if venue is None:
        return None  # another environment of the organization (staging, a franchisee's sandbox...)
    if payload.get("channel") != "chat" or not payload["active"]:
        return None
    return GM_ROOM_BY_VENUE[venue], payload["providerId"]


# --------------------------------------------------------------------------- 6. booking-app push relay


def push_project_buggy(payload: Payload) -> str | None:
    """Firebase project the booking app's pushes go through, read from the FCM service account."""
    account = payload["credentials"].get("serviceAccount")
    if account is None:
        return None
    return str(json.loads(account)["project_id"])


def push_project_fixed(payload: Payload) -> str | None:
    account = _credential_text(payload, "serviceAccount")
    if account is None:
        return None
    try:
        document = json.loads(account)
    except (ValueError, RecursionError):
        return None  # stored/encrypted form ("nvsk.…") or not a key file
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    return project if isinstance(project, str) and project else None


# --------------------------------------------------------------------------- 7. booking confirmation From


def confirmation_from_buggy(payload: Payload) -> str | None:
    """``From:`` header of booking confirmations, e.g. ``Enigma Quarters <reservas@…>``."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    address = credentials.get("from")
    if not address:
        return None
    return formataddr((credentials.get("senderName", ""), address))


def confirmation_from_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    address = _credential_text(payload, "from")
    if not address:
        return None
    local, at, domain = address.rpartition("@")
    if not at or not local.isascii():
        return None  # needs SMTPUTF8, which our relay does not offer
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    name = _credential_text(payload, "senderName") or ""
    name = name.encode("utf-8", "replace").decode("utf-8")
    return formataddr((name, f"{local}@{ascii_domain}"))


# --------------------------------------------------------------------------- 8. admin dashboard row

_BADGES_BUGGY = {
    (True, True): "primary",
    (True, False): "active",
    (False, False): "disabled",
}
_BADGES_FIXED = {**_BADGES_BUGGY, (False, True): "primary (disabled)"}


def dashboard_row_buggy(payload: Payload) -> dict[str, str]:
    """Row of the franchisee dashboard's integration table."""
    return {
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "status": _BADGES_BUGGY[(payload["active"], payload["primary"])],
    }


def dashboard_row_fixed(payload: Payload) -> dict[str, str]:
    return {
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload.get("channel", ""),
        "status": _BADGES_FIXED[(payload["active"], payload["primary"])],
    }


# --------------------------------------------------------------------------- 9. numeric thresholds

_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def numeric_rules_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """Thresholds (group size, booking total) the reminder scheduler mirrors from conditions."""
    rules = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _NUMERIC_OPERATORS:
                rules.append((child["field"], child["operator"], float(child["value"])))
    return rules


def numeric_rules_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    rules = []
    for child in _children(payload):
        operator = _child_text(child, "operator")
        if operator not in _NUMERIC_OPERATORS:
            continue
        raw = _child_text(child, "value").strip()
        if raw.count(",") == 1 and "." not in raw:
            raw = raw.replace(",", ".")  # "89,90" as typed in Lisbon, Munich, Lyon
        try:
            threshold = float(raw)
        except ValueError:
            continue  # a template ("{{payload.size}}") or free text: Novu evaluates it, we cannot
        rules.append((_child_text(child, "field"), operator, threshold))
    return rules


# --------------------------------------------------------------------------- 10. LIKE pre-filter


def like_filters_buggy(payload: Payload) -> list[re.Pattern[str]]:
    """LIKE conditions compiled so the hint relay can pre-filter events before calling Novu."""
    patterns = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                patterns.append(re.compile(child["value"], re.IGNORECASE))
    return patterns


def like_filters_fixed(payload: Payload) -> list[re.Pattern[str]]:
    patterns = []
    for child in _children(payload):
        if _child_text(child, "operator") not in ("LIKE", "NOT_LIKE"):
            continue
        parts = re.split(r"[%*]", _child_text(child, "value"))
        patterns.append(re.compile(".*".join(re.escape(part) for part in parts), re.IGNORECASE))
    return patterns


# --------------------------------------------------------------------------- 11. subscriber attributes


def synced_attributes_buggy(payload: Payload) -> list[str]:
    """Subscriber attributes the booking system must push to Novu so the conditions can match."""
    attributes = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["on"] == "subscriber":
                attributes.append(child["field"].split(".")[1])  # "subscriber.plan" -> "plan"
    return attributes


def synced_attributes_fixed(payload: Payload) -> list[str]:
    attributes = []
    for child in _children(payload):
        if _child_text(child, "on") != "subscriber":
            continue
        field = _child_text(child, "field").removeprefix("subscriber.")
        if field:
            attributes.append(field)
    return attributes


# --------------------------------------------------------------------------- 12. review request app


def review_app_buggy(payload: Payload) -> str | None:
    """App id in the review-request audit log, canonicalised so OneSignal ids compare equal."""
    if payload["channel"] != "push":
        return None
    app_id = payload["credentials"].get("applicationId")
    if app_id is None:
        return None
    return str(uuid.UUID(app_id))


def review_app_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "push":
        return None
    app_id = _credential_text(payload, "applicationId")
    if app_id is None:
        return None
    try:
        return str(uuid.UUID(app_id))
    except ValueError:
        return app_id.strip()  # APNs bundle ids, Pushpad project numbers...


# --------------------------------------------------------------------------- 13. webhook relay signature


def relay_signature_buggy(payload: Payload) -> str | None:
    """HMAC the relay puts on events it forwards to webhook integrations (email-/push-webhook)."""
    if not payload["providerId"].endswith("-webhook"):
        return None
    secret = payload["credentials"].get("secretKey")
    if secret is None:
        return None
    key = base64.b64decode(secret, validate=True)
    body = json.dumps({"integration": payload["identifier"], "event": "relay.ping"}).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def relay_signature_fixed(payload: Payload) -> str | None:
    if not payload["providerId"].endswith("-webhook"):
        return None
    secret = _credential_text(payload, "secretKey")
    if secret is None:
        return None
    key = secret.encode("utf-8", "surrogatepass")
    body = json.dumps({"integration": payload["identifier"], "event": "relay.ping"}).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------- 14. duplicate credentials

_OWNERS_BUGGY: dict[frozenset[tuple[str, Any]], str] = {}
_OWNERS_FIXED: dict[str, str] = {}
_OWNERS_MAX = 4096


def duplicate_credentials_buggy(payload: Payload) -> str | None:
    """Dashboard warning: another integration already uses exactly these credentials (copy-pasted keys)."""
    credentials = payload["credentials"]
    if not credentials:
        return None
    if len(_OWNERS_BUGGY) > _OWNERS_MAX:
        _OWNERS_BUGGY.clear()
    owner = _OWNERS_BUGGY.setdefault(frozenset(credentials.items()), payload["identifier"])
    return owner if owner != payload["identifier"] else None


def duplicate_credentials_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    known: dict[str, Any] = {}
    for key in _CREDENTIAL_STRINGS:
        if isinstance(credentials.get(key), str):
            known[key] = credentials[key]
    for key in _CREDENTIAL_BOOLEANS:
        if isinstance(credentials.get(key), bool):
            known[key] = credentials[key]
    if isinstance(credentials.get("tlsOptions"), dict):
        known["tlsOptions"] = credentials["tlsOptions"]
    if not known:
        return None
    try:
        canonical = json.dumps(known, sort_keys=True)
    except (ValueError, TypeError, RecursionError):
        known.pop("tlsOptions", None)
        canonical = json.dumps(known, sort_keys=True)
    fingerprint = hashlib.sha256(canonical.encode("ascii")).hexdigest()
    if len(_OWNERS_FIXED) > _OWNERS_MAX:
        _OWNERS_FIXED.clear()
    owner = _OWNERS_FIXED.setdefault(fingerprint, payload["identifier"])
    return owner if owner != payload["identifier"] else None


# --------------------------------------------------------------------------- 15. incident paging probe


def provider_probe_buggy(payload: Payload) -> urllib.request.Request | None:
    """HEAD request the paging probe sends to a provider's base URL every minute."""
    base_url = payload["credentials"].get("baseUrl")
    if not base_url or not payload["active"]:
        return None
    return urllib.request.Request(base_url.rstrip("/") + "/", method="HEAD")


def provider_probe_fixed(payload: Payload) -> urllib.request.Request | None:
    base_url = (_credential_text(payload, "baseUrl") or "").strip()
    if not base_url or not payload["active"]:
        return None
    if "://" not in base_url:
        base_url = "https://" + base_url  # Infobip hands out "xxxxx.api.infobip.com"
    try:
        parts = urlsplit(base_url.rstrip("/") + "/")
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return urllib.request.Request(parts.geturl(), method="HEAD")


# --------------------------------------------------------------------------- 16. identifier migration


def migrated_identifier_buggy(payload: Payload) -> str:
    """2025 migration: identifiers become ``<venue>-<slug>-<short id>``, keeping Novu's short id."""
    venue = VENUE_BY_ENVIRONMENT.get(payload["_environmentId"], "hq")
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return f"{venue}-{slug}-{short_id}"


def migrated_identifier_fixed(payload: Payload) -> str:
    venue = VENUE_BY_ENVIRONMENT.get(payload["_environmentId"], "hq")
    slug, dash, short_id = payload["identifier"].rpartition("-")
    if not dash:
        return f"{venue}-{payload['identifier']}"  # a hand-picked identifier: keep it whole
    return f"{venue}-{slug}-{short_id}"


# --------------------------------------------------------------------------- the cases


def _variant(changes: Mapping[str, Any], *, credentials: Mapping[str, Any] | None = None) -> Payload:
    """HAPPY_PATH with some top-level fields and, optionally, the credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes)))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


def _with_child(child: Mapping[str, str], *, kind: str = "STATEMENT") -> list[dict[str, Any]]:
    return [{"isNegated": False, "type": kind, "value": "AND", "children": [dict(child)]}]


ESCAPEROOM_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="escaperoom_sms_sender_e164",
        bug="assumes an SMS integration's credentials.from is a phone number, not an alphanumeric sender id",
        buggy=reminder_sender_buggy,
        fixed=reminder_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3vX9aL",
                "providerId": "twilio",
                "channel": "sms",
                "conditions": [],
            },
            credentials={
                "accountSid": "AC5f0c6f2b8e9d4a1c3b7e6d5f4a3b2c1d",
                "token": "fake-auth-token-77",
                "from": "EnigmaLX",
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_ini_interpolation",
        bug="writes credential values with an interpolating ConfigParser, assuming none contains '%'",
        buggy=ini_backup_buggy,
        fixed=ini_backup_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-b7Tq1pZe",
                "providerId": "nodemailer",
            },
            credentials={
                "host": "smtp.enigma-quarters.pt",
                "port": "587",
                "user": "reservas",
                "password": "Qu4rt%rs!2024",
                "secure": False,
                "from": "reservas@enigma-quarters.pt",
                "senderName": "Enigma Quarters Lisboa",
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_yaml_unquoted",
        bug="templates YAML by hand, assuming integration names never need YAML quoting (': ', '#', 'yes')",
        buggy=yaml_backup_buggy,
        fixed=yaml_backup_fixed,
        raises=(yaml.YAMLError, AssertionError, ValueError, RecursionError),
        example=_variant({"name": "Lyon: La Crypte des Canuts"}),
    ),
    ConsumerCase(
        name="escaperoom_csv_quote_none",
        bug="exports sender identities with csv.QUOTE_NONE, assuming sender names contain no comma or quote",
        buggy=sender_csv_buggy,
        fixed=sender_csv_fixed,
        raises=(csv.Error,),
        example=_variant(
            {},
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "reservas@enigma-quarters.pt",
                "senderName": "Enigma Quarters, Porto",
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_gm_bridge_environment",
        bug="assumes GET /v1/integrations lists only the venues' own environments, not the whole org's",
        buggy=gm_bridge_route_buggy,
        fixed=gm_bridge_route_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "_environmentId": "6615a3c2f1e2d3c4b5a697d0",
                "name": "Slack",
                "identifier": "slack-Hh2kP0sd",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "applicationId": "A06ENIGMA01",
                "clientId": "5620412378.6612345",
                "secretKey": "fake-slack-secret-01",
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_fcm_service_account",
        bug="assumes credentials.serviceAccount always holds the decrypted service-account JSON",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(ValueError, KeyError, TypeError, RecursionError),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-r4Wd0yLm",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={"serviceAccount": "nvsk.8c1f0a9e3b7d2c45:6e0f9a1b2c3d4e5f60718293a4b5c6d7"},
        ),
    ),
    ConsumerCase(
        name="escaperoom_from_header_idn",
        bug="passes credentials.from to formataddr, assuming sender addresses are ASCII (no IDN domains)",
        buggy=confirmation_from_buggy,
        fixed=confirmation_from_fixed,
        raises=(UnicodeError,),
        example=_variant(
            {},
            credentials={
                "apiKey": "fake-api-key-0003",
                "from": "buchung@rätselraum-münchen.de",
                "senderName": "Enigma Quarters München",
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_dashboard_badge",
        bug="assumes a primary integration is always active (no badge for primary and inactive)",
        buggy=dashboard_row_buggy,
        fixed=dashboard_row_fixed,
        raises=(KeyError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="escaperoom_numeric_condition",
        bug="assumes numeric condition values parse with float(), not decimal commas or templates",
        buggy=numeric_rules_buggy,
        fixed=numeric_rules_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": _with_child(
                    {
                        "field": "bookingTotal",
                        "value": "89,90",
                        "operator": "LARGER_EQUAL",
                        "on": "payload",
                    },
                    kind="NUMBER",
                )
            }
        ),
    ),
    ConsumerCase(
        name="escaperoom_like_as_regex",
        bug="compiles LIKE condition values as regular expressions, assuming no wildcards or brackets",
        buggy=like_filters_buggy,
        fixed=like_filters_fixed,
        raises=(re.error, OverflowError, RecursionError),
        example=_variant(
            {
                "conditions": _with_child(
                    {"field": "roomName", "value": "*halloween*", "operator": "LIKE", "on": "payload"},
                    kind="TEXT",
                )
            }
        ),
    ),
    ConsumerCase(
        name="escaperoom_condition_field_prefix",
        bug="assumes every subscriber condition field is written 'subscriber.<attribute>'",
        buggy=synced_attributes_buggy,
        fixed=synced_attributes_fixed,
        raises=(IndexError,),
        example=_variant(
            {
                "conditions": _with_child(
                    {"field": "locale", "value": "pt_PT", "operator": "EQUAL", "on": "subscriber"}
                )
            }
        ),
    ),
    ConsumerCase(
        name="escaperoom_push_app_uuid",
        bug="assumes every push applicationId is a UUID like OneSignal's (not an APNs bundle id)",
        buggy=review_app_buggy,
        fixed=review_app_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "APNs",
                "identifier": "apns-Zk81fQwe",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----\nfake\n-----END PRIVATE KEY-----",
                "apiKey": "ABCD123456",
                "projectName": "TEAM123456",
                "applicationId": "pt.enigmaquarters.booking",
                "secure": True,
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_webhook_secret_base64",
        bug="assumes webhook integrations' secretKey is base64, not a typed passphrase",
        buggy=relay_signature_buggy,
        fixed=relay_signature_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-T9cz0LkA",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "webhookUrl": "https://hooks.enigma-quarters.pl/novu/push",
                "secretKey": "krakow-hints-2024!",
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_credentials_hashable",
        bug="keys a dict on frozenset(credentials.items()), assuming every credential value is hashable",
        buggy=duplicate_credentials_buggy,
        fixed=duplicate_credentials_fixed,
        raises=(TypeError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Lp0a2Xcv",
                "providerId": "nodemailer",
            },
            credentials={
                "host": "mail.enigma-quarters.fr",
                "port": "465",
                "secure": True,
                "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
                "from": "reservations@enigma-quarters.fr",
                "senderName": "Enigma Quarters Lyon",
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_probe_base_url_scheme",
        bug="assumes credentials.baseUrl carries a scheme, as Infobip's 'xxxxx.api.infobip.com' does not",
        buggy=provider_probe_buggy,
        fixed=provider_probe_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Infobip",
                "identifier": "infobip-Wq7nE2rd",
                "providerId": "infobip-sms",
                "channel": "sms",
            },
            credentials={
                "apiKey": "fake-infobip-key-9",
                "baseUrl": "y4kq2.api.infobip.com",
                "from": "EnigmaPL",
            },
        ),
    ),
    ConsumerCase(
        name="escaperoom_identifier_short_id",
        bug="assumes every identifier is Novu's generated '<slug>-<short id>', never a hand-picked one",
        buggy=migrated_identifier_buggy,
        fixed=migrated_identifier_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "lisbon_bookings"}),
    ),
)
