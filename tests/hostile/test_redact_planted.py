"""``redact`` is judged by what survives it: secrets of 39 formats planted in every position.

Positions: credentials, an unknown top-level key, a nested object, a condition value, an
object key, free text (``name``), an array, and values under keys named like secrets
(``smtpPass``, ``passphrase``, ...) outside ``credentials``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from contracts._redact import is_secret_key, redact
from contracts._secrets import name_words
from tests.fixtures._helpers import capped, run_cli
from tests.fixtures.test_secret_scan import scan, summary
from tests.hostile._planted import FORMATS, Planted, planted, planted_secrets

SECRET_NAMED_KEYS = [
    "password",
    "Password",
    "passwd",
    "smtpPass",
    "smtp_pass",
    "db-pass",
    "passphrase",
    "secret",
    "clientSecret",
    "token",
    "refresh-token",
    "auth",
    "basicAuth",
    "Authorization",
    "apiKey",
    "api_key",
    "X-API-KEY",
    "privateKey",
    "private-key",
    "accessKey",
    "AWS_ACCESS_KEY",
    "credential",
    "credentials",
    "signingKey",
    "signing_key",
    "smtppassword",
]
ORDINARY_KEYS = [
    "name",
    "identifier",
    "providerId",
    "channel",
    "author",
    "passport",
    "keyboard",
    "note",
    "primary",
]


def payload(name: str) -> dict[str, Any]:
    return {
        "_id": "5f8d0d55b54764421b7156c3",
        "_environmentId": "6a1b2c3d4e5f60718293a4b5",
        "_organizationId": "6a1b2c3d4e5f60718293a4b5",
        "name": name,
        "identifier": "mailer",
        "providerId": "sendgrid",
        "channel": "email",
        "credentials": {"from": "no-reply@acme-corp.io"},
        "active": True,
        "deleted": False,
        "primary": False,
        "conditions": [],
    }


def seeded(secret: Planted, position: str) -> dict[str, Any]:
    """A payload with ``secret`` in ``position``."""
    document = payload("Acme mailer")
    text = secret.text
    if position == "credentials":
        document["credentials"]["apiKey"] = text
    elif position == "unknown top-level key":
        document["metadata"] = text
    elif position == "nested object":
        document["extra"] = {"level": {"deeper": {"comment": text}}}
    elif position == "condition value":
        child = {"field": "identifier", "value": text, "operator": "EQUAL", "on": "subscriber"}
        document["conditions"] = [
            {"isNegated": False, "type": "BOOLEAN", "value": "AND", "children": [child]}
        ]
    elif position == "key":
        document["lookup"] = {text: "owner"}
    elif position == "free text":
        document["name"] = f"Acme mailer (see {text} for access)"
    elif position == "array":
        document["history"] = ["first", text]
    else:
        raise AssertionError(position)
    return document


POSITIONS = (
    "credentials",
    "unknown top-level key",
    "nested object",
    "condition value",
    "key",
    "free text",
    "array",
)


def strings_of(document: Any) -> list[str]:
    """Every key and string in ``document``."""
    found: list[str] = []
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            found.extend(key for key in value if isinstance(key, str))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            found.append(value)
    return found


def survivors(document: Any, secrets: list[Planted]) -> list[str]:
    strings = strings_of(document)
    return [s.secret for s in secrets if any(s.secret in text or s.text in text for text in strings)]


def test_at_least_25_secret_formats_are_planted() -> None:
    assert len(FORMATS) >= 25


@pytest.fixture(scope="module")
def planted_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Planted]]:
    """One file per position holding one payload per format, and a secret-named-keys file."""
    directory = tmp_path_factory.mktemp("planted")
    secrets: list[Planted] = []
    for position in POSITIONS:
        documents = []
        for name in sorted(FORMATS):
            secret = planted(name, position)
            secrets.append(secret)
            documents.append(seeded(secret, position))
        (directory / f"{position.replace(' ', '-')}.json").write_text(
            json.dumps(documents, indent=2), "utf-8"
        )
    by_key = []
    for index, key in enumerate(SECRET_NAMED_KEYS):
        secret = planted("high-entropy token", key)
        plain = Planted(
            f"Plain-{key}-{index}-value", f"Plain-{key}-{index}-value"
        )  # no format: only its key tells
        secrets.extend([secret, plain])
        document = payload("Acme")
        document[key] = plain.text
        document["settings"] = {"smtp": {key: secret.text}, "list": [{key: {"nested": plain.text}}]}
        by_key.append(document)
    (directory / "secret-named-keys.jsonl").write_text("".join(json.dumps(d) + "\n" for d in by_key), "utf-8")
    return directory, secrets


def test_the_scanner_finds_the_planted_secrets_before_redaction(
    planted_files: tuple[Path, list[Planted]],
) -> None:
    directory, secrets = planted_files
    findings = scan(directory)
    types = {finding["type"] for items in findings.values() for finding in items}
    assert len(types) >= 15, types  # the scan proves something only if it sees them first
    assert len({f.name for f in directory.iterdir()}) == len(findings)
    assert survivors([json.loads(line) for line in (directory / "secret-named-keys.jsonl").open()], secrets)


def test_after_redact_no_scanner_finding_and_no_planted_string_survives(
    planted_files: tuple[Path, list[Planted]],
) -> None:
    directory, secrets = planted_files
    files = sorted(directory.iterdir())
    result = run_cli("redact", "--in-place", *files)
    assert result.returncode == 0, result.stderr
    assert summary(scan(directory)) == []
    for path in files:
        text = path.read_text("utf-8")
        assert [s.secret for s in secrets if s.secret in text] == [], path.name
        documents = (
            [json.loads(line) for line in text.splitlines()] if path.suffix == ".jsonl" else json.loads(text)
        )
        assert survivors(documents, secrets) == [], path.name


# --- any JSON document ------------------------------------------------------------------------------

JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=25,
)


def _containers(document: Any) -> list[Any]:
    found, stack = [], [document]
    while stack:
        value = stack.pop()
        if isinstance(value, dict | list):
            found.append(value)
            stack.extend(value.values() if isinstance(value, dict) else value)
    return found


@capped(200)
@given(
    document=JSON_VALUES,
    secret=planted_secrets(),
    position=st.sampled_from(["value", "key", "free text"]),
    data=st.data(),
)
@example(document={}, secret=planted("SendGrid API key", 0), position="free text", data=None).via(
    "word before"
)
def test_any_json_document_loses_a_planted_secret_wherever_it_is(
    document: Any, secret: Planted, position: str, data: st.DataObject | None
) -> None:
    document = {"root": document}
    containers = _containers(document)

    def draw(strategy: st.SearchStrategy[Any], label: str) -> Any:
        return data.draw(strategy, label=label) if data is not None else strategy.example()

    if data is None:  # the pinned example: the secret glued to a word, inside free text
        document["root"] = {"note": f"id_{secret.text}_end"}
    elif position == "value":
        target = draw(st.sampled_from(containers), "container")
        if isinstance(target, dict):
            target[draw(st.text(max_size=12), "key")] = secret.text
        else:
            target.insert(draw(st.integers(0, len(target)), "index"), secret.text)
    elif position == "key":
        objects = [c for c in containers if isinstance(c, dict)]
        draw(st.sampled_from(objects), "object")[secret.text] = draw(JSON_VALUES, "value")
    else:
        prefix, suffix = draw(st.text(max_size=10), "prefix"), draw(st.text(max_size=10), "suffix")
        target = draw(st.sampled_from(containers), "container")
        text = f"{prefix}{secret.text}{suffix}"
        if isinstance(target, dict):
            target[draw(st.text(max_size=12), "key")] = text
        else:
            target.append(text)
    out, _ = redact(document)
    assert survivors(out, [secret]) == []


# --- key names ------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", SECRET_NAMED_KEYS)
def test_keys_named_like_secrets_are_recognised_in_any_case_style(key: str) -> None:
    assert is_secret_key(key)
    assert is_secret_key(key.upper())
    assert is_secret_key("_".join(name_words(key)))
    assert is_secret_key("-".join(name_words(key)))


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_ordinary_key_names_are_not_taken_for_secrets(key: str) -> None:
    assert not is_secret_key(key)


def test_a_value_under_a_secret_named_key_outside_credentials_is_replaced_whole_subtree() -> None:
    document = {"settings": {"smtpPass": "hunter2", "auth": {"user": "u", "port": 25, "tls": {"ca": "x"}}}}
    out, redaction = redact(document)
    assert out == {
        "settings": {
            "smtpPass": "<redacted:smtpPass>",
            "auth": {"user": "<redacted:user>", "port": 25, "tls": {"ca": "<redacted:ca>"}},
        }
    }
    assert redaction.total == 3


def test_a_secret_used_as_a_key_becomes_a_stable_placeholder_key() -> None:
    secret = planted("GitHub personal token", "key").text
    other = planted("Stripe secret key", "key").text
    document = {"a": {secret: 1, "plain": 2}, "b": {secret: "owner", other: True}, "c": [{secret: None}]}
    out, redaction = redact(document)
    assert out == {  # numbered in document order; equal secrets get equal keys
        "a": {"<redacted-key-1>": 1, "plain": 2},
        "b": {"<redacted-key-1>": "<redacted:redacted-key-1>", "<redacted-key-2>": True},
        "c": [{"<redacted-key-1>": None}],
    }
    assert redaction.replaced_keys == 2
    assert redact(out)[0] == out  # placeholders are not secrets: redacting again changes nothing


def test_a_placeholder_key_never_merges_with_a_key_the_object_already_has() -> None:
    secret = planted("GitHub personal token", "merge").text
    out, _ = redact({secret: 1, "<redacted-key-1>": 2})
    assert sorted(out.values()) == [1, 2]
    assert len(out) == 2


@pytest.mark.parametrize(
    "text",
    [
        "postgres://admin:{p}@db",
        "https://user:{p}@host.example/path",
        "redis://:{p}@cache:6379/0",
        "connect with mongodb+srv://svc:{p}@cluster0.example.net/?retryWrites=true",
    ],
)
def test_a_url_userinfo_password_never_survives_anywhere(text: str) -> None:
    password = "Wq8" + "zLp3" + "Xv9"
    value = text.format(p=password)
    document = {"name": value, "list": [value], "nested": {"description": value}, value: "key"}
    out, _ = redact(document)
    assert not [s for s in strings_of(out) if password in s]


def test_a_url_without_a_password_is_kept() -> None:
    value = "https://api.example.com:8443/v1/hooks?user=alice"
    assert redact({"note": value})[0] == {"note": value}


def test_placeholders_keep_ordinary_values_of_the_contract_unchanged() -> None:
    document = payload("Acme")
    out, _ = redact(document, keep_ids=True)
    assert out == {**document, "credentials": {"from": "<redacted:from>"}}


def test_entropy_thresholds_stay_below_the_scanners() -> None:
    # detect-secrets flags base64 strings above 4.5 bits and hex above 3.0: ours must be lower.
    from contracts import _secrets

    assert _secrets._BASE64_ENTROPY < 4.5
    assert _secrets._HEX_ENTROPY <= 3.0
    assert math.isfinite(_secrets._TOKEN_ENTROPY)


def test_redact_is_public_and_covers_at_least_25_formats() -> None:
    import contracts
    from contracts._secrets import SECRET_FORMATS

    assert contracts.redact is redact
    assert len(SECRET_FORMATS) >= 25
    assert len({f.name for f in SECRET_FORMATS}) == len(SECRET_FORMATS)


def test_the_readme_and_help_give_the_number_of_formats() -> None:
    from contracts._secrets import SECRET_FORMATS
    from tests.fixtures._helpers import REPO

    assert f"{len(SECRET_FORMATS)} of them" in (REPO / "README.md").read_text("utf-8")
    assert f"{len(SECRET_FORMATS)} formats" in " ".join(run_cli("redact", "--help").stdout.split())
