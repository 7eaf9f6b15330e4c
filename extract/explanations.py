"""Deviation explanations from paragraphs: kind, area, direction and amount, with their place on the page.

The amount comes from the prose, or from the table row of the same area when the prose has none;
when both exist and disagree, the explanation carries the flag ``amount_mismatch``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from extract import cues
from extract.amounts import item_amount, pick_amount
from extract.area_candidates import (
    COLON_LABEL,
    area_of_amount_heading,
    is_label_sentence,
    own_subject_under_area_heading,
)
from extract.area_lists import areas_with_amounts
from extract.areas import abbreviations, area_of, match_row, norm
from extract.deviation_shares import breaks_down, share_of_deviation
from extract.directions import clear_directions, direction_of
from extract.items import split_passages
from extract.metadata import NOT_FOLLOW_UPS
from extract.numbers import Amount
from extract.passage_features import Candidate, document_features
from extract.passage_rules import classify_kind, is_investment
from extract.respective_lists import label_names
from extract.sections import Paragraph
from extract.sentences import clear_cache, sentences
from extract.table_amounts import quoted_figures, settle_amount
from extract.tables import Table
from extract.types import Direction, Explanation, Kind, TableRow, stable_id


def _nearest_first(rows_by_page: dict[int, list[TableRow]], page: int, reach: int = 5) -> list[TableRow]:
    """Table rows of this page and the few pages before it, nearest first; then the next page.
    (A table far from the prose is not its table, and a long report must not compare every pair.)"""
    pages = [*range(page, max(0, page - reach), -1), page + 1]
    return [row for p in pages for row in rows_by_page.get(p, ())]


def _may_comment_a_row(passage: str, headings: tuple[str, ...]) -> bool:
    """Whether a passage with no cue word may still be the comment on its area's table row: it stands
    under a heading and is not a decision, an action, a risk or a pointer to a table."""
    if not headings or cues.skipped(headings):
        return False
    if cues.ACTION_HEADING.search(headings[-1]) or cues.DESCRIPTIVE.match(passage):
        return False
    return not (cues.ACTION.search(passage) or cues.RISK.search(passage))


@dataclass(frozen=True)
class Passage:
    """A paragraph, or one item of the list a paragraph holds, in reading order."""

    paragraph: Paragraph
    p_index: int  # the paragraph's place in the document
    u_index: int  # the item's place in its paragraph
    n_units: int  # items the paragraph was split into
    text: str


@dataclass(frozen=True)
class Group:
    """What the passage model decided: sentences ``start``..``end`` of a passage are one explanation."""

    passage: int  # index into the document's passages
    start: int
    end: int  # exclusive
    kind: Kind


class PassageDecider(Protocol):
    """The learned part of extraction: which sentences are explanations, of which kind, and where one
    explanation ends and the next begins (see ``extract.passage_model``)."""

    def decide(self, candidates: list[Candidate], document: list[str]) -> list[Group]: ...

    def area(
        self,
        passage: str,
        headings: tuple[str, ...],
        rows: list[TableRow],
        committee: str | None,
        item: bool,
        labels: Sequence[str] | None = None,
    ) -> str | None: ...


def read_passages(paragraphs: list[Paragraph]) -> list[Passage]:
    found = []
    for p_index, paragraph in enumerate(paragraphs):
        units = split_passages(paragraph)
        found += [Passage(paragraph, p_index, u, len(units), text) for u, text in enumerate(units)]
    return found


def _heading_lists_areas(headings: tuple[str, ...]) -> bool:
    """A heading that names two areas or more with a figure each: "Särskilt boende och korttidsvård – plus 0,6
    respektive 0,2 mnkr"."""
    heading = headings[-1] if headings else ""
    return len(heading) <= 120 and "respektive" in heading and len(areas_with_amounts(heading)) >= 2


def _label_names_the_list(headings: tuple[str, ...], text: str) -> bool:
    """Whether the last heading is a run-in label ("Vuxenutbildning och central administration:") that names the
    areas of a list of figures the text gives without names."""
    if not headings or not headings[-1].rstrip().endswith(":") or len(areas_with_amounts(text)) >= 2:
        return False
    return len(areas_with_amounts(f"{headings[-1]} {text}")) >= 2


