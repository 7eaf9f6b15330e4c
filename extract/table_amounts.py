"""Which amount an explanation carries: the prose's, the heading's, or its table row's deviation.

LABELS.md: the amount is the one the passage states; else the one its heading states ("Förskola
+ 6 239 tkr" heads the paragraph under it); else the deviation of the result-table row for exactly the
passage's area, or, for a statement about the whole unit, of the table's result row ('Årets resultat',
'Summa', 'Nettokostnad'). The row is found by the passage's area, else by the account group its opening
words name ("Kostnaderna för personal" -> Personalkostnader, "Intäkterna inom …" -> Verksamhetens
intäkter). Prose and table are checked against each other: a unit slip ("1 262 mnkr" for tkr) or a gross
figure quoted as if it were the deviation takes the table's deviation; other disagreements are flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from extract import cues
from extract.amounts import (
    CLEAR,
    heading_amount,
    heading_figure,
    item_amount,
    scored_amount,
    zero_amount,
)
from extract.area_candidates import is_label_sentence
from extract.areas import match_row
from extract.numbers import Amount, find_amounts
from extract.respective_lists import respective_amount
from extract.sentences import sentences
from extract.table_columns import is_total
from extract.tables import Table
from extract.types import Direction, Kind, TableRow

# words that end the subject of an opening sentence: a verb, a preposition that places it, a comma
_WORD = re.compile(r"[a-zåäö]+")
_SUBJECT_END = re.compile(
    r"[,.:;(]|\s(är|var|blir|blev|har|hade|visar|ligger|avviker|fortsätter|redovisar|ökar|minskar|"
    r"överstiger|understiger|överskrider|uppgår|uppgick|landar|kommer|pekar|uppvisar|genererar|står|"
    r"hamnar|beror|inom|som|där|vilket|under|per|mot|jämfört|kan|ska|skall|bör|måste|\w+(?:as|ats|ades))\b"
)
_LEAD_DETERMINER = re.compile(r"^(kontogruppen|posten|kontot|raden|även|också|totalt sett)\s+")
_FUNCTION_WORDS = frozenset(
    [
        "för",
        "av",
        "och",
        "i",
        "på",
        "till",
        "de",
        "det",
        "den",
        "samt",
        "med",
        "om",
        "hos",
        "från",
        "totala",
        "samlade",
        "ökade",
        "minskade",
        "höga",
        "låga",
        "högre",
        "lägre",
        "fortsatt",
    ]
)
# compound heads of account-group names: "personal|kostnader", "lokal|hyror", "avgifts|intäkter"
_HEADS = ("kostnad", "intäkt", "hyr", "avgift", "bidrag", "tjänst", "ersättning", "lön", "material")
_GENERIC = frozenset({"verksamhet", "verksamhetens"})  # "Verksamhetens intäkter" is "intäkterna"
_SUFFIX = re.compile(r"(erna|arna|orna|ernas|ens|ets|en|et|er|ar|or|na|a|s)$")
# "ett överskott inom ramen för personalkostnaderna", "vilket påverkar kostnadsutvecklingen inom köp av
# tjänster": the group the deviation lies in
_DEVIATION_WITHIN = cues.Cue(
    r"(?:(?:överskott|underskott|avvikelse)\w*\s+(?:inom|för|på|avseende)|\binom)\s+(?:ramen för\s+)?"
    r"(?:posten\s+|kontogruppen\s+)?([\wåäö]+(?:\s+av)?(?:\s+[\wåäö]+)?)"
)
# an opening that speaks of the whole unit: the committee, its result, its forecast
_WHOLE_UNIT_LEAD = cues.Cue(
    r"^\W*([\w\-]+\s+){0,3}?(\w*nämnd\w*|\w*styrelse\w*|\w*förvaltning\w*|helårsprognos\w*|årsprognos\w*|"
    r"prognos\w* för (hela )?(året|helåret)|resultat\w*|totalt|sammantaget|sammanfattningsvis|"
    r"uppföljning\w*|kommunen|regionen)\b"
)
_RESULT_ROWS = (  # a whole unit's row, best first
    re.compile(r"^(årets|periodens) resultat|^resultat", re.I),
    re.compile(r"netto", re.I),
    re.compile(r"^(summa|totalt|total)\b(?!.*(intäkt|kostnad))", re.I),
)


def _stem(word: str) -> str:
    stripped = _SUFFIX.sub("", word)
    return stripped if len(stripped) >= 3 else word


@lru_cache(maxsize=2048)
def _label_parts(label: str) -> tuple[str, ...]:
    """The stems a row label consists of: 'Personalkostnader' -> ('personal', 'kostnad')."""
    parts: list[str] = []
    for word in _WORD.findall(label.lower()):
        if word in _FUNCTION_WORDS or len(word) < 3:
            continue
        stem = _stem(word)
        head = next((h for h in _HEADS if stem.endswith(h) and len(stem) > len(h) + 2), None)
        if head is not None:
            parts += [_stem(stem[: -len(head)]), head]
        elif stem not in _GENERIC and word not in _GENERIC:
            parts.append(stem)
    return tuple(parts)


def _content_words(phrase: str) -> list[str]:
    return [
        w
        for w in _WORD.findall(phrase)
        if w not in _FUNCTION_WORDS and len(w) >= 3 and w not in _GENERIC and _stem(w) not in _GENERIC
    ]


def _names(phrase: str, words: list[str], parts: tuple[str, ...]) -> bool:
    """Whether a noun phrase (and its content ``words``) names the row of the label ``parts``: every part
    in it, every word of it in the label ("kostnaderna för personal" and 'Personalkostnader'; not
    "kostnaderna för köpt vård" and 'Verksamhetens kostnader')."""
    return all(p in phrase for p in parts) and all(any(p in w for p in parts) for w in words)


# per list of candidate rows (one per page, reused by every passage on it): the rows that may be named,
# with their label parts, and whether their tables differ in period/forecast; each entry holds its list,
# so that the id is not reused while cached
_PAGES: dict[int, tuple[list[TableRow], list[tuple[TableRow, tuple[str, ...]]], bool]] = {}


def _page(
    candidates: list[TableRow], table_of: dict[int, Table]
) -> tuple[list[TableRow], list[tuple[TableRow, tuple[str, ...]]], bool]:
    cached = _PAGES.get(id(candidates))
    if cached is None or cached[0] is not candidates:
        if len(_PAGES) > 256:
            _PAGES.clear()
        nameable = [(row, _label_parts(row.label)) for row in candidates if not is_total(row.label)]
        mixed = len({table_of[id(row)].forecast for row in candidates}) > 1
        cached = (candidates, [(row, parts) for row, parts in nameable if parts], mixed)
        _PAGES[id(candidates)] = cached
    return cached


def _subject(sentence: str) -> str:
    low = cues.lower(sentence).lstrip("• ").strip()
    low = _LEAD_DETERMINER.sub("", low)
    end = _SUBJECT_END.search(low)
    return low[: end.start()] if end else low[:60]


def _named_row(passage: str, nameable: list[tuple[TableRow, tuple[str, ...]]]) -> TableRow | None:
    """The row whose account group the passage's opening names: as its subject ("Verksamhetens intäkter
    utvecklas …", "Kostnaderna för personal förväntas …") or as where the deviation lies ("… innebär ett
    överskott inom ramen för personalkostnaderna")."""
    first = sentences(passage)[0] if passage.strip() else ""
    phrases = [_subject(first)]
    phrases += [
        cues.lower(within.group(1)) for within in _DEVIATION_WITHIN.pattern.finditer(cues.lower(first))
    ]
    for phrase in phrases:
        words = _content_words(phrase)
        if not words:
            continue
        named = [(row, parts) for row, parts in nameable if _names(phrase, words, parts)]
        if named:  # the most specific name ('Personalkostnader' before 'Verksamhetens kostnader'), nearest
            return max(named, key=lambda found: len(found[1]))[0]
    return None


