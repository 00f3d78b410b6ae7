"""A second suite of sixteen consumer bugs, written the way the held-out suites are.

Each consumer below was written first as ordinary service code around ``GET /v1/integrations``
items (a webhook URL builder, a retention job, an SMS sender normaliser, a CSV exporter, ...),
working on the happy path, and then given *one* plausible mistake. They were written before
the generator learned about formats, without looking at its tables: they measure how far the
generator's reach goes beyond the cases it was designed around.

Every case pairs the buggy consumer with a fixed control that must never raise on a payload
the contract allows, and a contract-valid ``example`` that triggers the bug. Same protocol as
``tests.consumers.bugs``.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _example

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _credentials(payload: Payload) -> dict[str, Any]:
    credentials: dict[str, Any] = payload.get("credentials") or {}
    return credentials


def _children(payload: Payload) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(condition, child) pairs, in order."""
    return [
        (condition, child) for condition in payload.get("conditions") or [] for child in condition["children"]
    ]


# 1. A webhook allow-list ------------------------------------------------------------------

_ALLOWED_WEBHOOK_SUFFIXES = (".slack.com", ".discord.com", ".office.com", ".example.com")


def webhook_allowed_buggy(payload: Payload) -> bool:
    """Only deliver chat webhooks to hosts we trust (assumes webhookUrl has a scheme)."""
    url = _credentials(payload).get("webhookUrl")
    if url is None:
        return False
    host = urlsplit(url).hostname
    return bool(host.lower().endswith(_ALLOWED_WEBHOOK_SUFFIXES))


def webhook_allowed_fixed(payload: Payload) -> bool:
    url = _credentials(payload).get("webhookUrl")
    if url is None:
        return False
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and host.lower().endswith(_ALLOWED_WEBHOOK_SUFFIXES)


# 2. A retention job with a fixed timestamp format ----------------------------------------

RETENTION = timedelta(days=30)


def purge_due_buggy(payload: Payload) -> bool:
    """Hard-delete integrations soft-deleted more than 30 days ago (parses deletedAt by one format)."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return NOW - deleted_at > RETENTION


def _parse_moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.strip().replace("z", "Z"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def purge_due_fixed(payload: Payload) -> bool:
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    deleted_at = _parse_moment(payload["deletedAt"])
    return deleted_at is not None and NOW - deleted_at > RETENTION


# 3. Recently deleted, compared with an aware "now" ----------------------------------------


def recently_deleted_buggy(payload: Payload) -> bool:
    """For the admin's "recently deleted" tab; parses ISO but forgets timestamps without an offset."""
    if "deletedAt" not in payload:
        return False
    try:
        deleted_at = datetime.fromisoformat(payload["deletedAt"])
    except ValueError:
        return False
    return NOW - deleted_at < timedelta(days=7)


def recently_deleted_fixed(payload: Payload) -> bool:
    if "deletedAt" not in payload:
        return False
    deleted_at = _parse_moment(payload["deletedAt"])
    return deleted_at is not None and NOW - deleted_at < timedelta(days=7)


# 4. An SMS sender normaliser --------------------------------------------------------------


def sms_sender_buggy(payload: Payload) -> str | None:
    """The E.164 sender for our SMS gateway: '+' and the digits of credentials.from."""
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if sender is None:
        return None
    digits = sender.replace(" ", "").lstrip("+")
    return f"+{int(digits)}"


def sms_sender_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if sender is None:
        return None
    digits = re.sub(r"[\s().\-]", "", sender).lstrip("+")
    if digits.isascii() and digits.isdigit():
        return f"+{digits}"
    return str(sender)  # an alphanumeric sender id or a short code: the gateway takes it as is


# 5. A CSV export --------------------------------------------------------------------------

_CSV_COLUMNS = ("identifier", "name", "providerId", "channel")