def _heading_total_in_parts(heading: str, text: str) -> bool:
    """A heading's total over the areas it names, given in parts by the text under it ("Socialpsykiatri och
    integration: +1 100 tkr" over "Överskotten på 300 respektive 800 tkr förklaras …"): an item per area."""
    return (
        "respektive" in text
        and len(areas_with_amounts(text)) < 2
        and len(areas_with_amounts(f"{heading} {text}")) >= 2
    )


def _rule_name(verdict: tuple[Kind, bool] | None) -> str:
    if verdict is None:
        return "none"
    return "boilerplate" if verdict[1] else verdict[0]


def _label_opens_without_cue(opening: str, headings: tuple[str, ...]) -> bool:
    return COLON_LABEL.match(opening.lstrip("•–- ")) is not None and classify_kind(opening, headings) is None


def candidates_of(passages: list[Passage], row_deviates: Callable[[Passage], bool]) -> list[Candidate]:
    """Every sentence of every passage, with the rules' verdict on its passage, and whether the passage
    may comment on its area's deviating table row."""
    found = []
    previous: tuple[str, ...] | None = None
    for index, passage in enumerate(passages):
        headings = passage.paragraph.headings
        whole = _rule_name(classify_kind(passage.text, headings))
        parts = sentences(passage.text) or [passage.text]
        bullet = passage.text.lstrip().startswith("•")
        comment = passage.paragraph.comment
        # a comment cell explains its deviating row whatever the rules read in it, and so does a run-in label's
        # first sentence that says nothing the rules read ("• Särskilt boende: Sjukfrånvaron har legat högt …")
        row = (whole == "none" or comment or _label_opens_without_cue(parts[0], headings)) and row_deviates(
            passage
        )
        # the first passage under a heading that carries its area and amount ("Hälso- och sjukvård +1,1 mnkr")
        heading = headings != previous and (
            area_of_amount_heading(headings) is not None or _heading_lists_areas(headings)
        )
        previous = headings
        for s_index, sentence in enumerate(parts):
            found.append(
                Candidate(
                    text=sentence,
                    passage=index,
                    index=s_index,
                    n_sentences=len(parts),
                    page=passage.paragraph.page,
                    headings=headings,
                    bullet=bullet,
                    item=passage.n_units > 1,
                    rule=whole,
                    row_deviates=row,
                    heading_deviates=heading,
                    comment=comment,
                )
            )
    return found


