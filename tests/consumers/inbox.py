"""Sixteen mobile-app and inbox BFF consumers of ``GET /v1/integrations`` items, each with one contract bug.

The consumers are the kind of code a backend-for-frontend serving a mobile app and a web notification
centre carries: settings-screen cards and badges, push-registration helpers (FCM, APNs), deep links,
iOS settings bundles and Android resources, pagination cursors, caching headers, offline-sync rows and
conflict resolution, localised and pluralised labels, GraphQL resolvers with non-null fields.

Each ``ConsumerCase`` pairs a *buggy* function, which works on ``HAPPY_PATH`` but relies on one thing the
contract does not guarantee, with a *fixed* control that must never raise on any contract-valid payload,
and an ``example`` payload (valid under the contract) that makes the buggy version raise.

These cases were written from the contract documentation alone (the SDK model page, ``CONTRACT.md``,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at the data generator, its strategies
or the other consumer suites, so that they measure how well the generator finds bugs it was not tuned for.
"""

from __future__ import annotations

import base64
import hashlib
import json
import plistlib
import re
import sqlite3
import string
from contextlib import closing
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload, _credentials, _example


def _text(value: object) -> str | None:
    """A string value as is, anything else (absent, wrong type) as ``None``."""
    return value if isinstance(value, str) else None


def _scrub(value: str) -> str:
    """``value`` with lone surrogates replaced, so that it can be encoded as UTF-8."""
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


# 1. Settings card: the sender line is cut to fit a small-screen subtitle ----------------------------------

_SUBTITLE_BYTES = 24


def _settings_card_buggy(payload: Payload) -> str:
    credentials = _credentials(payload)
    sender: str = credentials.get("senderName") or credentials.get("from") or ""
    raw = sender.encode("utf-8")
    if len(raw) > _SUBTITLE_BYTES:
        sender = raw[: _SUBTITLE_BYTES - 3].decode("utf-8") + "…"
    return json.dumps({"title": payload["name"], "subtitle": sender, "enabled": payload["active"]})


def _settings_card_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    sender = _text(credentials.get("senderName")) or _text(credentials.get("from")) or ""
    if len(sender) > _SUBTITLE_BYTES:
        sender = sender[: _SUBTITLE_BYTES - 3] + "…"
    return json.dumps({"title": payload["name"], "subtitle": sender, "enabled": payload["active"]})


# 2. FCM push registration: the HTTP v1 send URL needs the project id of the service account -------------


def _fcm_send_url_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    account = _credentials(payload).get("serviceAccount")
    if not account:
        return None
    info = json.loads(account)
    return f"https://fcm.googleapis.com/v1/projects/{info['project_id']}/messages:send"


def _fcm_send_url_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    account = _text(_credentials(payload).get("serviceAccount"))
    if not account:
        return None
    try:
        info = json.loads(account)
    except (ValueError, RecursionError):
        return None
    project = _text(info.get("project_id")) if isinstance(info, dict) else None
    if not project:
        return None
    return f"https://fcm.googleapis.com/v1/projects/{quote(project, safe='', errors='replace')}/messages:send"


# 3. APNs push registration: topic, vendor and app from the bundle id ----------------------------------


def _apns_registration_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "apns":
        return None
    credentials = _credentials(payload)
    bundle_id: str = credentials.get("applicationId") or ""
    if not bundle_id:
        return None
    parts = bundle_id.split(".")
    return {
        "topic": bundle_id,
        "vendor": parts[1],
        "app": parts[2],
        "environment": "production" if credentials.get("secure") is True else "sandbox",
    }


def _apns_registration_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("providerId") != "apns":
        return None
    credentials = _credentials(payload)
    bundle_id = _text(credentials.get("applicationId")) or ""
    if not bundle_id:
        return None
    parts = bundle_id.split(".")
    return {
        "topic": bundle_id,
        "vendor": parts[1] if len(parts) >= 3 else None,
        "app": parts[-1],
        "environment": "production" if credentials.get("secure") is True else "sandbox",
    }


# 4. Deep link into the integration's settings screen ----------------------------------------------------

_DEEP_LINK = "acmeapp://settings/integrations/{segment}?channel={channel}"


def _deep_link_buggy(payload: Payload) -> str:
    link = _DEEP_LINK.format(segment=payload["identifier"], channel=payload["channel"])
    routed = urlsplit(link).path.rsplit("/", 1)[-1]
    if routed != payload["identifier"]:
        raise ValueError(f"deep link {link!r} routes to {routed!r}")
    return link


