"""The API's JSON goes through orjson (matchmaker/json_provider.py) with Flask's values kept."""

from __future__ import annotations

import json
from datetime import date

from flask.json.provider import DefaultJSONProvider


def test_orjson_writes_the_same_values_as_flask(app):
    value = {"b": [1, 2.5, None], "a": "需求响应", "d": date(2026, 1, 2)}
    with app.test_request_context():
        encoded = app.json.response(value).get_data()
        assert json.loads(encoded) == json.loads(DefaultJSONProvider(app).dumps(value))
        assert encoded.startswith(b'{"a":')  # keys sorted, as Flask sorts them


def test_what_orjson_refuses_is_still_encoded(app):
    """A lone surrogate or an integer beyond 64 bits: Flask's encoder, never a 500."""
    with app.test_request_context():
        encoded = app.json.response({"body": "\ud8e5x", "n": 2**70}).get_data()
    assert json.loads(encoded) == {"body": "\ud8e5x", "n": 2**70}
