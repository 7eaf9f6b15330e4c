"""Shared fixtures: PDFs built in code, a deterministic fake embedder, a stub tagger (``fakes``), the real model
once."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from fakes import HashEmbedder, KeywordTagger  # noqa: E402,F401  (re-exported for tests)
from pdf_builder import build_report, sample_spec  # noqa: E402
from postgres_server import PostgresServer, binaries  # noqa: E402

from index.archive import Archive  # noqa: E402
from index.settings import REPO_ROOT, Settings  # noqa: E402
from index.vectors.embedder import SentenceTransformerEmbedder  # noqa: E402

MODEL_DIR = REPO_ROOT / "models" / "e5-small"


@pytest.fixture
def report_pdf(tmp_path: Path) -> Path:
    return build_report(tmp_path / "alingsas-sn-2024-05.pdf", sample_spec())


@pytest.fixture
def make_pdf(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(name: str, **kwargs: str) -> Path:
        return build_report(tmp_path / name, sample_spec(**kwargs))

    return make


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the test run (a database per test)."""
    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (Debian's postgresql package); run `make install`")
    server = PostgresServer(bin_dir)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str | None:
    """Each catalog backend in turn: None for SQLite in the data dir, else a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return None
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.new_database()


@pytest.fixture
def archive(tmp_path: Path, database_url: str | None) -> Iterator[Archive]:
    """An archive on each catalog backend in turn (the same tests run on SQLite and PostgreSQL)."""
    settings = replace(Settings.load(tmp_path / "state"), database_url=database_url)
    arch = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    yield arch
    arch.close()


@cache
def load_real_embedder() -> SentenceTransformerEmbedder:
    """The real model, loaded once per test process (the fixture below, and the app's test models)."""
    return SentenceTransformerEmbedder(MODEL_DIR)


@pytest.fixture(scope="session")
def real_embedder():  # type: ignore[no-untyped-def]
    if not (MODEL_DIR / "avvik_model.json").exists():
        pytest.fail("the embedding model is not built; run `make models`")
    return load_real_embedder()
