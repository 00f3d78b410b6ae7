"""Sixteen consumers of ``GET /v1/integrations`` items from a coworking-space operator, each with one bug.

This held-out suite was written from the contract documents alone (CONTRACT.md, the seed
IntegrationResponseDto page, SERVER-SEMANTICS.md and providers.json), without looking at the payload
generator or its other suites: every case pairs a realistic consumer from the operator's own services
(booking mails, member SMS, door-alert routing, billing, data-residency checks, search indexing ...)
whose *buggy* version makes one plausible assumption about a value the contract allows, with a
*fixed* version that does the same job and never raises on a contract-valid payload, and an
``example`` payload (a minimal change of ``HAPPY_PATH``) that makes the buggy version crash.
"""

from __future__ import annotations

import copy
import email.errors
import functools
import hashlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Any, cast
from urllib.parse import urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _example(mutate: Callable[[Payload], None]) -> Payload:
    """A deep copy of ``HAPPY_PATH`` changed in place by ``mutate``."""
    payload = copy.deepcopy(HAPPY_PATH)
    mutate(payload)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _children(condition: dict[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict)]


# 1. Booking-confirmation sender ------------------------------------------------------------
# The booking service signs confirmation mails with DKIM for the sender's domain.


def booking_sender_buggy(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "email":
        return None
    creds = _creds(payload)
    sender = _str(creds.get("from"))
    if sender is None:
        return None
    address = Address(addr_spec=sender)  # assumes a bare addr-spec like no-reply@example.com
    return {
        "envelope_from": address.addr_spec,
        "dkim_domain": address.domain,
        "display_name": _str(creds.get("senderName")) or "",
    }


def booking_sender_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "email":
        return None
    creds = _creds(payload)
    sender = _str(creds.get("from"))
    if sender is None:
        return None
    display, addr = parseaddr(sender)
    return {
        "envelope_from": addr,
        "dkim_domain": addr.rpartition("@")[2],
        "display_name": _str(creds.get("senderName")) or display,
    }


# 2. Member SMS sender number ---------------------------------------------------------------
# The member-notification gateway stores Twilio sender numbers in a BIGINT msisdn column.


def member_sms_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") != "twilio":
        return None
    sender = _str(_creds(payload).get("from"))
    if sender is None:
        return None
    msisdn = int(sender.replace(" ", "").lstrip("+"))  # assumes an E.164 phone number
    return {"kind": "msisdn", "msisdn": msisdn}


def member_sms_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") != "twilio":
        return None
    sender = _str(_creds(payload).get("from"))
    if sender is None:
        return None
    compact = sender.replace(" ", "")
    if re.fullmatch(r"\+?[0-9]{1,15}", compact, flags=re.ASCII):
        return {"kind": "msisdn", "msisdn": int(compact.lstrip("+"))}
    return {"kind": "sender_id", "sender_id": sender}


# 3. Data-residency check for AWS regions ---------------------------------------------------
# GDPR review: member e-mail/SMS may only leave the EU through an EU AWS region.


def aws_residency_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") not in ("ses", "sns"):
        return None
    region = _str(_creds(payload).get("region"))
    if region is None:
        return None
    geo, area, number = region.split("-")  # assumes "eu-west-1"-shaped regions
    return {"region": region, "in_eu": geo == "eu", "zone": f"{area}{number}"}


def aws_residency_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") not in ("ses", "sns"):
        return None
    region = _str(_creds(payload).get("region"))
    if region is None:
        return None
    geo, _, rest = region.strip().lower().partition("-")
    return {"region": region, "in_eu": geo == "eu", "zone": rest.replace("-", "")}


# 4. Egress allowlist for Infobip -----------------------------------------------------------
# The firewall sync job opens outbound traffic only to the Infobip host of each integration.


def infobip_egress_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") not in ("infobip-email", "infobip-sms"):
        return None
    base = _str(_creds(payload).get("baseUrl"))
    if not base:
        return None
    try:
        host = cast(str, urlsplit(base).hostname)  # assumes baseUrl carries a scheme
    except ValueError:
        return {"host": None, "allowed": False}
    return {"host": host, "allowed": host.endswith(".infobip.com") or host == "infobip.com"}


def infobip_egress_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") not in ("infobip-email", "infobip-sms"):
        return None
    base = _str(_creds(payload).get("baseUrl"))
    if not base:
        return None
    candidate = base.strip()
    if "://" not in candidate:
        candidate = "https://" + candidate
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        host = None
    if not host:
        return {"host": None, "allowed": False}
    return {"host": host, "allowed": host.endswith(".infobip.com") or host == "infobip.com"}


# 5. Transport-pool cache key ---------------------------------------------------------------
# The mail worker reuses SMTP/HTTP transports keyed by their connection settings.


def transport_pool_key_buggy(payload: Payload) -> int:
    creds = _creds(payload)
    tls = creds.get("tlsOptions")
    tls = tls if isinstance(tls, dict) else {}
    key = (
        payload.get("providerId"),
        creds.get("host"),
        creds.get("port"),
        creds.get("user"),
        frozenset(tls.items()),
    )  # assumes tlsOptions values are scalars
    return hash(key)


def _canonical(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((str(k), _canonical(v)) for k, v in value.items()))
    if isinstance(value, list):
        return ("__list__", *(_canonical(v) for v in value))
    return value


def transport_pool_key_fixed(payload: Payload) -> int:
    creds = _creds(payload)
    tls = creds.get("tlsOptions")
    tls = tls if isinstance(tls, dict) else {}
    key = (
        payload.get("providerId"),
        _canonical(creds.get("host")),
        _canonical(creds.get("port")),
        _canonical(creds.get("user")),
        _canonical(tls),
    )
    return hash(key)


# 6. SMS gateway YAML config ----------------------------------------------------------------
# The on-prem SMS relay at each site reads a YAML file rendered from the integration.

_GATEWAY_TEMPLATE = "gateway:\n  account: {account}\n  login: {login}\n"
_PLAIN_WORD = re.compile(r"-?[A-Za-z0-9_][A-Za-z0-9_.@+-]*")


def gateway_yaml_buggy(payload: Payload) -> dict[str, str]:
    login = _str(_creds(payload).get("user")) or "none"
    account = _str(payload.get("identifier")) or "none"
    if not _PLAIN_WORD.fullmatch(login) or not _PLAIN_WORD.fullmatch(account):
        return {"account": "none", "login": "none"}  # only plain words get rendered
    text = _GATEWAY_TEMPLATE.format(account=account, login=login)
    config = yaml.safe_load(text)["gateway"]
    # assumes plain-word values come back as strings (a numeric user id loads as an int)
    return {"account": config["account"].strip(), "login": config["login"].strip()}


def gateway_yaml_fixed(payload: Payload) -> dict[str, str]:
    login = _str(_creds(payload).get("user")) or "none"
    account = _str(payload.get("identifier")) or "none"
    if not _PLAIN_WORD.fullmatch(login) or not _PLAIN_WORD.fullmatch(account):
        return {"account": "none", "login": "none"}
    text = _GATEWAY_TEMPLATE.format(account=json.dumps(account), login=json.dumps(login))
    config = yaml.safe_load(text)["gateway"]
    return {"account": str(config["account"]).strip(), "login": str(config["login"]).strip()}


# 7. SMTP TLS mode for the front-desk mailer ------------------------------------------------


_TLS_MODES = {(False, False): "opportunistic", (True, False): "starttls-required", (False, True): "plain"}


def smtp_tls_mode_buggy(payload: Payload) -> str:
    creds = _creds(payload)
    if creds.get("secure") is True:
        return "implicit-tls"
    # assumes requireTls and ignoreTls are never both set
    return _TLS_MODES[(creds.get("requireTls") is True, creds.get("ignoreTls") is True)]


def smtp_tls_mode_fixed(payload: Payload) -> str:
    creds = _creds(payload)
    if creds.get("secure") is True:
        return "implicit-tls"
    if creds.get("requireTls") is True:
        return "starttls-required"
    if creds.get("ignoreTls") is True:
        return "plain"
    return "opportunistic"


# 8. Member-segment SQL from conditions -----------------------------------------------------

_SQL_OPERATORS = {
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "ALL_IN": "@>",
    "ANY_IN": "&&",
    "NOT_IN": "NOT IN",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
    "IN": "IN",
}


def _clauses(condition: dict[str, Any]) -> list[str]:
    return [
        f"(attr(%s) {_SQL_OPERATORS.get(str(child.get('operator')), '=')} %s)"
        for child in _children(condition)
    ]


def segment_sql_buggy(payload: Payload) -> str:
    parts = []
    for condition in _conditions(payload):
        joiner = " OR " if condition.get("value") == "OR" else " AND "
        # assumes every condition has at least one child
        expr = functools.reduce(lambda a, b: f"{a}{joiner}{b}", _clauses(condition))
        parts.append(f"NOT ({expr})" if condition.get("isNegated") is True else f"({expr})")
    return " AND ".join(parts) or "TRUE"


def segment_sql_fixed(payload: Payload) -> str:
    parts = []
    for condition in _conditions(payload):
        is_or = condition.get("value") == "OR"
        clauses = _clauses(condition)
        expr = (" OR " if is_or else " AND ").join(clauses) or ("FALSE" if is_or else "TRUE")
        parts.append(f"NOT ({expr})" if condition.get("isNegated") is True else f"({expr})")
    return " AND ".join(parts) or "TRUE"


# 9. LIKE conditions in the member search indexer -------------------------------------------


def like_patterns_buggy(payload: Payload) -> list[str]:
    patterns = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") in ("LIKE", "NOT_LIKE"):
                value = _str(child.get("value")) or ""
                # assumes LIKE values hold no regex metacharacters besides % and _
                pattern = "^" + value.replace("%", ".*").replace("_", ".") + "$"
                patterns.append(re.compile(pattern).pattern)
    return patterns


def _like_to_regex(value: str) -> str:
    return "^" + "".join(".*" if ch == "%" else "." if ch == "_" else re.escape(ch) for ch in value) + "$"


def like_patterns_fixed(payload: Payload) -> list[str]:
    patterns = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") in ("LIKE", "NOT_LIKE"):
                patterns.append(re.compile(_like_to_regex(_str(child.get("value")) or "")).pattern)
    return patterns


# 10. Ops alert for a paused integration ----------------------------------------------------


def ops_alert_buggy(payload: Payload) -> str:
    state = "live" if payload.get("active") is True else "paused"
    # assumes the integration name holds no format braces
    template = "Integration " + str(payload.get("name")) + " ({provider}, {channel}) is {state}"
    return template.format(provider=payload.get("providerId"), channel=payload.get("channel"), state=state)


def ops_alert_fixed(payload: Payload) -> str:
    state = "live" if payload.get("active") is True else "paused"
    return "Integration {name} ({provider}, {channel}) is {state}".format(
        name=payload.get("name"),
        provider=payload.get("providerId"),
        channel=payload.get("channel"),
        state=state,
    )


# 11. Per-integration bounce subdomain ------------------------------------------------------


def bounce_domain_buggy(payload: Payload) -> str:
    identifier = str(payload.get("identifier", "")).lower()
    # assumes the identifier fits in one DNS label (1..63 characters)
    return f"{identifier}.bounce.hivedesk.example".encode("idna").decode("ascii")


def bounce_domain_fixed(payload: Payload) -> str:
    identifier = str(payload.get("identifier", ""))
    digest = hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return f"i-{digest}.bounce.hivedesk.example"


# 12. Site router: which coworking location owns an integration -----------------------------

_LOCATION_BY_ENVIRONMENT = {"6615a3c2f1e2d3c4b5a69701": "berlin-mitte"}


def site_router_buggy(payload: Payload) -> str:
    # assumes the list only holds integrations of our own environment
    location = _LOCATION_BY_ENVIRONMENT[payload["_environmentId"]]
    return f"{location}/{payload.get('channel')}/{payload.get('identifier')}"


def site_router_fixed(payload: Payload) -> str:
    location = _LOCATION_BY_ENVIRONMENT.get(str(payload.get("_environmentId")), "unassigned")
    return f"{location}/{payload.get('channel')}/{payload.get('identifier')}"


# 13. Admin-console serializer --------------------------------------------------------------


def admin_view_buggy(payload: Payload) -> dict[str, Any]:
    view: dict[str, Any] = {}
    for key, value in payload.items():
        name = key.lstrip("_")
        if name in view:  # assumes stripping underscores never collides (write replies echo `id`)
            raise ValueError(f"duplicate field {name!r}")
        view[name] = value
    return view


_RENAMES = {"_id": "id", "_environmentId": "environmentId", "_organizationId": "organizationId"}


def admin_view_fixed(payload: Payload) -> dict[str, Any]:
    view: dict[str, Any] = {new: payload[old] for old, new in _RENAMES.items() if old in payload}
    for key, value in payload.items():
        if key in _RENAMES:
            continue
        name = key.lstrip("_") or key
        if name in view:
            name = key
        if name not in view:
            view[name] = value
    return view


# 14. FCM project for the app-push channel --------------------------------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    account = _str(_creds(payload).get("serviceAccount"))
    if not account:
        return None
    data = json.loads(account)  # assumes the decrypted JSON (write replies carry nvsk.<hex>:<hex>)
    project = data.get("project_id") if isinstance(data, dict) else None
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send" if project else None


def fcm_project_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    account = _str(_creds(payload).get("serviceAccount"))
    if not account or account.startswith("nvsk."):
        return None
    try:
        data = json.loads(account)
    except (ValueError, RecursionError):
        return None
    project = data.get("project_id") if isinstance(data, dict) else None
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send" if project else None


# 15. Credential-retention purge for deleted integrations -----------------------------------


def purge_schedule_buggy(payload: Payload) -> str | None:
    if payload.get("deleted") is not True:
        return None
    raw = _str(payload.get("deletedAt"))
    if raw is None:
        return "purge-now"
    # assumes JavaScript's toISOString() shape, e.g. 2025-05-08T10:00:00.000Z
    deleted_at = datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (deleted_at + timedelta(days=30)).isoformat()


def purge_schedule_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True:
        return None
    raw = _str(payload.get("deletedAt"))
    if raw is None:
        return "purge-now"
    try:
        deleted_at = datetime.fromisoformat(raw.strip())
        if deleted_at.tzinfo is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        return (deleted_at + timedelta(days=30)).isoformat()
    except (ValueError, OverflowError):
        return "purge-now"


# 16. Default sender per channel for the failover router ------------------------------------


def default_sender_buggy(payload: Payload) -> dict[str, Any]:
    senders = {}
    if payload.get("active") is True:
        senders[payload.get("identifier")] = payload.get("providerId")
    route: dict[str, Any] = {"channel": payload.get("channel"), "candidates": list(senders)}
    if payload.get("primary") is True:
        route["default"] = senders[payload.get("identifier")]  # assumes a primary is always active
    return route


def default_sender_fixed(payload: Payload) -> dict[str, Any]:
    senders = {}
    if payload.get("active") is True:
        senders[payload.get("identifier")] = payload.get("providerId")
    route: dict[str, Any] = {"channel": payload.get("channel"), "candidates": list(senders)}
    if payload.get("primary") is True and payload.get("identifier") in senders:
        route["default"] = senders[payload.get("identifier")]
    return route


# Examples -----------------------------------------------------------------------------------


def _set_credentials(
    provider: str, channel: str, credentials: dict[str, Any], name: str | None = None
) -> Callable[[Payload], None]:
    def mutate(p: Payload) -> None:
        p["providerId"] = provider
        p["channel"] = channel
        p["credentials"] = credentials
        if name is not None:
            p["name"] = name

    return mutate


def _deleted(p: Payload) -> None:
    p["deleted"] = True
    p["active"] = False
    p["primary"] = False
    p["deletedAt"] = "2025-05-08T10:00:00Z"


def _empty_children(p: Payload) -> None:
    p["conditions"][0]["children"] = []


def _like_child(p: Payload) -> None:
    p["conditions"][0]["children"].append(
        {
            "field": "subscriber.data.company",
            "value": "Startup Hub (Mitte%",
            "operator": "LIKE",
            "on": "subscriber",
        }
    )


COWORKING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="coworking_booking_sender_domain",
        bug="credentials.from is a bare addr-spec, never a name-addr like 'Hive Desk <no-reply@...>'",
        buggy=booking_sender_buggy,
        fixed=booking_sender_fixed,
        raises=(ValueError, IndexError, email.errors.HeaderParseError),
        example=_example(
            lambda p: p["credentials"].update({"from": "Hive Desk <bookings@hivedesk.example>"})
        ),
    ),
    ConsumerCase(
        name="coworking_member_sms_msisdn",
        bug="a Twilio 'from' is always an E.164 phone number, never an alphanumeric sender id",
        buggy=member_sms_sender_buggy,
        fixed=member_sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            _set_credentials(
                "twilio",
                "sms",
                {"accountSid": "AC0123456789abcdef0123456789abcdef", "token": "t0k3n", "from": "HIVEDESK"},
                name="Twilio",
            )
        ),
    ),
    ConsumerCase(
        name="coworking_aws_region_residency",
        bug="an SES/SNS region always has exactly three dash-separated parts like eu-west-1",
        buggy=aws_residency_buggy,
        fixed=aws_residency_fixed,
        raises=(ValueError,),
        example=_example(
            _set_credentials(
                "ses",
                "email",
                {
                    "apiKey": "AKIAFAKE",
                    "secretKey": "fake",
                    "region": "us-gov-west-1",
                    "from": "no-reply@example.com",
                    "senderName": "Hive",
                },
                name="SES",
            )
        ),
    ),
    ConsumerCase(
        name="coworking_infobip_egress_host",
        bug="Infobip's baseUrl always carries an https:// scheme (Infobip hands out bare hosts)",
        buggy=infobip_egress_buggy,
        fixed=infobip_egress_fixed,
        raises=(AttributeError,),
        example=_example(
            _set_credentials(
                "infobip-sms",
                "sms",
                {"apiKey": "fake", "baseUrl": "y3k9mz.api.infobip.com", "from": "Hive"},
                name="Infobip",
            )
        ),
    ),
    ConsumerCase(
        name="coworking_transport_pool_key",
        bug="credentials.tlsOptions only holds scalar (hashable) values",
        buggy=transport_pool_key_buggy,
        fixed=transport_pool_key_fixed,
        raises=(TypeError,),
        example=_example(
            _set_credentials(
                "nodemailer",
                "email",
                {
                    "host": "smtp.hivedesk.example",
                    "port": "587",
                    "from": "a@b.example",
                    "senderName": "Hive",
                    "tlsOptions": {"ciphers": ["TLS_AES_128_GCM_SHA256"]},
                },
                name="Custom SMTP",
            )
        ),
    ),
    ConsumerCase(
        name="coworking_gateway_yaml_login",
        bug="a plain-word credentials.user renders into YAML as a string (a numeric Gupshup id loads as int)",
        buggy=gateway_yaml_buggy,
        fixed=gateway_yaml_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            _set_credentials("gupshup", "sms", {"user": "2000187436", "password": "fake"}, name="Gupshup")
        ),
    ),
    ConsumerCase(
        name="coworking_smtp_tls_mode",
        bug="requireTls and ignoreTls are mutually exclusive",
        buggy=smtp_tls_mode_buggy,
        fixed=smtp_tls_mode_fixed,
        raises=(KeyError,),
        example=_example(
            _set_credentials(
                "nodemailer",
                "email",
                {
                    "host": "smtp.hivedesk.example",
                    "port": "25",
                    "from": "a@b.example",
                    "senderName": "Hive",
                    "requireTls": True,
                    "ignoreTls": True,
                },
                name="Custom SMTP",
            )
        ),
    ),
    ConsumerCase(
        name="coworking_segment_sql_empty_group",
        bug="every condition has at least one child (reduce() without an initial value)",
        buggy=segment_sql_buggy,
        fixed=segment_sql_fixed,
        raises=(TypeError,),
        example=_example(_empty_children),
    ),
    ConsumerCase(
        name="coworking_like_search_regex",
        bug="a LIKE/NOT_LIKE child value holds no regex metacharacters apart from % and _",
        buggy=like_patterns_buggy,
        fixed=like_patterns_fixed,
        raises=(re.error,),
        example=_example(_like_child),
    ),
    ConsumerCase(
        name="coworking_ops_alert_braces",
        bug="the integration name holds no str.format braces",
        buggy=ops_alert_buggy,
        fixed=ops_alert_fixed,
        raises=(KeyError, IndexError, ValueError, AttributeError),
        example=_example(lambda p: p.update({"name": "SendGrid {EU} desk bookings"})),
    ),
    ConsumerCase(
        name="coworking_bounce_dns_label",
        bug="the identifier fits in a single DNS label of at most 63 characters",
        buggy=bounce_domain_buggy,
        fixed=bounce_domain_fixed,
        raises=(UnicodeError,),
        example=_example(
            lambda p: p.update(
                {"identifier": "hive-coworking-berlin-mitte-ground-floor-reception-desk-mailer-x8Kd2bQ1"}
            )
        ),
    ),
    ConsumerCase(
        name="coworking_site_router_foreign_env",
        bug="GET /v1/integrations only returns our environment's integrations (it lists the whole org)",
        buggy=site_router_buggy,
        fixed=site_router_fixed,
        raises=(KeyError,),
        example=_example(lambda p: p.update({"_environmentId": "6615a3c2f1e2d3c4b5a697ff"})),
    ),
    ConsumerCase(
        name="coworking_admin_view_id_echo",
        bug="stripping leading underscores from keys never collides (write replies also carry id)",
        buggy=admin_view_buggy,
        fixed=admin_view_fixed,
        raises=(ValueError,),
        example=_example(lambda p: p.update({"id": p["_id"]})),
    ),
    ConsumerCase(
        name="coworking_fcm_project_encrypted",
        bug="fcm's serviceAccount is always decrypted JSON, never the stored nvsk.<hex>:<hex> form",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, RecursionError),
        example=_example(
            _set_credentials(
                "fcm",
                "push",
                {"serviceAccount": "nvsk.3f9a0c1d2e4b5a6978695a4b3c2d1e0f:8e7d6c5b4a39281706f5e4d3c2b1a09f"},
                name="Firebase Cloud Messaging",
            )
        ),
    ),
    ConsumerCase(
        name="coworking_purge_deleted_at_format",
        bug="a deleted integration's deletedAt always has toISOString() milliseconds and a Z",
        buggy=purge_schedule_buggy,
        fixed=purge_schedule_fixed,
        raises=(ValueError,),
        example=_example(_deleted),
    ),
    ConsumerCase(
        name="coworking_failover_inactive_primary",
        bug="an integration with primary: true is always active",
        buggy=default_sender_buggy,
        fixed=default_sender_fixed,
        raises=(KeyError,),
        example=_example(lambda p: p.update({"active": False})),
    ),
]
