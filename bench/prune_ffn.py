"""Experiment: a faster embedder by pruning the feed-forward layers of multilingual-e5-small.

    .venv/bin/python bench/prune_ffn.py --keep 1024 --texts 1000 --out /tmp/e5-ffn1024
    .venv/bin/python -m index.onnx_model /tmp/e5-ffn1024
    AVVIK_MODEL_DIR=/tmp/e5-ffn1024 .venv/bin/python -m avvik_cli.main --data-dir /tmp/d ingest \
        data/samples data/labelled/reports
    AVVIK_MODEL_DIR=/tmp/e5-ffn1024 .venv/bin/python -m avvik_cli.main --data-dir /tmp/d eval search

Layer by layer, the ``--keep`` of 1,536 intermediate neurons with the largest output contribution are
kept, and the layer's output projection is refitted by ridge regression so that the pruned layer
reproduces the full model's residual stream on calibration text (generated explanations and queries
from bench/synthetic.py; none of the evaluation's passages). No gradient training: it runs in a few
minutes on two cores. Kept for the record (see the #6 notes): at 1,024 neurons dense hit@3 fell from
0.88 to 0.85 and hybrid from 0.93 to 0.88, for about 1.2x the speed, so the product does not use it.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import torch
from tokenizers import Tokenizer
from transformers import AutoModel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generate, load_taxonomy, municipalities  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def calibration_texts(n: int, rng: random.Random) -> list[str]:
    places = municipalities()
    texts = [
        f"passage: {rng.choice(places)} {r['committee']} {r['area']}: {r['text']}" for r in generate(n, rng)
    ]
    taxonomy = load_taxonomy()
    for _ in range(n // 5):
        _, cues = rng.choice(taxonomy)
        lead = rng.choice(["varför ", "vilka kommuner har ", "", "kostnader för ", "hur mycket "])
        texts.append(
            f"query: {lead}{rng.choice(cues)}{rng.choice(['?', '', ' i ' + rng.choice(places) + '?'])}"
        )
    return texts


def batches(
    tokenizer: Tokenizer, texts: list[str], size: int = 32
) -> list[tuple[torch.Tensor, torch.Tensor]]:
    out = []
    texts = sorted(texts, key=len)
    for start in range(0, len(texts), size):
        encodings = tokenizer.encode_batch(texts[start : start + size])
        width = max(len(e.ids) for e in encodings)
        ids = torch.ones(len(encodings), width, dtype=torch.long)
        mask = torch.zeros(len(encodings), width, dtype=torch.long)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = torch.tensor(enc.ids)
            mask[row, : len(enc.ids)] = 1
        out.append((ids, mask))
    return out


@torch.no_grad()
def prune(model_dir: Path, keep: int, texts: list[str]) -> Any:
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.enable_truncation(128)
    teacher = AutoModel.from_pretrained(
        str(model_dir), local_files_only=True, attn_implementation="eager"
    ).eval()
    student = copy.deepcopy(teacher)
    data = batches(tokenizer, texts)
    masks = [(1.0 - m[:, None, None, :].float()) * -1e9 for _, m in data]
    x_teacher = [teacher.embeddings(input_ids=ids) for ids, _ in data]
    x_student = [x.clone() for x in x_teacher]
    for index, (t_layer, s_layer) in enumerate(
        zip(teacher.encoder.layer, student.encoder.layer, strict=True)
    ):
        hidden, target, attended, next_teacher = [], [], [], []
        for b, (_, m) in enumerate(data):
            a_t = t_layer.attention(x_teacher[b], attention_mask=masks[b])[0]
            z_t = (
                t_layer.output.dense(t_layer.intermediate(a_t)) + a_t
            )  # the residual stream before LayerNorm
            next_teacher.append(t_layer.output.LayerNorm(z_t))
            a_s = s_layer.attention(x_student[b], attention_mask=masks[b])[0]
            tokens = m.bool()
            hidden.append(s_layer.intermediate(a_s)[tokens])
            target.append((z_t - a_s)[tokens])  # what the pruned FFN must add to reach the full model
            attended.append(a_s)
        h, f = torch.cat(hidden).double(), torch.cat(target).double()
        w2 = t_layer.output.dense.weight.double()
        kept = torch.sort(torch.topk(h.norm(dim=0) * w2.norm(dim=0), keep).indices).values
        design = torch.cat([h[:, kept], torch.ones(h.shape[0], 1, dtype=h.dtype)], 1)
        gram = design.T @ design
        ridge = 1e-3 * gram.diagonal().mean() * torch.eye(gram.shape[0], dtype=gram.dtype)
        solution = torch.linalg.solve(gram + ridge, design.T @ f)
        first = torch.nn.Linear(t_layer.intermediate.dense.in_features, keep)
        first.weight.copy_(t_layer.intermediate.dense.weight[kept])
        first.bias.copy_(t_layer.intermediate.dense.bias[kept])
        second = torch.nn.Linear(keep, t_layer.output.dense.out_features)
        second.weight.copy_(solution[:-1].T.float())
        second.bias.copy_(solution[-1].float())
        s_layer.intermediate.dense, s_layer.output.dense = first, second
        x_student = [s_layer.output.LayerNorm(second(s_layer.intermediate(a)) + a) for a in attended]
        x_teacher = next_teacher
        print(f"layer {index}: kept {keep} neurons", file=sys.stderr, flush=True)
    student.config.intermediate_size = keep
    return student


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "e5-small")
    parser.add_argument(
        "--keep", type=int, default=1024, help="intermediate neurons kept per layer (of 1,536)"
    )
    parser.add_argument("--texts", type=int, default=1000, help="generated calibration explanations")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    torch.set_num_threads(2)
    student = prune(args.model, args.keep, calibration_texts(args.texts, random.Random(5)))
    shutil.copytree(args.model, args.out, dirs_exist_ok=True, ignore=shutil.ignore_patterns("onnx"))
    student.save_pretrained(str(args.out))
    info_path = args.out / "avvik_model.json"
    info = json.loads(info_path.read_text())
    info["version"] = f"{info['version']}-ffn{args.keep}"  # never mixed with the full model's vectors
    info_path.write_text(json.dumps(info))
    print(f"{args.out}: build its ONNX graph with `python -m index.onnx_model {args.out}`", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
