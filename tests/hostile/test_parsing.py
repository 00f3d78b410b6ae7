"""Untrusted input to check, redact and drift: bounded reads, strict JSON, duplicate keys, surrogates."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from contracts._errors import Code
from contracts._reading import (
    DEFAULT_MAX_BYTES,
    UnreadableJsonError,
    dumps,
    escape_pointer,
    loads,
    loads_tracking_duplicates,
    lone_surrogates,
)
from tests.fixtures._helpers import capped, run_cli
from tests.hostile._cli import no_traceback, run_shell

COMMANDS = ["check", "redact", "drift"]
VALID = {
    "_id": "5f8d0d55b54764421b7156c3",
    "_environmentId": "6a1b2c3d4e5f60718293a4b5",
    "_organizationId": "6a1b2c3d4e5f60718293a4b5",
    "name": "Acme",
    "identifier": "mailer",
    "providerId": "sendgrid",
    "channel": "email",
    "credentials": {},
    "active": True,
    "deleted": False,
    "primary": False,
}


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


# --- what is read --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_dev_zero_is_refused_as_not_a_regular_file(command: str) -> None:
    result = run_cli(command, "/dev/zero")
    assert result.returncode == 2
    assert "/dev/zero: error: cannot read: a character device, not a regular file" in result.stderr
    assert no_traceback(result)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_is_refused_without_waiting_for_a_writer(command: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = run_cli(command, fifo)  # would block forever opening it for reading without a writer
    assert result.returncode == 2
    assert f"{fifo}: error: cannot read: a FIFO (named pipe), not a regular file" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_a_directory_is_refused(command: str, tmp_path: Path) -> None:
    result = run_cli(command, tmp_path)
    assert result.returncode == 2
    assert f"{tmp_path}: error: cannot read" in result.stderr
    assert no_traceback(result)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_over_the_size_cap_is_refused_and_one_at_the_cap_is_read(command: str, tmp_path: Path) -> None:
    text = json.dumps(VALID)
    if command == "drift":
        text = json.dumps({"components": {"schemas": {"IntegrationResponseDto": {"type": "object"}}}})
    path = write(tmp_path / "payload.json", text)
    size = len(text.encode())
    over = run_cli(command, "--max-bytes", str(size - 1), path)
    assert over.returncode == 2
    assert f"{path}: error: larger than the size cap of {size - 1} bytes" in over.stderr
    at_cap = run_cli(command, "--max-bytes", str(size), path)
    assert at_cap.returncode in (0, 1), at_cap.stderr
    assert "size cap" not in at_cap.stderr


@pytest.mark.parametrize("command", ["check", "redact"])
def test_stdin_over_the_size_cap_is_refused_after_reading_at_most_the_cap(command: str) -> None:
    result = run_shell(f"{{cli}} {command} --max-bytes 1000 - < /dev/zero")
    assert result.returncode == 2
    assert "<stdin>: error: larger than the size cap of 1000 bytes" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_the_size_cap_is_documented_in_help(command: str) -> None:
    result = run_cli(command, "--help")
    assert "--max-bytes N" in result.stdout
    assert str(DEFAULT_MAX_BYTES) in result.stdout


@pytest.mark.parametrize("command", ["check", "redact"])
def test_a_closed_stdin_exits_2_with_a_message(command: str) -> None:
    result = run_shell(f"{{cli}} {command} - <&-")
    assert result.returncode == 2
    assert "<stdin>: error: cannot read: stdin is closed" in result.stderr
    assert no_traceback(result)


# --- not JSON: NaN and Infinity ----------------------------------------------------------------------

CONSTANTS = ["NaN", "Infinity", "-Infinity"]
MARK = "__constant_goes_here__"

JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=12,
)


def _with_mark(document: Any, data: st.DataObject) -> Any:
    """``document`` with ``MARK`` put in a random container (wrapped in an array)."""
    document = [document]
    containers, stack = [], [document]
    while stack:
        value = stack.pop()
        if isinstance(value, dict | list):
            containers.append(value)
            stack.extend(value.values() if isinstance(value, dict) else value)
    target = data.draw(st.sampled_from(containers), label="container")
    if isinstance(target, dict):
        target[data.draw(st.text(max_size=6), label="key")] = MARK
    else:
        target.append(MARK)
    return document


@capped(100)
@given(
    document=JSON_VALUES,
    constant=st.sampled_from(CONSTANTS),
    indent=st.sampled_from([None, 2]),
    data=st.data(),
)
def test_a_bare_nan_or_infinity_is_malformed_json_at_its_line_and_column(
    document: Any, constant: str, indent: int | None, data: st.DataObject
) -> None:
    marked = json.dumps(_with_mark(document, data), indent=indent)
    index = marked.index(f'"{MARK}"')  # not text.index(constant): a key or string may be "NaN" too
    text = marked.replace(f'"{MARK}"', constant)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    with pytest.raises(UnreadableJsonError) as raised:
        loads(text, "doc.json")
    assert raised.value.reason.startswith(
        f"malformed JSON at line {line}, column {column}: {constant} is not"
    )


@pytest.mark.parametrize("constant", CONSTANTS)
def test_a_constant_after_a_key_spelt_like_it_is_reported_where_it_stands(constant: str) -> None:
    """Found by CI: ``{"NaN": null, "x": NaN}`` names column 17, not the key's column 2."""
    text = f'{{"{constant}": null, "x": {constant}}}'
    with pytest.raises(UnreadableJsonError) as raised:
        loads(text, "doc.json")
    column = text.rindex(constant) + 1
    assert raised.value.reason.startswith(f"malformed JSON at line 1, column {column}: {constant} is not")


