"""The stub follows the real server, one test per behaviour of SERVER-SEMANTICS.md (cited by section).

Run in-process through ``NovuStub.answer``: the HTTP adapter is tested in ``test_stub.py``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from strategies._stub import NovuStub
from tests.stub._helpers import ISO, KEY, OBJECT_ID, Api, Clock, valid

OTHER_ENV = "e" * 24
NVSK = re.compile(r"nvsk\.[0-9a-f]{32}:[0-9a-f]+")


@pytest.fixture
def stub() -> NovuStub:
    return NovuStub(seed=1, clock=Clock(), secret_key=KEY)


@pytest.fixture
def api(stub: NovuStub) -> Api:
    return Api(stub)


@pytest.fixture
def strict() -> Api:
    """The stub with its quirks switched off (``contract_only=True``)."""
    return Api(NovuStub(seed=1, clock=Clock(), secret_key=KEY, contract_only=True))


# --- Common rules ------------------------------------------------------------------------------


def test_unknown_keys_are_ignored_and_null_is_absent(api: Api) -> None:
    """SERVER-SEMANTICS "Common rules", body validation: unknown keys ignored, null passes."""
    created = api.create(providerId="twilio", channel="sms", name=None, primary=True, deleted=True, other=1)
    assert created["name"] == "Twilio"
    assert (created["primary"], created["deleted"]) == (False, False)
    assert "other" not in created


def test_secret_credentials_are_encrypted_in_write_replies_and_plain_in_gets(api: Api) -> None:
    """SERVER-SEMANTICS "Common rules", credentials: POST/PUT/set-primary and DELETE encrypted; GETs not."""
    secrets = {key: f"<{key}>" for key in ("apiKey", "apiToken", "secretKey", "token", "password")}
    credentials = {**secrets, "serviceAccount": "<sa>", "from": "a@example.com", "secure": True}
    created = api.create(providerId="sendgrid", channel="email", credentials=credentials, active=True)
    for key in (*secrets, "serviceAccount"):
        assert NVSK.fullmatch(created["credentials"][key]), key
    assert created["credentials"]["from"] == "a@example.com"
    assert api.get(created["_id"])["credentials"] == credentials
    updated = api("PUT", f"/v1/integrations/{created['_id']}", {"credentials": {"apiKey": "<k2>"}}).data
    assert NVSK.fullmatch(updated["credentials"]["apiKey"])
    primary = api("POST", f"/v1/integrations/{created['_id']}/set-primary").data
    assert NVSK.fullmatch(primary["credentials"]["apiKey"])
    other = api.create(providerId="mailgun", channel="email")
    remaining = api("DELETE", f"/v1/integrations/{other['_id']}").data
    assert NVSK.fullmatch(next(r for r in remaining if r["_id"] == created["_id"])["credentials"]["apiKey"])


def test_credential_keys_outside_the_schema_are_dropped(api: Api) -> None:
    """SERVER-SEMANTICS "Common rules": keys not in the Mongo schema are silently dropped."""
    created = api.create(providerId="x", channel="chat", credentials={"region": "eu", "madeUp": "v"})
    assert api.get(created["_id"])["credentials"] == {"region": "eu"}


def test_server_added_fields(api: Api) -> None:
    """SERVER-SEMANTICS "Common rules", added fields: priority, primary, active, deleted, conditions, ..."""
    created = api.create(providerId="sendgrid", channel="email")
    assert OBJECT_ID.fullmatch(created["_id"])
    assert (created["priority"], created["primary"], created["active"], created["deleted"]) == (
        0,
        False,
        False,
        False,
    )
    assert created["conditions"] == []
    assert ISO.fullmatch(created["createdAt"])
    assert created["updatedAt"] == created["createdAt"]
    assert created["__v"] == 0
    assert "deletedAt" not in created
    assert "deletedBy" not in created
    assert "removeNovuBranding" not in created
    assert "connected" not in created


def test_id_only_in_write_replies_and_subdocuments_get_ids(api: Api) -> None:
    """SERVER-SEMANTICS "Common rules", ``id``: in POST/PUT/set-primary replies, not in lists."""
    child = {"field": "plan", "value": "pro", "operator": "EQUAL", "on": "subscriber"}
    condition = {"isNegated": False, "type": "GROUP", "value": "AND", "children": [child]}
    created = api.create(providerId="sendgrid", channel="email", conditions=[condition])
    assert created["id"] == created["_id"]
    (written,) = created["conditions"]
    assert OBJECT_ID.fullmatch(written["_id"])
    assert written["id"] == written["_id"]
    assert written["children"][0]["id"] == written["children"][0]["_id"]
    listed = api.get(created["_id"])
    assert "id" not in listed
    assert "id" not in listed["conditions"][0]
    assert listed["conditions"][0]["_id"] == written["_id"]


def test_write_replies_omit_empty_credentials_but_gets_show_them(api: Api, strict: Api) -> None:
    """SERVER-SEMANTICS "Common rules", empty credentials (a quirk: off with contract_only)."""
    created = api.create(providerId="sendgrid", channel="email")
    assert "credentials" not in created
    assert api.get(created["_id"])["credentials"] == {}
    assert strict.create(providerId="sendgrid", channel="email")["credentials"] == {}


def test_soft_deleted_integrations_are_invisible(api: Api, stub: NovuStub) -> None:
    """SERVER-SEMANTICS "Common rules", soft delete: invisible to every query, replies deleted:false."""
    gone = api.create(providerId="sendgrid", channel="email", active=True)
    api.create(providerId="mailgun", channel="email", active=True)
    api("DELETE", f"/v1/integrations/{gone['_id']}")
    for path in ("/v1/integrations", "/v1/integrations/active"):
        items = api.listed(path)
        assert gone["_id"] not in [i["_id"] for i in items]
        assert all(i["deleted"] is False and "deletedAt" not in i for i in items)
    assert api("PUT", f"/v1/integrations/{gone['_id']}", {"name": "x"}).status == 404
    assert api("POST", f"/v1/integrations/{gone['_id']}/set-primary").status == 404
    stored = next(i for i in stub.integrations() if i["_id"] == gone["_id"])
    assert stored["deleted"] is True
    assert ISO.fullmatch(stored["deletedAt"])
    assert "deletedBy" not in stored


@pytest.mark.parametrize("channel", ["in_app", "chat", "push"])
def test_only_email_and_sms_get_primary_and_priority(api: Api, channel: str) -> None:
    """SERVER-SEMANTICS "Common rules", primary: CHANNELS_WITH_PRIMARY = [email, sms]."""
    created = api.create(providerId="x", channel=channel, active=True)
    assert (created["primary"], created["priority"]) == (False, 0)


def test_id_lookups_ignore_the_environment(api: Api) -> None:
    """SERVER-SEMANTICS "Common rules": a key can PUT/DELETE/set-primary another environment's integration."""
    elsewhere = api.create(providerId="sendgrid", channel="email", _environmentId=OTHER_ENV)
    assert api("PUT", f"/v1/integrations/{elsewhere['_id']}", {"name": "Moved?"}).data["name"] == "Moved?"
    assert api("POST", f"/v1/integrations/{elsewhere['_id']}/set-primary").data["primary"] is True
    assert api("DELETE", f"/v1/integrations/{elsewhere['_id']}").status == 200


