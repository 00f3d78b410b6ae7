"""Sixteen consumers from a network of public libraries, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The library
network reads its integrations from ``GET /v1/integrations`` to send overdue notices, hold-ready
texts, patron-app pushes and on-call alerts, and to feed its dashboards, audits and billing.

Each ``*_buggy`` function is what a competent engineer wrote against the happy path, with one
plausible assumption about a value the contract allows; each ``*_fixed`` function is the same code
done right and never raises on a contract-valid payload.
"""

from __future__ import annotations

import base64
import binascii
import copy
import functools
import hashlib
import ipaddress
import json
import operator
import re
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with keys replaced (``changes``), removed (``drop``) and new ``credentials``."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _text(value: object) -> str:
    """The value if it is a string, else an empty string (defensive read of a string field)."""
    return value if isinstance(value, str) else ""


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or an empty one when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of a payload (absent ``conditions`` means none)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _digest(text: str) -> str:
    """A short SHA-256 fingerprint of any Python string (lone surrogates included)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# 1. AWS cost-centre tagging for the overdue-notice mailer ------------------------------------------


def aws_cost_tag_buggy(payload: Payload) -> dict[str, str] | None:
    """Tag a regional integration with its AWS geography for the finance team's cost report."""
    region = payload["credentials"].get("region")
    if region is None:
        return None
    geo, area, number = region.split("-")
    return {"geo": geo, "area": area, "zone": number, "endpoint": f"email.{region}.amazonaws.com"}


_AWS_REGION = re.compile(r"([a-z]{2})-((?:gov-|iso-|isob-)?[a-z]+)-(\d+)")


def aws_cost_tag_fixed(payload: Payload) -> dict[str, str] | None:
    """Same tagging, but a region need not be ``geo-area-N`` (SparkPost's ``eu``, ``us-gov-west-1``)."""
    region = _creds(payload).get("region")
    if not isinstance(region, str):
        return None
    match = _AWS_REGION.fullmatch(region)
    if match is None:
        return {"geo": "other", "area": region, "zone": "", "endpoint": ""}
    geo, area, number = match.groups()
    return {"geo": geo, "area": area, "zone": number, "endpoint": f"email.{region}.amazonaws.com"}


# 2. Inbox widget configuration per branch environment ------------------------------------------------

_BRANCH_ENVIRONMENTS: dict[str, str] = {
    "6615a3c2f1e2d3c4b5a69701": "production",
    "6615a3c2f1e2d3c4b5a69711": "staging",
}


def inbox_widget_config_buggy(payload: Payload) -> dict[str, object]:
    """Build the OPAC inbox-widget config; the list is assumed to hold only our two environments."""
    environment = _BRANCH_ENVIRONMENTS[payload["_environmentId"]]
    return {
        "environment": environment,
        "integration": payload["identifier"],
        "enabled": payload["active"] and payload["channel"] == "in_app",
    }


def inbox_widget_config_fixed(payload: Payload) -> dict[str, object]:
    """Same config; ``GET /v1/integrations`` lists every environment of the organization."""
    environment_id = _text(payload.get("_environmentId"))
    environment = _BRANCH_ENVIRONMENTS.get(environment_id, f"other:{environment_id}")
    return {
        "environment": environment,
        "integration": _text(payload.get("identifier")),
        "enabled": payload.get("active") is True and payload.get("channel") == "in_app",
    }


# 3. Monthly messaging bill estimate -------------------------------------------------------------------

