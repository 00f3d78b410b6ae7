"""``contracts._delta``: a version declared as reused, changed and added fields of another."""

from __future__ import annotations

import pickle
import typing
from typing import Any

import attrs
import pytest

from contracts import _models as v07
from contracts import _models_3x as v3
from contracts._declare import DESCRIPTION, FORMAT, WIRE_KEY, Format, field_format, optional, required
from contracts._delta import changed, delta_of

# The derived classes are built at import time, so a type checker sees only the delta's body.
V3_ROOT: Any = v3.IntegrationResponseDto
V3_CREDENTIALS: Any = v3.CredentialsDto


def fields_of(cls: Any) -> dict[str, attrs.Attribute[Any]]:
    return attrs.fields_dict(cls)


def names(cls: type) -> list[str]:
    return [attribute.name for attribute in attrs.fields(cls)]


def metadata(cls: type, name: str) -> dict[str, Any]:
    return dict(fields_of(cls)[name].metadata)


def hint(cls: type, name: str) -> Any:
    return typing.get_type_hints(cls, include_extras=True)[name]


# --- the 3.x declaration ------------------------------------------------------------------------


def test_3x_reuses_every_unchanged_0_7_0_field_with_its_type_and_metadata() -> None:
    changed_or_added = {"channel", "kind", "credentials", "configurations"}
    for name in names(v07.IntegrationResponseDto):
        if name in changed_or_added:
            continue
        assert metadata(V3_ROOT, name) == metadata(v07.IntegrationResponseDto, name)
        assert hint(V3_ROOT, name) == hint(v07.IntegrationResponseDto, name)


def test_3x_fields_keep_0_7_0_order_with_new_ones_after_the_field_declared_before_them() -> None:
    assert names(V3_ROOT) == [
        *("id", "environment_id", "organization_id", "name", "identifier", "provider_id"),
        *("channel", "kind", "credentials", "configurations"),
        *("active", "deleted", "deleted_at", "deleted_by", "primary", "conditions"),
    ]
    base = names(v07.CredentialsDto)
    assert names(V3_CREDENTIALS)[: len(base)] == base


def test_3x_changed_fields_become_optional_and_keep_the_0_7_0_description_plus_a_note() -> None:
    for name, note in [
        ("channel", "Absent for agent-kind integrations."),
        ("credentials", "Omitted for API-key-authenticated callers."),
    ]:
        before, after = metadata(v07.IntegrationResponseDto, name), metadata(V3_ROOT, name)
        assert after[WIRE_KEY] == before[WIRE_KEY]
        assert after[DESCRIPTION] == f"{before[DESCRIPTION]} {note}"
        assert fields_of(V3_ROOT)[name].default is None
    assert hint(V3_ROOT, "credentials") == V3_CREDENTIALS | None


def test_3x_classes_are_frozen_hashable_picklable_and_live_in_their_module() -> None:
    instance = V3_ROOT(
        environment_id="e",
        organization_id="o",
        name="n",
        identifier="i",
        provider_id="sendgrid",
        active=True,
        deleted=False,
        primary=False,
    )
    assert type(instance).__module__ == "contracts._models_3x"
    assert type(instance).__qualname__ == "IntegrationResponseDto"
    assert type(instance).__doc__ == "One integration, as Novu API 3.x returns it."
    assert pickle.loads(pickle.dumps(instance)) == instance
    assert hash(instance) == hash(attrs.evolve(instance))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        instance.name = "other"
    with pytest.raises(TypeError):
        V3_ROOT("e")  # keyword-only, as 0.7.0


# --- deriving ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Base:
    """A base."""

    first: str = required("first", "The first.")
    second: str | None = optional("second", "The second.")
    third: bool = attrs.field(metadata={WIRE_KEY: "third", DESCRIPTION: "", "hint": "kept"})


def test_a_field_added_to_the_base_reaches_the_derived_class_with_every_key_of_its_metadata() -> None:
    @attrs.frozen(kw_only=True)
    class Grown(Base):
        fourth: str | None = attrs.field(
            default=None, metadata={WIRE_KEY: "fourth", DESCRIPTION: "New.", "format": "url"}
        )

    @delta_of(Grown)
    class Derived:
        """Derived."""

        second: str = changed()

    assert names(Derived) == ["first", "second", "third", "fourth"]
    assert metadata(Derived, "fourth") == {WIRE_KEY: "fourth", DESCRIPTION: "New.", "format": "url"}
    assert metadata(Derived, "third")["hint"] == "kept"
    assert hint(Derived, "fourth") == str | None