@pytest.mark.parametrize(("method", "suffix"), [("PUT", ""), ("DELETE", "")])
def test_a_malformed_id_is_a_500_with_an_error_id(api: Api, strict: Api, method: str, suffix: str) -> None:
    """SERVER-SEMANTICS "Common rules", non-ObjectId id: Mongo's CastError is not mapped (a quirk)."""
    reply = api(method, f"/v1/integrations/not-an-id{suffix}", {"name": "x"})
    assert reply.status == 500
    assert reply.message == "Internal server error, contact support and provide them with the errorId"
    assert re.fullmatch(r"[0-9a-f-]{36}", reply.json["errorId"])
    off = strict(method, f"/v1/integrations/not-an-id{suffix}", {"name": "x"})
    assert (off.status, off.message) == (404, "Entity with id not-an-id not found")


# --- GET /v1/integrations, GET /v1/integrations/active ------------------------------------------


def test_list_is_the_whole_organization_across_environments(api: Api) -> None:
    """SERVER-SEMANTICS "GET /v1/integrations": every environment's, natural order, no ``id``."""
    first = api.create(providerId="sendgrid", channel="email")
    second = api.create(providerId="twilio", channel="sms", _environmentId=OTHER_ENV)
    items = api.listed()
    assert [i["_id"] for i in items] == [first["_id"], second["_id"]]
    assert all(valid(i) and "id" not in i for i in items)


