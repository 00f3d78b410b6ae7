"""Sixteen developer-experience consumers of ``GET /v1/integrations`` items, each with one bug.

The code a developer-experience / internal-tools team runs against the integrations list: SDK
code generators, docs-site and CLI table renderers, local ``.env`` and docker-compose writers,
mock-server seeds, a VS Code tree view and its state cache, a Postman exporter, a changelog
differ, a migration planner, a config linter and a fixture anonymizer. Each *buggy* version works
on ``HAPPY_PATH`` and fails on a payload the contract allows; each *fixed* control does the same
job as a tolerant reader. The cases were written from the contract documentation alone
(``CONTRACT.md``, the seed document, ``SERVER-SEMANTICS.md`` and ``providers.json``), without
looking at the data generator.
"""

from __future__ import annotations

import copy
import json
import operator
import re
import struct
import unicodedata
import warnings
import zlib
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key)
    return payload


# -- defensive accessors for the fixed controls -------------------------------------------------


def _text(payload: Mapping[str, Any], key: str, default: str = "") -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else default


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _children(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every condition child that is an object, across all condition groups."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    found: list[dict[str, Any]] = []
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if isinstance(children, list):
            found.extend(child for child in children if isinstance(child, dict))
    return found


def _safe_utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# -- 1. SDK code generator: Python enum member per integration identifier ------------------------


def _py_const(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").upper()


def _enum_line(identifier: str, slug: str, short_id: str, provider_id: str) -> str:
    member = _py_const(slug) or _py_const(provider_id) or "INTEGRATION"
    suffix = _py_const(short_id)
    name = f"{member}_{suffix}" if suffix else member
    if name[0].isdigit():
        name = f"_{name}"
    return f"    {name} = {identifier!r}"


def sdk_codegen_enum_member_buggy(payload: Payload) -> object:
    identifier = payload["identifier"]
    # Bug: assumes every identifier is "<slug>-<shortid>"; a custom identifier without a dash fails to unpack.
    slug, short_id = identifier.rsplit("-", 1)
    return _enum_line(identifier, slug, short_id, payload["providerId"])


def sdk_codegen_enum_member_fixed(payload: Payload) -> object:
    identifier = _text(payload, "identifier")
    slug, sep, short_id = identifier.rpartition("-")
    if not sep:
        slug, short_id = identifier, ""
    return _enum_line(identifier, slug, short_id, _text(payload, "providerId"))


# -- 2. Docs site: Markdown table row of the providers page -------------------------------------


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def docs_provider_table_row_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    # Bug: assumes every provider has a sender address; push/chat providers (and `{}`) have no `from`.
    sender = credentials["from"]
    cells = [payload["name"], f"`{payload['providerId']}`", payload["channel"], sender]
    return "| " + " | ".join(_md_cell(cell) for cell in cells) + " |"


def docs_provider_table_row_fixed(payload: Payload) -> object:
    sender = _creds(payload).get("from")
    cells = [
        _text(payload, "name"),
        f"`{_text(payload, 'providerId')}`",
        _text(payload, "channel", "unknown"),
        sender if isinstance(sender, str) and sender else "—",
    ]
    return "| " + " | ".join(_md_cell(cell) for cell in cells) + " |"


# -- 3. Local dev `.env` writer -----------------------------------------------------------------


def _env_key(key: str) -> str:
    return "NOVU_" + re.sub(r"[^0-9A-Za-z]+", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key)).upper()


def _env_quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return escaped.replace("\n", "\\n").replace("\r", "\\r")


def dotenv_credentials_writer_buggy(payload: Payload) -> object:
    lines = []
    for key, value in sorted(payload["credentials"].items()):
        # Bug: assumes every credential is a string; `secure`/`hmac` are booleans, `tlsOptions` an object.
        lines.append(f'{_env_key(key)}="{_env_quote(value)}"')
    return "\n".join(lines) + "\n"


def dotenv_credentials_writer_fixed(payload: Payload) -> object:
    lines = []
    for key, value in sorted(_creds(payload).items(), key=lambda item: str(item[0])):
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, str):
            text = value
        else:
            try:
                text = json.dumps(value, sort_keys=True, separators=(",", ":"))
            except (TypeError, ValueError, RecursionError):
                text = repr(value)
        lines.append(f'{_env_key(str(key))}="{_env_quote(text)}"')
    return "\n".join(lines) + "\n"


