"""Idempotency: the same 20 files three times, the same file under another name, and the same file twice in
one batch all give the same counts: nothing is added twice."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import FIGURES, avvik, check_json, stderr_lines


def test_the_same_files_three_times_and_under_other_names_give_the_same_counts(
    batch20: list[Path], tmp_path: Path
) -> None:
    folder = batch20[0].parent
    data = tmp_path / "state"
    counts = []
    for attempt in range(3):
        done = avvik(data, "ingest", str(folder), "--workers", "1")
        assert done.returncode == 0, done.stderr
        summary = stderr_lines(done.stderr)[-1]
        assert summary == (
            "20 ingested, 0 skipped, 0 failed" if attempt == 0 else "0 ingested, 20 skipped, 0 failed"
        )
        counts.append(check_json(avvik(data, "check")))
        FIGURES["files tried (idempotency)"] += 20
    assert counts[0] == counts[1] == counts[2]
    assert counts[0]["reports"] == 20 and counts[0]["points"] == counts[0]["explanations"]

    renamed = tmp_path / "Kopia av rapporten – slutlig version.pdf"
    shutil.copyfile(batch20[0], renamed)
    done = avvik(data, "ingest", str(renamed), str(batch20[1]))
    assert done.returncode == 0
    assert f"skipped  {renamed.name}: already ingested (same content)" in done.stdout
    assert check_json(avvik(data, "check")) == counts[0]
    FIGURES["files tried (idempotency)"] += 2

    fresh = tmp_path / "fresh"
    twin = tmp_path / "tvilling.pdf"
    shutil.copyfile(batch20[2], twin)
    done = avvik(fresh, "ingest", str(batch20[2]), str(twin))
    assert done.returncode == 0
    assert f"skipped  {twin.name}: same content as {batch20[2].name} in this batch" in done.stdout
    result = check_json(avvik(fresh, "check"))
    assert result["reports"] == 1 and result["points"] == result["explanations"] == 5
    FIGURES["files tried (idempotency)"] += 2
