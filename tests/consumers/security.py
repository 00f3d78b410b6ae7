"""Sixteen security/compliance consumers of ``GET /v1/integrations`` items, each with one bug (``security``).

Secret redaction, credential rotation and purge, access control, data residency, SSRF and TLS policy,
request signing, SIEM formatting, secret-store paths, rate-limit keys and header building: the
platform code a security team writes around integrations. They were written from the contract
documentation alone (``CONTRACT.md``, the SDK seed and ``providers.json``), without looking at the
generator, its strategies or the other suites, so they measure how well generated payloads find bugs
the generator was never tuned for.

Each buggy version works on ``HAPPY_PATH`` and assumes away one value the contract allows; each
fixed control must never raise on any contract-valid payload and stays fast on huge strings.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import re
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

_SECRET_KEYS = frozenset(
    {
        "apiKey",
        "secretKey",
        "password",
        "token",
        "apiToken",
        "accessKey",
        "serviceAccount",
        "authenticationTokenKey",
    }
)
"""Credential keys whose values are secrets (the ones Novu encrypts, plus two more that are)."""


def _str_field(mapping: object, key: str) -> str | None:
    """``mapping[key]`` if ``mapping`` is a dict and the value is a string, else ``None``."""
    if not isinstance(mapping, dict):
        return None
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` if it is missing or not an object (tolerant reader)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# --- 1. Log redactor -----------------------------------------------------------------------------


def _redact_log_buggy(payload: Payload) -> str:
    credentials = _credentials(payload)
    line = (
        f"integration {payload['identifier']} provider={payload['providerId']} "
        f"credentials={json.dumps(credentials, sort_keys=True)}"
    )
    secrets = [value for key, value in credentials.items() if key in _SECRET_KEYS and value]
    if not secrets:
        return line
    # Bug: secret values are used as a regex without re.escape; a password like "hunter2(prod"
    # is not a valid pattern.
    return re.sub("|".join(secrets), "[REDACTED]", line)


def _redact_log_fixed(payload: Payload) -> str:
    credentials = _creds(payload)
    secrets = sorted(
        {
            value
            for key, value in credentials.items()
            if key in _SECRET_KEYS and isinstance(value, str) and value
        },
        key=len,
        reverse=True,
    )
    safe = {key: ("[REDACTED]" if key in _SECRET_KEYS else value) for key, value in credentials.items()}
    try:
        dumped = json.dumps(safe, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):
        dumped = "<unserializable>"
    line = (
        f"integration {payload.get('identifier')!s} provider={payload.get('providerId')!s} "
        f"credentials={dumped}"
    )
    for secret in secrets:
        line = line.replace(secret, "[REDACTED]")
    return line


# --- 2. Purge scheduler for soft-deleted integrations ----------------------------------------------

_RETENTION = timedelta(days=30)
_NOW = datetime(2025, 6, 1, tzinfo=UTC)


def _purge_schedule_buggy(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    # Bug: assumes every deleted integration carries deletedAt.
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    return (deleted_at + _RETENTION).isoformat()


def _purge_schedule_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True:
        return None
    raw = payload.get("deletedAt")
    if not isinstance(raw, str) or len(raw) > 64:
        return _NOW.isoformat()  # unknown deletion time: purge at the next run
    try:
        deleted_at = datetime.fromisoformat(raw)
        if deleted_at.tzinfo is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        return (deleted_at + _RETENTION).isoformat()
    except (ValueError, OverflowError):
        return _NOW.isoformat()


# --- 3. SSRF guard for outbound URLs ---------------------------------------------------------------

_URL_KEYS = ("webhookUrl", "baseUrl")
_BLOCKED_SUFFIXES = (".internal", ".local", "localhost")


def _ssrf_guard_buggy(payload: Payload) -> bool:
    credentials = _credentials(payload)
    for key in _URL_KEYS:
        url = credentials.get(key)
        if url is None:
            continue
        # Bug: a URL typed without a scheme ("hooks.example.com/novu") has no hostname.
        host = urlsplit(url).hostname
        if host.endswith(_BLOCKED_SUFFIXES):
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            continue
        if address.is_private or address.is_loopback or address.is_link_local:
            return False
    return True


def _ssrf_guard_fixed(payload: Payload) -> bool:
    credentials = _creds(payload)
    for key in _URL_KEYS:
        url = credentials.get(key)
        if url is None:
            continue
        if not isinstance(url, str):
            return False
        try:
            parts = urlsplit(url.strip())
            host = parts.hostname
            _ = parts.port
        except ValueError:
            return False
        if parts.scheme not in ("http", "https") or not host:
            return False
        if host.endswith(_BLOCKED_SUFFIXES):
            return False
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            continue
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            return False
    return True


# --- 4. Egress firewall rule for SMTP / SMPP hosts -------------------------------------------------


def _egress_rule_buggy(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    host = credentials.get("host")
    if host is None:
        return None
    # Bug: port is a string in the contract and may be empty or not a number.
    port = int(credentials.get("port", "587"))
    return f"allow tcp to {host} port {port}"


def _egress_rule_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    host = _str_field(credentials, "host")
    if host is None:
        return None
    raw = (_str_field(credentials, "port") or "").strip()
    if 0 < len(raw) <= 5 and raw.isascii() and raw.isdigit() and 0 < int(raw) < 65536:
        port = int(raw)
    else:
        port = 465 if credentials.get("secure") is True else 587
    return f"allow tcp to {host!r} port {port}"


# --- 5. TLS cipher policy ------------------------------------------------------------------------

_WEAK_CIPHER_MARKERS = ("RC4", "DES", "MD5", "NULL", "EXPORT", "ANON")


def _tls_policy_buggy(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    tls_options = credentials.get("tlsOptions", {})
    findings: list[str] = []
    if credentials.get("ignoreTls"):
        findings.append("tls-disabled")
    if tls_options.get("rejectUnauthorized") is False:
        findings.append("certificate-verification-off")
    # Bug: tlsOptions is free-form; "ciphers" may be a list (or null), not an OpenSSL string.
    for suite in tls_options.get("ciphers", "").split(":"):
        if any(marker in suite.upper() for marker in _WEAK_CIPHER_MARKERS):
            findings.append(f"weak-cipher:{suite}")
    return findings


def _tls_policy_fixed(payload: Payload) -> list[str]:
    credentials = _creds(payload)
    tls_options = credentials.get("tlsOptions")
    if not isinstance(tls_options, dict):
        tls_options = {}
    findings: list[str] = []
    if credentials.get("ignoreTls") is True:
        findings.append("tls-disabled")
    if tls_options.get("rejectUnauthorized") is False:
        findings.append("certificate-verification-off")
    ciphers = tls_options.get("ciphers")
    suites: list[str]
    if isinstance(ciphers, str):
        suites = ciphers.split(":", 256)[:256]
    elif isinstance(ciphers, list):
        suites = [suite for suite in ciphers[:256] if isinstance(suite, str)]
    else:
        suites = []
    for suite in suites:
        upper = suite[:200].upper()
        if any(marker in upper for marker in _WEAK_CIPHER_MARKERS):
            findings.append(f"weak-cipher:{suite[:200]}")
    return findings


# --- 6. Environment access check -----------------------------------------------------------------

_OUR_ORGANIZATION = "6615a3c2f1e2d3c4b5a69702"
_ENVIRONMENT_NAMES = {
    "6615a3c2f1e2d3c4b5a69701": "production",
    "6615a3c2f1e2d3c4b5a69703": "development",
}
_ROLES_ALLOWED_TO_EDIT = {
    "production": frozenset({"admin"}),
    "development": frozenset({"admin", "developer"}),
}
_CALLER_ROLE = "developer"


def _can_edit_buggy(payload: Payload) -> bool:
    if payload["_organizationId"] != _OUR_ORGANIZATION:
        return False
    # Bug: GET /v1/integrations lists every environment of the organization, not only known ones.
    environment = _ENVIRONMENT_NAMES[payload["_environmentId"]]
    return _CALLER_ROLE in _ROLES_ALLOWED_TO_EDIT[environment]


def _can_edit_fixed(payload: Payload) -> bool:
    if payload.get("_organizationId") != _OUR_ORGANIZATION:
        return False
    environment = _ENVIRONMENT_NAMES.get(_str_field(payload, "_environmentId") or "")
    if environment is None:
        return False  # deny by default
    return _CALLER_ROLE in _ROLES_ALLOWED_TO_EDIT[environment]


# --- 7. Key fingerprint for the credential inventory ----------------------------------------------

_FINGERPRINT_KEYS = ("apiKey", "apiToken", "token", "secretKey", "accessKey", "password", "serviceAccount")


def _fingerprint_buggy(payload: Payload) -> dict[str, str]:
    # Bug: assumes every provider authenticates with apiKey (Twilio uses accountSid + token).
    key = _credentials(payload)["apiKey"]
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return {"integration": payload["identifier"], "fingerprint": f"sha256:{digest}"}


def _fingerprint_fixed(payload: Payload) -> dict[str, str] | None:
    credentials = _creds(payload)
    for name in _FINGERPRINT_KEYS:
        secret = _str_field(credentials, name)
        if secret:
            digest = hashlib.sha256(_utf8(secret)).hexdigest()[:16]
            return {"integration": str(payload.get("identifier")), "fingerprint": f"{name}:sha256:{digest}"}
    return None


# --- 8. LEEF event for the SIEM --------------------------------------------------------------------

_LEEF_HEADER = "LEEF:2.0|Novu|Integrations|1.0|IntegrationInventory|"


def _leef_buggy(payload: Payload) -> bytes:
    attributes = {
        "cat": payload["channel"],
        "resource": payload["name"],
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "active": str(payload["active"]).lower(),
    }
    body = "\t".join(f"{key}={value}" for key, value in attributes.items())
    # Bug: the legacy collector path encodes as latin-1; names are free text (Cyrillic, CJK, emoji).
    return (_LEEF_HEADER + body).encode("latin-1")


_LEEF_ESCAPES = str.maketrans({"\t": "\\t", "\n": "\\n", "\r": "\\r", "|": "\\|", "=": "\\="})


def _leef_fixed(payload: Payload) -> bytes:
    attributes = {
        "cat": payload.get("channel"),
        "resource": payload.get("name"),
        "identifier": payload.get("identifier"),
        "provider": payload.get("providerId"),
        "active": str(payload.get("active")).lower(),
    }
    body = "\t".join(f"{key}={str(value).translate(_LEEF_ESCAPES)}" for key, value in attributes.items())
    return (_LEEF_HEADER + body).encode("utf-8", "backslashreplace")


# --- 9. Data-residency classifier ------------------------------------------------------------------

_JURISDICTIONS = {
    "us": "US",
    "ca": "CA",
    "eu": "EU",
    "uk": "UK",
    "ap": "APAC",
    "sa": "LATAM",
    "mx": "LATAM",
    "me": "MEA",
    "af": "MEA",
    "il": "MEA",
}


def _residency_buggy(payload: Payload) -> str:
    region = _credentials(payload).get("region")
    if region is None:
        return "provider-default"
    # Bug: assumes AWS-style "eu-west-1"; SparkPost uses "eu", AWS also has "us-gov-west-1".
    area, _direction, _number = region.split("-")
    return _JURISDICTIONS.get(area, "unknown")


def _residency_fixed(payload: Payload) -> str:
    region = _str_field(_creds(payload), "region")
    if region is None:
        return "provider-default"
    area = region.strip()[:16].split("-", 1)[0].lower()
    return _JURISDICTIONS.get(area, "unknown")


# --- 10. Sender-domain classifier (DMARC alignment / PII review) ---------------------------------

_OWNED_DOMAINS = frozenset({"example.com", "mail.example.com"})


def _sender_domain_buggy(payload: Payload) -> str | None:
    sender = _credentials(payload).get("from")
    if not sender:
        return None
    # Bug: "from" is an e-mail address only for e-mail providers; SMS senders are numbers or names.
    domain = sender.rsplit("@", 1)[1].lower()
    return "owned" if domain in _OWNED_DOMAINS else "third-party"


def _sender_domain_fixed(payload: Payload) -> str | None:
    sender = _str_field(_creds(payload), "from")
    if not sender:
        return None
    _local, at, domain = sender.rpartition("@")
    if not at:
        return "not-an-email"
    domain = domain.strip().strip("<>").rstrip(".").lower()
    return "owned" if domain in _OWNED_DOMAINS else "third-party"


# --- 11. Vault path builder -----------------------------------------------------------------------


def _vault_path_buggy(payload: Payload) -> str:
    # Bug: identifiers are only usually "<slug>-<shortid>"; a user may set "sendgrid" or "primary".
    slug, suffix = payload["identifier"].rsplit("-", 1)
    return (
        f"secret/data/novu/{payload['_organizationId']}/{payload['channel']}/"
        f"{slug or payload['providerId']}/{suffix}"
    )


def _path_segment(text: str) -> str:
    if len(text) > 128:  # Vault paths have length limits: long segments go by digest
        return "h-" + hashlib.sha256(_utf8(text)).hexdigest()[:32]
    segment = quote(text, safe="", errors="backslashreplace")
    return "%2E" * len(segment) if segment in (".", "..") else segment or "_"


def _vault_path_fixed(payload: Payload) -> str:
    identifier = str(payload.get("identifier", ""))
    slug, _dash, suffix = identifier.rpartition("-")
    segments = (
        str(payload.get("_organizationId", "")),
        str(payload.get("channel", "")),
        slug or str(payload.get("providerId", "")),
        suffix,
    )
    return "secret/data/novu/" + "/".join(_path_segment(segment) for segment in segments)


# --- 12. Rate-limit bucket key ---------------------------------------------------------------------

_BUCKET_SHARDS = 64


def _bucket_key_buggy(payload: Payload) -> str:
    organization = payload["_organizationId"]
    # Bug: assumes a Mongo ObjectId (hex); the contract says any string ("org_2kVq...", "").
    shard = int(organization[-6:], 16) % _BUCKET_SHARDS
    return f"rl:{shard:02d}:{organization}:{payload['providerId']}"


def _bucket_key_fixed(payload: Payload) -> str:
    organization = str(payload.get("_organizationId", ""))
    provider = str(payload.get("providerId", ""))
    shard = zlib.crc32(_utf8(organization)) % _BUCKET_SHARDS
    digest = hashlib.sha256(_utf8(organization) + b"\0" + _utf8(provider)).hexdigest()[:24]
    return f"rl:{shard:02d}:{digest}"


# --- 13. Condition-to-policy compiler -------------------------------------------------------------

_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def _compile_policy_buggy(payload: Payload) -> list[tuple[str, str, str, object]]:
    rules: list[tuple[str, str, str, object]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            value: object = child["value"]
            if child["operator"] in _NUMERIC_OPERATORS:
                # Bug: comparison operators also compare dates and templates, not only numbers.
                value = float(child["value"])
            rules.append((child["on"], child["field"], child["operator"], value))
    return rules


def _compile_policy_fixed(payload: Payload) -> list[tuple[str, str, str, object]]:
    rules: list[tuple[str, str, str, object]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return rules
    for condition in conditions:
        children = condition.get("children") if isinstance(condition, dict) else None
        if not isinstance(children, list):
            continue
        for child in children:
            if not isinstance(child, dict):
                continue
            raw = child.get("value")
            value: object = raw
            if child.get("operator") in _NUMERIC_OPERATORS and isinstance(raw, str) and len(raw) <= 64:
                try:
                    value = float(raw)
                except ValueError:
                    value = raw
            rules.append((str(child.get("on")), str(child.get("field")), str(child.get("operator")), value))
    return rules


# --- 14. HTTP header builder for provider calls ---------------------------------------------------


def _provider_headers_buggy(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    headers: dict[str, str] = {}
    if "apiKey" in credentials:
        if "apiKeyRequestHeader" in credentials:
            headers[credentials["apiKeyRequestHeader"]] = credentials["apiKey"]
        else:
            headers["Authorization"] = f"Bearer {credentials['apiKey']}"
    if "secretKey" in credentials and "secretKeyRequestHeader" in credentials:
        headers[credentials["secretKeyRequestHeader"]] = credentials["secretKey"]
    connection = http.client.HTTPConnection("provider.invalid")
    try:
        connection.putrequest("POST", "/send", skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            # Bug: pasted keys often end in "\n" (or hold non-latin-1 text); http.client rejects them.
            connection.putheader(name, value)
    finally:
        connection.close()
    return headers


_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE_FORBIDDEN = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _header_value(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or _HEADER_VALUE_FORBIDDEN.search(value):
        return None
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return value


def _provider_headers_fixed(payload: Payload) -> dict[str, str]:
    credentials = _creds(payload)
    headers: dict[str, str] = {}
    api_key = _header_value(credentials.get("apiKey"))
    if api_key is not None:
        name = _str_field(credentials, "apiKeyRequestHeader")
        if name is None:
            headers["Authorization"] = f"Bearer {api_key}"
        elif _HEADER_NAME.fullmatch(name.strip()):
            headers[name.strip()] = api_key
    secret = _header_value(credentials.get("secretKey"))
    secret_header = (_str_field(credentials, "secretKeyRequestHeader") or "").strip()
    if secret is not None and _HEADER_NAME.fullmatch(secret_header):
        headers[secret_header] = secret
    return headers


# --- 15. Basic-auth check on delivery-report callbacks --------------------------------------------

_PRESENTED_USER = "dlr-callback"
_PRESENTED_PASSWORD = "not-the-right-password"


def _callback_auth_buggy(payload: Payload) -> bool:
    credentials = _credentials(payload)
    user_ok = hmac.compare_digest(credentials.get("user", ""), _PRESENTED_USER)
    # Bug: compare_digest refuses str with non-ASCII characters ("Passwörd", "contraseña").
    password_ok = hmac.compare_digest(credentials.get("password", ""), _PRESENTED_PASSWORD)
    return user_ok and password_ok


def _callback_auth_fixed(payload: Payload) -> bool:
    credentials = _creds(payload)
    user = _str_field(credentials, "user")
    password = _str_field(credentials, "password")
    if not user or not password:
        return False  # never accept a callback against unset credentials
    user_ok = hmac.compare_digest(_utf8(user), _utf8(_PRESENTED_USER))
    password_ok = hmac.compare_digest(_utf8(password), _utf8(_PRESENTED_PASSWORD))
    return user_ok and password_ok


# --- 16. Service-account key rotation tracker ------------------------------------------------------


def _service_account_buggy(payload: Payload) -> dict[str, str] | None:
    raw = _credentials(payload).get("serviceAccount")
    if raw is None:
        return None
    # Bug: assumes the decrypted JSON key file; write replies carry "nvsk.<hex>:<hex>", users paste paths.
    account = json.loads(raw)
    return {
        "client_email": account.get("client_email", ""),
        "private_key_id": account.get("private_key_id", ""),
    }


def _service_account_fixed(payload: Payload) -> dict[str, str] | None:
    raw = _str_field(_creds(payload), "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return {"client_email": "", "private_key_id": "", "status": "unparseable"}
    if not isinstance(account, dict):
        return {"client_email": "", "private_key_id": "", "status": "unparseable"}
    return {
        "client_email": _str_field(account, "client_email") or "",
        "private_key_id": _str_field(account, "private_key_id") or "",
        "status": "ok",
    }


SECURITY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="log_secret_redactor",
        bug="secret values are safe to use as a regex (a password like 'hunter2(prod' is not)",
        buggy=_redact_log_buggy,
        fixed=_redact_log_fixed,
        raises=(re.error,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Qm3ZpX",
                "providerId": "nodemailer",
                "credentials": {
                    "user": "mailer",
                    "password": "hunter2(prod",
                    "host": "smtp.example.com",
                    "port": "587",
                    "from": "no-reply@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="deleted_credential_purge",
        bug="a deleted integration always carries deletedAt",
        buggy=_purge_schedule_buggy,
        fixed=_purge_schedule_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="webhook_ssrf_guard",
        bug="webhookUrl/baseUrl always has a scheme, so urlsplit finds a hostname",
        buggy=_ssrf_guard_buggy,
        fixed=_ssrf_guard_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Email Webhook",
                "identifier": "email-webhook-7hD2kQ",
                "providerId": "email-webhook",
                "credentials": {
                    "webhookUrl": "hooks.example.com/novu/email",
                    "secretKey": "whsec-0001",
                    "from": "no-reply@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_egress_rule",
        bug="credentials.port is always a numeric string",
        buggy=_egress_rule_buggy,
        fixed=_egress_rule_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Lw8rTe",
                "providerId": "nodemailer",
                "credentials": {"host": "smtp.example.com", "port": "", "user": "mailer", "password": "x"},
            }
        ),
    ),
    ConsumerCase(
        name="tls_cipher_policy",
        bug="tlsOptions.ciphers is an OpenSSL cipher string (tlsOptions is free-form: a list or null)",
        buggy=_tls_policy_buggy,
        fixed=_tls_policy_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-9xQwEr",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "tlsOptions": {
                        "rejectUnauthorized": True,
                        "ciphers": ["TLS_AES_256_GCM_SHA384", "ECDHE-RSA-AES128-GCM-SHA256"],
                    },
                },
            }
        ),
    ),
    ConsumerCase(
        name="environment_access_check",
        bug="every _environmentId in the list is one of the environments the service knows",
        buggy=_can_edit_buggy,
        fixed=_can_edit_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "6615a3c2f1e2d3c4b5a69799"}),
    ),
    ConsumerCase(
        name="api_key_fingerprint",
        bug="every integration authenticates with credentials.apiKey",
        buggy=_fingerprint_buggy,
        fixed=_fingerprint_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-Vb7nM2",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000000",
                    "token": "fake-token-0001",
                    "from": "+15005550006",
                },
            }
        ),
    ),
    ConsumerCase(
        name="leef_event_formatter",
        bug="integration names are latin-1 text",
        buggy=_leef_buggy,
        fixed=_leef_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Рассылка SendGrid"}),
    ),
    ConsumerCase(
        name="data_residency_classifier",
        bug="credentials.region is always AWS-style '<area>-<direction>-<n>'",
        buggy=_residency_buggy,
        fixed=_residency_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SparkPost",
                "identifier": "spark-post-Hn4sWq",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "region": "eu",
                    "from": "no-reply@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="sender_domain_classifier",
        bug="credentials.from is always an e-mail address",
        buggy=_sender_domain_buggy,
        fixed=_sender_domain_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "Telnyx",
                "identifier": "telnyx-Pq2Zx8",
                "providerId": "telnyx",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "messageProfileId": "mp-1",
                    "from": "+15005550006",
                },
            }
        ),
    ),
    ConsumerCase(
        name="vault_path_builder",
        bug="identifier always has the server's '<slug>-<shortid>' shape",
        buggy=_vault_path_buggy,
        fixed=_vault_path_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "sendgrid"}),
    ),
    ConsumerCase(
        name="rate_limit_bucket_key",
        bug="_organizationId is a hex Mongo ObjectId",
        buggy=_bucket_key_buggy,
        fixed=_bucket_key_fixed,
        raises=(ValueError,),
        example=_example({"_organizationId": "org_2kVq9sXbT7mNpLq"}),
    ),
    ConsumerCase(
        name="condition_policy_compiler",
        bug="values of LARGER/SMALLER conditions are numbers",
        buggy=_compile_policy_buggy,
        fixed=_compile_policy_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.signupDate",
                                "value": "2024-01-01",
                                "operator": "LARGER",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="provider_header_builder",
        bug="credential values are clean header values (no pasted trailing newline)",
        buggy=_provider_headers_buggy,
        fixed=_provider_headers_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-Tr5yUi",
                "providerId": "generic-sms",
                "channel": "sms",
                "credentials": {
                    "baseUrl": "https://sms.example.com/api",
                    "apiKeyRequestHeader": "X-API-KEY",
                    "apiKey": "ak_live_8f2c1e\n",
                    "from": "ACME",
                },
            }
        ),
    ),
    ConsumerCase(
        name="callback_basic_auth",
        bug="credential user/password are ASCII (hmac.compare_digest rejects non-ASCII str)",
        buggy=_callback_auth_buggy,
        fixed=_callback_auth_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Gh6jKl",
                "providerId": "kannel",
                "channel": "sms",
                "credentials": {
                    "host": "kannel.example.com",
                    "port": "13013",
                    "user": "dlr-callback",
                    "password": "Passwörd-2024",
                    "from": "ACME",
                },
            }
        ),
    ),
    ConsumerCase(
        name="service_account_rotation",
        bug="credentials.serviceAccount is always the JSON key file",
        buggy=_service_account_buggy,
        fixed=_service_account_fixed,
        raises=(json.JSONDecodeError,),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Zx1cVb",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "serviceAccount": "nvsk.9f3a1c2b4d5e6f708192a3b4c5d6e7f8:4b1d0c9e8f7a6b5c4d3e2f1a0b9c8d7e"
                },
            }
        ),
    ),
]
