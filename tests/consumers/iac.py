"""Sixteen infrastructure-as-code consumers of ``GET /v1/integrations`` items, each with one bug.

The consumers are the kind of code an infrastructure team writes around Novu integrations: a
Terraform/Pulumi provider and GitOps tooling that turn each integration into resource addresses,
import blocks, HCL and TOML files, Kubernetes labels and Secrets, network-policy egress rules,
IAM ARNs, DNS checks, Helm values, drift plans, OPA policies, prune schedules and Vault metadata.
Every buggy version works on ``HAPPY_PATH`` and breaks on a payload that the 0.7.0 contract allows
(``example``); every fixed control is a tolerant reader that never raises on a valid payload.

This module was written from the contract documents alone (``CONTRACT.md``,
``SERVER-SEMANTICS.md``, the seed document and ``providers.json``), without looking at the data
generator or at the strategies that are meant to find these bugs.
"""

from __future__ import annotations

import base64
import copy
import ipaddress
import json
import math
import re
import tomllib
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

_MAX_DEPTH = 32
"""How deep the fixed controls walk free-form values (``tlsOptions``, unknown keys) before stopping."""


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _text(payload: Mapping[str, Any], key: str, default: str = "") -> str:
    """A string field, or ``default`` when it is absent or not a string."""
    value = payload.get(key, default)
    return value if isinstance(value, str) else default


def _flag(payload: Mapping[str, Any], key: str, default: bool = False) -> bool:
    """A boolean field, or ``default`` when it is absent or not a boolean."""
    value = payload.get(key, default)
    return value if isinstance(value, bool) else default


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The credentials object, or ``{}``."""
    value = payload.get("credentials")
    return value if isinstance(value, dict) else {}


def _dicts(value: object) -> list[dict[str, Any]]:
    """The object items of a list (``[]`` for anything that is not a list)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


def _scrub(text: str) -> str:
    """``text`` with lone surrogates replaced, so it can be written to any UTF-8 file."""
    return _utf8(text).decode("utf-8", "replace")


def _hash8(text: str) -> str:
    return f"{zlib.crc32(_utf8(text)):08x}"


