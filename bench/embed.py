"""The int8 ONNX encoder one text per run against length-sorted batches: speed, and how far a batched
text's vector is from its own.

    .venv/bin/python bench/embed.py [--texts 400] [--batch 8] [--rounds 3]

The texts are the labelled explanations (data/labelled). The graph quantises its activations with the
range of the whole batch, so a batched text's vector depends on its companions; ``avvik`` runs one text
at a time (index/vectors/embedder.py). Prints texts/s for both (best of ``--rounds``), their ratio, the
cosine between a text's batched vector and its own (min and mean), and whether running a text alone
twice, and beside different texts, gives the same vector to the bit. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.vectors.embedder import MAX_TOKENS, prompts  # noqa: E402
from index.vectors.onnx_model import OnnxEncoder, is_built  # noqa: E402


def _texts(limit: int) -> list[str]:
    files = [
        ROOT / "data/labelled/extract.jsonl",
        *sorted((ROOT / "data/labelled/corpus").glob("*/gold/*.jsonl")),
    ]
    rows = [json.loads(line) for path in files for line in path.open(encoding="utf-8") if line.strip()]
    texts = [row["text"] for row in rows if row.get("text")]
    return list(dict.fromkeys(texts))[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=400)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", type=Path, default=ROOT / "models/e5-small")
    args = parser.parse_args()
    if not is_built(args.model):
        print(f"no ONNX graph in {args.model}: run `make models` first", file=sys.stderr)
        return 1
    encoder = OnnxEncoder(args.model, threads=2, max_tokens=MAX_TOKENS)
    document = prompts(args.model)[1]
    texts = sorted((document + t for t in _texts(args.texts)), key=len)

    def alone() -> np.ndarray:
        return np.concatenate([encoder.encode([t]) for t in texts])

    def batched() -> np.ndarray:
        return np.concatenate(
            [encoder.encode(texts[s : s + args.batch]) for s in range(0, len(texts), args.batch)]
        )

    best = {"alone": float("inf"), "batched": float("inf")}
    for _ in range(args.rounds):  # taking turns, so that a slow spell of a shared machine slows both
        for name, run in (("alone", alone), ("batched", batched)):
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    one, many = alone(), batched()
    cosine = (one * many).sum(axis=1)
    again = np.concatenate([encoder.encode([t]) for t in reversed(texts)])[::-1]
    rates = {name: len(texts) / seconds for name, seconds in best.items()}
    print(f"{len(texts)} texts, best of {args.rounds} rounds")
    print(f"  one text per run   {rates['alone']:7.1f} texts/s")
    print(f"  batches of {args.batch:<3}     {rates['batched']:7.1f} texts/s")
    print(f"  alone / batched    {rates['alone'] / rates['batched']:.2f}")
    print(f"  cosine, batched to alone: min {cosine.min():.4f}, mean {cosine.mean():.4f}")
    print(f"  alone, run again in another order: identical to the bit: {np.array_equal(one, again)}")
    print(
        json.dumps(
            {
                "texts": len(texts),
                "alone_per_s": round(rates["alone"], 1),
                "batched_per_s": round(rates["batched"], 1),
                "cosine_min": round(float(cosine.min()), 4),
                "alone_repeatable": bool(np.array_equal(one, again)),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
