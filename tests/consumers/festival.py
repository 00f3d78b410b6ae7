"""Integration consumers at Lantern Fields, a music-festival organiser.

Lantern Fields runs three summer festivals and a winter club series. All outbound messaging goes
through one Novu organisation (a staging and a production environment), and a handful of small
services read ``GET /v1/integrations`` to find out which providers are wired up:

* ``ticketing``   -- ticket, wristband and lineup-change e-mails (SES in the EU, SendGrid and a
  custom SMTP relay at the box office), routed to fans by the integration ``conditions``;
* ``crowd-safety`` -- SMS broadcasts to everyone on site (gates closing, weather, evacuation),
  with a primary gateway and failovers;
* ``liaison``     -- artist-liaison chat rooms (Slack for the crews, webhook chats for the agents);
* ``fest-app``    -- push alerts in the festival app (OneSignal on Android, APNs, Pushpad for the web);
* ``sponsor-bi``  -- the nightly sponsor report (which partner integration carried how much);
* ``ops-tools``   -- the admin console, the provider health probe, the webhook relay, the
  staging-to-production migration and the volunteer-rota sync (which reads an INI file).

Each consumer below comes in two versions: ``*_buggy`` is what shipped first and makes one
assumption the API contract does not give; ``*_fixed`` is the reviewed version that honours the
contract and never raises on a valid integration record.
"""

from __future__ import annotations

import base64
import configparser
import copy
import csv
import hashlib
import hmac
import io
import json
import ssl
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "FESTIVAL_BUGS"]  # noqa: RUF022


def _variant(**changes: Any) -> Payload:
    """A copy of ``HAPPY_PATH`` with some top-level keys replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes))
    return payload


def _conditions(payload: Payload) -> list[Any]:
    conditions = payload.get("conditions")
    return conditions if isinstance(conditions, list) else []


# --------------------------------------------------------------------------------------------
# 1. ticketing: the From header of ticket e-mails
# --------------------------------------------------------------------------------------------


def ticket_mail_from_header_buggy(payload: Payload) -> bytes | None:
    """The 7-bit ``From:`` header the box-office SMTP relay puts on ticket e-mails."""
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    address = creds.get("from")
    if not address:
        return None
    display = creds.get("senderName") or payload["name"]
    # BUG: the sender name is assumed to be plain ASCII ("Lantern Fields Tickets").
    return f'"{display}" <{address}>'.encode("ascii")


def _header_phrase(text: str) -> str:
    if all(" " <= ch <= "~" and ch not in '"\\' for ch in text):
        return f'"{text}"'
    raw = text.encode("utf-8", "replace")
    return "=?utf-8?b?" + base64.b64encode(raw).decode("ascii") + "?="


def ticket_mail_from_header_fixed(payload: Payload) -> bytes | None:
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    address = creds.get("from")
    if not isinstance(address, str) or not address:
        return None
    if not all(" " < ch <= "~" for ch in address):
        return None  # an internationalised address needs SMTPUTF8, which the relay lacks
    display = creds.get("senderName") or payload["name"]
    return f"{_header_phrase(display)} <{address}>".encode("ascii")


# --------------------------------------------------------------------------------------------
# 2. crowd-safety: SMPP source address of the SMS broadcast
# --------------------------------------------------------------------------------------------


def crowd_sms_source_buggy(payload: Payload) -> dict[str, object] | None:
    """The SMPP source address (TON + address) of the on-site SMS broadcast."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    # BUG: assumes the sender is always a phone number like "+45 70 20 30 40".
    msisdn = int(sender.replace(" ", "").replace("-", "").lstrip("+"))
    return {"source_addr_ton": 1, "source_addr": str(msisdn)}


def crowd_sms_source_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if not isinstance(sender, str) or not sender:
        return None
    digits = "".join(ch for ch in sender if ch not in " -()").lstrip("+")
    if digits and digits.isascii() and digits.isdigit():
        return {"source_addr_ton": 1, "source_addr": digits}
    # An alphanumeric sender id ("LANTERNFEST") or a short code written with letters.
    return {"source_addr_ton": 5, "source_addr": sender[:11]}


