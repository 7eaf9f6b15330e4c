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
    (
        "AVVIK_DATABASE_URL",
        "",
        "the system of record on a PostgreSQL server (`postgresql://user:password@host:5432/avvik`); "
        "empty = SQLite in the data dir",
    ),
    ("AVVIK_QDRANT_URL", "", "a Qdrant server; empty = the embedded index under the data dir"),
    (
        "AVVIK_QDRANT_SHARDS",
        "1",
        "shards of a collection the server creates (set before the first ingest): one or more per server "
        "machine of a cluster",
    ),
    (
        "AVVIK_QDRANT_REPLICAS",
        "1",
        "copies of each shard on the server's machines (2 or more: a machine may fail without loss)",
    ),
    ("AVVIK_QDRANT_API_KEY", "", "the Qdrant server's API key, when it asks for one"),
    ("AVVIK_MODEL_DIR", str(REPO_ROOT / "models" / "e5-small"), "the embedding model built at install"),
    ("AVVIK_COLLECTION", "explanations", "the Qdrant collection"),
    ("AVVIK_THREADS", "", "CPU threads for embedding; empty = every core of the machine"),
    (
        "AVVIK_DEVICE",
        "cpu",
        "`cpu`: the int8 ONNX graph of the embedding model; `cuda`: the model on the GPU (torch with CUDA)",
    ),
    (
        "AVVIK_MODELS",
        "index.models:installed",
        "`module:function[:argument]` that gives the embedder and the tagger: the installed models, or "
        "the tests' fakes (`fakes:models`, with `tests/` on `PYTHONPATH`)",
    ),
    (
        "AVVIK_USER_HEADER",
        "",
        "the request header in which a trusted reverse proxy names the signed-in user (`Remote-User`, "
        "`X-Forwarded-User`); empty = no such proxy",
    ),
    (
        "AVVIK_USERS_FILE",
        "",
        "a file of `name:argon2-hash` lines (`avvik user add NAME` writes one); its users sign in with a password",
    ),
    ("AVVIK_READ_ONLY", "", "`1`: the app serves search and compare only (`avvik serve --read-only`)"),
    ("AVVIK_UPLOAD_TIMEOUT", "300", "seconds an uploaded PDF may take to be read before it is stopped"),
    (
        "AVVIK_CLAIM_TIMEOUT",
        "120",
        "with `AVVIK_DATABASE_URL`: seconds after which the files a stopped ingest worker had claimed are "
        "taken over by another (live workers renew their claims)",
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
    device: str = "cpu"
    user_header: str = ""
    users_file: Path | None = None
    read_only: bool = False
    upload_timeout_s: float = 300.0
    qdrant_shards: int = 1
    qdrant_replicas: int = 1
    qdrant_api_key: str = ""
    database_url: str | None = None
    claim_timeout_s: float = 120.0

    @classmethod
    def load(cls, data_dir: str | Path | None = None) -> Settings:
        """From the environment; ``data_dir`` (the CLI's --data-dir) wins over AVVIK_DATA_DIR."""
        return cls(
            data_dir=Path(data_dir or setting("AVVIK_DATA_DIR")).resolve(),
            qdrant_url=setting("AVVIK_QDRANT_URL") or None,
            model_dir=Path(setting("AVVIK_MODEL_DIR")),
            collection=setting("AVVIK_COLLECTION"),
            threads=int(setting("AVVIK_THREADS") or os.cpu_count() or 1),
            device=setting("AVVIK_DEVICE").strip().lower() or "cpu",
            models=setting("AVVIK_MODELS"),
            user_header=setting("AVVIK_USER_HEADER").strip(),
            users_file=Path(setting("AVVIK_USERS_FILE")) if setting("AVVIK_USERS_FILE").strip() else None,
            read_only=setting("AVVIK_READ_ONLY").strip().lower() in ("1", "true", "yes", "ja"),
            upload_timeout_s=float(setting("AVVIK_UPLOAD_TIMEOUT")),
            qdrant_shards=int(setting("AVVIK_QDRANT_SHARDS")),
            qdrant_replicas=int(setting("AVVIK_QDRANT_REPLICAS")),
            qdrant_api_key=setting("AVVIK_QDRANT_API_KEY").strip(),
            database_url=setting("AVVIK_DATABASE_URL").strip() or None,
            claim_timeout_s=float(setting("AVVIK_CLAIM_TIMEOUT")),
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
