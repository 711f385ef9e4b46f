"""Public fund pages and the fund directory, and the page of one financing match."""

from flask import Blueprint

bp = Blueprint("funds", __name__)

from . import routes  # noqa: E402,F401
