"""Integration consumers of the Lefèvre & Associés notary network.

Lefèvre & Associés runs about forty notary offices ("études") that share one Novu organisation.
Every office has its own Novu environment, and the back office reads ``GET /v1/integrations``
to drive the services below:

* appointment reminders by SMS, some of them through the regional SMS gateway that Novu reaches
  with its "Generic SMS" provider, throttled per integration while a new sender builds its reputation;
* e-mails carrying signed deeds, which must pass the strict sender rules of the chamber of notaries
  (DMARC-aligned senders, TLS to the relay, a managed mail profile on every office Mac);
* the audit trail the law requires for every change to a notification channel, plus a
  tamper-evident export (a sealed digest) of the integration settings;
* chat alerts to the compliance officer (Slack and Grafana OnCall);
* the nightly sync to the chamber's legacy mainframe, which takes fixed-width records sent by a
  managed-file-transfer command and loaded by the mainframe's own loader CLI.

Each consumer below is the team's code with one mistake (``*_buggy``) next to the corrected
version (``*_fixed``); ``NOTARY_BUGS`` pairs them with a payload that the contract allows and that
makes the buggy version fail.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import csv
import io
import ipaddress
import json
import mimetypes
import plistlib
import re
import shlex
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from typing import Any, NoReturn

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "NOTARY_BUGS"]


def _creds(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


# --------------------------------------------------------------------------------------------
# 1. Mainframe loader: the nightly sync hands every integration to the loader's CLI entry point.


class LoaderUsageError(Exception):
    """The mainframe loader rejected its command line."""


class _LoaderParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise LoaderUsageError(message)


def _loader_parser() -> argparse.ArgumentParser:
    parser = _LoaderParser(prog="mfload", add_help=False, allow_abbrev=False, exit_on_error=False)
    parser.add_argument("--identifier")
    parser.add_argument("--provider")
    parser.add_argument("--channel")
    parser.add_argument("--active", choices=("Y", "N"))
    return parser


def loader_args_buggy(payload: Payload) -> argparse.Namespace:
    argv = [
        "--identifier",
        payload["identifier"],
        "--provider",
        payload["providerId"],
        "--channel",
        payload["channel"],
        "--active",
        "Y" if payload["active"] else "N",
    ]
    return _loader_parser().parse_args(argv)


def loader_args_fixed(payload: Payload) -> argparse.Namespace | None:
    values = {
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "channel": _text(payload.get("channel")),
    }
    # ``--option=value`` keeps a value that starts with a dash from being read as an option.
    argv = [f"--{option}={value}" for option, value in values.items()]
    argv.append("--active=" + ("Y" if payload["active"] else "N"))
    namespace = _loader_parser().parse_args(argv)
    if any(getattr(namespace, option) != value for option, value in values.items()):
        return None  # argparse swallows a bare "--"; such a record goes to manual review
    return namespace


# --------------------------------------------------------------------------------------------
# 2. Managed file transfer: the dataset for each integration is labelled with its name.

_MFT_DATASET = "NOTARY.NOVU.INTEG"


def transfer_command_buggy(payload: Payload) -> list[str]:
    command = f"mftsend --dataset {_MFT_DATASET} --member {payload['identifier']} --label '{payload['name']}'"
    return shlex.split(command)


def transfer_command_fixed(payload: Payload) -> list[str]:
    return [
        "mftsend",
        "--dataset",
        _MFT_DATASET,
        "--member",
        payload["identifier"],
        "--label",
        payload["name"],
    ]


# --------------------------------------------------------------------------------------------
# 3. Signed deeds: the sender must be DMARC-aligned with the provider's sending domain.


class SenderPolicyError(ValueError):
    """The sender of signed deeds would fail the chamber's sender rules."""


def deed_sender_domain_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    from_domain = credentials.get("from", "").rpartition("@")[2].lower()
    sending_domain = credentials.get("domain")
    if sending_domain and from_domain != sending_domain.lower():
        raise SenderPolicyError(f"{from_domain} is not aligned with {sending_domain}")
    return from_domain or None


def _domain(value: str) -> str:
    return value.strip().rstrip(".").lower()