class Explainer:
    """Turns a decided passage (or part of one) into an ``Explanation``: area, amount, direction and the
    table row's figure, remembering which areas already took their row's amount."""

    def __init__(
        self,
        tables: list[Table],
        report_id: str,
        sha256: str,
        committee: str | None,
        decider: PassageDecider | None = None,
        prose: Sequence[str] = (),
    ) -> None:
        """``prose``: the report's paragraphs, whose figures tell which of a table's columns it speaks of."""
        self.decider = decider
        self.prose = prose
        self._quoted: frozenset[int] | None = None
        self.rows = [row for table in tables for row in table.rows]
        self.rows_by_page: dict[int, list[TableRow]] = {}
        for row in self.rows:
            self.rows_by_page.setdefault(row.page, []).append(row)
        self.table_of = {id(row): table for table in tables for row in table.rows}
        self.nearby: dict[int, tuple[list[TableRow], list[str]]] = {}  # a page's rows and their labels
        self.areas_with_amount: set[tuple[tuple[str, ...], str | None]] = set()
        self.report_id, self.sha256, self.committee = report_id, sha256, committee
        self.abbreviations = abbreviations(row.label for row in self.rows)  # "BUN": its row's full name

    def quoted(self) -> frozenset[int]:
        if self._quoted is None:  # read only when a table shows both the period's and the year's deviation
            self._quoted = quoted_figures(self.prose)
        return self._quoted

    def near(self, page: int) -> tuple[list[TableRow], list[str]]:
        if page not in self.nearby:
            rows_near = _nearest_first(self.rows_by_page, page)
            self.nearby[page] = (rows_near, [norm(row.label) for row in rows_near])
        return self.nearby[page]

    def commented_row(self, paragraph: Paragraph) -> TableRow | None:
        """The table row a comment cell stands beside ("Stadsbyggnadsnämnden": "Akut reparation av Lägerkajen
        …"): its area, whatever the comment's text names."""
        if not paragraph.comment or not paragraph.headings:
            return None
        return match_row(paragraph.headings[-1], *self.near(paragraph.page))

    def comments_a_row(self, unit: Passage) -> bool:
        """Whether a passage with no cue word is the first under an area whose table row deviates: then it
        comments on that deviation ("Fler brukare och fler beviljade timmar under våren.")."""
        paragraph, passage = unit.paragraph, unit.text
        # an item of a list comments on a row only under a label of its own: "• Särskilt boende: Sjukfrånvaron …"
        colon_label = COLON_LABEL.match(passage.lstrip("•–- "))
        if (unit.n_units > 1 and not colon_label) or not _may_comment_a_row(passage, paragraph.headings):
            return False
        period = "prognos" not in passage.lower()
        opening = sentences(passage)[0] if passage.strip() else ""
        # a run-in label of its own names the row: "Lokalkostnader. Hyran räknades upp …"
        label = opening.strip().rstrip(".") if is_label_sentence(opening) else None
        if label is None and colon_label and unit.n_units > 1:
            label = passage.lstrip("•–- ").split(":", 1)[0]
        own_row = match_row(label, *self.near(paragraph.page)) if label else None
        area = (
            label if own_row else area_of(passage, paragraph.headings, self.rows, self.committee, item=False)
        )
        if not own_row and (cell_row := self.commented_row(paragraph)) is not None:
            own_row, area = cell_row, cell_row.label  # whatever its text names
        if not area or (paragraph.headings, area) in self.areas_with_amount:
            return False
        own_row = own_row or match_row(area, *self.near(paragraph.page))
        return bool(own_row and self.table_of[id(own_row)].favourable_deviation(own_row, period))

    def rule_verdict(self, unit: Passage) -> tuple[Kind, bool] | None:
        """The rules alone: the passage's cue words, or a comment on its area's deviating table row."""
        verdict = classify_kind(unit.text, unit.paragraph.headings)
        if verdict is None and self.comments_a_row(unit):
            verdict = ("cause", False)
        return verdict

    def explain_all(
        self, unit: Passage, passage: str, kind: Kind, boilerplate: bool, part: int = 0
    ) -> list[Explanation]:
        """The explanations of a decided passage: one, or one per area of a sentence that names several,
        each with its own amount (the same text; ``extract.area_lists``)."""
        names = areas_with_amounts(passage) if kind == "cause" else []
        if len(names) < 2:
            return [self.explain(unit, passage, kind, boilerplate, (part,) if part else ())]
        return [
            self.explain(unit, passage, kind, boilerplate, (part, n), area=name, amount=amount)
            for n, (name, amount) in enumerate(names, 1)
        ]

    def explain(
        self,
        unit: Passage,
        passage: str,
        kind: Kind,
        boilerplate: bool,
        part: tuple[int, ...] = (),
        area: str | None = None,
        amount: Amount | None = None,
    ) -> Explanation:
        """``area`` and ``amount``: named by a list the passage holds."""
        paragraph = unit.paragraph
        # a table row's deviation for the period, unless the passage speaks of the forecast
        period = "prognos" not in unit.text.lower()
        item = unit.n_units > 1
        if area is not None:
            pass  # named by a list the passage holds
        elif not item and (cell_row := self.commented_row(paragraph)) is not None:
            area = cell_row.label
        elif self.decider is not None and kind in ("cause", "forecast_change"):  # where the area is scored
            rows, labels = self.near(paragraph.page)
            area = self.decider.area(passage, paragraph.headings, rows, self.committee, item, labels)
        else:
            area = area_of(passage, paragraph.headings, self.rows, self.committee, item=item)
        area = self.abbreviations.get(area, area) if area else area
        amount = amount or (item_amount(passage) if item else None) or pick_amount(passage)
        investment = is_investment(passage, paragraph.headings)
        direction = direction_of(passage, amount, investment)
        flags: list[str] = ["boilerplate"] if boilerplate else []
        if investment:
            flags.append("investment")
        # the prose's amount, else the heading's, else the table row's (extract.table_amounts)
        settled = settle_amount(
            passage, area, paragraph.headings, kind, amount, direction, self.near(paragraph.page),
            self.table_of, self.areas_with_amount, period, self.quoted, investment,
        )  # fmt: skip
        amount_sek, direction = settled.amount_sek, settled.direction
        flags += settled.flags
        position = (paragraph.page, unit.p_index, unit.u_index, *part)
        return Explanation(
            explanation_id=stable_id(self.sha256, *position),
            report_id=self.report_id,
            kind=kind,
            area=area,
            direction=direction,
            amount_sek=round(amount_sek, 2) if amount_sek is not None else None,
            text=passage.strip(),
            page=paragraph.page,
            bbox=paragraph.bbox,
            flags=tuple(flags),
        )