# a deviation explained by staffing alone ("Under året har tillfälliga vakanser och övrig frånvaro genererat ett
# överskott"): it lies in the personnel costs
_STAFFING_DEVIATION = cues.Cue(
    r"^[^.]{0,80}\b(vakan\w*|\w*frånvaro\w*|övertid\w*|vikari\w*|lönerevision\w*|löneökning\w*)\b"
    r"[^.]{0,60}\b(överskott|underskott|avvikelse|lägre kostnader|högre kostnader)"
)


def _staffing_row(passage: str, candidates: list[TableRow]) -> TableRow | None:
    first = sentences(passage)[0] if passage.strip() else ""
    if not _STAFFING_DEVIATION.search(first):
        return None
    return next((row for row in candidates if _label_parts(row.label)[:1] == ("personal",)), None)


def _opening_names(passage: str, row: TableRow) -> bool:
    """Whether the passage's opening sentence names the row ("… inom köp av tjänster")."""
    parts = _label_parts(row.label)
    first = cues.lower(sentences(passage)[0]) if passage.strip() else ""
    return bool(parts) and all(part in first for part in parts)


def _result_row(candidates: list[TableRow], table_of: dict[int, Table]) -> TableRow | None:
    """The result row of the nearest table that has one ('Årets resultat', else a net, else a total)."""
    tables: list[Table] = []
    for row in candidates:
        table = table_of[id(row)]
        if table.is_money and all(t is not table for t in tables):
            tables.append(table)
    for table in tables:
        for pattern in _RESULT_ROWS:
            found = [row for row in table.rows if pattern.search(row.label.strip())]
            if found:
                return found[-1]
        if table.rows and not table.rows[-1].label.strip():  # a total whose label was lost
            return table.rows[-1]
    return None