_EMAIL_PROVIDERS = [
    "novu-email",
    "mailgun",
    "mailjet",
    "mailtrap",
    "mandrill",
    "postmark",
    "sendgrid",
    "sendinblue",
    "ses",
    "netcore",
    "nodemailer",
    "mailersend",
    "outlook365",
    "infobip-email",
    "braze",
    "resend",
    "plunk",
    "sparkpost",
    "email-webhook",
]
_SMS_PROVIDERS = [
    "novu-sms",
    "nexmo",
    "plivo",
    "sms77",
    "sns",
    "telnyx",
    "messagebird",
    "twilio",
    "gupshup",
    "firetext",
    "infobip-sms",
    "burst-sms",
    "bulk-sms",
    "isend-sms",
    "clickatell",
    "forty-six-elks",
    "kannel",
    "maqsam",
    "sms-central",
    "termii",
    "africas-talking",
    "sendchamp",
    "generic-sms",
    "clicksend",
    "simpletexting",
    "bandwidth",
    "azure-sms",
    "ring-central",
    "brevo-sms",
    "eazy-sms",
    "mobishastra",
    "afro-message",
]
_RATE_CARD: dict[tuple[str, str], Decimal] = {
    **{("email", provider): Decimal("0.0009") for provider in _EMAIL_PROVIDERS},
    **{("sms", provider): Decimal("0.0075") for provider in _SMS_PROVIDERS},
}
_RATE_CARD[("email", "ses")] = Decimal("0.0001")
_RATE_CARD[("sms", "twilio")] = Decimal("0.0079")
_MONTHLY_VOLUME = {"email": 42_000, "sms": 9_500}


def monthly_bill_buggy(payload: Payload) -> Decimal:
    """Estimate the month's cost of an email or SMS integration from the provider rate card."""
    channel = payload["channel"]
    if channel not in _MONTHLY_VOLUME or not payload["active"]:
        return Decimal(0)
    rate = _RATE_CARD[(channel, payload["providerId"])]
    return rate * _MONTHLY_VOLUME[channel]


_DEFAULT_RATE = {"email": Decimal("0.0010"), "sms": Decimal("0.0080")}


def monthly_bill_fixed(payload: Payload) -> Decimal:
    """Same estimate; the server checks ``providerId`` against neither the provider list nor the channel."""
    channel = payload.get("channel")
    if not isinstance(channel, str) or channel not in _MONTHLY_VOLUME or payload.get("active") is not True:
        return Decimal(0)
    provider = _text(payload.get("providerId"))
    rate = _RATE_CARD.get((channel, provider), _DEFAULT_RATE[channel])
    return rate * _MONTHLY_VOLUME[channel]


# 4. A-Z directory on the staff admin page -------------------------------------------------------------


def directory_letter_buggy(payload: Payload) -> tuple[str, str]:
    """File an integration under the first letter of its name in the staff directory."""
    letter = payload["name"][0].upper()
    if not letter.isalpha():
        letter = "#"
    return letter, payload["name"]


def directory_letter_fixed(payload: Payload) -> tuple[str, str]:
    """Same directory; a name may be empty or all blanks."""
    name = _text(payload.get("name"))
    letter = name.strip()[:1].upper()[:1]
    if not letter or not letter.isalpha():
        letter = "#"
    return letter, name


# 5. Audience rules shown to branch managers --------------------------------------------------------


