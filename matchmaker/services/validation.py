"""Field rules written once and used by the forms, the API, the CLI and the OpenAPI document.

A schema is a tuple of :class:`Field`. :func:`clean` checks a mapping of raw input against
it and returns typed values, or raises :class:`ValidationError` naming every wrong field in
the user's language. :func:`json_schema` describes the same rules for OpenAPI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from email_validator import EmailNotValidError, validate_email
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from .errors import ValidationError

Check = Callable[[Any], "str | None"]


@dataclass(frozen=True)
class Field:
    """One input field: its type and limits, and optional extra checks.

    ``kind`` is one of: text, email, url, choice, integer, number, boolean.
    ``checks`` are functions returning an error message or None.
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
    extra: dict = field(default_factory=dict)


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


def _text(spec: Field, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(_("Enter text."))
    value = value.strip() if spec.strip else value
    if "\x00" in value:
        raise ValueError(_("Enter text without control characters."))
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


def _check_range(spec: Field, value: float) -> None:
    if spec.minimum is not None and value < spec.minimum:
        raise ValueError(_("Enter a value of at least %(n)s.", n=_format_number(spec.minimum)))
    if spec.maximum is not None and value > spec.maximum:
        raise ValueError(_("Enter a value of at most %(n)s.", n=_format_number(spec.maximum)))


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
}

_JSON_TYPES = {
    "text": {"type": "string"},
    "email": {"type": "string", "format": "email"},
    "url": {"type": "string", "format": "uri"},
    "choice": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
}


def json_schema(schema: Iterable[Field]) -> dict[str, Any]:
    """The OpenAPI (JSON Schema) object describing ``schema``."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for spec in schema:
        prop = dict(_JSON_TYPES[spec.kind])
        if spec.max_length is not None:
            prop["maxLength"] = spec.max_length
        if spec.min_length is not None:
            prop["minLength"] = spec.min_length
        if spec.choices:
            prop["enum"] = list(spec.choices)
        if spec.minimum is not None:
            prop["minimum"] = spec.minimum
        if spec.maximum is not None:
            prop["maximum"] = spec.maximum
        if spec.description:
            prop["description"] = str(spec.description)
        if spec.example is not None:
            prop["example"] = spec.example
        prop.update(spec.extra)
        if not spec.required:
            prop["nullable"] = True
        else:
            required.append(spec.name)
        properties[spec.name] = prop
    result: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    return result


__all__ = ["Field", "clean", "json_schema", "_l"]