# --------------------------------------------------------------------------------------------
# 3. fest-app: registry of push applications
# --------------------------------------------------------------------------------------------


def push_app_registry_buggy(payload: Payload) -> dict[str, object] | None:
    """Registers the push integration's app in the fest-app device registry."""
    if payload["channel"] != "push":
        return None
    app_id = payload["credentials"].get("applicationId")
    if app_id is None:
        return None
    # BUG: every push applicationId is assumed to be a OneSignal app UUID.
    return {"app": uuid.UUID(app_id), "provider": payload["providerId"], "live": payload["active"]}


def push_app_registry_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "push":
        return None
    app_id = payload["credentials"].get("applicationId")
    if not isinstance(app_id, str):
        return None
    app: object
    try:
        app = uuid.UUID(app_id)
    except ValueError:
        app = app_id  # a Pushpad project number, an APNs bundle id, ...
    return {"app": app, "provider": payload["providerId"], "live": payload["active"]}


# --------------------------------------------------------------------------------------------
# 4. liaison: directory of artist-liaison chat workspaces
# --------------------------------------------------------------------------------------------


def liaison_chat_directory_buggy(payload: Payload) -> dict[str, object] | None:
    """One row of the liaison team's chat directory."""
    if payload["channel"] != "chat":
        return None
    creds = payload["credentials"]
    # BUG: assumes every chat integration is a Slack app with OAuth credentials.
    return {
        "label": payload["name"],
        "slack_app": creds["applicationId"],
        "oauth_client": creds["clientId"],
        "install_url": creds.get("redirectUrl"),
    }


def liaison_chat_directory_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "chat":
        return None
    creds = payload["credentials"]
    app = creds.get("applicationId")
    client = creds.get("clientId")
    if app is None or client is None:
        # Discord, MS Teams, Mattermost, ...: the webhook URL lives on each subscriber.
        return {"label": payload["name"], "kind": "webhook", "provider": payload["providerId"]}
    return {
        "label": payload["name"],
        "kind": "oauth",
        "slack_app": app,
        "oauth_client": client,
        "install_url": creds.get("redirectUrl"),
    }


# --------------------------------------------------------------------------------------------
# 5. ops-tools: purge audit of soft-deleted integrations
# --------------------------------------------------------------------------------------------

_PURGE_AFTER = timedelta(days=30)


def trash_audit_buggy(payload: Payload) -> dict[str, object] | None:
    """Whether a soft-deleted integration is old enough to be purged from the ops inventory."""
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if raw is None:
        return {"identifier": payload["identifier"], "purge": False}
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return {"identifier": payload["identifier"], "purge": False}
    # BUG: compares with a naive local "now"; assumes deletedAt carries no UTC offset.
    return {"identifier": payload["identifier"], "purge": datetime.now() - deleted_at > _PURGE_AFTER}


def trash_audit_fixed(payload: Payload) -> dict[str, object] | None:
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return {"identifier": payload["identifier"], "purge": False}
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return {"identifier": payload["identifier"], "purge": False}
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        age = datetime.now(UTC) - deleted_at
    except OverflowError:
        return {"identifier": payload["identifier"], "purge": False}
    return {"identifier": payload["identifier"], "purge": age > _PURGE_AFTER}


# --------------------------------------------------------------------------------------------
# 6. sponsor-bi: one CSV row of the nightly sponsor report
# --------------------------------------------------------------------------------------------


def sponsor_report_row_buggy(payload: Payload) -> str:
    """One line of the sponsor report CSV (integration, provider, channel, live)."""
    buf = io.StringIO()
    # BUG: the BI importer "does not like quotes", so nothing is quoted; assumes names hold
    # no commas, quotes or line breaks.
    writer = csv.writer(buf, quoting=csv.QUOTE_NONE)
    writer.writerow(
        [payload["name"], payload["providerId"], payload["channel"], "yes" if payload["active"] else "no"]
    )
    return buf.getvalue()


