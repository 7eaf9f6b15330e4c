"""The extractor's hot modules compiled to C with mypyc, and the import hook that uses them while they match
their sources.

Extraction is pure Python over regular expressions and small objects; mypyc (part of mypy) compiles the
typed modules below to C extensions with the same behaviour, which makes reading a report 5–10 % faster
(``bench/extract.py``: 0.27–0.28 of raw text speed from source, 0.30 compiled; regular expressions and
pymupdf, which it cannot speed up, take most of the rest). The compiled modules live outside the source
tree, in ``build/native/``, with a manifest of the sources they were built from. ``extract/__init__.py``
calls ``use_compiled()``: when every source still hashes as in the manifest, imports of these modules load
the compiled ones; when any source changed since (an edit, a checkout), all of them load from source until
``make install`` builds them again. Without ``build/native/`` the sources run.

    python -m extract.native_build    # compile (a no-op when the build matches the sources)
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
BUILD_DIR = ROOT / "build" / "native"
MANIFEST = "manifest.json"
GROUP = "avvik_native"
# pure, typed modules on the path of every report; OCR, tagging and training stay Python (they spend their
# time in Tesseract, spaCy and numpy), and so do the types, which are pickled between processes
MODULES = (
    "added_accounts",
    "amounts",
    "area_candidates",
    "area_claims",
    "area_lists",
    "areas",
    "body_names",
    "budget_figures",
    "budget_shares",
    "comment_tables",
    "committees",
    "contrasted_sides",
    "cues",
    "deviation_parts",
    "deviation_shares",
    "directions",
    "explanations",
    "items",
    "kind_rules",
    "layout",
    "metadata",
    "money_talk",
    "numbers",
    "page_lines",
    "passage_features",
    "passage_model",
    "passage_rules",
    "pdf",
    "periods",
    "pipeline",
    "reading_order",
    "regex_prefilter",
    "respective_lists",
    "run_together_figures",
    "sections",
    "sentence_bounds",
    "sentences",
    "table_amounts",
    "table_columns",
    "table_units",
    "tables",
)


def source_hashes() -> dict[str, str]:
    """Each compiled module's name and the SHA-256 of its source."""
    return {
        f"extract.{name}": hashlib.sha256((ROOT / "extract" / f"{name}.py").read_bytes()).hexdigest()
        for name in MODULES
    }


def read_manifest(build_dir: Path) -> dict[str, object] | None:
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def is_fresh(manifest: dict[str, object] | None) -> bool:
    return (
        manifest is not None
        and manifest.get("cache_tag") == sys.implementation.cache_tag
        and manifest.get("sources") == source_hashes()
    )


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled extension of each module the manifest lists."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def use_compiled(build_dir: Path = BUILD_DIR) -> bool:
    """Load the compiled modules from here on when they match their sources; True when they will."""
    if any(isinstance(f, CompiledFinder) for f in sys.meta_path):
        return False
    manifest = read_manifest(build_dir)
    if manifest is None:
        return False
    if not is_fresh(manifest):  # silently: a command's output stays its own (bench/extract.py says which ran)
        return False
    files = manifest.get("files")
    if not isinstance(files, dict):
        return False
    sys.meta_path.insert(0, CompiledFinder({name: build_dir / rel for name, rel in files.items()}))
    return True
