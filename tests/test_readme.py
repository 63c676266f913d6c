"""The README's quick start runs as printed."""

import re

from conftest import REPO


def test_quick_start_runs():
    readme = (REPO / "README.md").read_text()
    code = re.search(r"## Quick start\n\n```python\n(.*?)```", readme, re.S).group(1)
    assert len(code.strip().splitlines()) <= 10
    namespace: dict = {}
    exec(compile(code, "README.md quick start", "exec"), namespace)
    assert {"defence_spending"} <= set(namespace["rates"]["concept"])
    assert len(namespace["result"].statements) > 0
