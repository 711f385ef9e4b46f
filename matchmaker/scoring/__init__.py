"""Placeholder until the scoring engine lands: the taxonomy only."""

from .taxonomy import CATEGORIES

__all__ = ["CATEGORIES"]
