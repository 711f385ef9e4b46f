"""URL converters registered for the whole app.

``<int:...>`` is bound to the range of the integer columns (services.validation.INT_MAX): a
bigger number in a URL matches no route and so answers 404, never an overflow in the driver.
"""

from __future__ import annotations

import builtins

from flask import Flask
from werkzeug.routing import IntegerConverter, Map

from .services.validation import INT_MAX


def digits_up_to(limit: int) -> str:
    """A regular expression for the ASCII numbers 0 to ``limit`` (at most its number of digits).

    The range is in the pattern, not only in ``to_python``: Werkzeug answers 405 instead of 404
    when a path's value is refused after a rule for another method matched it.
    """
    digits = str(limit)
    alternatives = [f"[0-9]{{1,{len(digits) - 1}}}"] if len(digits) > 1 else []
    for position, digit in enumerate(digits):
        if digit != "0":
            rest = len(digits) - position - 1
            alternatives.append(f"{digits[:position]}[0-{int(digit) - 1}][0-9]{{{rest}}}")
    alternatives.append(digits)
    return "(?:" + "|".join(alternatives) + ")"


class IdConverter(IntegerConverter):
    """Werkzeug's integer converter, never above INT_MAX."""

    regex = digits_up_to(INT_MAX)

    def __init__(
        self, map: Map, fixed_digits: int = 0, min: int | None = None, max: int | None = None, signed: bool = False
    ) -> None:
        super().__init__(map, fixed_digits, min, builtins.min(max or INT_MAX, INT_MAX), signed)


def init_app(app: Flask) -> None:
    """Call before any blueprint registers its routes: a rule picks its converter when added."""
    app.url_map.converters["int"] = IdConverter