def csv_row_buggy(payload: Payload) -> list[str]:
    """One line of the integrations export; the importer reads it back with the csv module."""
    line = ",".join(str(payload[column]) for column in _CSV_COLUMNS) + "\r\n"
    row = next(csv.reader(io.StringIO(line, newline="")))
    if len(row) != len(_CSV_COLUMNS):
        raise ValueError(f"export row has {len(row)} columns, expected {len(_CSV_COLUMNS)}")
    return row


_CSV_FIELD_LIMIT = 2**31 - 1
"""The csv module refuses to read a field over 131,072 characters unless told otherwise."""


def csv_row_fixed(payload: Payload) -> list[str]:
    out = io.StringIO(newline="")
    csv.writer(out).writerow([str(payload[column]) for column in _CSV_COLUMNS])
    default_limit = csv.field_size_limit(_CSV_FIELD_LIMIT)  # a name may be a megabyte long
    try:
        row = next(csv.reader(io.StringIO(out.getvalue(), newline="")))
    finally:
        csv.field_size_limit(default_limit)
    if len(row) != len(_CSV_COLUMNS):
        raise ValueError(f"export row has {len(row)} columns, expected {len(_CSV_COLUMNS)}")
    return row


# 6. An XML feed for the billing system ----------------------------------------------------


def xml_feed_buggy(payload: Payload) -> bytes:
    """An <integration> element for the legacy billing feed, parsed back as the feed's reader does."""
    element = ET.Element("integration", id=payload["identifier"])
    ET.SubElement(element, "name").text = payload["name"]
    ET.SubElement(element, "provider").text = payload["providerId"]
    data: bytes = ET.tostring(element, encoding="utf-8")
    ET.fromstring(data)  # the billing system's parser
    return data


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


def xml_feed_fixed(payload: Payload) -> bytes:
    element = ET.Element("integration", id=_xml_text(payload["identifier"]))
    ET.SubElement(element, "name").text = _xml_text(payload["name"])
    ET.SubElement(element, "provider").text = _xml_text(payload["providerId"])
    data: bytes = ET.tostring(element, encoding="utf-8")
    ET.fromstring(data)
    return data


# 7. Evaluating a numeric comparison ------------------------------------------------------

_NUMERIC = {"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"}


def threshold_rules_buggy(payload: Payload) -> list[tuple[str, float]]:
    """The numeric thresholds of the conditions, for the routing engine's fast path."""
    return [
        (child["field"], float(child["value"]))
        for _, child in _children(payload)
        if child["operator"] in _NUMERIC
    ]


def threshold_rules_fixed(payload: Payload) -> list[tuple[str, float]]:
    rules = []
    for _, child in _children(payload):
        if child["operator"] not in _NUMERIC:
            continue
        try:
            rules.append((child["field"], float(child["value"])))
        except ValueError:
            continue  # compared as text by the slow path
    return rules


# 8. LIKE as a regular expression ---------------------------------------------------------


def like_matchers_buggy(payload: Payload) -> list[re.Pattern[str]]:
    """LIKE/NOT_LIKE conditions compiled to regular expressions ('%' is any run of characters)."""
    return [
        re.compile(child["value"].replace("%", ".*"), re.IGNORECASE)
        for _, child in _children(payload)
        if child["operator"] in ("LIKE", "NOT_LIKE")
    ]


def like_matchers_fixed(payload: Payload) -> list[re.Pattern[str]]:
    return [
        re.compile(".*".join(map(re.escape, child["value"].split("%"))), re.IGNORECASE)
        for _, child in _children(payload)
        if child["operator"] in ("LIKE", "NOT_LIKE")
    ]


# 9. Boolean conditions ------------------------------------------------------------------

_TRUTH = {"true": True, "false": False}


def boolean_rules_buggy(payload: Payload) -> list[bool]:
    """The expected values of BOOLEAN conditions (assumes their values are 'true' or 'false')."""
    return [
        _TRUTH[child["value"].lower()]
        for condition, child in _children(payload)
        if condition["type"] == "BOOLEAN"
    ]


