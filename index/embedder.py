"""Dense embeddings with sentence-transformers (the only module importing it), from the model built at install.

Query and passage prompts live in the model folder (``encode_query`` / ``encode_document``). Texts are
sorted by length before batching, so padding is small.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from index.errors import ModelMissing


class Embedder(Protocol):
    name: str
    version: str
    dim: int

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...


def model_info(model_dir: Path) -> dict[str, str | int]:
    info_path = model_dir / "avvik_model.json"
    if not info_path.exists():
        raise ModelMissing(f"no embedding model in {model_dir}; build it with `make models` (or `make install`)")
    info: dict[str, str | int] = json.loads(info_path.read_text())
    return info


class SentenceTransformerEmbedder:
    def __init__(self, model_dir: Path, threads: int = 2, batch_size: int = 32) -> None:
        info = model_info(model_dir)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()

        torch.set_num_threads(threads)
        self.name = str(info["name"])
        self.version = str(info["version"])
        self.dim = int(info.get("dim", 384))
        self.batch_size = batch_size
        self._model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)

    def _encode(self, texts: Sequence[str], query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        ordered = [texts[i] for i in order]
        encode = self._model.encode_query if query else self._model.encode_document
        vectors = encode(ordered, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True,
                         show_progress_bar=False)
        result = np.empty_like(vectors)
        result[order] = vectors
        return result.astype(np.float32)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=False)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=True)