# the passage speaks of the full-year forecast, not the period so far
_FORECAST_WORDS = cues.Cue(r"prognos|helår|årets slut")


# an explanation that opens on the period's deviation ("Administration: Periodens överskott beror på …") explains
# that one, whatever it adds about the year ("För helåret bedöms administrationen hålla budget.")
_OPENS_ON_PERIOD = cues.Cue(
    r"^([^.:]{1,60}:\s*)?(periodens (över|under)skott|periodens (avvikelse|resultat|utfall)|"
    r"(över|under)skottet (för|under) perioden)"
)


def speaks_of_forecast(passage: str) -> bool:
    return _FORECAST_WORDS.search(passage) is not None and _OPENS_ON_PERIOD.search(passage) is None


def _same_label_in_fitting_table(
    row: TableRow, candidates: list[TableRow], table_of: dict[int, Table], forecast: bool
) -> TableRow:
    """Of two tables on the same pages, one for the period and one for the forecast, the row in the one
    the passage speaks of."""
    if table_of[id(row)].forecast == forecast or not _page(candidates, table_of)[2]:
        return row
    label = row.label.strip().lower()
    return next(
        (
            other
            for other in candidates
            if other.label.strip().lower() == label and table_of[id(other)].forecast == forecast
        ),
        row,
    )


def find_row(
    passage: str,
    area: str | None,
    candidates: list[TableRow],
    labels: list[str],
    table_of: dict[int, Table],
) -> TableRow | None:
    """The table row whose deviation the passage explains: its area's, the group its opening names, or,
    for a statement about the whole unit, the result row."""
    row = match_row(area, candidates, labels) if area else None
    if row is None:
        row = _named_row(passage, _page(candidates, table_of)[1])
    if row is None and area is None and passage.strip() and _WHOLE_UNIT_LEAD.search(sentences(passage)[0]):
        row = _result_row(candidates, table_of)
    if row is None and area is None:
        row = _staffing_row(passage, candidates)
    if row is None:
        return None
    return _same_label_in_fitting_table(row, candidates, table_of, speaks_of_forecast(passage))