def _deep_link_fixed(payload: Payload) -> str:
    identifier: str = payload["identifier"]
    segment = quote(identifier, safe="", errors="surrogatepass")
    channel = quote(str(payload.get("channel", "")), safe="", errors="surrogatepass")
    link = _DEEP_LINK.format(segment=segment, channel=channel)
    routed = unquote(urlsplit(link).path.rsplit("/", 1)[-1], errors="surrogatepass")
    if routed != identifier:
        raise ValueError(f"deep link {link!r} routes to {routed!r}")
    return link


# 5. HTTP caching: an ETag for the integration card ------------------------------------------------------


def _etag_header_buggy(payload: Payload) -> bytes:
    etag = f'W/"{payload["identifier"]}.{int(payload["active"])}{int(payload["primary"])}"'
    # What http.server's send_header does with a header line.
    return f"ETag: {etag}\r\n".encode("latin-1")


def _etag_header_fixed(payload: Payload) -> bytes:
    fields = [
        payload.get("_id"),
        payload.get("identifier"),
        payload.get("name"),
        payload.get("providerId"),
        payload.get("channel"),
        payload.get("active"),
        payload.get("primary"),
        payload.get("deleted"),
    ]
    digest = hashlib.sha256(json.dumps(fields, ensure_ascii=True).encode("ascii")).hexdigest()[:32]
    return f'ETag: W/"{digest}"\r\n'.encode("latin-1")


# 6. Offline sync: the integration as a row of the app's SQLite cache -----------------------------------

_SYNC_SCHEMA = (
    "CREATE TABLE integration (id TEXT PRIMARY KEY NOT NULL, identifier TEXT NOT NULL, "
    "name TEXT NOT NULL, channel TEXT NOT NULL, active INTEGER NOT NULL, is_primary INTEGER NOT NULL)"
)
_SYNC_INSERT = "INSERT INTO integration VALUES (?, ?, ?, ?, ?, ?)"


def _sync_row_buggy(payload: Payload) -> tuple[object, ...]:
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(_SYNC_SCHEMA)
        db.execute(
            _SYNC_INSERT,
            (
                payload.get("_id"),
                payload["identifier"],
                payload["name"],
                payload["channel"],
                payload["active"],
                payload["primary"],
            ),
        )
        row = db.execute("SELECT * FROM integration").fetchone()
    return tuple(row)


def _sync_row_fixed(payload: Payload) -> tuple[object, ...]:
    identifier = str(payload.get("identifier", ""))
    row_id = _text(payload.get("_id")) or f"{payload.get('_environmentId', '')}/{identifier}"
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(_SYNC_SCHEMA)
        db.execute(
            _SYNC_INSERT,
            (
                _scrub(row_id),
                _scrub(identifier),
                _scrub(str(payload.get("name", ""))),
                _scrub(str(payload.get("channel", ""))),
                bool(payload.get("active")),
                bool(payload.get("primary")),
            ),
        )
        row = db.execute("SELECT * FROM integration").fetchone()
    return tuple(row)


# 7. Offline sync: a local edit against a server-side soft delete ---------------------------------------

_LAST_LOCAL_EDIT = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


def _resolve_conflict_buggy(payload: Payload) -> str:
    if not payload["deleted"]:
        return "keep"
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return "delete-local"
    when = datetime.fromisoformat(deleted_at)
    return "delete-local" if when >= _LAST_LOCAL_EDIT else "keep-local-edit"


def _resolve_conflict_fixed(payload: Payload) -> str:
    if payload.get("deleted") is not True:
        return "keep"
    deleted_at = _text(payload.get("deletedAt"))
    if deleted_at is None:
        return "delete-local"
    try:
        when = datetime.fromisoformat(deleted_at)
        if when.tzinfo is None or when.utcoffset() is None:
            when = when.replace(tzinfo=UTC)
        return "delete-local" if when >= _LAST_LOCAL_EDIT else "keep-local-edit"
    except (ValueError, TypeError, OverflowError):
        return "delete-local"


# 8. Localised section titles of the preferences screen, one section per channel -----------------------

_CHANNEL_TITLES: dict[str, dict[str, str]] = {
    "en": {"email": "Email", "sms": "Text messages", "push": "Push notifications", "chat": "Chat"},
    "de": {"email": "E-Mail", "sms": "SMS", "push": "Push-Benachrichtigungen", "chat": "Chat"},
}
_IN_APP_TITLES = {"en": "In-app inbox", "de": "In-App-Postfach"}


