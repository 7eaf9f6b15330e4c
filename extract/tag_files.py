"""Where the tagger's files live and the version they make, without importing spaCy.

The version names the pattern set (its config version and a digest of the file) and the trained
classifier (from its metadata). Reports remember the version that tagged them, so an ingest can
tell from these files alone whether a report must be tagged again, without loading the pipeline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from extract.tag_patterns import patterns_digest

REPO_ROOT = Path(__file__).resolve().parents[1]
TAGGER_DIR = REPO_ROOT / "models" / "tagger"
DEFAULT_MODEL_DIR = TAGGER_DIR / "build"
PATTERNS_FILE = "patterns.jsonl"
CONFIG_FILE = "config.json"
MODEL_FILE = "classifier.npz"  # the trained classifier's arrays (extract.tag_features.LinearTagModel)
VOCAB_FILE = "ngrams.json"  # its vocabulary and metadata


def model_dir_or_default(model_dir: Path | None) -> Path:
    return Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR


def load_config(model_dir: Path | None = None) -> dict[str, Any]:
    """``config.json`` from a built model directory if it has one, else the source one."""
    for directory in (model_dir, TAGGER_DIR):
        if directory is not None and (directory / CONFIG_FILE).is_file():
            return dict(json.loads((directory / CONFIG_FILE).read_text(encoding="utf-8")))
    raise FileNotFoundError(f"no {CONFIG_FILE} in {model_dir} or {TAGGER_DIR}")


def patterns_path(model_dir: Path) -> Path:
    """The built copy of the patterns, else the source file."""
    built = model_dir / PATTERNS_FILE
    return built if built.is_file() else TAGGER_DIR / PATTERNS_FILE


def has_classifier(model_dir: Path) -> bool:
    return (model_dir / MODEL_FILE).is_file() and (model_dir / VOCAB_FILE).is_file()


def tagger_version(model_dir: Path | None = None, *, rules_only: bool = False) -> str:
    """The version ``load_tagger(model_dir, rules_only=…)`` gives its tagger."""
    model_dir = model_dir_or_default(model_dir)
    config = load_config(model_dir)
    rules = f"rules {config['pattern_version']} ({patterns_digest(patterns_path(model_dir))})"
    if rules_only or not has_classifier(model_dir):
        return f"{rules} + no classifier (rules only)"
    meta = json.loads((model_dir / VOCAB_FILE).read_text(encoding="utf-8")).get("meta", {})
    return f"{rules} + {meta.get('name', 'charlr')} {meta.get('version', '?')} ({meta.get('digest', '?')})"
