"""The real model: the int8 ONNX copy gives the torch model's vectors, and search finds paraphrases."""

from pathlib import Path

import numpy as np
import pytest
from conftest import MODEL_DIR, KeywordTagger

from index.archive import Archive
from index.search import search
from index.settings import Settings
from index.vectors.embedder import SentenceTransformerEmbedder, prompts, vector_identity
from index.vectors.onnx_model import is_built

SENTENCES = [
    "Personalkostnaderna prognostiseras avvika negativt med 2,0 mnkr till följd av höga vikariekostnader.",
    "Köp av tjänster avviker negativt till följd av fler externa placeringar av barn och unga på HVB-hem.",
    "Lokalhyrorna visar ett överskott på 500 tkr.",
    "Kort.",
]


@pytest.fixture(scope="module")
def both() -> tuple[SentenceTransformerEmbedder, SentenceTransformerEmbedder]:
    if not is_built(MODEL_DIR):
        pytest.fail(
            "the ONNX model is not built; run `make models` (python -m index.vectors.onnx_model models/e5-small)"
        )
    return (
        SentenceTransformerEmbedder(MODEL_DIR, backend="torch"),
        SentenceTransformerEmbedder(MODEL_DIR, backend="onnx"),
    )


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["documents", "queries"])
def test_onnx_vectors_equal_the_torch_vectors(
    both: tuple[SentenceTransformerEmbedder, ...], kind: str
) -> None:
    torch_model, onnx_model = both
    a = getattr(torch_model, f"embed_{kind}")(SENTENCES)
    b = getattr(onnx_model, f"embed_{kind}")(SENTENCES)
    assert a.shape == b.shape == (len(SENTENCES), 384)
    assert np.min(np.sum(a * b, axis=1)) > 0.99  # int8 weights and activations: 0.993 at worst measured
    assert torch_model.name == onnx_model.name
    assert vector_identity(torch_model) != vector_identity(onnx_model)  # vectors never mixed in one index


@pytest.mark.slow
def test_a_texts_onnx_vector_does_not_depend_on_what_it_is_embedded_with(
    both: tuple[SentenceTransformerEmbedder, ...],
) -> None:
    """The int8 graph quantises activations over its whole input: batched, a text's vector moved with its
    companions, and search results with how an ingest happened to batch."""
    onnx_model = both[1]
    alone = np.concatenate([onnx_model.embed_documents([s]) for s in SENTENCES])
    together = onnx_model.embed_documents(
        [*SENTENCES, *(s + " Därtill fler placeringar." for s in SENTENCES)]
    )
    assert np.array_equal(alone, together[: len(SENTENCES)])


@pytest.mark.slow
def test_prompts_come_from_the_model_folder() -> None:
    assert prompts(MODEL_DIR) == ("query: ", "passage: ")


@pytest.mark.slow
def test_hybrid_search_with_the_real_model_finds_a_paraphrase(
    tmp_path: Path, report_pdf: Path, real_embedder: SentenceTransformerEmbedder
) -> None:
    archive = Archive(Settings.load(tmp_path / "state"), embedder=real_embedder, tagger=KeywordTagger())
    archive.ingest([report_pdf], workers=1)
    hits = search(archive, "varför har det blivit dyrt att ta in ersättare när personal är sjuk?", limit=3)
    assert hits[0].explanation.area == "Personalkostnader"
    assert (
        search(archive, "ungdomar placerade på hem för vård", limit=1)[0].explanation.area
        == "Köp av tjänster"
    )
    archive.close()
