"""Novu integration consumers of an aggregates quarry company's operations platform.

The platform pulls ``GET /v1/integrations`` to drive blast warnings (SMS to pit crews), weighbridge
ticket e-mails, haul-truck dispatch filters, driver-app pushes and compliance exports. Every consumer
comes as a ``*_buggy`` version (one realistic mistake) and a ``*_fixed`` control.
"""

from __future__ import annotations

import base64
import configparser
import copy
import csv
import hashlib
import io
import ipaddress
import json
import re
from datetime import UTC, datetime
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# A fixed "now" so the retention jobs are deterministic.
_NOW = datetime(2025, 6, 1, 6, 0, 0, tzinfo=UTC)


def _payload(
    provider: str,
    channel: str,
    credentials: dict[str, Any],
    *,
    drop: tuple[str, ...] = (),
    **top: Any,
) -> Payload:
    """A realistic quarry integration record (GET list shape) with the given changes."""
    base: Payload = {
        "_id": "66a1b2c3d4e5f60718293a4b",
        "_environmentId": "66a1b2c3d4e5f60718293a01",
        "_organizationId": "66a1b2c3d4e5f60718293a02",
        "name": "Pit Dispatch",
        "identifier": "pit-dispatch-Q7xk2Lm9",
        "providerId": provider,
        "channel": channel,
        "credentials": credentials,
        "active": True,
        "deleted": False,
        "primary": False,
        "conditions": [],
        "priority": 1,
        "createdAt": "2025-02-03T08:15:00.000Z",
        "updatedAt": "2025-02-03T08:15:00.000Z",
        "__v": 0,
    }
    base.update(copy.deepcopy(top))
    for key in drop:
        base.pop(key, None)
    return base


# --------------------------------------------------------------------------------------------
# 1. Blast-warning SMS: URL of the self-hosted Kannel gateway at the remote pit.
# --------------------------------------------------------------------------------------------
_KANNEL_DEFAULT_PORT = 13013


def kannel_sendsms_url_buggy(p: Payload) -> str | None:
    if p["providerId"] != "kannel":
        return None
    creds = p["credentials"]
    host = creds.get("host", "localhost")
    port = int(creds.get("port", str(_KANNEL_DEFAULT_PORT)))
    return f"http://{host}:{port}/cgi-bin/sendsms"


def _parse_port(raw: str | None, default: int) -> int:
    if raw is None:
        return default
    raw = raw.strip()
    if raw.isascii() and raw.isdigit() and len(raw) <= 5 and 0 < int(raw) < 65536:
        return int(raw)
    return default


def kannel_sendsms_url_fixed(p: Payload) -> str | None:
    if p["providerId"] != "kannel":
        return None
    creds = p["credentials"]
    host = creds.get("host") or "localhost"
    port = _parse_port(creds.get("port"), _KANNEL_DEFAULT_PORT)
    return f"http://{host}:{port}/cgi-bin/sendsms"


# --------------------------------------------------------------------------------------------
# 2. Weighbridge ticket e-mails: domain of the sender, for the SPF/DMARC pre-flight check.
# --------------------------------------------------------------------------------------------
def sender_domain_buggy(p: Payload) -> str | None:
    if p["channel"] != "email":
        return None
    sender = p["credentials"].get("from")
    if sender is None:
        return None
    domain: str = sender.split("@")[1].strip(">").lower()
    return domain


def sender_domain_fixed(p: Payload) -> str | None:
    if p["channel"] != "email":
        return None
    sender = p["credentials"].get("from")
    if not sender:
        return None
    _, at, domain = sender.rpartition("@")
    domain = domain.strip().strip(">").lower()
    if not at or not domain:
        return None
    return str(domain)


# --------------------------------------------------------------------------------------------
# 3. Decommissioning audit trail for the quarry's ISO 9001 records.
# --------------------------------------------------------------------------------------------
def decommission_audit_buggy(p: Payload) -> dict[str, str] | None:
    if not p["deleted"]:
        return None
    return {
        "integration": p["identifier"],
        "provider": p["providerId"],
        "removed_by": p["deletedBy"],
        "removed_at": p.get("deletedAt", ""),
    }


