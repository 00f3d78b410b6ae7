"""Sixteen admin/frontend consumers of ``GET /v1/integrations`` items, each with one typical bug.

These are the kind of functions that live in admin consoles, backends-for-frontends and
customer-facing settings pages: list-view rows, status pills, avatars and logos, breadcrumbs,
form prefills, previews and copy-to-clipboard snippets. They were written from the contract
documentation alone (the seed document, ``CONTRACT.md`` and ``providers.json``), without looking
at the generator, its strategies or the other consumer suites, so that they measure how well the
generator finds bugs in code it was never tuned for.

Each ``ConsumerCase`` pairs a *buggy* function, which works on ``HAPPY_PATH`` but assumes away
something the contract allows, with a *fixed* control that must not raise on any valid payload.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shlex
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

# --------------------------------------------------------------------------------------------
# 1. Avatar initials for the list view


def _initials_buggy(payload: Payload) -> str:
    words: list[str] = payload["name"].split()
    first = words[0][0]
    second = words[1][0] if len(words) > 1 else ""
    return (first + second).upper()


def _initials_fixed(payload: Payload) -> str:
    words = payload["name"].split()
    letters = "".join(word[0] for word in words[:2])
    if not letters:
        letters = payload["providerId"][:1]
    return letters.upper() or "?"


# --------------------------------------------------------------------------------------------
# 2. Provider logo URL for cards

_LOGO_CDN = "https://cdn.example.com/providers"
_PROVIDER_LOGOS: dict[str, str] = {
    "novu": "novu.svg",
    "sendgrid": "sendgrid.svg",
    "mailgun": "mailgun.svg",
    "mailjet": "mailjet.svg",
    "postmark": "postmark.svg",
    "ses": "aws-ses.svg",
    "resend": "resend.svg",
    "nodemailer": "smtp.svg",
    "twilio": "twilio.svg",
    "sns": "aws-sns.svg",
    "plivo": "plivo.svg",
    "slack": "slack.svg",
    "discord": "discord.svg",
    "msteams": "msteams.svg",
    "fcm": "firebase.svg",
    "apns": "apple.svg",
    "expo": "expo.svg",
}


def _logo_url_buggy(payload: Payload) -> str:
    return f"{_LOGO_CDN}/{_PROVIDER_LOGOS[payload['providerId']]}"


def _logo_url_fixed(payload: Payload) -> str:
    logo = _PROVIDER_LOGOS.get(payload["providerId"], f"generic-{payload['channel']}.svg")
    return f"{_LOGO_CDN}/{logo}"


# --------------------------------------------------------------------------------------------
# 3. Email sender preview: "Example Inc <no-reply@example.com> via example.com"


def _sender_preview_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    address = credentials.get("from")
    if not address:
        return None
    sender = credentials.get("senderName") or payload["name"]
    domain = address.split("@")[1]
    return f"{sender} <{address}> via {domain}"


def _sender_preview_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    address = credentials.get("from")
    if not isinstance(address, str) or not address:
        return None
    sender = credentials.get("senderName")
    if not isinstance(sender, str) or not sender:
        sender = payload["name"]
    _, at, domain = address.rpartition("@")
    if not at or not domain:
        return f"{sender} <{address}>"
    return f"{sender} <{address}> via {domain}"


# --------------------------------------------------------------------------------------------
# 4. Masked API key on the settings page: "fake…0001"


def _mask(secret: str) -> str:
    if len(secret) <= 8:
        return "•" * len(secret)
    return f"{secret[:4]}…{secret[-4:]}"


def _masked_api_key_buggy(payload: Payload) -> str:
    return _mask(_credentials(payload)["apiKey"])


def _masked_api_key_fixed(payload: Payload) -> str | None:
    api_key = _credentials(payload).get("apiKey")
    if not isinstance(api_key, str):
        return None
    return _mask(api_key)


# --------------------------------------------------------------------------------------------
# 5. Status pill from active / primary / deleted

_PILLS_BUGGY: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("Primary", "green"),
    (True, False): ("Active", "blue"),
    (False, False): ("Disabled", "grey"),
}
_PILLS_FIXED: dict[tuple[bool, bool], tuple[str, str]] = {
    **_PILLS_BUGGY,
    (False, True): ("Primary (disabled)", "amber"),
}


def _status_pill_buggy(payload: Payload) -> tuple[str, str]:
    if payload["deleted"]:
        return ("Deleted", "red")
    return _PILLS_BUGGY[(payload["active"], payload["primary"])]


def _status_pill_fixed(payload: Payload) -> tuple[str, str]:
    if payload["deleted"]:
        return ("Deleted", "red")
    return _PILLS_FIXED.get((bool(payload["active"]), bool(payload["primary"])), ("Unknown", "grey"))


# --------------------------------------------------------------------------------------------
# 6. "Deleted 3 days ago" label in the trash view


def _relative(moment: datetime) -> str:
    seconds = (datetime.now(UTC) - moment).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} days ago"


def _deleted_label_buggy(payload: Payload) -> str:
    if not payload["deleted"]:
        return "Live"
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return "Deleted"
    # JavaScript's Date.toISOString() always looks like this, so that is what we parse.
    moment = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return f"Deleted {_relative(moment)}"


def _deleted_label_fixed(payload: Payload) -> str:
    if not payload["deleted"]:
        return "Live"
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str) or not deleted_at:
        return "Deleted"
    try:
        moment = datetime.fromisoformat(deleted_at)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return f"Deleted {_relative(moment)}"
    except (ValueError, OverflowError, TypeError):
        return f"Deleted ({deleted_at[:40]})"


# --------------------------------------------------------------------------------------------
# 7. List-view row model built straight from the wire dict


@dataclasses.dataclass(frozen=True)
class IntegrationListRow:
    environmentId: str  # noqa: N815 - mirrors the wire key
    organizationId: str  # noqa: N815
    name: str
    identifier: str
    providerId: str  # noqa: N815
    channel: str
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    deletedAt: str | None = None  # noqa: N815
    deletedBy: str | None = None  # noqa: N815
    conditions: list[Any] | None = None


def _list_row_buggy(payload: Payload) -> IntegrationListRow:
    fields = {key.lstrip("_"): value for key, value in payload.items() if key != "credentials"}
    return IntegrationListRow(**fields)


def _list_row_fixed(payload: Payload) -> IntegrationListRow:
    return IntegrationListRow(
        id=payload.get("_id"),
        environmentId=payload["_environmentId"],
        organizationId=payload["_organizationId"],
        name=payload["name"],
        identifier=payload["identifier"],
        providerId=payload["providerId"],
        channel=payload["channel"],
        active=payload["active"],
        deleted=payload["deleted"],
        primary=payload["primary"],
        deletedAt=payload.get("deletedAt"),
        deletedBy=payload.get("deletedBy"),
        conditions=payload.get("conditions"),
    )


# --------------------------------------------------------------------------------------------
# 8. Conditions summary sentence on the integration detail page

_OPERATOR_WORDS: dict[str, str] = {
    "LARGER": "is greater than",
    "SMALLER": "is less than",
    "LARGER_EQUAL": "is at least",
    "SMALLER_EQUAL": "is at most",
    "EQUAL": "equals",
    "NOT_EQUAL": "does not equal",
    "ALL_IN": "contains all of",
    "ANY_IN": "contains any of",
    "NOT_IN": "is not in",
    "BETWEEN": "is between",
    "NOT_BETWEEN": "is not between",
    "LIKE": "is like",
    "NOT_LIKE": "is not like",
    "IN": "is in",
}


def _summarise(conditions: list[Any]) -> str:
    groups = []
    for condition in conditions:
        joiner = " or " if condition["value"] == "OR" else " and "
        parts = [
            f"{child['on']} {child['field']} {_OPERATOR_WORDS.get(child['operator'], child['operator'])}"
            f" {child['value']!r}"
            for child in condition["children"]
        ]
        if not parts:
            continue
        text = joiner.join(parts)
        groups.append(f"not ({text})" if condition["isNegated"] else text)
    if not groups:
        return "Used for every message"
    return "Used when " + "; and ".join(groups)


def _conditions_summary_buggy(payload: Payload) -> str:
    return _summarise(payload["conditions"])


def _conditions_summary_fixed(payload: Payload) -> str:
    return _summarise(payload.get("conditions") or [])


# --------------------------------------------------------------------------------------------
# 9. Condition chips ("plan = pro") under the integration name

_OPERATOR_SYMBOLS: dict[str, str] = {
    "EQUAL": "=",
    "NOT_EQUAL": "≠",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": "≥",
    "SMALLER_EQUAL": "≤",
    "IN": "∈",
    "NOT_IN": "∉",
}


def _condition_chips_buggy(payload: Payload) -> list[str]:
    chips = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            symbol = _OPERATOR_SYMBOLS[child["operator"]]
            chips.append(f"{child['field']} {symbol} {child['value']}")
    return chips


def _condition_chips_fixed(payload: Payload) -> list[str]:
    chips = []
    for condition in payload.get("conditions") or []:
        for child in condition["children"]:
            operator = child["operator"]
            symbol = _OPERATOR_SYMBOLS.get(operator, operator.lower().replace("_", " "))
            chips.append(f"{child['field']} {symbol} {child['value']}")
    return chips


# --------------------------------------------------------------------------------------------
# 10. Breadcrumb and route from the identifier ("sendgrid-x8Kd2bQ1" -> slug + short id)


def _breadcrumb_buggy(payload: Payload) -> tuple[list[str], str]:
    slug, short_id = payload["identifier"].rsplit("-", 1)
    crumbs = ["Integrations", payload["channel"], payload["name"]]
    return crumbs, f"/integrations/{payload['channel']}/{quote(slug, safe='')}/{short_id}"


def _breadcrumb_fixed(payload: Payload) -> tuple[list[str], str]:
    slug, dash, short_id = payload["identifier"].rpartition("-")
    if not dash:
        slug, short_id = payload["identifier"], ""
    crumbs = ["Integrations", payload["channel"], payload["name"]]
    path = "/".join(quote(part, safe="", errors="replace") for part in (payload["channel"], slug, short_id))
    return crumbs, f"/integrations/{path}"


# --------------------------------------------------------------------------------------------
# 11. Sort key for the channel tabs of the settings page

_TAB_ORDER_BUGGY = ["email", "sms", "chat", "push"]
_TAB_ORDER_FIXED = ["in_app", "email", "sms", "chat", "push"]


def _tab_sort_key_buggy(payload: Payload) -> tuple[int, bool, str]:
    return (_TAB_ORDER_BUGGY.index(payload["channel"]), not payload["primary"], payload["name"].casefold())


def _tab_sort_key_fixed(payload: Payload) -> tuple[int, bool, str]:
    channel = payload["channel"]
    rank = _TAB_ORDER_FIXED.index(channel) if channel in _TAB_ORDER_FIXED else len(_TAB_ORDER_FIXED)
    return (rank, not payload["primary"], payload["name"].casefold())


# --------------------------------------------------------------------------------------------
# 12. Copy-to-clipboard .env snippet of the credentials


def _env_var(provider_id: str, key: str) -> str:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key)
    return re.sub(r"\W+", "_", f"{provider_id}_{snake}").upper()


def _env_snippet_buggy(payload: Payload) -> str:
    credentials = _credentials(payload)
    return "\n".join(
        f"{_env_var(payload['providerId'], key)}={shlex.quote(value)}"
        for key, value in sorted(credentials.items())
    )


def _env_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return shlex.quote(value)
    try:
        return shlex.quote(json.dumps(value))
    except (TypeError, ValueError, RecursionError):
        return "''"


def _env_snippet_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    return "\n".join(
        f"{_env_var(payload['providerId'], key)}={_env_value(value)}"
        for key, value in sorted(credentials.items())
    )


# --------------------------------------------------------------------------------------------
# 13. SMTP settings form prefill


def _smtp_form_buggy(payload: Payload) -> dict[str, object]:
    credentials = _credentials(payload)
    return {
        "host": credentials.get("host", ""),
        "port": int(credentials.get("port", "587")),
        "secure": bool(credentials.get("secure", False)),
        "user": credentials.get("user", ""),
    }


def _smtp_form_fixed(payload: Payload) -> dict[str, object]:
    credentials = _credentials(payload)
    raw_port = credentials.get("port", "587")
    port: int | None
    try:
        port = int(raw_port) if isinstance(raw_port, str) else None
    except ValueError:
        port = None
    return {
        "host": credentials.get("host", ""),
        "port": port,
        "secure": credentials.get("secure") is True,
        "user": credentials.get("user", ""),
    }


# --------------------------------------------------------------------------------------------
# 14. SMS sender display ("+1 415 555 0100")


def _group_digits(digits: str) -> str:
    if len(digits) == 11 and digits.startswith("1"):
        return f"+1 {digits[1:4]} {digits[4:7]} {digits[7:]}"
    return "+" + " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))


def _sms_sender_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if not sender:
        return None
    number = int(sender.replace(" ", "").lstrip("+"))
    return _group_digits(str(number))


def _sms_sender_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if not isinstance(sender, str) or not sender:
        return None
    digits = sender.replace(" ", "").lstrip("+")
    if not digits or any(char not in "0123456789" for char in digits):
        return sender  # an alphanumeric sender id ("AcmeInc"), shown as is
    return _group_digits(digits)


# --------------------------------------------------------------------------------------------
# 15. JSON:API resource mapper in the backend-for-frontend


def _jsonapi_resource(payload: Payload, resource_id: str) -> dict[str, Any]:
    return {
        "type": "integrations",
        "id": resource_id,
        "attributes": {
            "name": payload["name"],
            "identifier": payload["identifier"],
            "providerId": payload["providerId"],
            "channel": payload["channel"],
            "active": payload["active"],
            "primary": payload["primary"],
        },
        "relationships": {
            "environment": {"data": {"type": "environments", "id": payload["_environmentId"]}},
        },
    }


def _jsonapi_buggy(payload: Payload) -> dict[str, Any]:
    return _jsonapi_resource(payload, payload["_id"])


def _jsonapi_fixed(payload: Payload) -> dict[str, Any]:
    resource_id = payload.get("_id")
    if not isinstance(resource_id, str):
        alias = payload.get("id")
        resource_id = alias if isinstance(alias, str) else payload["identifier"]
    return _jsonapi_resource(payload, resource_id)


# --------------------------------------------------------------------------------------------
# 16. Environment badge next to each row

_ENVIRONMENT_LABELS: dict[str, str] = {
    "6615a3c2f1e2d3c4b5a69701": "Development",
    "6615a3c2f1e2d3c4b5a69703": "Production",
}


def _environment_badge_buggy(payload: Payload) -> str:
    return _ENVIRONMENT_LABELS[payload["_environmentId"]]


def _environment_badge_fixed(payload: Payload) -> str:
    environment_id = payload["_environmentId"]
    return _ENVIRONMENT_LABELS.get(environment_id, f"Environment …{environment_id[-6:]}")


# --------------------------------------------------------------------------------------------

FRONTEND_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="avatar_initials",
        bug="the name has at least one word, so name.split()[0][0] exists",
        buggy=_initials_buggy,
        fixed=_initials_fixed,
        raises=(IndexError,),
        example=_example({"name": ""}),
    ),
    ConsumerCase(
        name="provider_logo_url",
        bug="every providerId is one of the providers we ship a logo for",
        buggy=_logo_url_buggy,
        fixed=_logo_url_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "EmailJS",
                "identifier": "email-js-Zp4Lk0qa",
                "providerId": "emailjs",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "secretKey": "fake-secret",
                    "from": "hi@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="email_sender_preview",
        bug="credentials.from is always an email address containing '@'",
        buggy=_sender_preview_buggy,
        fixed=_sender_preview_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-q1W2e3R4",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.internal",
                    "port": "25",
                    "from": "postmaster",
                    "senderName": "Ops",
                },
            }
        ),
    ),
    ConsumerCase(
        name="masked_api_key",
        bug="every integration's credentials carry an apiKey",
        buggy=_masked_api_key_buggy,
        fixed=_masked_api_key_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3xT9aa",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "AC0000000000", "token": "fake-token", "from": "+14155550100"},
            }
        ),
    ),
    ConsumerCase(
        name="status_pill",
        bug="primary implies active, so (active=False, primary=True) never occurs",
        buggy=_status_pill_buggy,
        fixed=_status_pill_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="deleted_relative_label",
        bug="deletedAt is always in JavaScript toISOString() form (milliseconds and 'Z')",
        buggy=_deleted_label_buggy,
        fixed=_deleted_label_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-08T10:11:12+00:00", "active": False}),
    ),
    ConsumerCase(
        name="list_row_from_wire_dict",
        bug="the item has exactly the documented keys, so Row(**payload) accepts it",
        buggy=_list_row_buggy,
        fixed=_list_row_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "priority": 1,
                "createdAt": "2025-05-01T09:00:00.000Z",
                "updatedAt": "2025-05-02T09:00:00.000Z",
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="conditions_summary_sentence",
        bug="conditions is always present (it is optional in the contract)",
        buggy=_conditions_summary_buggy,
        fixed=_conditions_summary_fixed,
        raises=(KeyError,),
        example=_example(drop=("conditions",)),
    ),
    ConsumerCase(
        name="condition_operator_chips",
        bug="operators are only the comparison and IN/NOT_IN ones the UI had symbols for",
        buggy=_condition_chips_buggy,
        fixed=_condition_chips_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {"field": "amount", "value": "10,100", "operator": "BETWEEN", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="breadcrumb_route",
        bug="identifier always looks like '<slug>-<shortid>', so rsplit('-', 1) gives two parts",
        buggy=_breadcrumb_buggy,
        fixed=_breadcrumb_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "primary_email"}),
    ),
    ConsumerCase(
        name="channel_tab_sort_key",
        bug="the settings tabs list every channel (in_app was forgotten)",
        buggy=_tab_sort_key_buggy,
        fixed=_tab_sort_key_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-a1B2c3D4",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "credentials": {"hmac": True},
            }
        ),
    ),
    ConsumerCase(
        name="env_snippet_copy",
        bug="every credential value is a string that shlex.quote accepts",
        buggy=_env_snippet_buggy,
        fixed=_env_snippet_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hh7Yy6Tt",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "user": "mailer",
                    "password": "fake-password",
                    "from": "no-reply@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_form_prefill",
        bug="credentials.port is always a numeric string when present",
        buggy=_smtp_form_buggy,
        fixed=_smtp_form_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Pp9Oo8Ii",
                "providerId": "nodemailer",
                "credentials": {"host": "smtp.example.com", "port": "", "from": "no-reply@example.com"},
            }
        ),
    ),
    ConsumerCase(
        name="sms_sender_display",
        bug="an sms 'from' is always a phone number, never an alphanumeric sender id",
        buggy=_sms_sender_buggy,
        fixed=_sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Infobip",
                "identifier": "infobip-Jk8Lm2Nb",
                "providerId": "infobip-sms",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "baseUrl": "https://api.example.com",
                    "from": "AcmeInc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="jsonapi_resource_id",
        bug="_id is always present (it is optional in the contract)",
        buggy=_jsonapi_buggy,
        fixed=_jsonapi_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="environment_badge",
        bug="every item belongs to one of the environments the console knows about",
        buggy=_environment_badge_buggy,
        fixed=_environment_badge_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "6615a3c2f1e2d3c4b5a69799"}),
    ),
]
