"""Dense embeddings from the model built at install (the only module importing sentence-transformers).

Query and passage prompts live in the model folder (``config_sentence_transformers.json``) and are used
at index and at query time alike: ``encode_query`` / ``encode_document`` with torch, the same prompts read
from the same file with ONNX. The ONNX backend (a fused int8 graph, ``index.vectors.onnx_model``) is used when it
has been built for this model, torch otherwise: same model, vectors equal to cosine 0.996, about twice
the speed. Texts are sorted by length before batching, so padding is small, and cut at ``MAX_TOKENS``.

On a GPU (``device="cuda"``, ``AVVIK_DEVICE``) the model runs in torch on the GPU, in larger batches; its
vectors are the torch model's, so it shares their cache and index with the torch backend on CPU.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from index.errors import BadSetting, ModelMissing

# Tokens embedded per text (the model reads up to 512). Nine explanations in ten are shorter than 110
# tokens; cutting the long tail at 128 embedded 1.2x faster and scored as well on `avvik eval search`
# (hybrid hit@3 0.93 at 128 and at 512, dense 0.88 / 0.85); at 96 dense fell to 0.75. The sparse
# vector always holds the whole text.
MAX_TOKENS = 128
DEVICES = ("cpu", "cuda")
GPU_BATCH = 64


class Embedder(Protocol):
    name: str
    version: str
    dim: int

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...


def vector_identity(embedder: Embedder) -> str:
    """What makes a vector: the model and how it was run (backend, token limit). Cached vectors and an
    index are only used by an embedder of the same identity; another one means `avvik reindex`."""
    return f"{embedder.name} {embedder.version}"


def model_info(model_dir: Path) -> dict[str, str | int]:
    info_path = model_dir / "avvik_model.json"
    if not info_path.exists():
        raise ModelMissing(
            f"no embedding model in {model_dir}; build it with `make models` (or `make install`)"
        )
    info: dict[str, str | int] = json.loads(info_path.read_text())
    return info


def prompts(model_dir: Path) -> tuple[str, str]:
    """(query prompt, document prompt) as saved in the model folder."""
    path = model_dir / "config_sentence_transformers.json"
    saved: dict[str, str] = json.loads(path.read_text()).get("prompts", {}) if path.exists() else {}
    return saved.get("query", ""), saved.get("document", saved.get("passage", ""))


class SentenceTransformerEmbedder:
    """The sentence-transformers model folder, run by torch or by ONNX Runtime (``backend``)."""

    def __init__(
        self,
        model_dir: Path,
        threads: int = 2,
        batch_size: int = 8,
        backend: str = "auto",
        max_tokens: int = MAX_TOKENS,
        device: str = "cpu",
    ) -> None:
        """``batch_size`` (torch only) 8: on 2 cores small length-sorted batches ran 10–30 % faster than 32
        (measured on the labelled explanations); on a GPU ``GPU_BATCH``. The ONNX graph, for CPUs, runs one
        text at a time (see ``_encode``). A GPU runs torch."""
        if device not in DEVICES:
            raise BadSetting(f"AVVIK_DEVICE={device!r}: use one of {', '.join(DEVICES)}")
        info = model_info(model_dir)
        self.name = str(info["name"])
        self.dim = int(info.get("dim", 384))
        self.device = device
        self.batch_size = GPU_BATCH if device == "cuda" else batch_size
        if device == "cuda":
            backend = "torch"
        self._prompts = prompts(model_dir)
        from index.vectors.onnx_model import VERSION_SUFFIX, OnnxEncoder, is_built

        self._onnx: OnnxEncoder | None = None

        self.backend = ("onnx" if is_built(model_dir) else "torch") if backend == "auto" else backend
        self.version = (
            str(info["version"]) + (VERSION_SUFFIX if self.backend == "onnx" else "") + f"+max{max_tokens}"
        )
        if self.backend == "onnx":  # the session opens at the first text: a run with nothing new skips it
            self._open_onnx = lambda: OnnxEncoder(model_dir, threads, max_tokens)
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()
        if device == "cuda" and not torch.cuda.is_available():
            raise BadSetting(
                "AVVIK_DEVICE=cuda, but torch finds no CUDA GPU (a CPU-only torch, or no driver); "
                "install torch with CUDA or unset AVVIK_DEVICE"
            )
        torch.set_num_threads(threads)
        self._model = SentenceTransformer(str(model_dir), device=device, local_files_only=True)
        self._model.max_seq_length = max_tokens

    def _encode(self, texts: Sequence[str], query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        ordered = [texts[i] for i in order]
        if self.backend == "onnx":
            if self._onnx is None:
                self._onnx = self._open_onnx()
            # one text per run: the int8 graph quantises its activations with the range of the whole
            # batch (padding included), so a batched text got a vector that depended on its companions
            # (cosine 0.994 at worst to its own) and search results on how an ingest happened to batch.
            # Alone, a text always gets the same vector, for about 7 % of the encoder's speed on 2 cores
            # (bench/embed.py)
            prompt = self._prompts[0 if query else 1]
            vectors = np.concatenate([self._onnx.encode([prompt + t]) for t in ordered])
        else:
            encode = self._model.encode_query if query else self._model.encode_document
            vectors = encode(
                ordered,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        result = np.empty_like(vectors)
        result[order] = vectors
        return result.astype(np.float32)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=False)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=True)