def test_a_changed_field_is_required_exactly_when_its_new_type_excludes_none() -> None:
    @delta_of(Base)
    class Derived:
        """Derived."""

        first: str | None = changed()
        second: str = changed(note="Always sent now.")

    fields = fields_of(Derived)
    assert fields["first"].default is None
    assert fields["second"].default is attrs.NOTHING
    assert fields["second"].metadata[DESCRIPTION] == "The second. Always sent now."
    derived: Any = Derived
    assert derived(second="s", third=True) == derived(first=None, second="s", third=True)


def test_a_changed_field_keeps_its_format_hint_unless_changed_gives_another() -> None:
    @attrs.frozen(kw_only=True)
    class Formatted:
        site: str = required("site", "A site.", format=Format.URL)
        host: str = required("host", "A host.", format=Format.HOST)
        plain: str = required("plain")

    @delta_of(Formatted)
    class Derived:
        """Derived."""

        site: str | None = changed(note="Optional now.")
        host: str | None = changed(format=Format.TEXT)
        plain: str | None = changed(format=Format.NAME)

    assert field_format(Derived, "site") is Format.URL
    assert metadata(Derived, "site")[DESCRIPTION] == "A site. Optional now."
    assert field_format(Derived, "host") is Format.TEXT
    assert field_format(Derived, "plain") is Format.NAME
    assert field_format(Formatted, "host") is Format.HOST  # the base is untouched
    assert FORMAT not in metadata(Formatted, "plain")


def test_3x_top_level_fields_carry_the_0_7_0_format_hints() -> None:
    hinted = [
        name for name in names(v07.IntegrationResponseDto) if field_format(v07.IntegrationResponseDto, name)
    ]
    assert hinted, "0.7.0 declares format hints"
    for name in hinted:
        assert field_format(V3_ROOT, name) is field_format(v07.IntegrationResponseDto, name)
    for name in names(v07.CredentialsDto):
        assert field_format(V3_CREDENTIALS, name) is field_format(v07.CredentialsDto, name)


def test_added_fields_follow_the_field_declared_before_them_or_else_go_last() -> None:
    @delta_of(Base)
    class Derived:
        """Derived."""

        zeroth: str | None = optional("zeroth")
        first: str | None = changed()
        after_first: str | None = optional("afterFirst")
        also_after_first: bool | None = optional("alsoAfterFirst")

    assert names(Derived) == ["first", "after_first", "also_after_first", "second", "third", "zeroth"]


def test_redeclaring_a_base_field_without_changed_is_refused() -> None:
    with pytest.raises(TypeError, match=r"Derived.first is already declared by .*Base: mark what changes"):

        @delta_of(Base)
        class Derived:
            first: str = required("first", "The first.")


def test_changed_on_a_field_the_base_lacks_is_refused() -> None:
    with pytest.raises(TypeError, match=r"Derived.nope is not a field of .*Base: declare it with"):

        @delta_of(Base)
        class Derived:
            nope: str = changed()


def test_a_new_field_with_a_plain_default_is_refused() -> None:
    with pytest.raises(TypeError, match=r"Derived.plain is not a field of .*Base: declare it with"):

        @delta_of(Base)
        class Derived:
            plain: str = "x"


def test_a_field_without_an_annotation_is_refused_rather_than_lost() -> None:
    with pytest.raises(TypeError, match=r"need their type as an annotation: \['stray'\]"):

        @delta_of(Base)
        class Derived:
            stray = optional("stray")


def test_deriving_leaves_the_base_untouched() -> None:
    before = [(a.name, dict(a.metadata), a.default) for a in attrs.fields(Base)]

    @delta_of(Base)
    class Derived:
        """Derived."""

        first: str | None = changed(note="Note.")

    assert [(a.name, dict(a.metadata), a.default) for a in attrs.fields(Base)] == before
    assert fields_of(Derived)["first"].metadata[DESCRIPTION] == "The first. Note."