def test_active_filters_and_is_empty_when_none(api: Api) -> None:
    """SERVER-SEMANTICS "GET /v1/integrations/active": active:true only; [] when none."""
    assert api.listed("/v1/integrations/active") == []
    api.create(providerId="sendgrid", channel="email")
    on = api.create(providerId="twilio", channel="sms", active=True)
    assert [i["_id"] for i in api.listed("/v1/integrations/active")] == [on["_id"]]


# --- POST /v1/integrations: validation --------------------------------------------------------

BASE = {"providerId": "x", "channel": "email"}


@pytest.mark.parametrize(
    ("body", "messages"),
    [
        ({}, ["providerId should not be null or undefined", "providerId must be a string"]),
        ({"providerId": 5, "channel": "email"}, ["providerId must be a string"]),
        ({"providerId": "x"}, ["channel should not be null or undefined"]),
        (
            {"providerId": "x", "channel": "fax"},
            ["channel must be one of the following values: in_app, email, sms, chat, push"],
        ),
        ({**BASE, "name": 5}, ["name must be a string"]),
        ({**BASE, "identifier": []}, ["identifier must be a string"]),
        ({**BASE, "_environmentId": "abc"}, ["_environmentId must be a mongodb id"]),
        ({**BASE, "active": "true"}, ["active must be a boolean value"]),
        ({**BASE, "check": 1}, ["check must be a boolean value"]),
        ({**BASE, "credentials": "k"}, ["nested property credentials must be either object or array"]),
        ({**BASE, "credentials": {"apiKey": 1}}, ["credentials.apiKey must be a string"]),
        ({**BASE, "credentials": {"hmac": "true"}}, ["credentials.hmac must be a boolean value"]),
        ({**BASE, "credentials": {"tlsOptions": "x"}}, ["credentials.tlsOptions must be an object"]),
        ({**BASE, "conditions": {}}, ["conditions must be an array"]),
        (
            {**BASE, "conditions": [1]},
            ["conditions.each value in nested property conditions must be either object or array"],
        ),
    ],
)
def test_create_validation_messages(
    api: Api, stub: NovuStub, body: dict[str, Any], messages: list[str]
) -> None:
    """SERVER-SEMANTICS "POST /v1/integrations" validation table, and "Errors": ValidationPipe's 422."""
    reply = api("POST", "/v1/integrations", body)
    assert reply.status == 422
    assert reply.json["message"] == "Validation Error"
    assert reply.json["ctx"] == {}
    general = reply.json["errors"]["general"]
    assert general["value"] == "No Value Recorded"
    for message in messages:
        assert message in general["messages"]
    assert stub.integrations() == []


def test_string_booleans_of_tls_flags_are_accepted(api: Api) -> None:
    """SERVER-SEMANTICS "POST" validation: ``secure``, ``requireTls``, ``ignoreTls`` accept "true"/"false"."""
    flags = {"secure": "true", "requireTls": "false", "ignoreTls": True}
    created = api.create(**BASE, credentials=flags)
    assert api.get(created["_id"])["credentials"] == {"secure": True, "requireTls": False, "ignoreTls": True}


def test_a_condition_mongoose_cannot_cast_is_a_400(api: Api) -> None:
    """SERVER-SEMANTICS "POST" validation: a Mongoose cast failure in conditions gives 400."""
    condition = {"isNegated": False, "type": "GROUP", "value": "AND", "children": "test"}
    reply = api("POST", "/v1/integrations", {**BASE, "conditions": [condition]})
    assert reply.status == 400
    assert reply.message.startswith("Integration validation failed: conditions.0.children")


def test_provider_id_is_not_checked_against_the_channel(api: Api) -> None:
    """SERVER-SEMANTICS "POST": providerId is checked against neither the provider list nor the channel."""
    assert api.create(providerId="twilio", channel="email")["channel"] == "email"


# --- POST /v1/integrations: business errors, defaults and side effects ---------------------------