def audience_fields_buggy(payload: Payload) -> list[tuple[str, str]]:
    """List (scope, attribute) pairs used by an integration's routing conditions."""
    pairs: list[tuple[str, str]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            scope, attribute = child["field"].split(".", 1)
            pairs.append((scope, attribute))
    return pairs


def audience_fields_fixed(payload: Payload) -> list[tuple[str, str]]:
    """Same listing; the scope is in ``on``, and ``field`` is any string (``plan``, ``a.b.c``, ``""``)."""
    pairs: list[tuple[str, str]] = []
    for condition in _conditions(payload):
        for child in _children(condition):
            scope = _text(child.get("on")) or "subscriber"
            attribute = _text(child.get("field"))
            prefix = scope + "."
            if attribute.startswith(prefix):
                attribute = attribute[len(prefix) :]
            pairs.append((scope, attribute))
    return pairs


# 6. Patron segment matcher for LIKE rules -----------------------------------------------------------

_SAMPLE_PATRON: dict[str, str] = {
    "subscriber.plan": "pro",
    "subscriber.branch": "Central Library",
    "payload.format": "audiobook",
}


def segment_matches_buggy(payload: Payload) -> bool:
    """Does the sample patron pass every condition? ``LIKE`` values are used as regular expressions."""
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            actual = _SAMPLE_PATRON.get(child["field"], "")
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                found = re.search(child["value"], actual, re.IGNORECASE) is not None
                ok = found if child["operator"] == "LIKE" else not found
            else:
                ok = actual == child["value"]
            if ok == condition["isNegated"]:
                return False
    return True


def _like_pattern(value: str) -> re.Pattern[str]:
    """A SQL ``LIKE`` pattern (``%`` any run, ``_`` one character) as a compiled regex."""
    parts = []
    for char in value:
        if char == "%":
            parts.append(".*")
        elif char == "_":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def segment_matches_fixed(payload: Payload) -> bool:
    """Same matcher; a ``LIKE`` value is text (``%``/``_`` wildcards), not a regular expression."""
    for condition in _conditions(payload):
        negated = condition.get("isNegated") is True
        for child in _children(condition):
            actual = _SAMPLE_PATRON.get(_text(child.get("field")), "")
            value = _text(child.get("value"))
            op = child.get("operator")
            if op in ("LIKE", "NOT_LIKE"):
                found = _like_pattern(value).search(actual) is not None
                ok = found if op == "LIKE" else not found
            else:
                ok = actual == value
            if ok == negated:
                return False
    return True


# 7. Overdue-fine thresholds ---------------------------------------------------------------------------

_FINE_COMPARE: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
    "EQUAL": operator.eq,
    "NOT_EQUAL": operator.ne,
}
_PATRON_FINE = Decimal("2.50")


def fine_rule_hits_buggy(payload: Payload) -> list[str]:
    """Which NUMBER conditions does a patron owing 2.50 trip? A NUMBER condition's values are numbers."""
    hits: list[str] = []
    for condition in payload.get("conditions", []):
        if condition["type"] != "NUMBER":
            continue
        for child in condition["children"]:
            compare = _FINE_COMPARE.get(child["operator"])
            if compare is not None and compare(_PATRON_FINE, Decimal(child["value"])):
                hits.append(child["field"])
    return hits


def _decimal(text: str) -> Decimal | None:
    """A finite decimal from text, or ``None`` when the text is not one."""
    try:
        number = Decimal(text.strip())
    except (ArithmeticError, ValueError, TypeError):
        return None
    return number if number.is_finite() else None


def fine_rule_hits_fixed(payload: Payload) -> list[str]:
    """Same check; the ``value`` of a NUMBER condition's child is a plain string, possibly not numeric."""
    hits: list[str] = []
    for condition in _conditions(payload):
        if condition.get("type") != "NUMBER":
            continue
        for child in _children(condition):
            op = child.get("operator")
            compare = _FINE_COMPARE.get(op) if isinstance(op, str) else None
            threshold = _decimal(_text(child.get("value")))
            if compare is None or threshold is None:
                continue
            try:
                tripped = compare(_PATRON_FINE, threshold)
            except ArithmeticError:
                continue
            if tripped:
                hits.append(_text(child.get("field")))
    return hits


# 8. Eligible patrons for a campaign (search indexer) ----------------------------------------------

_PATRONS: dict[str, dict[str, str]] = {
    "p1": {"subscriber.plan": "pro", "subscriber.branch": "Central"},
    "p2": {"subscriber.plan": "basic", "subscriber.branch": "Central"},
    "p3": {"subscriber.plan": "pro", "subscriber.branch": "Eastside"},
}


def _matching(children: list[dict[str, Any]], joiner: object) -> frozenset[str]:
    """Patrons matching a condition's children (equality parts only), joined by ``AND``/``OR``."""
    matched = []
    for patron_id, attributes in _PATRONS.items():
        results = [
            attributes.get(_text(child.get("field"))) == child.get("value")
            for child in children
            if child.get("operator") == "EQUAL"
        ]
        if (any(results) if joiner == "OR" else all(results)) if results else True:
            matched.append(patron_id)
    return frozenset(matched)