def _section_titles_buggy(payload: Payload) -> dict[str, str]:
    return {locale: titles[payload["channel"]] for locale, titles in _CHANNEL_TITLES.items()}


def _section_titles_fixed(payload: Payload) -> dict[str, str]:
    channel = str(payload.get("channel", ""))
    result: dict[str, str] = {}
    for locale, titles in _CHANNEL_TITLES.items():
        if channel == "in_app":
            result[locale] = _IN_APP_TITLES[locale]
        else:
            result[locale] = titles.get(channel, channel.replace("_", " ").capitalize() or "Other")
    return result


# 9. Status badge of the settings card: label and colour --------------------------------------------------

_BADGES: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("Primary", "#1A7F37"),
    (True, False): ("Active", "#0969DA"),
    (False, False): ("Off", "#6E7781"),
}


def _status_badge_buggy(payload: Payload) -> dict[str, str]:
    label, colour = _BADGES[(payload["active"], payload["primary"])]
    return {"label": label, "colour": colour}


def _status_badge_fixed(payload: Payload) -> dict[str, str]:
    active = payload.get("active") is True
    primary = payload.get("primary") is True
    if primary and not active:
        return {"label": "Primary (off)", "colour": "#9A6700"}
    label, colour = _BADGES[(active, primary)]
    return {"label": label, "colour": colour}


# 10. GraphQL resolver for ``Integration.emailSender: EmailSender`` ---------------------------------------


def _non_null(field: str, value: object) -> object:
    """What a GraphQL executor does with ``null`` in a ``String!`` field."""
    if value is None:
        raise TypeError(f"Cannot return null for non-nullable field {field}.")
    return value


def _email_sender_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    return {
        "name": _non_null("EmailSender.name", credentials.get("senderName")),
        "address": _non_null("EmailSender.address", credentials.get("from")),
    }


def _email_sender_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    name = _text(credentials.get("senderName"))
    # ``address`` is declared nullable (``String``) in the fixed schema.
    return {
        "name": _non_null("EmailSender.name", name if name is not None else str(payload.get("name", ""))),
        "address": _text(credentials.get("from")),
    }


# 11. Pagination cursor of the integrations list ----------------------------------------------------------

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def _page_cursor_buggy(payload: Payload) -> str | None:
    object_id = payload.get("_id")
    if object_id is None:
        return None
    raw = bytes([int(payload["primary"])]) + bytes.fromhex(object_id)
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _page_cursor_fixed(payload: Payload) -> str | None:
    object_id = _text(payload.get("_id"))
    if object_id is None:
        return None
    flag = 1 if payload.get("primary") is True else 0
    if _OBJECT_ID.fullmatch(object_id):
        raw = bytes([flag]) + bytes.fromhex(object_id)
    else:
        raw = bytes([flag | 2]) + object_id.encode("utf-8", "surrogatepass")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


# 12. A-Z section index of the provider list (as in an iOS table view) ----------------------------------

_SECTION_LETTERS = string.ascii_uppercase


def _section_index_buggy(payload: Payload) -> tuple[int, str]:
    initial: str = payload["name"][0].upper()
    return _SECTION_LETTERS.index(initial), initial


def _section_index_fixed(payload: Payload) -> tuple[int, str]:
    name = str(payload.get("name", ""))
    initial = name.lstrip()[:1].upper()
    if len(initial) == 1 and initial in _SECTION_LETTERS:
        return _SECTION_LETTERS.index(initial), initial
    return len(_SECTION_LETTERS), "#"


# 13. Android drawable resource of the provider icon ------------------------------------------------------

_RESOURCE_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _icon_resource_buggy(payload: Payload) -> str:
    resource: str = "ic_provider_" + payload["providerId"].replace("-", "_")
    if not _RESOURCE_NAME.fullmatch(resource):
        raise ValueError(f"invalid Android resource name {resource!r}")
    return resource


def _icon_resource_fixed(payload: Payload) -> str:
    provider = str(payload.get("providerId", ""))
    slug = re.sub(r"[^a-z0-9_]+", "_", provider.lower()).strip("_")[:64] or "generic"
    resource = "ic_provider_" + slug
    if not _RESOURCE_NAME.fullmatch(resource):
        raise ValueError(f"invalid Android resource name {resource!r}")
    return resource


# 14. iOS Settings.bundle entry: a toggle per integration ------------------------------------------------