def boolean_rules_fixed(payload: Payload) -> list[bool]:
    return [
        child["value"].strip().lower() in ("true", "1", "yes", "on")
        for condition, child in _children(payload)
        if condition["type"] == "BOOLEAN"
    ]


# 10. A status badge ----------------------------------------------------------------------

_STATUS_BUGGY = {(True, False): "live", (False, False): "paused", (False, True): "deleted"}


def status_badge_buggy(payload: Payload) -> str:
    """The badge next to an integration in the admin list, by (active, deleted)."""
    return _STATUS_BUGGY[(payload["active"], payload["deleted"])]


def status_badge_fixed(payload: Payload) -> str:
    return "deleted" if payload["deleted"] else "live" if payload["active"] else "paused"


# 11. An SMTP connection string -----------------------------------------------------------


def _port(credentials: Mapping[str, Any]) -> str:
    """The configured port if it is a usable decimal port number, else the default."""
    port = str(credentials.get("port", "587"))
    return port if port.isascii() and port.isdigit() and int(port) <= 65535 else "587"


def smtp_dsn_buggy(payload: Payload) -> tuple[str | None, int | None]:
    """The mailer library takes one DSN; user and password are pasted in unquoted."""
    credentials = _credentials(payload)
    if "host" not in credentials:
        return None, None
    user = credentials.get("user", "")
    password = credentials.get("password", "")
    dsn = f"smtp://{user}:{password}@{credentials['host']}:{_port(credentials)}"
    parts = urlsplit(dsn)
    return parts.hostname, parts.port


def smtp_dsn_fixed(payload: Payload) -> tuple[str | None, int | None]:
    credentials = _credentials(payload)
    if "host" not in credentials:
        return None, None
    user, password, host = (
        quote(text, safe="", errors="surrogatepass")
        for text in (credentials.get("user", ""), credentials.get("password", ""), credentials["host"])
    )
    parts = urlsplit(f"smtp://{user}:{password}@{host}:{_port(credentials)}")
    return parts.hostname, parts.port


# 12. The sender's domain, for DMARC alignment --------------------------------------------


def sender_domain_buggy(payload: Payload) -> str | None:
    """The domain of the email sender (credentials.from), to check DMARC alignment."""
    if payload["channel"] != "email":
        return None
    sender = _credentials(payload).get("from")
    if sender is None:
        return None
    return str(sender.split("@")[1].lower())


def sender_domain_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    sender = _credentials(payload).get("from")
    if sender is None or "@" not in sender:
        return None
    return str(sender.rpartition("@")[2].lower())


# 13. One file per integration ------------------------------------------------------------