def eligible_patrons_buggy(payload: Payload) -> list[str]:
    """Patrons that every condition of the integration admits (intersection over conditions)."""
    sets = [
        _matching(condition["children"], condition["value"]) for condition in payload.get("conditions", [])
    ]
    return sorted(functools.reduce(operator.and_, sets))


def eligible_patrons_fixed(payload: Payload) -> list[str]:
    """Same set; ``conditions`` defaults to ``[]`` on the server, which admits every patron."""
    sets = [_matching(_children(condition), condition.get("value")) for condition in _conditions(payload)]
    return sorted(functools.reduce(operator.and_, sets, frozenset(_PATRONS)))


# 9. Retention purge plan -------------------------------------------------------------------------


def purge_plan_buggy(payload: Payload) -> dict[str, str] | None:
    """For a soft-deleted integration, the day its tombstone may be purged (its deletion day)."""
    if not payload["deleted"]:
        return None
    return {"integration": payload["identifier"], "deleted_on": payload["deletedAt"][:10]}


def purge_plan_fixed(payload: Payload) -> dict[str, str] | None:
    """Same plan; ``deleted: true`` does not imply a ``deletedAt`` (no rule ties the fields)."""
    if payload.get("deleted") is not True:
        return None
    deleted_at = payload.get("deletedAt")
    deleted_on = deleted_at[:10] if isinstance(deleted_at, str) and deleted_at else "unknown"
    return {"integration": _text(payload.get("identifier")), "deleted_on": deleted_on}


# 10. Status badge on the circulation dashboard -----------------------------------------------------

_STATUS_BADGE: dict[tuple[bool, bool], str] = {
    (True, False): "live",
    (False, False): "paused",
    (False, True): "archived",
}


def status_badge_buggy(payload: Payload) -> str:
    """The badge for an integration's (active, deleted) state: a deleted one is assumed inactive."""
    badge = _STATUS_BADGE[(payload["active"], payload["deleted"])]
    return f"{badge}{' (primary)' if payload['primary'] else ''}"


def status_badge_fixed(payload: Payload) -> str:
    """Same badge; soft delete leaves ``active`` as it was, so a deleted integration may be active."""
    active = payload.get("active") is True
    deleted = payload.get("deleted") is True
    badge = "archived (was live)" if active and deleted else _STATUS_BADGE.get((active, deleted), "unknown")
    return f"{badge}{' (primary)' if payload.get('primary') is True else ''}"


# 11. Audit-log credential redaction ---------------------------------------------------------------

_SECRET = "secret"
_PARTIAL = "partial"
_PLAIN = "plain"
_REDACTION: dict[str, str] = {
    **dict.fromkeys(
        [
            "apiKey",
            "secretKey",
            "password",
            "token",
            "apiToken",
            "serviceAccount",
            "accessKey",
            "authenticationTokenKey",
            "clientId",
            "accountSid",
            "user",
        ],
        _SECRET,
    ),
    **dict.fromkeys(["messageProfileId", "applicationId", "instanceId", "alertUid", "channelId"], _PARTIAL),
    **dict.fromkeys(
        [
            "domain",
            "host",
            "port",
            "region",
            "from",
            "senderName",
            "projectName",
            "baseUrl",
            "webhookUrl",
            "redirectUrl",
            "ipPoolName",
            "apiKeyRequestHeader",
            "secretKeyRequestHeader",
            "idPath",
            "datePath",
            "title",
            "imageUrl",
            "state",
            "externalLink",
            "phoneNumberIdentification",
            "secure",
            "requireTls",
            "ignoreTls",
            "hmac",
            "authenticateByToken",
            "tlsOptions",
        ],
        _PLAIN,
    ),
}


