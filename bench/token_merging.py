"""Experiment: a faster embedder by merging similar tokens between layers (training-free token merging).

    .venv/bin/python bench/token_merging.py

After a chosen layer, the most similar token pairs are merged (bipartite soft matching on the hidden
states, sizes kept, proportional attention through ``log(size)`` in the attention bias, size-weighted mean
pooling), so the upper layers run on fewer tokens. No training. Compared with the full fp32 model on
the labelled explanations (with the product's context and ``passage:`` prompt) and the development
questions: cost (token-layers run, relative), cosine to the full model, and how many of each question's
top 5 passages stay in the top 5. The product's int8 graph, for scale, gives cosine 0.9955 (min 0.992)
and a top-5 overlap of 0.83. Kept for the record (see the #6 notes): merging costs more ranking than int8
at only 1.2-1.5x fewer operations, so the product does not use it.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer
from transformers import AutoModel

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "e5-small"
LABELLED = ROOT / "data" / "labelled"
HEADS, HEAD_DIM = 12, 32
SCHEDULES = {  # layer -> share of its tokens merged before it
    "after layer 4, 30 %": {4: 0.3},
    "after layers 3 and 6, 25 % each": {3: 0.25, 6: 0.25},
    "after layers 2, 4 and 6, 20 % each": {2: 0.2, 4: 0.2, 6: 0.2},
    "after layer 6, 40 %": {6: 0.4},
    "after layer 8, 50 %": {8: 0.5},
}


def texts() -> tuple[list[str], list[str]]:
    passages = []
    for line in (LABELLED / "extract.jsonl").read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            report = row["report"]
            parts = (report.get("municipality"), report.get("committee"), row.get("area"))
            context = " ".join(p for p in parts if p)
            passages.append("passage: " + (f"{context}: {row['text']}" if context else row["text"]))
    questions = LABELLED / "search_questions.jsonl"
    queries = [
        "query: " + json.loads(line)["query"] for line in questions.read_text().splitlines() if line.strip()
    ]
    return passages, queries


def layer_forward(layer: torch.nn.Module, h: torch.Tensor, bias: torch.Tensor | float) -> torch.Tensor:
    batch, tokens, width = h.shape
    attention = layer.attention.self

    def heads(x: torch.Tensor) -> torch.Tensor:
        return x.view(batch, tokens, HEADS, HEAD_DIM).transpose(1, 2)

    q, k, v = heads(attention.query(h)), heads(attention.key(h)), heads(attention.value(h))
    scores = q @ k.transpose(-1, -2) / math.sqrt(HEAD_DIM) + bias
    context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, tokens, width)
    h = layer.attention.output.LayerNorm(layer.attention.output.dense(context) + h)
    ffn = layer.output.dense(torch.nn.functional.gelu(layer.intermediate.dense(h)))
    return layer.output.LayerNorm(ffn + h)  # type: ignore[no-any-return]


def merge(h: torch.Tensor, size: torch.Tensor, r: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Merge ``r`` tokens of one sequence into their most similar partner; <s> and </s> stay alone."""
    tokens = h.shape[1]
    unit = h[0] / h[0].norm(dim=-1, keepdim=True)
    inner = torch.arange(1, tokens - 1)
    sources, targets = inner[::2], inner[1::2]
    best, partner = (unit[sources] @ unit[targets].T).max(-1)
    merged = best.argsort(descending=True)[: min(r, len(sources))]
    weighted = h[0] * size[:, None]
    total, sizes = weighted.clone(), size.clone()
    for s in merged.tolist():
        t = targets[partner[s]]
        total[t] += weighted[sources[s]]
        sizes[t] += size[sources[s]]
    keep = torch.ones(tokens, dtype=torch.bool)
    keep[sources[merged]] = False
    return (total[keep] / sizes[keep][:, None])[None], sizes[keep]


@torch.no_grad()
def embed(
    model: torch.nn.Module, tokenizer: Tokenizer, text: str, schedule: dict[int, float]
) -> tuple[np.ndarray, int]:
    ids = torch.tensor([tokenizer.encode(text).ids])
    h = model.embeddings(input_ids=ids)
    size = torch.ones(ids.shape[1])
    cost = 0
    for i, layer in enumerate(model.encoder.layer):
        if i in schedule:
            h, size = merge(h, size, round(schedule[i] * h.shape[1]))
        h = layer_forward(layer, h, torch.log(size)[None, None, None, :])
        cost += h.shape[1]
    pooled = (h[0] * size[:, None]).sum(0) / size.sum()
    return (pooled / pooled.norm()).numpy(), cost


def main() -> None:
    torch.set_num_threads(2)
    model = AutoModel.from_pretrained(str(MODEL), local_files_only=True, attn_implementation="eager").eval()
    tokenizer = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
    tokenizer.enable_truncation(128)
    passages, queries = texts()
    every = passages + queries

    def run(schedule: dict[int, float]) -> tuple[np.ndarray, int]:
        out = [embed(model, tokenizer, t, schedule) for t in every]
        return np.stack([v for v, _ in out]), sum(c for _, c in out)

    full, full_cost = run({})
    n = len(passages)
    ranked = np.argsort(-(full[n:] @ full[:n].T), axis=1)[:, :5]
    for name, schedule in SCHEDULES.items():
        vectors, cost = run(schedule)
        cosine = (vectors * full).sum(1)
        top = np.argsort(-(vectors[n:] @ vectors[:n].T), axis=1)[:, :5]
        overlap = np.mean([len(set(a) & set(b)) / 5 for a, b in zip(ranked, top, strict=True)])
        print(
            f"{name}: cost {cost / full_cost:.2f}, cosine mean {cosine.mean():.4f} min {cosine.min():.4f}, "
            f"top-5 overlap {overlap:.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