# -- 4. Mock server: response headers naming the integration ------------------------------------


def mock_server_headers_buggy(payload: Payload) -> object:
    # Bug: encodes the display name as Latin-1 header bytes; CJK, emoji or Cyrillic names cannot be encoded.
    name = payload["name"].encode("latin-1")
    return [(b"content-type", b"application/json"), (b"x-mock-integration", name)]


def mock_server_headers_fixed(payload: Payload) -> object:
    name = quote(_text(payload, "name"), safe=" ()", errors="replace").encode("ascii")
    return [(b"content-type", b"application/json"), (b"x-mock-integration", name)]


# -- 5. docker-compose emitter: local SMTP sink service --------------------------------------------


def compose_smtp_service_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    environment = {"SMTP_HOST": credentials.get("host", "localhost")}
    ports: list[str] = []
    port = credentials.get("port")
    if port is not None:
        # Bug: `port` is a free-form string in the contract ("", "587/tcp"); int() rejects such values.
        number = int(port)
        environment["SMTP_PORT"] = str(number)
        ports.append(f"{number}:{number}")
    return {"image": "axllent/mailpit", "environment": environment, "ports": ports}


def compose_smtp_service_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    host = credentials.get("host")
    environment = {"SMTP_HOST": host if isinstance(host, str) and host else "localhost"}
    ports: list[str] = []
    port = credentials.get("port")
    if isinstance(port, str):
        stripped = port.strip()
        if stripped.isascii() and stripped.isdigit() and len(stripped) <= 5 and 0 < int(stripped) < 65536:
            number = int(stripped)
            environment["SMTP_PORT"] = str(number)
            ports.append(f"{number}:{number}")
        else:
            environment["SMTP_PORT_RAW"] = port
    return {"image": "axllent/mailpit", "environment": environment, "ports": ports}


# -- 6. Changelog differ: entry for one integration between two snapshots ------------------------


def changelog_entry_buggy(payload: Payload) -> object:
    identifier = payload["identifier"]
    if payload["deleted"] and "deletedAt" in payload:
        # Bug: parses deletedAt with toISOString()'s exact format; the contract types it as a plain string.
        when = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
        return f"- Removed `{identifier}` on {when:%Y-%m-%d}"
    return f"- `{identifier}` ({payload['providerId']}, {payload['channel']})"


def _parse_timestamp(text: str) -> datetime | None:
    if len(text) > 64:
        return None
    for parse in (datetime.fromisoformat, lambda t: datetime.strptime(t, "%Y-%m-%dT%H:%M:%S.%fZ")):
        try:
            return parse(text)
        except (ValueError, TypeError, OverflowError):
            continue
    return None


def changelog_entry_fixed(payload: Payload) -> object:
    identifier = _text(payload, "identifier")
    if payload.get("deleted") is True:
        raw = payload.get("deletedAt")
        if isinstance(raw, str):
            when = _parse_timestamp(raw)
            return f"- Removed `{identifier}` on {when.date().isoformat() if when else raw[:64]}"
        return f"- Removed `{identifier}`"
    return f"- `{identifier}` ({_text(payload, 'providerId')}, {_text(payload, 'channel', 'unknown')})"


# -- 7. Migration script: copy integrations into another environment -----------------------------

_TARGET_ENVIRONMENT = "6615a3c2f1e2d3c4b5a697ff"
_MIGRATED_FIELDS = ("name", "identifier", "providerId", "channel", "active", "credentials", "conditions")