def audit_redact_buggy(payload: Payload) -> dict[str, str]:
    """Redact credentials for the audit log with a policy for every ``CredentialsDto`` key."""
    redacted: dict[str, str] = {}
    for key, value in payload["credentials"].items():
        policy = _REDACTION[key]
        if policy == _SECRET:
            redacted[key] = "***"
        elif policy == _PARTIAL:
            redacted[key] = str(value)[:4] + "***"
        else:
            redacted[key] = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return redacted


def audit_redact_fixed(payload: Payload) -> dict[str, str]:
    """Same redaction; credentials may carry keys outside the DTO (one-signal's ``apiVersion``)."""
    redacted: dict[str, str] = {}
    for key, value in _creds(payload).items():
        policy = _REDACTION.get(key, _SECRET) if isinstance(key, str) else _SECRET
        if policy == _SECRET:
            redacted[str(key)] = "***"
        elif policy == _PARTIAL:
            redacted[key] = (value[:4] if isinstance(value, str) else "") + "***"
        elif isinstance(value, str):
            redacted[key] = value
        else:
            try:
                redacted[key] = json.dumps(value, sort_keys=True)
            except (TypeError, ValueError, RecursionError):
                redacted[key] = "<unserializable>"
    return redacted


# 12. Patron-app push gateway: APNs key fingerprint ---------------------------------------------------

_PEM_ARMOR = re.compile(r"-----[A-Z ]+-----|\s+")


def apns_key_fingerprint_buggy(payload: Payload) -> str | None:
    """Fingerprint the APNs .p8 signing key (its DER bytes) so rotations show up in the push dashboard."""
    if payload["providerId"] != "apns":
        return None
    key = payload["credentials"].get("secretKey")
    if key is None:
        return None
    der = base64.b64decode(_PEM_ARMOR.sub("", key), validate=True)
    return hashlib.sha256(der).hexdigest()[:16]


def apns_key_fingerprint_fixed(payload: Payload) -> str | None:
    """Same fingerprint; ``secretKey`` is any string (write replies carry ``nvsk.<hex>:<hex>``)."""
    if payload.get("providerId") != "apns":
        return None
    key = _creds(payload).get("secretKey")
    if not isinstance(key, str):
        return None
    try:
        der = base64.b64decode(_PEM_ARMOR.sub("", key), validate=True)
    except (binascii.Error, ValueError):
        return "text:" + _digest(key)
    return hashlib.sha256(der).hexdigest()[:16]


# 13. Firewall rules for the self-hosted SMS gateway and SMTP relay ------------------------------------


def egress_rule_buggy(payload: Payload) -> str | None:
    """An egress allow rule for an integration that talks to a host of ours (Kannel, custom SMTP)."""
    host = payload["credentials"].get("host")
    if host is None:
        return None
    network = ipaddress.ip_network(f"{host}/32")
    port = payload["credentials"].get("port", "any")
    return f"allow out to {network} port {port}"


def egress_rule_fixed(payload: Payload) -> str | None:
    """Same rule; ``host`` may be a DNS name or an IPv6 address, not only an IPv4 address."""
    credentials = _creds(payload)
    host = credentials.get("host")
    if not isinstance(host, str):
        return None
    port = credentials.get("port")
    port_text = port if isinstance(port, str) and port else "any"
    try:
        address = ipaddress.ip_address(host.strip().strip("[]"))
    except ValueError:
        return f"allow out to fqdn {host!r} port {port_text!r}"
    return f"allow out to {address}/{address.max_prefixlen} port {port_text!r}"


# 14. Hold-ready texts: Telnyx messaging profile --------------------------------------------------------


def telnyx_profile_buggy(payload: Payload) -> dict[str, str] | None:
    """Normalise the Telnyx messaging profile id (a UUID) for the hold-ready SMS sender registry."""
    profile = payload["credentials"].get("messageProfileId")
    if profile is None:
        return None
    return {"provider": payload["providerId"], "profile": str(uuid.UUID(profile))}


def telnyx_profile_fixed(payload: Payload) -> dict[str, str] | None:
    """Same registry entry; ``messageProfileId`` is a plain string, not necessarily a UUID."""
    profile = _creds(payload).get("messageProfileId")
    if not isinstance(profile, str):
        return None
    try:
        normalized = str(uuid.UUID(profile))
    except ValueError:
        normalized = profile
    return {"provider": _text(payload.get("providerId")), "profile": normalized}


