"""A labelled folder in the shared label format, and the score of the report metadata against it.

A folder holds its PDFs (symbolic links allowed), the gold items either as ``gold/<report>.jsonl``
(one file per report, each with its ``gold/<report>.queries.jsonl``) or as one ``gold.jsonl`` (with
``queries.jsonl``), and ``reports.jsonl``: one object per report with its ``file``, ``municipality``,
``committee`` and ``period``, where a value may be a list of accepted values, ``null`` among them.
Item ids restart in every gold file; loaded, they are offset by the items before them, and the
questions' ``relevant`` ids with them, so ids stay positions in :attr:`LabelledCorpus.gold`.

Metadata is scored as the reference tools do: a report is right when the first prediction of its file
carries an accepted municipality, committee and period; a report with no prediction is not seen.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.evaluation.rules import Row

METADATA_FIELDS = ("municipality", "committee", "period")
QUERIES_SUFFIX = ".queries.jsonl"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc})") from exc
    return rows


@dataclass(frozen=True)
class LabelledCorpus:
    path: Path
    gold: tuple[dict[str, Any], ...]  # items, ``id`` offset to its position here
    queries: tuple[dict[str, Any], ...]  # search questions, ``relevant`` offset alike
    reports: tuple[dict[str, Any], ...]  # expected metadata per report (empty without reports.jsonl)
    pdfs: tuple[Path, ...]

    @property
    def name(self) -> str:
        return self.path.name

    def gold_for(self, files: set[str]) -> list[dict[str, Any]]:
        """The gold items of these PDFs (base names), e.g. to hold one report out."""
        return [row for row in self.gold if row.get("file") in files]


def gold_files(folder: Path) -> list[Path]:
    """``gold/*.jsonl`` without the question files, or else ``gold.jsonl``."""
    per_report = sorted(p for p in (folder / "gold").glob("*.jsonl") if not p.name.endswith(QUERIES_SUFFIX))
    return per_report or [folder / "gold.jsonl"]


def _queries_file(folder: Path, gold_file: Path) -> Path:
    if gold_file.parent == folder / "gold":
        return gold_file.with_name(gold_file.name.removesuffix(".jsonl") + QUERIES_SUFFIX)
    return folder / "queries.jsonl"


def is_labelled(folder: Path) -> bool:
    return folder.is_dir() and any(p.is_file() for p in gold_files(folder))


def load_corpus(path: Path | str) -> LabelledCorpus:
    """Read a labelled folder (see the module docstring); raises FileNotFoundError without gold items."""
    folder = Path(path)
    files = gold_files(folder)
    if not all(f.is_file() for f in files):
        raise FileNotFoundError(f"{folder}: no gold/*.jsonl or gold.jsonl; is this a labelled folder?")
    gold: list[dict[str, Any]] = []
    queries: list[dict[str, Any]] = []
    for gold_file in files:
        offset = len(gold)
        gold += [{**row, "id": offset + row["id"]} for row in read_jsonl(gold_file)]
        questions = _queries_file(folder, gold_file)
        if questions.is_file():
            queries += [{**q, "relevant": [offset + i for i in q["relevant"]]} for q in read_jsonl(questions)]
    reports_file = folder / "reports.jsonl"
    reports = read_jsonl(reports_file) if reports_file.is_file() else []
    pdfs = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".pdf" and p.is_file())
    return LabelledCorpus(folder, tuple(gold), tuple(queries), tuple(reports), tuple(pdfs))


def labelled_folders(root: Path | str) -> list[Path]:
    """The labelled folders directly under ``root``, by name."""
    return sorted(p for p in Path(root).iterdir() if is_labelled(p))


# ---- report metadata ----------------------------------------------------------------------------


def _normal(value: object) -> str | None:
    return None if value is None else unicodedata.normalize("NFC", str(value)).lower().strip()


def metadata_agrees(gold: object, predicted: object) -> bool:
    """The predicted value is the gold one, or one of a list of accepted ones (``None`` may be one)."""
    accepted = gold if isinstance(gold, list) else [gold]
    return _normal(predicted) in {_normal(value) for value in accepted}


@dataclass(frozen=True)
class ReportMetadata:
    file: str
    seen: bool  # some prediction names this file
    wrong: tuple[tuple[str, Any], ...]  # (field, predicted value)

    @property
    def right(self) -> bool:
        return self.seen and not self.wrong


@dataclass(frozen=True)
class MetadataScore:
    reports: tuple[ReportMetadata, ...]

    @property
    def right(self) -> int:
        return sum(r.right for r in self.reports)

    def figures(self) -> dict[str, Any]:
        wrong = {r.file: dict(r.wrong) if r.seen else None for r in self.reports if not r.right}
        return {"right": self.right, "reports": len(self.reports), "wrong": wrong}

    def format(self) -> str:
        lines = ["== report metadata (municipality, committee, period) =="]
        for r in self.reports:
            if not r.seen:
                lines.append(f"  {r.file}: no explanation extracted, metadata not seen")
            elif r.wrong:
                lines.append(f"  {r.file}: " + ", ".join(f"{field}={value!r}" for field, value in r.wrong))
        lines.append(f"metadata all right   {self.right}/{len(self.reports)} reports")
        return "\n".join(lines)


def score_metadata(gold_reports: Sequence[Row], pred_rows: Sequence[Row]) -> MetadataScore:
    """Each gold report's metadata against the ``report`` object of the first prediction of its file."""
    seen: dict[str, Row] = {}
    for row in pred_rows:
        seen.setdefault(str(row.get("file")), row.get("report") or {})
    out = []
    for gold in gold_reports:
        file = str(gold.get("file"))
        report = seen.get(file)
        if report is None:
            out.append(ReportMetadata(file, False, ()))
            continue
        wrong = tuple(
            (key, report.get(key))
            for key in METADATA_FIELDS
            if not metadata_agrees(gold.get(key), report.get(key))
        )
        out.append(ReportMetadata(file, True, wrong))
    return MetadataScore(tuple(out))
