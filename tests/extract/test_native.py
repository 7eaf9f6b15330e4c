"""The compiled extraction modules: used only while they match their sources, and they extract the same."""

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from pdf_builder import build_report, sample_spec

from extract import native

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def meta_path(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """``sys.meta_path`` without the finder this process installed when it imported ``extract``."""
    path = [f for f in sys.meta_path if not isinstance(f, native.CompiledFinder)]
    monkeypatch.setattr(sys, "meta_path", path)
    return path


def _manifest(directory: Path, sources: dict[str, str]) -> Path:
    files = {name: f"extract/{name.split('.')[-1]}.so" for name in sources}
    manifest = {"cache_tag": sys.implementation.cache_tag, "sources": sources, "files": files}
    (directory / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return directory


def test_a_build_of_these_sources_serves_exactly_the_modules_it_lists(
    tmp_path: Path, meta_path: list[object]
) -> None:
    assert native.use_compiled(_manifest(tmp_path, native.source_hashes()))
    finder = meta_path[0]
    assert isinstance(finder, native.CompiledFinder)
    spec = finder.find_spec("extract.cues")
    assert spec is not None and spec.origin == str(tmp_path / "extract" / "cues.so")
    assert finder.find_spec("extract.types") is None  # pickled between processes: stays Python
    assert finder.find_spec("index.store") is None


def test_an_edited_source_makes_every_module_run_from_source(tmp_path: Path, meta_path: list[object]) -> None:
    sources = native.source_hashes() | {"extract.cues": "0" * 64}  # cues.py changed since the build
    assert not native.use_compiled(_manifest(tmp_path, sources))
    assert not any(isinstance(f, native.CompiledFinder) for f in meta_path)


def test_without_a_build_the_sources_run_without_a_word(tmp_path: Path, meta_path: list[object]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert not native.use_compiled(tmp_path)
    assert not any(isinstance(f, native.CompiledFinder) for f in meta_path)


_EXTRACT = """
import json, sys
from dataclasses import asdict
import extract.native
if sys.argv[2] == "sources":  # only extract and extract.native are loaded yet: both Python
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, extract.native.CompiledFinder)]
import extract.cues
from extract.pipeline import extract_report
result = extract_report(sys.argv[1])
print(json.dumps({
    "compiled": not extract.cues.__file__.endswith(".py"),
    "report": asdict(result.report),
    "explanations": [asdict(e) for e in result.explanations],
}, ensure_ascii=False, sort_keys=True))
"""


def _extract(pdf: Path, modules: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT, str(pdf), modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout))


def test_the_compiled_modules_extract_what_the_sources_extract(tmp_path: Path) -> None:
    if not native.is_fresh(native.read_manifest(native.BUILD_DIR)):
        pytest.skip("no compiled build of these sources here (`make install` builds it)")
    pdf = build_report(tmp_path / "rapport.pdf", sample_spec())
    compiled, sources = _extract(pdf, "compiled"), _extract(pdf, "sources")
    assert compiled.pop("compiled") is True and sources.pop("compiled") is False
    assert compiled["explanations"]
    assert compiled == sources