class FileSystem:
    """Stands in for ``open(directory / name, "w")`` on Linux: what the kernel refuses, it refuses."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}

    def write(self, name: str, text: str) -> None:
        if "\x00" in name:
            raise ValueError("embedded null byte")
        if "/" in name or name in ("", ".", ".."):
            raise FileNotFoundError(f"No such file or directory: {name!r}")
        if len(name.encode("utf-8", "surrogateescape")) > 255:
            raise OSError(36, "File name too long", name[:40])
        self.files[name] = text


def backup_file_buggy(payload: Payload) -> FileSystem:
    """The nightly backup writes each integration to ``<identifier>.json``."""
    disk = FileSystem()
    disk.write(f"{payload['identifier']}.json", repr(payload))
    return disk


def backup_file_fixed(payload: Payload) -> FileSystem:
    disk = FileSystem()
    safe = quote(payload["identifier"], safe="", errors="surrogatepass")[:200] or "_"
    disk.write(f"{safe}.json", repr(payload))
    return disk


# 14. An outage message template ----------------------------------------------------------


def outage_message_buggy(payload: Payload) -> str:
    """The status-page line; the integration name is pasted into a str.format template."""
    template = "Delivery through " + payload["name"] + " ({provider}) is degraded"
    return str(template).format(provider=payload["providerId"])


def outage_message_fixed(payload: Payload) -> str:
    return "Delivery through {name} ({provider}) is degraded".format(
        name=payload["name"], provider=payload["providerId"]
    )


# 15. A byte-limited label -----------------------------------------------------------------


def push_label_buggy(payload: Payload) -> str:
    """APNs-style label: the name cut to 255 bytes of UTF-8."""
    return str(payload["name"].encode("utf-8")[:255].decode("utf-8"))


def push_label_fixed(payload: Payload) -> str:
    return str(payload["name"].encode("utf-8", "replace")[:255].decode("utf-8", "ignore"))


# 16. A connection URL with the SMTP host -------------------------------------------------


def smtp_url_port_buggy(payload: Payload) -> int | None:
    """The health checker probes ``tcp://host:port``; it parses that URL back for the port."""
    credentials = _credentials(payload)
    host = credentials.get("host")
    if host is None:
        return None
    port = credentials.get("port", "25")
    if not (port.isascii() and port.isdigit()) or int(port) > 65535:
        port = "25"
    return urlsplit(f"tcp://{host}:{port}").port


def smtp_url_port_fixed(payload: Payload) -> int | None:
    credentials = _credentials(payload)
    host = credentials.get("host")
    if host is None:
        return None
    port = credentials.get("port", "25")
    if not (port.isascii() and port.isdigit()) or int(port) > 65535:
        port = "25"
    return int(port)


# ------------------------------------------------------------------------------------------


def _with_credentials(credentials: Mapping[str, Any], **changes: Any) -> Payload:
    return _example({**changes, "credentials": dict(credentials)})


def _with_child(child: Mapping[str, Any], *, kind: str = "STATEMENT") -> Payload:
    condition = {"isNegated": False, "type": kind, "value": "AND", "children": [dict(child)]}
    return _example({"conditions": [condition]})


_SMTP = {"host": "smtp.example.com", "port": "587", "user": "apikey", "password": "<fake-password-0001>"}
_SLACK = {"providerId": "slack", "channel": "chat", "name": "Slack", "identifier": "slack-x8Kd2bQ1"}
_TWILIO = {"providerId": "twilio", "channel": "sms", "name": "Twilio", "identifier": "twilio-x8Kd2bQ1"}