_PLIST_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _settings_bundle_buggy(payload: Payload) -> bytes:
    specifier = {
        "Type": "PSToggleSwitchSpecifier",
        "Title": payload["name"],
        "Key": f"notifications.{payload['channel']}.enabled",
        "DefaultValue": payload["active"],
    }
    return plistlib.dumps({"PreferenceSpecifiers": [specifier]})


def _settings_bundle_fixed(payload: Payload) -> bytes:
    title = _PLIST_UNSAFE.sub("", _scrub(str(payload.get("name", ""))))
    channel = _PLIST_UNSAFE.sub("", _scrub(str(payload.get("channel", ""))))
    specifier = {
        "Type": "PSToggleSwitchSpecifier",
        "Title": title,
        "Key": f"notifications.{channel}.enabled",
        "DefaultValue": payload.get("active") is True,
    }
    return plistlib.dumps({"PreferenceSpecifiers": [specifier]})


# 15. Pluralised summary of the routing rules, shown under the card title -------------------------------


def _rules_summary_buggy(payload: Payload) -> str:
    conditions: list[dict[str, Any]] = payload.get("conditions") or []
    if not conditions:
        return "Used for every subscriber"
    first = conditions[0]["children"][0]
    more = sum(len(condition["children"]) for condition in conditions) - 1
    suffix = "" if more == 0 else f" (+{more} more {'rule' if more == 1 else 'rules'})"
    return f"Only when {first['field']} {first['operator']} {first['value']}{suffix}"


def _rules_summary_fixed(payload: Payload) -> str:
    conditions = payload.get("conditions")
    children: list[dict[str, Any]] = []
    if isinstance(conditions, list):
        for condition in conditions:
            parts = condition.get("children") if isinstance(condition, dict) else None
            if isinstance(parts, list):
                children.extend(child for child in parts if isinstance(child, dict))
    if not children:
        return "Used for every subscriber"
    first = children[0]
    more = len(children) - 1
    suffix = "" if more == 0 else f" (+{more} more {'rule' if more == 1 else 'rules'})"
    return f"Only when {first.get('field', '')} {first.get('operator', '')} {first.get('value', '')}{suffix}"


# 16. APNs alert to the admins' phones when an integration changes state ---------------------------------

_APNS_MAX_BYTES = 4096
_ALERT_FIELD_CHARS = 80


def _apns_payload(name: str, identifier: str, active: bool) -> bytes:
    state = "enabled" if active else "disabled"
    body = {
        "aps": {
            "alert": {"title": f"Integration {state}", "body": f"{name} ({identifier})"},
            "sound": "default",
        },
        "deepLink": "acmeapp://settings/integrations",
    }
    data = json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    if len(data) > _APNS_MAX_BYTES:
        raise ValueError(f"APNs payload of {len(data)} bytes exceeds {_APNS_MAX_BYTES} (PayloadTooLarge)")
    return data


def _admin_alert_buggy(payload: Payload) -> bytes:
    return _apns_payload(payload["name"], payload["identifier"], payload["active"])


def _clip(value: str) -> str:
    return value if len(value) <= _ALERT_FIELD_CHARS else value[: _ALERT_FIELD_CHARS - 1] + "…"


def _admin_alert_fixed(payload: Payload) -> bytes:
    name = _clip(str(payload.get("name", "")))
    identifier = _clip(str(payload.get("identifier", "")))
    return _apns_payload(name, identifier, payload.get("active") is True)


