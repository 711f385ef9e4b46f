"""The bare Flask app bench_load.py compares Matchmaker with: ``gunicorn benchmarks.hello_app:app``."""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello() -> str:
    return "Hello, World!"