def sponsor_report_row_fixed(payload: Payload) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(
        [payload["name"], payload["providerId"], payload["channel"], "yes" if payload["active"] else "no"]
    )
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# 7. ops-tools: the INI file the volunteer-rota sync reads for its SMS gateway
# --------------------------------------------------------------------------------------------

_ROTA_KEYS = ("user", "password", "apiKey", "token", "accountSid", "from")


def volunteer_rota_ini_buggy(payload: Payload) -> str | None:
    """The ``[gateway]`` section of rota-sync.ini, written from the SMS integration."""
    if payload["channel"] != "sms":
        return None
    # BUG: the default ConfigParser interpolates '%', so a secret containing '%' is rejected.
    config = configparser.ConfigParser()
    config.add_section("gateway")
    section = config["gateway"]
    section["provider"] = payload["providerId"]
    for key in _ROTA_KEYS:
        value = payload["credentials"].get(key)
        if value is not None:
            section[key] = value
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


def volunteer_rota_ini_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    config = configparser.ConfigParser(interpolation=None)
    config.add_section("gateway")
    section = config["gateway"]
    section["provider"] = payload["providerId"]
    for key in _ROTA_KEYS:
        value = payload["credentials"].get(key)
        if isinstance(value, str):
            section[key] = value
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# 8. ops-tools: staging -> production migration of integrations
# --------------------------------------------------------------------------------------------


def _migrated_conditions(payload: Payload) -> list[dict[str, object]]:
    migrated: list[dict[str, object]] = []
    for cond in _conditions(payload):
        children = [
            {"field": c["field"], "value": c["value"], "operator": c["operator"], "on": c["on"]}
            for c in cond["children"]
        ]
        migrated.append(
            {
                "isNegated": cond["isNegated"],
                "type": cond["type"],
                "value": cond["value"],
                "children": children,
            }
        )
    return migrated


def prod_migration_body_buggy(payload: Payload) -> dict[str, object]:
    """The ``POST /v1/integrations`` body that recreates a staging integration in production."""
    # BUG: assumes every identifier is Novu's generated "<slug>-<shortid>".
    slug, _shortid = payload["identifier"].rsplit("-", 1)
    return {
        "providerId": payload["providerId"],
        "channel": payload["channel"],
        "name": payload["name"],
        "identifier": f"{slug}-prod",
        "credentials": dict(payload["credentials"]),
        "active": False,
        "check": False,
        "conditions": _migrated_conditions(payload),
    }


def prod_migration_body_fixed(payload: Payload) -> dict[str, object]:
    identifier: str = payload["identifier"]
    slug, sep, _shortid = identifier.rpartition("-")
    if not sep:
        slug = identifier  # a hand-picked identifier such as "boxoffice"
    return {
        "providerId": payload["providerId"],
        "channel": payload["channel"],
        "name": payload["name"],
        "identifier": f"{slug}-prod",
        "credentials": dict(payload["credentials"]),
        "active": False,
        "check": False,
        "conditions": _migrated_conditions(payload),
    }


# --------------------------------------------------------------------------------------------
# 9. ticketing: does a lineup-change e-mail integration apply to this fan?
# --------------------------------------------------------------------------------------------

_FAN: dict[str, dict[str, object]] = {
    "subscriber": {"plan": "weekend", "age": "27", "country": "DK", "firstName": "Ida"},
    "payload": {"stage": "Main", "tier": "gold", "spend": "412.50", "purchasedAt": "2025-03-02"},
}

_NUMERIC_OPS = {"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"}


def _compare(op: str, left: float | str, right: float | str) -> bool:
    if isinstance(left, float) and isinstance(right, float):
        a_f, b_f = left, right
        return {"LARGER": a_f > b_f, "SMALLER": a_f < b_f, "LARGER_EQUAL": a_f >= b_f}.get(op, a_f <= b_f)
    a_s, b_s = str(left), str(right)
    return {"LARGER": a_s > b_s, "SMALLER": a_s < b_s, "LARGER_EQUAL": a_s >= b_s}.get(op, a_s <= b_s)


