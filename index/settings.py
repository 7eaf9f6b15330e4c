"""Settings: one table of name, default and help, read from the environment (AVVIK_*) in one place.

The README's settings table is this table; a test keeps them the same.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

SETTINGS: tuple[tuple[str, str, str], ...] = (
    (
        "AVVIK_DATA_DIR",
        "data/state",
        "SQLite system of record, the embedded index, kept PDFs and uploads",
    ),
    ("AVVIK_QDRANT_URL", "", "a Qdrant server; empty = the embedded index under the data dir"),
    ("AVVIK_MODEL_DIR", str(REPO_ROOT / "models" / "e5-small"), "the embedding model built at install"),
    ("AVVIK_COLLECTION", "explanations", "the Qdrant collection"),
    ("AVVIK_THREADS", "2", "CPU threads for embedding"),
    (
        "AVVIK_MODELS",
        "index.models:installed",
        "`module:function[:argument]` that gives the embedder and the tagger: the installed models, or "
        "the tests' fakes (`fakes:models`, with `tests/` on `PYTHONPATH`)",
    ),
)


def setting(name: str) -> str:
    default = next(d for n, d, _ in SETTINGS if n == name)
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    qdrant_url: str | None
    model_dir: Path
    collection: str
    threads: int
    models: str

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> Settings:
        """From the environment; ``data_dir`` (the CLI's --data-dir) wins over AVVIK_DATA_DIR."""
        return cls(
            data_dir=Path(data_dir or setting("AVVIK_DATA_DIR")).resolve(),
            qdrant_url=setting("AVVIK_QDRANT_URL") or None,
            model_dir=Path(setting("AVVIK_MODEL_DIR")),
            collection=setting("AVVIK_COLLECTION"),
            threads=int(setting("AVVIK_THREADS")),
            models=setting("AVVIK_MODELS"),
        )

    @property
    def db_path(self) -> Path:
        return self.data_dir / "avvik.sqlite"

    @property
    def qdrant_path(self) -> Path:
        return self.data_dir / "qdrant"

    @property
    def files_dir(self) -> Path:
        """The PDFs of the archive, each named by its sha256."""
        return self.data_dir / "files"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"
