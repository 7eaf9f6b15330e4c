"""Cached resources for the app: the archive of the data dir (catalog, vector store, models), opened once
and closed when the cache lets it go; the taxonomy and the list of municipalities, read once.

The archive is made by ``index.archive.Archive`` from the settings, so its models are the ones the
AVVIK_MODELS setting names: a test hands the app its own models that way, as it does to the CLI.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import streamlit as st

from extract.metadata import municipalities
from index.archive import Archive
from index.settings import REPO_ROOT, Settings

TAXONOMY = REPO_ROOT / "data" / "taxonomy.json"


def data_dir() -> str:
    return str(Settings.load().data_dir)


def _close(opened: Archive) -> None:
    opened.close()


@st.cache_resource(show_spinner="Öppnar arkivet och laddar modellerna …", on_release=_close)
def archive(directory: str) -> Archive:
    return Archive(Settings.load(directory))


@st.cache_resource(show_spinner=False)
def write_lock(directory: str) -> threading.Lock:
    """One writer at a time per archive (an upload and a review in two tabs share one connection)."""
    return threading.Lock()


def current_archive() -> Archive:
    return archive(data_dir())


@st.cache_data(show_spinner=False)
def taxonomy() -> dict[str, dict[str, Any]]:
    """tag -> {"label", "description", "cues"} from data/taxonomy.json (empty if it is missing)."""
    if not TAXONOMY.exists():
        return {}
    return {row["tag"]: row for row in json.loads(TAXONOMY.read_text(encoding="utf-8"))}


def tag_label(tag: str) -> str:
    return str(taxonomy().get(tag, {}).get("label", tag))


def tag_description(tag: str) -> str:
    return str(taxonomy().get(tag, {}).get("description", ""))


@st.cache_data(show_spinner=False)
def municipality_names() -> list[str]:
    """The 290 kommuner and 21 regioner as the archive names them (regions by their official name)."""
    names = {m.official_name if m.kind == "region" else m.name for m in municipalities()}
    return sorted(names, key=lambda n: n.casefold())