def decommission_audit_fixed(p: Payload) -> dict[str, str] | None:
    if not p["deleted"]:
        return None
    return {
        "integration": p["identifier"],
        "provider": p["providerId"],
        "removed_by": p.get("deletedBy", "unknown (not recorded)"),
        "removed_at": p.get("deletedAt", ""),
    }


# --------------------------------------------------------------------------------------------
# 4. Retention job: how many days ago an integration was soft-deleted.
# --------------------------------------------------------------------------------------------
def deleted_age_days_buggy(p: Payload) -> int | None:
    raw = p.get("deletedAt")
    if raw is None:
        return None
    deleted_at = datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (_NOW - deleted_at).days


def deleted_age_days_fixed(p: Payload) -> int | None:
    raw = p.get("deletedAt")
    if raw is None:
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return None  # not a timestamp we understand: leave it to a human
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    return (_NOW - deleted_at).days


# --------------------------------------------------------------------------------------------
# 5. Control-room dashboard badge for each integration.
# --------------------------------------------------------------------------------------------
_BADGES_BUGGY = {
    (True, True): "PRIMARY",
    (True, False): "STANDBY",
    (False, False): "OFF",
}
_BADGES_FIXED = {**_BADGES_BUGGY, (False, True): "PRIMARY (INACTIVE)"}


def status_badge_buggy(p: Payload) -> str:
    return _BADGES_BUGGY[(p["active"], p["primary"])]


def status_badge_fixed(p: Payload) -> str:
    return _BADGES_FIXED[(bool(p["active"]), bool(p["primary"]))]


# --------------------------------------------------------------------------------------------
# 6. Which ops team owns an integration (for the on-call rota).
# --------------------------------------------------------------------------------------------
_TEAMS_BUGGY = {
    "email": "sales-office",
    "sms": "pit-dispatch",
    "push": "driver-app",
    "chat": "site-ops",
}
_TEAMS_FIXED = {**_TEAMS_BUGGY, "in_app": "customer-portal"}


def owning_team_buggy(p: Payload) -> str:
    return _TEAMS_BUGGY[p["channel"]]


def owning_team_fixed(p: Payload) -> str:
    return _TEAMS_FIXED.get(p["channel"], "platform")


# --------------------------------------------------------------------------------------------
# 7. Haul-truck dispatch: translate conditions into the dispatch DB's WHERE clauses.
# --------------------------------------------------------------------------------------------
_SQL_OPS_BUGGY = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
}
_SQL_OPS_FIXED = {
    **_SQL_OPS_BUGGY,
    "ALL_IN": "@>",
    "ANY_IN": "&&",
    "NOT_IN": "NOT IN",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
}


def _dispatch_where(p: Payload, ops: dict[str, str]) -> list[tuple[str, list[str]]]:
    clauses: list[tuple[str, list[str]]] = []
    for cond in p.get("conditions", []):
        parts = [f'"{c["on"]}"."{c["field"]}" {ops[c["operator"]]} ?' for c in cond["children"]]
        if not parts:
            continue
        joined = f" {cond['value']} ".join(parts)
        sql = f"NOT ({joined})" if cond["isNegated"] else f"({joined})"
        clauses.append((sql, [c["value"] for c in cond["children"]]))
    return clauses


def dispatch_where_buggy(p: Payload) -> list[tuple[str, list[str]]]:
    return _dispatch_where(p, _SQL_OPS_BUGGY)


def dispatch_where_fixed(p: Payload) -> list[tuple[str, list[str]]]:
    return _dispatch_where(p, _SQL_OPS_FIXED)


# --------------------------------------------------------------------------------------------
# 8. Compliance export for the legacy site-safety system (CSV import, quotes disabled).
# --------------------------------------------------------------------------------------------
def _compliance_row(p: Payload) -> list[str]:
    return [
        p["identifier"],
        p["name"],
        p["providerId"],
        p["channel"],
        "Y" if p["active"] else "N",
        "Y" if p["primary"] else "N",
    ]