def deed_sender_domain_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    credentials = _creds(payload)
    sender = _text(credentials.get("from"))
    if "@" not in sender:
        return None
    from_domain = _domain(sender.rpartition("@")[2])
    sending_domain = _domain(_text(credentials.get("domain")))
    if not sending_domain:
        return from_domain or None
    # DMARC relaxed alignment: the same organisational domain, e.g. mg.example.fr and example.fr.
    if (
        from_domain == sending_domain
        or from_domain.endswith("." + sending_domain)
        or sending_domain.endswith("." + from_domain)
    ):
        return from_domain
    return None  # not aligned: signed deeds are not sent through this integration


# --------------------------------------------------------------------------------------------
# 4. Managed mail profile (.mobileconfig) pushed to the office Macs for custom SMTP relays.


_PLIST_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _plist_text(value: str) -> str:
    """A string a property list accepts: no C0 control character, no lone surrogate."""
    return _PLIST_CONTROL.sub("", value.encode("utf-8", "replace").decode("utf-8"))


def _mail_profile(payload: Payload, relay_tls: object) -> dict[str, Any]:
    credentials = _creds(payload)
    port = _text(credentials.get("port"))
    port_number = int(port) if port.isdecimal() and len(port) <= 5 and 0 < int(port) < 65536 else 587
    account = {
        "PayloadType": "com.apple.mail.managed",
        "PayloadIdentifier": _plist_text(f"fr.lefevre-notaires.mail.{payload['identifier']}"),
        "PayloadVersion": 1,
        "EmailAccountName": _plist_text(payload["name"]),
        "EmailAddress": _plist_text(_text(credentials.get("from"))),
        "OutgoingMailServerHostName": _plist_text(_text(credentials.get("host"))),
        "OutgoingMailServerPortNumber": port_number,
        "OutgoingMailServerUseSSL": credentials.get("secure") is True,
        "OutgoingMailServerUsername": _plist_text(_text(credentials.get("user"))),
        # Read by the office's relay agent (a nodemailer process) on the Mac.
        "NotaryRelayTLSOptions": relay_tls,
    }
    return {
        "PayloadType": "Configuration",
        "PayloadDisplayName": "Messagerie de l'étude",
        "PayloadVersion": 1,
        "PayloadContent": [account],
    }


def mail_profile_buggy(payload: Payload) -> bytes | None:
    credentials = payload["credentials"]
    if payload["channel"] != "email" or "host" not in credentials:
        return None
    return plistlib.dumps(_mail_profile(payload, credentials.get("tlsOptions", {})))


def _plist_value(value: object) -> object:
    """``value`` as a property-list value; ``None`` where a plist has no equivalent (JSON null)."""
    if value is None or isinstance(value, bool | float):
        return value
    if isinstance(value, int):
        return value if -(1 << 63) <= value < (1 << 64) else None  # beyond a plist <integer>
    if isinstance(value, str):
        return _plist_text(value)
    if isinstance(value, list):
        return [item for item in map(_plist_value, value) if item is not None]
    if isinstance(value, dict):
        converted = ((_plist_text(str(key)), _plist_value(item)) for key, item in value.items())
        return {key: item for key, item in converted if item is not None}
    return None


def mail_profile_fixed(payload: Payload) -> bytes | None:
    credentials = _creds(payload)
    if payload.get("channel") != "email" or "host" not in credentials:
        return None
    relay_tls = _plist_value(credentials.get("tlsOptions", {}))
    return plistlib.dumps(_mail_profile(payload, relay_tls if relay_tls is not None else {}))


# --------------------------------------------------------------------------------------------
# 5. Tamper-evident export: a SHA-256 seal over the canonical JSON of each integration's settings.

_SEALED_FIELDS = (
    "_id",
    "_environmentId",
    "_organizationId",
    "name",
    "identifier",
    "providerId",
    "channel",
    "active",
    "deleted",
    "deletedAt",
    "deletedBy",
    "primary",
)
_CREDENTIAL_KEYS = [
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
    "secure",
    "requireTls",
    "ignoreTls",
    "hmac",
    "authenticateByToken",
    "tlsOptions",
]
_SECRET_KEYS = frozenset(
    {"apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey"}
)
_CONDITION_KEYS = ("isNegated", "type", "value")
_RULE_KEYS = ("field", "value", "operator", "on")