def test_one_novu_in_app_provider_per_environment(api: Api) -> None:
    """SERVER-SEMANTICS "POST" business errors: 400 One environment can only have one In app provider."""
    api.create(providerId="novu", channel="in_app")
    reply = api("POST", "/v1/integrations", {"providerId": "novu", "channel": "in_app"})
    assert (reply.status, reply.message) == (400, "One environment can only have one In app provider")
    assert api.create(providerId="novu", channel="in_app", _environmentId=OTHER_ENV)


@pytest.mark.parametrize("provider", ["novu-email", "novu-sms"])
def test_novu_demo_providers_cannot_be_created(api: Api, provider: str) -> None:
    """SERVER-SEMANTICS "POST" business errors: no server Novu credentials, so 400."""
    reply = api("POST", "/v1/integrations", {"providerId": provider, "channel": "email"})
    assert (reply.status, reply.message) == (
        400,
        f"Creating Novu integration for {provider} provider is not allowed",
    )


def test_a_duplicate_identifier_in_the_environment_is_a_409(api: Api) -> None:
    """SERVER-SEMANTICS "POST" business errors: 409 within the same organization and environment."""
    api.create(**BASE, identifier="mine")
    reply = api("POST", "/v1/integrations", {**BASE, "identifier": "mine"})
    assert (reply.status, reply.message) == (409, "Integration with identifier already exists")
    assert reply.json["error"] == "Conflict"
    assert reply.json["ctx"] == {"error": "Conflict", "statusCode": 409}
    assert api.create(**BASE, identifier="mine", _environmentId=OTHER_ENV)["identifier"] == "mine"


def test_check_is_accepted_and_no_provider_is_called(api: Api) -> None:
    """SERVER-SEMANTICS "POST": ``check`` (default false) would call the provider; the stub never does."""
    created = api.create(providerId="sendgrid", channel="email", check=True, credentials={"apiKey": "bad"})
    assert "check" not in created


def test_create_defaults(api: Api, stub: NovuStub) -> None:
    """SERVER-SEMANTICS "POST" defaults: environment, active false, conditions [], name, identifier."""
    created = api.create(providerId="sendgrid", channel="email")
    assert created["_environmentId"] == stub.environment_id
    assert created["_organizationId"] == stub.organization_id
    assert created["name"] == "SendGrid"
    assert re.fullmatch(r"send-grid-[A-Za-z0-9_-]{7,14}", created["identifier"])
    moved = api.create(providerId="sendgrid", channel="email", _environmentId=OTHER_ENV)
    assert moved["_environmentId"] == OTHER_ENV


@pytest.mark.parametrize(
    ("provider", "name", "slug"),
    [("acmeMailer", "AcmeMailer", "acme-mailer"), ("ring-central", None, None), ("!!!", "!!!", "")],
)
def test_unknown_provider_names_and_identifier_slugs(
    api: Api, provider: str, name: str | None, slug: str | None
) -> None:
    """SERVER-SEMANTICS "POST" defaults: the providerId, first letter upper-cased; slugify(name)-shortid."""
    created = api.create(providerId=provider, channel="sms")
    if name is not None:
        assert created["name"] == name
    if slug is not None:
        assert re.fullmatch(rf"{re.escape(slug)}-[A-Za-z0-9_-]{{7,14}}", created["identifier"])


def test_the_first_active_email_integration_becomes_primary(api: Api) -> None:
    """SERVER-SEMANTICS "POST" primary/priority: no H, so primary:true and priority 1."""
    created = api.create(providerId="sendgrid", channel="email", active=True)
    assert (created["primary"], created["priority"]) == (True, 1)


def test_a_new_active_integration_goes_under_a_primary(api: Api) -> None:
    """SERVER-SEMANTICS "POST" primary/priority: H primary, so the new one takes H's priority, H moves up."""
    first = api.create(providerId="sendgrid", channel="email", active=True)
    second = api.create(providerId="mailgun", channel="email", active=True)
    assert (second["primary"], second["priority"]) == (False, 1)
    assert (api.get(first["_id"])["primary"], api.get(first["_id"])["priority"]) == (True, 2)