def compliance_csv_buggy(p: Payload) -> str:
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_NONE).writerow(_compliance_row(p))
    return buf.getvalue()


def compliance_csv_fixed(p: Payload) -> str:
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_MINIMAL).writerow(_compliance_row(p))
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# 9. Scale-house PC: INI file with the SMTP relay used to e-mail weighbridge tickets.
# --------------------------------------------------------------------------------------------
def _scalehouse_ini(p: Payload, parser: configparser.RawConfigParser) -> str | None:
    if p["providerId"] != "nodemailer":
        return None
    creds = p["credentials"]
    parser.add_section("smtp")
    parser.set("smtp", "host", creds.get("host", ""))
    parser.set("smtp", "port", creds.get("port", "25"))
    parser.set("smtp", "user", creds.get("user", ""))
    parser.set("smtp", "password", creds.get("password", ""))
    parser.set("smtp", "from", creds.get("from", ""))
    buf = io.StringIO()
    parser.write(buf)
    return buf.getvalue()


def scalehouse_ini_buggy(p: Payload) -> str | None:
    return _scalehouse_ini(p, configparser.ConfigParser())


def scalehouse_ini_fixed(p: Payload) -> str | None:
    return _scalehouse_ini(p, configparser.ConfigParser(interpolation=None))


# --------------------------------------------------------------------------------------------
# 10. Redis cache key for the per-environment integration lookup.
# --------------------------------------------------------------------------------------------
def cache_key_buggy(p: Payload) -> str:
    raw = "|".join([p["_environmentId"], p["providerId"], p["identifier"]])
    return "novu:integration:" + hashlib.sha256(raw.encode()).hexdigest()[:32]


def cache_key_fixed(p: Payload) -> str:
    # json.dumps escapes lone surrogates (and keeps the parts unambiguous).
    raw = json.dumps([p["_environmentId"], p["providerId"], p["identifier"]])
    return "novu:integration:" + hashlib.sha256(raw.encode("ascii")).hexdigest()[:32]


# --------------------------------------------------------------------------------------------
# 11. Prometheus labels: slug of the identifier (``<slug>-<shortid>``).
# --------------------------------------------------------------------------------------------
_IDENTIFIER = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)-([A-Za-z0-9_-]{7,14})")
_LABEL_UNSAFE = re.compile(r"[^a-z0-9_]+")


def metric_labels_buggy(p: Payload) -> dict[str, str]:
    slug = _IDENTIFIER.fullmatch(p["identifier"]).group(1)  # type: ignore[union-attr]
    return {"provider": p["providerId"], "channel": p["channel"], "integration": slug}


def metric_labels_fixed(p: Payload) -> dict[str, str]:
    match = _IDENTIFIER.fullmatch(p["identifier"])
    if match is not None:
        slug = match.group(1)
    else:
        slug = _LABEL_UNSAFE.sub("_", p["identifier"].lower()).strip("_")[:64] or "unnamed"
    return {"provider": p["providerId"], "channel": p["channel"], "integration": slug}


# --------------------------------------------------------------------------------------------
# 12. Driver app pushes: the Firebase project behind the FCM integration.
# --------------------------------------------------------------------------------------------
def fcm_project_buggy(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] != "fcm":
        return None
    account = json.loads(p["credentials"].get("serviceAccount", "{}"))
    return {"project": account.get("project_id"), "client_email": account.get("client_email")}


def fcm_project_fixed(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] != "fcm":
        return None
    raw = p["credentials"].get("serviceAccount")
    if not raw:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None  # encrypted ("nvsk.…") or not a JSON key file
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    email = account.get("client_email")
    return {
        "project": project if isinstance(project, str) else None,
        "client_email": email if isinstance(email, str) else None,
    }


# --------------------------------------------------------------------------------------------
# 13. Site firewall: egress allow-list entry for the SMTP / SMS gateway host.
# --------------------------------------------------------------------------------------------
def egress_rule_buggy(p: Payload) -> str | None:
    if p["providerId"] not in ("nodemailer", "kannel"):
        return None
    creds = p["credentials"]
    host = creds.get("host")
    if not host:
        return None
    addr = ipaddress.ip_address(host)
    kind = "ip6" if addr.version == 6 else "ip"
    return f"allow out {kind} {addr} port {_parse_port(creds.get('port'), 25)}"


