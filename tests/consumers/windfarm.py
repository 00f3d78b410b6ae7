"""Sixteen consumers of ``GET /v1/integrations`` items from a wind-farm operator.

These are the services of a (fictional) offshore and onshore wind-farm operator that read
Novu integrations: the turbine-fault SMS pager, the technician push app, the SCADA alarm to
chat bridge, the maintenance digest mailer, the ops dashboard, config renderers (INI, TOML,
YAML, ``.properties``), a retention job, a data-residency router, a secrets-rotation checker,
a metrics exporter, a failover planner and a wind-speed routing table. They were written from
the contract documents alone (CONTRACT.md, the SDK seed, SERVER-SEMANTICS.md and
providers.json), without looking at any payload generator. Each buggy version makes one
plausible mistake about a value the contract allows; each fixed control honours the contract
and must never raise on a contract-valid payload.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import hashlib
import hmac
import io
import json
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr
from typing import Any
from urllib.parse import quote

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["WINDFARM_BUGS"]

# The fixed "now" of the jobs below, so that their results are reproducible.
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)

# Helpers -----------------------------------------------------------------------------------


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default`` (a tolerant reader's view of a string field)."""
    return value if isinstance(value, str) else default


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _children(payload: Payload) -> list[dict[str, Any]]:
    """Every ``FieldFilterPartDto`` of every condition, skipping anything that is not an object."""
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