def _is_boilerplate(text: str) -> bool:
    flat = text.replace("\n", " ").strip()
    return len(flat) < 300 and all(cues.BOILERPLATE.match(s) for s in sentences(flat))


def find_explanations(
    paragraphs: list[Paragraph],
    tables: list[Table],
    report_id: str,
    sha256: str,
    committee: str | None = None,
    *,
    decider: PassageDecider | None = None,
    report_type: str | None = None,
) -> list[Explanation]:
    """The report's explanations. With a ``decider`` (the trained passage model) it decides which sentences
    are explanations and how they group; without one, the cue rules decide per passage."""
    clear_cache()  # caches serve one report; a benchmark's repeated runs must not profit
    pick_amount.cache_clear()
    clear_directions()
    prose = [p.text for p in paragraphs] + list(dict.fromkeys(h for p in paragraphs for h in p.headings))
    explainer = Explainer(tables, report_id, sha256, committee, decider, prose)
    passages = read_passages(paragraphs)
    found: list[Explanation] = []
    if decider is None:
        for unit in passages:
            verdict = explainer.rule_verdict(unit)
            if verdict is not None:
                found += explainer.explain_all(unit, unit.text, verdict[0], verdict[1])
        return found
    candidates = candidates_of(passages, explainer.comments_a_row)
    document = document_features(report_type, [c.rule for c in candidates if c.index == 0])
    parts = [sentences(p.text) or [p.text] for p in passages]
    under_amount_heading = {c.passage for c in candidates if c.heading_deviates}
    stated: tuple[int, tuple[str, ...], Explanation] | None = None  # the last bare figure, where it stood
    shared: dict[tuple[str, ...], Direction] = {}  # the last cause's direction under each headings
    for group in decider.decide(candidates, document):
        if group.kind == "cause" and report_type in NOT_FOLLOW_UPS:
            group = replace(group, kind="other")  # a fee proposal explains no deviation
        unit = passages[group.passage]
        if cues.skipped(unit.paragraph.headings):
            continue  # a proposed decision, the list of contents: never an explanation
        label = parts[group.passage][0]
        if group.start == 1 and (is_label_sentence(label) or len(label_names(label)) > 1):
            # a run-in label of its own ("Stadsbadet. Entréavgifterna har …", "Kultur och fritid samt arbetsmarknad
            # och integration.") names the item's area and belongs to it, as a heading does
            group = replace(group, start=0)
        text = (
            unit.text
            if (group.start, group.end) == (0, len(parts[group.passage]))
            else " ".join(parts[group.passage][group.start : group.end])
        )
        boilerplate = _is_boilerplate(text)
        if group.passage in under_amount_heading and group.start == 0:
            # LABELS.md: a heading that carries the area and amount belongs to the item under it; one that names
            # several areas with a figure each gives an item per area
            heading = unit.paragraph.headings[-1]
            if _heading_lists_areas(unit.paragraph.headings) or _heading_total_in_parts(heading, text):
                explained = explainer.explain_all(unit, f"{heading} {text}", group.kind, boilerplate)
            else:
                explained = explainer.explain_all(unit, text, group.kind, boilerplate)
                explained = [replace(e, text=f"{heading} {e.text}") for e in explained]
        elif group.start == 0 and _label_names_the_list(unit.paragraph.headings, text):
            # a run-in label set as a heading names the areas of the figures under it: "Vuxenutbildning och central
            # administration:" over "Överskott på 0,4 respektive 0,8 mnkr, …"
            explained = explainer.explain_all(
                unit, f"{unit.paragraph.headings[-1]} {text}", group.kind, boilerplate
            )
        else:
            explained = explainer.explain_all(unit, text, group.kind, boilerplate, group.start)
            own = (
                own_subject_under_area_heading(text, unit.paragraph.headings) if len(explained) == 1 else None
            )
            if own and explained[0].area == area_of_amount_heading(unit.paragraph.headings):
                explained = [replace(explained[0], area=own)]
        if (
            stated is not None
            and stated[:2] == (group.passage - 1, unit.paragraph.headings)
            and len(explained) == 1
        ):
            explained = [_with_stated_figure(explained[0], stated[2])]
        earlier = shared.get(unit.paragraph.headings)
        intro = passages[group.passage - unit.u_index].text if unit.u_index else ""
        if earlier and (share_of_deviation(text) or breaks_down(text) or _BREAKDOWN_INTRO.search(intro)):
            # "Gång- och cykelvägen längs Klarälven står för 9,0 mnkr av avvikelsen", "Av avvikelsen avser 4,0 mnkr
            # X och 2,7 mnkr Y", "Underskottet fördelar sig enligt följande: • 4,1 miljoner kronor inom …": the parts
            # go the deviation's way
            explained = [_going(e, earlier) if e.direction is None else e for e in explained]
        for e in explained:
            if e.kind == "cause" and e.direction in ("negative", "positive"):
                shared[unit.paragraph.headings] = e.direction
        last = explained[-1] if explained else None
        stated = None
        if last is not None and last.kind == "cause" and last.amount_sek is not None:
            stated = None if cues.CAUSE.search(unit.text) else (group.passage, unit.paragraph.headings, last)
        found += explained
    return found


