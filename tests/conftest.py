"""Shared fixtures: PDFs built in code, a deterministic fake embedder, a stub tagger, the real model once."""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from pdf_builder import build_report, sample_spec  # noqa: E402

from extract.types import Tag  # noqa: E402
from index.archive import Archive  # noqa: E402
from index.settings import REPO_ROOT, Settings  # noqa: E402

MODEL_DIR = REPO_ROOT / "models" / "e5-small"


class HashEmbedder:
    """Deterministic bag-of-words vectors: texts sharing words are close. Counts what it embeds."""

    name = "hash-embedder"
    version = "1"
    dim = 64

    def __init__(self) -> None:
        self.embedded = 0

    def _vec(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in text.lower().split():
            vec[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = np.linalg.norm(vec)
        return vec / norm if norm else vec + 1.0 / np.sqrt(self.dim)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded += len(texts)
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


class KeywordTagger:
    """A stand-in for the trained tagger: one cue word per tag."""

    version = "keyword-test-1"
    cues = {
        "vikarie": "vikarier",
        "sjukfrånvaro": "sjukfranvaro",
        "placering": "kopt_verksamhet",
        "lokal": "lokaler",
    }

    def tag_many(self, texts: Sequence[str], kinds: Sequence[str] | None = None) -> list[tuple[Tag, ...]]:
        out = []
        for i, text in enumerate(texts):
            if kinds and kinds[i] in ("action", "boilerplate"):
                out.append(())
                continue
            low = text.lower()
            out.append(tuple(Tag(tag, 0.9, cue, "rule") for cue, tag in self.cues.items() if cue in low))
        return out


@pytest.fixture
def report_pdf(tmp_path: Path) -> Path:
    return build_report(tmp_path / "alingsas-sn-2024-05.pdf", sample_spec())


@pytest.fixture
def make_pdf(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(name: str, **kwargs: str) -> Path:
        return build_report(tmp_path / name, sample_spec(**kwargs))

    return make


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    arch = Archive(Settings.load(tmp_path / "state"), embedder=HashEmbedder(), tagger=KeywordTagger())
    yield arch
    arch.close()


@pytest.fixture(scope="session")
def real_embedder():  # type: ignore[no-untyped-def]
    if not (MODEL_DIR / "avvik_model.json").exists():
        pytest.fail("the embedding model is not built; run `make models`")
    from index.embedder import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(MODEL_DIR)
