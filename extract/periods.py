"""The period a report covers: "YYYY-MM" for a month, tertial or interim report, "YYYY" for a year.

The period is what the report *covers*, not when it was written or signed. Sources, strongest first:

1. The report's own headings, in order: the title page's short lines, the PDF title, then the running
   headers and footers (a footer left over from last month's template loses to the title). The first
   period statement there decides: "Uppföljning per maj 2024", "Ekonomisk uppföljning maj",
   "januari–november 2023", "Tertialrapport 1 2020", "Årsredovisning 2025", "Budget 2027".
   A heading that gives only a year ("Fördjupad månadsuppföljning 2026", "Delårsrapport 2010") takes
   its month from another heading, the file name or the text ("prognostiserar per april").
2. The file name: "…-2026-04.pdf", "…-arsredovisning-2014-…", "…-2016-jan-aug-…".
3. Explicit period phrases in the text: "per maj", "januari–maj 2026", "efter sju månader",
   "perioden 1/1–31/8", "april månads tertialrapport".
4. Last resorts: a date ("Sammanträde 2024-10-22"), then any year.

Dates ("Datum: 2026-05-06", "Göteborg den 9 april 2024") and lists of months ("per mars och oktober")
never state the period. A month without a year takes the year the document speaks of most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "mars": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augusti": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL = {name for name in MONTHS if len(name) > 4 or name in {"mars", "maj", "juni", "juli"}}
_FULL_ALT = "|".join(sorted(_FULL, key=len, reverse=True))
_ABBR_ALT = "|".join(sorted(set(MONTHS) - _FULL, key=len, reverse=True))
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
}

# a month as a word ("maj", "aprils"); abbreviations ("aug") only where a range or a year vouches for them
_MONTH_TOKEN = re.compile(rf"\b(?:(?P<full>{_FULL_ALT})s?|(?P<abbr>{_ABBR_ALT})\.?)(?![\wåäö])")
_RANGE_SEP = r"\s*(?:[–—−/-]|till och med|till|t\.?\s?o\.?\s?m\.?)?\s*(?:\d{1,2}\s+)?"
_LIST_AFTER = re.compile(rf"^\s*(?:,|och|samt)\s*(?:\d{{1,2}}\s+)?(?:{MONTH_ALT})\b")
_LIST_BEFORE = re.compile(rf"\b(?:{MONTH_ALT})\s*(?:,|och|samt)\s*(?:\d{{1,2}}\s+)?$")
_RANGE_BEFORE = re.compile(rf"\b(?:{MONTH_ALT})\.?{_RANGE_SEP}$")
_RANGE_AFTER = re.compile(rf"^\.?{_RANGE_SEP}(?:{MONTH_ALT})\b")
_YEAR_AFTER = re.compile(rf"^\.?\s*,?\s*(?:år\s+|månad\s+)?({_YEAR})\b")
_DAY_BEFORE = re.compile(r"(?<![\d/.,])\b(\d{1,2})\.?\s*$")
_PERIOD_WORD_BEFORE = re.compile(
    r"\b(?:per|t\.?\s?o\.?\s?m\.?|tom|till och med|efter)\s+(?:den\s+)?\d{1,2}\s*$"
)
_PERIOD_WORD = re.compile(
    r"\b(?:per|t\.?\s?o\.?\s?m\.?|tom|till och med|efter)\s+(?:den\s+)?(?:\d{1,2}\s+)?$"
)
_ISO_DATE = re.compile(rf"\b({_YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
_DATE_WITH_NAME = re.compile(rf"\b\d{{1,2}}\s+(?:{MONTH_ALT})\w*\s+({_YEAR})\b")

_ANNUAL = (
    r"årsredovisning|årsredogörelse|årsrapport|årsbokslut|årsanalys|årsuppföljning|(?<![\wåäö])bokslut"
    r"|verksamhetsberättelse|(?<![\wåäö])helår|verksamhetsår|räkenskapsår"
)
_ANNUAL_STATEMENT = re.compile(
    rf"(?:{_ANNUAL})[\wåäö]*\s+(?:för\s+)?(?:år\s+)?(?:[a-zåäö-]+\s+){{0,3}}?({_YEAR})\b"
)
# "Budget 2026", "Mål och budget 2026", "Verksamhetsplan med internbudget 2026"
_BUDGET_WORD = r"(?<![\wåäö])(?:(?:intern|detalj|års)?budget|verksamhetsplan(?:\s+med\s+[\wåäö]*budget)?)"
_BUDGET_STATEMENT = re.compile(rf"{_BUDGET_WORD}\s+(?:för\s+)?(?:år\s+)?({_YEAR})\b")
_FOLLOW_UP_BEFORE = re.compile(r"(?:uppföljning|utfall|avvikelse)\w*\s+(?:av\s+|mot\s+)?(?:[\wåäö]+\s+)?$")
_TERTIAL_STATEMENT = re.compile(
    rf"\b(?:tertial[\wåäö]*\s*t?([123])|(första|andra|tredje)\s+tertialet|kvartal[\wåäö]*\s*([1-4])"
    rf"|t([123])(?=\s*,?\s*{_YEAR}))\b"  # "T1 2025"
    rf"(?:[^\d\n]{{0,12}}?({_YEAR})\b)?"
)
# the follow-up of a year's plan, commissions, goals, contracts or policy ("Uppföljning av avtalstrohet 2025"), not
# a report of the months so far
_PLAN_FOLLOW_UP = re.compile(
    r"uppföljning av [\wåäö ]*?(internkontroll|plan|uppdrag|mål|avtal|policy|riktlinje|program|strategi|inköp|upphandling)",
    re.IGNORECASE,
)
# a decision for a year ("Fördelning av föreningsbidrag 2026"): that year, whatever month its text names
_DECISION_FOR = re.compile(rf"^(?:förslag till )?fördelning av\b.*?(?<!\d)({_YEAR})(?!\d)", re.IGNORECASE)
_ORDINALS = {"första": 1, "andra": 2, "tredje": 3}
_TITLED_BY_YEAR = re.compile(
    # after the letterhead it may share a block with: "Hörby kommun Tjänsteskrivelse Taxor och avgifter 2026"
    # or its diary number: "Robertsfors kommun Dnr KS 2025/311 Tjänsteskrivelse Borgensram … 2026"
    r"^(?:[\wåäö-]+\s+(?:kommun|region|stad)\s+)?(?:dnr\b[^\n]*\n\s*)?(?:tjänsteskrivelse\s+)?"
    rf"(?:(?!(?:{MONTH_ALT})\b)[A-ZÅÄÖa-zåäö][\wåäö-]*\s+){{1,4}}({_YEAR})(?![\d/-])",  # not a diary number: "Dnr KS 2025/311"
    re.IGNORECASE,
)
# "gäller från och med 2026-01-01", "gäller fr.o.m. 2026"
_IN_FORCE_FROM = re.compile(
    rf"\bgäller\s+(?:från\s+)?(?:och\s+med\s+|fr\.?\s?o\.?\s?m\.?\s+)?({_YEAR})(?:-01-01)?\b"
)
# "Fördjupad månadsuppföljning 2026", "Prognos 3 2015", "Kostnads- och nyckeltalsanalys 2024"; not "… maj 2026"
_YEAR_ONLY_STATEMENT = re.compile(
    rf"(?:rapport|uppföljning|prognos|delårs[\wåäö]*|bokslut|analys|redovisning)[\wåäö]*\s+"
    rf"(?:(?!(?:{MONTH_ALT})\b)\S+\s+){{0,2}}?({_YEAR})\b"
)
_TYPE_WORDS = re.compile(
    r"(?P<annual>årsredovisning|årsredogörelse|årsrapport|årsbokslut|årsanalys|årsuppföljning|verksamhetsberättelse)"
    rf"|(?P<budget>{_BUDGET_WORD}\s+(?:för\s+)?(?:år\s+)?\d{{4}})"
    r"|(?P<interim>månadsrapport|månadsuppföljning|ekonomisk uppföljning|uppföljningsrapport|delårsrapport"
    r"|delårsbokslut|delår|tertialrapport|lägesrapport|prognosrapport|månadsbokslut)"
)

# explicit period phrases in running text
_PROSE_PERIOD = re.compile(
    rf"\b(?:per|efter)\s+(?:den\s+)?(?:\d{{1,2}}\s+)?(?P<a>{_FULL_ALT})s?\b"
    rf"|\b(?:t\.?\s?o\.?\s?m\.?|till och med)\s+(?:den\s+)?(?:\d{{1,2}}\s+)?(?P<b>{MONTH_ALT})\w*\s+(?={_YEAR}\b)"
    rf"|\b(?:perioden\s+)?(?:jan(?:uari)?)\.?{_RANGE_SEP}(?P<c>{MONTH_ALT})\b"
    rf"|\bperioden\s+(?:\d{{1,2}}\s+)?(?:{MONTH_ALT})\w*{_RANGE_SEP}(?P<d>{MONTH_ALT})\b"
    rf"|(?:rapport|uppföljning|prognos|bokslut)\w*\s+(?:för|per)\s+(?P<e>{_FULL_ALT})\b"
    rf"|\b(?P<f>{_FULL_ALT})\s+månads\b"
)
_RANGE_END = re.compile(rf"^\.?{_RANGE_SEP}({MONTH_ALT})\b")
_MONTHS_ELAPSED = re.compile(rf"\befter\s+(?P<n>{'|'.join(_NUMBER_WORDS)}|\d{{1,2}})\s+månader\b")
_DAY_MONTH_RANGE = re.compile(r"\b(?:perioden\s+)?1/1\s*[–—−-]?\s*(\d{1,2})/(\d{1,2})\b")


@dataclass(frozen=True)
class Statement:
    kind: str  # "month", "year", "annual", "budget"
    year: int | None
    month: int | None = None
    explicit: bool = True  # a month with its year, a range's end or after "per": not a column label


_KIND_ORDER = {"annual": 0, "budget": 0, "month": 1, "year": 2}


_TWO_YEARS_AFTER = re.compile(r"\s*(?:19|20)\d\d\s*(?:och|samt|–|-|/)\s*(?:19|20)\d\d\b")


def _month_statements(low: str) -> list[tuple[int, Statement]]:
    """Months a heading names as its period, with their position; dates and lists of months are not."""
    found = []
    for m in _MONTH_TOKEN.finditer(low):
        before, after = low[: m.start()], low[m.end() :]
        if _LIST_AFTER.match(after) or _LIST_BEFORE.search(before):
            continue  # "per mars och oktober": months named, none of them the period
        if _RANGE_AFTER.match(after):
            continue  # the start of "januari–maj": the end decides
        if _TWO_YEARS_AFTER.match(after):
            continue  # "Årsarbetare per förvaltning, november 2024 och 2025": a comparison, no period
        day = _DAY_BEFORE.search(before)
        if day and not _PERIOD_WORD_BEFORE.search(before) and not _RANGE_BEFORE.search(before[: day.start()]):
            continue  # "den 9 april 2024", "2 mars": a date
        year_match = _YEAR_AFTER.match(after)
        name = m.group("full") or m.group("abbr")
        if m.group("abbr") and not (year_match or _RANGE_BEFORE.search(before)):
            continue  # "jul", "dec" alone may be words or column labels
        year = int(year_match.group(1)) if year_match else None
        explicit = bool(year_match or _RANGE_BEFORE.search(before) or _PERIOD_WORD.search(before))
        found.append((m.start(), Statement("month", year, MONTHS[name], explicit)))
    return found


def heading_statements(text: str) -> list[Statement]:
    """Every period statement in one heading text, in reading order."""
    low = text.lower()
    found: list[tuple[int, Statement]] = _month_statements(low)
    for m in _ANNUAL_STATEMENT.finditer(low):
        found.append((m.start(), Statement("annual", int(m.group(1)))))
    for m in _BUDGET_STATEMENT.finditer(low):
        if not _FOLLOW_UP_BEFORE.search(low, 0, m.start()):  # not "Uppföljning av budget 2024"
            found.append((m.start(), Statement("budget", int(m.group(1)))))
    for m in _TERTIAL_STATEMENT.finditer(low):
        if m.group(1) or m.group(4):
            month = int(m.group(1) or m.group(4)) * 4
        elif m.group(2):
            month = _ORDINALS[m.group(2)] * 4
        else:
            month = int(m.group(3)) * 3
        found.append((m.start(), Statement("month", int(m.group(5)) if m.group(5) else None, month)))
    for m in _YEAR_ONLY_STATEMENT.finditer(low):
        found.append((m.start(), Statement("year", int(m.group(1)))))
    for m in _IN_FORCE_FROM.finditer(low):  # rules in force from a year: that year
        found.append((m.start(), Statement("annual", int(m.group(1)))))
    found.sort(key=lambda item: (item[0], _KIND_ORDER[item[1].kind]))
    return [statement for _, statement in found]


def _document_kind(headings: list[str]) -> str | None:
    """ "interim" when the first report word in the headings is a follow-up ("Månadsuppföljning",
    "Delårsrapport"), so that a table's "Budget 2026" or "Bokslut 2025" is no period."""
    for text in headings:
        m = _TYPE_WORDS.search(text.lower())
        if m:
            return m.lastgroup
    return None