INBOX_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="settings_card_byte_truncation",
        bug="cuts the sender subtitle at a byte count, assuming the cut never splits a UTF-8 character",
        buggy=_settings_card_buggy,
        fixed=_settings_card_fixed,
        raises=(UnicodeDecodeError,),
        example=_example(
            {"credentials": {**HAPPY_PATH["credentials"], "senderName": "Boulangerie Pâtissière Émile"}}
        ),
    ),
    ConsumerCase(
        name="fcm_service_account_project",
        bug="assumes the FCM serviceAccount credential is a JSON service-account document with a project_id",
        buggy=_fcm_send_url_buggy,
        fixed=_fcm_send_url_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Zp4Lq9",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "eyJ0eXBlIjoic2VydmljZV9hY2NvdW50In0="},
            }
        ),
    ),
    ConsumerCase(
        name="apns_bundle_id_parts",
        bug="assumes the APNs applicationId is a reverse-DNS bundle id with at least three dotted parts",
        buggy=_apns_registration_buggy,
        fixed=_apns_registration_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "APNs",
                "identifier": "apns-Hd72kQ",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "secretKey": "-----BEGIN PRIVATE KEY-----\nfake\n-----END PRIVATE KEY-----",
                    "apiKey": "ABC123DEFG",
                    "projectName": "ABCDE12345",
                    "applicationId": "ABCDE12345",
                    "secure": False,
                },
            }
        ),
    ),
    ConsumerCase(
        name="deep_link_unescaped_identifier",
        bug="puts the identifier into a deep-link path unescaped, assuming it holds no '/', '?' or '#'",
        buggy=_deep_link_buggy,
        fixed=_deep_link_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "email/marketing-eu"}),
    ),
    ConsumerCase(
        name="etag_from_identifier_latin1",
        bug="builds the ETag header from the identifier, assuming it is Latin-1 encodable",
        buggy=_etag_header_buggy,
        fixed=_etag_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Уведомления", "identifier": "уведомления-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="sqlite_row_requires_id",
        bug="keys the offline-sync SQLite row on _id, assuming every integration carries one",
        buggy=_sync_row_buggy,
        fixed=_sync_row_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="sync_conflict_naive_deleted_at",
        bug="compares deletedAt with an aware UTC time, assuming it is ISO-8601 with a UTC offset",
        buggy=_resolve_conflict_buggy,
        fixed=_resolve_conflict_fixed,
        raises=(TypeError, ValueError),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-05-06T10:00:00.000"}),
    ),
    ConsumerCase(
        name="preferences_section_without_in_app",
        bug="has localised section titles for email, sms, push and chat only, missing the in_app channel",
        buggy=_section_titles_buggy,
        fixed=_section_titles_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Tq8mZ1",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "credentials": {"hmac": True},
            }
        ),
    ),
    ConsumerCase(
        name="status_badge_inactive_primary",
        bug="maps (active, primary) to a badge, assuming a primary integration is always active",
        buggy=_status_badge_buggy,
        fixed=_status_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="graphql_email_sender_non_null",
        bug="resolves EmailSender name and address as String!, assuming email credentials always carry them",
        buggy=_email_sender_buggy,
        fixed=_email_sender_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Novu Email",
                "identifier": "novu-email-Vb3sX0",
                "providerId": "novu-email",
                "credentials": {},
            }
        ),
    ),
    ConsumerCase(
        name="page_cursor_hex_object_id",
        bug="packs _id into a compact pagination cursor with bytes.fromhex, assuming a hex ObjectId",
        buggy=_page_cursor_buggy,
        fixed=_page_cursor_fixed,
        raises=(ValueError,),
        example=_example({"_id": "01HX3K9Q8Z7Y6W5V4T3S2R1P0N"}),
    ),
    ConsumerCase(
        name="section_index_latin_initial",
        bug="files the integration under the A-Z index, assuming the name starts with a Latin letter",
        buggy=_section_index_buggy,
        fixed=_section_index_fixed,
        raises=(ValueError, IndexError),
        example=_example(
            {
                "name": "46elks",
                "identifier": "46elks-Rt5nW2",
                "providerId": "forty-six-elks",
                "channel": "sms",
                "credentials": {"user": "u0001", "password": "fake-password", "from": "+46700000000"},
            }
        ),
    ),
    ConsumerCase(
        name="icon_resource_from_provider_id",
        bug="derives an Android drawable name from providerId, assuming only a-z, 0-9 and '-'",
        buggy=_icon_resource_buggy,
        fixed=_icon_resource_fixed,
        raises=(ValueError,),
        example=_example({"providerId": "SendGrid.EU", "name": "SendGrid EU"}),
    ),
    ConsumerCase(
        name="settings_bundle_control_characters",
        bug="writes the name into an XML property list, assuming it holds no control characters",
        buggy=_settings_bundle_buggy,
        fixed=_settings_bundle_fixed,
        raises=(ValueError,),
        example=_example({"name": "Marketing\x0bEU newsletters"}),
    ),
    ConsumerCase(
        name="rules_summary_empty_children",
        bug="summarises the first routing rule, assuming every condition has at least one child",
        buggy=_rules_summary_buggy,
        fixed=_rules_summary_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="admin_push_alert_size",
        bug="puts the full name and identifier into an APNs alert, assuming they fit the 4 KB payload limit",
        buggy=_admin_alert_buggy,
        fixed=_admin_alert_fixed,
        raises=(ValueError,),
        example=_example({"name": "Transactional email for the EU storefronts " * 120}),
    ),
]
"""The sixteen cases, in the order above."""
