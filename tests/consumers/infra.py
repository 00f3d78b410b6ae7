"""Sixteen infrastructure-as-code consumers of ``GET /v1/integrations`` items, each with one contract bug.

The code a platform team writes to mirror Novu integrations into its infrastructure: Kubernetes Secret
manifests, dotenv files, Terraform import and module blocks, AWS Secrets Manager names, egress
allow-lists, Helm values, TOML configs, TLS and certificate settings, GitOps reconcilers, SMTP URLs.
Every buggy version works on ``HAPPY_PATH`` and makes one assumption the contract does not guarantee;
the fixed control honours the contract and never raises on a valid payload.

These cases were written from the contract documentation alone (``CONTRACT.md``, the seed, the server
semantics notes and ``providers.json``), without looking at the generator, its strategies or the other
consumer suites, so they measure how well the generator finds bugs it was never tuned for.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import tomllib
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload, _credentials, _example

# ---------------------------------------------------------------------------------------------------------
# Shared helpers (total on any valid payload; the fixed controls rely on them)
# ---------------------------------------------------------------------------------------------------------

_STRING_CREDENTIAL_KEYS: tuple[str, ...] = (
    "apiKey", "user", "secretKey", "domain", "password", "host", "port", "region", "accountSid",
    "messageProfileId", "token", "from", "senderName", "projectName", "applicationId", "clientId",
    "baseUrl", "webhookUrl", "redirectUrl", "serviceAccount", "ipPoolName", "apiKeyRequestHeader",
    "secretKeyRequestHeader", "idPath", "datePath", "apiToken", "authenticationTokenKey", "instanceId",
    "alertUid", "title", "imageUrl", "state", "externalLink", "channelId", "phoneNumberIdentification",
    "accessKey",
)  # fmt: skip
"""The documented string keys of ``CredentialsDto`` (all optional)."""

_REFERENCE_NOW = datetime(2025, 6, 1, tzinfo=UTC)


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` if it is somehow not one (tolerant reader)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(payload: Payload, key: str, default: str = "") -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else default


def _string_credentials(payload: Payload) -> dict[str, str]:
    """The documented string credentials that are present, in documentation order."""
    credentials = _creds(payload)
    return {key: credentials[key] for key in _STRING_CREDENTIAL_KEYS if isinstance(credentials.get(key), str)}


def _digest(text: str, length: int = 8) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def _env_name(key: str) -> str:
    """``senderName`` -> ``NOVU_SENDER_NAME`` (only used on documented, ASCII credential keys)."""
    return "NOVU_" + re.sub(r"(?<!^)(?=[A-Z])", "_", key).upper()


def _hcl_string(text: str) -> str:
    """A quoted HCL string literal: escapes, no interpolation, no raw control characters."""
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\ufffd")
        else:
            out.append(char)
    return '"' + "".join(out).replace("${", "$${").replace("%{", "%%{") + '"'


def _hcl_label(text: str) -> str:
    """A Terraform resource/module name: letters, digits, ``_`` and ``-``, starting with a letter or ``_``."""
    label = re.sub(r"[^A-Za-z0-9_-]", "_", text)
    if not label or not (label[0].isascii() and (label[0].isalpha() or label[0] == "_")):
        label = "n_" + label
    return label


def _url_host(raw: object) -> str | None:
    """The host of a URL-ish credential, tolerating a missing scheme and malformed input."""
    if not isinstance(raw, str) or not raw.strip():
        return None
    text = raw.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return host or None


# ---------------------------------------------------------------------------------------------------------
# 1. Kubernetes Secret named after the integration's identifier
# ---------------------------------------------------------------------------------------------------------

_DNS1123_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")


def _k8s_secret_manifest_buggy(payload: Payload) -> dict[str, Any]:
    # Novu slugifies identifiers, so lower-casing them gives a valid object name... usually.
    name = payload["identifier"].lower()
    if len(name) > 63 or not _DNS1123_LABEL.fullmatch(name):
        raise ValueError(f"metadata.name {name!r} is not a valid DNS-1123 label (kubectl would reject it)")
    return {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": name}, "type": "Opaque"}


def _k8s_secret_manifest_fixed(payload: Payload) -> dict[str, Any]:
    identifier = _text(payload, "identifier")
    slug = re.sub(r"[^a-z0-9]+", "-", identifier.lower()).strip("-")[:50].strip("-")
    name = f"{slug}-{_digest(identifier)}" if slug else f"novu-{_digest(identifier)}"
    assert _DNS1123_LABEL.fullmatch(name)
    assert len(name) <= 63
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name, "annotations": {"novu.co/identifier": identifier}},
        "type": "Opaque",
    }


# ---------------------------------------------------------------------------------------------------------
# 2. dotenv file of the credentials, read back the way ``docker --env-file`` does
# ---------------------------------------------------------------------------------------------------------


def _read_env_file_unquoted(text: str) -> dict[str, str]:
    env: dict[str, str] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise ValueError(f".env line {number}: expected KEY=VALUE, got {line!r}")
        env[key] = value
    return env


def _dotenv_export_buggy(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    lines = [
        f"{_env_name(key)}={credentials[key]}" for key in _STRING_CREDENTIAL_KEYS if key in credentials
    ]  # values written raw: assumed to be single-line tokens
    return _read_env_file_unquoted("\n".join(lines) + "\n")


def _dotenv_export_fixed(payload: Payload) -> dict[str, str]:
    lines = [f"{_env_name(key)}={json.dumps(value)}" for key, value in _string_credentials(payload).items()]
    env: dict[str, str] = {}
    for line in "\n".join(lines).split("\n"):
        if not line:
            continue
        key, _, value = line.partition("=")
        loaded = json.loads(value)
        env[key] = loaded if isinstance(loaded, str) else str(loaded)
    return env


# ---------------------------------------------------------------------------------------------------------
# 3. Terraform ``import`` block for adopting existing integrations
# ---------------------------------------------------------------------------------------------------------


def _terraform_import_block_buggy(payload: Payload) -> str:
    label = _hcl_label(payload["identifier"])
    return f"import {{\n  to = novu_integration.{label}\n  id = {_hcl_string(payload['_id'])}\n}}\n"


def _terraform_import_block_fixed(payload: Payload) -> str:
    label = _hcl_label(_text(payload, "identifier"))
    record_id = payload.get("_id")
    if not isinstance(record_id, str) or not record_id:
        return f"# novu_integration.{label}: no _id in the API response, cannot import; create it instead\n"
    return f"import {{\n  to = novu_integration.{label}\n  id = {_hcl_string(record_id)}\n}}\n"


# ---------------------------------------------------------------------------------------------------------
# 4. AWS Secrets Manager secret name built from the display name
# ---------------------------------------------------------------------------------------------------------

_AWS_SECRET_NAME = re.compile(r"[A-Za-z0-9/_+=.@-]{1,512}")


def _aws_secret_name_buggy(payload: Payload) -> str:
    secret_name = f"novu/{payload['channel']}/{payload['name']}"
    if not _AWS_SECRET_NAME.fullmatch(secret_name):
        raise ValueError(f"InvalidParameterException: secret name {secret_name!r} has invalid characters")
    return secret_name


def _aws_secret_name_fixed(payload: Payload) -> str:
    name = _text(payload, "name")
    channel = re.sub(r"[^A-Za-z0-9_-]+", "-", _text(payload, "channel")).strip("-") or "unknown"
    slug = re.sub(r"[^A-Za-z0-9_+=.@-]+", "-", name).strip("-")[:200]
    secret_name = (
        f"novu/{channel[:50]}/{slug}-{_digest(name)}" if slug else f"novu/{channel[:50]}/{_digest(name)}"
    )
    assert _AWS_SECRET_NAME.fullmatch(secret_name)
    return secret_name


# ---------------------------------------------------------------------------------------------------------
# 5. Egress allow-list entry for a provider's custom API base URL
# ---------------------------------------------------------------------------------------------------------


def _egress_from_base_url_buggy(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    if "baseUrl" not in credentials:
        return []
    host: str = urlsplit(credentials["baseUrl"]).hostname.lower()
    return [f"{host}:443"]


def _egress_from_base_url_fixed(payload: Payload) -> list[str]:
    host = _url_host(_creds(payload).get("baseUrl"))
    return [f"{host}:443"] if host else []


# ---------------------------------------------------------------------------------------------------------
# 6. Helm ``values.yaml`` fragment with the credentials, linted by reading it back
# ---------------------------------------------------------------------------------------------------------

_YAML11_NON_STRING = re.compile(
    r"~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    r"|[-+]?(0|[1-9][0-9_]*)|[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+"
)


def _read_yaml_plain_scalar(raw: str) -> object:
    """How a YAML 1.1 loader reads an unquoted scalar (comments, indicators, implicit types)."""
    value = re.split(r"\s#", raw, maxsplit=1)[0].strip()
    if not value:
        return None
    if value[0] in "&*!|>'\"%@`{}[],#" or (value[0] in "-?:" and (len(value) == 1 or value[1] in " \t")):
        raise ValueError(f"values.yaml: a plain scalar cannot start with {value[0]!r}")
    if _YAML11_NON_STRING.fullmatch(value):
        return ("implicitly typed", value)
    return value


def _helm_values_buggy(payload: Payload) -> dict[str, object]:
    credentials = {
        key: value for key, value in _credentials(payload).items() if key in _STRING_CREDENTIAL_KEYS
    }
    text = "credentials:\n" + "".join(f"  {key}: {value}\n" for key, value in credentials.items())
    read_back: dict[str, object] = {}
    for line in text.splitlines()[1:]:
        key, _, raw = line.strip().partition(": ")
        read_back[key.rstrip(":")] = _read_yaml_plain_scalar(raw)
    if read_back != credentials:
        raise ValueError("values.yaml does not round-trip: a credential changed when read back")
    return read_back


def _helm_values_fixed(payload: Payload) -> dict[str, object]:
    credentials = _string_credentials(payload)
    # JSON strings (ASCII-escaped) are valid YAML double-quoted scalars.
    text = "credentials:\n" + "".join(f"  {key}: {json.dumps(value)}\n" for key, value in credentials.items())
    read_back: dict[str, object] = {}
    for line in text.splitlines()[1:]:
        key, _, raw = line.strip().partition(": ")
        read_back[key] = json.loads(raw)
    return read_back


# ---------------------------------------------------------------------------------------------------------
# 7. TOML config for an internal notification gateway, validated with ``tomllib``
# ---------------------------------------------------------------------------------------------------------


def _toml_string(text: str) -> str:
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\uFFFD")  # not representable in TOML
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _toml_config_buggy(payload: Payload) -> dict[str, Any]:
    credentials = _credentials(payload)
    # json.dumps "is close enough" to a TOML basic string.
    lines = [
        f"[integrations.{json.dumps(payload['identifier'])}]",
        f"provider = {json.dumps(payload['providerId'])}",
    ]
    lines += [
        f"{key} = {json.dumps(credentials[key])}" for key in _STRING_CREDENTIAL_KEYS if key in credentials
    ]
    return tomllib.loads("\n".join(lines) + "\n")


def _toml_config_fixed(payload: Payload) -> dict[str, Any]:
    lines = [
        f"[integrations.{_toml_string(_text(payload, 'identifier'))}]",
        f"provider = {_toml_string(_text(payload, 'providerId'))}",
    ]
    lines += [f"{key} = {_toml_string(value)}" for key, value in _string_credentials(payload).items()]
    return tomllib.loads("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------------------
# 8. Kubernetes Secret ``data`` (base64 of every credential)
# ---------------------------------------------------------------------------------------------------------


def _k8s_secret_data_buggy(payload: Payload) -> dict[str, str]:
    return {
        key: base64.b64encode(value.encode()).decode("ascii") for key, value in _credentials(payload).items()
    }


def _k8s_secret_data_fixed(payload: Payload) -> dict[str, str]:
    data: dict[str, str] = {}
    for key, value in _creds(payload).items():
        if isinstance(value, str):
            text = value
        elif isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = json.dumps(value, sort_keys=True, default=str)
        data_key = re.sub(r"[^-._a-zA-Z0-9]", "_", str(key)) or "_"
        data.setdefault(data_key, base64.b64encode(text.encode("utf-8", "surrogatepass")).decode("ascii"))
    return data


# ---------------------------------------------------------------------------------------------------------
# 9. TLS settings of a Custom SMTP (nodemailer) relay sidecar, from ``tlsOptions``
# ---------------------------------------------------------------------------------------------------------


def _smtp_tls_settings_buggy(payload: Payload) -> dict[str, object]:
    tls = _credentials(payload).get("tlsOptions") or {}
    ca = tls.get("ca")
    return {
        "ca_bundle": ca.encode("utf-8") if ca else b"",  # ca assumed to be one PEM string
        "verify": tls.get("rejectUnauthorized", True) is not False,
    }


def _smtp_tls_settings_fixed(payload: Payload) -> dict[str, object]:
    tls = _creds(payload).get("tlsOptions")
    if not isinstance(tls, dict):
        tls = {}
    ca = tls.get("ca")
    pems: list[str] = []
    if isinstance(ca, str):
        pems = [ca]
    elif isinstance(ca, list):
        pems = [item for item in ca if isinstance(item, str)]
    return {
        "ca_bundle": "\n".join(pems).encode("utf-8", "surrogatepass"),
        "verify": tls.get("rejectUnauthorized", True) is not False,
    }


# ---------------------------------------------------------------------------------------------------------
# 10. GitOps reconciler: age of a soft-deleted integration, to prune its manifest after 30 days
# ---------------------------------------------------------------------------------------------------------


def _tombstone_age_buggy(payload: Payload) -> int | None:
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    when = datetime.fromisoformat(payload["deletedAt"])
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (_REFERENCE_NOW - when).days


def _tombstone_age_fixed(payload: Payload) -> int | None:
    deleted_at = payload.get("deletedAt")
    if payload.get("deleted") is not True or not isinstance(deleted_at, str):
        return None
    try:
        when = datetime.fromisoformat(deleted_at.strip())
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return (_REFERENCE_NOW - when).days
    except (ValueError, OverflowError):
        return None  # not a timestamp we can read: keep the manifest, let a human decide


# ---------------------------------------------------------------------------------------------------------
# 11. Squid ``dstdomain`` ACL for outbound webhook providers (the config file is ASCII)
# ---------------------------------------------------------------------------------------------------------


def _squid_webhook_acl_buggy(payload: Payload) -> bytes:
    url = _credentials(payload).get("webhookUrl")
    if not url:
        return b""
    host = urlsplit(url).hostname
    return f"acl novu_webhooks dstdomain {host}\n".encode("ascii")


def _squid_webhook_acl_fixed(payload: Payload) -> bytes:
    host = _url_host(_creds(payload).get("webhookUrl"))
    if host is None:
        return b""
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return f"# skipped a webhook host that is not a valid domain name ({_digest(host)})\n".encode("ascii")
    if not re.fullmatch(r"[A-Za-z0-9._:-]+", ascii_host):
        return f"# skipped an unusual webhook host ({_digest(host)})\n".encode("ascii")
    return f"acl novu_webhooks dstdomain {ascii_host}\n".encode("ascii")


# ---------------------------------------------------------------------------------------------------------
# 12. Helm chart default provider per channel (the chart ``fail``s on a disabled default)
# ---------------------------------------------------------------------------------------------------------


def _helm_template_check(values: dict[str, Any]) -> None:
    """What ``{{ if and .defaultProvider (not .enabled) }}{{ fail ... }}`` does in the chart."""
    if values["defaultProvider"] is not None and not values["enabled"]:
        raise ValueError(f"helm template: default provider {values['defaultProvider']!r} is disabled")


def _helm_default_provider_buggy(payload: Payload) -> dict[str, Any]:
    values = {
        "channel": payload["channel"],
        "defaultProvider": payload["identifier"] if payload["primary"] else None,  # primary => active
        "enabled": payload["active"],
    }
    _helm_template_check(values)
    return values


def _helm_default_provider_fixed(payload: Payload) -> dict[str, Any]:
    active = payload.get("active") is True
    values = {
        "channel": _text(payload, "channel"),
        "defaultProvider": _text(payload, "identifier")
        if payload.get("primary") is True and active
        else None,
        "enabled": active,
    }
    _helm_template_check(values)
    return values


# ---------------------------------------------------------------------------------------------------------
# 13. Terraform module block per provider, from the team's provider catalogue
# ---------------------------------------------------------------------------------------------------------

_PROVIDER_CHANNEL: dict[str, str] = {
    "novu": "in_app",
    **dict.fromkeys(
        (
            "novu-email", "mailgun", "mailjet", "mailtrap", "mandrill", "postmark", "sendgrid", "sendinblue",
            "ses", "netcore", "nodemailer", "mailersend", "outlook365", "infobip-email", "braze", "resend",
            "plunk", "sparkpost", "email-webhook",
        ),
        "email",
    ),
    **dict.fromkeys(
        (
            "novu-sms", "nexmo", "plivo", "sms77", "sns", "telnyx", "messagebird", "twilio", "gupshup",
            "firetext", "infobip-sms", "burst-sms", "bulk-sms", "isend-sms", "clickatell", "forty-six-elks",
            "kannel", "maqsam", "sms-central", "termii", "africas-talking", "sendchamp", "generic-sms",
            "clicksend", "simpletexting", "bandwidth", "azure-sms", "ring-central", "brevo-sms", "eazy-sms",
            "mobishastra", "afro-message",
        ),
        "sms",
    ),
    **dict.fromkeys(
        (
            "slack", "discord", "grafana-on-call", "msteams", "mattermost", "ryver", "zulip", "getstream",
            "rocket-chat", "whatsapp-business",
        ),
        "chat",
    ),
    **dict.fromkeys(
        ("one-signal", "pushpad", "fcm", "expo", "apns", "push-webhook", "pusher-beams"), "push"
    ),
}  # fmt: skip
"""The 69 providers the exporter was written against (Novu, May 2025)."""


def _terraform_module_buggy(payload: Payload) -> str:
    provider_id = payload["providerId"]
    channel = _PROVIDER_CHANNEL[provider_id]
    label = _hcl_label(payload["identifier"])
    return f'module "{label}" {{\n  source = "./modules/novu/{channel}/{provider_id}"\n}}\n'


def _terraform_module_fixed(payload: Payload) -> str:
    provider_id = _text(payload, "providerId")
    channel = _PROVIDER_CHANNEL.get(provider_id) or _text(payload, "channel", "unknown")
    label = _hcl_label(_text(payload, "identifier"))
    path_part = re.sub(r"[^A-Za-z0-9_-]+", "_", provider_id) or "_"
    channel_part = re.sub(r"[^A-Za-z0-9_-]+", "_", channel) or "_"
    source = _hcl_string(f"./modules/novu/{channel_part}/{path_part}")
    return f'module "{label}" {{\n  source = {source}\n}}\n'


# ---------------------------------------------------------------------------------------------------------
# 14. GitOps routing-rule names, derived from each condition's first child
# ---------------------------------------------------------------------------------------------------------


def _routing_rule_names_buggy(payload: Payload) -> list[str]:
    names = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        names.append(f"{condition['value'].lower()}-{first['on']}-{first['field']}")
    return names


def _routing_rule_names_fixed(payload: Payload) -> list[str]:
    conditions = payload.get("conditions")
    names = []
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        value = condition.get("value")
        prefix = value.lower() if isinstance(value, str) else "rule"
        children = condition.get("children")
        first = children[0] if isinstance(children, list) and children else None
        if isinstance(first, dict):
            names.append(f"{prefix}-{first.get('on', 'unknown')}-{first.get('field', '')}")
        else:
            names.append(f"{prefix}-always")
    return names


# ---------------------------------------------------------------------------------------------------------
# 15. ``SMTP_URL`` for a mail relay deployment, checked by parsing it back
# ---------------------------------------------------------------------------------------------------------


def _smtp_url_buggy(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    if "host" not in credentials:
        return None
    user, password = credentials.get("user", ""), credentials.get("password", "")
    url = f"smtp://{user}:{password}@{credentials['host']}:{credentials.get('port', '587')}"
    parts = urlsplit(url)
    if parts.port is None or parts.hostname != credentials["host"].lower():
        raise ValueError(f"SMTP_URL does not parse back to host {credentials['host']!r}")
    return url


def _smtp_url_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    host = credentials.get("host")
    if not isinstance(host, str):
        return None
    user = credentials.get("user")
    password = credentials.get("password")
    userinfo = quote(user if isinstance(user, str) else "", safe="", errors="surrogatepass")
    if isinstance(password, str):
        userinfo += ":" + quote(password, safe="", errors="surrogatepass")
    host_part = quote(host, safe="", errors="surrogatepass")
    if ":" in host and not host.startswith("["):
        host_part = "[" + quote(host, safe=":", errors="surrogatepass") + "]"
    port = credentials.get("port")
    port_part = ""
    if isinstance(port, str) and re.fullmatch(r"[0-9]{1,5}", port.strip()) and 0 < int(port.strip()) < 65536:
        port_part = ":" + port.strip()
    return f"smtp://{userinfo}@{host_part}{port_part}"


# ---------------------------------------------------------------------------------------------------------
# 16. APNs ``.p8`` signing key to DER, for a cert-manager / KMS import job
# ---------------------------------------------------------------------------------------------------------


def _apns_key_der_buggy(payload: Payload) -> bytes | None:
    key = _credentials(payload).get("secretKey")
    if payload["providerId"] != "apns" or not key:
        return None
    lines = key.strip().splitlines()
    der = base64.b64decode("".join(lines[1:-1]), validate=True)  # PEM assumed line-broken
    if not der:
        raise ValueError("APNs key has an empty PEM body")
    return der


def _apns_key_der_fixed(payload: Payload) -> bytes | None:
    key = _creds(payload).get("secretKey")
    if payload.get("providerId") != "apns" or not isinstance(key, str):
        return None
    match = re.search(r"-----BEGIN [^-]*-----(.*?)-----END [^-]*-----", key, re.DOTALL)
    body = re.sub(r"\s+", "", match.group(1) if match else key)
    try:
        der = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        return None
    return der or None


# ---------------------------------------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------------------------------------

_FCM_SERVICE_ACCOUNT = (
    "{\n"
    '  "type": "service_account",\n'
    '  "project_id": "acme-push",\n'
    '  "client_email": "novu@acme-push.iam.gserviceaccount.com"\n'
    "}"
)

_APNS_P8_ONE_LINE = (
    "-----BEGIN PRIVATE KEY----- MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg"
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v -----END PRIVATE KEY-----"
)

INFRA_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="k8s_secret_name_from_identifier",
        bug="assumes a lower-cased identifier is a DNS-1123 label; the slug part can be empty ('-x8Kd2bQ1')",
        buggy=_k8s_secret_manifest_buggy,
        fixed=_k8s_secret_manifest_fixed,
        raises=(ValueError,),
        example=_example({"name": "!!!", "identifier": "-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="dotenv_credentials_export",
        bug="writes credential values unquoted into a .env file, assuming they are single-line",
        buggy=_dotenv_export_buggy,
        fixed=_dotenv_export_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Lk3v9QzA",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": _FCM_SERVICE_ACCOUNT},
            }
        ),
    ),
    ConsumerCase(
        name="terraform_import_block",
        bug="assumes every integration carries '_id', which the contract makes optional",
        buggy=_terraform_import_block_buggy,
        fixed=_terraform_import_block_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="aws_secrets_manager_name",
        bug="uses the display name in an AWS secret name, assuming it has no spaces or punctuation",
        buggy=_aws_secret_name_buggy,
        fixed=_aws_secret_name_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Brevo (formerly Sendinblue)",
                "identifier": "brevo-formerly-sendinblue-Qm3xT9aZ",
                "providerId": "sendinblue",
            }
        ),
    ),
    ConsumerCase(
        name="egress_allowlist_from_base_url",
        bug="assumes credentials.baseUrl is an absolute URL with a scheme; Infobip's is 'x.api.infobip.com'",
        buggy=_egress_from_base_url_buggy,
        fixed=_egress_from_base_url_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Infobip",
                "identifier": "infobip-Rt5wQ2xN",
                "providerId": "infobip-sms",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "baseUrl": "y3k9.api.infobip.com",
                    "from": "Acme",
                },
            }
        ),
    ),
    ConsumerCase(
        name="helm_values_plain_scalars",
        bug="writes credentials as plain YAML scalars, so ' #' starts a comment and the value is truncated",
        buggy=_helm_values_buggy,
        fixed=_helm_values_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "no-reply@example.com",
                    "senderName": "Support Team #2",
                }
            }
        ),
    ),
    ConsumerCase(
        name="toml_config_json_escapes",
        bug="uses json.dumps as a TOML string writer; its surrogate-pair escapes for emoji are invalid TOML",
        buggy=_toml_config_buggy,
        fixed=_toml_config_fixed,
        raises=(tomllib.TOMLDecodeError,),
        example=_example(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-P2xV9kLm",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
                "credentials": {
                    "alertUid": "a1b2c3d4",
                    "title": "\U0001f6a8 Checkout latency",
                    "state": "alerting",
                    "externalLink": "https://grafana.example.com/d/checkout",
                },
            }
        ),
    ),
    ConsumerCase(
        name="k8s_secret_data_base64",
        bug="base64-encodes every credential as a str; booleans ('secure') and tlsOptions are not strings",
        buggy=_k8s_secret_data_buggy,
        fixed=_k8s_secret_data_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Vb7nK2pQ",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "user": "mailer",
                    "password": "fake-password-0001",
                    "secure": True,
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_tls_ca_bundle",
        bug="assumes tlsOptions.ca is one PEM string; the free-form object may hold a list of PEMs",
        buggy=_smtp_tls_settings_buggy,
        fixed=_smtp_tls_settings_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hc4tY8mR",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.internal.example.com",
                    "port": "587",
                    "requireTls": True,
                    "tlsOptions": {
                        "rejectUnauthorized": True,
                        "ca": [
                            "-----BEGIN CERTIFICATE-----\nMIIBfake1\n-----END CERTIFICATE-----",
                            "-----BEGIN CERTIFICATE-----\nMIIBfake2\n-----END CERTIFICATE-----",
                        ],
                    },
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="gitops_tombstone_age",
        bug="parses deletedAt with fromisoformat; it is documented as a timestamp but typed as any string",
        buggy=_tombstone_age_buggy,
        fixed=_tombstone_age_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "deleted": True,
                "active": False,
                "primary": False,
                "deletedAt": "Thu May 08 2025 10:15:00 GMT+0000 (Coordinated Universal Time)",
            }
        ),
    ),
    ConsumerCase(
        name="squid_webhook_acl_ascii",
        bug="writes the webhook host into an ASCII proxy config, assuming hostnames are ASCII (no IDNs)",
        buggy=_squid_webhook_acl_buggy,
        fixed=_squid_webhook_acl_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Zx8cV1bN",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://hooks.bücher-versand.de/novu/push",
                    "secretKey": "fake-secret-0001",
                },
            }
        ),
    ),
    ConsumerCase(
        name="helm_default_provider",
        bug="makes a primary integration the chart's default, assuming primary implies active",
        buggy=_helm_default_provider_buggy,
        fixed=_helm_default_provider_fixed,
        raises=(ValueError,),
        example=_example({"primary": True, "active": False}),
    ),
    ConsumerCase(
        name="terraform_module_per_provider",
        bug="looks providerId up in a fixed provider catalogue; providerId is any string (e.g. 'emailjs')",
        buggy=_terraform_module_buggy,
        fixed=_terraform_module_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "EmailJS",
                "identifier": "email-js-Hq2Lm8Zp",
                "providerId": "emailjs",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "secretKey": "fake-secret-0003",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="gitops_routing_rule_names",
        bug="names each routing rule after its condition's first child; 'children' may be empty",
        buggy=_routing_rule_names_buggy,
        fixed=_routing_rule_names_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="smtp_url_secret",
        bug="interpolates the SMTP password into a URL without percent-encoding ('/', '#', ':' break it)",
        buggy=_smtp_url_buggy,
        fixed=_smtp_url_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Pw6sD3fG",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "user": "apikey",
                    "password": "Xk2/p#9:Lq",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="apns_p8_key_to_der",
        bug="assumes the APNs secretKey PEM is line-broken; pasted on one line its body comes out empty",
        buggy=_apns_key_der_buggy,
        fixed=_apns_key_der_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "APNs",
                "identifier": "ap-ns-Jk4hG7dS",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "secretKey": _APNS_P8_ONE_LINE,
                    "apiKey": "ABC123DEFG",
                    "projectName": "acme-ios",
                    "applicationId": "com.acme.app",
                },
            }
        ),
    ),
]
"""The sixteen infrastructure consumers, each with one contract bug."""

assert len(INFRA_BUGS) == 16
assert len({case.name for case in INFRA_BUGS}) == 16
assert HAPPY_PATH["providerId"] in _PROVIDER_CHANNEL