def prose_statements(text: str) -> list[Statement]:
    """Explicit period phrases in running text, in reading order: "per maj", "januari–maj 2026",
    "efter sju månader", "perioden 1/1–31/8", "april månads uppföljning"."""
    low = text.lower()
    found: list[tuple[int, Statement]] = []
    for m in _PROSE_PERIOD.finditer(low):
        name = next(g for g in (m.group(k) for k in "abcdef") if g)
        after = low[m.end() :]
        if _LIST_AFTER.match(after):
            continue
        range_end = _RANGE_END.match(after)
        if range_end:  # "delårsrapport för januari–augusti": the range's end
            name, after = range_end.group(1), after[range_end.end() :]
        year_match = _YEAR_AFTER.match(after)
        found.append(
            (m.start(), Statement("month", int(year_match.group(1)) if year_match else None, MONTHS[name]))
        )
    for m in _MONTHS_ELAPSED.finditer(low):
        n = m.group("n")
        month = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        if 1 <= month <= 12:
            found.append((m.start(), Statement("month", None, month)))
    for m in _DAY_MONTH_RANGE.finditer(low):
        if 1 <= int(m.group(2)) <= 12:
            found.append((m.start(), Statement("month", None, int(m.group(2)))))
    found.sort(key=lambda item: item[0])
    return [statement for _, statement in found]