def migration_plan_buggy(payload: Payload) -> object:
    plan: dict[str, Any] = {"identifier": payload["identifier"], "to": _TARGET_ENVIRONMENT}
    if payload["deleted"]:
        # Bug: assumes soft-deleted records carry deletedBy; the server sets deletedAt only.
        plan.update(action="skip", reason=f"deleted by {payload['deletedBy']}")
    elif payload["_environmentId"] == _TARGET_ENVIRONMENT:
        plan.update(action="noop")
    else:
        body = {key: payload[key] for key in _MIGRATED_FIELDS if key in payload}
        plan.update(action="create", body=body)
    return plan


def migration_plan_fixed(payload: Payload) -> object:
    plan: dict[str, Any] = {"identifier": _text(payload, "identifier"), "to": _TARGET_ENVIRONMENT}
    if payload.get("deleted") is True:
        deleted_by = payload.get("deletedBy")
        who = deleted_by if isinstance(deleted_by, str) and deleted_by else "unknown user"
        plan.update(action="skip", reason=f"deleted by {who}")
    elif payload.get("_environmentId") == _TARGET_ENVIRONMENT:
        plan.update(action="noop")
    else:
        body = {key: payload[key] for key in _MIGRATED_FIELDS if key in payload}
        plan.update(action="create", body=body)
    return plan


# -- 8. Config linter: grep the feature-flag catalogue for condition values -----------------------

_FLAG_CATALOGUE = ("plan:free", "plan:pro", "plan:enterprise", "locale:en-US", "region:eu", "beta:inbox")


def config_linter_condition_refs_buggy(payload: Payload) -> object:
    longest = max(len(flag) for flag in _FLAG_CATALOGUE)
    values = [
        child["value"]
        for cond in payload.get("conditions", [])
        for child in cond["children"]
        if len(child["value"]) <= longest
    ]
    if not values:
        return []
    # Bug: joins raw condition values into a regex without re.escape; "+1 555", "(beta", "*" are invalid.
    with warnings.catch_warnings():  # re's FutureWarning on "[[" says nothing about this bug
        warnings.simplefilter("ignore", FutureWarning)
        pattern = re.compile("|".join(values))
    return [flag for flag in _FLAG_CATALOGUE if pattern.search(flag)]


def config_linter_condition_refs_fixed(payload: Payload) -> object:
    # A value longer than every catalogue entry cannot match one; skipping it keeps compile() cheap.
    longest = max(len(flag) for flag in _FLAG_CATALOGUE)
    values = [
        value
        for child in _children(payload)
        if isinstance(value := child.get("value"), str) and len(value) <= longest
    ]
    if not values:
        return []
    pattern = re.compile("|".join(re.escape(value) for value in dict.fromkeys(values)))
    return [flag for flag in _FLAG_CATALOGUE if pattern.search(flag)]


# -- 9. Mock server: evaluate integration conditions against a fake subscriber --------------------

_MOCK_CONTEXT = {"subscriber.plan": "pro", "subscriber.locale": "en-US", "payload.amount": "42"}
_OPERATORS: dict[str, Callable[[str, str], bool]] = {
    "EQUAL": operator.eq,
    "NOT_EQUAL": operator.ne,
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
    "IN": lambda actual, expected: actual in expected.split(","),
    "NOT_IN": lambda actual, expected: actual not in expected.split(","),
}


def mock_server_condition_match_buggy(payload: Payload) -> object:
    results = []
    for condition in payload.get("conditions", []):
        outcomes = []
        for child in condition["children"]:
            # Bug: only the comparison operators were wired up; ANY_IN, BETWEEN, LIKE... raise KeyError.
            compare = _OPERATORS[child["operator"]]
            outcomes.append(compare(_MOCK_CONTEXT.get(child["field"], ""), child["value"]))
        combined = all(outcomes) if condition["value"] == "AND" else any(outcomes)
        results.append(not combined if condition["isNegated"] else combined)
    return all(results)


