"""Sixteen ops-automation consumers of ``GET /v1/integrations`` items, each with one contract bug.

Chat-ops bots, CLI printers, cron jobs, drift detectors, migration scripts, report and ticket
builders, metric exporters and health-check schedulers: the internal tooling a platform team
writes around its Novu integrations. Each buggy version works on ``HAPPY_PATH`` and makes one
assumption the contract does not back; each fixed control tolerates every contract-valid payload.

They were written from the contract documentation alone (the seed document, ``CONTRACT.md``,
``providers.json`` and the server notes), without looking at the generator.
"""

from __future__ import annotations

import json
import shlex
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

_MISSING = object()


def _text(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


# 1. Slack bot `/novu integrations`: one digest line per integration. ---------------------------


def _slack_digest_buggy(payload: Payload) -> str:
    short_id = payload["_id"][-6:]
    state = ":large_green_circle:" if payload["active"] else ":white_circle:"
    return f"{state} *{payload['name']}* ({payload['providerId']}/{payload['channel']}) `{short_id}`"


def _slack_digest_fixed(payload: Payload) -> str:
    raw_id = _text(payload.get("_id"))
    short_id = raw_id[-6:] if raw_id else "no-id"
    state = ":large_green_circle:" if payload["active"] else ":white_circle:"
    return f"{state} *{payload['name']}* ({payload['providerId']}/{payload['channel']}) `{short_id}`"


# 2. CLI `novu-ops ls`: a table row with a short alias for the environment. ----------------------

_ENV_ALIASES = {
    "6615a3c2f1e2d3c4b5a69701": "dev",
    "6615a3c2f1e2d3c4b5a69711": "staging",
    "6615a3c2f1e2d3c4b5a69721": "prod",
}


def _cli_row_buggy(payload: Payload) -> str:
    env = _ENV_ALIASES[payload["_environmentId"]]
    return f"{env:<8} {payload['identifier']:<32} {payload['providerId']:<18} {payload['channel']:<6}"


def _cli_row_fixed(payload: Payload) -> str:
    env_id: str = payload["_environmentId"]
    env = _ENV_ALIASES.get(env_id) or (f"?{env_id[-6:]}" if env_id else "?")
    return f"{env:<8} {payload['identifier']:<32} {payload['providerId']:<18} {payload['channel']:<6}"


# 3. Nightly cron: purge soft-deleted integrations older than 30 days. ---------------------------

_RETENTION = timedelta(days=30)


def _purge_decision_buggy(payload: Payload) -> str | None:
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    age = datetime.now(UTC) - deleted_at
    return "purge" if age > _RETENTION else "keep"


def _purge_decision_fixed(payload: Payload) -> str | None:
    raw = payload.get("deletedAt")
    if not payload["deleted"] or not isinstance(raw, str):
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return "review"
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        age = datetime.now(UTC) - deleted_at
    except OverflowError:
        return "review"
    return "purge" if age > _RETENTION else "keep"


# 4. Config-drift detector: which credential keys differ from the production baseline. -----------

_PROD_BASELINE: dict[str, Any] = {
    "apiKey": "fake-api-key-0001",
    "from": "no-reply@example.com",
    "senderName": "Example Inc",
}


def _drifted_keys_buggy(payload: Payload) -> list[str]:
    current = set(_credentials(payload).items())
    baseline = set(_PROD_BASELINE.items())
    return sorted({key for key, _ in current ^ baseline})


def _drifted_keys_fixed(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    keys = set(credentials) | set(_PROD_BASELINE)
    return sorted(key for key in keys if credentials.get(key, _MISSING) != _PROD_BASELINE.get(key, _MISSING))


# 5. Migration script: rename identifiers from `<slug>-<shortid>` to `<channel>-<slug>-<shortid>`.


def _renamed_identifier_buggy(payload: Payload) -> str:
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return f"{payload['channel']}-{slug or payload['providerId']}-{short_id}"


def _renamed_identifier_fixed(payload: Payload) -> str:
    identifier: str = payload["identifier"]
    slug, sep, short_id = identifier.rpartition("-")
    if not sep:
        slug, short_id = identifier, ""
    renamed = f"{payload['channel']}-{slug or payload['providerId']}"
    return f"{renamed}-{short_id}" if short_id else renamed


# 6. Jira ticket body for the weekly integrations audit. ----------------------------------------


def _jira_body_buggy(payload: Payload) -> str:
    lines = [
        f"h3. {payload['name']} ({payload['identifier']})",
        f"* Provider: {payload['providerId']} / {payload['channel']}",
        f"* Active: {'yes' if payload['active'] else 'no'}",
    ]
    if payload["deleted"]:
        lines.append(
            f"* Deleted {payload.get('deletedAt', 'at an unknown time')} by [~{payload['deletedBy']}]"
        )
    return "\n".join(lines)


def _jira_body_fixed(payload: Payload) -> str:
    lines = [
        f"h3. {payload['name']} ({payload['identifier']})",
        f"* Provider: {payload['providerId']} / {payload['channel']}",
        f"* Active: {'yes' if payload['active'] else 'no'}",
    ]
    if payload["deleted"]:
        when = _text(payload.get("deletedAt")) or "at an unknown time"
        who = _text(payload.get("deletedBy"))
        lines.append(f"* Deleted {when} by {f'[~{who}]' if who else 'an unknown user'}")
    return "\n".join(lines)


# 7. Prometheus textfile exporter: a TLS gauge per integration. --------------------------------


def _prom_label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _tls_gauge_buggy(payload: Payload) -> str:
    tls = _credentials(payload).get("secure", "false").lower() == "true"
    labels = f'provider="{_prom_label(payload["providerId"])}",channel="{payload["channel"]}"'
    return f"novu_integration_tls_enabled{{{labels}}} {int(tls)}"


def _tls_gauge_fixed(payload: Payload) -> str:
    secure = _credentials(payload).get("secure")
    tls = secure is True or (isinstance(secure, str) and secure.strip().lower() == "true")
    labels = f'provider="{_prom_label(payload["providerId"])}",channel="{payload["channel"]}"'
    return f"novu_integration_tls_enabled{{{labels}}} {int(tls)}"


# 8. Feature-flag gate: turn integration conditions into targeting rules. -----------------------


def _targeting_rules_buggy(payload: Payload) -> list[dict[str, object]]:
    rules: list[dict[str, object]] = []
    for condition in payload.get("conditions", []):
        rule = condition["children"][0]
        negate = "not_" if condition["isNegated"] else ""
        rules.append(
            {"attribute": rule["field"], "op": negate + rule["operator"].lower(), "values": [rule["value"]]}
        )
    return rules


def _targeting_rules_fixed(payload: Payload) -> list[dict[str, object]]:
    rules: list[dict[str, object]] = []
    for condition in payload.get("conditions", []):
        negate = "not_" if condition["isNegated"] else ""
        for rule in condition["children"]:
            rules.append(
                {
                    "attribute": rule["field"],
                    "op": negate + rule["operator"].lower(),
                    "values": [rule["value"]],
                }
            )
    return rules


# 9. Cost allocator: charge each integration to a cost centre at its provider's rate. ------------

_USD_PER_1K = {
    "sendgrid": 0.90,
    "ses": 0.10,
    "mailgun": 0.80,
    "postmark": 1.25,
    "twilio": 7.90,
    "sns": 6.45,
    "nexmo": 6.80,
    "plivo": 5.50,
    "fcm": 0.0,
    "apns": 0.0,
    "expo": 0.0,
    "slack": 0.0,
    "msteams": 0.0,
    "novu": 0.0,
}
_DEFAULT_USD_PER_1K = {"email": 1.0, "sms": 8.0, "push": 0.0, "chat": 0.0, "in_app": 0.0}


def _cost_line_buggy(payload: Payload) -> dict[str, object]:
    rate = _USD_PER_1K[payload["providerId"]]
    return {"cost_centre": f"notifications/{payload['channel']}", "usd_per_1k": rate}


def _cost_line_fixed(payload: Payload) -> dict[str, object]:
    rate = _USD_PER_1K.get(payload["providerId"], _DEFAULT_USD_PER_1K.get(payload["channel"], 0.0))
    return {"cost_centre": f"notifications/{payload['channel']}", "usd_per_1k": rate}


# 10. Health-check scheduler: SMTP probe target (host, port, timeout). --------------------------


def _smtp_probe_buggy(payload: Payload) -> tuple[str, int, float] | None:
    credentials = _credentials(payload)
    host = credentials.get("host")
    if not host:
        return None
    port = int(credentials.get("port", "587"))
    return (host, port, 10.0)


def _smtp_probe_fixed(payload: Payload) -> tuple[str, int, float] | None:
    credentials = _credentials(payload)
    host = _text(credentials.get("host"))
    if not host:
        return None
    default = 465 if credentials.get("secure") is True else 587
    raw = _text(credentials.get("port")).strip()
    try:
        port = int(raw) if 0 < len(raw) <= 5 else default
    except ValueError:
        port = default
    if not 0 < port < 65536:
        port = default
    return (host, port, 10.0)


# 11. Egress allow-list generator: hostnames the notification workers must reach. ----------------

_URL_KEYS = ("baseUrl", "webhookUrl", "redirectUrl", "externalLink")


def _egress_hosts_buggy(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    hosts = set()
    for key in _URL_KEYS:
        if key in credentials:
            hostname = urlsplit(credentials[key]).hostname
            hosts.add(hostname.encode("idna").decode("ascii"))
    return sorted(hosts)


def _egress_hosts_fixed(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    hosts = set()
    for key in _URL_KEYS:
        url = _text(credentials.get(key))
        if not url:
            continue
        try:
            hostname = urlsplit(url).hostname
        except ValueError:
            continue
        if not hostname or len(hostname) > 253:
            continue
        try:
            hosts.add(hostname.encode("idna").decode("ascii"))
        except UnicodeError:
            continue
    return sorted(hosts)


# 12. Mail-merge of sender identities for the DKIM/SPF checklist. -------------------------------


def _sender_identity_buggy(payload: Payload) -> dict[str, str] | None:
    credentials = _credentials(payload)
    if "from" not in credentials:
        return None
    local, domain = credentials["from"].split("@")
    name = credentials.get("senderName") or payload["name"]
    return {"display": f"{name} <{local}@{domain}>", "dkim_domain": domain.lower()}


def _sender_identity_fixed(payload: Payload) -> dict[str, str] | None:
    credentials = _credentials(payload)
    address = _text(credentials.get("from"))
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return None
    name = _text(credentials.get("senderName")) or payload["name"]
    return {"display": f"{name} <{local}@{domain}>", "dkim_domain": domain.lower()}


# 13. Shell exporter: argv to recreate the integration with the team's `novuctl` CLI. -----------


def _recreate_argv_buggy(payload: Payload) -> list[str]:
    command = (
        f"novuctl integrations create --provider {payload['providerId']} --channel {payload['channel']}"
        f" --identifier {shlex.quote(payload['identifier'])} --name '{payload['name']}'"
    )
    return shlex.split(command)


def _recreate_argv_fixed(payload: Payload) -> list[str]:
    return [
        "novuctl",
        "integrations",
        "create",
        "--provider",
        payload["providerId"],
        "--channel",
        payload["channel"],
        "--identifier",
        payload["identifier"],
        "--name",
        payload["name"],
    ]


# 14. Git commit message for the integrations-as-code sync bot. ---------------------------------


def _commit_message_buggy(payload: Payload) -> str:
    title = payload["name"].splitlines()[0].strip()
    verb = "sync" if payload["active"] else "disable"
    subject = f"chore(integrations): {verb} {title}"[:72]
    return f"{subject}\n\nidentifier: {payload['identifier']}\nprovider: {payload['providerId']}\n"


def _commit_message_fixed(payload: Payload) -> str:
    lines = payload["name"].splitlines()
    title = (lines[0].strip() if lines else "") or payload["identifier"] or payload["providerId"]
    verb = "sync" if payload["active"] else "disable"
    subject = f"chore(integrations): {verb} {title}"[:72]
    return f"{subject}\n\nidentifier: {payload['identifier']}\nprovider: {payload['providerId']}\n"


# 15. Markdown report: the routing conditions of each integration as a table. -------------------

_OPERATOR_SYMBOLS = {
    "EQUAL": "=",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "in",
    "NOT_IN": "not in",
}


def _md_cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def _conditions_table_buggy(payload: Payload) -> str:
    rows = ["| field | operator | value |", "|---|---|---|"]
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            symbol = _OPERATOR_SYMBOLS[child["operator"]]
            rows.append(
                f"| {child['on']}.{_md_cell(child['field'])} | {symbol} | {_md_cell(child['value'])} |"
            )
    return "\n".join(rows)


def _conditions_table_fixed(payload: Payload) -> str:
    rows = ["| field | operator | value |", "|---|---|---|"]
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            operator = _text(child.get("operator"), "?")
            symbol = _OPERATOR_SYMBOLS.get(operator, operator.lower().replace("_", " "))
            field = _md_cell(_text(child.get("field")))
            rows.append(f"| {child.get('on')}.{field} | {symbol} | {_md_cell(_text(child.get('value')))} |")
    return "\n".join(rows)


# 16. Teams status card: one badge per integration. ---------------------------------------------

_BADGES = {
    (True, True): "PRIMARY",
    (True, False): "ACTIVE",
    (False, False): "DISABLED",
}


def _status_card_buggy(payload: Payload) -> str:
    badge = _BADGES[(payload["active"], payload["primary"])]
    return json.dumps({"type": "TextBlock", "text": f"[{badge}] {payload['name']}"}, ensure_ascii=False)


def _status_card_fixed(payload: Payload) -> str:
    active, primary = bool(payload["active"]), bool(payload["primary"])
    badge = _BADGES.get((active, primary), "PRIMARY (INACTIVE)")
    return json.dumps({"type": "TextBlock", "text": f"[{badge}] {payload['name']}"}, ensure_ascii=False)


AUTOMATION_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="slack_digest_short_id",
        bug="slices `_id` for a short id, but `_id` is optional and may be absent",
        buggy=_slack_digest_buggy,
        fixed=_slack_digest_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="cli_table_environment_alias",
        bug="looks `_environmentId` up in a table of known environments; GET lists the whole organization",
        buggy=_cli_row_buggy,
        fixed=_cli_row_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "6615a3c2f1e2d3c4b5a697ff"}),
    ),
    ConsumerCase(
        name="purge_cron_naive_deleted_at",
        bug="subtracts `deletedAt` from an aware now(), assuming the free-form string carries a UTC offset",
        buggy=_purge_decision_buggy,
        fixed=_purge_decision_fixed,
        raises=(TypeError, ValueError),
        example=_example({"deleted": True, "deletedAt": "2025-03-01T09:30:00", "active": False}),
    ),
    ConsumerCase(
        name="drift_detector_hashable_credentials",
        bug="puts credential items in a set, assuming all values are hashable (tlsOptions is an object)",
        buggy=_drifted_keys_buggy,
        fixed=_drifted_keys_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "providerId": "nodemailer",
                "name": "Nodemailer",
                "identifier": "nodemailer-Qw3rTy9",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                    "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
                },
            }
        ),
    ),
    ConsumerCase(
        name="identifier_migration_split",
        bug="unpacks `identifier.rsplit('-', 1)` into two parts, assuming every identifier has a dash",
        buggy=_renamed_identifier_buggy,
        fixed=_renamed_identifier_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "transactional_mail"}),
    ),
    ConsumerCase(
        name="jira_audit_deleted_by",
        bug="reads `deletedBy` whenever `deleted` is true; it is optional and often absent",
        buggy=_jira_body_buggy,
        fixed=_jira_body_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-06T10:00:00.000Z", "active": False}),
    ),
    ConsumerCase(
        name="prometheus_tls_gauge_secure_string",
        bug="calls `.lower()` on `credentials.secure`, assuming 'true'/'false'; on the wire it is a boolean",
        buggy=_tls_gauge_buggy,
        fixed=_tls_gauge_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "providerId": "nodemailer",
                "name": "Nodemailer",
                "identifier": "nodemailer-Zx81Lp0",
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
        name="feature_flag_first_child",
        bug="takes `children[0]` of every condition as its rule; `children` may be an empty list",
        buggy=_targeting_rules_buggy,
        fixed=_targeting_rules_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "AND", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="cost_allocator_rate_table",
        bug="indexes a hard-coded rate table by `providerId`, assuming only the team's providers ever appear",
        buggy=_cost_line_buggy,
        fixed=_cost_line_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "providerId": "resend",
                "name": "Resend",
                "identifier": "resend-7hGt2Ka",
                "credentials": {"apiKey": "fake-api-key-0002", "from": "hi@example.com", "senderName": "Hi"},
            }
        ),
    ),
    ConsumerCase(
        name="healthcheck_smtp_port",
        bug="calls `int()` on `credentials.port`, a free-form string that may be empty or non-numeric",
        buggy=_smtp_probe_buggy,
        fixed=_smtp_probe_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "nodemailer",
                "name": "Nodemailer",
                "identifier": "nodemailer-Pp5Rk2s",
                "credentials": {"host": "smtp.example.com", "port": "", "from": "no-reply@example.com"},
            }
        ),
    ),
    ConsumerCase(
        name="egress_allowlist_hostname",
        bug="assumes URL credentials are absolute URLs, so `urlsplit(...).hostname` is never None",
        buggy=_egress_hosts_buggy,
        fixed=_egress_hosts_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "providerId": "msteams",
                "channel": "chat",
                "name": "MSTeams",
                "identifier": "msteams-Vb6Yu1c",
                "primary": False,
                "credentials": {"webhookUrl": "example.webhook.office.com/webhookb2/abc"},
            }
        ),
    ),
    ConsumerCase(
        name="mail_merge_sender_domain",
        bug="splits `credentials.from` on '@' into two parts; SMS providers put a phone number there",
        buggy=_sender_identity_buggy,
        fixed=_sender_identity_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "twilio",
                "channel": "sms",
                "name": "Twilio",
                "identifier": "twilio-Kk29sLq",
                "credentials": {
                    "accountSid": "AC-fake-0001",
                    "token": "fake-token-0001",
                    "from": "+15550001111",
                },
            }
        ),
    ),
    ConsumerCase(
        name="shell_exporter_single_quotes",
        bug="single-quotes `name` in a command string, then shlex-splits it; names may contain a quote",
        buggy=_recreate_argv_buggy,
        fixed=_recreate_argv_fixed,
        raises=(ValueError,),
        example=_example({"name": "Bob's SendGrid"}),
    ),
    ConsumerCase(
        name="commit_message_empty_name",
        bug="takes `name.splitlines()[0]` as the subject; the name may be an empty string",
        buggy=_commit_message_buggy,
        fixed=_commit_message_fixed,
        raises=(IndexError,),
        example=_example({"name": ""}),
    ),
    ConsumerCase(
        name="markdown_report_operator_symbols",
        bug="maps operators through a table of the common ones; BETWEEN, LIKE, ANY_IN etc. are valid too",
        buggy=_conditions_table_buggy,
        fixed=_conditions_table_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.amount",
                                "value": "10,100",
                                "operator": "BETWEEN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="teams_status_badge_inactive_primary",
        bug="maps (active, primary) to a badge assuming a primary is always active",
        buggy=_status_card_buggy,
        fixed=_status_card_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
]
