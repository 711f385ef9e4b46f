"""``/api/v1/openapi.json``, generated from the routes, their ``describe`` metadata and api/schemas.py."""

from __future__ import annotations

import re
from typing import Any

from flask import current_app, jsonify

from ..services.validation import INT_MAX
from . import bp
from .schemas import components, ref
from .support import describe

# The errors an operation can answer because of what it takes, whatever it does.
ERROR_TEXTS = {
    400: "Malformed JSON, or not a JSON object",
    401: "No valid token",
    404: "Not found, or not visible to the caller",
    413: "Body over 1 MiB",
    422: "Invalid fields, named in error.fields",
}


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule)


def _path_parameters(rule: str) -> list[dict[str, Any]]:
    """Path ids are whole numbers within the integer columns' range (matchmaker.routing)."""
    return [
        {
            "name": name,
            "in": "path",
            "required": True,
            "schema": {"type": "integer", "minimum": 0, "maximum": INT_MAX} if kind == "int" else {"type": "string"},
        }
        for kind, name in re.findall(r"<(?:([a-z]+):)?([a-z_]+)>", rule)
    ]


def _schema(schema: str | dict) -> dict[str, Any]:
    return ref(schema) if isinstance(schema, str) else schema


def _response(status: int, described) -> dict[str, Any]:
    text, schema = described if isinstance(described, tuple) else (described, "Error" if status >= 400 else None)
    response: dict[str, Any] = {"description": text}
    if schema is not None:
        response["content"] = {"application/json": {"schema": _schema(schema)}}
    return response


def _implied_errors(meta: dict[str, Any], path_parameters: list) -> set[int]:
    implied = set()
    if meta["body"] is not None:
        implied |= {400, 413, 422}
    if meta["parameters"]:
        implied.add(422)
    if path_parameters:
        implied.add(404)
    if meta["auth"]:
        implied.add(401)
    return implied


def _operation(view: Any, rule: str) -> dict[str, Any]:
    meta = view.openapi
    operation: dict[str, Any] = {"summary": meta["summary"], "operationId": view.__name__}
    if meta["description"]:
        operation["description"] = meta["description"]
    path_parameters = _path_parameters(rule)
    if path_parameters + meta["parameters"]:
        operation["parameters"] = path_parameters + meta["parameters"]
    if meta["body"] is not None:
        operation["requestBody"] = {
            "required": meta["body_required"],
            "content": {"application/json": {"schema": _schema(meta["body"])}},
        }
    responses = {status: ERROR_TEXTS[status] for status in _implied_errors(meta, path_parameters)}
    responses.update(meta["responses"])
    operation["responses"] = {str(status): _response(status, text) for status, text in sorted(responses.items())}
    if meta["auth"] is True:
        operation["security"] = [{"bearer": []}]
    elif meta["auth"] == "optional":
        operation["security"] = [{}, {"bearer": []}]
    return operation


def build_document() -> dict[str, Any]:
    """The OpenAPI 3 document for every described view of the API blueprint."""
    paths: dict[str, dict[str, Any]] = {}
    for rule in current_app.url_map.iter_rules():
        view = current_app.view_functions.get(rule.endpoint)
        if not rule.endpoint.startswith("api.") or not hasattr(view, "openapi"):
            continue
        path = _openapi_path(rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            paths.setdefault(path, {})[method.lower()] = _operation(view, rule.rule)
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Matchmaker API",
            "version": "1.0.0",
            "description": "Clean technologies, city needs and the matches between them.",
        },
        "servers": [{"url": "/api/v1"}],
        "paths": {path.removeprefix("/api/v1"): ops for path, ops in sorted(paths.items())},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": components(),
        },
    }


@bp.get("/openapi.json")
@describe("This document", responses={200: ("The OpenAPI 3 document", {"type": "object"})})
def openapi_document():
    return jsonify(build_document())