def _figure_key(sek: float) -> int:
    """A figure as prose rounds it: to 0,1 mnkr from a million up (6 912 tkr is "6,9 mnkr"), else to tkr."""
    value = abs(sek)
    return round(value / 100_000) * 100 if value >= 1_000_000 else round(value / 1000)


def quoted_figures(texts: Iterable[str]) -> frozenset[int]:
    """The figures the report's prose quotes (``_figure_key``)."""
    return frozenset(_figure_key(a.sek) for text in texts for a in find_amounts(text) if a.sek)


def _period_meant(table: Table, row: TableRow, quoted: frozenset[int]) -> bool:
    """Whether a passage that names neither the period nor the forecast explains the row's deviation for
    the period: the column whose figure the prose quotes for this row, else for most rows, else the
    period's (a month report measures against the periodised budget)."""
    period_column, year_column = table.period_deviation_column, table.deviation_column
    if period_column is None or year_column is None:
        return True

    def said(column: int, of: TableRow) -> bool:
        value = of.values[column]
        return value is not None and value != 0 and _figure_key(value) in quoted

    if said(period_column, row) != said(year_column, row):
        return said(period_column, row)
    by_period = sum(said(period_column, other) for other in table.rows)
    return by_period >= sum(said(year_column, other) for other in table.rows)


def disagree(prose: float, table: float) -> bool:
    """Prose and table amounts disagree beyond rounding (1,8 mnkr in prose against 1 750 tkr in the table)."""
    return abs(abs(prose) - abs(table)) > max(0.1 * abs(table), 150_000)


def unit_slip(prose: float, table: float) -> bool:
    """The prose names the table's figure in the wrong unit (mnkr for tkr, or the reverse)."""
    ratio = abs(prose) / abs(table)
    return any(abs(ratio - factor) <= 0.02 * factor for factor in (1000.0, 0.001))


def gross_figure(prose: float, deviation: float, row: TableRow, table: Table) -> bool:
    """The prose quotes the row's budget, outcome or forecast, not its deviation ("utfallet uppgår till
    993 mnkr" where the row deviates by 35 mnkr). A figure near the deviation's size is not gross: in a
    table of results without a budget column, 'Prognos helår' may itself be the deviation."""
    if abs(prose) < 3 * abs(deviation):
        return False
    deviation_columns = {table.deviation_column, table.period_deviation_column}
    if any(value == 0 for i, value in enumerate(row.values) if i not in deviation_columns):
        return False  # against a budget of zero the outcome is the deviation ("Resultat | 0 | 612 | −150")
    return any(
        value is not None and abs(abs(value) - abs(prose)) <= max(0.005 * abs(value), 1.0)
        for i, value in enumerate(row.values)
        if i not in deviation_columns
    )


def _heading_first(passage: str, headings: tuple[str, ...], amount: Amount) -> bool:
    """A heading that names its area and amount ("Tekniska nämnden −1,1 mnkr (−,3)") states the item's
    deviation; the passage's own figure counts first only when it plainly states one too, and not a part
    of the heading's ("Fastighetsförvaltning −1 380 tkr. Kostnaderna för el blev 0,9 mnkr högre än
    budgeterat. Resten av underskottet …")."""
    heading = item_amount(heading_figure(headings[-1]))
    if heading is None:
        return False
    scored = scored_amount(passage)
    part = amount.sek is not None and heading.sek is not None and abs(amount.sek) < 0.95 * abs(heading.sek)
    # one account of the area, whatever its size: "Barn och familj, prognos −3,9 mkr … Kostnaden för externa
    # placeringar beräknas bli 5,1 mkr högre än budgeterat, medan övriga delar … går med överskott"
    said_in = next((s for s in sentences(passage) if amount.start < passage.find(s) + len(s)), "")
    account = _AN_ACCOUNT.match(said_in) is not None
    # a part larger than the whole, others offsetting it: "Gata och park, avvikelse −1 200 tkr … Vinterväghållningen
    # kostade 1 720 tkr mer än budgeterat"
    # (not the period's figure under the year's: "Under perioden är överskottet 10,9 mnkr")
    larger = (
        amount.sek is not None
        and heading.sek is not None
        and abs(amount.sek) > 1.05 * abs(heading.sek)
        and _OF_THE_PERIOD.search(said_in) is None
    )
    return scored is None or scored[1] != amount or scored[0] < CLEAR or part or account or larger


