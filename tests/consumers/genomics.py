"""Held-out consumer bugs from a genomics lab's services that read ``GET /v1/integrations`` items.

This suite was written from the contract documents alone (CONTRACT.md, the IntegrationResponseDto
seed, SERVER-SEMANTICS.md and providers.json), without looking at any payload generator, benchmark,
fixture or other consumer suite of the project: each case is a consumer that a sequencing lab's
platform team could plausibly write (result-ready notifiers, LIMS exports, retention jobs, cohort
filters, metrics, config loaders), with one wrong assumption about a value the contract allows, a
``fixed`` control that tolerates every contract-valid payload, and a minimal contract-valid
``example`` (a deep copy of ``HAPPY_PATH`` with small changes) on which the buggy version crashes.
"""

from __future__ import annotations

import calendar
import configparser
import copy
import hashlib
import http.client
import io
import json
import math
import re
import struct
import zlib
from datetime import MAXYEAR, UTC, datetime
from email.utils import formataddr, getaddresses
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["GENOMICS_BUGS"]


def _ex(
    changes: dict[str, Any] | None = None,
    *,
    credentials: dict[str, Any] | None = None,
    replace_credentials: bool = False,
) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level ``changes`` and credential changes applied."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes or {}))
    if credentials is not None:
        if replace_credentials:
            payload["credentials"] = copy.deepcopy(credentials)
        else:
            payload["credentials"].update(copy.deepcopy(credentials))
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    creds = payload.get("credentials")
    return creds if isinstance(creds, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    return conditions if isinstance(conditions, list) else []


def _parse_ts(value: object) -> datetime | None:
    """An ISO-8601 timestamp as an aware datetime (naive ones taken as UTC), or None if unparsable."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (ValueError, TypeError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# 1. Twilio sender as an MSISDN for the SMS billing ledger --------------------------------------


def sms_ledger_sender_buggy(payload: Payload) -> tuple[str, object] | None:
    """The sender of sample-ready SMS for the billing ledger: a numeric MSISDN or an alphanumeric id."""
    if payload["providerId"] != "twilio":
        return None
    sender = _creds(payload).get("from", "")
    digits = sender.replace(" ", "").removeprefix("+")
    if digits.isdigit():
        return ("msisdn", int(digits))
    return ("alphanumeric", sender)


def sms_ledger_sender_fixed(payload: Payload) -> tuple[str, object] | None:
    if payload["providerId"] != "twilio":
        return None
    sender = _creds(payload).get("from", "")
    digits = sender.replace(" ", "").removeprefix("+")
    if digits and digits.isdecimal() and len(digits) <= 15:  # E.164: at most 15 decimal digits
        return ("msisdn", int(digits))
    return ("alphanumeric", sender)


# 2. SES region -> AWS partition and endpoint for QC-report emails ------------------------------

_SES_REGION = re.compile(r"([a-z]{2})-([a-z]+)-(\d+)")


def ses_endpoint_buggy(payload: Payload) -> dict[str, str] | None:
    """Where the QC-report mailer sends: the SES endpoint and AWS partition of the integration."""
    if payload["providerId"] != "ses":
        return None
    region = _creds(payload).get("region") or "us-east-1"
    geo, _area, _number = _SES_REGION.fullmatch(region).groups()  # type: ignore[union-attr]
    partition = "aws-cn" if geo == "cn" else "aws"
    suffix = ".cn" if partition == "aws-cn" else ""
    return {"partition": partition, "endpoint": f"https://email.{region}.amazonaws.com{suffix}"}


def ses_endpoint_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] != "ses":
        return None
    region = _creds(payload).get("region") or "us-east-1"
    if region.startswith("cn-"):
        partition = "aws-cn"
    elif region.startswith("us-gov-"):
        partition = "aws-us-gov"
    elif region.startswith("us-iso"):
        partition = "aws-iso"
    else:
        partition = "aws"
    suffix = ".cn" if partition == "aws-cn" else ""
    return {"partition": partition, "endpoint": f"https://email.{region}.amazonaws.com{suffix}"}


# 3. Binary cache key from the environment and organization ids ---------------------------------


def integration_cache_key_buggy(payload: Payload) -> str:
    """A compact Redis key for the per-environment integration cache of the sample tracker."""
    packed = struct.pack(
        ">12s12s", bytes.fromhex(payload["_organizationId"]), bytes.fromhex(payload["_environmentId"])
    )
    return f"intg:{packed.hex()}:{payload['channel']}"


def _id_bytes(value: str) -> bytes:
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        raw = b""
    if len(raw) == 12:
        return raw
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).digest()[:12]


def integration_cache_key_fixed(payload: Payload) -> str:
    packed = struct.pack(
        ">12s12s", _id_bytes(payload["_organizationId"]), _id_bytes(payload["_environmentId"])
    )
    return f"intg:{packed.hex()}:{payload['channel']}"


# 4. Edit delay from the server's extra createdAt/updatedAt keys --------------------------------


def config_drift_record_buggy(payload: Payload) -> bytes | None:
    """A binary drift record for the config-sync job: seconds between creation and last update."""
    created = _parse_ts(payload.get("createdAt"))
    updated = _parse_ts(payload.get("updatedAt"))
    if created is None or updated is None:
        return None
    return struct.pack(">I", int((updated - created).total_seconds()))


def config_drift_record_fixed(payload: Payload) -> bytes | None:
    created = _parse_ts(payload.get("createdAt"))
    updated = _parse_ts(payload.get("updatedAt"))
    if created is None or updated is None:
        return None
    seconds = int((updated - created).total_seconds())
    return struct.pack(">I", min(max(seconds, 0), 0xFFFFFFFF))


# 5. Seven-year retention deadline of a deleted integration -------------------------------------

_RETENTION_YEARS = 7


def retention_deadline_buggy(payload: Payload) -> str | None:
    """When the lab's records-retention job may purge a deleted integration's delivery logs."""
    deleted_at = _parse_ts(payload.get("deletedAt"))
    if deleted_at is None:
        return None
    return deleted_at.replace(year=deleted_at.year + _RETENTION_YEARS).isoformat()


def retention_deadline_fixed(payload: Payload) -> str | None:
    deleted_at = _parse_ts(payload.get("deletedAt"))
    if deleted_at is None:
        return None
    year = deleted_at.year + _RETENTION_YEARS
    if year > MAXYEAR:
        return None
    day = deleted_at.day
    if deleted_at.month == 2 and day == 29 and not calendar.isleap(year):
        day = 28
    return deleted_at.replace(year=year, day=day).isoformat()


# 6. Audit status from the soft-delete fields ---------------------------------------------------

_AUDIT_STATUS_BUGGY = {
    (False, False): "live",
    (True, False): "deleted (by system)",
    (True, True): "deleted (by user)",
}
_AUDIT_STATUS_FIXED = {**_AUDIT_STATUS_BUGGY, (False, True): "live (restored)"}


def audit_status_buggy(payload: Payload) -> str:
    """The status column of the compliance audit export of notification integrations."""
    return _AUDIT_STATUS_BUGGY[(payload["deleted"], "deletedBy" in payload)]


def audit_status_fixed(payload: Payload) -> str:
    return _AUDIT_STATUS_FIXED[(bool(payload["deleted"]), "deletedBy" in payload)]


# 7. Integration conditions compiled to a cohort SQL filter -------------------------------------

_SQL_OPS_BUGGY = {
    "EQUAL": "{col} = ?",
    "NOT_EQUAL": "{col} <> ?",
    "LARGER": "{col} > ?",
    "SMALLER": "{col} < ?",
    "LARGER_EQUAL": "{col} >= ?",
    "SMALLER_EQUAL": "{col} <= ?",
    "IN": "{col} IN (SELECT value FROM json_each(?))",
    "NOT_IN": "{col} NOT IN (SELECT value FROM json_each(?))",
    "LIKE": "{col} LIKE ?",
    "NOT_LIKE": "{col} NOT LIKE ?",
    "BETWEEN": "{col} BETWEEN ? AND ?",
}
_SQL_OPS_FIXED = {
    **_SQL_OPS_BUGGY,
    "NOT_BETWEEN": "{col} NOT BETWEEN ? AND ?",
    "ANY_IN": "EXISTS (SELECT 1 FROM json_each({col}) WHERE value IN (SELECT value FROM json_each(?)))",
    "ALL_IN": (
        "NOT EXISTS (SELECT 1 FROM json_each(?) WHERE value NOT IN (SELECT value FROM json_each({col})))"
    ),
}


def _compile_conditions(payload: Payload, ops: dict[str, str], fallback: str | None) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    for condition in _conditions(payload):
        parts: list[str] = []
        for child in condition["children"]:
            col = '"' + child["field"].replace('"', '""') + '"'
            template = ops[child["operator"]] if fallback is None else ops.get(child["operator"], fallback)
            parts.append(template.format(col=col))
            if "BETWEEN" in child["operator"]:
                low, _, high = child["value"].partition(",")
                params += [low, high]
            elif "?" in template:
                params.append(child["value"])
        joined = f" {condition['value']} ".join(parts) or "TRUE"
        clauses.append(f"NOT ({joined})" if condition["isNegated"] else f"({joined})")
    return " AND ".join(clauses) or "TRUE", params


def cohort_filter_buggy(payload: Payload) -> tuple[str, list[str]]:
    """The WHERE clause the LIMS uses to pick which patients an integration may notify."""
    return _compile_conditions(payload, _SQL_OPS_BUGGY, None)


def cohort_filter_fixed(payload: Payload) -> tuple[str, list[str]]:
    return _compile_conditions(payload, _SQL_OPS_FIXED, "FALSE")


# 8. Read-depth thresholds from NUMBER conditions ------------------------------------------------

_COMPARISONS = ("LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL")


def depth_thresholds_buggy(payload: Payload) -> list[int]:
    """Integer read-depth thresholds that gate coverage-alert notifications."""
    thresholds: list[int] = []
    for condition in _conditions(payload):
        if condition["type"] != "NUMBER":
            continue
        for child in condition["children"]:
            if child["operator"] not in _COMPARISONS:
                continue
            try:
                value = float(child["value"])
            except ValueError:
                continue
            thresholds.append(int(value))
    return thresholds


def depth_thresholds_fixed(payload: Payload) -> list[int]:
    thresholds: list[int] = []
    for condition in _conditions(payload):
        if condition["type"] != "NUMBER":
            continue
        for child in condition["children"]:
            if child["operator"] not in _COMPARISONS:
                continue
            try:
                value = float(child["value"])
            except ValueError:
                continue
            if math.isfinite(value):
                thresholds.append(int(value))
    return thresholds


# 9. Egress allowlist entry for a webhook provider ----------------------------------------------

_WEBHOOK_PROVIDERS = ("push-webhook", "email-webhook")


def webhook_egress_buggy(payload: Payload) -> tuple[str, int] | None:
    """The (host, port) firewall rule the lab needs so results can be pushed to a webhook provider."""
    if payload["providerId"] not in _WEBHOOK_PROVIDERS:
        return None
    url = _creds(payload).get("webhookUrl")
    if not url:
        return None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return (parts.hostname or "", port)


def webhook_egress_fixed(payload: Payload) -> tuple[str, int] | None:
    if payload["providerId"] not in _WEBHOOK_PROVIDERS:
        return None
    url = _creds(payload).get("webhookUrl")
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = parts.hostname or ""
    except ValueError:
        return None
    return (host, port)


# 10. Display name of the lab's verified sender for sequencing-report emails ---------------------

_REPORT_ADDRESS = "reports@genolab.example"
"""Reports always go out from the lab's verified address; the integration only supplies the name."""


def report_sender_buggy(payload: Payload) -> str | None:
    """The display name the report mailer shows in the From header of sequencing reports."""
    if payload["channel"] != "email":
        return None
    sender_name = _creds(payload).get("senderName", "")
    ((display, _address),) = getaddresses([f"{sender_name} <{_REPORT_ADDRESS}>"])
    return display


def report_sender_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    sender_name: str = _creds(payload).get("senderName", "")
    try:
        formataddr((sender_name, _REPORT_ADDRESS))  # quotes commas, brackets and quotes as needed
    except (UnicodeError, ValueError):
        return ""
    return sender_name


# 11. Delivery adapter for the result-ready router ----------------------------------------------

_ADAPTERS: dict[str, dict[str, str]] = {
    "email": {
        "sendgrid": "SendgridMailer",
        "ses": "SesMailer",
        "mailgun": "MailgunMailer",
        "nodemailer": "SmtpMailer",
    },
    "sms": {"twilio": "TwilioSms", "telnyx": "TelnyxSms", "clickatell": "ClickatellSms", "sns": "SnsSms"},
    "chat": {"slack": "SlackPoster", "msteams": "TeamsPoster"},
    "push": {"fcm": "FcmPusher", "expo": "ExpoPusher", "push-webhook": "WebhookPusher"},
    "in_app": {"novu": "InboxNotifier"},
}
_KNOWN_PROVIDERS = {provider for adapters in _ADAPTERS.values() for provider in adapters}


def delivery_adapter_buggy(payload: Payload) -> str | None:
    """The adapter class the result-ready router instantiates for an active integration."""
    if not payload["active"]:
        return None
    adapters = _ADAPTERS[payload["channel"]]
    if payload["providerId"] in _KNOWN_PROVIDERS:
        return adapters[payload["providerId"]]
    return f"Generic{payload['channel'].title().replace('_', '')}"


def delivery_adapter_fixed(payload: Payload) -> str | None:
    if not payload["active"]:
        return None
    adapters = _ADAPTERS.get(payload["channel"], {})
    generic = f"Generic{str(payload['channel']).title().replace('_', '')}"
    return adapters.get(payload["providerId"], generic)


# 12. Prometheus metric per integration ---------------------------------------------------------

_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")


def delivery_metric_buggy(payload: Payload) -> str:
    """The Prometheus counter the notification gateway increments per integration."""
    metric = "genolab_notify_" + re.sub(r"\s+", "_", payload["name"].strip().lower()) + "_total"
    if not _METRIC_NAME.fullmatch(metric):
        raise ValueError(f"Invalid metric name: {metric!r}")  # as prometheus_client does
    return metric


def delivery_metric_fixed(payload: Payload) -> str:
    slug = re.sub(r"[^a-z0-9_]+", "_", payload["name"].strip().lower(), flags=re.ASCII).strip("_")
    if not slug:
        slug = "i" + format(zlib.crc32(payload["name"].encode("utf-8", "surrogatepass")), "08x")
    return f"genolab_notify_{slug}_total"


# 13. Fixed-width record for the legacy LIMS import ---------------------------------------------

_RECORD_WIDTH = 2 + 6 + 32 + 1 + 1


def lims_record_buggy(payload: Payload) -> str:
    """One line of the fixed-width integration file the legacy LIMS imports every night."""
    line = (
        f"NV{payload['channel']:<6}{payload['identifier']:<32}"
        f"{'Y' if payload['active'] else 'N'}{'Y' if payload['primary'] else 'N'}"
    )
    assert len(line) == _RECORD_WIDTH, f"record is {len(line)} columns, expected {_RECORD_WIDTH}"
    return line


def lims_record_fixed(payload: Payload) -> str:
    identifier = payload["identifier"]
    if len(identifier) > 32:
        digest = format(zlib.crc32(identifier.encode("utf-8", "surrogatepass")), "08x")
        identifier = identifier[:23] + "~" + digest
    channel = str(payload["channel"])[:6]
    line = (
        f"NV{channel:<6}{identifier:<32}"
        f"{'Y' if payload['active'] else 'N'}{'Y' if payload['primary'] else 'N'}"
    )
    assert len(line) == _RECORD_WIDTH
    return line


# 14. Expo push request headers for the lab-tech mobile app -------------------------------------


def _expo_request(token: str | None) -> dict[str, str]:
    conn = http.client.HTTPSConnection("exp.host", timeout=5)
    try:
        conn.putrequest("POST", "/--/api/v2/push/send", skip_accept_encoding=True)
        headers = {"Content-Type": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        for key, value in headers.items():
            conn.putheader(key, value)
        return headers
    finally:
        conn.close()


def expo_push_headers_buggy(payload: Payload) -> dict[str, str] | None:
    """The headers of the Expo push request announcing a finished sequencing run."""
    if payload["providerId"] != "expo":
        return None
    return _expo_request(_creds(payload).get("apiKey"))


def expo_push_headers_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] != "expo":
        return None
    token = _creds(payload).get("apiKey")
    if token is not None:
        token = token.strip()
        try:
            token.encode("latin-1")
        except UnicodeEncodeError:
            token = None
        else:
            if not token or "\r" in token or "\n" in token:
                token = None
    return _expo_request(token)


# 15. Firebase project of the FCM integration ---------------------------------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project id the push relay authenticates against."""
    if payload["providerId"] != "fcm":
        return None
    raw = _creds(payload).get("serviceAccount")
    if raw is None:
        return None
    return str(json.loads(raw)["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    raw = _creds(payload).get("serviceAccount")
    if raw is None:
        return None
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    project = document.get("project_id") if isinstance(document, dict) else None
    return project if isinstance(project, str) else None


# 16. SMTP relay config file for the custom-SMTP integration ------------------------------------


def _smtp_ini(payload: Payload, tls_value: Any) -> str | None:
    if payload["providerId"] != "nodemailer":
        return None
    creds = _creds(payload)
    parser = configparser.ConfigParser(interpolation=None)
    parser["smtp"] = {"host": creds.get("host", ""), "port": creds.get("port", "25")}
    parser.add_section("tls")
    tls_options = creds.get("tlsOptions")
    for key, value in (tls_options if isinstance(tls_options, dict) else {}).items():
        parser.set("tls", key, tls_value(value))
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def smtp_relay_ini_buggy(payload: Payload) -> str | None:
    """The INI file the lab's Postfix relay sidecar reads for the custom-SMTP integration."""
    return _smtp_ini(payload, lambda value: value)


def _ini_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value)
    except (RecursionError, ValueError, TypeError):
        return "null"


def smtp_relay_ini_fixed(payload: Payload) -> str | None:
    return _smtp_ini(payload, _ini_value)


# The suite -------------------------------------------------------------------------------------

GENOMICS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="genomics_sms_ledger_sender",
        bug=(
            "assumes a Twilio sender that passes str.isdigit() "
            "converts with int() (superscript digits, >4300 digits)"
        ),
        buggy=sms_ledger_sender_buggy,
        fixed=sms_ledger_sender_fixed,
        raises=(ValueError,),
        example=_ex(
            {"name": "Twilio", "identifier": "twilio-Q7b1xZ", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0001", "token": "fake-token-0001", "from": "+1555010023²"},
            replace_credentials=True,
        ),
    ),
    ConsumerCase(
        name="genomics_ses_endpoint",
        bug="assumes every SES region looks like <geo>-<area>-<n> (us-gov-west-1 does not)",
        buggy=ses_endpoint_buggy,
        fixed=ses_endpoint_fixed,
        raises=(AttributeError,),
        example=_ex(
            {"name": "SES", "identifier": "ses-Jm2k9Q", "providerId": "ses"},
            credentials={"secretKey": "fake-secret-0001", "region": "us-gov-west-1"},
        ),
    ),
    ConsumerCase(
        name="genomics_integration_cache_key",
        bug="assumes _environmentId and _organizationId are 24-hex MongoDB ObjectIds",
        buggy=integration_cache_key_buggy,
        fixed=integration_cache_key_fixed,
        raises=(ValueError,),
        example=_ex({"_environmentId": "b3f1c2d4-5e6f-4a1b-9c2d-3e4f5a6b7c8d"}),
    ),
    ConsumerCase(
        name="genomics_config_drift_record",
        bug="assumes the extra key updatedAt is never earlier than createdAt (packs the delay as unsigned)",
        buggy=config_drift_record_buggy,
        fixed=config_drift_record_fixed,
        raises=(struct.error,),
        example=_ex({"createdAt": "2024-04-10T09:00:00.000Z", "updatedAt": "2024-04-09T17:30:00.000Z"}),
    ),
    ConsumerCase(
        name="genomics_retention_deadline",
        bug="assumes deletedAt plus seven years is always a valid date (29 February)",
        buggy=retention_deadline_buggy,
        fixed=retention_deadline_fixed,
        raises=(ValueError,),
        example=_ex({"deleted": True, "deletedAt": "2024-02-29T16:45:00.000Z"}),
    ),
    ConsumerCase(
        name="genomics_audit_status",
        bug="assumes deletedBy only appears on records with deleted true",
        buggy=audit_status_buggy,
        fixed=audit_status_fixed,
        raises=(KeyError,),
        example=_ex({"deletedBy": "6615a3c2f1e2d3c4b5a69799"}),
    ),
    ConsumerCase(
        name="genomics_cohort_filter",
        bug=(
            "assumes condition operators are limited to the ones "
            "the SQL map covers (no ANY_IN/ALL_IN/NOT_BETWEEN)"
        ),
        buggy=cohort_filter_buggy,
        fixed=cohort_filter_fixed,
        raises=(KeyError,),
        example=_ex(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.plan",
                                "value": "pro",
                                "operator": "ANY_IN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="genomics_depth_thresholds",
        bug="assumes a float()-parsable value of a NUMBER comparison condition is finite",
        buggy=depth_thresholds_buggy,
        fixed=depth_thresholds_fixed,
        raises=(OverflowError, ValueError),
        example=_ex(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.readDepth",
                                "value": "Infinity",
                                "operator": "LARGER",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="genomics_webhook_egress",
        bug="assumes the push-webhook webhookUrl has a valid port (urlsplit().port raises when out of range)",
        buggy=webhook_egress_buggy,
        fixed=webhook_egress_fixed,
        raises=(ValueError,),
        example=_ex(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Lk3v8R",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "webhookUrl": "https://lims.genolab.example:70000/novu/push",
                "secretKey": "whsec-0001",
            },
            replace_credentials=True,
        ),
    ),
    ConsumerCase(
        name="genomics_report_sender",
        bug=(
            "assumes senderName can go unquoted into a From "
            "header (a comma or bracket splits the address list)"
        ),
        buggy=report_sender_buggy,
        fixed=report_sender_fixed,
        raises=(ValueError,),
        example=_ex(credentials={"senderName": "Sequencing Core, GenoLab"}),
    ),
    ConsumerCase(
        name="genomics_delivery_adapter",
        bug="assumes a known providerId always comes with that provider's own channel (clickatell on email)",
        buggy=delivery_adapter_buggy,
        fixed=delivery_adapter_fixed,
        raises=(KeyError,),
        example=_ex({"providerId": "clickatell"}),
    ),
    ConsumerCase(
        name="genomics_delivery_metric",
        bug=(
            "assumes an integration name holds only letters, digits "
            "and spaces (default 'Brevo (formerly Sendinblue)')"
        ),
        buggy=delivery_metric_buggy,
        fixed=delivery_metric_fixed,
        raises=(ValueError,),
        example=_ex({"name": "Brevo (formerly Sendinblue)", "providerId": "sendinblue"}),
    ),
    ConsumerCase(
        name="genomics_lims_record",
        bug="assumes identifier fits a 32-column field (slug of a long name plus short id does not)",
        buggy=lims_record_buggy,
        fixed=lims_record_fixed,
        raises=(AssertionError,),
        example=_ex(
            {
                "name": "Whole Genome Sequencing Results Email",
                "identifier": "whole-genome-sequencing-results-email-x8Kd2bQ1",
            }
        ),
    ),
    ConsumerCase(
        name="genomics_expo_push_headers",
        bug="assumes the pasted Expo apiKey is header-safe (no trailing newline, latin-1 only)",
        buggy=expo_push_headers_buggy,
        fixed=expo_push_headers_fixed,
        raises=(ValueError,),
        example=_ex(
            {
                "name": "Expo Push",
                "identifier": "expo-push-Zt5n1W",
                "providerId": "expo",
                "channel": "push",
                "primary": False,
            },
            credentials={"apiKey": "expo-access-token-0001\n"},
            replace_credentials=True,
        ),
    ),
    ConsumerCase(
        name="genomics_fcm_project",
        bug="assumes FCM serviceAccount is always a decrypted service-account JSON with project_id",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError, RecursionError),
        example=_ex(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Pq4w7E",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.9f86d081884c7d65:2c26b46b68ffc68f"},
            replace_credentials=True,
        ),
    ),
    ConsumerCase(
        name="genomics_smtp_relay_ini",
        bug="assumes tlsOptions values are strings (nodemailer's rejectUnauthorized is a boolean)",
        buggy=smtp_relay_ini_buggy,
        fixed=smtp_relay_ini_fixed,
        raises=(TypeError,),
        example=_ex(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Hn6c2Y", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.genolab.example",
                "port": "465",
                "secure": True,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "no-reply@example.com",
                "senderName": "GenoLab",
            },
            replace_credentials=True,
        ),
    ),
]