@pytest.mark.parametrize("constant", CONSTANTS)
@pytest.mark.parametrize("command", ["check", "redact"])
def test_the_cli_refuses_nan_and_infinity_with_exit_2(command: str, constant: str, tmp_path: Path) -> None:
    path = write(
        tmp_path / "payload.json", '{\n  "name": "NaN in a string is fine",\n  "x": ' + constant + "\n}"
    )
    result = run_cli(command, path)
    assert result.returncode == 2
    assert (
        f"{path}: error: malformed JSON at line 3, column 8: {constant} is not a JSON value" in result.stderr
    )


def test_a_nan_in_a_jsonl_line_names_that_line(tmp_path: Path) -> None:
    path = write(tmp_path / "payloads.jsonl", json.dumps(VALID) + "\n" + '{"x": [1, NaN]}\n')
    result = run_cli("check", path)
    assert result.returncode == 2
    assert f"{path}: error: malformed JSON at line 2, column 11: NaN" in result.stderr


# --- duplicate keys ------------------------------------------------------------------------------


def _encode_with_duplicate(value: Any, target: int, key: str, shadowed: Any) -> str:
    """JSON text of ``value``; the object whose id is ``target`` has ``key`` twice, first as ``shadowed``."""
    if isinstance(value, dict):
        pairs = [
            f"{json.dumps(k)}: {_encode_with_duplicate(v, target, key, shadowed)}" for k, v in value.items()
        ]
        if id(value) == target:
            pairs.insert(0, f"{json.dumps(key)}: {json.dumps(shadowed)}")
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_encode_with_duplicate(v, target, key, shadowed) for v in value) + "]"
    return json.dumps(value)


def _objects(value: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(value, dict):
        found.append((where, value))
        for key, child in value.items():
            found.extend(_objects(child, f"{where}/{escape_pointer(key)}"))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_objects(child, f"{where}/{index}"))
    return found


@capped(150)
@given(document=JSON_VALUES, data=st.data())
@example(document={"a/b~c": 1}, data=None)
def test_every_duplicated_key_is_reported_at_its_json_pointer(
    document: Any, data: st.DataObject | None
) -> None:
    document = {"root": document}
    objects = [(where, obj) for where, obj in _objects(document) if obj]
    if data is None:
        where, target = objects[-1]
        key = next(iter(target))
    else:
        where, target = data.draw(st.sampled_from(objects), label="object")
        key = data.draw(st.sampled_from(sorted(target)), label="key")
    text = _encode_with_duplicate(document, id(target), key, "shadowed")
    value, duplicates = loads_tracking_duplicates(text)
    assert duplicates == [f"{where}/{escape_pointer(key)}"]
    assert value == document  # the last value wins, as in json.loads
    assert loads_tracking_duplicates(json.dumps(document)) == (document, [])


def test_duplicate_keys_are_listed_once_each_in_document_order() -> None:
    text = '{"b": {"x": 1, "x": 2, "x": 3}, "a": [{"y": 1, "y": 2}], "b": {"z": 1, "z": 2}}'
    _, duplicates = loads_tracking_duplicates(text)
    assert duplicates == ["/b", "/b/z", "/a/0/y"]
    assert "/b/x" not in duplicates  # that object was shadowed by the second "b"


def test_check_reports_a_duplicate_key_as_a_violation_and_still_the_rest(tmp_path: Path) -> None:
    text = json.dumps(VALID)[:-1] + ', "channel": "bogus", "channel": "email", "active": "yes"}'
    path = write(tmp_path / "payload.json", text)
    result = run_cli("check", "--format", "json", path)
    assert result.returncode == 1, result.stderr
    violations = json.loads(result.stdout)["files"][0]["items"][0]["violations"]
    codes = {(v["path"], v["code"]) for v in violations}
    assert ("/channel", Code.DUPLICATE_KEY.value) in codes
    assert ("/active", "type") in codes  # the check goes on
    text_result = run_cli("check", path)
    assert f"{path}: /channel: error[duplicate_key] duplicate key 'channel'" in text_result.stdout


