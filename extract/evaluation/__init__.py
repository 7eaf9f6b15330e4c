"""Score extraction against labelled reports, by the rules the product is judged by.

The rules are those of the reference scorer beside the labelling guideline (``tools/score.py``): for
the same gold items and predictions these figures are the same. Rows are plain dicts: gold items in
the shared label format, predictions as ``avvik extract --format jsonl`` writes them. Nothing here
loads a model, so leave-one-report-out work can import it freely::

    corpus = load_corpus("data/labelled/corpus/real")
    score = score_extraction(corpus.gold, predictions)
    print(score.format())

:mod:`.rules` holds the matching rules, :mod:`.extraction` the figures, :mod:`.corpus` the labelled
folders and the report metadata.
"""

from extract.evaluation.corpus import (
    LabelledCorpus,
    MetadataScore,
    labelled_folders,
    load_corpus,
    score_metadata,
)
from extract.evaluation.extraction import ExtractionScore, score_extraction

__all__ = [
    "ExtractionScore",
    "LabelledCorpus",
    "MetadataScore",
    "labelled_folders",
    "load_corpus",
    "score_extraction",
    "score_metadata",
]