_UNSAFE_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def _scrub(value: str) -> str:
    """``value`` with control characters, line separators and lone surrogates made harmless."""
    if value.isascii() and value.isprintable():
        return value
    return "".join(
        ("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else " ")
        if unicodedata.category(ch) in _UNSAFE_CATEGORIES
        else ch
        for ch in value
    )


def _utf8(value: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return value.encode("utf-8", "surrogatepass")


def _parse_timestamp(value: str) -> datetime | None:
    """An aware datetime for an ISO-8601-ish string, or ``None`` when it is not one."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


# 1. Turbine-fault SMS pager: gateway Basic auth ---------------------------------------------


def pager_basic_auth_buggy(payload: Payload) -> str | None:
    """The Authorization header the turbine-fault pager sends to an accountSid/token SMS gateway."""
    if payload["channel"] != "sms":
        return None
    credentials = payload["credentials"]
    if "accountSid" not in credentials or "token" not in credentials:
        return None
    # As requests' HTTPBasicAuth does it.
    raw = f"{credentials['accountSid']}:{credentials['token']}".encode("latin-1")
    return "Basic " + base64.b64encode(raw).decode("ascii")


def pager_basic_auth_fixed(payload: Payload) -> str | None:
    """The pager's Authorization header, for any accountSid and token the contract allows."""
    if payload.get("channel") != "sms":
        return None
    credentials = _creds(payload)
    sid, token = credentials.get("accountSid"), credentials.get("token")
    if not isinstance(sid, str) or not isinstance(token, str):
        return None
    return "Basic " + base64.b64encode(_utf8(f"{sid}:{token}")).decode("ascii")


# 2. Technician push app: FCM project from the service account ------------------------------


def fcm_send_path_buggy(payload: Payload) -> str | None:
    """The FCM v1 send path the technician push app config is rendered with."""
    if payload["providerId"] != "fcm":
        return None
    credentials = payload["credentials"]
    if "serviceAccount" not in credentials:
        return None
    account = json.loads(credentials["serviceAccount"])
    return f"projects/{account['project_id']}/messages:send"


def fcm_send_path_fixed(payload: Payload) -> str | None:
    """The FCM send path, or ``None`` when the serviceAccount string is not a usable JSON key."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _creds(payload).get("serviceAccount")
    if not isinstance(raw, str):
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    project = account.get("project_id") if isinstance(account, dict) else None
    if not isinstance(project, str) or not project:
        return None
    return f"projects/{quote(project, safe='', errors='replace')}/messages:send"


# 3. SCADA alarm to chat bridge: signed posts -----------------------------------------------

_ALARM_BODY = b'{"turbine":"WTG-07","code":"E-1042","text":"pitch bearing over-temperature"}'


def scada_signature_buggy(payload: Payload) -> str | None:
    """The HMAC signature the SCADA bridge puts on alarm posts to an hmac-enabled chat app."""
    if payload["channel"] != "chat":
        return None
    credentials = payload["credentials"]
    if not credentials.get("hmac"):
        return None
    key = bytes.fromhex(credentials.get("secretKey", ""))
    return hmac.new(key, _ALARM_BODY, hashlib.sha256).hexdigest()


def scada_signature_fixed(payload: Payload) -> str | None:
    """The SCADA bridge signature, keyed by the secretKey's own bytes, whatever text it holds."""
    if payload.get("channel") != "chat":
        return None
    credentials = _creds(payload)
    if credentials.get("hmac") is not True:
        return None
    key = _utf8(_text(credentials.get("secretKey")))
    return hmac.new(key, _ALARM_BODY, hashlib.sha256).hexdigest()


# 4. Maintenance digest mailer: the From header ---------------------------------------------


def digest_from_header_buggy(payload: Payload) -> str | None:
    """The From header of the weekly maintenance digest sent through an email integration."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    message = EmailMessage()
    message["Subject"] = "Weekly maintenance digest"
    message["From"] = formataddr(
        (credentials.get("senderName", ""), credentials.get("from", "ops@windfarm.example"))
    )
    return str(message["From"])


def digest_from_header_fixed(payload: Payload) -> str | None:
    """The digest's From header, with the sender name and address made header-safe first."""
    if payload.get("channel") != "email":
        return None
    credentials = _creds(payload)
    name = " ".join(_scrub(_text(credentials.get("senderName"))).split())
    address = "".join(_scrub(_text(credentials.get("from"), "ops@windfarm.example")).split())
    if not name:
        return address
    # formataddr encodes a non-ASCII name (RFC 2047) but refuses a non-ASCII address, which an
    # SMTPUTF8 relay accepts: format the name against a stand-in and attach the real address.
    display = formataddr((name, "stand-in@invalid")).removesuffix(" <stand-in@invalid>")
    return f"{display} <{address}>"


# 5. Ops dashboard: the JSON row -------------------------------------------------------------


def dashboard_row_buggy(payload: Payload) -> bytes:
    """The UTF-8 JSON row the ops dashboard shows for one integration."""
    row = {
        "id": payload.get("_id"),
        "name": payload["name"],
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "active": payload["active"],
        "primary": payload["primary"],
    }
    return json.dumps(row, ensure_ascii=False).encode("utf-8")


def dashboard_row_fixed(payload: Payload) -> bytes:
    """The dashboard row as ASCII-escaped JSON, which carries lone surrogates as ``\\udXXX``."""
    row = {
        "id": _text(payload.get("_id")) or None,
        "name": _text(payload.get("name")),
        "identifier": _text(payload.get("identifier")),
        "provider": _text(payload.get("providerId")),
        "channel": _text(payload.get("channel")),
        "active": payload.get("active") is True,
        "primary": payload.get("primary") is True,
    }
    return json.dumps(row, ensure_ascii=True).encode("ascii")


# 6. Config renderer: INI for the legacy alarm gateway ---------------------------------------


class _CaseKeepingParser(configparser.ConfigParser):
    """A ConfigParser that keeps camelCase credential keys as they are."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _ini_value(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    try:
        return json.dumps(value, ensure_ascii=True, default=str)
    except (ValueError, RecursionError):
        return ""


def gateway_ini_buggy(payload: Payload) -> str:
    """The INI file the legacy alarm gateway reads its Novu integration settings from."""
    section = {"name": payload["name"], "provider": payload["providerId"]}
    section.update({key: str(value) for key, value in payload["credentials"].items()})
    parser = _CaseKeepingParser()
    parser.read_dict({"novu": section})
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def gateway_ini_fixed(payload: Payload) -> str:
    """The gateway INI, written without ``%`` interpolation and with every value as text."""
    section = {"name": _text(payload.get("name")), "provider": _text(payload.get("providerId"))}
    for key, value in _creds(payload).items():
        if key not in ("name", "provider"):
            section[str(key)] = _ini_value(value)
    parser = _CaseKeepingParser(interpolation=None, strict=False)
    parser.read_dict({"novu": section})
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


# 7. Config renderer: TOML for the SMS gateway sidecar ---------------------------------------


def sidecar_toml_buggy(payload: Payload) -> dict[str, Any]:
    """The TOML the SMS sidecar is configured with, checked by parsing it back."""
    credentials = payload["credentials"]
    if "user" not in credentials:
        return {}
    document = f'[gateway]\nprovider = "{payload["providerId"]}"\nuser = "{credentials["user"]}"\n'
    return tomllib.loads(document)


def _toml_string(value: str) -> str:
    parts = ['"']
    for ch in value:
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            parts.append("\\uFFFD")
        elif ch in ('"', "\\") or code < 0x20 or code == 0x7F:
            parts.append(f"\\u{code:04X}")
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def sidecar_toml_fixed(payload: Payload) -> dict[str, Any]:
    """The sidecar TOML, with every value written as a properly escaped TOML string."""
    user = _creds(payload).get("user")
    if not isinstance(user, str):
        return {}
    provider = _toml_string(_text(payload.get("providerId")))
    document = f"[gateway]\nprovider = {provider}\nuser = {_toml_string(user)}\n"
    return tomllib.loads(document)


# 8. Environment sync: YAML hand-off between staging and production --------------------------


def env_sync_buggy(payload: Payload) -> dict[str, str]:
    """The YAML hand-off the environment sync job writes and the target environment reads back."""
    document = (
        f"identifier: {payload['identifier']}\nname: {payload['name']}\nprovider: {payload['providerId']}\n"
    )
    loaded = yaml.safe_load(document)
    return {key: value.strip() for key, value in loaded.items()}


def env_sync_fixed(payload: Payload) -> dict[str, str]:
    """The YAML hand-off, written by the YAML emitter so that every value stays a string."""
    record = {
        "identifier": _text(payload.get("identifier")),
        "name": _text(payload.get("name")),
        "provider": _text(payload.get("providerId")),
    }
    loaded = yaml.safe_load(yaml.safe_dump(record, allow_unicode=False))
    if not isinstance(loaded, dict):
        return {}
    return {str(key): str(value).strip() for key, value in loaded.items()}


# 9. Retention job: purge long-deleted integrations -----------------------------------------

_RETENTION = timedelta(days=90)


def purge_due_buggy(payload: Payload) -> bool:
    """Whether the retention job purges this soft-deleted integration's archived credentials."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return NOW - deleted_at > _RETENTION


def purge_due_fixed(payload: Payload) -> bool:
    """Whether to purge; a deletedAt that is not a readable timestamp keeps the record for review."""
    if payload.get("deleted") is not True:
        return False
    deleted_at = _parse_timestamp(_text(payload.get("deletedAt")))
    if deleted_at is None:
        return False
    try:
        return NOW - deleted_at > _RETENTION
    except OverflowError:
        return False


# 10. Data-residency router ------------------------------------------------------------------


def residency_zone_buggy(payload: Payload) -> str:
    """The data-residency zone the router sends this integration's alarm traffic through."""
    region = payload["credentials"].get("region")
    if region is None:
        return "global"
    geo, area, index = region.split("-")
    return f"{geo}/{area}{index}"


def residency_zone_fixed(payload: Payload) -> str:
    """The residency zone, for any region string (GovCloud, ``eu``, empty, free text)."""
    region = _creds(payload).get("region")
    if not isinstance(region, str):
        return "global"
    parts = [part for part in region.strip().lower().split("-") if part]
    if not parts:
        return "unknown"
    return "/".join(parts)


# 11. Secrets-rotation checker: credential age from the ObjectId -----------------------------

_MAX_SECRET_AGE = timedelta(days=180)
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def rotation_due_buggy(payload: Payload) -> bool | None:
    """Whether the rotation checker flags the integration's secrets as older than 180 days."""
    integration_id = payload.get("_id")
    if integration_id is None:
        return None
    created = datetime.fromtimestamp(int(integration_id[:8], 16), tz=UTC)
    return NOW - created > _MAX_SECRET_AGE


def rotation_due_fixed(payload: Payload) -> bool | None:
    """The rotation flag, or ``None`` (unknown age) when ``_id`` is not a 24-hex ObjectId."""
    integration_id = payload.get("_id")
    if not isinstance(integration_id, str) or not _OBJECT_ID.fullmatch(integration_id):
        return None
    created = datetime.fromtimestamp(int(integration_id[:8], 16), tz=UTC)
    return NOW - created > _MAX_SECRET_AGE


# 12. Metrics exporter: one series per condition field ---------------------------------------


def _label_value(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def condition_metrics_buggy(payload: Payload) -> str:
    """Prometheus lines, one per condition field, labelled with the field's attribute name."""
    lines = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            attribute = child["field"].split(".", 1)[1]
            lines.append(
                f'novu_integration_condition{{identifier="{_label_value(payload["identifier"])}",'
                f'on="{child["on"]}",attribute="{_label_value(attribute)}"}} 1'
            )
    return "\n".join(lines)


def condition_metrics_fixed(payload: Payload) -> str:
    """The condition series, for fields with or without a ``subscriber.``/``payload.`` prefix."""
    identifier = _label_value(_text(payload.get("identifier")))
    lines = []
    for child in _children(payload):
        field = _text(child.get("field"))
        head, dot, tail = field.partition(".")
        attribute = tail if dot else head
        on = _label_value(_text(child.get("on")))
        lines.append(
            f'novu_integration_condition{{identifier="{identifier}",'
            f'on="{on}",attribute="{_label_value(attribute)}"}} 1'
        )
    return "\n".join(lines)


# 13. Failover planner: primary slots --------------------------------------------------------

_PRIMARY_SLOTS = {"email": "mail-primary", "sms": "pager-primary"}


def failover_slot_buggy(payload: Payload) -> str | None:
    """Which slot of the alarm-notification failover plan a primary integration fills."""
    if not payload["primary"]:
        return None
    return _PRIMARY_SLOTS[payload["channel"]]


def failover_slot_fixed(payload: Payload) -> str | None:
    """The failover slot; a primary chat, push or in_app integration gets its own channel slot."""
    if payload.get("primary") is not True:
        return None
    channel = _text(payload.get("channel"), "unknown")
    return _PRIMARY_SLOTS.get(channel, f"{channel}-primary")


# 14. Wind-speed routing table: BETWEEN ranges -----------------------------------------------

_Route = tuple[str, str, float | None, float | None, str]


def speed_routes_buggy(payload: Payload) -> list[_Route]:
    """The routing table rows of range conditions (e.g. wind speed 12,25 m/s) of the integration."""
    routes: list[_Route] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = (float(part) for part in child["value"].split(","))
                routes.append((child["field"], child["operator"], low, high, child["value"]))
    return routes


def _bound(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def speed_routes_fixed(payload: Payload) -> list[_Route]:
    """The range rows; a value that is not ``low,high`` keeps no bounds, only its raw text."""
    routes: list[_Route] = []
    for child in _children(payload):
        operator = child.get("operator")
        if operator not in ("BETWEEN", "NOT_BETWEEN"):
            continue
        value = _text(child.get("value"))
        parts = value.split(",")
        low, high = (_bound(parts[0]), _bound(parts[1])) if len(parts) == 2 else (None, None)
        routes.append((_text(child.get("field")), str(operator), low, high, value))
    return routes


# 15. Technician push app: APNs .p8 signing key ----------------------------------------------


def apns_key_der_buggy(payload: Payload) -> bytes | None:
    """The DER bytes of the APNs .p8 key the technician push app signs its tokens with."""
    if payload["providerId"] != "apns":
        return None
    secret = payload["credentials"].get("secretKey")
    if secret is None:
        return None
    body = "".join(line for line in secret.split("\n") if line and not line.startswith("-----"))
    return base64.b64decode(body, validate=True)


def apns_key_der_fixed(payload: Payload) -> bytes | None:
    """The .p8 key's DER bytes, for any line endings; ``None`` when the key is not base64 PEM."""
    if payload.get("providerId") != "apns":
        return None
    secret = _creds(payload).get("secretKey")
    if not isinstance(secret, str):
        return None
    body = "".join(
        line.strip() for line in secret.splitlines() if line.strip() and not line.strip().startswith("-----")
    )
    try:
        return base64.b64decode(body, validate=True)
    except ValueError:  # binascii.Error, and non-ASCII text
        return None


# 16. Config renderer: .properties for the Java SMTP relay -----------------------------------


def smtp_properties_buggy(payload: Payload) -> str:
    """The ``.properties`` lines of the Java SMTP relay's TLS settings, from tlsOptions."""
    options = payload["credentials"].get("tlsOptions", {})
    return "\n".join(f"mail.smtp.tls.{key}={value.strip()}" for key, value in options.items())


def _properties_escape(text: str, *, key: bool = False) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif key and ch in "=: #!":
            out.append("\\" + ch)
        elif 0x20 <= code < 0x7F:
            out.append(ch)
        elif code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out)


def _properties_value(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    try:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"), default=str)
    except (ValueError, RecursionError):
        return ""


def smtp_properties_fixed(payload: Payload) -> str:
    """The relay's TLS ``.properties``, for tlsOptions values of any JSON type."""
    options = _creds(payload).get("tlsOptions")
    if not isinstance(options, Mapping):
        return ""
    return "\n".join(
        f"mail.smtp.tls.{_properties_escape(str(key), key=True)}="
        f"{_properties_escape(_properties_value(value))}"
        for key, value in options.items()
    )


# The cases ----------------------------------------------------------------------------------


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys changed, credentials replaced and keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _with_child(child: Mapping[str, Any]) -> list[dict[str, Any]]:
    """HAPPY_PATH's conditions with one more child in the first condition."""
    conditions: list[dict[str, Any]] = copy.deepcopy(HAPPY_PATH["conditions"])
    conditions[0]["children"].append(dict(child))
    return conditions


_P8_BODY = base64.b64encode(bytes(range(7, 145))).decode("ascii")
_P8_CRLF = (
    "-----BEGIN PRIVATE KEY-----\r\n"
    + "\r\n".join(_P8_BODY[i : i + 64] for i in range(0, len(_P8_BODY), 64))
    + "\r\n-----END PRIVATE KEY-----\r\n"
)

WINDFARM_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="windfarm_pager_basic_auth_latin1",
        bug="an SMS gateway's accountSid/token are Latin-1 text, so Basic auth can encode them as latin-1",
        buggy=pager_basic_auth_buggy,
        fixed=pager_basic_auth_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {"name": "Plivo", "identifier": "plivo-Qm3x9Lp", "providerId": "plivo", "channel": "sms"},
            credentials={"accountSid": "MAWINDOPS0007", "token": "Ørsted-€-7f3a", "from": "+4915112345678"},
        ),
    ),
    ConsumerCase(
        name="windfarm_fcm_service_account_json",
        bug="fcm's serviceAccount is always a JSON key document with a project_id",
        buggy=fcm_send_path_buggy,
        fixed=fcm_send_path_fixed,
        raises=(json.JSONDecodeError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-k2Jd8s",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.9f3a0c11d2e4b5a6:7c1e44aa09bd"},
        ),
    ),
    ConsumerCase(
        name="windfarm_scada_hmac_secret_hex",
        bug="with hmac on, a chat integration's secretKey is a hex string that bytes.fromhex accepts",
        buggy=scada_signature_buggy,
        fixed=scada_signature_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Slack",
                "identifier": "slack-Hs81kQ",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={
                "applicationId": "A07WINDOPS",
                "clientId": "7001.4242",
                "secretKey": "scada-bridge-signing-2025",
                "hmac": True,
            },
        ),
    ),
    ConsumerCase(
        name="windfarm_digest_sender_name_linefeed",
        bug="senderName is a single-line display name that can go into an email header unchanged",
        buggy=digest_from_header_buggy,
        fixed=digest_from_header_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "MailerSend", "identifier": "mailer-send-p0Wq7", "providerId": "mailersend"},
            credentials={
                "apiKey": "mlsn.windops",
                "from": "maintenance@windfarm.example",
                "senderName": "Wind Ops\nNordsee Ost",
            },
        ),
    ),
    ConsumerCase(
        name="windfarm_dashboard_identifier_surrogate",
        bug="every string of the payload is encodable as UTF-8 (no lone surrogates)",
        buggy=dashboard_row_buggy,
        fixed=dashboard_row_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"identifier": "turbine-07-\udc9d"}),
    ),
    ConsumerCase(
        name="windfarm_ini_password_percent",
        bug="credential values never contain '%', so ConfigParser's interpolation accepts them",
        buggy=gateway_ini_buggy,
        fixed=gateway_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Microsoft Outlook365",
                "identifier": "microsoft-outlook365-R2d",
                "providerId": "outlook365",
            },
            credentials={
                "password": "Turb1ne%Blade",
                "from": "alarms@windfarm.example",
                "senderName": "Alarm desk",
            },
        ),
    ),
    ConsumerCase(
        name="windfarm_toml_user_backslash",
        bug="credentials.user needs no escaping inside a TOML basic string (no backslash or quote)",
        buggy=sidecar_toml_buggy,
        fixed=sidecar_toml_fixed,
        raises=(tomllib.TOMLDecodeError,),
        example=_example(
            {
                "name": "Gupshup",
                "identifier": "gupshup-Zx81",
                "providerId": "gupshup",
                "channel": "sms",
                "primary": False,
            },
            credentials={"user": "WINDOPS\\svc-alarm", "password": "gs-0001"},
        ),
    ),
    ConsumerCase(
        name="windfarm_env_sync_yaml_plain_name",
        bug="name can be pasted into YAML as a plain scalar and reads back as the same string",
        buggy=env_sync_buggy,
        fixed=env_sync_fixed,
        raises=(yaml.YAMLError, AttributeError),
        example=_example({"name": "Alarm SMS: Nordsee Ost"}),
    ),
    ConsumerCase(
        name="windfarm_retention_deleted_at_millis",
        bug="a deleted integration's deletedAt is always JS toISOString() output, with milliseconds and Z",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-02-14T06:30:00+00:00"}),
    ),
    ConsumerCase(
        name="windfarm_residency_region_three_parts",
        bug="credentials.region always has exactly three dash-separated parts, like eu-west-1",
        buggy=residency_zone_buggy,
        fixed=residency_zone_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "SNS", "identifier": "sns-Tq0Pz", "providerId": "sns", "channel": "sms"},
            credentials={"apiKey": "AKIAWINDOPS", "secretKey": "sns-secret-0001", "region": "us-gov-west-1"},
        ),
    ),
    ConsumerCase(
        name="windfarm_rotation_objectid_timestamp",
        bug="_id is a MongoDB ObjectId whose first 8 characters are a hex creation time",
        buggy=rotation_due_buggy,
        fixed=rotation_due_fixed,
        raises=(ValueError,),
        example=_example({"_id": "itg_2025_nordsee_07"}),
    ),
    ConsumerCase(
        name="windfarm_metrics_field_without_prefix",
        bug="a condition child's field always has a 'subscriber.'/'payload.' prefix before a dot",
        buggy=condition_metrics_buggy,
        fixed=condition_metrics_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "conditions": _with_child(
                    {"field": "severity", "value": "critical", "operator": "EQUAL", "on": "payload"}
                )
            }
        ),
    ),
    ConsumerCase(
        name="windfarm_failover_primary_chat",
        bug="only email and sms integrations can be primary, so primary implies one of those channels",
        buggy=failover_slot_buggy,
        fixed=failover_slot_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "MSTeams",
                "identifier": "ms-teams-Lk29",
                "providerId": "msteams",
                "channel": "chat",
                "primary": True,
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="windfarm_routing_between_value",
        bug="a BETWEEN/NOT_BETWEEN child's value is always 'low,high' with two numbers",
        buggy=speed_routes_buggy,
        fixed=speed_routes_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": _with_child(
                    {"field": "payload.windSpeed", "value": "12-25", "operator": "BETWEEN", "on": "payload"}
                )
            }
        ),
    ),
    ConsumerCase(
        name="windfarm_apns_p8_crlf",
        bug="the APNs secretKey PEM uses LF line endings, so splitting on '\\n' leaves pure base64",
        buggy=apns_key_der_buggy,
        fixed=apns_key_der_fixed,
        raises=(binascii.Error, ValueError),
        example=_example(
            {
                "name": "APNs",
                "identifier": "ap-ns-Vb3n",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": _P8_CRLF,
                "apiKey": "KEYID7WIND",
                "projectName": "com.windfarm.technician",
                "applicationId": "TEAM0WIND7",
            },
        ),
    ),
    ConsumerCase(
        name="windfarm_smtp_tls_options_non_string",
        bug="tlsOptions (a free-form JSON object) holds only string values",
        buggy=smtp_properties_buggy,
        fixed=smtp_properties_fixed,
        raises=(AttributeError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Yc6s", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.windfarm.example",
                "port": "587",
                "from": "relay@windfarm.example",
                "senderName": "SMTP relay",
                "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
            },
        ),
    ),
]
