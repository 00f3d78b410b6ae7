"""Sixteen analytics consumers of ``GET /v1/integrations`` items, each with one contract bug.

The consumers turn integrations into events, rows, documents and metrics for data tooling: Kafka and
Kinesis producers, Avro- and Protobuf-like record builders, warehouse loaders, CSV and NDJSON writers,
Prometheus and StatsD exporters, dashboards, change-data-capture, deduplication, sampling and search
indexing. Each ``ConsumerCase`` pairs a *buggy* version, which works on ``HAPPY_PATH``, with a *fixed*
control that honours the contract, and an ``example`` payload the contract allows that makes the buggy
version raise.

These cases were written from the contract documentation alone (the seed document, ``CONTRACT.md``,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at the data generator, its strategies
or the other consumer suites, so that they measure bug finding on bugs the generator was never tuned for.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

_SECRET_KEYS = frozenset(
    {"apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey"}
)


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any string, lone surrogates included (JSON ``\\ud800`` escapes decode to them)."""
    return text.encode("utf-8", "surrogatepass")


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _conditions(payload: Payload) -> list[Any]:
    conditions = payload.get("conditions", [])
    return conditions if isinstance(conditions, list) else []


def _children(group: object) -> list[Any]:
    if not isinstance(group, dict):
        return []
    children = group.get("children", [])
    return children if isinstance(children, list) else []