def _sealed_view(payload: Payload) -> dict[str, Any]:
    view = {key: payload[key] for key in _SEALED_FIELDS if key in payload}
    credentials = _creds(payload)
    view["credentials"] = {
        key: "<redacted>" if key in _SECRET_KEYS else credentials[key]
        for key in _CREDENTIAL_KEYS
        if key in credentials
    }
    conditions = payload.get("conditions")
    view["conditions"] = [
        {key: condition[key] for key in _CONDITION_KEYS if key in condition}
        | {
            "children": [
                {key: rule[key] for key in _RULE_KEYS if key in rule}
                for rule in condition.get("children", [])
                if isinstance(rule, dict)
            ]
        }
        for condition in (conditions if isinstance(conditions, list) else [])
        if isinstance(condition, dict)
    ]
    return view


def settings_seal_buggy(payload: Payload) -> str:
    canonical = json.dumps(_sealed_view(payload), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return sha256(canonical.encode("utf-8")).hexdigest()


def _bounded(value: object) -> object:
    """``value`` with integers too long for ``int.__str__`` (about 4300 digits) written in hex."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 10_000:
        return {"$bigint": hex(value)}
    if isinstance(value, list):
        return [_bounded(item) for item in value]
    if isinstance(value, dict):
        return {key: _bounded(item) for key, item in value.items()}
    return value


def settings_seal_fixed(payload: Payload) -> str:
    # ASCII-only canonical form: every code point, a lone surrogate included, becomes an escape.
    view = _bounded(_sealed_view(payload))
    canonical = json.dumps(view, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return sha256(canonical.encode("ascii")).hexdigest()


# --------------------------------------------------------------------------------------------
# 6. Nightly mainframe sync: one fixed-width record per integration, checked before transfer.

_MAINFRAME_LAYOUT = (("identifier", 32), ("providerId", 24), ("channel", 8), ("senderName", 40), ("from", 48))
_RECORD_LENGTH = sum(width for _, width in _MAINFRAME_LAYOUT) + 1


def _preflight(dataset: str) -> str:
    """The loader rejects the whole dataset if one record is short, so check before sending."""
    for number, line in enumerate(dataset.splitlines(), start=1):
        if len(line) != _RECORD_LENGTH:
            raise ValueError(f"record {number} has {len(line)} columns, the loader wants {_RECORD_LENGTH}")
    return dataset


def _mainframe_values(payload: Payload) -> dict[str, str]:
    credentials = _creds(payload)
    return {
        "identifier": payload["identifier"],
        "providerId": payload["providerId"],
        "channel": _text(payload.get("channel")),
        "senderName": _text(credentials.get("senderName")),
        "from": _text(credentials.get("from")),
    }


def mainframe_record_buggy(payload: Payload) -> str:
    values = _mainframe_values(payload)
    record = "".join(
        values[key].replace("\r", " ").replace("\n", " ")[:width].ljust(width)
        for key, width in _MAINFRAME_LAYOUT
    )
    return _preflight(record + ("Y" if payload["active"] else "N") + "\n")


def mainframe_record_fixed(payload: Payload) -> str:
    values = _mainframe_values(payload)
    # str.splitlines() is what splits the dataset: flatten every boundary it knows, not only CR/LF.
    record = "".join(
        " ".join(values[key].splitlines())[:width].ljust(width) for key, width in _MAINFRAME_LAYOUT
    )
    return _preflight(record + ("Y" if payload["active"] else "N") + "\n")


# --------------------------------------------------------------------------------------------
# 7. Appointment SMS through the regional gateway ("Generic SMS"): the relay's request headers.


def gateway_headers_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] != "generic-sms":
        return None
    credentials = payload["credentials"]
    headers = {"Content-Type": "application/json", credentials["apiKeyRequestHeader"]: credentials["apiKey"]}
    if credentials.get("secretKey"):
        headers[credentials["secretKeyRequestHeader"]] = credentials["secretKey"]
    return headers


def gateway_headers_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] != "generic-sms":
        return None
    credentials = _creds(payload)
    headers = {"Content-Type": "application/json"}
    for header_key, value_key in (("apiKeyRequestHeader", "apiKey"), ("secretKeyRequestHeader", "secretKey")):
        header, value = credentials.get(header_key), credentials.get(value_key)
        if isinstance(header, str) and header and isinstance(value, str) and value:
            headers[header] = value
    return headers


# --------------------------------------------------------------------------------------------
# 8. Audit trail: routing rules (condition children) stored in a relational table.

_RULES_TABLE_BUGGY = """
CREATE TABLE routing_rule (
    integration TEXT NOT NULL,
    field TEXT NOT NULL,
    operator TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (integration, field)
)
"""
_RULES_TABLE_FIXED = """
CREATE TABLE routing_rule (
    integration TEXT NOT NULL,
    condition_no INTEGER NOT NULL,
    rule_no INTEGER NOT NULL,
    field TEXT NOT NULL,
    operator TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (integration, condition_no, rule_no)
)
"""


def _sql_text(value: object) -> str:
    return str(value).encode("utf-8", "replace").decode("utf-8")


def store_rules_buggy(payload: Payload) -> int:
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        db.execute(_RULES_TABLE_BUGGY)
        for condition in payload.get("conditions", []):
            for rule in condition["children"]:
                db.execute(
                    "INSERT INTO routing_rule VALUES (?, ?, ?, ?, ?)",
                    (
                        _sql_text(payload["identifier"]),
                        *(_sql_text(rule[key]) for key in ("field", "operator", "value", "on")),
                    ),
                )
        (count,) = db.execute("SELECT COUNT(*) FROM routing_rule").fetchone()
        return int(count)


def store_rules_fixed(payload: Payload) -> int:
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        db.execute(_RULES_TABLE_FIXED)
        for condition_no, condition in enumerate(payload.get("conditions", [])):
            for rule_no, rule in enumerate(condition.get("children", [])):
                db.execute(
                    "INSERT INTO routing_rule VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        _sql_text(payload["identifier"]),
                        condition_no,
                        rule_no,
                        *(_sql_text(rule.get(key, "")) for key in ("field", "operator", "value", "on")),
                    ),
                )
        (count,) = db.execute("SELECT COUNT(*) FROM routing_rule").fetchone()
        return int(count)


# --------------------------------------------------------------------------------------------
# 9. Compliance dashboard: the integration's condition groups, simplest first.


def _describe(condition: Mapping[str, Any]) -> str:
    negation = "NOT " if condition.get("isNegated") else ""
    return f"{negation}{condition.get('value')} of {len(condition.get('children', []))} rule(s)"


def condition_overview_buggy(payload: Payload) -> list[str]:
    conditions = payload.get("conditions", [])
    ordered = [condition for _, condition in sorted((len(c["children"]), c) for c in conditions)]
    return [_describe(condition) for condition in ordered]


def condition_overview_fixed(payload: Payload) -> list[str]:
    conditions = payload.get("conditions", [])
    ordered = sorted(conditions, key=lambda condition: len(condition.get("children", [])))
    return [_describe(condition) for condition in ordered]


# --------------------------------------------------------------------------------------------
# 10. Weekly CSV export of the integration inventory for the chamber's inspectors.

_CSV_COLUMNS = (
    "_id",
    "_environmentId",
    "_organizationId",
    "name",
    "identifier",
    "providerId",
    "channel",
    "active",
    "primary",
    "deleted",
)


def _inventory_row(payload: Payload) -> dict[str, Any]:
    return {key: value for key, value in payload.items() if key not in ("credentials", "conditions")}


def inventory_csv_buggy(payload: Payload) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_CSV_COLUMNS)
    writer.writeheader()
    writer.writerow(_inventory_row(payload))
    return buffer.getvalue()


def inventory_csv_fixed(payload: Payload) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_CSV_COLUMNS, extrasaction="ignore", restval="")
    writer.writeheader()
    writer.writerow(_inventory_row(payload))
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# 11. Chat alert to the compliance officer when an integration changes state.


def compliance_alert_buggy(payload: Payload) -> str:
    template: str = "[Novu] " + payload["name"] + " ({channel}/{provider}) is now {state}"
    return template.format(
        channel=payload["channel"],
        provider=payload["providerId"],
        state="active" if payload["active"] else "INACTIVE",
    )


def compliance_alert_fixed(payload: Payload) -> str:
    state = "active" if payload["active"] else "INACTIVE"
    channel = _text(payload.get("channel")) or "?"
    return f"[Novu] {payload['name']} ({channel}/{payload['providerId']}) is now {state}"


# --------------------------------------------------------------------------------------------
# 12. Monitoring probe: which network the SMTP relay / SMS gateway host lives on.


def probe_target_buggy(payload: Payload) -> dict[str, str] | None:
    credentials = payload["credentials"]
    host = credentials.get("host")
    if not host:
        return None
    address = ipaddress.ip_address(host)
    network = "office-lan" if address.is_private else "internet"
    return {"target": f"{host}:{credentials.get('port', '')}", "network": network}


def probe_target_fixed(payload: Payload) -> dict[str, str] | None:
    credentials = _creds(payload)
    host = _text(credentials.get("host"))
    if not host:
        return None
    try:
        network = "office-lan" if ipaddress.ip_address(host).is_private else "internet"
    except ValueError:
        network = "dns"  # a host name: resolved by the probe at check time
    return {"target": f"{host}:{_text(credentials.get('port'))}", "network": network}


# --------------------------------------------------------------------------------------------
# 13. Migration to the new mail relay: the TLS policy of each e-mail integration.

_TLS_MODES = {
    (False, False, False): "opportunistic-starttls",
    (True, False, False): "implicit-tls",
    (False, True, False): "required-starttls",
    (False, False, True): "plaintext",
}


def relay_tls_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    flags = (
        credentials.get("secure", False),
        credentials.get("requireTls", False),
        credentials.get("ignoreTls", False),
    )
    return {"identifier": payload["identifier"], "tls": _TLS_MODES[flags]}


def relay_tls_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "email":
        return None
    credentials = _creds(payload)
    # Nodemailer's precedence: secure wins, then requireTLS, then ignoreTLS.
    if credentials.get("secure") is True:
        mode = "implicit-tls"
    elif credentials.get("requireTls") is True:
        mode = "required-starttls"
    elif credentials.get("ignoreTls") is True:
        mode = "plaintext"
    else:
        mode = "opportunistic-starttls"
    return {"identifier": payload["identifier"], "tls": mode}


# --------------------------------------------------------------------------------------------
# 14. Rate limiter: a new integration gets a warm-up budget while its sender builds reputation.

_BUDGET_PER_MINUTE = {"sms": 120, "email": 600}
_WARM_UP = timedelta(days=14)
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def send_budget_buggy(payload: Payload) -> int:
    created = datetime.fromtimestamp(int(payload["_id"][:8], 16), tz=UTC)
    budget = _BUDGET_PER_MINUTE.get(payload["channel"], 60)
    if datetime.now(UTC) - created < _WARM_UP:
        return budget // 10
    return budget


def send_budget_fixed(payload: Payload) -> int:
    budget = _BUDGET_PER_MINUTE.get(_text(payload.get("channel")), 60)
    record_id = _text(payload.get("_id"))
    if not _OBJECT_ID.fullmatch(record_id):
        return budget // 10  # age unknown: treat it as new
    created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)
    if datetime.now(UTC) - created < _WARM_UP:
        return budget // 10
    return budget


# --------------------------------------------------------------------------------------------
# 15. Chat alerts: attach the Grafana panel image configured on the chat integration.


def alert_attachment_buggy(payload: Payload) -> dict[str, str] | None:
    credentials = payload["credentials"]
    image_url = credentials.get("imageUrl")
    if payload["channel"] != "chat" or not image_url:
        return None
    content_type, _ = mimetypes.guess_type(image_url)
    maintype, subtype = content_type.split("/")  # type: ignore[union-attr]
    if maintype != "image":
        return None
    return {
        "title": credentials.get("title") or payload["name"],
        "image_url": image_url,
        "image_type": subtype,
    }


def alert_attachment_fixed(payload: Payload) -> dict[str, str] | None:
    credentials = _creds(payload)
    image_url = _text(credentials.get("imageUrl"))
    if payload.get("channel") != "chat" or not image_url:
        return None
    # Render URLs carry a query string (or no extension at all): guess from the path only.
    path = image_url.split("#", 1)[0].split("?", 1)[0]
    content_type, _ = mimetypes.guess_type(path)
    maintype, _, subtype = (content_type or "image/unknown").partition("/")
    if maintype != "image":
        return None
    title = _text(credentials.get("title")) or payload["name"]
    return {"title": title, "image_url": image_url, "image_type": subtype}


# --------------------------------------------------------------------------------------------
# 16. Audit trail: removed integrations, with the removal time as epoch seconds for the archive.


def removal_entry_buggy(payload: Payload) -> dict[str, Any] | None:
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    removed = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return {"identifier": payload["identifier"], "removed_epoch": int(removed.timestamp())}


def removal_entry_fixed(payload: Payload) -> dict[str, Any] | None:
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return None
    try:
        removed = datetime.fromisoformat(deleted_at.strip())
        if removed.tzinfo is None:
            removed = removed.replace(tzinfo=UTC)
        epoch: int | None = int(removed.timestamp())
    except (ValueError, OverflowError):
        epoch = None  # kept verbatim below; the archivist dates it by hand
    return {"identifier": payload["identifier"], "removed_epoch": epoch, "removed_raw": deleted_at}


# --------------------------------------------------------------------------------------------
# Examples: HAPPY_PATH with a few fields changed, each one valid under the contract.


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


_SMTP_CREDENTIALS = {
    "host": "smtp.lefevre-notaires.fr",
    "port": "587",
    "user": "relay@lefevre-notaires.fr",
    "password": "fake-smtp-password",
    "from": "actes@lefevre-notaires.fr",
    "senderName": "Étude Lefèvre",
}


def _rule(field: str, operator: str, value: str, on: str = "payload") -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator, "on": on}


NOTARY_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="notary_loader_dash_identifier",
        bug="an identifier never starts with '-', so '--identifier <value>' is safe to pass to argparse",
        buggy=loader_args_buggy,
        fixed=loader_args_fixed,
        raises=(argparse.ArgumentError, LoaderUsageError),
        # A name with no Latin letters slugifies to nothing: the identifier is "-<shortid>".
        example=_example({"name": "Συμβολαιογράφοι Αθηνών", "identifier": "-Qm3xT8bK2"}),
    ),
    ConsumerCase(
        name="notary_transfer_label_apostrophe",
        bug="a name never contains an apostrophe, so it can be single-quoted in a shlex-split command",
        buggy=transfer_command_buggy,
        fixed=transfer_command_fixed,
        raises=(ValueError,),
        example=_example({"name": "Notaires de l'Ouest", "identifier": "notaires-de-l-ouest-Hb7Qe2"}),
    ),
    ConsumerCase(
        name="notary_deed_sender_strict_alignment",
        bug="the From domain equals the provider's sending domain exactly (no DMARC relaxed alignment)",
        buggy=deed_sender_domain_buggy,
        fixed=deed_sender_domain_fixed,
        raises=(SenderPolicyError,),
        example=_example(
            {"name": "Mailgun", "identifier": "mailgun-Zr4Tq1Lp", "providerId": "mailgun"},
            credentials={
                "apiKey": "fake-mailgun-key",
                "user": "api",
                "domain": "mg.lefevre-notaires.fr",
                "from": "actes@lefevre-notaires.fr",
                "senderName": "Étude Lefèvre",
            },
        ),
    ),
    ConsumerCase(
        name="notary_mail_profile_tls_null",
        bug="free-form tlsOptions fits a property list as it is (no JSON null, huge integer, control char)",
        buggy=mail_profile_buggy,
        fixed=mail_profile_fixed,
        raises=(TypeError, ValueError, OverflowError, UnicodeEncodeError),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Lw2Pq9", "providerId": "nodemailer"},
            credentials=_SMTP_CREDENTIALS
            | {
                "requireTls": True,
                "tlsOptions": {"rejectUnauthorized": True, "minVersion": "TLSv1.2", "servername": None},
            },
        ),
    ),
    ConsumerCase(
        name="notary_seal_lone_surrogate",
        bug="every string is encodable as UTF-8 (no lone UTF-16 surrogate left by a truncated emoji)",
        buggy=settings_seal_buggy,
        fixed=settings_seal_fixed,
        raises=(UnicodeEncodeError,),
        # The dashboard cut "SendGrid actes \U0001f4e8" after 16 UTF-16 code units.
        example=_example({"name": "SendGrid actes \ud83d"}),
    ),
    ConsumerCase(
        name="notary_mainframe_unicode_line_break",
        bug="CR and LF are the only line breaks, so replacing them keeps each record on one line",
        buggy=mainframe_record_buggy,
        fixed=mainframe_record_fixed,
        raises=(ValueError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "actes@lefevre-notaires.fr",
                "senderName": "Étude Lefèvre\u2028Service des actes",
            }
        ),
    ),
    ConsumerCase(
        name="notary_gateway_secret_header",
        bug="a Generic SMS secretKey always comes with its secretKeyRequestHeader",
        buggy=gateway_headers_buggy,
        fixed=gateway_headers_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Passerelle SMS régionale",
                "identifier": "passerelle-sms-r-gionale-Vd8Kp3",
                "providerId": "generic-sms",
                "channel": "sms",
            },
            credentials={
                "baseUrl": "https://sms.chambre-notaires.example/api/v2/messages",
                "apiKeyRequestHeader": "X-API-KEY",
                "apiKey": "fake-gateway-key",
                "secretKey": "fake-gateway-secret",
                "idPath": "data.id",
                "datePath": "data.createdAt",
                "from": "LEFEVRE",
            },
        ),
    ),
    ConsumerCase(
        name="notary_rules_field_unique",
        bug="a field appears in at most one rule per integration (no range made of two rules on one field)",
        buggy=store_rules_buggy,
        fixed=store_rules_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            _rule("deed.amount", "LARGER_EQUAL", "150000"),
                            _rule("deed.amount", "SMALLER", "1000000"),
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="notary_condition_order_tie",
        bug="no two condition groups have the same number of rules, so (count, group) tuples sort",
        buggy=condition_overview_buggy,
        fixed=condition_overview_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [_rule("subscriber.data.office", "EQUAL", "paris-8", "subscriber")],
                    },
                    {
                        "isNegated": True,
                        "type": "STATEMENT",
                        "value": "OR",
                        "children": [_rule("deed.kind", "IN", "succession,donation")],
                    },
                ]
            }
        ),
    ),
    ConsumerCase(
        name="notary_inventory_csv_extra_keys",
        bug="an item has only the documented top-level keys, so DictWriter's default extrasaction is fine",
        buggy=inventory_csv_buggy,
        fixed=inventory_csv_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "priority": 1,
                "createdAt": "2024-04-09T20:31:30.123Z",
                "updatedAt": "2025-01-14T08:02:11.456Z",
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="notary_alert_name_braces",
        bug="a name holds no braces, so it can be pasted into a str.format template",
        buggy=compliance_alert_buggy,
        fixed=compliance_alert_fixed,
        raises=(KeyError, ValueError, IndexError, AttributeError),
        example=_example({"name": "SendGrid {actes}", "identifier": "send-grid-actes-P9sLm2"}),
    ),
    ConsumerCase(
        name="notary_probe_host_is_ip",
        bug="the SMTP/SMS gateway host is an IP literal, never a host name",
        buggy=probe_target_buggy,
        fixed=probe_target_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Xc4Rt7", "providerId": "nodemailer"},
            credentials=_SMTP_CREDENTIALS | {"host": "smtp.office365.com"},
        ),
    ),
    ConsumerCase(
        name="notary_relay_tls_flag_combination",
        bug="at most one of secure / requireTls / ignoreTls is set on an e-mail integration",
        buggy=relay_tls_buggy,
        fixed=relay_tls_fixed,
        raises=(KeyError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Tn6Hw1", "providerId": "nodemailer"},
            credentials=_SMTP_CREDENTIALS | {"port": "465", "secure": True, "requireTls": True},
        ),
    ),
    ConsumerCase(
        name="notary_budget_objectid_time",
        bug="_id is present and is a MongoDB ObjectId whose first 8 hex digits are its creation time",
        buggy=send_budget_buggy,
        fixed=send_budget_fixed,
        raises=(KeyError, ValueError),
        example=_example({"_id": "integ_01HV8M3K2QYJ6TD4W5X7Z9ABCD"}),
    ),
    ConsumerCase(
        name="notary_alert_image_type",
        bug="an imageUrl ends in a file extension, so mimetypes.guess_type never returns None",
        buggy=alert_attachment_buggy,
        fixed=alert_attachment_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Jq5Wz8",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "alertUid": "notary-compliance",
                "title": "Conformité : intégration modifiée",
                "imageUrl": "https://grafana.lefevre-notaires.fr/render/d-solo/novu/integrations.png?panelId=4&width=800",
                "state": "alerting",
                "externalLink": "https://grafana.lefevre-notaires.fr/d/novu/integrations",
            },
        ),
    ),
    ConsumerCase(
        name="notary_removal_time_format",
        bug="deletedAt is always JavaScript's toISOString() form, with milliseconds and a 'Z'",
        buggy=removal_entry_buggy,
        fixed=removal_entry_fixed,
        raises=(ValueError,),
        example=_example(
            {"active": False, "primary": False, "deleted": True, "deletedAt": "2024-11-03T09:15:00Z"}
        ),
    ),
)
