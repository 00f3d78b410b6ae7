"""``novu-contracts redact`` as installed: stdout, --in-place, .jsonl, envelopes and errors."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import strategies._cli.redact
from contracts import redact
from strategies._cli import main
from tests.fixtures._helpers import run_cli

OBJECT_ID_A = "5f8d0d55b54764421b7156c3"
OBJECT_ID_B = "6a1b2c3d4e5f60718293a4b5"


def payload(name: str, object_id: str = OBJECT_ID_A) -> dict[str, Any]:
    return {
        "_id": object_id,
        "_environmentId": OBJECT_ID_B,
        "_organizationId": OBJECT_ID_B,
        "name": name,
        "identifier": "mailer",
        "providerId": "sendgrid",
        "channel": "email",
        "credentials": {"apiKey": "live-key-value", "from": "a@b.test", "secure": True},
        "active": True,
        "deleted": False,
        "primary": False,
    }


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, indent=2) + "\n", "utf-8")
    return path


def expected(document: Any, *, keep_ids: bool = False) -> Any:
    result, _ = redact(document, keep_ids=keep_ids)
    return result


def test_one_file_is_redacted_to_stdout_and_left_unchanged(tmp_path: Path) -> None:
    path = write_json(tmp_path / "one.json", payload("SendGrid"))
    before = path.read_bytes()
    result = run_cli("redact", path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected(payload("SendGrid"))
    assert json.loads(result.stdout)["credentials"]["apiKey"] == "<redacted:apiKey>"
    assert f"{path}: 2 values redacted" in result.stderr
    assert path.read_bytes() == before


def test_stdin_is_redacted_to_stdout() -> None:
    result = run_cli("redact", "-", stdin=json.dumps(payload("Piped")))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected(payload("Piped"))
    assert "<stdin>: 2 values redacted" in result.stderr


def test_the_redaction_count_is_singular_for_one_value(tmp_path: Path) -> None:
    path = write_json(tmp_path / "one.json", {"credentials": {"apiKey": "x"}})
    result = run_cli("redact", path)
    assert result.returncode == 0
    assert f"{path}: 1 value redacted" in result.stderr


def test_several_files_are_rewritten_in_place(tmp_path: Path) -> None:
    documents = {
        "a.json": payload("A"),
        "b.json": [payload("B1"), payload("B2", OBJECT_ID_B)],
        "c.json": {"data": [payload("C")]},
    }
    paths = [write_json(tmp_path / name, document) for name, document in documents.items()]
    result = run_cli("redact", "--in-place", *paths)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    for path, document in zip(paths, documents.values(), strict=True):
        assert json.loads(path.read_text("utf-8")) == expected(document)
        assert f"{path}:" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json", "c.json"]


def test_in_place_redaction_is_idempotent(tmp_path: Path) -> None:
    path = write_json(tmp_path / "a.json", {"data": [payload("A"), payload("B", OBJECT_ID_B)]})
    assert run_cli("redact", "--in-place", path).returncode == 0
    once = path.read_bytes()
    assert run_cli("redact", "--in-place", path).returncode == 0
    assert path.read_bytes() == once


def test_several_files_without_in_place_exit_2_and_change_nothing(tmp_path: Path) -> None:
    paths = [write_json(tmp_path / f"{n}.json", payload(n)) for n in ("a", "b")]
    before = [p.read_bytes() for p in paths]
    result = run_cli("redact", *paths)
    assert result.returncode == 2
    assert "--in-place" in result.stderr
    assert result.stdout == ""
    assert [p.read_bytes() for p in paths] == before


def test_stdin_cannot_be_rewritten_in_place() -> None:
    result = run_cli("redact", "--in-place", "-", stdin="{}")
    assert result.returncode == 2
    assert "stdin" in result.stderr


def test_no_file_at_all_is_a_usage_error() -> None:
    result = run_cli("redact")
    assert result.returncode == 2
    assert "usage: novu-contracts redact" in result.stderr


def test_a_jsonl_file_is_redacted_line_by_line_keeping_blank_lines(tmp_path: Path) -> None:
    records = [payload("A"), {"data": [payload("B", OBJECT_ID_B)]}, {"token": "abc", "note": "kept"}]
    lines = [json.dumps(records[0]), "", json.dumps(records[1]), json.dumps(records[2])]
    path = tmp_path / "capture.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    result = run_cli("redact", path)
    assert result.returncode == 0, result.stderr
    out_lines = result.stdout.split("\n")
    assert out_lines[-1] == ""
    assert len(out_lines) - 1 == len(lines)
    assert out_lines[1] == ""
    assert [json.loads(line) for line in out_lines if line] == [expected(r) for r in records]


def test_a_jsonl_file_is_rewritten_in_place_one_record_per_line(tmp_path: Path) -> None:
    path = tmp_path / "capture.jsonl"
    records = [payload("A"), payload("B", OBJECT_ID_B)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    assert run_cli("redact", "--in-place", path).returncode == 0
    assert [json.loads(line) for line in path.read_text("utf-8").splitlines()] == [
        expected(r) for r in records
    ]


def test_the_data_envelope_is_kept_and_every_item_is_redacted(tmp_path: Path) -> None:
    body = {"data": [payload("A"), payload("B", OBJECT_ID_B)], "totalCount": 2, "page": 0}
    result = run_cli("redact", write_json(tmp_path / "envelope.json", body))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"data", "totalCount", "page"}
    assert (out["totalCount"], out["page"]) == (2, 0)
    assert [item["credentials"]["apiKey"] for item in out["data"]] == ["<redacted:apiKey>"] * 2
    assert [item["name"] for item in out["data"]] == ["A", "B"]


def test_object_ids_become_stand_ins_unless_keep_ids(tmp_path: Path) -> None:
    path = write_json(tmp_path / "ids.json", [payload("A"), payload("B", OBJECT_ID_B)])
    default = json.loads(run_cli("redact", path).stdout)
    kept = json.loads(run_cli("redact", "--keep-ids", path).stdout)
    assert [item["_id"] for item in kept] == [OBJECT_ID_A, OBJECT_ID_B]
    ids = [item["_id"] for item in default]
    assert OBJECT_ID_A not in ids
    assert OBJECT_ID_B not in ids
    assert ids[1] == default[0]["_environmentId"], "equal ids stay equal"
    assert ids[0] != ids[1]
    assert [i[:8] for i in ids] == [OBJECT_ID_A[:8], OBJECT_ID_B[:8]]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{"name": "x",\n  "credentials": {\n    "apiKey": oops\n  }\n}\n', 3, 15),
        ("[1, 2,]", 1, 7),
        ("", 1, 1),
        ('{"a": 1}\n{"b": 2}\n', 2, 1),
    ],
)
def test_malformed_json_exits_2_naming_file_line_and_column(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, "utf-8")
    result = run_cli("redact", path)
    assert result.returncode == 2
    assert re.search(
        rf"{re.escape(str(path))}: error: malformed JSON at line {line}, column {column}", result.stderr
    )
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_malformed_jsonl_line_exits_2_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"a": 1}\n\n{"b": }\n', "utf-8")
    result = run_cli("redact", path)
    assert result.returncode == 2
    assert f"{path}: error: malformed JSON at line 3, column 7" in result.stderr


def test_in_place_with_one_malformed_file_rewrites_the_others_and_exits_2(tmp_path: Path) -> None:
    good = write_json(tmp_path / "good.json", payload("A"))
    bad = tmp_path / "bad.json"
    bad.write_text('{"apiKey": "still-here",}', "utf-8")
    result = run_cli("redact", "--in-place", bad, good)
    assert result.returncode == 2
    assert f"{bad}: error: malformed JSON at line 1, column 25" in result.stderr
    assert bad.read_text("utf-8") == '{"apiKey": "still-here",}'
    assert json.loads(good.read_text("utf-8")) == expected(payload("A"))


def test_a_missing_file_exits_2_naming_it(tmp_path: Path) -> None:
    result = run_cli("redact", tmp_path / "absent.json")
    assert result.returncode == 2
    assert f"{tmp_path / 'absent.json'}: error: cannot read" in result.stderr


def test_a_file_that_is_not_utf8_exits_2_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "café"}'.encode("latin-1"))
    result = run_cli("redact", path)
    assert result.returncode == 2
    assert f"{path}: error: not UTF-8" in result.stderr


def test_json_nested_beyond_the_reader_exits_2_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 10_000 + "]" * 10_000, "utf-8")
    result = run_cli("redact", path)
    assert result.returncode == 2
    assert f"{path}: error: JSON nested too deeply to read" in result.stderr
    assert "Traceback" not in result.stderr


def test_non_ascii_text_is_written_as_utf8_not_escaped(tmp_path: Path) -> None:
    path = write_json(tmp_path / "u.json", {"name": "Zoë 日本 🔔", "credentials": {"apiKey": "k"}})
    result = run_cli("redact", path)
    assert result.returncode == 0
    assert "Zoë 日本 🔔" in result.stdout


def test_a_jsonl_record_with_a_raw_line_separator_in_a_string_is_redacted(tmp_path: Path) -> None:
    path = tmp_path / "capture.jsonl"
    path.write_text(json.dumps({"name": "a\u2028b", "token": "t"}, ensure_ascii=False) + "\n", "utf-8")
    result = run_cli("redact", path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"name": "a\u2028b", "token": "<redacted:token>"}


@pytest.mark.parametrize("in_place", [False, True])
def test_a_lone_surrogate_escape_does_not_crash_redact(tmp_path: Path, in_place: bool) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"name": "a\\ud800b", "token": "t"}', "utf-8")
    result = run_cli("redact", *(["--in-place"] if in_place else []), path)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 2)


def test_an_unwritable_in_place_target_exits_2_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_json(tmp_path / "a.json", payload("A"))

    def refuse(target: Path, data: bytes, **_: object) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(strategies._cli.redact, "write_atomically", refuse)
    assert main(["redact", "--in-place", str(path)]) == 2
    assert str(path) in capsys.readouterr().err