def filename_statements(filename: str) -> list[Statement]:
    """What a file name says: "…-2026-04", "…-arsredovisning-2014-…", "…-2016-jan-aug-…", "…-2010"."""
    stem = Path(filename).stem.lower()
    ascii_stem = stem.translate(str.maketrans("åäö", "aao"))
    words = " ".join(re.split(r"[^a-z0-9åäö]+", stem))
    found: list[Statement] = []
    numeric = re.search(
        rf"(?<!\d)({_YEAR})[-_ ]?(0[1-9]|1[0-2])(?!\d)(?![-_ ]?(?:0[1-9]|[12]\d|3[01])(?!\d))", stem
    )
    if numeric:  # "…-2026-04"; "…-2026-05-06" is the date of a meeting, not a period
        found.append(Statement("month", int(numeric.group(1)), int(numeric.group(2))))
    annual = re.search(
        rf"(?<![a-z])(arsredovisning|arsredogorelse|arsrapport|arsbokslut|bokslut|verksamhetsberattelse|helar)\w*\W+({_YEAR})(?!\d)",
        ascii_stem,
    )
    if annual:
        found.append(Statement("annual", int(annual.group(2))))
    budget = re.search(rf"(?<![a-z])budget\W+({_YEAR})(?!\d)", ascii_stem)
    if budget:
        found.append(Statement("budget", int(budget.group(1))))
    year = re.search(rf"(?<!\d)({_YEAR})(?!\d)", _ISO_DATE.sub(" ", stem))  # a date's year is the date's
    if year:
        named = [MONTHS[w] for w in words.split() if w in MONTHS]
        if named and not numeric:
            found.append(Statement("month", int(year.group(1)), named[-1] if len(named) <= 2 else named[0]))
        found.append(Statement("year", int(year.group(1))))
    return found