# 15. On-call alert title for the systems team -----------------------------------------------------


def oncall_title_buggy(payload: Payload) -> str | None:
    """Render the Grafana OnCall alert title, a template with ``{branch}`` and ``{count}``."""
    if payload["channel"] != "chat":
        return None
    template = payload["credentials"].get("title")
    if template is None:
        return None
    title: str = template.format(branch="Central Library", count=17)
    return title


def oncall_title_fixed(payload: Payload) -> str | None:
    """Same title; ``title`` is any string, so braces in it are text, not format fields."""
    if payload.get("channel") != "chat":
        return None
    template = _creds(payload).get("title")
    if not isinstance(template, str):
        return None
    return template.replace("{branch}", "Central Library").replace("{count}", "17")


# 16. Sender-domain DNS check for overdue notices ----------------------------------------------------


def sender_domain_check_buggy(payload: Payload) -> dict[str, str] | None:
    """The DNS names to look up for a sending domain (SPF, DKIM, tracking CNAME), in ASCII form."""
    domain = payload["credentials"].get("domain")
    if not domain:
        return None
    ascii_domain = domain.encode("idna").decode("ascii")
    return {
        "spf": ascii_domain,
        "dkim": f"smtp._domainkey.{ascii_domain}",
        "tracking": f"email.{ascii_domain}",
    }


def sender_domain_check_fixed(payload: Payload) -> dict[str, str] | None:
    """Same names; ``domain`` is any string, which IDNA may refuse (empty or over-long labels)."""
    domain = _creds(payload).get("domain")
    if not isinstance(domain, str) or not domain:
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return {"invalid": _digest(domain)}
    return {
        "spf": ascii_domain,
        "dkim": f"smtp._domainkey.{ascii_domain}",
        "tracking": f"email.{ascii_domain}",
    }


