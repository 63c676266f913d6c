"""Helpers for the end-to-end tests (a JupyterLab server on 127.0.0.1 for a headless browser)."""
