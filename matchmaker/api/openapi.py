"""``/api/v1/openapi.json``, generated from the routes and their ``describe`` metadata."""

from __future__ import annotations

import re
from typing import Any

from flask import current_app, jsonify

from ..services.validation import json_schema
from . import bp
from .support import describe

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        }
    },
}


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule)


def _path_parameters(rule: str) -> list[dict[str, Any]]:
    return [
        {"name": name, "in": "path", "required": True, "schema": {"type": "integer" if kind == "int" else "string"}}
        for kind, name in re.findall(r"<(?:([a-z]+):)?([a-z_]+)>", rule)
    ]


def _operation(view: Any, rule: str) -> dict[str, Any]:
    meta = view.openapi
    operation: dict[str, Any] = {"summary": meta["summary"], "operationId": view.__name__}
    if meta["description"]:
        operation["description"] = meta["description"]
    parameters = _path_parameters(rule) + meta["parameters"]
    if parameters:
        operation["parameters"] = parameters
    body = meta["body"]
    if body is not None:
        schema = body if isinstance(body, dict) else json_schema(body)
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": schema}}}
    operation["responses"] = {
        str(status): _response(status, text) for status, text in sorted(meta["responses"].items())
    }
    if meta["auth"]:
        operation["security"] = [{"bearer": []}]
    return operation


def _response(status: int, text: str) -> dict[str, Any]:
    if status >= 400:
        return {
            "description": text,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
    return {"description": text}


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
            "schemas": {"Error": ERROR_SCHEMA},
        },
    }


@bp.get("/openapi.json")
@describe("This document")
def openapi_document():
    return jsonify(build_document())