def _public_credentials(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials", {})
    if not isinstance(credentials, dict):
        return {}
    return {key: value for key, value in credentials.items() if key not in _SECRET_KEYS}


# --- 1. Kafka producer: message key ----------------------------------------------------------------------


def _kafka_value(payload: Payload) -> bytes:
    event = {"type": "integration.snapshot", "integration": {**payload, "credentials": None}}
    return _utf8(json.dumps(event, sort_keys=True))


def kafka_message_key_buggy(payload: Payload) -> tuple[bytes, bytes]:
    """Key each snapshot event by the Mongo id so compaction keeps the latest state per integration."""
    key = _utf8(payload["_id"])
    return key, _kafka_value(payload)


def kafka_message_key_fixed(payload: Payload) -> tuple[bytes, bytes]:
    record_id = payload.get("_id")
    if isinstance(record_id, str) and record_id:
        key = _utf8("id:" + record_id)
    else:
        natural = json.dumps([payload["_organizationId"], payload["_environmentId"], payload["identifier"]])
        key = _utf8("nat:" + natural)
    return key, _kafka_value(payload)


# --- 2. Kinesis producer: partition key ------------------------------------------------------------------


def kinesis_put_record_buggy(payload: Payload) -> dict[str, object]:
    """Partition by identifier; Kinesis wants a partition key of 1 to 256 Unicode characters."""
    partition_key = payload["identifier"]
    if not 1 <= len(partition_key) <= 256:
        raise ValueError(f"PartitionKey length {len(partition_key)} outside 1..256")
    return {"StreamName": "integrations", "PartitionKey": partition_key, "Data": _kafka_value(payload)}


def kinesis_put_record_fixed(payload: Payload) -> dict[str, object]:
    partition_key = hashlib.sha256(_utf8(_text(payload.get("identifier")))).hexdigest()
    if not 1 <= len(partition_key) <= 256:
        raise ValueError(f"PartitionKey length {len(partition_key)} outside 1..256")
    return {"StreamName": "integrations", "PartitionKey": partition_key, "Data": _kafka_value(payload)}


# --- 3. Kafka producer: headers forwarded to an HTTP sink connector ---------------------------------------


def kafka_headers_buggy(payload: Payload) -> list[tuple[str, bytes]]:
    """Headers are copied verbatim into HTTP request headers by the sink, so they are encoded as Latin-1."""
    return [
        ("x-integration-provider", payload["providerId"].encode("latin-1")),
        ("x-integration-channel", payload["channel"].encode("latin-1")),
        ("x-integration-name", payload["name"].encode("latin-1")),
    ]


def _header_value(text: str) -> bytes:
    return quote(text, safe=" -_.~()", errors="surrogatepass").encode("ascii")


def kafka_headers_fixed(payload: Payload) -> list[tuple[str, bytes]]:
    return [
        ("x-integration-provider", _header_value(_text(payload.get("providerId")))),
        ("x-integration-channel", _header_value(_text(payload.get("channel")))),
        ("x-integration-name", _header_value(_text(payload.get("name")))),
    ]


# --- 4. Avro record: deletedAt as timestamp-millis --------------------------------------------------------

_AVRO_SCHEMA: dict[str, str] = {
    "id": "string",
    "provider_id": "string",
    "deleted": "boolean",
    "deleted_at": "long?",
    "deleted_at_raw": "string?",
}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _avro_check(record: dict[str, object]) -> dict[str, object]:
    kinds: dict[str, type] = {"string": str, "boolean": bool, "long": int}
    for field, declared in _AVRO_SCHEMA.items():
        value = record[field]
        if declared.endswith("?") and value is None:
            continue
        if not isinstance(value, kinds[declared.rstrip("?")]):
            raise TypeError(f"field {field} is not a {declared}")
    return record


def avro_deletion_record_buggy(payload: Payload) -> dict[str, object]:
    """``deletedAt`` goes into a ``timestamp-millis`` logical type, parsed as ISO-8601."""
    deleted_at: int | None = None
    if "deletedAt" in payload:
        parsed = datetime.fromisoformat(payload["deletedAt"])
        deleted_at = int(parsed.timestamp() * 1000)
    record: dict[str, object] = {
        "id": payload.get("_id", ""),
        "provider_id": payload["providerId"],
        "deleted": payload["deleted"],
        "deleted_at": deleted_at,
        "deleted_at_raw": None,
    }
    return _avro_check(record)


def _millis(text: str) -> int | None:
    try:
        parsed = datetime.fromisoformat(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return (parsed - _EPOCH) // timedelta(milliseconds=1)
    except (ValueError, OverflowError):
        return None


def avro_deletion_record_fixed(payload: Payload) -> dict[str, object]:
    raw = payload.get("deletedAt")
    deleted_at = _millis(raw) if isinstance(raw, str) else None
    record: dict[str, object] = {
        "id": _text(payload.get("_id")),
        "provider_id": _text(payload.get("providerId")),
        "deleted": payload.get("deleted") is True,
        "deleted_at": deleted_at,
        "deleted_at_raw": raw if isinstance(raw, str) else None,
    }
    return _avro_check(record)


# --- 5. Protobuf-like event: Channel enum numbers ---------------------------------------------------------

_PROTO_CHANNEL_BUGGY = {"email": 1, "sms": 2, "chat": 3, "push": 4}
_PROTO_CHANNEL_FIXED = {"email": 1, "sms": 2, "chat": 3, "push": 4, "in_app": 5}


def protobuf_channel_enum_buggy(payload: Payload) -> dict[str, object]:
    """``enum Channel`` was copied from the provider SDK's delivery channels, which has no in-app entry."""
    return {
        "integration_id": payload.get("_id", ""),
        "channel": _PROTO_CHANNEL_BUGGY[payload["channel"]],
        "active": payload["active"],
    }


def protobuf_channel_enum_fixed(payload: Payload) -> dict[str, object]:
    return {
        "integration_id": _text(payload.get("_id")),
        "channel": _PROTO_CHANNEL_FIXED.get(_text(payload.get("channel")), 0),  # 0 = CHANNEL_UNSPECIFIED
        "active": payload.get("active") is True,
    }


# --- 6. BigQuery loader: SMTP port as INT64 ---------------------------------------------------------------

_INT64_MAX = 2**63 - 1


def bigquery_smtp_row_buggy(payload: Payload) -> dict[str, object]:
    """The ``smtp_port`` column is ``INT64 NULLABLE``: the port is numeric whenever it is set."""
    credentials = _credentials(payload)
    port = int(credentials["port"]) if "port" in credentials else None
    return {"provider_id": payload["providerId"], "smtp_host": credentials.get("host"), "smtp_port": port}


def bigquery_smtp_row_fixed(payload: Payload) -> dict[str, object]:
    credentials = payload.get("credentials", {})
    credentials = credentials if isinstance(credentials, dict) else {}
    raw = credentials.get("port")
    port: int | None = None
    if isinstance(raw, str) and re.fullmatch(r"[0-9]{1,18}", raw.strip(" \t")):
        port = int(raw.strip(" \t"))
        if port > _INT64_MAX:
            port = None
    host = credentials.get("host")
    return {
        "provider_id": _text(payload.get("providerId")),
        "smtp_host": host if isinstance(host, str) else None,
        "smtp_port": port,
        "smtp_port_raw": raw if isinstance(raw, str) else None,
    }


# --- 7. Redshift loader: VARCHAR(256) ---------------------------------------------------------------------


def _redshift_check(row: dict[str, str]) -> dict[str, str]:
    for column, value in row.items():
        if len(value.encode("utf-8", "replace")) > 256:
            raise ValueError(f"String length exceeds DDL length for column {column} (VARCHAR(256))")
    return row


def redshift_row_buggy(payload: Payload) -> dict[str, str]:
    """Names are cut to the column's 256 before ``COPY``."""
    return _redshift_check({"name": payload["name"][:256], "provider_id": payload["providerId"][:256]})


def _cut_bytes(text: str, limit: int = 256) -> str:
    data = text.encode("utf-8", "replace")[:limit]
    return data.decode("utf-8", "ignore")


def redshift_row_fixed(payload: Payload) -> dict[str, str]:
    return _redshift_check(
        {
            "name": _cut_bytes(_text(payload.get("name"))),
            "provider_id": _cut_bytes(_text(payload.get("providerId"))),
        }
    )


# --- 8. Prometheus exporter: metric name per provider -----------------------------------------------------

_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")


def _prom_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def prometheus_active_gauge_buggy(payload: Payload) -> str:
    """One gauge per provider, ``novu_<providerId>_integration_active``."""
    metric = f"novu_{payload['providerId']}_integration_active"
    if not _METRIC_NAME.fullmatch(metric):
        raise ValueError(f"invalid metric name {metric!r}")
    return f'{metric}{{channel="{_prom_escape(payload["channel"])}"}} {int(payload["active"])}'


def prometheus_active_gauge_fixed(payload: Payload) -> str:
    metric = "novu_integration_active"
    if not _METRIC_NAME.fullmatch(metric):
        raise ValueError(f"invalid metric name {metric!r}")
    labels = ",".join(
        f'{label}="{_prom_escape(_text(payload.get(key)))}"'
        for label, key in (("provider", "providerId"), ("channel", "channel"))
    )
    return f"{metric}{{{labels}}} {1 if payload.get('active') is True else 0}"


# --- 9. CSV export for the BI team ------------------------------------------------------------------------

_CSV_COLUMNS = ("id", "name", "provider_id", "channel", "active")


def _csv_values(payload: Payload) -> list[str]:
    return [
        _text(payload.get("_id")),
        _text(payload.get("name")),
        _text(payload.get("providerId")),
        _text(payload.get("channel")),
        "true" if payload.get("active") is True else "false",
    ]


def csv_export_buggy(payload: Payload) -> str:
    """Rows are joined with commas; the export re-reads each row to check its width."""
    line = ",".join(_csv_values(payload)) + "\r\n"
    rows = list(csv.reader(io.StringIO(line, newline="")))
    if len(rows) != 1 or len(rows[0]) != len(_CSV_COLUMNS):
        raise ValueError(f"CSV row has {[len(row) for row in rows]} columns, expected {len(_CSV_COLUMNS)}")
    return line


def csv_export_fixed(payload: Payload) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerow(_csv_values(payload))
    line = buffer.getvalue()
    # Found by the generator's huge names: csv refuses to read back a field over 131,072 characters.
    default_limit = csv.field_size_limit(max(len(line), csv.field_size_limit()))
    try:
        rows = list(csv.reader(io.StringIO(line, newline="")))
    finally:
        csv.field_size_limit(default_limit)
    if len(rows) != 1 or len(rows[0]) != len(_CSV_COLUMNS):
        raise ValueError(f"CSV row has {[len(row) for row in rows]} columns, expected {len(_CSV_COLUMNS)}")
    return line


# --- 10. Elasticsearch document against a strict mapping --------------------------------------------------

_ES_MAPPING: dict[str, str] = {
    "id": "keyword",
    "environmentId": "keyword",
    "organizationId": "keyword",
    "name": "text",
    "identifier": "keyword",
    "providerId": "keyword",
    "channel": "keyword",
    "active": "boolean",
    "deleted": "boolean",
    "deletedAt": "keyword",
    "deletedBy": "keyword",
    "primary": "boolean",
    "conditions": "flattened",
}
_ES_RENAMES = {"_id": "id", "_environmentId": "environmentId", "_organizationId": "organizationId"}


def _es_index(document: dict[str, object]) -> dict[str, object]:
    for field in document:
        if field not in _ES_MAPPING:
            raise ValueError(
                f"strict_dynamic_mapping_exception: mapping set to strict, [{field}] not allowed"
            )
    return document


def search_document_buggy(payload: Payload) -> dict[str, object]:
    """Every field but the credentials is indexed, into an index with ``"dynamic": "strict"``."""
    document = {_ES_RENAMES.get(key, key): value for key, value in payload.items() if key != "credentials"}
    return _es_index(document)


def search_document_fixed(payload: Payload) -> dict[str, object]:
    document = {_ES_RENAMES.get(key, key): value for key, value in payload.items() if key != "credentials"}
    return _es_index({field: value for field, value in document.items() if field in _ES_MAPPING})


# --- 11. Dashboard: deletions per day ---------------------------------------------------------------------


def deletions_per_day_buggy(payload: Payload) -> tuple[str, int]:
    """Deleted integrations are bucketed by the day of ``deletedAt``."""
    if payload["deleted"]:
        return payload["deletedAt"][:10], 1
    return "live", 0


def deletions_per_day_fixed(payload: Payload) -> tuple[str, int]:
    if payload.get("deleted") is not True:
        return "live", 0
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return "unknown", 1
    try:
        return datetime.fromisoformat(deleted_at).date().isoformat(), 1
    except (ValueError, OverflowError, TypeError):
        return "unknown", 1


# --- 12. Dashboard: share of EQUAL filters per condition group --------------------------------------------


def equality_share_buggy(payload: Payload) -> list[float]:
    """For each condition group, the percentage of its filter parts that use ``EQUAL``."""
    shares: list[float] = []
    for group in payload.get("conditions", []):
        children = group["children"]
        equal = sum(1 for child in children if child["operator"] == "EQUAL")
        shares.append(round(100 * equal / len(children), 1))
    return shares


def equality_share_fixed(payload: Payload) -> list[float]:
    shares: list[float] = []
    for group in _conditions(payload):
        children = _children(group)
        if not children:
            shares.append(0.0)
            continue
        equal = sum(1 for child in children if isinstance(child, dict) and child.get("operator") == "EQUAL")
        shares.append(round(100 * equal / len(children), 1))
    return shares


# --- 13. Change-data-capture: filter-part rows ------------------------------------------------------------


def _upsert(
    table: dict[tuple[str, ...], dict[str, object]], key: tuple[str, ...], row: dict[str, object]
) -> None:
    if key in table:
        raise ValueError(f"duplicate key value violates unique constraint: {key!r}")
    table[key] = row


def cdc_filter_rows_buggy(payload: Payload) -> dict[tuple[str, ...], dict[str, object]]:
    """Diff against an empty snapshot; the sink keys filter parts by (integration, group, field)."""
    table: dict[tuple[str, ...], dict[str, object]] = {}
    integration: str = payload["_id"] if "_id" in payload else payload["identifier"]
    for group_index, group in enumerate(payload.get("conditions", [])):
        for child in group["children"]:
            key = (integration, str(group_index), child["field"])
            _upsert(table, key, {"op": "insert", "operator": child["operator"], "value": child["value"]})
    return table


def cdc_filter_rows_fixed(payload: Payload) -> dict[tuple[str, ...], dict[str, object]]:
    table: dict[tuple[str, ...], dict[str, object]] = {}
    integration = json.dumps([payload.get("_id"), payload.get("_environmentId"), payload.get("identifier")])
    for group_index, group in enumerate(_conditions(payload)):
        for child_index, child in enumerate(_children(group)):
            if not isinstance(child, dict):
                continue
            key = (integration, str(group_index), str(child_index))
            row = {"op": "insert", "field": child.get("field"), "operator": child.get("operator")}
            _upsert(table, key, {**row, "value": child.get("value")})
    return table


# --- 14. Deduplication of shared credentials --------------------------------------------------------------


def credentials_fingerprint_buggy(payload: Payload) -> int:
    """Integrations sharing the same credentials are counted once, via a set of frozen credential items."""
    return hash(frozenset(_credentials(payload).items()))


def credentials_fingerprint_fixed(payload: Payload) -> int:
    canonical = json.dumps(payload.get("credentials", {}), sort_keys=True, ensure_ascii=True)
    return int.from_bytes(hashlib.sha256(canonical.encode("ascii")).digest()[:8], "big")


# --- 15. Sampling by id -----------------------------------------------------------------------------------


def sample_by_id_buggy(payload: Payload, percent: int = 10) -> bool:
    """Keep a stable 10 % sample: the ObjectId, read as a hex number, modulo 100."""
    return int(payload["_id"], 16) % 100 < percent


def sample_by_id_fixed(payload: Payload, percent: int = 10) -> bool:
    record_id = payload.get("_id")
    key = record_id if isinstance(record_id, str) else _text(payload.get("identifier"))
    return zlib.crc32(_utf8(key)) % 100 < percent


# --- 16. NDJSON writer and its read-back check ------------------------------------------------------------


def _ndjson_record(payload: Payload) -> dict[str, object]:
    return {
        "id": payload.get("_id"),
        "provider_id": payload.get("providerId"),
        "credentials": _public_credentials(payload),
    }


def ndjson_export_buggy(payload: Payload) -> str:
    """Two records per integration (snapshot and audit), human-readable UTF-8, re-read line by line."""
    records = [_ndjson_record(payload), {"audit": "exported", "id": payload.get("_id")}]
    text = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    lines = text.splitlines()
    if len(lines) != len(records):
        raise ValueError(f"NDJSON has {len(lines)} lines for {len(records)} records")
    for line in lines:
        json.loads(line)
    return text


def ndjson_export_fixed(payload: Payload) -> str:
    records = [_ndjson_record(payload), {"audit": "exported", "id": payload.get("_id")}]
    text = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    lines = text.split("\n")[:-1]
    if len(lines) != len(records):
        raise ValueError(f"NDJSON has {len(lines)} lines for {len(records)} records")
    for line in lines:
        json.loads(line)
    return text


# --- The cases --------------------------------------------------------------------------------------------

_CONDITION_GROUP: dict[str, Any] = {"isNegated": False, "type": "STATEMENT", "value": "AND"}

ANALYTICS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="kafka_message_key",
        bug="assumes `_id` is always present, to key Kafka messages (it is optional)",
        buggy=kafka_message_key_buggy,
        fixed=kafka_message_key_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="kinesis_partition_key",
        bug="uses `identifier` as Kinesis partition key, which needs 1-256 characters (it may be empty)",
        buggy=kinesis_put_record_buggy,
        fixed=kinesis_put_record_fixed,
        raises=(ValueError,),
        example=_example({"identifier": ""}),
    ),
    ConsumerCase(
        name="kafka_headers_latin1",
        bug="encodes `name` as Latin-1 for a Kafka header (names are any Unicode text)",
        buggy=kafka_headers_buggy,
        fixed=kafka_headers_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "SendGrid 通知 (prod)"}),
    ),
    ConsumerCase(
        name="avro_deleted_at_millis",
        bug="parses `deletedAt` as ISO-8601 for an Avro timestamp-millis (it is a plain string)",
        buggy=avro_deletion_record_buggy,
        fixed=avro_deletion_record_fixed,
        raises=(ValueError,),
        example=_example(
            {"deleted": True, "deletedAt": "Tue May 06 2025 10:00:00 GMT+0000 (Coordinated Universal Time)"}
        ),
    ),
    ConsumerCase(
        name="protobuf_channel_enum",
        bug="maps `channel` to a Protobuf enum without an `in_app` entry",
        buggy=protobuf_channel_enum_buggy,
        fixed=protobuf_channel_enum_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Q3zr7Lp",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="bigquery_port_int64",
        bug="loads `credentials.port` into an INT64 column (it is a free string, not necessarily numeric)",
        buggy=bigquery_smtp_row_buggy,
        fixed=bigquery_smtp_row_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-9dXk2Lq",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "${SMTP_PORT}",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="redshift_varchar_bytes",
        bug="truncates `name` to 256 characters for a Redshift VARCHAR(256), which counts bytes",
        buggy=redshift_row_buggy,
        fixed=redshift_row_fixed,
        raises=(ValueError,),
        example=_example({"name": "Интеграция рассылки " * 15}),
    ),
    ConsumerCase(
        name="prometheus_metric_name",
        bug="builds a Prometheus metric name from `providerId` (provider ids contain dashes)",
        buggy=prometheus_active_gauge_buggy,
        fixed=prometheus_active_gauge_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "46elks",
                "identifier": "46elks-Tz81Ka0",
                "providerId": "forty-six-elks",
                "channel": "sms",
                "credentials": {"user": "u-0001", "password": "fake-password", "from": "+46700000000"},
            }
        ),
    ),
    ConsumerCase(
        name="csv_naive_join",
        bug="joins CSV fields with commas without quoting (`name` may contain a comma)",
        buggy=csv_export_buggy,
        fixed=csv_export_fixed,
        raises=(ValueError,),
        example=_example({"name": "Acme, Inc. transactional mail"}),
    ),
    ConsumerCase(
        name="search_strict_mapping",
        bug="indexes every top-level key into a strict mapping (the API adds extra keys like `createdAt`)",
        buggy=search_document_buggy,
        fixed=search_document_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "priority": 1,
                "createdAt": "2025-05-06T10:00:00.000Z",
                "updatedAt": "2025-05-06T10:00:00.000Z",
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="deletions_per_day",
        bug="assumes `deleted: true` implies `deletedAt` is present",
        buggy=deletions_per_day_buggy,
        fixed=deletions_per_day_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="equality_share_per_group",
        bug="divides by the number of filter parts in a condition group (`children` may be empty)",
        buggy=equality_share_buggy,
        fixed=equality_share_fixed,
        raises=(ZeroDivisionError,),
        example=_example({"conditions": [{**_CONDITION_GROUP, "children": []}]}),
    ),
    ConsumerCase(
        name="cdc_filter_part_key",
        bug="keys CDC rows of filter parts by `field`, assuming one filter part per field in a group",
        buggy=cdc_filter_rows_buggy,
        fixed=cdc_filter_rows_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        **_CONDITION_GROUP,
                        "children": [
                            {"field": "payload.amount", "value": "10", "operator": "LARGER", "on": "payload"},
                            {
                                "field": "payload.amount",
                                "value": "100",
                                "operator": "SMALLER",
                                "on": "payload",
                            },
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="credentials_fingerprint",
        bug="hashes credential values, assuming they are all scalars (`tlsOptions` is an object)",
        buggy=credentials_fingerprint_buggy,
        fixed=credentials_fingerprint_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hq4mW2e",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "tlsOptions": {"rejectUnauthorized": False},
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="sample_by_hex_id",
        bug="reads `_id` as a hexadecimal ObjectId to sample (it is any string)",
        buggy=sample_by_id_buggy,
        fixed=sample_by_id_fixed,
        raises=(ValueError,),
        example=_example({"_id": "9b2f4c1e-7d3a-4b8e-9c2d-1a2b3c4d5e6f"}),
    ),
    ConsumerCase(
        name="ndjson_splitlines",
        bug="re-reads NDJSON with `str.splitlines()`, which also splits on U+2028 left raw in strings",
        buggy=ndjson_export_buggy,
        fixed=ndjson_export_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc\u2028Customer Care",
                }
            }
        ),
    ),
]