def _fan_value(on: str, field: str) -> object:
    return _FAN.get(on, {}).get(field.removeprefix(f"{on}."))


def _text_match(op: str, actual: object, expected: str) -> bool:
    text = "" if actual is None else str(actual)
    items = [item.strip() for item in expected.split(",")]
    if op == "EQUAL":
        return text == expected
    if op == "NOT_EQUAL":
        return text != expected
    if op in ("IN", "ANY_IN", "ALL_IN"):
        return text in items
    if op == "NOT_IN":
        return text not in items
    if op == "LIKE":
        return expected in text
    if op == "NOT_LIKE":
        return expected not in text
    return False


def lineup_audience_match_buggy(payload: Payload) -> bool:
    """Whether the integration's routing conditions select the sample fan used in previews."""
    verdicts: list[bool] = []
    for cond in _conditions(payload):
        results: list[bool] = []
        for child in cond["children"]:
            op = child["operator"]
            actual = _fan_value(child["on"], child["field"])
            if op in _NUMERIC_OPS:
                # BUG: assumes LARGER/SMALLER thresholds are always numbers.
                threshold = float(child["value"])
                results.append(actual is not None and _compare(op, float(str(actual)), threshold))
            else:
                results.append(_text_match(op, actual, child["value"]))
        ok = all(results) if cond["value"] == "AND" else any(results)
        verdicts.append(not ok if cond["isNegated"] else ok)
    return all(verdicts)


def _as_number(value: object) -> float | None:
    try:
        return float(str(value))
    except ValueError:
        return None


def lineup_audience_match_fixed(payload: Payload) -> bool:
    verdicts: list[bool] = []
    for cond in _conditions(payload):
        results: list[bool] = []
        for child in cond["children"]:
            op = child["operator"]
            actual = _fan_value(child["on"], child["field"])
            if op in _NUMERIC_OPS:
                if actual is None:
                    results.append(False)
                    continue
                left, right = _as_number(actual), _as_number(child["value"])
                if left is not None and right is not None:
                    results.append(_compare(op, left, right))
                else:  # dates ("2025-03-01") and versions compare as text
                    results.append(_compare(op, str(actual), child["value"]))
            else:
                results.append(_text_match(op, actual, child["value"]))
        ok = all(results) if cond["value"] == "AND" else any(results)
        verdicts.append(not ok if cond["isNegated"] else ok)
    return all(verdicts)


# --------------------------------------------------------------------------------------------
# 10. ops-tools: the routing-rules panel of the ops dashboard
# --------------------------------------------------------------------------------------------

_OP_SYMBOLS = {
    "EQUAL": "==",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "in",
    "NOT_IN": "not in",
}


def routing_rules_panel_buggy(payload: Payload) -> str:
    """The text the dashboard shows under an integration: one line per condition group."""
    lines = []
    for cond in _conditions(payload):
        # BUG: the symbol table covers only the operators the team used at launch.
        parts = [
            f"{c['on']}.{c['field']} {_OP_SYMBOLS[c['operator']]} {c['value']!r}" for c in cond["children"]
        ]
        text = f" {cond['value']} ".join(parts) or "(always)"
        lines.append(f"NOT ({text})" if cond["isNegated"] else f"({text})")
    return "\n".join(lines)


def routing_rules_panel_fixed(payload: Payload) -> str:
    lines = []
    for cond in _conditions(payload):
        parts = [
            f"{c['on']}.{c['field']} {_OP_SYMBOLS.get(c['operator'], c['operator'].lower())} {c['value']!r}"
            for c in cond["children"]
        ]
        text = f" {cond['value']} ".join(parts) or "(always)"
        lines.append(f"NOT ({text})" if cond["isNegated"] else f"({text})")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# 11. crowd-safety: failover order of the broadcast gateways