def mock_server_condition_match_fixed(payload: Payload) -> object:
    conditions = payload.get("conditions")
    results = []
    unsupported: list[str] = []
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        outcomes = []
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                continue
            op, field, value = child.get("operator"), child.get("field"), child.get("value")
            compare = _OPERATORS.get(op) if isinstance(op, str) else None
            if compare is None or not isinstance(field, str) or not isinstance(value, str):
                unsupported.append(op if isinstance(op, str) else repr(op))
                continue
            outcomes.append(bool(compare(_MOCK_CONTEXT.get(field, ""), value)))
        combined = all(outcomes) if condition.get("value") != "OR" else any(outcomes)
        results.append(not combined if condition.get("isNegated") is True else combined)
    return {"matches": all(results), "unsupported": unsupported}


# -- 10. VS Code extension: tree item badge --------------------------------------------------------

_BADGES = {
    (True, True): "$(star-full) primary",
    (True, False): "$(check) active",
    (False, False): "$(circle-slash) inactive",
}


def vscode_tree_item_buggy(payload: Payload) -> object:
    # Bug: forgets `primary: true` with `active: false` is valid (an inactive primary stays primary).
    badge = _BADGES[(payload["active"], payload["primary"])]
    return {"label": payload["name"], "description": badge, "contextValue": payload["channel"]}


def vscode_tree_item_fixed(payload: Payload) -> object:
    active, primary = payload.get("active") is True, payload.get("primary") is True
    if primary:
        badge = "$(star-full) primary" if active else "$(star-empty) primary (inactive)"
    else:
        badge = "$(check) active" if active else "$(circle-slash) inactive"
    return {"label": _text(payload, "name"), "description": badge, "contextValue": _text(payload, "channel")}


# -- 11. VS Code extension: binary workspace-state cache -------------------------------------------

_CACHED_FIELDS = ("identifier", "name", "providerId", "channel")


def vscode_state_cache_record_buggy(payload: Payload) -> object:
    chunks = []
    for key in _CACHED_FIELDS:
        data = _safe_utf8(payload[key])
        # Bug: a 16-bit length prefix; a string over 65535 UTF-8 bytes does not fit.
        chunks.append(struct.pack(">H", len(data)) + data)
    return b"".join(chunks)


def vscode_state_cache_record_fixed(payload: Payload) -> object:
    chunks = []
    for key in _CACHED_FIELDS:
        data = _safe_utf8(_text(payload, key))
        chunks.append(struct.pack(">Q", len(data)) + data)
    return b"".join(chunks)


# -- 12. Fixture anonymizer: scrub credentials before committing a recorded payload -------------------

_SECRET_KEYS = ("apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey")


def _pseudonym(text: str) -> str:
    return f"user-{zlib.crc32(_safe_utf8(text)):08x}"


def fixture_anonymizer_buggy(payload: Payload) -> object:
    scrubbed = dict(payload)
    credentials = dict(payload["credentials"])
    for key in _SECRET_KEYS:
        if key in credentials:
            credentials[key] = "redacted"
    sender = credentials.get("from")
    if sender:
        # Bug: treats `from` as an email address; SMS providers put a phone number or sender id there.
        local, domain = sender.split("@")
        credentials["from"] = f"{_pseudonym(local)}@{domain}"
    scrubbed["credentials"] = credentials
    return scrubbed


def fixture_anonymizer_fixed(payload: Payload) -> object:
    scrubbed = dict(payload)
    credentials = dict(_creds(payload))
    for key in _SECRET_KEYS:
        if key in credentials:
            credentials[key] = "redacted"
    sender = credentials.get("from")
    if isinstance(sender, str) and sender:
        local, at, domain = sender.rpartition("@")
        credentials["from"] = f"{_pseudonym(local)}@{domain}" if at else _pseudonym(sender)
    scrubbed["credentials"] = credentials
    return scrubbed