_OF_THE_PERIOD = re.compile(r"\b(perioden|periodens|hittills|till och med|periodiser\w*)\b", re.IGNORECASE)
_AN_ACCOUNT = re.compile(r"^(?:Kostnaden|Kostnaderna|Intäkten|Intäkterna)\s+för\s")


@dataclass
class Settled:
    amount_sek: float | None
    direction: Direction | None
    flags: list[str] = field(default_factory=list)


# the rest of a deviation in words after one part's figure: "Resten avser …", "I övrigt högre kostnader för …", "…,
# resten förklaras av …"
_THE_REST = cues.Cue(r"(?:^|,\s+)(resten|återstoden|i övrigt|övriga delen)\b")


def _rest_without_figure(passage: str) -> bool:
    """Whether the passage gives the rest of the deviation in words only ("Resten avser vikarier …"; not "Resten av
    underskottet, 1,7 mnkr, avser …", a part with its own figure)."""
    return any(
        (rest := _THE_REST.search(s)) and not find_amounts(s[rest.start() :]) for s in sentences(passage)
    )


def settle_amount(
    passage: str,
    area: str | None,
    headings: tuple[str, ...],
    kind: Kind,
    amount: Amount | None,
    direction: Direction | None,
    nearby: tuple[list[TableRow], list[str]],
    table_of: dict[int, Table],
    seen: set[tuple[tuple[str, ...], str | None]],
    period: bool,
    quoted: Callable[[], frozenset[int]],
    investment: bool = False,
) -> Settled:
    """The explanation's signed amount, its direction and the flags on where the amount came from.
    ``seen`` holds (headings, area) pairs whose heading or row amount an earlier passage took; it is
    updated here, so only the first passage under a heading takes that heading's or row's amount. ``quoted``
    gives the figures the report's prose quotes (``quoted_figures``). In an
    ``investment`` section a heading's sign is read as investments' are: "+" is more spending."""
    own = respective_amount(passage, area)
    if own is not None:
        amount = own  # "Äldreboende samt Personlig assistans … 14 mkr, respektive 21 mkr"
    settled = Settled(amount.sek if amount else None, direction)
    heading_key = (headings, "\x00heading")
    carried = heading_amount(headings) if heading_key not in seen else None
    if carried is not None and kind == "cause":
        seen.add(heading_key)  # the first cause under the heading is its item; later ones are not
    # an area's own figure in a list is its amount, not the heading's total of them all
    if carried is not None and own is None and (amount is None or _heading_first(passage, headings, amount)):
        seen.add(heading_key)
        settled.amount_sek = carried.sek
        if carried.explicit_sign and carried.value != 0 and not investment:
            settled.direction = "negative" if carried.value < 0 else "positive"
        elif carried.explicit_sign and carried.value != 0 and direction is None:
            # an investment's "+6 600 tkr" is more spending than budgeted, unless its words said otherwise
            settled.direction = "positive" if carried.value < 0 else "negative"
    period = period and not speaks_of_forecast(passage)
    matched = find_row(passage, area, *nearby, table_of) if kind in ("cause", "forecast_change") else None
    table = table_of[id(matched)] if matched is not None else None
    if period and table is not None and matched is not None and not _OPENS_ON_PERIOD.search(passage):
        period = _period_meant(table, matched, quoted())
    table_amount = table.area_deviation(matched, period) if table and matched else None
    key = (headings, area if area or matched is None else matched.label)
    # the first passage under a heading takes its area's row; a later one only by naming the row itself
    first_under_heading = key not in seen or (matched is not None and _opening_names(passage, matched))
    seen.add(key)
    if settled.amount_sek is None and table_amount is not None and kind == "cause" and first_under_heading:
        settled.amount_sek = table_amount
        settled.flags.append("amount_from_table")
        if table is not None and table.issues:
            settled.flags.append("table_inconsistent")
        # "balanced" from a later side remark ("Fem nya placeringar på HVB … Familjehemsvården ligger i nivå med
        # budget.") loses to the row's deviation the passage explains; said first, it is the passage's own claim
        # after a run-in label, its first sentence: "Hjälpmedel. Verksamheten …"
        opening = sentences(passage)[:2]
        claims = opening if len(opening) == 2 and is_label_sentence(opening[0]) else opening[:1]
        aside = settled.direction == "balanced" and not any(cues.BALANCED.search(c) for c in claims)
        if (settled.direction is None or aside) and table_amount != 0:
            settled.direction = "negative" if table_amount < 0 else "positive"
    elif (
        settled.direction is None
        and settled.amount_sek
        and table_amount
        and not disagree(settled.amount_sek, table_amount)
    ):
        # the prose's figure without a word for its way, the row's with its sign: "Köp av verksamhet. Avvikelsen på
        # 5,7 mnkr förklaras av …" beside the row's "5 700-"
        settled.direction = "negative" if table_amount < 0 else "positive"
    elif settled.amount_sek is not None and table_amount and disagree(settled.amount_sek, table_amount):
        # "1 262 mnkr" in the prose, 1 262 tkr in the table: the prose named its unit wrongly, when the table states
        # its own (a unit the table only guessed is no ground to overrule the prose)
        if unit_slip(settled.amount_sek, table_amount) and table is not None and table.unit_stated:
            settled.amount_sek = abs(table_amount)
            settled.flags.append("unit_corrected")
        elif (
            matched is not None
            and table is not None
            and gross_figure(settled.amount_sek, table_amount, matched, table)
        ) or (abs(settled.amount_sek) < abs(table_amount) and _rest_without_figure(passage)):
            # or the prose names one part of the row's deviation and the rest in words: "Interkommunal ersättning …
            # överstiger budget med 1,1 mnkr. Resten avser vikarier …" beside the row's −1,6
            settled.amount_sek = table_amount
            settled.flags.append("amount_from_table")
        else:
            settled.flags.append("amount_mismatch")
    elif (
        settled.amount_sek and table_amount and table is not None and matched and table.row_sign(matched) < 0
    ):
        # the report prints "+" for more cost than budgeted ("avvikelse = prognos − budget"): a sign that quotes
        # the row's figure as printed reads by the table's convention ("• Hemtjänst +3 800 tkr.", a heading
        # "LSS-boenden +6,9 mnkr" over "Underskottet beror …"); one the other way round is the usual sign
        shown = carried if settled.amount_sek == (carried.sek if carried else None) else amount
        printed = -table_amount
        if shown is not None and shown.explicit_sign and (shown.value > 0) == (printed > 0):
            settled.direction = "negative" if table_amount < 0 else "positive"
    if settled.amount_sek is None and zero_amount(passage) is not None:
        settled.amount_sek = 0.0  # "prognosen för helåret är 0 miljoner kronor"
    if settled.amount_sek is not None and settled.direction in ("negative", "positive"):
        negative = settled.direction == "negative"
        settled.amount_sek = -abs(settled.amount_sek) if negative else abs(settled.amount_sek)
    return settled
