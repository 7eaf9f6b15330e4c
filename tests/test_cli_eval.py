"""`avvik eval extract`: labelled folders extracted in-process and scored like the reference scorer."""

import json
from pathlib import Path
from typing import Any

from test_cli import avvik


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def as_gold(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {**row, "id": i, "tags": [], "boilerplate": "boilerplate" in row["flags"], "amount_sek": None}
        for i, row in enumerate(rows)
    ]


def test_eval_extract_scores_what_extract_prints(tmp_path: Path, report_pdf: Path) -> None:
    extracted = avvik("extract", str(report_pdf), "--no-tags")
    rows = [json.loads(line) for line in extracted.stdout.splitlines()]
    causes = [i for i, r in enumerate(rows) if r["kind"] == "cause" and "boilerplate" not in r["flags"]]
    assert len(causes) >= 2
    folder = tmp_path / "labelled"
    folder.mkdir()
    (folder / report_pdf.name).symlink_to(report_pdf)
    gold = as_gold(rows)
    del gold[causes[0]]  # its prediction is now a false positive
    write_jsonl(folder / "gold.jsonl", gold)
    write_jsonl(
        folder / "reports.jsonl", [{"file": report_pdf.name, **rows[0]["report"], "period": ["2024-05"]}]
    )

    done = avvik("eval", "extract", str(folder), "--no-tags", "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)[str(folder)]
    figures = result["extract"]
    assert figures["n_pred"] == len(rows)
    assert figures["recall"] == 1.0
    assert (figures["pred_tp"], figures["pred_fp"]) == (len(causes) - 1, 1)
    assert result["metadata"] == {"right": 1, "reports": 1, "wrong": {}}

    text = avvik("eval", "extract", str(folder), "--no-tags", "--show-errors")
    assert text.returncode == 0, text.stderr
    assert f"#### {folder}: 1 PDFs, {len(gold)} gold items" in text.stdout
    assert f"precision                        {(len(causes) - 1) / len(causes):.3f}" in text.stdout
    assert f"  [{causes[0]}] {report_pdf.name.lower()} p{rows[causes[0]]['page']}:" in text.stdout
    assert text.stdout.rstrip().endswith("metadata all right   1/1 reports")


def test_saved_predictions_are_scored_for_one_folder(tmp_path: Path) -> None:
    text = "Köp av tjänster prognostiseras avvika negativt med 9,6 mkr på grund av fler placeringar."
    item = {"file": "a.pdf", "page": 2, "kind": "cause", "text": text, "boilerplate": False}
    write_jsonl(tmp_path / "gold.jsonl", [{**item, "id": 0}, {**item, "id": 1, "page": 9}])
    write_jsonl(tmp_path / "pred.jsonl", [{**item, "page": 3, "report": {}}])
    done = avvik("eval", "extract", str(tmp_path), "--predictions", str(tmp_path / "pred.jsonl"))
    assert done.returncode == 0, done.stderr
    assert "recall                           0.500  (1/2)" in done.stdout
    assert "metadata" not in done.stdout  # the folder has no reports.jsonl

    two = avvik(
        "eval", "extract", str(tmp_path), str(tmp_path), "--predictions", str(tmp_path / "pred.jsonl")
    )
    assert two.returncode == 1 and "one folder" in two.stderr
    unlabelled = avvik("eval", "extract", str(tmp_path / "nothing"))
    assert unlabelled.returncode == 1 and "labelled folder" in unlabelled.stderr