# -- 13. CLI `novu-dev integrations conditions` table printer --------------------------------------

_HEADERS = ("FIELD", "OPERATOR", "VALUE")


def _cell_width(text: str) -> int:
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _cell_width(text))


def cli_conditions_table_buggy(payload: Payload) -> object:
    rows = [
        (child["field"], child["operator"], child["value"])
        for condition in payload.get("conditions", [])
        for child in condition["children"]
    ]
    # Bug: max() over an empty sequence; conditions default to [] and a group may have no children.
    widths = [max(_cell_width(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join(_pad(header, width) for header, width in zip(_HEADERS, widths, strict=True))]
    lines += ["  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines)


def cli_conditions_table_fixed(payload: Payload) -> object:
    rows = []
    for child in _children(payload):
        cells = tuple(child.get(key) for key in ("field", "operator", "value"))
        rows.append(tuple(cell if isinstance(cell, str) else "" for cell in cells))
    widths = [
        max(_cell_width(_HEADERS[i]), max((_cell_width(row[i]) for row in rows), default=0)) for i in range(3)
    ]
    lines = ["  ".join(_pad(header, width) for header, width in zip(_HEADERS, widths, strict=True))]
    lines += ["  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines)


# -- 14. SDK code generator: typed TypeScript config per integration -------------------------------

_PROVIDERS_BY_CHANNEL = {
    "in_app": "novu",
    "email": "novu-email mailgun mailjet mailtrap mandrill postmark sendgrid sendinblue ses netcore "
    "nodemailer mailersend outlook365 infobip-email braze resend plunk sparkpost email-webhook",
    "sms": "novu-sms nexmo plivo sms77 sns telnyx messagebird twilio gupshup firetext infobip-sms burst-sms "
    "bulk-sms isend-sms clickatell forty-six-elks kannel maqsam sms-central termii africas-talking sendchamp "
    "generic-sms clicksend simpletexting bandwidth azure-sms ring-central brevo-sms eazy-sms mobishastra "
    "afro-message",
    "chat": "slack discord grafana-on-call msteams mattermost ryver zulip getstream rocket-chat "
    "whatsapp-business",
    "push": "one-signal pushpad fcm expo apns push-webhook pusher-beams",
}
_KNOWN_PROVIDER_CHANNEL = {
    provider: channel
    for channel, providers in _PROVIDERS_BY_CHANNEL.items()
    for provider in providers.split()
}


def _ts_pascal(text: str) -> str:
    name = "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text))
    if not name:
        return "Integration"
    return f"_{name}" if name[0].isdigit() else name


def sdk_codegen_ts_config_buggy(payload: Payload) -> object:
    provider_id = payload["providerId"]
    # Bug: looks providerId up in a fixed provider snapshot; any string is valid and providers get added.
    channel = _KNOWN_PROVIDER_CHANNEL[provider_id]
    type_name = _ts_pascal(provider_id) + "Credentials"
    return f"export const config: {type_name} & {{ channel: {json.dumps(channel)} }} = loadConfig();"


def sdk_codegen_ts_config_fixed(payload: Payload) -> object:
    provider_id = _text(payload, "providerId")
    channel = _KNOWN_PROVIDER_CHANNEL.get(provider_id)
    if channel is None:
        fallback = _text(payload, "channel", "unknown")
        type_name = "Record<string, unknown>"
        return f"export const config: {type_name} & {{ channel: {json.dumps(fallback)} }} = loadConfig();"
    type_name = _ts_pascal(provider_id) + "Credentials"
    return f"export const config: {type_name} & {{ channel: {json.dumps(channel)} }} = loadConfig();"


# -- 15. Local SMTP relay config for nodemailer ("Custom SMTP") integrations -------------------------


def local_smtp_relay_config_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    config: dict[str, Any] = {"host": credentials.get("host", "localhost"), "verify_tls": True}
    tls = credentials.get("tlsOptions")
    if tls is not None:
        # Bug: assumes tlsOptions always has rejectUnauthorized; it is a free-form object.
        config["verify_tls"] = bool(tls["rejectUnauthorized"])
    return config


def local_smtp_relay_config_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    host = credentials.get("host")
    config: dict[str, Any] = {
        "host": host if isinstance(host, str) and host else "localhost",
        "verify_tls": True,
    }
    tls = credentials.get("tlsOptions")
    if isinstance(tls, dict):
        config["verify_tls"] = tls.get("rejectUnauthorized", True) is not False
    return config


# -- 16. Postman collection exporter: one "update integration" request per item -----------------------


def _postman_item(name: str, url: str, variables: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "name": f"Update {name}",
        "request": {
            "method": "PUT",
            "header": [{"key": "Authorization", "value": "ApiKey {{novuApiKey}}"}],
            "url": {"raw": url, "host": ["{{baseUrl}}"], "variable": variables},
        },
    }


def postman_update_request_buggy(payload: Payload) -> object:
    # Bug: `_id` is optional in the contract; a record without it has no id to build the URL from.
    url = "{{baseUrl}}/v1/integrations/" + payload["_id"]
    return _postman_item(payload["name"], url, [])


def postman_update_request_fixed(payload: Payload) -> object:
    integration_id = payload.get("_id")
    if isinstance(integration_id, str) and integration_id:
        return _postman_item(_text(payload, "name"), "{{baseUrl}}/v1/integrations/" + integration_id, [])
    variables = [{"key": "integrationId", "value": "", "description": _text(payload, "identifier")}]
    return _postman_item(_text(payload, "name"), "{{baseUrl}}/v1/integrations/:integrationId", variables)


# -- the cases ------------------------------------------------------------------------------------------

_NODEMAILER = {
    "name": "Custom SMTP",
    "identifier": "custom-smtp-Hq2v9LmX",
    "providerId": "nodemailer",
    "channel": "email",
}


def _condition(field: str, value: str, op: str, on: str = "subscriber") -> list[dict[str, Any]]:
    child = {"field": field, "value": value, "operator": op, "on": on}
    return [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": [child]}]


DEVEX_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="sdk_codegen_enum_member_identifier_without_dash",
        bug="Python enum codegen unpacks identifier.rsplit('-', 1); a custom identifier has no dash.",
        buggy=sdk_codegen_enum_member_buggy,
        fixed=sdk_codegen_enum_member_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "sendgrid"}),
    ),
    ConsumerCase(
        name="docs_provider_table_row_missing_from",
        bug="Docs table reads credentials['from']; push/chat providers have no sender address.",
        buggy=docs_provider_table_row_buggy,
        fixed=docs_provider_table_row_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Qp3xT9a",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": '{"type": "service_account"}'},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="dotenv_writer_boolean_credential",
        bug=".env writer calls str methods on every credential; `secure` is a boolean.",
        buggy=dotenv_credentials_writer_buggy,
        fixed=dotenv_credentials_writer_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                **_NODEMAILER,
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="mock_server_header_non_latin1_name",
        bug="Mock server encodes the integration name as a Latin-1 header; non-Latin-1 names fail.",
        buggy=mock_server_headers_buggy,
        fixed=mock_server_headers_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "メール配信 (SendGrid)"}),
    ),
    ConsumerCase(
        name="compose_smtp_service_port_not_numeric",
        bug="docker-compose emitter calls int() on credentials.port, a free-form string that may be empty.",
        buggy=compose_smtp_service_buggy,
        fixed=compose_smtp_service_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                **_NODEMAILER,
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="changelog_deleted_at_without_milliseconds",
        bug="Changelog parses deletedAt with '%Y-%m-%dT%H:%M:%S.%fZ'; other timestamp strings fail.",
        buggy=changelog_entry_buggy,
        fixed=changelog_entry_fixed,
        raises=(ValueError,),
        example=_payload(
            {"deleted": True, "deletedAt": "2025-05-06T10:21:33Z", "active": False, "primary": False}
        ),
    ),
    ConsumerCase(
        name="migration_plan_deleted_without_deleted_by",
        bug="Migration planner reads deletedBy for every deleted record; the server usually leaves it unset.",
        buggy=migration_plan_buggy,
        fixed=migration_plan_fixed,
        raises=(KeyError,),
        example=_payload(
            {"deleted": True, "deletedAt": "2025-05-06T10:21:33.512Z", "active": False, "primary": False}
        ),
    ),
    ConsumerCase(
        name="config_linter_condition_value_as_regex",
        bug="Config linter joins condition values into a regex without re.escape; '+1 555' is not a pattern.",
        buggy=config_linter_condition_refs_buggy,
        fixed=config_linter_condition_refs_fixed,
        raises=(re.error,),
        example=_payload({"conditions": _condition("subscriber.phone", "+1 555", "EQUAL")}),
    ),
    ConsumerCase(
        name="mock_server_condition_operator_between",
        bug="Mock-server condition evaluator maps only comparison operators; BETWEEN, LIKE... KeyError.",
        buggy=mock_server_condition_match_buggy,
        fixed=mock_server_condition_match_fixed,
        raises=(KeyError,),
        example=_payload({"conditions": _condition("payload.amount", "10,100", "BETWEEN", on="payload")}),
    ),
    ConsumerCase(
        name="vscode_tree_badge_inactive_primary",
        bug="VS Code tree badge table has no entry for primary: true with active: false.",
        buggy=vscode_tree_item_buggy,
        fixed=vscode_tree_item_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="vscode_state_cache_u16_length_prefix",
        bug="Workspace-state cache packs string lengths as '>H'; a field over 65535 UTF-8 bytes overflows.",
        buggy=vscode_state_cache_record_buggy,
        fixed=vscode_state_cache_record_fixed,
        raises=(struct.error,),
        example=_payload({"name": "SendGrid " * 8000}),
    ),
    ConsumerCase(
        name="fixture_anonymizer_sms_from_not_email",
        bug="Fixture anonymizer splits credentials.from on '@'; SMS providers put a phone number there.",
        buggy=fixture_anonymizer_buggy,
        fixed=fixture_anonymizer_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Zr81kQpa",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "AC0000", "token": "fake-token", "from": "+15005550006"},
            }
        ),
    ),
    ConsumerCase(
        name="cli_conditions_table_empty_conditions",
        bug="CLI table sizes columns with max() over condition children; an empty list raises ValueError.",
        buggy=cli_conditions_table_buggy,
        fixed=cli_conditions_table_fixed,
        raises=(ValueError,),
        example=_payload({"conditions": []}),
    ),
    ConsumerCase(
        name="sdk_codegen_ts_config_unknown_provider",
        bug="TS codegen looks providerId up in a fixed provider snapshot; a newer provider id is missing.",
        buggy=sdk_codegen_ts_config_buggy,
        fixed=sdk_codegen_ts_config_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Chat Webhook",
                "identifier": "chat-webhook-Lw0pT3sd",
                "providerId": "chat-webhook",
                "channel": "chat",
                "primary": False,
                "credentials": {"webhookUrl": "https://hooks.example.com/novu"},
            }
        ),
    ),
    ConsumerCase(
        name="local_smtp_relay_tls_options_without_reject_unauthorized",
        bug="SMTP relay config reads tlsOptions['rejectUnauthorized']; tlsOptions is a free-form object.",
        buggy=local_smtp_relay_config_buggy,
        fixed=local_smtp_relay_config_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                **_NODEMAILER,
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "tlsOptions": {"minVersion": "TLSv1.2"},
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="postman_update_request_missing_id",
        bug="Postman exporter builds the PUT URL from payload['_id'], an optional key.",
        buggy=postman_update_request_buggy,
        fixed=postman_update_request_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
]