def test_a_new_active_integration_over_a_non_primary_becomes_primary(api: Api) -> None:
    """SERVER-SEMANTICS "POST" primary/priority: H not primary, so primary:true, priority H+1."""
    first = api.create(providerId="sendgrid", channel="email", active=True)
    api("PUT", f"/v1/integrations/{first['_id']}", {"conditions": [_condition()]})  # loses primary
    second = api.create(providerId="mailgun", channel="email", active=True)
    assert (second["primary"], second["priority"]) == (True, 2)


def test_inactive_or_other_channel_get_priority_zero(api: Api) -> None:
    """SERVER-SEMANTICS "POST" primary/priority: not active or other channel: priority 0, not primary."""
    created = api.create(providerId="sendgrid", channel="email")
    assert (created["primary"], created["priority"]) == (False, 0)


def test_creating_never_deactivates_or_demotes(api: Api) -> None:
    """SERVER-SEMANTICS "POST": creating never deactivates or demotes another integration."""
    first = api.create(providerId="sendgrid", channel="email", active=True)
    for _ in range(3):
        api.create(providerId="mailgun", channel="email", active=True)
    assert (api.get(first["_id"])["active"], api.get(first["_id"])["primary"]) == (True, True)


# --- PUT /v1/integrations/{integrationId} -------------------------------------------------------


def test_update_ignores_provider_and_channel(api: Api) -> None:
    """SERVER-SEMANTICS "PUT" body: providerId and channel are ignored."""
    created = api.create(providerId="sendgrid", channel="email")
    body = {"providerId": "twilio", "channel": "sms", "name": "Renamed"}
    updated = api("PUT", f"/v1/integrations/{created['_id']}", body).data
    assert (updated["providerId"], updated["channel"], updated["name"]) == ("sendgrid", "email", "Renamed")


def test_update_of_an_unknown_id_is_a_404(api: Api) -> None:
    """SERVER-SEMANTICS "PUT" errors: 404 Entity with id <id> not found."""
    reply = api("PUT", f"/v1/integrations/{'0' * 24}", {"name": "x"})
    assert (reply.status, reply.message) == (404, f"Entity with id {'0' * 24} not found")
    assert reply.json["error"] == "Not Found"


def test_update_to_an_identifier_taken_anywhere_in_the_organization_is_a_409(api: Api) -> None:
    """SERVER-SEMANTICS "PUT" errors: 409 when the new identifier is taken anywhere in the organization."""
    api.create(**BASE, identifier="taken", _environmentId=OTHER_ENV)
    mine = api.create(**BASE, identifier="mine")
    reply = api("PUT", f"/v1/integrations/{mine['_id']}", {"identifier": "taken"})
    assert (reply.status, reply.message) == (409, "Integration with identifier already exists")


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"identifier": "same"}, {"check": True}, {"other": 1}])
def test_an_update_without_changes_is_a_400(api: Api, strict: Api, body: dict[str, Any]) -> None:
    """SERVER-SEMANTICS "PUT" errors: 400 No properties found for update (a quirk: off with contract_only)."""
    created = api.create(**BASE, identifier="same")
    reply = api("PUT", f"/v1/integrations/{created['_id']}", body)
    assert (reply.status, reply.message) == (400, "No properties found for update")
    created = strict.create(**BASE, identifier="same")
    assert strict("PUT", f"/v1/integrations/{created['_id']}", body).data["name"] == created["name"]


@pytest.mark.parametrize(
    "body", [{"active": False}, {"credentials": {}}, {"conditions": []}, {"_environmentId": OTHER_ENV}]
)
def test_what_counts_as_a_change(api: Api, body: dict[str, Any]) -> None:
    """SERVER-SEMANTICS "PUT" errors: active (even unchanged), credentials {}, conditions [] count."""
    created = api.create(**BASE)
    assert api("PUT", f"/v1/integrations/{created['_id']}", body).status == 200


def test_update_replaces_credentials_and_moves_environments(api: Api) -> None:
    """SERVER-SEMANTICS "PUT" effects: credentials replace the whole object; _environmentId moves it."""
    created = api.create(**BASE, credentials={"apiKey": "<k>", "region": "eu"})
    api(
        "PUT",
        f"/v1/integrations/{created['_id']}",
        {"credentials": {"region": "us"}, "_environmentId": OTHER_ENV},
    )
    stored = api.get(created["_id"])
    assert stored["credentials"] == {"region": "us"}
    assert stored["_environmentId"] == OTHER_ENV