SERVICE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="webhook_allow_list",
        bug="urlsplit(webhookUrl).hostname.lower(): a URL without a scheme has no hostname",
        buggy=webhook_allowed_buggy,
        fixed=webhook_allowed_fixed,
        raises=(AttributeError,),
        example=_with_credentials({"webhookUrl": "hooks.slack.com/services/T000/B000"}, **_SLACK),
    ),
    ConsumerCase(
        name="retention_format",
        bug="strptime(deletedAt, '%Y-%m-%dT%H:%M:%S.%fZ'): ISO timestamps vary",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-04-09T19:28:30+00:00"}),
    ),
    ConsumerCase(
        name="naive_deleted_at",
        bug="aware now - fromisoformat(deletedAt): a timestamp without an offset is naive",
        buggy=recently_deleted_buggy,
        fixed=recently_deleted_fixed,
        raises=(TypeError,),
        example=_example({"deleted": True, "deletedAt": "2025-12-30T10:00:00"}),
    ),
    ConsumerCase(
        name="sms_sender_digits",
        bug="int(from without '+' and spaces): senders have dashes, brackets or letters",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_with_credentials({"accountSid": "<fake-account-sid-0001>", "from": "Acme"}, **_TWILIO),
    ),
    ConsumerCase(
        name="csv_commas",
        bug="','.join(columns): names may hold commas, quotes or line breaks",
        buggy=csv_row_buggy,
        fixed=csv_row_fixed,
        raises=(ValueError, csv.Error),
        example=_example({"name": "Mailgun, EU"}),
    ),
    ConsumerCase(
        name="xml_control_chars",
        bug="XML text from any string: control characters are not XML",
        buggy=xml_feed_buggy,
        fixed=xml_feed_fixed,
        raises=(ET.ParseError, UnicodeEncodeError),
        example=_example({"name": "Mail\x1bgun"}),
    ),
    ConsumerCase(
        name="numeric_threshold",
        bug="float(value) for LARGER/SMALLER: the value of a comparison is any string",
        buggy=threshold_rules_buggy,
        fixed=threshold_rules_fixed,
        raises=(ValueError,),
        example=_with_child({"field": "plan", "value": "pro", "operator": "LARGER", "on": "subscriber"}),
    ),
    ConsumerCase(
        name="like_regex",
        bug="LIKE value compiled as a regular expression without escaping",
        buggy=like_matchers_buggy,
        fixed=like_matchers_fixed,
        raises=(re.error,),
        example=_with_child(
            {"field": "email", "value": "*@example.com", "operator": "LIKE", "on": "payload"}
        ),
    ),
    ConsumerCase(
        name="boolean_values",
        bug="{'true', 'false'}[value.lower()] for BOOLEAN conditions: values are any string",
        buggy=boolean_rules_buggy,
        fixed=boolean_rules_fixed,
        raises=(KeyError,),
        example=_with_child(
            {"field": "isOnline", "value": "1", "operator": "EQUAL", "on": "subscriber"}, kind="BOOLEAN"
        ),
    ),
    ConsumerCase(
        name="status_badge",
        bug="(active, deleted) table without (True, True): a deleted integration may still be active",
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": True, "deleted": True}),
    ),
    ConsumerCase(
        name="smtp_dsn_quoting",
        bug="smtp://user:password@host:port unquoted: passwords hold '/', '#', '?' or ':'",
        buggy=smtp_dsn_buggy,
        fixed=smtp_dsn_fixed,
        raises=(ValueError,),
        example=_with_credentials(
            {**_SMTP, "password": "<fake/pass#0001>"}, providerId="nodemailer", name="Custom SMTP"
        ),
    ),
    ConsumerCase(
        name="sender_domain",
        bug="from.split('@')[1]: credentials.from is any string",
        buggy=sender_domain_buggy,
        fixed=sender_domain_fixed,
        raises=(IndexError,),
        example=_with_credentials({"apiKey": "<fake-api-key-0001>", "from": "Example Inc"}),
    ),
    ConsumerCase(
        name="identifier_file_name",
        bug="<identifier>.json as a file name: identifiers may hold '/', NUL or be too long",
        buggy=backup_file_buggy,
        fixed=backup_file_fixed,
        raises=(OSError, ValueError),
        example=_example({"identifier": "mail/gun"}),
    ),
    ConsumerCase(
        name="format_template",
        bug="('...' + name + '{provider}').format(): names may hold braces",
        buggy=outage_message_buggy,
        fixed=outage_message_fixed,
        raises=(KeyError, ValueError, IndexError),
        example=_example({"name": "Mail {EU}"}),
    ),
    ConsumerCase(
        name="byte_truncation",
        bug="name.encode()[:255].decode(): the cut may split a multi-byte character",
        buggy=push_label_buggy,
        fixed=push_label_fixed,
        raises=(UnicodeDecodeError,),
        example=_example({"name": "é" * 200}),
    ),
    ConsumerCase(
        name="ipv6_host",
        bug="f'tcp://{host}:{port}': an IPv6 host needs brackets",
        buggy=smtp_url_port_buggy,
        fixed=smtp_url_port_fixed,
        raises=(ValueError,),
        example=_with_credentials({**_SMTP, "host": "2001:db8::25"}, providerId="nodemailer"),
    ),
]

SERVICE_BUGS_BY_NAME: dict[str, ConsumerCase] = {case.name: case for case in SERVICE_BUGS}
