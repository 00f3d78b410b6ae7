"""Registers the strategies with ``st.from_type`` when Hypothesis loads (``hypothesis`` entry point).

Kept tiny and lazy: it runs inside ``import hypothesis`` of every process that has
this package installed, so it imports nothing of ours until a strategy is resolved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _hypothesis_setup_hook() -> None:
    from strategies._ownership import foreign_contracts_package

    if foreign_contracts_package() is not None:
        # Another 'contracts' shadows ours: register nothing rather than break 'import hypothesis'.
        # (The pytest plugin reports the shadowing; here there is no one to tell.)
        return

    from hypothesis import strategies as st

    from contracts._models import CredentialsDto, FieldFilterPartDto, IntegrationResponseDto, StepFilterDto

    def resolver(kind: type) -> Callable[[type], st.SearchStrategy[Any]]:
        # Hypothesis calls this with the type asked for, which may be a supertype (from_type(object)).
        def resolve(_: type) -> st.SearchStrategy[Any]:
            from strategies import _payloads as payloads

            factories: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
                IntegrationResponseDto: payloads.integration_responses,
                CredentialsDto: payloads.credentials_dtos,
                StepFilterDto: payloads.step_filter_dtos,
                FieldFilterPartDto: payloads.field_filter_part_dtos,
            }
            return factories[kind]()

        return resolve

    for kind in (IntegrationResponseDto, CredentialsDto, StepFilterDto, FieldFilterPartDto):
        st.register_type_strategy(kind, resolver(kind))
