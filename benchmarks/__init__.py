"""Reproducible performance measurements; run with `python3 dev.py bench`."""
