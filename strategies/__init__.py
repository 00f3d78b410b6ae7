"""Hypothesis strategies for the Novu ``IntegrationResponseDto`` contract."""

__all__: list[str] = []
