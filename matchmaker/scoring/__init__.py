"""The scoring engine: ranks technologies for city needs, explains each score in English and Chinese.

Pure Python + numpy/scipy: no Flask, no database, no ``matchmaker.models`` (a test checks).
``python -m matchmaker.scoring`` runs it on JSON Lines files (see ../shared/contracts/scoring.md);
the web app reaches the same ``Engine`` through ``matchmaker.matching``.
"""

from .engine import DEFAULT_WEIGHTS, SIGNALS, Engine, resolve_weights
from .records import Need, RecordError, Suggestion, Technology, parse_need, parse_technology
from .taxonomy import CATEGORIES, affinity, category_fit

__all__ = [
    "CATEGORIES",
    "DEFAULT_WEIGHTS",
    "SIGNALS",
    "Engine",
    "Need",
    "RecordError",
    "Suggestion",
    "Technology",
    "affinity",
    "category_fit",
    "parse_need",
    "parse_technology",
    "resolve_weights",
]
