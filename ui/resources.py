"""Cached resources for the app: the archive (store + models) is opened once per data directory."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import streamlit as st

from index.archive import Archive
from index.settings import REPO_ROOT, Settings

TAXONOMY = REPO_ROOT / "data" / "taxonomy.json"


def data_dir() -> str:
    return str(Path(os.environ.get("AVVIK_DATA_DIR", "data/state")).resolve())


@st.cache_resource(show_spinner="Öppnar arkivet och laddar modellerna …")
def archive(directory: str) -> Archive:
    return Archive(Settings.load(directory))


@st.cache_data
def taxonomy() -> dict[str, dict[str, Any]]:
    """tag -> {"label", "description", "cues"} from data/taxonomy.json (empty if it is missing)."""
    if not TAXONOMY.exists():
        return {}
    return {row["tag"]: row for row in json.loads(TAXONOMY.read_text(encoding="utf-8"))}


def tag_label(tag: str) -> str:
    return str(taxonomy().get(tag, {}).get("label", tag))
