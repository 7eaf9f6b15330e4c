import pytest

from extract.types import Explanation, Report
from index.vectors.keywords import document_text, sparse_vector, terms


def overlap(a: str, b: str) -> float:
    """The sparse dot product of two texts (without IDF): > 0 when they share terms."""
    va, vb = dict(zip(*sparse_vector(a), strict=True)), dict(zip(*sparse_vector(b), strict=True))
    return sum(v * vb[i] for i, v in va.items() if i in vb)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("sjuklön", "Sjuklönekostnaderna för privata assistansbolag har ökat"),
        ("hyrsjuksköterskor", "kostnader för inhyrda sjuksköterskor under sommaren"),
        ("placeringar", "Antalet placerade barn och unga på HVB har minskat"),
        ("vikarier", "Vikariekostnader: Utfall nov 10,1 mnkr"),
        ("hemtjänsttimmar", "Hemtjänsten utför 2 300 fler timmar per månad"),
        ("9,6 mkr", "Köp av tjänster avviker negativt med 9,6 mkr"),
    ],
)
def test_compound_parts_stems_and_amounts_match(query: str, text: str) -> None:
    assert overlap(query, text) > 0


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("sjuklön", "Lokalhyrorna prognostiseras i balans"),
        ("9,6 mkr", "Avvikelsen är 19,6 miljoner"),
        ("och att för som", "och att för som det"),
    ],
)
def test_unrelated_words_other_amounts_and_stop_words_do_not_match(query: str, text: str) -> None:
    assert overlap(query, text) == 0


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("underskott om 1 100 timmar", "#1100"),
        ("minus 51,9 mnkr", "#51,9"),
        ("Kostnaderna", "kostnad"),
        ("placeringarna", "placering"),
    ],
)
def test_terms(text: str, term: str) -> None:
    assert term in terms(text)


def test_the_sparse_vector_is_sorted_saturated_and_deterministic() -> None:
    indices, values = sparse_vector("vikarier vikarier vikarier och sjuklön 4,5 mnkr")
    assert indices == sorted(indices) and len(set(indices)) == len(indices)
    assert all(0 < v < 2.2 for v in values)
    assert sparse_vector("vikarier vikarier vikarier och sjuklön 4,5 mnkr") == (indices, values)
    assert sparse_vector("och att") == ([], [])


def test_the_indexed_text_says_where_the_explanation_comes_from() -> None:
    report = Report("r", "a.pdf", "s", "Lerum", "Socialnämnden", "2025-03", "månadsrapport", 2)
    exp = Explanation(
        "e", "r", "cause", "Lokalhyror", "negative", -5e5, "Hyran har blivit högre.", 1, (0, 0, 1, 1)
    )
    assert document_text(report, exp) == "Lerum Socialnämnden Lokalhyror: Hyran har blivit högre."
    bare = Report("r", "a.pdf", "s", None, None, None, None, 1)
    assert (
        document_text(bare, Explanation("e", "r", "cause", None, None, None, "Text.", 1, (0, 0, 1, 1)))
        == "Text."
    )