def _as_text(value: object) -> str:
    """A short, never-raising textual form of a JSON scalar (or of a key of any type)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 63 else hex(value)
    if isinstance(value, float):
        return repr(value)
    return type(value).__name__


def _jsonable(value: object, depth: int = 0) -> object:
    """A copy of a free-form JSON value that ``json.dumps`` always accepts (bounded depth)."""
    if depth > _MAX_DEPTH:
        return "<nested too deep>"
    if isinstance(value, dict):
        return {_as_text(key): _jsonable(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item, depth + 1) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value if value.bit_length() <= 63 else hex(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, str):
        return value
    return type(value).__name__


def _escape(text: str, *, interpolation: bool) -> str:
    """Backslash-escape ``text`` for a double-quoted HCL (``interpolation``) or TOML string."""
    out: list[str] = []
    for char in _scrub(text):
        code = ord(char)
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    escaped = "".join(out)
    if interpolation:
        escaped = escaped.replace("${", "$${").replace("%{", "%%{")
    return f'"{escaped}"'


def _hcl_value(value: object, depth: int = 0) -> str:
    """Any JSON value as an HCL expression."""
    if depth > _MAX_DEPTH:
        return '"<nested too deep>"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int) and value.bit_length() > 63:
        return f'"{hex(value)}"'
    if isinstance(value, float) and not math.isfinite(value):
        return _escape(repr(value), interpolation=True)
    if isinstance(value, int | float):
        return _as_text(value)
    if isinstance(value, str):
        return _escape(value, interpolation=True)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_hcl_value(item, depth + 1) for item in value) + "]"
    if isinstance(value, dict):
        items = (
            f"{_escape(_as_text(key), interpolation=True)} = {_hcl_value(item, depth + 1)}"
            for key, item in value.items()
        )
        return "{ " + ", ".join(items) + " }"
    return _escape(type(value).__name__, interpolation=True)


def _tf_name(text: str) -> str:
    """A valid Terraform resource name (``[A-Za-z_][A-Za-z0-9_-]*``) derived from any string."""
    name = re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_")
    if not name:
        return "integration"
    if not ("a" <= name[0] <= "z"):
        name = f"i_{name}"
    return name


# --------------------------------------------------------------------------------------------
# 1. Terraform resource address from the integration's display name
# --------------------------------------------------------------------------------------------

_TF_IDENT = re.compile(r"[a-z_][a-z0-9_]*")


def terraform_resource_address_buggy(payload: Payload) -> str:
    name = payload["name"].strip().lower().replace(" ", "_").replace("-", "_")
    if not _TF_IDENT.fullmatch(name):
        raise ValueError(f"invalid Terraform resource name {name!r}")
    return f"novu_integration.{name}"


def terraform_resource_address_fixed(payload: Payload) -> str:
    name = _tf_name(_text(payload, "name"))
    if name == "integration":
        name = _tf_name(_text(payload, "identifier"))
    return f"novu_integration.{name}_{_hash8(_text(payload, 'identifier'))}"


# --------------------------------------------------------------------------------------------
# 2. Terraform import block keyed by the Mongo ``_id``
# --------------------------------------------------------------------------------------------


def terraform_import_block_buggy(payload: Payload) -> str:
    address = f"novu_integration.{_tf_name(payload['identifier'])}"
    return f'import {{\n  to = {address}\n  id = "{payload["_id"]}"\n}}\n'


def terraform_import_block_fixed(payload: Payload) -> str:
    address = f"novu_integration.{_tf_name(_text(payload, 'identifier'))}"
    object_id = payload.get("_id")
    if isinstance(object_id, str):
        import_id = object_id
    else:
        # The provider also accepts "<environment id>/<identifier>" as an import id.
        import_id = f"{_text(payload, '_environmentId')}/{_text(payload, 'identifier')}"
    return f"import {{\n  to = {address}\n  id = {_escape(import_id, interpolation=True)}\n}}\n"


# --------------------------------------------------------------------------------------------
# 3. HCL rendering of the credentials block (tfvars for the GitOps repo)
# --------------------------------------------------------------------------------------------


def hcl_credentials_tfvars_buggy(payload: Payload) -> str:
    lines = [f"# {payload['identifier']}", "credentials = {"]
    for key, value in sorted(payload["credentials"].items()):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("${", "$${")
        lines.append(f'  {key} = "{escaped}"')
    lines.append("}")
    return "\n".join(lines) + "\n"


def hcl_credentials_tfvars_fixed(payload: Payload) -> str:
    lines = [f"# {_escape(_text(payload, 'identifier'), interpolation=True)}", "credentials = {"]
    creds = _creds(payload)
    for key in sorted(creds, key=_as_text):
        lines.append(f"  {_escape(_as_text(key), interpolation=True)} = {_hcl_value(creds[key])}")
    lines.append("}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# 4. TOML rendering of the integration, round-tripped through tomllib before it is committed
# --------------------------------------------------------------------------------------------


def _toml_naive(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def toml_integration_roundtrip_buggy(payload: Payload) -> dict[str, Any]:
    lines = [
        "[integration]",
        f'identifier = "{_toml_naive(payload["identifier"])}"',
        f'provider = "{_toml_naive(payload["providerId"])}"',
        "",
        "[integration.credentials]",
    ]
    for key, value in payload["credentials"].items():
        if isinstance(value, bool):
            lines.append(f'"{_toml_naive(key)}" = {"true" if value else "false"}')
        elif isinstance(value, str):
            lines.append(f'"{_toml_naive(key)}" = "{_toml_naive(value)}"')
    return tomllib.loads("\n".join(lines) + "\n")


def _toml_value(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return None  # TOML has no null: leave the key out.
    if isinstance(value, int) and value.bit_length() <= 63:
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _escape(value, interpolation=False)
    return _escape(json.dumps(_jsonable(value), sort_keys=True), interpolation=False)


def toml_integration_roundtrip_fixed(payload: Payload) -> dict[str, Any]:
    lines = [
        "[integration]",
        f"identifier = {_escape(_text(payload, 'identifier'), interpolation=False)}",
        f"provider = {_escape(_text(payload, 'providerId'), interpolation=False)}",
        "",
        "[integration.credentials]",
    ]
    seen: set[str] = set()
    for key, value in _creds(payload).items():
        rendered = _toml_value(value)
        if rendered is None:
            continue
        name = _scrub(_as_text(key))
        suffix = 0
        while name in seen:
            suffix += 1
            name = f"{_scrub(_as_text(key))}~{suffix}"
        seen.add(name)
        lines.append(f"{_escape(name, interpolation=False)} = {rendered}")
    return tomllib.loads("\n".join(lines) + "\n")


# --------------------------------------------------------------------------------------------
# 5. Kubernetes labels on the integration's ConfigMap (label values: <= 63 chars, alnum ends)
# --------------------------------------------------------------------------------------------

_LABEL_VALUE = re.compile(r"(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?")


def _check_label_value(value: str) -> str:
    if not _LABEL_VALUE.fullmatch(value):
        raise ValueError(f"invalid Kubernetes label value {value!r}")
    return value


def k8s_configmap_labels_buggy(payload: Payload) -> dict[str, Any]:
    labels = {
        "app.kubernetes.io/managed-by": "novu-gitops",
        "novu.co/channel": payload["channel"],
        "novu.co/provider": payload["providerId"],
        "novu.co/identifier": payload["identifier"],
    }
    for value in labels.values():
        _check_label_value(value)
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": f"novu-integration-{_hash8(payload['identifier'])}", "labels": labels},
    }


def _label_value(text: str) -> str:
    if len(text) <= 63 and _LABEL_VALUE.fullmatch(text):
        return text
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-_.")
    cleaned = cleaned[:54].rstrip("-_.")
    return f"{cleaned}-{_hash8(text)}" if cleaned else _hash8(text)


def k8s_configmap_labels_fixed(payload: Payload) -> dict[str, Any]:
    identifier = _text(payload, "identifier")
    labels = {
        "app.kubernetes.io/managed-by": "novu-gitops",
        "novu.co/channel": _label_value(_text(payload, "channel")),
        "novu.co/provider": _label_value(_text(payload, "providerId")),
        "novu.co/identifier": _label_value(identifier),
    }
    for value in labels.values():
        _check_label_value(value)
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {
            "name": f"novu-integration-{_hash8(identifier)}",
            "labels": labels,
            "annotations": {"novu.co/identifier": _scrub(identifier)},
        },
    }


# --------------------------------------------------------------------------------------------
# 6. Kubernetes Secret with each provider's secret credential keys (from the provider forms)
# --------------------------------------------------------------------------------------------

_SECRET_KEYS: dict[str, tuple[str, ...]] = {
    "sendgrid": ("apiKey",),
    "mailgun": ("apiKey",),
    "mailjet": ("apiKey", "secretKey"),
    "postmark": ("apiKey",),
    "ses": ("apiKey", "secretKey"),
    "resend": ("apiKey",),
    "outlook365": ("password",),
    "sns": ("apiKey", "secretKey"),
    "twilio": ("accountSid", "token"),
    "plivo": ("accountSid", "token"),
    "nexmo": ("apiKey", "secretKey"),
    "telnyx": ("apiKey",),
    "messagebird": ("accessKey",),
    "bulk-sms": ("apiToken",),
    "slack": ("clientId", "secretKey"),
    "whatsapp-business": ("apiToken",),
    "fcm": ("serviceAccount",),
    "apns": ("secretKey", "apiKey"),
    "expo": ("apiKey",),
    "pusher-beams": ("secretKey",),
}


def _b64(text: str) -> str:
    return base64.b64encode(_utf8(text)).decode("ascii")


def k8s_provider_secret_buggy(payload: Payload) -> dict[str, Any]:
    creds = payload["credentials"]
    keys = _SECRET_KEYS.get(payload["providerId"], ())
    data = {key: base64.b64encode(creds[key].encode()).decode() for key in keys}
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque", "data": data}


def k8s_provider_secret_fixed(payload: Payload) -> dict[str, Any]:
    creds = _creds(payload)
    data: dict[str, str] = {}
    missing: list[str] = []
    for key in _SECRET_KEYS.get(_text(payload, "providerId"), ()):
        value = creds.get(key)
        if value is None:
            missing.append(key)
        elif isinstance(value, str):
            data[key] = _b64(value)
        else:
            data[key] = _b64(json.dumps(_jsonable(value)))
    manifest: dict[str, Any] = {"apiVersion": "v1", "kind": "Secret", "type": "Opaque", "data": data}
    if missing:
        manifest["metadata"] = {"annotations": {"novu.co/missing-keys": ",".join(missing)}}
    return manifest


# --------------------------------------------------------------------------------------------
# 7. Egress network policy for SMTP/SMPP hosts (nodemailer, kannel: ``host`` + ``port``)
# --------------------------------------------------------------------------------------------


def smtp_egress_rule_buggy(payload: Payload) -> dict[str, Any] | None:
    creds = payload["credentials"]
    host = creds.get("host")
    if not host:
        return None
    port = int(creds.get("port", "587"))
    return {
        "toFQDNs": [{"matchName": host.strip().lower()}],
        "toPorts": [{"ports": [{"port": str(port), "protocol": "TCP"}]}],
    }


def _port(text: str) -> int | None:
    match = re.fullmatch(r"\s*([0-9]{1,5})\s*", text)
    if match is None:
        return None
    number = int(match.group(1))
    return number if 0 < number < 65536 else None


def smtp_egress_rule_fixed(payload: Payload) -> dict[str, Any] | None:
    creds = _creds(payload)
    host_value = creds.get("host")
    host = host_value.strip().lower() if isinstance(host_value, str) else ""
    if not host:
        return None
    port_value = creds.get("port")
    port = _port(port_value) if isinstance(port_value, str) else None
    if port is None:
        port = 465 if creds.get("secure") is True else 587
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        target: dict[str, Any] = {"toFQDNs": [{"matchName": _scrub(host).rstrip(".")}]}
    else:
        target = {"toCIDR": [f"{address}/{address.max_prefixlen}"]}
    return {**target, "toPorts": [{"ports": [{"port": str(port), "protocol": "TCP"}]}]}


# --------------------------------------------------------------------------------------------
# 8. Egress network policy for HTTP endpoints (``baseUrl``, ``webhookUrl``)
# --------------------------------------------------------------------------------------------


def http_egress_hosts_buggy(payload: Payload) -> list[str]:
    creds = payload["credentials"]
    rules = []
    for key in ("baseUrl", "webhookUrl"):
        url = creds.get(key)
        if url:
            parts = urlsplit(url)
            port = parts.port or (80 if parts.scheme == "http" else 443)
            rules.append(f"{parts.hostname.rstrip('.')}:{port}")
    return rules


def _host_port(url: str) -> tuple[str, int] | None:
    text = url.strip()
    if not text:
        return None
    if "://" not in text:
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if not host:
        return None
    return _scrub(host).rstrip("."), port or (80 if parts.scheme == "http" else 443)


def http_egress_hosts_fixed(payload: Payload) -> list[str]:
    creds = _creds(payload)
    rules = []
    for key in ("baseUrl", "webhookUrl"):
        url = creds.get(key)
        if isinstance(url, str):
            found = _host_port(url)
            if found is not None:
                rules.append(f"{found[0]}:{found[1]}")
    return rules


# --------------------------------------------------------------------------------------------
# 9. IAM policy ARN scoped to the provider's AWS region
# --------------------------------------------------------------------------------------------


def iam_policy_arn_from_region_buggy(payload: Payload) -> str | None:
    region = payload["credentials"].get("region")
    if region is None:
        return None
    geo, _area, _number = region.split("-")
    partition = "aws-cn" if geo == "cn" else "aws"
    service = "sns" if payload["channel"] == "sms" else "ses"
    return f"arn:{partition}:{service}:{region}:*:*"


_AWS_REGION = re.compile(r"(cn|us-gov|us-iso[a-z]?|[a-z]{2})-[a-z]+-[0-9]{1,2}")
_AWS_PROVIDERS = {"ses": "ses", "sns": "sns"}


def iam_policy_arn_from_region_fixed(payload: Payload) -> str | None:
    service = _AWS_PROVIDERS.get(_text(payload, "providerId"))
    region_value = _creds(payload).get("region")
    if service is None or not isinstance(region_value, str):
        return None
    region = region_value.strip().lower()
    match = _AWS_REGION.fullmatch(region)
    if match is None:
        return None
    prefix = match.group(1)
    partition = {"cn": "aws-cn", "us-gov": "aws-us-gov"}.get(prefix, "aws")
    if prefix.startswith("us-iso"):
        partition = "aws-iso" if prefix == "us-iso" else "aws-iso-b"
    return f"arn:{partition}:{service}:{region}:*:*"


# --------------------------------------------------------------------------------------------
# 10. DNS records to check for the email sender domain (SPF/DMARC)
# --------------------------------------------------------------------------------------------


def dns_sender_domain_records_buggy(payload: Payload) -> list[str]:
    if payload["channel"] != "email":
        return []
    sender = payload["credentials"].get("from")
    if not sender:
        return []
    domain = sender.split("@")[1].strip().lower()
    return [domain, f"_dmarc.{domain}"]


def dns_sender_domain_records_fixed(payload: Payload) -> list[str]:
    if _text(payload, "channel") != "email":
        return []
    creds = _creds(payload)
    sender = creds.get("from")
    domain_value = creds.get("domain")
    if isinstance(domain_value, str) and domain_value.strip():
        domain = domain_value
    elif isinstance(sender, str) and "@" in sender:
        domain = sender.rpartition("@")[2]
    else:
        return []
    domain = domain.strip().strip("<>").strip().rstrip(".").lower()
    if not domain:
        return []
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return []
    if not ascii_domain:
        return []
    return [ascii_domain, f"_dmarc.{ascii_domain}"]


# --------------------------------------------------------------------------------------------
# 11. Helm values section per channel
# --------------------------------------------------------------------------------------------

_HELM_SECTIONS = {"email": "mailer", "sms": "sms", "in_app": "inbox"}


def helm_channel_values_buggy(payload: Payload) -> dict[str, Any]:
    section = _HELM_SECTIONS[payload["channel"]]
    return {
        section: {
            "provider": payload["providerId"],
            "integrationIdentifier": payload["identifier"],
            "enabled": payload["active"],
        }
    }


def helm_channel_values_fixed(payload: Payload) -> dict[str, Any]:
    channel = _text(payload, "channel")
    section = _HELM_SECTIONS.get(channel) or re.sub(r"[^A-Za-z0-9]+", "_", channel) or "unknown"
    return {
        section: {
            "provider": _scrub(_text(payload, "providerId")),
            "integrationIdentifier": _scrub(_text(payload, "identifier")),
            "enabled": _flag(payload, "active"),
        }
    }


# --------------------------------------------------------------------------------------------
# 12. Drift plan: the status an integration should have in state
# --------------------------------------------------------------------------------------------

_STATUS_BY_FLAGS = {(True, True): "primary", (True, False): "standby", (False, False): "disabled"}


def drift_plan_status_buggy(payload: Payload) -> str:
    status = _STATUS_BY_FLAGS[(payload["active"], payload["primary"])]
    return f"~ novu_integration.{_tf_name(payload['identifier'])}: status = {status}"


def drift_plan_status_fixed(payload: Payload) -> str:
    active, primary = _flag(payload, "active"), _flag(payload, "primary")
    if active:
        status = "primary" if primary else "standby"
    else:
        status = "disabled (stale primary flag)" if primary else "disabled"
    if _flag(payload, "deleted"):
        status = f"{status}, deleted"
    return f"~ novu_integration.{_tf_name(_text(payload, 'identifier'))}: status = {status}"


# --------------------------------------------------------------------------------------------
# 13. OPA/Rego policy generated from the integration's routing conditions
# --------------------------------------------------------------------------------------------

_REGO_OPERATORS = {
    "EQUAL": "==",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
}


def opa_routing_policy_buggy(payload: Payload) -> str:
    rules = []
    for group in payload.get("conditions", []):
        tests = []
        for child in group["children"]:
            operator = _REGO_OPERATORS[child["operator"]]
            tests.append(
                f"input.{child['on']}[{json.dumps(child['field'])}] {operator} {json.dumps(child['value'])}"
            )
        rules.append("allow if {\n  " + "\n  ".join(tests) + "\n}")
    return "package novu.routing\n\n" + "\n\n".join(rules)


def _rego_test(child: Mapping[str, Any]) -> str:
    ref = (
        f"input[{json.dumps(_as_text(child.get('on', '')))}][{json.dumps(_as_text(child.get('field', '')))}]"
    )
    value = json.dumps(_as_text(child.get("value", "")))
    operator = _as_text(child.get("operator", ""))
    if operator in _REGO_OPERATORS:
        return f"{ref} {_REGO_OPERATORS[operator]} {value}"
    calls = {
        "IN": f'{ref} in split({value}, ",")',
        "ANY_IN": f'{ref} in split({value}, ",")',
        "NOT_IN": f'not {ref} in split({value}, ",")',
        "ALL_IN": f'every x in {ref} {{ x in split({value}, ",") }}',
        "LIKE": f"contains({ref}, {value})",
        "NOT_LIKE": f"not contains({ref}, {value})",
        "BETWEEN": f"novu.between({ref}, {value})",
        "NOT_BETWEEN": f"not novu.between({ref}, {value})",
    }
    return calls.get(operator, f"novu.unknown_operator({json.dumps(operator)}, {ref}, {value})")


def opa_routing_policy_fixed(payload: Payload) -> str:
    rules = []
    for group in _dicts(payload.get("conditions")):
        tests = [_rego_test(child) for child in _dicts(group.get("children"))] or ["true"]
        rules.append("allow if {\n  " + "\n  ".join(tests) + "\n}")
    return "package novu.routing\n\n" + "\n\n".join(rules)


# --------------------------------------------------------------------------------------------
# 14. Plan summary line: the first routing rule of the integration
# --------------------------------------------------------------------------------------------


def plan_summary_first_rule_buggy(payload: Payload) -> str:
    conditions = payload.get("conditions", [])
    if not conditions:
        return f"{payload['identifier']}: unconditional"
    first = conditions[0]["children"][0]
    count = sum(len(group["children"]) for group in conditions)
    return (
        f"{payload['identifier']}: routes when {first['on']}.{first['field']} "
        f"{first['operator']} {first['value']!r} ({count} rules)"
    )


def plan_summary_first_rule_fixed(payload: Payload) -> str:
    identifier = _scrub(_text(payload, "identifier"))
    children = [
        child for group in _dicts(payload.get("conditions")) for child in _dicts(group.get("children"))
    ]
    if not children:
        return f"{identifier}: unconditional"
    first = children[0]
    on, field = _as_text(first.get("on", "")), _as_text(first.get("field", ""))
    operator, value = _as_text(first.get("operator", "")), _as_text(first.get("value", ""))
    return _scrub(f"{identifier}: routes when {on}.{field} {operator} {value!r} ({len(children)} rules)")


# --------------------------------------------------------------------------------------------
# 15. GitOps prune schedule for soft-deleted integrations (30 days after ``deletedAt``)
# --------------------------------------------------------------------------------------------

_PRUNE_AFTER = timedelta(days=30)


def gitops_prune_schedule_buggy(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return "prune now"
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return f"prune after {(when + _PRUNE_AFTER).isoformat()}"


def _parse_timestamp(text: str) -> datetime | None:
    value = text.strip()
    try:
        if re.fullmatch(r"[0-9]{1,16}", value):
            number = int(value)
            return datetime.fromtimestamp(number / 1000 if number > 10**11 else number, tz=UTC)
        parsed = datetime.fromisoformat(value)
    except (ValueError, OverflowError, OSError):
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def gitops_prune_schedule_fixed(payload: Payload) -> str | None:
    if not _flag(payload, "deleted"):
        return None
    deleted_at = payload.get("deletedAt")
    when = _parse_timestamp(deleted_at) if isinstance(deleted_at, str) else None
    if when is None:
        return "prune now"
    try:
        return f"prune after {(when + _PRUNE_AFTER).isoformat()}"
    except OverflowError:
        return "prune never (deletedAt too far in the future)"


# --------------------------------------------------------------------------------------------
# 16. Vault KV metadata per environment (custom_metadata values are limited to 512 bytes)
# --------------------------------------------------------------------------------------------

_VAULT_VALUE_BYTES = 512


def vault_kv_metadata_buggy(payload: Payload) -> dict[str, Any]:
    path = f"secret/metadata/novu/{payload['_environmentId']}/{payload['identifier']}"
    metadata = {
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "display_name": payload["name"].encode("utf-8")[:_VAULT_VALUE_BYTES].decode("utf-8"),
    }
    return {"path": path, "custom_metadata": metadata}


def _vault_value(text: str) -> str:
    return _utf8(text)[:_VAULT_VALUE_BYTES].decode("utf-8", "ignore")


def vault_kv_metadata_fixed(payload: Payload) -> dict[str, Any]:
    environment = quote(_text(payload, "_environmentId"), safe="", errors="surrogatepass")
    identifier = quote(_text(payload, "identifier"), safe="", errors="surrogatepass")
    metadata = {
        "provider": _vault_value(_text(payload, "providerId")),
        "channel": _vault_value(_text(payload, "channel")),
        "display_name": _vault_value(_text(payload, "name")),
    }
    return {"path": f"secret/metadata/novu/{environment}/{identifier}", "custom_metadata": metadata}


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------

IAC_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="terraform_resource_address_from_display_name",
        bug="builds the Terraform resource name from `name`, assuming display names are plain words",
        buggy=terraform_resource_address_buggy,
        fixed=terraform_resource_address_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Brevo (formerly Sendinblue)",
                "identifier": "brevo-formerly-sendinblue-Yq3_k2Lz",
                "providerId": "sendinblue",
            }
        ),
    ),
    ConsumerCase(
        name="terraform_import_block_requires_object_id",
        bug="reads `_id` for the import id, but `_id` is optional",
        buggy=terraform_import_block_buggy,
        fixed=terraform_import_block_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="hcl_credentials_tfvars_assumes_string_values",
        bug="escapes every credentials value as a string, but `secure`/`requireTls` are booleans",
        buggy=hcl_credentials_tfvars_buggy,
        fixed=hcl_credentials_tfvars_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Nodemailer",
                "identifier": "nodemailer-3kF9sQ0b",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "user": "mailer",
                    "password": "fake-password-0001",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="toml_integration_roundtrip_unescaped_control_chars",
        bug="escapes only quotes and backslashes in TOML strings, so a newline in a secret breaks parsing",
        buggy=toml_integration_roundtrip_buggy,
        fixed=toml_integration_roundtrip_fixed,
        raises=(tomllib.TOMLDecodeError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001\n",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                }
            }
        ),
    ),
    ConsumerCase(
        name="k8s_configmap_label_identifier_over_63_chars",
        bug="uses the raw identifier as a Kubernetes label value, which is limited to 63 characters",
        buggy=k8s_configmap_labels_buggy,
        fixed=k8s_configmap_labels_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Transactional Email For EU Customer Onboarding And Billing Notifications",
                "identifier": (
                    "transactional-email-for-eu-customer-onboarding-and-billing-notifications-x8Kd2bQ1"
                ),
            }
        ),
    ),
    ConsumerCase(
        name="k8s_secret_assumes_provider_form_keys_present",
        bug="indexes the provider form's required secret keys, but every credentials key is optional",
        buggy=k8s_provider_secret_buggy,
        fixed=k8s_provider_secret_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Hh2k9LmQ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "AC00000000000000000000000000000001", "from": "+15005550006"},
            }
        ),
    ),
    ConsumerCase(
        name="smtp_egress_rule_parses_port_with_int",
        bug="turns `port` into an int, but `port` is a free string (empty when the form field is cleared)",
        buggy=smtp_egress_rule_buggy,
        fixed=smtp_egress_rule_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel",
                "identifier": "kannel-p0Qw8ZrT",
                "providerId": "kannel",
                "channel": "sms",
                "primary": False,
                "credentials": {"host": "smsc.internal.example.com", "port": "", "from": "EXAMPLE"},
            }
        ),
    ),
    ConsumerCase(
        name="http_egress_rule_base_url_without_scheme",
        bug="takes `urlsplit(baseUrl).hostname`, which is None for a scheme-less base URL",
        buggy=http_egress_hosts_buggy,
        fixed=http_egress_hosts_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {
                "name": "Infobip",
                "identifier": "infobip-sms-7tYb2Kq1",
                "providerId": "infobip-sms",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "baseUrl": "xk8d2.api.infobip.com",
                    "from": "InfoSMS",
                },
            }
        ),
    ),
    ConsumerCase(
        name="iam_policy_arn_assumes_aws_region_format",
        bug="splits any `region` into three AWS parts, but SparkPost's region is `eu`/`us`",
        buggy=iam_policy_arn_from_region_buggy,
        fixed=iam_policy_arn_from_region_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SparkPost",
                "identifier": "spark-post-Zt7q1LmN",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "region": "eu",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="dns_sender_domain_assumes_from_has_at_sign",
        bug="takes the part after '@' of `from`, but `from` is a free string that may hold no address",
        buggy=dns_sender_domain_records_buggy,
        fixed=dns_sender_domain_records_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Postmark",
                "identifier": "postmark-Lq9w2XcV",
                "providerId": "postmark",
                "credentials": {"apiKey": "fake-api-key-0004", "from": "notifications", "senderName": "Acme"},
            }
        ),
    ),
    ConsumerCase(
        name="helm_values_section_misses_push_and_chat",
        bug="maps only email, sms and in_app to a Helm values section; chat and push raise",
        buggy=helm_channel_values_buggy,
        fixed=helm_channel_values_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Qm3x8PzA",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": '{"type": "service_account"}'},
            }
        ),
    ),
    ConsumerCase(
        name="drift_plan_status_inactive_primary",
        bug="maps (active, primary) to a status but forgets the valid inactive-primary combination",
        buggy=drift_plan_status_buggy,
        fixed=drift_plan_status_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="opa_policy_operator_table_incomplete",
        bug="translates only comparison operators to Rego; BETWEEN, LIKE, IN and the rest raise",
        buggy=opa_routing_policy_buggy,
        fixed=opa_routing_policy_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "seats", "value": "10,50", "operator": "BETWEEN", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="plan_summary_first_rule_empty_children",
        bug="reads `conditions[0].children[0]`, but a condition's children may be empty",
        buggy=plan_summary_first_rule_buggy,
        fixed=plan_summary_first_rule_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="gitops_prune_schedule_strict_deleted_at_format",
        bug="parses `deletedAt` with one strptime format (with milliseconds), but it is a plain string",
        buggy=gitops_prune_schedule_buggy,
        fixed=gitops_prune_schedule_fixed,
        raises=(ValueError,),
        example=_payload({"active": False, "deleted": True, "deletedAt": "2025-05-08T10:15:00Z"}),
    ),
    ConsumerCase(
        name="vault_metadata_byte_truncation_splits_utf8",
        bug="truncates `name` to 512 UTF-8 bytes and decodes strictly, splitting a multi-byte character",
        buggy=vault_kv_metadata_buggy,
        fixed=vault_kv_metadata_fixed,
        raises=(UnicodeDecodeError,),
        example=_payload({"name": "Уведомления для клиентов EU: платежи, безопасность, доставка " * 5}),
    ),
]
