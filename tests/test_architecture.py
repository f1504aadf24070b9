"""The layering of DESIGN.md, checked: everything above ``reader/ui/`` works without Textual."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "reader.fetch", "reader.extract", "reader.document", "reader.quotes", "reader.layout",
    "reader.store", "reader.transfer", "reader.pipeline", "reader.render", "reader.urls",
    "reader.limits", "reader.config", "reader.library_cli",
]


def _imported_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_the_core_modules_never_import_textual() -> None:
    modules = _imported_after("\n".join(f"import {name}" for name in CORE))
    assert not {m for m in modules if m == "textual" or m.startswith("textual.")}


def test_dump_runs_without_importing_textual_or_httpx_for_a_file(tmp_path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><article><p>A short story about a harbour and its ferry, told in a "
        "few plain words so that there is an article to find.</p></article></body></html>",
        encoding="utf-8",
    )
    modules = _imported_after(
        "import contextlib, io\n"
        "from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['dump', {str(page)!r}]) == 0"
    )
    assert "textual" not in modules
    assert "httpx" not in modules  # a file needs no network client


def _rebound(source: str) -> list[str]:
    """Module-level names bound twice, where the second binding does not build on the first
    (``_WORDS = _WORDS | …`` does): the later one silently replaces the earlier for every
    function, whichever it was written for."""
    import ast

    seen: set[str] = set()
    rebound = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            value = node.value
        else:
            continue
        for name in names:
            builds_on = value is not None and any(
                isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not builds_on:
                rebound.append(name)
            seen.add(name)
    return rebound


def test_no_module_binds_a_name_twice() -> None:
    from pathlib import Path

    assert _rebound("A = 1\nB = 2\nA = 3\nB = B | {4}\n") == ["A"]
    package = Path(__file__).resolve().parent.parent / "reader"
    assert {str(p.relative_to(package)): _rebound(p.read_text(encoding="utf-8"))
            for p in sorted(package.rglob("*.py")) if _rebound(p.read_text(encoding="utf-8"))
            } == {}
