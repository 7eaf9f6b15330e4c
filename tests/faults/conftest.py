"""The fault suite's fixtures: the real `avvik` command in subprocesses (with the tests' fake models,
``AVVIK_MODELS=fakes:models``), a batch of 20 distinct reports, and a look at the raw state on disk, catalog
and index, without recovering anything (what a kill left behind, before any avvik process touches it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pdf_builder import ReportSpec, build_report, sample_spec

from index.catalog import open_catalog
from index.settings import REPO_ROOT, Settings
from index.vectors import open_store

MUNICIPALITIES = ("Alingsås", "Lerum", "Borås", "Mölndal", "Öckerö")
MONTHS = ("januari", "februari", "mars", "april")

# Figures for the closing note, printed at the end of the run (files tried, kills survived, ...).
FIGURES: Counter[str] = Counter()


def cli_env(**extra: str) -> dict[str, str]:
    tests = str(REPO_ROOT / "tests")
    env = dict(
        os.environ,
        AVVIK_MODELS="fakes:models",
        PYTHONPATH=os.pathsep.join(p for p in (tests, os.environ.get("PYTHONPATH")) if p),
        HF_HUB_OFFLINE="1",
        PYTHONUNBUFFERED="1",
        PYTHONIOENCODING="utf-8",
    )
    env.pop("AVVIK_QDRANT_URL", None)
    env.update(extra)
    return env


def avvik_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "avvik_cli.main", "--data-dir", str(data_dir), *args]


def avvik(
    data_dir: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        avvik_command(data_dir, *args),
        cwd=REPO_ROOT,
        env=env or cli_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert_no_traceback(done.stdout, done.stderr)
    return done


def assert_no_traceback(*outputs: str) -> None:
    for text in outputs:
        assert "Traceback" not in text, text


def check_json(done: subprocess.CompletedProcess[str]) -> dict[str, int]:
    """The last line of `avvik check`: one JSON object with exactly the five counts."""
    result: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result) == {"reports", "explanations", "points", "orphan_points", "half_written"}
    return result


def stderr_lines(text: str) -> list[str]:
    """Lines of stderr as a terminal would show them (a progress bar rewrites its line with \\r)."""
    return [line.split("\r")[-1] for line in text.split("\n") if line.split("\r")[-1].strip()]


def distinct_spec(municipality: str, month: str) -> ReportSpec:
    """The sample report, with every paragraph naming its municipality and month: no two reports share an
    explanation text (so none is embedded from another's cached vector)."""
    spec = sample_spec(municipality=municipality, month=month)
    spec.blocks = [
        (kind, f"{content} Gäller {municipality}, {month}." if kind == "p" else content)
        for kind, content in spec.blocks
    ]
    return spec


def distinct_reports(folder: Path, municipalities: tuple[str, ...]) -> list[Path]:
    """A distinct monthly report for every municipality and month."""
    return [
        build_report(folder / f"{m}-{month}.pdf", distinct_spec(m, month))
        for m in municipalities
        for month in MONTHS
    ]


@pytest.fixture(scope="session")
def batch20(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Twenty distinct monthly reports: five municipalities, four months."""
    return distinct_reports(tmp_path_factory.mktemp("batch20"), MUNICIPALITIES)


MORE_MUNICIPALITIES = (
    "Alingsås", "Lerum", "Borås", "Mölndal", "Öckerö", "Partille", "Kungsbacka", "Härryda", "Kungälv", "Stenungsund",
    "Tjörn", "Orust", "Ale", "Vårgårda", "Herrljunga", "Ulricehamn", "Mark", "Svenljunga", "Tranemo", "Bollebygd",
    "Trollhättan", "Vänersborg", "Uddevalla", "Lysekil", "Sotenäs",
)  # fmt: skip


@pytest.fixture(scope="session")
def batch100(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A hundred distinct monthly reports: twenty-five municipalities, four months."""
    return distinct_reports(tmp_path_factory.mktemp("batch100"), MORE_MUNICIPALITIES)


@dataclass(frozen=True)
class RawState:
    done: dict[str, set[str]]  # report_id -> explanation ids, finished reports
    pending: dict[str, set[str]]  # report_id -> explanation ids, reports a writer had not finished
    points: dict[str, str]  # explanation_id -> report_id, what the index holds

    @property
    def done_missing_points(self) -> list[str]:
        return sorted(r for r, ids in self.done.items() if not ids <= set(self.points))

    @property
    def stray_points(self) -> list[str]:
        """Points of no report at all: neither finished nor pending."""
        known = set().union(*self.done.values(), *self.pending.values())
        return sorted(p for p in self.points if p not in known)


def raw_state(data_dir: Path) -> RawState:
    settings = Settings.load(data_dir)
    catalog = open_catalog(settings.db_path)
    try:
        by_status = {
            status: {
                r.report_id: {e.explanation_id for e in catalog.explanations(r.report_id)}
                for r in catalog.reports(status)
            }
            for status in ("done", "pending")
        }
    finally:
        catalog.close()
    store = open_store(path=settings.qdrant_path, collection=settings.collection)
    try:
        points = store.point_reports()
    finally:
        store.close()
    return RawState(by_status["done"], by_status["pending"], points)


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "state"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES:
        terminalreporter.write_sep("-", "fault suite figures")
        for key in sorted(FIGURES):
            terminalreporter.write_line(f"{key}: {FIGURES[key]}")


REVIEW_TAGS = ("vikarier", "sjukfranvaro", "bemanning", "lokaler", "kopt_verksamhet", "hemtjanst")


def index_disagreements(archive: Any, explanation_ids: list[str]) -> list[tuple[str, str, bool]]:
    """(explanation, tag, in the index?) wherever a tag filter in the vector index disagrees with the
    catalog's tags (model tags with the reviews applied): what search and compare would get wrong."""
    from index.vectors.store import Filters

    wrong = []
    for exp in archive.catalog.explanations(ids=explanation_ids):
        dense = archive.embedder.embed_queries([exp.text])[0]
        effective = {t.tag for t in exp.tags}
        for tag in sorted(set(REVIEW_TAGS) | effective):
            flt = Filters(tag=(tag,), report_id=(exp.report_id,), include_boilerplate=True)
            found = exp.explanation_id in {eid for eid, _ in archive.store.query(dense, None, flt, 100)}
            if found != (tag in effective):
                wrong.append((exp.explanation_id, tag, found))
    return wrong


def open_archive(data_dir: Path, tagger_version: int = 1) -> Any:
    from fakes import HashEmbedder, KeywordTagger

    from index.archive import Archive

    return Archive(Settings.load(data_dir), embedder=HashEmbedder(), tagger=KeywordTagger(tagger_version))