def _years_spoken_of(texts: list[str]) -> Counter[int]:
    """Years named in the texts, dates left out (a letter written in January speaks of last year)."""
    counts: Counter[int] = Counter()
    for text in texts:
        clean = _DATE_WITH_NAME.sub(" ", _ISO_DATE.sub(" ", text.lower()))
        counts.update(int(y) for y in re.findall(rf"(?<![\d.,/-])({_YEAR})(?![\d.,]\d)", clean))
    return counts


def _dates(texts: list[str]) -> list[tuple[int, int]]:
    found = []
    for text in texts:
        for m in _ISO_DATE.finditer(text):
            found.append((int(m.group(1)), int(m.group(2))))
    return found


def _format(year: int, month: int | None) -> str:
    return f"{year}-{month:02d}" if month else str(year)


def find_period(texts: list[str], filename: str, body: str = "") -> str | None:
    """The period from heading texts (title lines, PDF title, running headers: strongest first), the file
    name and the running text; see the module docstring for the order."""
    headings = [line for text in texts for line in heading_blocks(text)]
    kind = _document_kind(headings)
    statements = [s for text in headings for s in heading_statements(text)]
    if kind == "interim":
        statements = [s for s in statements if s.kind not in {"annual", "budget"}]
    from_name = filename_statements(filename)
    name_year = next((s.year for s in from_name if s.year), None)

    # the body is read only when the headings and the file name leave the period open (most often they
    # do not): each reading once, when first needed
    @cache
    def prose() -> list[Statement]:
        return prose_statements(body)

    @cache
    def context() -> Counter[int]:
        return _years_spoken_of([*headings, body])

    @cache
    def dates() -> list[tuple[int, int]]:
        return _dates([*texts, body, Path(filename).stem])

    def year_for(month: int) -> int | None:
        # a file name of the same month states its year ("…-2025-10.pdf" for "Månadsrapport oktober"), over the
        # years the text speaks of (plans for next year among them)
        if named := next((s.year for s in from_name if s.year and s.month == month), None):
            return named
        if context():
            return context().most_common(1)[0][0]
        if name_year:
            return name_year
        if dates():  # the date a report was written: a December report is signed in January
            year, written = dates()[0]
            return year - 1 if month > written else year
        return None

    def months() -> Iterator[Statement]:
        yield from (s for s in statements if s.explicit)
        yield from from_name
        yield from prose()
        yield from statements

    def month_for(year: int) -> int | None:
        for s in months():
            if s.kind == "month" and s.month and s.year in {None, year}:
                return s.month
        return None

    for heading in headings[:3]:
        if decision := _DECISION_FOR.search(heading):
            return decision.group(1)
    # a document of a year that is no report of months ("Lönekartläggning 2025"): that year, whatever
    # date its text or a table's caption measures at
    titled = _TITLED_BY_YEAR.match(headings[0]) if headings and kind is None else None
    if titled and not heading_statements(headings[0]):
        return titled.group(1)
    for s in [*statements[:1], *from_name[:1]]:
        if s.kind in {"annual", "budget"} and s.year:
            return str(s.year)
        if s.kind == "month" and s.month:
            year = s.year or year_for(s.month)
            if year:
                return _format(year, s.month)
        if s.kind == "year" and s.year:
            if any(_PLAN_FOLLOW_UP.search(h) for h in headings[:3]):
                return str(s.year)  # a year's plan followed up: "Uppföljning av internkontrollplan 2025"
            return _format(s.year, month_for(s.year))
    for s in prose():
        if s.month:
            year = s.year or year_for(s.month)
            if year:
                return _format(year, s.month)
    if dates():
        return _format(*dates()[0])
    for text in [*texts, filename, body[:2000]]:  # no month anywhere: the first year named
        y = re.search(rf"(?<!\d)({_YEAR})(?!\d)", text)
        if y:
            return y.group(1)
    return None


def heading_blocks(text: str) -> list[str]:
    """A title page's lines as blocks of consecutive short lines (a title broken over lines reads whole:
    "Stadsrevisionens årsredogörelse och" + "årsrapport för 2023"); long prose lines are left out.
    A text of one line (a running header, the PDF title) is one block whatever its length. The end of a
    sentence ("mnkr, i första hand inom socialnämnden.") is prose too."""
    if "\n" not in text:
        return [text.strip()] if text.strip() else []
    blocks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line and len(line) <= HEADING_MAX_CHARS and not line.endswith("."):
            current.append(line)
            continue
        if current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


HEADING_MAX_CHARS = 60