def test_activating_sets_priority_but_never_primary(api: Api) -> None:
    """SERVER-SEMANTICS "PUT" effects: false->true gets a priority as on POST; primary never set."""
    created = api.create(providerId="sendgrid", channel="email")
    updated = api("PUT", f"/v1/integrations/{created['_id']}", {"active": True}).data
    assert (updated["active"], updated["primary"], updated["priority"]) == (True, False, 1)


def test_deactivating_clears_primary_and_renumbers_without_a_new_primary(api: Api) -> None:
    """SERVER-SEMANTICS "PUT" effects: true->false: primary false, priority 0, others n..1, no new primary."""
    first = api.create(providerId="sendgrid", channel="email", active=True)
    second = api.create(providerId="mailgun", channel="email", active=True)
    third = api.create(providerId="ses", channel="email", active=True)
    updated = api("PUT", f"/v1/integrations/{first['_id']}", {"active": False}).data
    assert (updated["primary"], updated["priority"]) == (False, 0)
    rest = [api.get(i["_id"]) for i in (second, third)]
    assert sorted(r["priority"] for r in rest) == [1, 2]
    assert not any(r["primary"] for r in rest)


def test_conditions_on_the_primary_take_its_primary_flag(api: Api) -> None:
    """SERVER-SEMANTICS "PUT" effects: non-empty conditions on the primary: primary:false."""
    created = api.create(providerId="sendgrid", channel="email", active=True)
    updated = api("PUT", f"/v1/integrations/{created['_id']}", {"conditions": [_condition()]}).data
    assert updated["primary"] is False
    assert updated["id"] == created["_id"]  # the reply: the updated record, with id


# --- POST /v1/integrations/{integrationId}/set-primary -------------------------------------------


def test_set_primary_answers_201(api: Api, strict: Api) -> None:
    """SERVER-SEMANTICS "set-primary": 201, Nest's POST default (a quirk: the document says 200)."""
    created = api.create(providerId="sendgrid", channel="email")
    assert api("POST", f"/v1/integrations/{created['_id']}/set-primary").status == 201
    created = strict.create(providerId="sendgrid", channel="email")
    assert strict("POST", f"/v1/integrations/{created['_id']}/set-primary").status == 200


def test_set_primary_errors(api: Api) -> None:
    """SERVER-SEMANTICS "set-primary" errors: 422 malformed id, 404, 400 channel without primary."""
    malformed = api("POST", "/v1/integrations/abc/set-primary")
    assert (malformed.status, malformed.json["message"]) == (422, "Validation failed")
    assert malformed.json["errors"] == {
        "integrationId": {"messages": ["integrationId must be a mongodb id"], "value": "abc"}
    }
    missing = api("POST", f"/v1/integrations/{'0' * 24}/set-primary")
    assert (missing.status, missing.message) == (404, f"Integration with id {'0' * 24} not found")
    chat = api.create(providerId="slack", channel="chat")
    refused = api("POST", f"/v1/integrations/{chat['_id']}/set-primary")
    assert (refused.status, refused.message) == (400, "Channel chat does not support primary")


def test_set_primary_on_the_primary_changes_nothing_even_if_inactive(api: Api, stub: NovuStub) -> None:
    """SERVER-SEMANTICS "set-primary": already primary: returned unchanged, even if inactive."""
    record = stub.add(_record(stub, primary=True, active=False))
    before = api.get(record["_id"])
    reply = api("POST", f"/v1/integrations/{record['_id']}/set-primary").data
    assert {k: v for k, v in reply.items() if k != "id"} == {
        k: v for k, v in before.items() if k != "credentials"
    }


