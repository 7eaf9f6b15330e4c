"""The review queue: least certain first, decisions saved with an audit trail, undo, progress, agreement."""

from collections.abc import Sequence

import pytest
from conftest import HashEmbedder

from extract.types import Tag
from index import review as review_queue
from index.archive import Archive
from index.search import search
from index.settings import Settings
from index.vectors.store import Filters

SCORES = {
    "vikarie": ("vikarier", 0.55),
    "sjukfrånvaro": ("sjukfranvaro", 0.93),
    "placering": ("kopt_verksamhet", 0.7),
    "lokal": ("lokaler", 0.97),
}


class ScoredTagger:
    version = "scored-test-1"

    def tag_many(self, texts: Sequence[str], kinds: Sequence[str] | None = None) -> list[tuple[Tag, ...]]:
        out = []
        for i, text in enumerate(texts):
            if kinds and kinds[i] in ("action", "boilerplate"):
                out.append(())
                continue
            out.append(
                tuple(
                    Tag(tag, score, cue, "model")
                    for cue, (tag, score) in SCORES.items()
                    if cue in text.lower()
                )
            )
        return out


@pytest.fixture
def scored(tmp_path, report_pdf) -> Archive:  # type: ignore[no-untyped-def]
    arch = Archive(Settings.load(tmp_path / "scored"), embedder=HashEmbedder(), tagger=ScoredTagger())
    arch.ingest([report_pdf], workers=1)
    yield arch
    arch.close()


def test_least_certain_first(scored: Archive) -> None:
    items = review_queue.queue(scored.catalog, "anna")
    assert [i.explanation.area for i in items] == ["Personalkostnader", "Köp av tjänster", "Lokalhyror"]
    assert review_queue.queue(scored.catalog, "anna", untagged=True) == []  # every cause here has a tag
    assert [t.tag for t in items[0].explanation.tags] == ["vikarier", "sjukfranvaro"]  # weakest first
    assert items[0].certainty == pytest.approx(0.55)


def test_a_decision_is_saved_with_reviewer_time_and_previous_tags(scored: Archive) -> None:
    first = review_queue.queue(scored.catalog, "anna")[0]
    review_queue.decide(scored, first.explanation.explanation_id, "vikarier", "reject", "anna")
    [row] = scored.catalog.reviews()
    assert row["reviewer"] == "anna" and row["decision"] == "reject" and row["created_at"] > 0
    assert sorted(eval(row["previous"])) == ["sjukfranvaro", "vikarier"]
    # still in anna's queue until every model tag has her decision
    assert review_queue.queue(scored.catalog, "anna")[0].decisions == {"vikarier": "reject"}
    review_queue.decide(scored, first.explanation.explanation_id, "sjukfranvaro", "accept", "anna")
    assert first.explanation.explanation_id not in {
        i.explanation.explanation_id for i in review_queue.queue(scored.catalog, "anna")
    }
    assert review_queue.progress(scored.catalog).reviewed == 1
    assert review_queue.progress(scored.catalog).by_reviewer == {"anna": 1}


def test_reviewed_tags_override_the_model_in_search(scored: Archive) -> None:
    first = review_queue.queue(scored.catalog, "anna")[0]
    review_queue.decide(scored, first.explanation.explanation_id, "vikarier", "reject", "anna")
    review_queue.decide(scored, first.explanation.explanation_id, "overtid", "add", "anna")
    hits = search(scored, "vikariekostnader", Filters(tag=("vikarier",)))
    assert first.explanation.explanation_id not in {h.explanation.explanation_id for h in hits}
    [hit] = search(scored, "vikariekostnader", Filters(tag=("overtid",)))
    assert {t.tag: t.source for t in hit.explanation.tags} == {"sjukfranvaro": "model", "overtid": "review"}


def test_undo_the_last_decision(scored: Archive) -> None:
    first = review_queue.queue(scored.catalog, "anna")[0]
    explanation_id = first.explanation.explanation_id
    review_queue.decide(scored, explanation_id, "vikarier", "reject", "anna")
    assert review_queue.undo_last(scored, "bo") is None
    assert review_queue.undo_last(scored, "anna") == explanation_id
    assert "vikarier" in {t.tag for t in scored.catalog.explanations(ids=[explanation_id])[0].tags}
    assert review_queue.queue(scored.catalog, "anna")[0].decisions == {}


def test_agreement_between_two_reviewers(scored: Archive) -> None:
    items = review_queue.queue(scored.catalog, "anna")
    for item in items:
        for tag in item.explanation.tags:
            review_queue.decide(scored, item.explanation.explanation_id, tag.tag, "accept", "anna")
            decision = "reject" if tag.tag == "vikarier" else "accept"
            review_queue.decide(scored, item.explanation.explanation_id, tag.tag, decision, "bo")
    review_queue.decide(scored, items[2].explanation.explanation_id, "prisokningar", "add", "bo")
    rows = {a.tag: a for a in review_queue.agreement(scored.catalog)}
    assert rows["vikarier"].items == 1 and rows["vikarier"].percent == 0.0
    assert rows["lokaler"].percent == 1.0 and rows["lokaler"].kappa is None  # both always said yes
    assert rows["prisokningar"].percent == 0.0  # anna did not add it: a no
    assert rows[""].items == 5 and rows[""].percent == pytest.approx(3 / 5)
    assert rows[""].kappa is not None and rows[""].kappa < 0.5


def test_a_decision_needs_a_reviewer_and_a_known_kind(scored: Archive) -> None:
    first = review_queue.queue(scored.catalog, "anna")[0]
    with pytest.raises(ValueError):
        review_queue.decide(scored, first.explanation.explanation_id, "vikarier", "maybe", "anna")
    with pytest.raises(ValueError):
        review_queue.decide(scored, first.explanation.explanation_id, "vikarier", "accept", "  ")