LIBRARY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="library_aws_region_split",
        bug="every credentials.region is an AWS-style geo-area-N (SparkPost 'eu', 'us-gov-west-1' break it)",
        buggy=aws_cost_tag_buggy,
        fixed=aws_cost_tag_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "SparkPost EU", "identifier": "spark-post-eu-Qz81kLm", "providerId": "sparkpost"},
            credentials={"apiKey": "fake-sp-key", "region": "eu", "from": "notices@citylib.example"},
        ),
    ),
    ConsumerCase(
        name="library_foreign_environment",
        bug="GET /v1/integrations only returns our own environments (it lists the whole organization)",
        buggy=inbox_widget_config_buggy,
        fixed=inbox_widget_config_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "_environmentId": "6615a3c2f1e2d3c4b5a697ff",
                "name": "Novu Inbox",
                "identifier": "novu-inbox-k2Jd9Q",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="library_rate_card_provider",
        bug="providerId is always a listed provider of its channel (emailjs, unknown ids, mismatches exist)",
        buggy=monthly_bill_buggy,
        fixed=monthly_bill_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "EmailJS", "identifier": "email-js-P0o9iU", "providerId": "emailjs"},
            credentials={"apiKey": "fake-ejs", "secretKey": "fake-ejs-secret", "from": "x@citylib.example"},
        ),
    ),
    ConsumerCase(
        name="library_directory_initial",
        bug="an integration name has at least one character",
        buggy=directory_letter_buggy,
        fixed=directory_letter_fixed,
        raises=(IndexError,),
        example=_payload({"name": "", "identifier": "-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="library_condition_field_scope",
        bug="a condition child's field is always '<scope>.<attribute>' with a dot",
        buggy=audience_fields_buggy,
        fixed=audience_fields_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {"field": "branch", "value": "Central", "operator": "EQUAL", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="library_like_as_regex",
        bug="a LIKE/NOT_LIKE value is a valid regular expression",
        buggy=segment_matches_buggy,
        fixed=segment_matches_fixed,
        raises=(re.error,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.branch",
                                "value": "Central (Main",
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
        name="library_number_condition_decimal",
        bug="children of a NUMBER condition carry numeric strings",
        buggy=fine_rule_hits_buggy,
        fixed=fine_rule_hits_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.fine",
                                "value": "{{fineLimit}}",
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
        name="library_reduce_empty_conditions",
        bug="an integration has at least one condition (the server default is conditions: [])",
        buggy=eligible_patrons_buggy,
        fixed=eligible_patrons_fixed,
        raises=(TypeError,),
        example=_payload({"conditions": []}),
    ),
    ConsumerCase(
        name="library_tombstone_deleted_at",
        bug="a record with deleted: true always carries deletedAt",
        buggy=purge_plan_buggy,
        fixed=purge_plan_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="library_deleted_still_active",
        bug="a deleted integration is never active (soft delete leaves active as it was)",
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "deletedAt": "2025-03-14T09:26:53.589Z"}),
    ),
    ConsumerCase(
        name="library_unknown_credential_key",
        bug="credentials only carry CredentialsDto keys (one-signal stores apiVersion too)",
        buggy=audit_redact_buggy,
        fixed=audit_redact_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "OneSignal",
                "identifier": "one-signal-Hh3kq1",
                "providerId": "one-signal",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "applicationId": "8b1f0c3e-app",
                "apiKey": "fake-os-key",
                "apiVersion": "externalId",
            },
        ),
    ),
    ConsumerCase(
        name="library_apns_key_base64",
        bug="the APNs secretKey is always a base64 PEM body (write replies carry nvsk.<hex>:<hex>)",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(binascii.Error, ValueError),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "ap-ns-7yTq0w",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "secretKey": "nvsk.9f2c41d0a7b3e8c6:5be1d0c2f4a39e7d8c6b5a4f3e2d1c0b",
                "apiKey": "ABC123DEFG",
                "projectName": "org.citylib.app",
                "applicationId": "TEAM123456",
            },
        ),
    ),
    ConsumerCase(
        name="library_smsc_host_ip",
        bug="credentials.host is an IPv4 address (it may be a DNS name or IPv6)",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-u8Yh2c",
                "providerId": "kannel",
                "channel": "sms",
                "primary": False,
            },
            credentials={"host": "smsc.citylib.example", "port": "13013", "from": "CityLib"},
        ),
    ),
    ConsumerCase(
        name="library_telnyx_profile_uuid",
        bug="credentials.messageProfileId is a UUID",
        buggy=telnyx_profile_buggy,
        fixed=telnyx_profile_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Telnyx",
                "identifier": "telnyx-Zx1c2V",
                "providerId": "telnyx",
                "channel": "sms",
            },
            credentials={"apiKey": "fake-telnyx", "messageProfileId": "holds-profile", "from": "+15550100"},
        ),
    ),
    ConsumerCase(
        name="library_grafana_title_format",
        bug="credentials.title is a str.format template with only {branch}/{count} fields",
        buggy=oncall_title_buggy,
        fixed=oncall_title_fixed,
        raises=(KeyError, ValueError, IndexError, AttributeError, TypeError),
        example=_payload(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Lk2",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
            },
            credentials={"alertUid": "a1b2", "title": "Overdue backlog {region}", "state": "alerting"},
        ),
    ),
    ConsumerCase(
        name="library_mailgun_domain_idna",
        bug="credentials.domain is a well-formed host name that IDNA can encode",
        buggy=sender_domain_check_buggy,
        fixed=sender_domain_check_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {"name": "Mailgun", "identifier": "mailgun-Tt5r4E", "providerId": "mailgun"},
            credentials={
                "apiKey": "fake-mg-key",
                "user": "api",
                "domain": "mg..citylib.example",
                "from": "notices@citylib.example",
                "senderName": "City Library",
            },
        ),
    ),
]
"""The sixteen library consumers, in the order above."""
