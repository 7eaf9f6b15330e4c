"""Where the embedding model runs: the int8 ONNX graph on CPU by default, torch on a GPU with AVVIK_DEVICE=cuda.

Without a GPU the cuda setting is refused with what to do; with one (a machine with CUDA torch) the GPU's
vectors are the torch model's on CPU.
"""

import numpy as np
import pytest
import torch
from conftest import MODEL_DIR

from index.errors import BadSetting
from index.models import installed
from index.settings import Settings
from index.vectors.embedder import SentenceTransformerEmbedder, vector_identity

TEXTS = ["Personalkostnaderna avviker negativt med 2,0 mnkr.", "Lokalhyrorna visar ett överskott på 500 tkr."]


def test_the_device_and_threads_come_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AVVIK_DEVICE", "CUDA")
    monkeypatch.setenv("AVVIK_THREADS", "")
    settings = Settings.load("/tmp/avvik-unused")
    assert settings.device == "cuda" and settings.threads >= 1
    monkeypatch.setenv("AVVIK_DEVICE", "")
    monkeypatch.setenv("AVVIK_THREADS", "3")
    settings = Settings.load("/tmp/avvik-unused")
    assert (settings.device, settings.threads) == ("cpu", 3)


def test_an_unknown_device_is_refused() -> None:
    with pytest.raises(BadSetting, match="AVVIK_DEVICE"):
        SentenceTransformerEmbedder(MODEL_DIR, device="tpu")


def test_the_cpu_default_is_the_int8_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AVVIK_DEVICE", raising=False)
    embedder = installed(Settings.load("/tmp/avvik-unused")).embedder
    assert embedder.backend == "onnx" and embedder.device == "cpu"  # type: ignore[attr-defined]


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a CUDA GPU")
def test_cuda_without_a_gpu_says_what_to_do() -> None:
    with pytest.raises(BadSetting, match="no CUDA GPU"):
        SentenceTransformerEmbedder(MODEL_DIR, device="cuda")


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU on this machine")
def test_the_gpu_gives_the_torch_models_vectors() -> None:
    gpu = SentenceTransformerEmbedder(MODEL_DIR, device="cuda")
    cpu = SentenceTransformerEmbedder(MODEL_DIR, backend="torch")
    assert vector_identity(gpu) == vector_identity(cpu)
    cosine = np.sum(gpu.embed_documents(TEXTS) * cpu.embed_documents(TEXTS), axis=1)
    assert cosine.min() > 0.999
