"""Field rules written once and used by the forms, the API, the CLI and the OpenAPI document.

A schema is a tuple of :class:`Field`. :func:`clean` checks a mapping of raw input against
it and returns typed values, or raises :class:`ValidationError` naming every wrong field in
the user's language. :func:`json_schema` describes the same rules for OpenAPI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from email_validator import EmailNotValidError, validate_email
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from .errors import ValidationError

Check = Callable[[Any], "str | None"]

# Integer columns are 32-bit on PostgreSQL. Every whole number a client sends (ids, pages,
# years) is bound to that range here, and every <int:> in a URL by matchmaker.routing, so no
# number ever reaches the database driver out of its range.
INT_MAX = 2**31 - 1
INT_MIN = -(2**31)
# Characters that end a line for Python's str.splitlines (and so for mail headers).
LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
# Control characters refused everywhere; tab, LF and CR are allowed in multi-line text.
CONTROL_CHARACTERS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r") | {"\x7f"}
MAX_NESTING = 8


@dataclass(frozen=True)
class Field:
    """One input field: its type and limits, and optional extra checks.

    ``kind`` is one of: text, email, url, choice, integer, number, boolean, date, object, list
    (of ``item`` values, ``min_items`` to ``max_items``) and range (a [min, max] pair of
    numbers). ``checks`` are functions returning an error message or None. Text is one line
    unless ``multiline``. ``pattern`` (a regular expression) and ``properties`` (the JSON
    Schema of an object's keys) only describe, for the OpenAPI document, what ``checks``
    enforce.
    """

    name: str
    kind: str = "text"
    required: bool = True
    max_length: int | None = None
    min_length: int | None = None
    choices: Sequence[str] = ()
    minimum: float | None = None
    maximum: float | None = None
    checks: tuple[Check, ...] = ()
    description: str = ""
    example: Any = None
    default: Any = None
    strip: bool = True
    item: Field | None = None
    min_items: int = 0
    max_items: int | None = None
    extra: dict = field(default_factory=dict)
    multiline: bool = False
    pattern: str | None = None
    properties: dict | None = None
    # A list's own words for too few or too many items: {"min_items": ..., "max_items": ...}.
    messages: dict = field(default_factory=dict)


def clean(schema: Iterable[Field], data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validate ``data`` against ``schema``; return the cleaned values.

    With ``partial`` (PATCH), absent fields are skipped instead of required.
    Raises :class:`ValidationError` with one message per wrong field.
    """
    if not isinstance(data, Mapping):
        raise ValidationError({}, _("The request body must be a JSON object."))
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for spec in schema:
        if spec.name not in data or _is_blank(data[spec.name]):
            if partial and spec.name not in data:
                continue
            if spec.required:
                errors[spec.name] = _("This field is required.")
            else:
                cleaned[spec.name] = spec.default
            continue
        try:
            value = _convert(spec, data[spec.name])
            for check in spec.checks:
                problem = check(value)
                if problem:
                    raise ValueError(problem)
        except ValueError as exc:
            errors[spec.name] = str(exc)
        else:
            cleaned[spec.name] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _convert(spec: Field, value: Any) -> Any:
    converter = _CONVERTERS[spec.kind]
    return converter(spec, value)


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """What makes ``value`` unfit to store or to put in a mail header, or None.

    Refused: lone surrogates (not encodable as UTF-8), NUL and other control characters,
    and line breaks unless ``multiline``.
    """
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return _("Enter text without unpaired surrogate characters.")
    characters = set(value)
    if characters & CONTROL_CHARACTERS:
        return _("Enter text without control characters.")
    if not multiline and characters & LINE_BREAKS:
        return _("Enter a single line, without line breaks.")
    return None


def is_id(text: str) -> bool:
    """Whether ``text`` is a row id as a form sends it: ASCII digits within the columns' range."""
    return text.isascii() and text.isdigit() and 0 < int(text) <= INT_MAX


def _text(spec: Field, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(_("Enter text."))
    value = value.strip() if spec.strip else value
    problem = text_problem(value, multiline=spec.multiline)
    if problem:
        raise ValueError(problem)
    if spec.min_length is not None and len(value) < spec.min_length:
        raise ValueError(_("Enter at least %(n)d characters.", n=spec.min_length))
    if spec.max_length is not None and len(value) > spec.max_length:
        raise ValueError(_("Enter at most %(n)d characters.", n=spec.max_length))
    return value


def _email(spec: Field, value: Any) -> str:
    text = _text(spec, value)
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise ValueError(_("Enter a valid e-mail address.")) from None
    return result.normalized.lower()


def _url(spec: Field, value: Any) -> str:
    text = _text(spec, value)
    if not text.startswith(("http://", "https://")) or " " in text or len(text) < 11:
        raise ValueError(_("Enter a web address starting with http:// or https://."))
    return text


def _choice(spec: Field, value: Any) -> str:
    if not isinstance(value, str) or value not in spec.choices:
        raise ValueError(_("Choose one of: %(choices)s.", choices=", ".join(spec.choices)))
    return value


def _integer(spec: Field, value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(_("Enter a whole number."))
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise ValueError(_("Enter a whole number.")) from None
    if not isinstance(value, int):
        raise ValueError(_("Enter a whole number."))
    _check_range(spec, value)
    return value


def _number(spec: Field, value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(_("Enter a number."))
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", ""))
        except ValueError:
            raise ValueError(_("Enter a number.")) from None
    if not isinstance(value, (int, float)) or value != value or value in (float("inf"), float("-inf")):
        raise ValueError(_("Enter a number."))
    _check_range(spec, value)
    return float(value)


def _boolean(spec: Field, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in {"true", "y", "yes", "on", "1"}:
        return True
    if isinstance(value, str) and value.lower() in {"false", "n", "no", "off", "0"}:
        return False
    raise ValueError(_("Enter true or false."))


def _date(spec: Field, value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(_("Enter a date as YYYY-MM-DD."))


def _object(spec: Field, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(_("Enter an object."))
    problem = _nested_problem(value, MAX_NESTING)
    if problem:
        raise ValueError(problem)
    return dict(value)


def _nested_problem(value: Any, depth: int) -> str | None:
    """The text rule for every key and string inside an object; bounded nesting and numbers."""
    if depth < 0:
        return _("Enter an object nested at most %(n)d levels deep.", n=MAX_NESTING)
    if isinstance(value, str):
        return text_problem(value, multiline=True)
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return None
    if isinstance(value, int):
        return None if INT_MIN <= value <= INT_MAX else _("Enter a whole number.")
    children = value.items() if isinstance(value, Mapping) else enumerate(value)
    for key, child in children:
        problem = _nested_problem(key, depth - 1) if isinstance(key, str) else None
        problem = problem or _nested_problem(child, depth - 1)
        if problem:
            return problem
    return None


def _list(spec: Field, value: Any) -> list[Any]:
    if not isinstance(value, (list, tuple)):
        raise ValueError(_("Enter a list."))
    if len(value) < spec.min_items:
        raise ValueError(str(spec.messages.get("min_items") or ngettext(
            "Give at least one.", "Give at least %(num)d.", spec.min_items
        )))
    if spec.max_items is not None and len(value) > spec.max_items:
        raise ValueError(str(spec.messages.get("max_items") or ngettext(
            "Give at most one.", "Give at most %(num)d.", spec.max_items
        )))
    items = []
    for position, raw in enumerate(value, start=1):
        try:
            item = _convert(spec.item, raw) if spec.item is not None else raw
            for check in spec.item.checks if spec.item is not None else ():
                problem = check(item)
                if problem:
                    raise ValueError(problem)
        except ValueError as exc:
            raise ValueError(_item_problem(position, raw, str(exc))) from None
        items.append(item)
    return list(dict.fromkeys(items)) if all(isinstance(i, (str, int)) for i in items) else items


def _item_problem(position: int, raw: Any, problem: str) -> str:
    """A list item's problem, naming the item by what was sent (“California”: …) rather than
    by its place; a check that already quotes the value says it alone."""
    if isinstance(raw, str) and 0 < len(raw.strip()) <= 40:
        if raw.strip().lower() in problem.lower():
            return problem
        return _("“%(value)s”: %(problem)s", value=raw.strip(), problem=problem)
    return _("Item %(n)d: %(problem)s", n=position, problem=problem)


def _range(spec: Field, value: Any) -> tuple[float, float]:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ValueError(_("Enter a range as [minimum, maximum]."))
    low, high = (_number(spec, v) for v in value)
    if low > high:
        raise ValueError(_("The minimum must not be above the maximum."))
    return (low, high)


def _bounds(spec: Field) -> tuple[float | None, float | None]:
    """The field's range; whole numbers never leave the columns' 32-bit range."""
    if spec.kind != "integer":
        return spec.minimum, spec.maximum
    minimum = INT_MIN if spec.minimum is None else max(spec.minimum, INT_MIN)
    maximum = INT_MAX if spec.maximum is None else min(spec.maximum, INT_MAX)
    return minimum, maximum


def _check_range(spec: Field, value: float) -> None:
    minimum, maximum = _bounds(spec)
    if minimum is not None and value < minimum:
        raise ValueError(_("Enter a value of at least %(n)s.", n=_format_number(minimum)))
    if maximum is not None and value > maximum:
        raise ValueError(_("Enter a value of at most %(n)s.", n=_format_number(maximum)))


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


_CONVERTERS: dict[str, Callable[[Field, Any], Any]] = {
    "text": _text,
    "email": _email,
    "url": _url,
    "choice": _choice,
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "date": _date,
    "list": _list,
    "object": _object,
    "range": _range,
}

_JSON_TYPES = {
    "text": {"type": "string"},
    "email": {"type": "string", "format": "email"},
    "url": {"type": "string", "format": "uri"},
    "choice": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "list": {"type": "array"},
    "object": {"type": "object"},
    "range": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
}
# The text rule (text_problem) as JSON Schema character classes.
_SCHEMA_CONTROLS = r"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f"
_SCHEMA_BREAKS = r"\n\r\u0085\u2028\u2029"  # with the controls above: LINE_BREAKS
_URL_PATTERN = r"^https?://[^\s]{4,}$"


def text_pattern(*, multiline: bool = False, strip: bool = True) -> str:
    """A regular expression for what the text rule accepts (trimmed, when ``strip``)."""
    allowed = f"[^{_SCHEMA_CONTROLS}{'' if multiline else _SCHEMA_BREAKS}]"
    if not strip:
        return f"^{allowed}*$"
    edge = rf"[^\s{_SCHEMA_CONTROLS}{_SCHEMA_BREAKS}]"
    return f"^(?:{edge}(?:{allowed}*{edge})?)?$"


def _property(spec: Field) -> dict[str, Any]:
    """The JSON Schema of one field: every limit that :func:`clean` enforces."""
    prop = dict(_JSON_TYPES[spec.kind])
    if spec.kind in ("text", "url"):
        prop["pattern"] = spec.pattern or (
            _URL_PATTERN if spec.kind == "url" else text_pattern(multiline=spec.multiline, strip=spec.strip)
        )
    elif spec.pattern:
        prop["pattern"] = spec.pattern
    if spec.kind == "list" and spec.item is not None:
        prop["items"] = _property(spec.item)
    if spec.kind == "list":
        prop["minItems"] = spec.min_items
        if spec.max_items is not None:
            prop["maxItems"] = spec.max_items
    if spec.kind == "object" and spec.properties is not None:
        prop.update(spec.properties)
    if spec.kind in ("text", "email", "url"):
        minimum_length = spec.min_length or 0
        prop["minLength"] = max(minimum_length, 1 if spec.required else 0, 11 if spec.kind == "url" else 0)
    if spec.max_length is not None:
        prop["maxLength"] = spec.max_length
    if spec.choices:
        prop["enum"] = list(spec.choices)
    minimum, maximum = _bounds(spec)
    if spec.kind == "range":
        prop["items"] = {**prop["items"], "minimum": minimum, "maximum": maximum}
    elif minimum is not None or maximum is not None:
        prop.update({key: value for key, value in (("minimum", minimum), ("maximum", maximum)) if value is not None})
    if spec.description:
        prop["description"] = str(spec.description)
    if spec.example is not None:
        prop["example"] = spec.example
    prop.update(spec.extra)
    if "enum" in prop:  # the values say it all
        for implied in ("pattern", "minLength", "maxLength"):
            prop.pop(implied, None)
    return prop


def json_schema(schema: Iterable[Field], *, partial: bool = False) -> dict[str, Any]:
    """The OpenAPI (JSON Schema) object describing ``schema``.

    A field that is not required may be null or absent (it takes its default). With
    ``partial`` (a PATCH body) every field may be absent, but a required one is never null.
    """
    properties: dict[str, Any] = {}
    required: list[str] = []
    for spec in schema:
        prop = _property(spec)
        if not spec.required:
            prop["nullable"] = True
        elif not partial:
            required.append(spec.name)
        properties[spec.name] = prop
    result: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    return result


def query_parameters(schema: Iterable[Field]) -> list[dict[str, Any]]:
    """OpenAPI query parameters for fields read from a query string."""
    return [{"name": spec.name, "in": "query", "required": spec.required, "schema": _property(spec)} for spec in schema]


__all__ = ["Field", "clean", "json_schema", "query_parameters", "_l"]