def egress_rule_fixed(p: Payload) -> str | None:
    if p["providerId"] not in ("nodemailer", "kannel"):
        return None
    creds = p["credentials"]
    host = creds.get("host")
    if not host:
        return None
    port = _parse_port(creds.get("port"), 25)
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return f"allow out fqdn {json.dumps(host)} port {port}"
    kind = "ip6" if addr.version == 6 else "ip"
    return f"allow out {kind} {addr} port {port}"


# --------------------------------------------------------------------------------------------
# 14. Blast warning text sent to pit crews.
# --------------------------------------------------------------------------------------------
def blast_warning_buggy(p: Payload) -> str | None:
    if p["channel"] != "sms":
        return None
    creds = p["credentials"]
    sender = creds.get("senderName") or creds.get("from") or p["name"]
    template = "BLAST WARNING from " + sender + ": clear {zone} by {time}. Reply STOP to opt out."
    text: str = template.format(zone="North Face bench 3", time="14:30")
    return text


def blast_warning_fixed(p: Payload) -> str | None:
    if p["channel"] != "sms":
        return None
    creds = p["credentials"]
    sender = creds.get("senderName") or creds.get("from") or p["name"]
    template = "BLAST WARNING from {sender}: clear {zone} by {time}. Reply STOP to opt out."
    return template.format(sender=sender, zone="North Face bench 3", time="14:30")


# --------------------------------------------------------------------------------------------
# 15. Admin list: one-line summary of the leading routing rule.
# --------------------------------------------------------------------------------------------
def routing_summary_buggy(p: Payload) -> str:
    first = p["conditions"][0]
    lead = first["children"][0]
    negation = "NOT " if first["isNegated"] else ""
    return f"{negation}{lead['on']}.{lead['field']} {lead['operator']} {lead['value']!r}"


def routing_summary_fixed(p: Payload) -> str:
    for cond in p.get("conditions", []):
        if cond["children"]:
            lead = cond["children"][0]
            negation = "NOT " if cond["isNegated"] else ""
            return f"{negation}{lead['on']}.{lead['field']} {lead['operator']} {lead['value']!r}"
    return "(always)"


# --------------------------------------------------------------------------------------------
# 16. Driver app on iOS: decode the APNs auth key to fingerprint it for the key-rotation report.
# --------------------------------------------------------------------------------------------
_PEM_ARMOR = re.compile(r"-----(?:BEGIN|END)[^-]*-----")


def apns_key_fingerprint_buggy(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] != "apns":
        return None
    creds = p["credentials"]
    der = base64.b64decode(creds.get("secretKey", ""), validate=True)
    return {
        "key_id": creds.get("apiKey"),
        "bundle": creds.get("applicationId"),
        "fingerprint": hashlib.sha256(der).hexdigest()[:16],
    }


def apns_key_fingerprint_fixed(p: Payload) -> dict[str, Any] | None:
    if p["providerId"] != "apns":
        return None
    creds = p["credentials"]
    body = "".join(_PEM_ARMOR.sub("", creds.get("secretKey", "")).split())
    try:
        der = base64.b64decode(body, validate=True)
    except ValueError:  # binascii.Error, or non-ASCII text
        fingerprint = None
    else:
        fingerprint = hashlib.sha256(der).hexdigest()[:16]
    return {"key_id": creds.get("apiKey"), "bundle": creds.get("applicationId"), "fingerprint": fingerprint}


