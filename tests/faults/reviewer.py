"""A reviewer in a process of its own, for the fault tests: writes reviews through ``Catalog.add_review`` (as
the app does), printing each review id once it is committed, so that a test can kill it at any moment and
then check that every acknowledged review is there.

    python tests/faults/reviewer.py DB_PATH COUNT SEED [PAUSE_S]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from index.catalog import open_catalog  # noqa: E402

TAGS = ("vikarier", "sjukfranvaro", "bemanning", "lokaler", "kopt_verksamhet")


def main(db_path: str, count: int, seed: int, pause_s: float = 0.0) -> None:
    rng = random.Random(seed)
    catalog = open_catalog(Path(db_path))
    ids = sorted(e.explanation_id for e in catalog.explanations())
    for _ in range(count):
        explanation_id = rng.choice(ids)
        decision = rng.choice(("accept", "reject", "add"))
        review_id = catalog.add_review(explanation_id, rng.choice(TAGS), decision, f"granskare-{seed}")
        print(review_id, explanation_id, flush=True)
        if pause_s:
            time.sleep(rng.uniform(0, pause_s))
    catalog.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]) if len(sys.argv) > 4 else 0.0)