def test_set_primary_demotes_active_primaries_and_renumbers(api: Api, stub: NovuStub) -> None:
    """SERVER-SEMANTICS "set-primary": active primaries demoted; target active, primary, conditions []."""
    first = api.create(providerId="sendgrid", channel="email", active=True)
    second = api.create(providerId="mailgun", channel="email", active=True)
    target = api.create(providerId="ses", channel="email", conditions=[_condition()])
    inactive_primary = stub.add(_record(stub, primary=True, active=False))
    other_env = api.create(providerId="postmark", channel="email", active=True, _environmentId=OTHER_ENV)
    reply = api("POST", f"/v1/integrations/{target['_id']}/set-primary").data
    assert (reply["active"], reply["primary"], reply["conditions"], reply["priority"]) == (True, True, [], 3)
    assert [api.get(i["_id"])["priority"] for i in (first, second)] == [2, 1]
    assert not any(api.get(i["_id"])["primary"] for i in (first, second))
    assert api.get(inactive_primary["_id"])["primary"] is True  # inactive ones are untouched
    assert api.get(other_env["_id"])["primary"] is True


# --- DELETE /v1/integrations/{integrationId} -----------------------------------------------------


def test_delete_errors(api: Api) -> None:
    """SERVER-SEMANTICS "DELETE" errors: 404; 400 for the Novu demo and In-App integrations."""
    missing = api("DELETE", f"/v1/integrations/{'0' * 24}")
    assert (missing.status, missing.message) == (404, f"Entity with id {'0' * 24} not found")
    in_app = api.create(providerId="novu", channel="in_app")
    refused = api("DELETE", f"/v1/integrations/{in_app['_id']}")
    assert (refused.status, refused.message) == (
        400,
        "Novu demo integration or In-App integration cannot be deleted",
    )


def test_delete_renumbers_and_leaves_no_primary(api: Api) -> None:
    """SERVER-SEMANTICS "DELETE": remaining active renumbered n..1; deleting the primary leaves none."""
    primary = api.create(providerId="sendgrid", channel="email", active=True)
    others = [api.create(providerId=p, channel="email", active=True) for p in ("mailgun", "ses")]
    api("DELETE", f"/v1/integrations/{primary['_id']}")
    rest = [api.get(o["_id"]) for o in others]
    assert sorted(r["priority"] for r in rest) == [1, 2]
    assert not any(r["primary"] for r in rest)


def test_delete_replies_with_the_key_environment_encrypted_and_without_id(api: Api) -> None:
    """SERVER-SEMANTICS "DELETE" reply: the API key's environment only, encrypted credentials, no id."""
    mine = api.create(providerId="sendgrid", channel="email", credentials={"apiKey": "<k>"})
    api.create(providerId="twilio", channel="sms", _environmentId=OTHER_ENV)
    gone = api.create(providerId="mailgun", channel="email")
    remaining = api("DELETE", f"/v1/integrations/{gone['_id']}").data
    assert [r["_id"] for r in remaining] == [mine["_id"]]
    assert NVSK.fullmatch(remaining[0]["credentials"]["apiKey"])
    assert "id" not in remaining[0]


# --- GET /v1/integrations/webhook/provider/{providerOrIntegrationId}/status ---------------------


def test_webhook_status(api: Api) -> None:
    """SERVER-SEMANTICS "webhook status": provider or id lookup, the errors, and true/false by provider."""
    path = "/v1/integrations/webhook/provider/{}/status".format
    assert api("GET", path("sendgrid")).message == "Integration for sendgrid was not found"
    bare = api.create(providerId="sendgrid", channel="email")
    assert (
        api("GET", path(bare["_id"])).message == f"Integration {bare['_id']} doesn't have credentials set up"
    )
    api("PUT", f"/v1/integrations/{bare['_id']}", {"credentials": {"apiKey": "<k>"}})
    assert api("GET", path("sendgrid")).json == {"data": True}
    assert api("GET", path(bare["_id"])).json == {"data": True}
    mailgun = api.create(providerId="mailgun", channel="email", credentials={"apiKey": "<k>"})
    assert api("GET", path(mailgun["_id"])).json == {"data": False}
    slack = api.create(providerId="slack", channel="chat", credentials={"webhookUrl": "https://x"})
    assert api("GET", path(slack["_id"])).message == "Webhook for slack-chat is not supported yet"
    assert api("GET", path("0" * 24)).status == 404


# --- Errors and envelope ------------------------------------------------------------------------


