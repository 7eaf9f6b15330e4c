"""The two models the archive runs, the embedder and the tagger, chosen by one setting (AVVIK_MODELS).

The setting names a function ``module:function`` (optionally ``:argument``) that is given the settings
and the argument and returns ``Models``; the default, ``index.models:installed``, gives the models built at
install. Tests name their fakes the same way (``fakes:models`` in ``tests/``), also for the ``avvik``
processes they start, so that no product module knows a test double. Each model is made at its first use:
``avvik check`` and a keyword search never load one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property
from typing import Any, Protocol

from extract.types import Explanation, Tag
from index.errors import BadSetting
from index.settings import Settings
from index.vectors.embedder import Embedder, SentenceTransformerEmbedder


class Tagger(Protocol):
    @property
    def version(self) -> str:
        """Stored with every tag and report: a report tagged by another version is tagged again."""
        ...

    def tag_many(self, texts: Sequence[str], kinds: Sequence[str] | None = None) -> list[tuple[Tag, ...]]: ...


class Models:
    """The embedder and the tagger, each made by its factory at first use."""

    def __init__(self, embedder: Callable[[], Embedder], tagger: Callable[[], Tagger]) -> None:
        self._make_embedder = embedder
        self._make_tagger = tagger

    @cached_property
    def embedder(self) -> Embedder:
        return self._make_embedder()

    @cached_property
    def tagger(self) -> Tagger:
        return self._make_tagger()


class InstalledTagger:
    """The cause tagger built at install; its version is read from its files, spaCy loads at the first text."""

    @cached_property
    def version(self) -> str:
        from extract.tag_files import tagger_version

        return tagger_version()

    @cached_property
    def _tagger(self) -> Any:
        from extract.tagger import load_tagger

        return load_tagger()

    def tag_many(self, texts: Sequence[str], kinds: Sequence[str] | None = None) -> list[tuple[Tag, ...]]:
        return list(self._tagger.tag_many(texts, kinds))


def tag_explanations(tagger: Tagger, explanations: Sequence[Explanation]) -> list[Explanation]:
    """The explanations with the tagger's tags; boilerplate is tagged as its own kind (it gets none)."""
    kinds = ["boilerplate" if "boilerplate" in e.flags else e.kind for e in explanations]
    tags = tagger.tag_many([e.text for e in explanations], kinds)
    return [replace(e, tags=tuple(t)) for e, t in zip(explanations, tags, strict=True)]


def installed(settings: Settings, argument: str = "") -> Models:
    """The embedding model in AVVIK_MODEL_DIR and the cause tagger in models/tagger/build."""
    return Models(
        lambda: SentenceTransformerEmbedder(
            settings.model_dir, threads=settings.threads, device=settings.device
        ),
        InstalledTagger,
    )


def load_models(
    settings: Settings, *, embedder: Embedder | None = None, tagger: Tagger | None = None
) -> Models:
    """The models that AVVIK_MODELS names; an embedder or a tagger given here takes the place of its own."""
    named = _named(settings) if embedder is None or tagger is None else None
    return Models(
        (lambda: embedder) if embedder is not None else (lambda: named.embedder),  # type: ignore[union-attr]
        (lambda: tagger) if tagger is not None else (lambda: named.tagger),  # type: ignore[union-attr]
    )


def _named(settings: Settings) -> Models:
    spec = settings.models or "index.models:installed"
    module_name, _, rest = spec.partition(":")
    function_name, _, argument = rest.partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), function_name)
    except (ImportError, AttributeError, ValueError) as exc:
        raise BadSetting(
            f"AVVIK_MODELS={spec!r} names no function ({type(exc).__name__}: {exc}); give module:function, "
            "or leave it unset for the installed models"
        ) from exc
    models = factory(settings, argument)
    if not isinstance(models, Models):
        raise BadSetting(f"AVVIK_MODELS={spec!r} did not return Models; see index.models")
    return models
