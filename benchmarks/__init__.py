"""Benchmarks: each module exposes ``run(shared, limit) -> str`` (a markdown section); see ``run.py``."""
