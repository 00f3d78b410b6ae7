"""Sixteen e-commerce platform consumers of ``GET /v1/integrations`` items, each with one bug.

An e-commerce platform team uses Novu integrations to route order confirmations and shipping
notifications, to drive the storefront admin pages that list integrations, to send SMS delivery
updates and shopping-app pushes, to shard marketplace sellers, to run abandoned-cart campaigns, to
sign order-event webhooks and to A/B route traffic between providers. Every buggy consumer works on
``HAPPY_PATH`` and breaks on a payload the 0.7.0 contract allows; every fixed control must never raise
on any contract-valid payload.

This module was written from the contract documents alone (``CONTRACT.md``, the seed DTO page,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at the data generator.
"""

from __future__ import annotations

import copy
import json
import re
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


# --------------------------------------------------------------------------- defensive accessors


def _str(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` if it is a string, else ``None`` (absent or another JSON type)."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _bool(mapping: Mapping[str, Any], key: str) -> bool:
    """``mapping[key]`` if it is a boolean, else ``False``."""
    value = mapping.get(key)
    return value if isinstance(value, bool) else False


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` if it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition groups that are objects; ``[]`` when ``conditions`` is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [group for group in conditions if isinstance(group, dict)]


def _children(group: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The filter parts of one condition group that are objects."""
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _all_children(payload: Payload) -> list[dict[str, Any]]:
    return [child for group in _conditions(payload) for child in _children(group)]


# ------------------------------------------------- 1. order confirmation: minimum cart value rule

_NUMBER_NOISE = re.compile(r"[\s,_$€£¥]")


def order_confirmation_min_cart_value_buggy(payload: Payload) -> float:
    """Minimum cart total above which this integration sends the order confirmation."""
    threshold = 0.0
    for group in payload.get("conditions", []):
        for child in group["children"]:
            if child["on"] == "payload" and child["field"] == "cartTotal":
                threshold = max(threshold, float(child["value"]))
    return threshold


def order_confirmation_min_cart_value_fixed(payload: Payload) -> float:
    threshold = 0.0
    for child in _all_children(payload):
        if _str(child, "on") != "payload" or _str(child, "field") != "cartTotal":
            continue
        raw = _NUMBER_NOISE.sub("", _str(child, "value") or "")
        try:
            value = float(raw)
        except ValueError:
            continue
        if value == value:  # skip NaN
            threshold = max(threshold, value)
    return threshold


# ------------------------------------------- 2. shipping notifications: country routing first rule


def shipping_country_routing_rule_buggy(payload: Payload) -> tuple[str, str] | None:
    """The (field, country) pair the first condition group routes shipping notices on."""
    conditions = payload.get("conditions")
    if not conditions:
        return None
    rule = conditions[0]["children"][0]
    return rule["field"], rule["value"].upper()


def shipping_country_routing_rule_fixed(payload: Payload) -> tuple[str, str] | None:
    for group in _conditions(payload):
        for child in _children(group):
            return _str(child, "field") or "", (_str(child, "value") or "").upper()
    return None


# --------------------------------------------------- 3. order e-mails: DKIM signing domain of From


def order_email_dkim_domain_buggy(payload: Payload) -> str | None:
    """The domain the order e-mail From address must be DKIM-signed for."""
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    _local, domain = sender.split("@")
    return str(domain).lower()


def order_email_dkim_domain_fixed(payload: Payload) -> str | None:
    sender = _str(_creds(payload), "from")
    if not sender:
        return None
    _local, sep, domain = sender.rpartition("@")
    if not sep or not domain.strip():
        return None
    return domain.strip().strip("<>").lower() or None


# ------------------------------------------------------- 4. shopping-app push: FCM Firebase project


def push_app_fcm_project_id_buggy(payload: Payload) -> str | None:
    """The Firebase project the shopping app's FCM integration pushes through."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"].get("serviceAccount", "{}"))
    project = account.get("project_id")
    return str(project) if project is not None else None


def push_app_fcm_project_id_fixed(payload: Payload) -> str | None:
    if _str(payload, "providerId") != "fcm":
        return None
    raw = _str(_creds(payload), "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# ----------------------------------------------------- 5. marketplace: seller shard from org id


def marketplace_seller_shard_buggy(payload: Payload) -> int:
    """The seller-data shard (0..63) of the marketplace organization owning this integration."""
    return int(payload["_organizationId"][-6:], 16) % 64


def marketplace_seller_shard_fixed(payload: Payload) -> int:
    org = _str(payload, "_organizationId") or ""
    if re.fullmatch(r"[0-9a-fA-F]{24}", org):
        return int(org[-6:], 16) % 64
    return zlib.crc32(org.encode("utf-8", "surrogatepass")) % 64


# --------------------------------------------------- 6. abandoned-cart campaign: has a cart rule


def abandoned_cart_has_cart_rule_buggy(payload: Payload) -> bool:
    """Whether this integration is gated on the abandoned-cart timestamp of the event payload."""
    return any(
        child["field"] == "cartAbandonedAt" for group in payload["conditions"] for child in group["children"]
    )


def abandoned_cart_has_cart_rule_fixed(payload: Payload) -> bool:
    return any(_str(child, "field") == "cartAbandonedAt" for child in _all_children(payload))


# ------------------------------------------------------ 7. order-event webhooks: target port


def order_webhook_target_buggy(payload: Payload) -> tuple[str, int] | None:
    """(host, port) of the webhook that receives signed order events, for the egress allow-list."""
    url = payload["credentials"].get("webhookUrl")
    if not url:
        return None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname or "", port


def order_webhook_target_fixed(payload: Payload) -> tuple[str, int] | None:
    url = _str(_creds(payload), "webhookUrl")
    if not url:
        return None
    try:
        parts = urlsplit(url)
        explicit = parts.port
        host = parts.hostname or ""
    except ValueError:
        return None
    return host, explicit or (443 if parts.scheme == "https" else 80)


# ------------------------------------------------- 8. transactional SMTP: TLS minimum version


def smtp_tls_min_version_buggy(payload: Payload) -> str:
    """The minimum TLS version for the self-hosted SMTP relay that sends invoices."""
    tls_options = payload["credentials"].get("tlsOptions") or {}
    version: str = tls_options.get("minVersion", "TLSv1.2").removeprefix("TLSv")
    return version


def smtp_tls_min_version_fixed(payload: Payload) -> str:
    tls_options = _creds(payload).get("tlsOptions")
    if not isinstance(tls_options, dict):
        return "1.2"
    version = tls_options.get("minVersion")
    if isinstance(version, str) and version:
        return version.removeprefix("TLSv")
    if isinstance(version, int | float) and not isinstance(version, bool):
        return str(version)
    return "1.2"


# -------------------------------------------------- 9. SES/SNS: data residency from AWS region


def aws_data_residency_buggy(payload: Payload) -> str | None:
    """Which customer-data residency zone the AWS region of this integration falls in."""
    region = payload["credentials"].get("region")
    if not region or payload["providerId"] not in ("ses", "sns"):
        return None
    area, _direction, _number = region.split("-")
    return "EU" if area == "eu" else "GLOBAL"


def aws_data_residency_fixed(payload: Payload) -> str | None:
    region = _str(_creds(payload), "region")
    if not region or _str(payload, "providerId") not in ("ses", "sns"):
        return None
    area = region.strip().split("-", 1)[0].lower()
    return "EU" if area == "eu" else "GLOBAL"


# ------------------------------------------- 10. customer-tier routing: conditions to SQL preview

_SQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}


def customer_tier_conditions_sql_buggy(payload: Payload) -> list[str]:
    """SQL-like preview of the customer-tier rules, shown on the routing settings page."""
    clauses = []
    for group in payload.get("conditions", []):
        for child in group["children"]:
            op = _SQL_OPERATORS[child["operator"]]
            clauses.append(f"{child['on']}.{child['field']} {op} '{child['value']}'")
    return clauses


def customer_tier_conditions_sql_fixed(payload: Payload) -> list[str]:
    clauses = []
    for child in _all_children(payload):
        operator = _str(child, "operator") or "?"
        op = _SQL_OPERATORS.get(operator, operator)
        on, field, value = _str(child, "on"), _str(child, "field"), _str(child, "value")
        clauses.append(f"{on}.{field} {op} '{value}'")
    return clauses


# --------------------------------------------------- 11. A/B routing: variant from identifier


def ab_routing_variant_buggy(payload: Payload) -> str:
    """A/B arm of an integration, derived from the random suffix of its identifier."""
    _slug, suffix = payload["identifier"].rsplit("-", 1)
    return "A" if sum(map(ord, suffix)) % 2 == 0 else "B"


def ab_routing_variant_fixed(payload: Payload) -> str:
    identifier = _str(payload, "identifier") or ""
    _slug, _sep, suffix = identifier.rpartition("-")
    return "A" if sum(map(ord, suffix)) % 2 == 0 else "B"


# --------------------------------------------------- 12. storefront admin: short card label


def storefront_admin_short_label_buggy(payload: Payload) -> str:
    """The one-word label of an integration card on the mobile storefront admin page."""
    first_word: str = payload["name"].split()[0]
    return first_word[:12]


def storefront_admin_short_label_fixed(payload: Payload) -> str:
    words = (_str(payload, "name") or "").split()
    if words:
        return words[0][:12]
    return (_str(payload, "providerId") or "integration")[:12]


# ------------------------------------------------ 13. order events: failover rank of a provider

_FAILOVER_RANK = {(True, True): 0, (False, True): 1, (False, False): 2}


def order_event_failover_rank_buggy(payload: Payload) -> int:
    """Failover order (lower first) of an integration for order-confirmation delivery."""
    return _FAILOVER_RANK[(payload["primary"], payload["active"])]


def order_event_failover_rank_fixed(payload: Payload) -> int:
    active, primary = _bool(payload, "active"), _bool(payload, "primary")
    if not active:
        return 2
    return 0 if primary else 1


# --------------------------------------------- 14. SMS delivery updates: sender MSISDN for reports


def sms_delivery_sender_msisdn_buggy(payload: Payload) -> int | None:
    """The sender number of delivery-update SMS, as the carrier report keys it (digits only)."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    return int(sender.replace(" ", "").lstrip("+"))


def sms_delivery_sender_msisdn_fixed(payload: Payload) -> int | None:
    if _str(payload, "channel") != "sms":
        return None
    sender = (_str(_creds(payload), "from") or "").replace(" ", "").lstrip("+")
    if re.fullmatch(r"[0-9]{1,18}", sender, flags=re.ASCII):
        return int(sender)
    return None  # alphanumeric sender id: no MSISDN


# ------------------------------------------------- 15. storefront admin: legacy CSV export (cp1252)


def storefront_admin_csv_row_buggy(payload: Payload) -> bytes:
    """One row of the integrations CSV export the merchants open in a legacy Excel."""
    fields = [payload["name"], payload["providerId"], payload["channel"]]
    return (",".join(fields) + "\r\n").encode("cp1252")


def storefront_admin_csv_row_fixed(payload: Payload) -> bytes:
    fields = [_str(payload, key) or "" for key in ("name", "providerId", "channel")]
    return (",".join(fields) + "\r\n").encode("cp1252", errors="replace")


# ------------------------------------------- 16. storefront admin: "removed N days ago" badge

_REFERENCE_NOW = datetime(2025, 6, 1, tzinfo=UTC)


def storefront_admin_removed_days_buggy(payload: Payload) -> int | None:
    """How many days ago a removed integration was deleted, for the admin trash view."""
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (_REFERENCE_NOW - when).days


def storefront_admin_removed_days_fixed(payload: Payload) -> int | None:
    deleted_at = _str(payload, "deletedAt")
    if not deleted_at:
        return None
    text = deleted_at.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(text)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return (_REFERENCE_NOW - when).days
    except (ValueError, OverflowError):
        return None


# ------------------------------------------------------------------------------------- the cases

ECOMMERCE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="order_confirmation_min_cart_value_float",
        bug="parses a cartTotal condition value with float(), but values are free strings like '1,299.00'",
        buggy=order_confirmation_min_cart_value_buggy,
        fixed=order_confirmation_min_cart_value_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "cartTotal",
                                "value": "1,299.00",
                                "operator": "LARGER_EQUAL",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="shipping_country_routing_first_rule_empty_children",
        bug="takes conditions[0]['children'][0], but a condition group's children may be empty",
        buggy=shipping_country_routing_rule_buggy,
        fixed=shipping_country_routing_rule_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="order_email_dkim_domain_split_at",
        bug="unpacks from.split('@') into two parts, but 'from' is a free string (e.g. a bare local name)",
        buggy=order_email_dkim_domain_buggy,
        fixed=order_email_dkim_domain_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "providerId": "nodemailer",
                "name": "Nodemailer",
                "identifier": "nodemailer-Q2w8xZ1",
                "credentials": {
                    "host": "smtp.internal",
                    "port": "25",
                    "from": "orders",
                    "senderName": "Shop Orders",
                },
            }
        ),
    ),
    ConsumerCase(
        name="push_app_fcm_project_id_json_service_account",
        bug="json.loads the FCM serviceAccount, but it is any string (e.g. the nvsk. encrypted form)",
        buggy=push_app_fcm_project_id_buggy,
        fixed=push_app_fcm_project_id_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-a1B2c3D",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "nvsk.9f1c2e7a0b3d4c5e:4be0a91f7d2c"},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="marketplace_seller_shard_hex_org_id",
        bug="parses the tail of _organizationId as hex, but the contract types ids as plain strings",
        buggy=marketplace_seller_shard_buggy,
        fixed=marketplace_seller_shard_fixed,
        raises=(ValueError,),
        example=_payload({"_organizationId": "org_2fYc8sellerA"}),
    ),
    ConsumerCase(
        name="abandoned_cart_rule_conditions_absent",
        bug="reads payload['conditions'], but conditions is optional and may be absent",
        buggy=abandoned_cart_has_cart_rule_buggy,
        fixed=abandoned_cart_has_cart_rule_fixed,
        raises=(KeyError,),
        example=_payload(drop=("conditions",)),
    ),
    ConsumerCase(
        name="order_webhook_target_url_port_out_of_range",
        bug="reads urlsplit(webhookUrl).port, which raises on a port outside 0-65535 or a non-numeric one",
        buggy=order_webhook_target_buggy,
        fixed=order_webhook_target_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Zk3m9P",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://hooks.shop.example:70000/order-events",
                    "secretKey": "whsec_test",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_tls_min_version_free_form_tls_options",
        bug="calls a str method on tlsOptions.minVersion, but tlsOptions is free-form (any JSON value)",
        buggy=smtp_tls_min_version_buggy,
        fixed=smtp_tls_min_version_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP - Nodemailer",
                "identifier": "custom-smtp-nodemailer-P0o9i8",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.shop.example",
                    "port": "587",
                    "secure": False,
                    "requireTls": True,
                    "tlsOptions": {"minVersion": None, "rejectUnauthorized": True},
                    "from": "invoices@shop.example",
                    "senderName": "Shop Billing",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aws_data_residency_region_three_parts",
        bug="unpacks the AWS region into exactly three dash-separated parts; 'us-gov-west-1' has four",
        buggy=aws_data_residency_buggy,
        fixed=aws_data_residency_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SES",
                "identifier": "ses-Lm4Np7",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "AKIAFAKE0001",
                    "secretKey": "fake-secret",
                    "region": "us-gov-west-1",
                    "from": "orders@shop.example",
                    "senderName": "Shop",
                },
            }
        ),
    ),
    ConsumerCase(
        name="customer_tier_conditions_sql_operator_coverage",
        bug="maps operators through a table of the common ones; LIKE, BETWEEN, ANY_IN, ... are valid too",
        buggy=customer_tier_conditions_sql_buggy,
        fixed=customer_tier_conditions_sql_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "customerTier",
                                "value": "gold%",
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
        name="ab_routing_variant_identifier_without_dash",
        bug="unpacks identifier.rsplit('-', 1) into slug and suffix, but identifiers are free strings",
        buggy=ab_routing_variant_buggy,
        fixed=ab_routing_variant_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "sendgridtransactional"}),
    ),
    ConsumerCase(
        name="storefront_admin_short_label_whitespace_name",
        bug="takes name.split()[0], but an empty or whitespace-only name is a valid string",
        buggy=storefront_admin_short_label_buggy,
        fixed=storefront_admin_short_label_fixed,
        raises=(IndexError,),
        example=_payload({"name": " \t "}),
    ),
    ConsumerCase(
        name="order_event_failover_rank_inactive_primary",
        bug="ranks by (primary, active) with no entry for primary without active, which is valid",
        buggy=order_event_failover_rank_buggy,
        fixed=order_event_failover_rank_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="sms_delivery_sender_msisdn_alphanumeric_from",
        bug="int()s the SMS 'from', but alphanumeric sender ids like 'ACMESHOP' are valid strings",
        buggy=sms_delivery_sender_msisdn_buggy,
        fixed=sms_delivery_sender_msisdn_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Hh71kQ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "ACfake0001",
                    "token": "fake-token",
                    "from": "ACMESHOP",
                },
            }
        ),
    ),
    ConsumerCase(
        name="storefront_admin_csv_row_cp1252_name",
        bug="encodes the CSV export as cp1252, but names are any Unicode string",
        buggy=storefront_admin_csv_row_buggy,
        fixed=storefront_admin_csv_row_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "配送通知 🚚"}),
    ),
    ConsumerCase(
        name="storefront_admin_removed_days_deleted_at_format",
        bug="strptime()s deletedAt with milliseconds and 'Z', but deletedAt is a plain string",
        buggy=storefront_admin_removed_days_buggy,
        fixed=storefront_admin_removed_days_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "deletedAt": "2025-05-08T09:14:03Z"}),
    ),
]
