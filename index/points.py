"""Explanation -> vector -> point: the indexed text, its dense vector (cached by content hash, so unchanged
text is never embedded twice), its keyword vector, and the payload that filters and facets read.

The payload's tags are the explanation's tags after review, so a tag filter and the catalog agree; every
point records the embedding model and the tagger version that made it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from extract.types import Explanation, Report
from index.catalog import Catalog
from index.catalog.interface import content_hash
from index.models import Models
from index.periods import period_number
from index.vectors.embedder import vector_identity
from index.vectors.keywords import document_text, sparse_vector
from index.vectors.store import Point, VectorStore


class PointMaker:
    def __init__(self, catalog: Catalog, models: Models) -> None:
        self.catalog = catalog
        self.models = models

    def ensure_collection(self, store: VectorStore) -> None:
        """Create the collection for this embedder, or refuse one made by another."""
        embedder = self.models.embedder
        store.ensure(embedder.dim, vector_identity(embedder))

    def points(self, report: Report, explanations: Sequence[Explanation]) -> list[Point]:
        texts = [document_text(report, e) for e in explanations]
        dense = self.vectors(texts)
        return [
            Point(e.explanation_id, vector, sparse_vector(text), self.payload(report, e))
            for e, text, vector in zip(explanations, texts, dense, strict=True)
        ]

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Document vectors, from the cache when the same text was embedded before."""
        embedder = self.models.embedder
        if not texts:
            return np.zeros((0, embedder.dim), dtype=np.float32)
        identity = vector_identity(embedder)
        hashes = [content_hash(t) for t in texts]
        cached = self.catalog.cached_vectors(sorted(set(hashes)), identity)
        missing = sorted({h: t for h, t in zip(hashes, texts, strict=True) if h not in cached}.items())
        if missing:
            fresh = embedder.embed_documents([t for _, t in missing])
            new = {h: v for (h, _), v in zip(missing, fresh, strict=True)}
            self.catalog.store_vectors(new, identity)
            cached.update(new)
        return np.stack([cached[h] for h in hashes])

    def payload(self, report: Report, explanation: Explanation) -> dict[str, Any]:
        return {
            "report_id": report.report_id,
            "municipality": report.municipality,
            "committee": report.committee,
            "period": report.period,
            "period_num": period_number(report.period),
            "report_type": report.report_type,
            "kind": explanation.kind,
            "direction": explanation.direction,
            "amount_sek": explanation.amount_sek,
            "tags": [t.tag for t in explanation.tags],
            "flags": list(explanation.flags),
            "embed_model": self.models.embedder.name,
            "embed_version": self.models.embedder.version,
            "tagger_version": self.models.tagger.version,
        }
