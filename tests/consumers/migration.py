"""Sixteen migration/sync consumers of ``GET /v1/integrations`` items, each with one typical contract bug.

Written from the contract documentation alone (``CONTRACT.md``, the seed document, ``providers.json``
and the server notes), without looking at the generator. The consumers are the code that moves
integrations somewhere else: ETL loads into a warehouse, SQL upserts, CSV/INI/Terraform/env-file
exporters, typed importers, a rule-engine translator, an environment sync plan, a queue publisher and
a secrets inventory. Each buggy version works on ``HAPPY_PATH`` and assumes away one thing the
contract allows; each fixed control must accept every contract-valid payload.
"""

from __future__ import annotations

import configparser
import contextlib
import csv
import dataclasses
import enum
import hashlib
import io
import json
import re
import shlex
import sqlite3
from datetime import UTC, datetime
from typing import Any

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

# --------------------------------------------------------------------------------------------------
# Shared helpers (used by buggy and fixed versions alike, never the cause of a bug)


def _sql_text(value: str) -> str:
    """A string SQLite can bind: lone surrogates (valid in JSON strings) become U+FFFD."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _sql_params(payload: Payload) -> dict[str, Any]:
    """The wire dict with its top-level strings made bindable (see ``_sql_text``)."""
    return {key: _sql_text(value) if isinstance(value, str) else value for key, value in payload.items()}


def _utf8(value: str) -> bytes:
    return value.encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------------------------------
# 1. Warehouse ETL: normalise ``deletedAt`` into a UTC timestamp column.


def _warehouse_row(payload: Payload, deleted_at_utc: str | None) -> dict[str, object]:
    return {
        "integration_key": f"{payload['_environmentId']}/{payload['identifier']}",
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "is_active": payload["active"],
        "is_deleted": payload["deleted"],
        "deleted_at_utc": deleted_at_utc,
    }


def warehouse_deleted_at_buggy(payload: Payload) -> dict[str, object]:
    deleted_at = payload.get("deletedAt")
    normalised = None
    if deleted_at:
        parsed = datetime.fromisoformat(deleted_at.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        normalised = parsed.astimezone(UTC).isoformat()
    return _warehouse_row(payload, normalised)


def warehouse_deleted_at_fixed(payload: Payload) -> dict[str, object]:
    deleted_at = payload.get("deletedAt")
    normalised = None
    if deleted_at:
        try:
            parsed = datetime.fromisoformat(deleted_at.replace("Z", "+00:00"))
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=UTC)
            normalised = parsed.astimezone(UTC).isoformat()
        except (ValueError, OverflowError):
            normalised = None  # keep the raw value in a staging column; do not fail the load
    return _warehouse_row(payload, normalised)


# --------------------------------------------------------------------------------------------------
# 2. Compliance audit sync: forward soft deletions with who deleted it.


def audit_trail_buggy(payload: Payload) -> dict[str, object] | None:
    if not payload["deleted"]:
        return None
    return {
        "event": "integration.deleted",
        "integration": payload["identifier"],
        "actor": payload["deletedBy"],
        "at": payload.get("deletedAt"),
    }


def audit_trail_fixed(payload: Payload) -> dict[str, object] | None:
    if not payload["deleted"]:
        return None
    return {
        "event": "integration.deleted",
        "integration": payload["identifier"],
        "actor": payload.get("deletedBy", "unknown"),
        "at": payload.get("deletedAt"),
    }


# --------------------------------------------------------------------------------------------------
# 3. SQL upsert keyed on the Mongo ``_id``, binding the wire dict straight into named parameters.

_UPSERT_DDL = """
CREATE TABLE integrations (
    id TEXT PRIMARY KEY,
    environment_id TEXT NOT NULL,
    identifier TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    active INTEGER NOT NULL
)
"""

_UPSERT_BUGGY = """
INSERT INTO integrations (id, environment_id, identifier, provider_id, channel, active)
VALUES (:_id, :_environmentId, :identifier, :providerId, :channel, :active)
ON CONFLICT(id) DO UPDATE SET identifier = excluded.identifier, active = excluded.active
"""

_UPSERT_FIXED = """
INSERT INTO integrations (id, environment_id, identifier, provider_id, channel, active)
VALUES (:id, :environment_id, :identifier, :provider_id, :channel, :active)
ON CONFLICT(id) DO UPDATE SET identifier = excluded.identifier, active = excluded.active
"""


def sql_upsert_buggy(payload: Payload) -> int:
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute(_UPSERT_DDL)
        conn.execute(_UPSERT_BUGGY, _sql_params(payload))
        count: int = conn.execute("SELECT COUNT(*) FROM integrations").fetchone()[0]
    return count


def sql_upsert_fixed(payload: Payload) -> int:
    # ``_id`` is optional: fall back to the natural key (environment + identifier).
    key = payload.get("_id") or f"{payload['_environmentId']}:{payload['identifier']}"
    params = {
        "id": _sql_text(key),
        "environment_id": _sql_text(payload["_environmentId"]),
        "identifier": _sql_text(payload["identifier"]),
        "provider_id": _sql_text(payload["providerId"]),
        "channel": payload["channel"],
        "active": int(payload["active"]),
    }
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute(_UPSERT_DDL)
        conn.execute(_UPSERT_FIXED, params)
        count: int = conn.execute("SELECT COUNT(*) FROM integrations").fetchone()[0]
    return count


# --------------------------------------------------------------------------------------------------
# 4. CSV export of sender identities for a legacy loader that "does not like quotes".


def _sender_row(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    return [
        payload["identifier"],
        payload["providerId"],
        payload["channel"],
        credentials.get("from", ""),
        credentials.get("senderName", ""),
    ]


def senders_csv_buggy(payload: Payload) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(_sender_row(payload))
    return buffer.getvalue()


def senders_csv_fixed(payload: Payload) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(_sender_row(payload))
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------
# 5. Terraform exporter: resource address from the "<slug>-<shortid>" identifier.


def _hcl_resource(address: str, payload: Payload) -> str:
    return (
        f'resource "novu_integration" "{address}" {{\n'
        f"  identifier  = {json.dumps(payload['identifier'])}\n"
        f"  provider_id = {json.dumps(payload['providerId'])}\n"
        f"  channel     = {json.dumps(payload['channel'])}\n"
        f"  name        = {json.dumps(payload['name'])}\n"
        f"  active      = {json.dumps(payload['active'])}\n"
        "}\n"
    )


def terraform_buggy(payload: Payload) -> str:
    slug, short_id = payload["identifier"].rsplit("-", 1)
    address = re.sub(r"[^a-z0-9_]", "_", slug.lower()) or "integration"
    return _hcl_resource(f"{address}_{short_id.lower()}", payload)


def terraform_fixed(payload: Payload) -> str:
    # Identifiers are free strings: custom ones need not contain "-" at all.
    address = re.sub(r"[^a-z0-9_]", "_", payload["identifier"].lower())
    if not re.match(r"[a-z_]", address):
        address = f"integration_{address}"
    return _hcl_resource(address, payload)


# --------------------------------------------------------------------------------------------------
# 6. Credentials to a shell ``.env`` file for a worker that still reads env vars.


def _env_name(provider_id: str, key: str) -> str:
    prefix = re.sub(r"[^A-Z0-9]", "_", provider_id.upper())
    suffix = re.sub(r"[^A-Z0-9]", "_", re.sub(r"(?<!^)(?=[A-Z])", "_", key).upper())
    return f"NOVU_{prefix}_{suffix}"


def env_file_buggy(payload: Payload) -> str:
    lines = []
    for key, value in sorted(_credentials(payload).items()):
        lines.append(f"{_env_name(payload['providerId'], key)}={shlex.quote(value)}")
    return "\n".join(lines) + "\n"


def env_file_fixed(payload: Payload) -> str:
    lines = []
    for key, value in sorted(_credentials(payload).items()):
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, str):
            text = value
        else:  # tlsOptions (an object) or an unknown key's JSON value
            text = json.dumps(value)
        lines.append(f"{_env_name(payload['providerId'], key)}={shlex.quote(text)}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------
# 7. Importer of SMTP settings into a typed model for the new mail relay.


@dataclasses.dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    secure: bool
    user: str | None


def smtp_settings_buggy(payload: Payload) -> SmtpSettings | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    return SmtpSettings(
        host=credentials.get("host", "localhost"),
        port=int(credentials.get("port", "587")),
        secure=bool(credentials.get("secure", False)),
        user=credentials.get("user"),
    )


def smtp_settings_fixed(payload: Payload) -> SmtpSettings | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    secure = bool(credentials.get("secure", False))
    default_port = 465 if secure else 587
    try:
        port = int(credentials.get("port", ""))
    except ValueError:  # "", "smtp", or a digit string too long to convert
        port = default_port
    if not 0 < port < 65536:
        port = default_port
    return SmtpSettings(
        host=credentials.get("host") or "localhost",
        port=port,
        secure=secure,
        user=credentials.get("user"),
    )


# --------------------------------------------------------------------------------------------------
# 8. Backup/restore: wire dict into a dataclass by converting every key to snake_case.


@dataclasses.dataclass
class IntegrationRecord:
    environment_id: str
    organization_id: str
    name: str
    identifier: str
    provider_id: str
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    deleted_at: str | None = None
    deleted_by: str | None = None
    conditions: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", key.lstrip("_")).lower()


_WIRE_TO_FIELD = {
    "_id": "id",
    "_environmentId": "environment_id",
    "_organizationId": "organization_id",
    "name": "name",
    "identifier": "identifier",
    "providerId": "provider_id",
    "channel": "channel",
    "credentials": "credentials",
    "active": "active",
    "deleted": "deleted",
    "deletedAt": "deleted_at",
    "deletedBy": "deleted_by",
    "primary": "primary",
    "conditions": "conditions",
}


def record_import_buggy(payload: Payload) -> IntegrationRecord:
    return IntegrationRecord(**{_snake(key): value for key, value in payload.items()})


def record_import_fixed(payload: Payload) -> IntegrationRecord:
    # Tolerant reader: the API adds createdAt, updatedAt, __v, priority, ...; ignore them.
    kwargs = {field: payload[wire] for wire, field in _WIRE_TO_FIELD.items() if wire in payload}
    return IntegrationRecord(**kwargs)


# --------------------------------------------------------------------------------------------------
# 9. Translate step-filter conditions into the target rule engine's expression language.

_OPERATORS_BUGGY = {
    "EQUAL": "==",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "in",
    "NOT_IN": "not in",
}

_OPERATORS_FIXED = {
    **_OPERATORS_BUGGY,
    "ANY_IN": "any_in",
    "ALL_IN": "all_in",
    "BETWEEN": "between",
    "NOT_BETWEEN": "not between",
    "LIKE": "like",
    "NOT_LIKE": "not like",
}


def _clause(child: dict[str, Any], operator: str) -> str:
    return f"{json.dumps(child['field'])} {operator} {json.dumps(child['value'])}"


def rule_engine_buggy(payload: Payload) -> str:
    groups = []
    for condition in payload.get("conditions", []):
        clauses = [_clause(child, _OPERATORS_BUGGY[child["operator"]]) for child in condition["children"]]
        expression = f" {condition['value'].lower()} ".join(clauses) or "true"
        groups.append(f"not ({expression})" if condition["isNegated"] else f"({expression})")
    return " and ".join(groups) or "true"


def rule_engine_fixed(payload: Payload) -> str:
    groups = []
    for condition in payload.get("conditions", []):
        clauses = [
            _clause(child, _OPERATORS_FIXED.get(child["operator"], child["operator"].lower()))
            for child in condition["children"]
        ]
        expression = f" {condition['value'].lower()} ".join(clauses) or "true"
        groups.append(f"not ({expression})" if condition["isNegated"] else f"({expression})")
    return " and ".join(groups) or "true"


# --------------------------------------------------------------------------------------------------
# 10. Typed importer: providerId into the vendor enum of the new notification service.


class Vendor(enum.Enum):
    NOVU_INBOX = "novu"
    SENDGRID = "sendgrid"
    MAILGUN = "mailgun"
    POSTMARK = "postmark"
    SES = "ses"
    NODEMAILER = "nodemailer"
    TWILIO = "twilio"
    SNS = "sns"
    PLIVO = "plivo"
    SLACK = "slack"
    MSTEAMS = "msteams"
    DISCORD = "discord"
    FCM = "fcm"
    APNS = "apns"
    EXPO = "expo"
    OTHER = "other"


def vendor_import_buggy(payload: Payload) -> dict[str, object]:
    return {"vendor": Vendor(payload["providerId"]), "channel": payload["channel"]}


def vendor_import_fixed(payload: Payload) -> dict[str, object]:
    try:
        vendor = Vendor(payload["providerId"])
    except ValueError:  # providerId is a free string: novu-email, newer providers, custom ones
        vendor = Vendor.OTHER
    return {"vendor": vendor, "raw_provider_id": payload["providerId"], "channel": payload["channel"]}


# --------------------------------------------------------------------------------------------------
# 11. INI config exporter for a legacy relay that reads ``configparser`` files.


def ini_export_buggy(payload: Payload) -> str:
    parser = configparser.ConfigParser()
    parser[payload["identifier"]] = {"provider": payload["providerId"], "channel": payload["channel"]}
    parser[f"{payload['identifier']}.credentials"] = {
        key: value for key, value in _credentials(payload).items() if isinstance(value, str)
    }
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


class _CaseKeepingParser(configparser.ConfigParser):
    def optionxform(self, optionstr: str) -> str:
        return optionstr


def _ini_key(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", key) or "_"


def ini_export_fixed(payload: Payload) -> str:
    # No interpolation: secrets may contain "%". Fixed section names: identifiers are free strings.
    parser = _CaseKeepingParser(interpolation=None, strict=False)
    parser["integration"] = {
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
    }
    parser["credentials"] = {
        _ini_key(key): value for key, value in _credentials(payload).items() if isinstance(value, str)
    }
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------
# 12. Environment sync plan: promote development integrations to production.

_ENVIRONMENTS = {
    "6615a3c2f1e2d3c4b5a69701": "development",
    "6615a3c2f1e2d3c4b5a69703": "production",
}
_PROMOTION = {"development": "production", "production": None}


def env_sync_plan_buggy(payload: Payload) -> dict[str, object] | None:
    source = _ENVIRONMENTS[payload["_environmentId"]]
    target = _PROMOTION[source]
    if target is None:
        return None
    return {"identifier": payload["identifier"], "from": source, "to": target}


def env_sync_plan_fixed(payload: Payload) -> dict[str, object] | None:
    # The list spans every environment of the organization, not just the configured ones.
    source = _ENVIRONMENTS.get(payload["_environmentId"])
    target = _PROMOTION.get(source) if source else None
    if target is None:
        return None
    return {"identifier": payload["identifier"], "from": source, "to": target}


# --------------------------------------------------------------------------------------------------
# 13. Warehouse dimension table whose DDL encodes "a primary integration is always active".

_DIMENSION_DDL_BUGGY = """
CREATE TABLE dim_integration (
    environment_id TEXT NOT NULL,
    identifier TEXT NOT NULL,
    channel TEXT NOT NULL,
    is_active INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,
    CHECK (is_primary = 0 OR is_active = 1)
)
"""

_DIMENSION_DDL_FIXED = """
CREATE TABLE dim_integration (
    environment_id TEXT NOT NULL,
    identifier TEXT NOT NULL,
    channel TEXT NOT NULL,
    is_active INTEGER NOT NULL,
    is_primary INTEGER NOT NULL
)
"""


def _load_dimension(ddl: str, payload: Payload) -> int:
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute(ddl)
        conn.execute(
            "INSERT INTO dim_integration VALUES (?, ?, ?, ?, ?)",
            (
                _sql_text(payload["_environmentId"]),
                _sql_text(payload["identifier"]),
                payload["channel"],
                int(payload["active"]),
                int(payload["primary"]),
            ),
        )
        count: int = conn.execute("SELECT COUNT(*) FROM dim_integration").fetchone()[0]
    return count


def dimension_load_buggy(payload: Payload) -> int:
    return _load_dimension(_DIMENSION_DDL_BUGGY, payload)


def dimension_load_fixed(payload: Payload) -> int:
    return _load_dimension(_DIMENSION_DDL_FIXED, payload)


# --------------------------------------------------------------------------------------------------
# 14. Change-event publisher to a queue with a 256 KiB message limit.

_MAX_MESSAGE_BYTES = 256 * 1024


class MessageTooLargeError(ValueError):
    """What the queue client raises for an oversized message."""


def _publish(body: bytes) -> int:
    if len(body) > _MAX_MESSAGE_BYTES:
        raise MessageTooLargeError(f"message of {len(body)} bytes exceeds {_MAX_MESSAGE_BYTES}")
    return len(body)


def publish_change_buggy(payload: Payload) -> int:
    return _publish(json.dumps({"type": "integration.synced", "integration": payload}).encode("utf-8"))


def publish_change_fixed(payload: Payload) -> int:
    body = json.dumps({"type": "integration.synced", "integration": payload}).encode("utf-8")
    if len(body) <= _MAX_MESSAGE_BYTES:
        return _publish(body)
    # Claim check: send a small reference; consumers re-fetch the full record.
    reference = {
        key: payload[key][:512]
        for key in ("_id", "_environmentId", "identifier", "providerId", "channel")
        if key in payload
    }
    return _publish(json.dumps({"type": "integration.synced.ref", "ref": reference}).encode("utf-8"))


# --------------------------------------------------------------------------------------------------
# 15. Routing migration: the target router supports one rule group per integration.


def routing_rule_buggy(payload: Payload) -> dict[str, object]:
    conditions = payload.get("conditions", [])
    group = conditions[0]
    return {
        "integration": payload["identifier"],
        "match": group["value"].lower(),
        "negate": group["isNegated"],
        "rules": [(child["field"], child["operator"], child["value"]) for child in group["children"]],
    }


def routing_rule_fixed(payload: Payload) -> dict[str, object]:
    conditions = payload.get("conditions") or []
    if not conditions:  # no conditions: the integration always matches
        return {"integration": payload["identifier"], "match": "always", "negate": False, "rules": []}
    group = conditions[0]
    return {
        "integration": payload["identifier"],
        "match": group["value"].lower(),
        "negate": group["isNegated"],
        "rules": [(child["field"], child["operator"], child["value"]) for child in group["children"]],
    }


# --------------------------------------------------------------------------------------------------
# 16. Secrets inventory: fingerprint each integration's key to find reuse across systems.

_SECRET_KEYS = ("apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey")


def secrets_inventory_buggy(payload: Payload) -> dict[str, object]:
    api_key: str = _credentials(payload)["apiKey"]
    return {
        "integration": payload["identifier"],
        "provider": payload["providerId"],
        "fingerprints": {"apiKey": hashlib.sha256(_utf8(api_key)).hexdigest()[:16]},
    }


def secrets_inventory_fixed(payload: Payload) -> dict[str, object]:
    credentials = _credentials(payload)
    fingerprints = {
        key: hashlib.sha256(_utf8(credentials[key])).hexdigest()[:16]
        for key in _SECRET_KEYS
        if isinstance(credentials.get(key), str)
    }
    return {
        "integration": payload["identifier"],
        "provider": payload["providerId"],
        "fingerprints": fingerprints,
    }


# --------------------------------------------------------------------------------------------------

MIGRATION_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="warehouse_deleted_at",
        bug="assumes deletedAt is an ISO-8601 timestamp, but the contract types it as a plain string",
        buggy=warehouse_deleted_at_buggy,
        fixed=warehouse_deleted_at_fixed,
        raises=(ValueError, OverflowError),
        example=_example(
            {
                "deleted": True,
                "deletedAt": "Tue May 07 2025 10:15:00 GMT+0000 (Coordinated Universal Time)",
            }
        ),
    ),
    ConsumerCase(
        name="audit_trail_deleted_by",
        bug="assumes a deleted integration always carries deletedBy; it is optional and often absent",
        buggy=audit_trail_buggy,
        fixed=audit_trail_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-07T10:15:00.000Z"}),
    ),
    ConsumerCase(
        name="sql_upsert_missing_id",
        bug="binds the wire dict as SQL named parameters, assuming the optional _id is always present",
        buggy=sql_upsert_buggy,
        fixed=sql_upsert_fixed,
        raises=(sqlite3.ProgrammingError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="senders_csv_unquoted",
        bug="writes CSV with QUOTE_NONE, assuming sender names never contain a comma or newline",
        buggy=senders_csv_buggy,
        fixed=senders_csv_fixed,
        raises=(csv.Error,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "billing@example.com",
                    "senderName": "Acme, Inc.",
                }
            }
        ),
    ),
    ConsumerCase(
        name="terraform_identifier_split",
        bug="unpacks identifier.rsplit('-', 1), assuming every identifier is '<slug>-<shortid>'",
        buggy=terraform_buggy,
        fixed=terraform_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "transactional_email"}),
    ),
    ConsumerCase(
        name="env_file_boolean_credential",
        bug="shell-quotes every credential value, assuming all are strings (secure is a boolean)",
        buggy=env_file_buggy,
        fixed=env_file_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Qm3xP0a",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "user": "mailer",
                    "password": "fake-password",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_port_int",
        bug="calls int() on credentials.port, assuming a numeric string; the contract allows any string",
        buggy=smtp_settings_buggy,
        fixed=smtp_settings_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-7hYt2LkQ",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "",
                    "user": "mailer",
                    "password": "fake-password",
                    "from": "no-reply@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="record_import_extra_keys",
        bug="splats every wire key into a dataclass, assuming no unknown extra keys (createdAt, __v, ...)",
        buggy=record_import_buggy,
        fixed=record_import_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "createdAt": "2025-04-10T08:00:00.000Z",
                "updatedAt": "2025-05-01T12:30:00.000Z",
                "priority": 1,
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="rule_engine_operator_map",
        bug="maps only the comparison operators, assuming LIKE/BETWEEN/ANY_IN/... never appear",
        buggy=rule_engine_buggy,
        fixed=rule_engine_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "email",
                                "value": "%@example.com",
                                "operator": "LIKE",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="vendor_enum_provider_id",
        bug="converts providerId into a closed vendor enum, assuming only the vendors the team uses",
        buggy=vendor_import_buggy,
        fixed=vendor_import_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Novu Email",
                "identifier": "novu-email-Yq1vB8sZ",
                "providerId": "novu-email",
                "credentials": {},
            }
        ),
    ),
    ConsumerCase(
        name="ini_export_percent_secret",
        bug="writes secrets through ConfigParser's default interpolation, assuming no '%' in values",
        buggy=ini_export_buggy,
        fixed=ini_export_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Mailgun",
                "identifier": "mailgun-Jk2LmN4p",
                "providerId": "mailgun",
                "credentials": {
                    "apiKey": "key-7f3a%2B9c1e",
                    "domain": "mg.example.com",
                    "from": "no-reply@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="env_sync_unknown_environment",
        bug="looks up _environmentId in the configured environments; the list spans the whole organization",
        buggy=env_sync_plan_buggy,
        fixed=env_sync_plan_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "6615a3c2f1e2d3c4b5a697ff"}),
    ),
    ConsumerCase(
        name="dimension_primary_requires_active",
        bug="a CHECK constraint encodes 'primary implies active'; the contract ties no fields together",
        buggy=dimension_load_buggy,
        fixed=dimension_load_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="publish_message_size",
        bug="publishes the whole record to a 256 KiB queue, assuming records are small",
        buggy=publish_change_buggy,
        fixed=publish_change_fixed,
        raises=(MessageTooLargeError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "LIST",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriberId",
                                "value": ",".join(f"{n:024x}" for n in range(12_000)),
                                "operator": "IN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="routing_rule_first_group",
        bug="takes conditions[0], assuming a present conditions list is non-empty (the default is [])",
        buggy=routing_rule_buggy,
        fixed=routing_rule_fixed,
        raises=(IndexError,),
        example=_example({"conditions": []}),
    ),
    ConsumerCase(
        name="secrets_inventory_api_key",
        bug="fingerprints credentials['apiKey'], assuming every provider has one (twilio uses token)",
        buggy=secrets_inventory_buggy,
        fixed=secrets_inventory_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-c4Rr9Wd1",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000000",
                    "token": "fake-token-0001",
                    "from": "+15555550100",
                },
            }
        ),
    ),
]
