"""One deviation, one hit: its summary and its section in one report are shown once, with the other page."""

from dataclasses import replace

from extract.types import Explanation, Hit, Kind, Report
from index.deviations import link_statements
from index.search import one_per_deviation, with_linked_pages

REPORT = Report(
    "r1", "alingsas-von-2024-05.pdf", "x", "Alingsås", "Vård- och omsorgsnämnden", "2024-05", None, 6
)
OTHER = Report("r2", "lerum-son-2024-05.pdf", "y", "Lerum", "Omsorgsnämnden", "2024-05", None, 4)


def hit(
    id_: str,
    page: int,
    amount: float | None,
    area: str | None,
    score: float,
    report: Report = REPORT,
    kind: Kind = "cause",
    flags: tuple[str, ...] = (),
) -> Hit:
    text = f"Äldreomsorgen avviker med {amount} kronor."
    explanation = Explanation(
        id_, report.report_id, kind, area, "negative", amount, text, page, (0, 0, 1, 1), flags=flags
    )
    return Hit(explanation, report, score)


def test_the_summary_and_the_section_become_one_hit_with_the_other_page() -> None:
    hits = [
        hit("section", 5, -23e6, "Äldreomsorg", 0.9),
        hit("other", 4, -2e6, "LSS", 0.8),
        hit("summary", 1, -23e6, None, 0.7),  # the whole summary names no area
        hit("again", 6, -23e6, "Äldreomsorgen", 0.6),
    ]
    out = one_per_deviation(hits)
    assert [(h.explanation.explanation_id, h.also_pages) for h in out] == [("section", (1, 6)), ("other", ())]
    assert out[0].contract()["also_pages"] == [1, 6]


def test_other_reports_kinds_amounts_and_investments_stay_apart() -> None:
    hits = [
        hit("a", 2, -23e6, "Äldreomsorg", 0.9),
        hit("b", 2, -23e6, "Äldreomsorg", 0.8, report=OTHER),  # another report
        hit("c", 3, -23e6, "Äldreomsorg", 0.7, kind="action"),  # a measure worth the same
        hit("d", 4, -23e6, "Äldreomsorg", 0.6, flags=("investment",)),  # an investment
        hit("e", 5, -22e6, "Äldreomsorg", 0.5),  # another amount
        hit("f", 6, None, "Äldreomsorg", 0.4),  # no amount: never joined
        hit("g", 7, None, "Äldreomsorg", 0.3),
        hit("h", 8, -23e6, "Hemtjänst", 0.2),  # another area
    ]
    assert [h.explanation.explanation_id for h in one_per_deviation(hits)] == list("abcdefgh")


def test_links_made_at_ingest_decide_which_statements_are_one_deviation() -> None:
    linked = [hit("first", 1, -23e6, None, 0.9), hit("second", 5, -23e6, "Äldreomsorg", 0.8)]
    apart = [
        replace(h, explanation=replace(h.explanation, same_as=h.explanation.explanation_id)) for h in linked
    ]
    assert (
        len(one_per_deviation(apart)) == 2
    )  # stored as two deviations: shown as two, whatever the rule says
    together = [replace(h, explanation=replace(h.explanation, same_as="first")) for h in linked]
    assert [(h.explanation.explanation_id, h.also_pages) for h in one_per_deviation(together)] == [
        ("first", (5,))
    ]


def test_link_statements_joins_a_summary_and_its_section_and_nothing_else() -> None:
    statements = [
        hit("summary", 1, -23e6, None, 0).explanation,
        hit("measure", 2, -23e6, None, 0, kind="action").explanation,  # a measure worth the same
        hit("section", 5, -23e6, "Äldreomsorg", 0).explanation,
        hit("lss", 6, -2e6, "LSS", 0).explanation,
    ]
    assert [e.same_as for e in link_statements(statements)] == ["summary", "measure", "summary", "lss"]


class _Pages:
    """The one catalog read with_linked_pages makes."""

    def __init__(self, pages: dict[str, tuple[int, ...]]) -> None:
        self.pages = pages

    def deviation_pages(self, deviation_ids: list[str]) -> dict[str, tuple[int, ...]]:
        return {d: self.pages[d] for d in deviation_ids if d in self.pages}


def test_a_hit_names_the_pages_of_linked_statements_that_did_not_rank() -> None:
    section = hit("section", 5, -23e6, "Äldreomsorg", 0.9)
    section = replace(section, explanation=replace(section.explanation, same_as="summary"))
    alone = hit("lss", 6, -2e6, "LSS", 0.8)
    alone = replace(alone, explanation=replace(alone.explanation, same_as="lss"))
    out = with_linked_pages(_Pages({"summary": (1, 5), "lss": (6,)}), [section, alone])  # type: ignore[arg-type]
    assert [(h.explanation.explanation_id, h.also_pages) for h in out] == [("section", (1,)), ("lss", ())]


def test_a_cover_letter_repeating_its_report_is_shown_once() -> None:
    """A tjänsteskrivelse and the report it covers (same committee and period) often repeat a statement word
    for word, sometimes with a sentence more: shown once, where it ranked best. Another period or committee
    keeps its own hit."""
    letter = replace(REPORT, report_id="r3", source="alingsas-von-tjansteskrivelse-2024-05.pdf", sha256="z")
    later = replace(REPORT, report_id="r4", source="alingsas-von-2024-06.pdf", sha256="w", period="2024-06")
    said = "De verksamheter som tidigare redovisat underskott har fått i uppdrag att ta fram åtgärder."

    def stated(id_: str, report: Report, text: str, score: float) -> Hit:
        explanation = Explanation(id_, report.report_id, "action", None, None, None, text, 2, (0, 0, 1, 1))
        return Hit(explanation, report, score)

    hits = [
        stated("letter", letter, said + " Åtgärderna kan konkretiseras i handlingsplaner.", 0.9),
        stated("report", REPORT, said, 0.8),
        stated("june", later, said, 0.7),
        stated("short", REPORT, "Se ovan.", 0.6),
        stated("lerum", OTHER, said, 0.5),
    ]
    assert [h.explanation.explanation_id for h in one_per_deviation(hits)] == [
        "letter",
        "june",
        "short",
        "lerum",
    ]


def test_the_very_same_words_in_two_papers_are_shown_where_they_come_first_whatever_ranked_first() -> None:
    """Word for word the same statement ties in every ranking, and the engine orders ties by chance (as
    its segments lie before and after it optimises them): it is shown on the earlier page, then by file,
    with the best score, whichever copy ranked first."""
    letter = replace(REPORT, report_id="r3", source="alingsas-von-tjansteskrivelse-2024-05.pdf", sha256="z")
    said = "De verksamheter som tidigare redovisat underskott har fått i uppdrag att ta fram åtgärder."

    def stated(id_: str, report: Report, page: int, score: float) -> Hit:
        explanation = Explanation(id_, report.report_id, "action", None, None, None, said, page, (0, 0, 1, 1))
        return Hit(explanation, report, score)

    for order in (
        [stated("report", REPORT, 2, 0.9), stated("letter", letter, 1, 0.8)],
        [stated("letter", letter, 1, 0.9), stated("report", REPORT, 2, 0.8)],
    ):
        [shown] = one_per_deviation(order)
        assert shown.explanation.explanation_id == "letter" and shown.score == 0.9
        assert shown.also_in == (("alingsas-von-2024-05.pdf", 2),)