# --------------------------------------------------------------------------------------------
QUARRY_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="quarry_kannel_port",
        bug="assumes the Kannel `port` credential string always parses as an int",
        buggy=kannel_sendsms_url_buggy,
        fixed=kannel_sendsms_url_fixed,
        raises=(ValueError,),
        example=_payload("kannel", "sms", {"host": "10.20.0.5", "port": "", "from": "PITOPS"}),
    ),
    ConsumerCase(
        name="quarry_sender_domain",
        bug="assumes an email integration's `from` always contains an '@'",
        buggy=sender_domain_buggy,
        fixed=sender_domain_fixed,
        raises=(IndexError,),
        example=_payload(
            "mailgun",
            "email",
            {
                "apiKey": "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
                "domain": "mg.granitepits.co.uk",
                "user": "api",
                "from": "weighbridge",
                "senderName": "Weighbridge Tickets",
            },
            name="Mailgun",
            identifier="mailgun-aB3dE5fG",
        ),
    ),
    ConsumerCase(
        name="quarry_decommission_deleted_by",
        bug="assumes a deleted integration always carries `deletedBy`",
        buggy=decommission_audit_buggy,
        fixed=decommission_audit_fixed,
        raises=(KeyError,),
        example=_payload(
            "twilio",
            "sms",
            {"accountSid": "AC0123456789abcdef0123456789abcdef", "token": "tok", "from": "+441632960001"},
            deleted=True,
            active=False,
            deletedAt="2025-04-30T16:02:11.431Z",
        ),
    ),
    ConsumerCase(
        name="quarry_deleted_at_format",
        bug="parses `deletedAt` with a fixed strptime format that requires milliseconds and 'Z'",
        buggy=deleted_age_days_buggy,
        fixed=deleted_age_days_fixed,
        raises=(ValueError,),
        example=_payload(
            "sendgrid",
            "email",
            {"apiKey": "SG.x", "from": "tickets@granitepits.co.uk", "senderName": "Tickets"},
            deleted=True,
            active=False,
            deletedAt="2025-03-14T07:30:00Z",
            deletedBy="66a1b2c3d4e5f60718293a77",
        ),
    ),
    ConsumerCase(
        name="quarry_badge_inactive_primary",
        bug="assumes `primary: true` only occurs with `active: true`",
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_payload(
            "sendgrid",
            "email",
            {"apiKey": "SG.x", "from": "tickets@granitepits.co.uk", "senderName": "Tickets"},
            active=False,
            primary=True,
        ),
    ),
    ConsumerCase(
        name="quarry_team_in_app",
        bug="channel-to-team map forgets the `in_app` channel",
        buggy=owning_team_buggy,
        fixed=owning_team_fixed,
        raises=(KeyError,),
        example=_payload(
            "novu", "in_app", {"hmac": False}, name="Novu In-App", identifier="novu-in-app-Zk3x9QpA"
        ),
    ),
    ConsumerCase(
        name="quarry_dispatch_operator",
        bug="operator map only knows comparison operators, not ANY_IN/BETWEEN/LIKE/...",
        buggy=dispatch_where_buggy,
        fixed=dispatch_where_fixed,
        raises=(KeyError,),
        example=_payload(
            "twilio",
            "sms",
            {"accountSid": "AC0123456789abcdef0123456789abcdef", "token": "tok", "from": "+441632960001"},
            conditions=[
                {
                    "isNegated": False,
                    "type": "LIST",
                    "value": "OR",
                    "children": [
                        {
                            "field": "site",
                            "value": "north-pit,east-pit",
                            "operator": "ANY_IN",
                            "on": "payload",
                        },
                    ],
                }
            ],
        ),
    ),
    ConsumerCase(
        name="quarry_compliance_csv_comma",
        bug="writes CSV with QUOTE_NONE, assuming names never contain the delimiter or quotes",
        buggy=compliance_csv_buggy,
        fixed=compliance_csv_fixed,
        raises=(csv.Error,),
        example=_payload(
            "sns",
            "sms",
            {"apiKey": "AKIA", "secretKey": "s", "region": "eu-west-2"},
            name="Sand, Gravel & Ballast alerts",
            identifier="sand-gravel-ballast-alerts-Hy7u2Kq1",
        ),
    ),
    ConsumerCase(
        name="quarry_scalehouse_ini_percent",
        bug="uses ConfigParser's default interpolation, so a '%' in the SMTP password raises",
        buggy=scalehouse_ini_buggy,
        fixed=scalehouse_ini_fixed,
        raises=(ValueError,),
        example=_payload(
            "nodemailer",
            "email",
            {
                "host": "smtp.granitepits.local",
                "port": "587",
                "user": "scalehouse",
                "password": "Gr@vel%2025",
                "secure": False,
                "from": "tickets@granitepits.co.uk",
                "senderName": "Weighbridge",
            },
            name="Nodemailer",
            identifier="nodemailer-Wq8sT1nP",
        ),
    ),
    ConsumerCase(
        name="quarry_cache_key_surrogate",
        bug="encodes the identifier with strict UTF-8, which fails on a lone surrogate",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            "sendgrid",
            "email",
            {"apiKey": "SG.x", "from": "tickets@granitepits.co.uk", "senderName": "Tickets"},
            name="Tickets \U0001f69a",
            identifier="tickets-\ud83d",
        ),
    ),
    ConsumerCase(
        name="quarry_metric_label_identifier",
        bug="assumes every identifier matches '<slug>-<shortid>' (an empty slug gives '-x8Kd2bQ1')",
        buggy=metric_labels_buggy,
        fixed=metric_labels_fixed,
        raises=(AttributeError,),
        example=_payload(
            "telnyx",
            "sms",
            {"apiKey": "KEY", "messageProfileId": "4001", "from": "+15550100"},
            name="!!!",
            identifier="-x8Kd2bQ1",
        ),
    ),
    ConsumerCase(
        name="quarry_fcm_service_account",
        bug="assumes FCM `serviceAccount` is always a JSON document (write replies hold 'nvsk.<hex>:<hex>')",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError,),
        example=_payload(
            "fcm",
            "push",
            {"serviceAccount": "nvsk.6b1f0e2a9c3d4e5f:0a9b8c7d6e5f4a3b2c1d"},
            name="Firebase Cloud Messaging",
            identifier="firebase-cloud-messaging-Rt5yU8iO",
        ),
    ),
    ConsumerCase(
        name="quarry_egress_hostname",
        bug="assumes the SMTP/SMS gateway `host` credential is an IP address, not a hostname",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example=_payload(
            "nodemailer",
            "email",
            {
                "host": "smtp.office365.com",
                "port": "587",
                "requireTls": True,
                "from": "tickets@granitepits.co.uk",
                "senderName": "Weighbridge",
            },
        ),
    ),
    ConsumerCase(
        name="quarry_blast_warning_braces",
        bug="concatenates the sender name into a str.format template, so braces in it break formatting",
        buggy=blast_warning_buggy,
        fixed=blast_warning_fixed,
        raises=(KeyError, ValueError, IndexError),
        example=_payload(
            "twilio",
            "sms",
            {"accountSid": "AC0123456789abcdef0123456789abcdef", "token": "tok"},
            name="Blasting {North Pit}",
        ),
    ),
    ConsumerCase(
        name="quarry_routing_summary_empty",
        bug="assumes the first condition always has at least one child",
        buggy=routing_summary_buggy,
        fixed=routing_summary_fixed,
        raises=(KeyError, IndexError),
        example=_payload(
            "sendgrid",
            "email",
            {"apiKey": "SG.x", "from": "tickets@granitepits.co.uk", "senderName": "Tickets"},
            conditions=[{"isNegated": False, "type": "GROUP", "value": "AND", "children": []}],
        ),
    ),
    ConsumerCase(
        name="quarry_apns_pem_base64",
        bug="base64-decodes the APNs `secretKey` directly, but it is a PEM (.p8) text with armor lines",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(ValueError,),
        example=_payload(
            "apns",
            "push",
            {
                "secretKey": "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg\n"
                "-----END PRIVATE KEY-----",
                "apiKey": "ABC123DEFG",
                "projectName": "TEAM123456",
                "applicationId": "uk.co.granitepits.driver",
                "secure": True,
            },
            name="APNS",
            identifier="apns-Lp0oK9iJ",
        ),
    ),
)

assert len({case.name for case in QUARRY_BUGS}) == len(QUARRY_BUGS) == 16
_ = HAPPY_PATH  # the payload every buggy consumer was tested with
