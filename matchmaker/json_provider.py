"""Flask's JSON through orjson: the same values (sorted keys, Flask's date format), less CPU.

orjson writes non-ASCII text as UTF-8 rather than ``\\u`` escapes (the same JSON). What it
refuses (a lone surrogate, an integer beyond 64 bits) goes to Flask's own encoder as before.
"""

from __future__ import annotations

from typing import Any

import orjson
from flask.json.provider import DefaultJSONProvider, _default

OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


class OrjsonProvider(DefaultJSONProvider):
    def _encode(self, obj: Any) -> bytes | None:
        try:
            return orjson.dumps(obj, default=_default, option=OPTIONS)
        except orjson.JSONEncodeError:
            return None

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        encoded = None if kwargs else self._encode(obj)  # explicit options: Flask's encoder honours them
        return encoded.decode() if encoded is not None else super().dumps(obj, **kwargs)

    def response(self, *args: Any, **kwargs: Any):
        obj = self._prepare_response_obj(args, kwargs)
        encoded = None if self._app.debug else self._encode(obj)  # debug: pretty-printed by Flask
        if encoded is None:
            return super().response(obj)
        return self._app.response_class(encoded, mimetype=self.mimetype)
