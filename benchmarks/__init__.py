"""Benchmarks: a synthetic data generator (gen_records) and timing scripts (bench_*).

Run them from the repository root, e.g. ``.venv/bin/python -m benchmarks.bench_import``;
results go in docs/benchmarks.md.
"""