# --------------------------------------------------------------------------------------------


def safety_failover_rank_buggy(payload: Payload) -> tuple[int, str] | None:
    """Sort key of an email/sms integration in the crowd-safety failover list (0 = first)."""
    if payload["channel"] not in ("sms", "email"):
        return None
    if payload["primary"]:
        # BUG: a primary integration is assumed to be active.
        assert payload["active"], f"primary integration {payload['identifier']} is inactive"
        return (0, payload["identifier"])
    if payload["active"]:
        return (1, payload["identifier"])
    return None


def safety_failover_rank_fixed(payload: Payload) -> tuple[int, str] | None:
    if payload["channel"] not in ("sms", "email") or not payload["active"]:
        return None
    return (0 if payload["primary"] else 1, payload["identifier"])


# --------------------------------------------------------------------------------------------
# 12. ops-tools: signature of the webhook relay's test ping
# --------------------------------------------------------------------------------------------


def webhook_relay_signature_buggy(payload: Payload) -> str | None:
    """HMAC-SHA256 of the relay's ping to an email/push webhook integration."""
    creds = payload["credentials"]
    url, secret = creds.get("webhookUrl"), creds.get("secretKey")
    if not url or secret is None:
        return None
    body = json.dumps({"integration": payload["identifier"], "event": "relay.ping"}).encode()
    # BUG: assumes the signing secret is a hex string like the ones `openssl rand -hex` prints.
    key = bytes.fromhex(secret)
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def webhook_relay_signature_fixed(payload: Payload) -> str | None:
    creds = payload["credentials"]
    url, secret = creds.get("webhookUrl"), creds.get("secretKey")
    if not isinstance(url, str) or not url or not isinstance(secret, str):
        return None
    body = json.dumps({"integration": payload["identifier"], "event": "relay.ping"}).encode()
    key = secret.encode("utf-8", "surrogatepass")  # Novu signs with the secret's UTF-8 bytes
    return hmac.new(key, body, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------------------------
# 13. ops-tools: target of the provider health probe
# --------------------------------------------------------------------------------------------


def provider_probe_target_buggy(payload: Payload) -> str | None:
    """``host:port`` the health probe opens a TLS connection to, from ``credentials.baseUrl``."""
    base = payload["credentials"].get("baseUrl")
    if not base:
        return None
    parts = urlsplit(base)
    # BUG: assumes baseUrl is a full URL with a scheme ("https://api.eu.mailgun.net").
    host = parts.hostname.lower()
    return f"{host}:{443 if parts.scheme != 'http' else 80}"


def provider_probe_target_fixed(payload: Payload) -> str | None:
    base = payload["credentials"].get("baseUrl")
    if not isinstance(base, str) or not base.strip():
        return None
    base = base.strip()
    try:
        parts = urlsplit(base)
        if not parts.netloc:  # "xyz.api.infobip.com" as Infobip's console shows it
            parts = urlsplit("https://" + base)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if not host:
        return None
    return f"{host}:{port or (80 if parts.scheme == 'http' else 443)}"


# --------------------------------------------------------------------------------------------
# 14. ticketing: TLS policy of the box-office SMTP pool
# --------------------------------------------------------------------------------------------


def smtp_tls_policy_buggy(payload: Payload) -> dict[str, object] | None:
    """TLS settings of the pooled SMTP connection for a custom-SMTP integration."""
    creds = payload["credentials"]
    host = creds.get("host")
    if payload["channel"] != "email" or not host:
        return None
    tls = creds.get("tlsOptions") or {}
    policy: dict[str, object] = {
        "host": host,
        "implicit_tls": bool(creds.get("secure")),
        "verify": tls.get("rejectUnauthorized", True) is not False,
    }
    if "minVersion" in tls:
        # BUG: assumes tlsOptions use Python's names ("TLSv1_2"); they are Node's options.
        policy["minimum_version"] = ssl.TLSVersion[tls["minVersion"]]
    return policy


_NODE_TLS_VERSIONS = {
    "TLSv1": ssl.TLSVersion.TLSv1,
    "TLSv1.1": ssl.TLSVersion.TLSv1_1,
    "TLSv1.2": ssl.TLSVersion.TLSv1_2,
    "TLSv1.3": ssl.TLSVersion.TLSv1_3,
}


def smtp_tls_policy_fixed(payload: Payload) -> dict[str, object] | None:
    creds = payload["credentials"]
    host = creds.get("host")
    if payload["channel"] != "email" or not isinstance(host, str) or not host:
        return None
    tls = creds.get("tlsOptions")
    if not isinstance(tls, Mapping):
        tls = {}
    policy: dict[str, object] = {
        "host": host,
        "implicit_tls": creds.get("secure") is True,
        "verify": tls.get("rejectUnauthorized", True) is not False,
    }
    wanted = tls.get("minVersion")
    if isinstance(wanted, str):
        version = _NODE_TLS_VERSIONS.get(wanted)
        if version is None:
            version = ssl.TLSVersion.__members__.get(wanted)
        if version is not None:
            policy["minimum_version"] = version
    return policy


# --------------------------------------------------------------------------------------------
# 15. ops-tools: the on-site ops config (YAML) the stage managers' tablets load
# --------------------------------------------------------------------------------------------


def stage_ops_yaml_buggy(payload: Payload) -> object:
    """The ``integration:`` block of ops.yaml, rendered from a template and loaded to check it."""
    doc = (
        "integration:\n"
        f"  name: {payload['name']}\n"
        f"  provider: {payload['providerId']}\n"
        f"  channel: {payload['channel']}\n"
        f"  active: {'true' if payload['active'] else 'false'}\n"
    )
    # BUG: the template pastes names as plain scalars; assumes they hold no YAML syntax.
    return yaml.safe_load(doc)


def stage_ops_yaml_fixed(payload: Payload) -> object:
    block = {
        "integration": {
            "name": payload["name"],
            "provider": payload["providerId"],
            "channel": payload["channel"],
            "active": payload["active"],
        }
    }
    return yaml.safe_load(yaml.safe_dump(block))


# --------------------------------------------------------------------------------------------
# 16. ops-tools: the admin console's integration view with masked secrets
# --------------------------------------------------------------------------------------------

_SECRET_KEYS = frozenset(
    {"apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey"}
)


def admin_integration_view_buggy(payload: Payload) -> dict[str, object]:
    """The JSON the admin console shows: the record with its secrets masked."""
    creds: dict[str, object] = {}
    for key, value in payload["credentials"].items():
        if key in _SECRET_KEYS:
            # BUG: assumes every secret that is present is non-empty.
            creds[key] = f"{value[0]}******{value[-1]}"
        else:
            creds[key] = value
    return {
        "id": payload.get("_id"),
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "credentials": creds,
    }


def admin_integration_view_fixed(payload: Payload) -> dict[str, object]:
    creds: dict[str, object] = {}
    for key, value in payload["credentials"].items():
        if key in _SECRET_KEYS:
            if isinstance(value, str) and len(value) >= 8:
                creds[key] = f"{value[0]}******{value[-1]}"
            else:
                creds[key] = "(empty)" if value == "" else "******"
        else:
            creds[key] = value
    return {
        "id": payload.get("_id"),
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "credentials": creds,
    }


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------

FESTIVAL_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="festival_ticket_mail_from_header",
        bug="the sender name of an e-mail integration is plain ASCII, so the From header encodes as ASCII",
        buggy=ticket_mail_from_header_buggy,
        fixed=ticket_mail_from_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_variant(
            name="SES EU",
            identifier="ses-eu-Qm3x91Za",
            providerId="ses",
            credentials={
                "apiKey": "AKIAEXAMPLE0000FEST",
                "secretKey": "fake-secret-0002",
                "region": "eu-north-1",
                "from": "billetter@lanternfields.example",
                "senderName": "Lantern Fields Billetsalg \u00d8st",
            },
        ),
    ),
    ConsumerCase(
        name="festival_crowd_sms_source",
        bug="the SMS sender (credentials.from) is always a phone number, never an alphanumeric sender id",
        buggy=crowd_sms_source_buggy,
        fixed=crowd_sms_source_fixed,
        raises=(ValueError,),
        example=_variant(
            name="Twilio",
            identifier="twilio-Hq72mZ0a",
            providerId="twilio",
            channel="sms",
            credentials={"accountSid": "AC0000fake", "token": "fake-token-0003", "from": "LANTERNFEST"},
        ),
    ),
    ConsumerCase(
        name="festival_push_app_registry",
        bug="every push integration's applicationId is a OneSignal UUID",
        buggy=push_app_registry_buggy,
        fixed=push_app_registry_fixed,
        raises=(ValueError,),
        example=_variant(
            name="Pushpad",
            identifier="pushpad-u7Yt1kLs",
            providerId="pushpad",
            channel="push",
            primary=False,
            credentials={"apiKey": "fake-pushpad-token", "applicationId": "8472"},
        ),
    ),
    ConsumerCase(
        name="festival_liaison_chat_directory",
        bug="every chat integration is a Slack app carrying applicationId and clientId credentials",
        buggy=liaison_chat_directory_buggy,
        fixed=liaison_chat_directory_fixed,
        raises=(KeyError,),
        example=_variant(
            name="Discord",
            identifier="discord-b9Xv0QpE",
            providerId="discord",
            channel="chat",
            primary=False,
            credentials={},
            conditions=[],
        ),
    ),
    ConsumerCase(
        name="festival_trash_audit_deleted_at",
        bug="deletedAt parses to a naive datetime comparable with datetime.now()",
        buggy=trash_audit_buggy,
        fixed=trash_audit_fixed,
        raises=(TypeError,),
        example=_variant(deleted=True, active=False, primary=False, deletedAt="2025-06-29T23:41:07.512Z"),
    ),
    ConsumerCase(
        name="festival_sponsor_report_csv",
        bug="integration names hold no comma, quote or line break, so CSV fields need no quoting",
        buggy=sponsor_report_row_buggy,
        fixed=sponsor_report_row_fixed,
        raises=(csv.Error,),
        example=_variant(name="SendGrid (Main Stage, presented by Nordlys)"),
    ),
    ConsumerCase(
        name="festival_volunteer_rota_ini",
        bug="SMS gateway credentials contain no '%', so ConfigParser interpolation accepts them",
        buggy=volunteer_rota_ini_buggy,
        fixed=volunteer_rota_ini_fixed,
        raises=(ValueError,),
        example=_variant(
            name="46elks",
            identifier="46elks-Z0aQ83mn",
            providerId="forty-six-elks",
            channel="sms",
            credentials={"user": "u8c1f0example", "password": "Rk7%vQ2!x%9L", "from": "+4670000000"},
        ),
    ),
    ConsumerCase(
        name="festival_prod_migration_identifier",
        bug="every identifier has Novu's generated '<slug>-<shortid>' form with a dash",
        buggy=prod_migration_body_buggy,
        fixed=prod_migration_body_fixed,
        raises=(ValueError,),
        example=_variant(identifier="boxoffice"),
    ),
    ConsumerCase(
        name="festival_lineup_audience_match",
        bug="the value of a LARGER/SMALLER condition is always a number",
        buggy=lineup_audience_match_buggy,
        fixed=lineup_audience_match_fixed,
        raises=(ValueError,),
        example=_variant(
            conditions=[
                {
                    "isNegated": False,
                    "type": "DATE",
                    "value": "AND",
                    "children": [
                        {
                            "field": "purchasedAt",
                            "value": "2025-03-01",
                            "operator": "LARGER",
                            "on": "payload",
                        }
                    ],
                }
            ]
        ),
    ),
    ConsumerCase(
        name="festival_routing_rules_panel",
        bug="conditions only use the comparison and IN/NOT_IN operators",
        buggy=routing_rules_panel_buggy,
        fixed=routing_rules_panel_fixed,
        raises=(KeyError,),
        example=_variant(
            conditions=[
                {
                    "isNegated": False,
                    "type": "TEXT",
                    "value": "OR",
                    "children": [
                        {"field": "email", "value": "@press.", "operator": "LIKE", "on": "subscriber"},
                        {"field": "tier", "value": "vip,artist", "operator": "ANY_IN", "on": "payload"},
                    ],
                }
            ]
        ),
    ),
    ConsumerCase(
        name="festival_safety_failover_rank",
        bug="an integration flagged primary is also active",
        buggy=safety_failover_rank_buggy,
        fixed=safety_failover_rank_fixed,
        raises=(AssertionError,),
        example=_variant(active=False, primary=True),
    ),
    ConsumerCase(
        name="festival_webhook_relay_signature",
        bug="the webhook integration's secretKey is a hex string",
        buggy=webhook_relay_signature_buggy,
        fixed=webhook_relay_signature_fixed,
        raises=(ValueError,),
        example=_variant(
            name="Email Webhook",
            identifier="email-webhook-3Lp0sXq1",
            providerId="email-webhook",
            credentials={
                "webhookUrl": "https://relay.lanternfields.example/novu/email",
                "secretKey": "lantern-relay-s3cret!",
                "from": "news@lanternfields.example",
                "senderName": "Lantern Fields",
            },
        ),
    ),
    ConsumerCase(
        name="festival_provider_probe_target",
        bug="credentials.baseUrl is a full URL with a scheme, so urlsplit finds a hostname",
        buggy=provider_probe_target_buggy,
        fixed=provider_probe_target_fixed,
        raises=(AttributeError,),
        example=_variant(
            name="Infobip",
            identifier="infobip-9aQwE2rT",
            providerId="infobip-sms",
            channel="sms",
            credentials={"apiKey": "fake-infobip-key", "baseUrl": "y3q9m.api.infobip.com", "from": "LANTERN"},
        ),
    ),
    ConsumerCase(
        name="festival_smtp_tls_policy",
        bug="tlsOptions.minVersion is spelled like Python's ssl.TLSVersion member names",
        buggy=smtp_tls_policy_buggy,
        fixed=smtp_tls_policy_fixed,
        raises=(KeyError,),
        example=_variant(
            name="Custom SMTP",
            identifier="custom-smtp-Pw0aL7cE",
            providerId="nodemailer",
            credentials={
                "host": "smtp.boxoffice.lanternfields.example",
                "port": "587",
                "user": "boxoffice",
                "password": "fake-smtp-pass",
                "secure": False,
                "tlsOptions": {"minVersion": "TLSv1.2", "rejectUnauthorized": False},
                "from": "tickets@lanternfields.example",
                "senderName": "Lantern Fields Box Office",
            },
        ),
    ),
    ConsumerCase(
        name="festival_stage_ops_yaml",
        bug="integration names hold no YAML syntax, so they can be pasted into a template as plain scalars",
        buggy=stage_ops_yaml_buggy,
        fixed=stage_ops_yaml_fixed,
        raises=(yaml.YAMLError,),
        example=_variant(name="Twilio: crowd safety"),
    ),
    ConsumerCase(
        name="festival_admin_view_secret_mask",
        bug="every secret credential that is present is a non-empty string",
        buggy=admin_integration_view_buggy,
        fixed=admin_integration_view_fixed,
        raises=(IndexError,),
        example=_variant(
            name="Custom SMTP",
            identifier="custom-smtp-Jk2sW9vB",
            providerId="nodemailer",
            credentials={
                "host": "10.20.0.25",
                "port": "25",
                "user": "",
                "password": "",
                "secure": False,
                "from": "gate@lanternfields.example",
                "senderName": "Gate Ops",
            },
        ),
    ),
)