def test_http_exception_bodies(api: Api) -> None:
    """SERVER-SEMANTICS "Errors": {...ctx, statusCode, timestamp, path, message, ctx}, not in data."""
    reply = api("PUT", f"/v1/integrations/{'0' * 24}?x=1", {"name": "n"})
    assert list(reply.json) == ["error", "statusCode", "timestamp", "path", "message", "ctx"]
    assert reply.json["path"] == f"/v1/integrations/{'0' * 24}?x=1"
    assert ISO.fullmatch(reply.json["timestamp"])


@pytest.mark.parametrize(
    ("method", "path", "kind"),
    [
        ("GET", "/v1/integrations", list),
        ("POST", "/v1/integrations", dict),
        ("GET", "/v1/integrations/webhook/provider/x/status", bool),
    ],
)
def test_success_bodies_are_enveloped(api: Api, method: str, path: str, kind: type) -> None:
    """SERVER-SEMANTICS "Envelope": {"data": X} for objects, arrays and booleans."""
    if kind is bool:
        created = api.create(providerId="x", channel="email", credentials={"apiKey": "<k>"})
        path = path.replace("/x/", f"/{created['_id']}/")
    reply = api(method, path, BASE if method == "POST" else None)
    assert isinstance(reply.data, kind)


# --- helpers ------------------------------------------------------------------------------------


def _condition() -> dict[str, Any]:
    child = {"field": "plan", "value": "pro", "operator": "EQUAL", "on": "subscriber"}
    return {"isNegated": False, "type": "GROUP", "value": "AND", "children": [child]}


def _record(stub: NovuStub, **fields: Any) -> dict[str, Any]:
    """A stored-form email integration in the key's environment, to ``add`` directly."""
    return {
        "_environmentId": stub.environment_id,
        "_organizationId": stub.organization_id,
        "name": "Added",
        "identifier": f"added-{len(stub.integrations())}",
        "providerId": "sendgrid",
        "channel": "email",
        "credentials": {},
        "active": False,
        "deleted": False,
        "primary": False,
        "priority": 0,
        **fields,
    }


# --- contract-only mode: what the document says instead of the quirks ---------------------------


def test_contract_only_refuses_null_where_the_server_takes_it_as_absent(api: Api, strict: Api) -> None:
    """SERVER-SEMANTICS "Common rules": ``null`` passes for optional fields; the document has no null."""
    body = {**BASE, "name": None, "credentials": {"apiKey": None}}
    assert api("POST", "/v1/integrations", body).status == 201
    reply = strict("POST", "/v1/integrations", body)
    assert reply.status == 422
    assert reply.json["errors"]["general"]["messages"] == [
        "name must be a string",
        "credentials.apiKey must be a string",
    ]


def test_contract_only_allows_duplicate_identifiers_and_needs_an_update_body(strict: Api) -> None:
    """SERVER-SEMANTICS "POST"/"PUT" errors: the 409 on a duplicate identifier is a quirk."""
    first = strict.create(**BASE, identifier="same")
    assert strict.create(**BASE, identifier="same")["identifier"] == "same"
    assert strict("PUT", f"/v1/integrations/{first['_id']}", {"identifier": "same"}).status == 200
    missing = strict("PUT", f"/v1/integrations/{first['_id']}", raw=b"")
    assert missing.status == 400
    assert "body is missing" in missing.message


def test_a_refused_create_leaves_the_others_untouched(api: Api, stub: NovuStub) -> None:
    """A create the stub refuses (contract-breaking condition) must not have bumped H's priority."""
    first = api.create(providerId="sendgrid", channel="email", active=True)
    drift = {"field": "f", "value": "v", "operator": "IS_DEFINED", "on": "tenant"}
    condition = {"isNegated": False, "type": "GROUP", "value": "AND", "children": [drift]}
    reply = api("POST", "/v1/integrations", {**BASE, "active": True, "conditions": [condition]})
    assert reply.status == 400
    assert api.get(first["_id"])["priority"] == 1
    assert len(stub.integrations()) == 1


def test_records_added_with_odd_priorities_do_not_break_the_rules(api: Api, stub: NovuStub) -> None:
    """``add()`` stores what the contract allows; a non-numeric ``priority`` counts as 0, never a 500."""
    stub.add(_record(stub, active=True, primary=True, priority="high"))
    created = api.create(providerId="mailgun", channel="email", active=True)
    assert (created["primary"], created["priority"]) == (False, 0)