# a list of the deviation's parts follows: "Underskottet fördelar sig enligt följande:", "Avvikelsen består av:"
_BREAKDOWN_INTRO = cues.Cue(
    r"\b(avvikelsen|underskottet|överskottet)\s+(fördelar sig|består av|avser)\b[^.]*:\s*$"
)


def _going(found: Explanation, direction: Direction) -> Explanation:
    """The explanation going ``direction``, its amount signed to match."""
    amount = found.amount_sek
    if amount is not None:
        amount = -abs(amount) if direction == "negative" else abs(amount)
    return replace(found, direction=direction, amount_sek=amount)


def _with_stated_figure(found: Explanation, stated: Explanation) -> Explanation:
    """A cause with no figure of its own, right after a passage that states a figure and no reason ("Område
    Primärvård prognostiserar ett underskott på 69 mnkr.") under the same headings, that opens by naming
    that deviation ("Huvudorsaken är hyrläkare.", "Underskottet förklaras i huvudsak av tre faktorer.")
    explains it: it takes its amount, and its direction and area where it has none."""
    if found.kind != "cause" or found.amount_sek is not None or not cues.REFERS_BACK.match(found.text):
        return found
    if found.direction is not None and stated.direction is not None and found.direction != stated.direction:
        return found  # "Överskottet för perioden är tillfälligt." after the year's deficit: another deviation
    return replace(
        found,
        amount_sek=stated.amount_sek,
        direction=found.direction or stated.direction,
        area=found.area or stated.area,
        flags=(*found.flags, "amount_from_previous"),
    )