def test_duplicate_keys_in_a_list_and_an_envelope_are_reported_per_item(tmp_path: Path) -> None:
    item = json.dumps(VALID)
    second = item[:-1] + ', "conditions": [{"children": [], "children": []}]}'
    path = write(tmp_path / "list.json", '{"data": [' + item + ", " + second + "]}")
    result = run_cli("check", path)
    assert result.returncode == 1
    assert f"{path}[1]: /conditions/0/children: error[duplicate_key]" in result.stdout
    assert f"{path}[0]" not in result.stdout


def test_a_duplicated_envelope_key_is_not_unwrapped(tmp_path: Path) -> None:
    path = write(tmp_path / "envelope.json", '{"data": [], "data": [' + json.dumps(VALID) + "]}")
    result = run_cli("check", path)
    assert result.returncode == 1
    assert f"{path}: /data: error[duplicate_key]" in result.stdout


def test_a_duplicate_key_in_a_jsonl_line_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "p.jsonl", json.dumps(VALID) + "\n" + json.dumps(VALID)[:-1] + ', "name": "x"}\n')
    result = run_cli("check", path)
    assert result.returncode == 1
    assert f"{path}:2: /name: error[duplicate_key]" in result.stdout


# --- lone surrogates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("output", ["text", "json"])
@pytest.mark.parametrize(
    ("fragment", "pointer"),
    [
        ('"name": "a\\ud800b"', "/name"),
        ('"\\udc00key": 1', "/\udc00key"),
        ('"tags": ["ok", "\\udfff"]', "/tags/1"),
    ],
)
def test_a_lone_surrogate_is_a_warning_not_a_traceback(
    fragment: str, pointer: str, output: str, tmp_path: Path
) -> None:
    """JSON allows the escape (the strategies draw one), so the payload stays valid: exit 0, a warning."""
    text = json.dumps(VALID)[:-1] + ", " + fragment + "}"
    if fragment.startswith('"name"'):
        text = text.replace('"name": "Acme", ', "")
    path = write(tmp_path / "payload.json", text)
    result = run_cli("check", "--unknown-keys", "warn", "--format", output, path)
    assert result.returncode == 0, result.stderr
    assert no_traceback(result)
    if output == "json":
        violations = json.loads(result.stdout)["files"][0]["items"][0]["violations"]
        assert {"path": pointer, "code": "not_unicode", "severity": "warning"}.items() <= next(
            v for v in violations if v["code"] == "not_unicode"
        ).items()
    else:
        assert "warning[not_unicode]" in result.stdout
        assert "error[" not in result.stdout


def test_lone_surrogates_finds_keys_and_strings_at_any_depth() -> None:
    value = {"a": ["ok", {"\ud800": 1, "b": "x\udfffy"}], "c": "fine"}
    assert sorted(lone_surrogates(value)) == ["/a/1/b", "/a/1/\ud800"]
    assert lone_surrogates("\ud800") == [""]
    assert lone_surrogates({"a": "é😀"}) == []


@pytest.mark.parametrize("command", ["check", "redact"])
def test_a_lone_surrogate_in_redact_and_check_never_crashes(command: str, tmp_path: Path) -> None:
    path = write(tmp_path / "payload.jsonl", '{"\\ud800": "\\udc00", "token": "\\ud83d"}\n')
    result = run_cli(command, path)
    assert result.returncode in (0, 1)
    assert no_traceback(result)


def test_a_number_longer_than_python_reads_is_named_at_its_line_and_column(tmp_path: Path) -> None:
    digits = "9" * 5000
    path = write(tmp_path / "big.json", '{"s": "' + digits + '",\n  "n": ' + digits + "}")
    result = run_cli("check", path)
    assert result.returncode == 2
    assert f"{path}: error: unreadable JSON at line 2, column 8: a number of 5000 digits" in result.stderr


# --- what is written -----------------------------------------------------------------------------


@given(JSON_VALUES, st.sampled_from([None, 2]))
@example({"name": "a\u2028b\u2029c\x85d"}, None)
def test_written_json_reads_back_and_splits_into_lines_only_at_its_newlines(
    value: Any, indent: int | None
) -> None:
    """U+2028, U+2029 and NEL are escaped: a JSONL reader using str.splitlines keeps each record whole."""
    text = dumps(value, indent=indent)
    assert json.loads(text) == value
    assert text.splitlines() == text.split("\n")
