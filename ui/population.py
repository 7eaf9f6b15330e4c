"""Read a population table (kommun, invånare) as SCB or Kolada export it, without ever guessing a figure.

Accepted: comma, semicolon or tab separated; UTF-8 (with or without BOM) or Windows-1252; title lines above
the header; names with a code ("1480 Göteborg"), with "kommun"/"stad" ("Göteborgs stad") or a county for a
region ("Hallands län" -> Region Halland); numbers with spaces, no-break spaces or dots between thousands.
When there are several number columns (years), the last one is used, or the one whose header says invånare /
folkmängd / value. Rows whose name is not a known kommun or region are listed, never matched by guess.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import cache

from extract.metadata import MUNICIPALITIES_CSV, fold, known_municipality
from index.catalog.interface import PopulationFigure

POPULATION_HEADERS = ("invanare", "folkmangd", "befolkning", "population", "value", "varde", "antal")
YEAR_HEADERS = ("period", "ar", "year", "tid")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_CODE = re.compile(r"^\s*\d{2,4}\s+")
_NUMBER = re.compile(r"^[+]?\d{1,3}([ \u00a0\u202f.]\d{3})+$|^[+]?\d+([.,]0+)?$")


@dataclass(frozen=True)
class Population:
    inhabitants: dict[
        str, int
    ]  # canonical municipality name -> inhabitants (the latest year's, or the column's)
    unmatched: tuple[str, ...]  # names in the file that are not a known kommun or region
    column: str  # the header of the column that was read
    by_year: dict[tuple[str, int], int] = field(default_factory=dict)  # (name, year) -> inhabitants, if years

    def figures(self, year: int | None = None) -> list[PopulationFigure]:
        """Every figure with its year: the file's years, or else ``year`` for the one column."""
        if self.by_year:
            return [PopulationFigure(n, y, v) for (n, y), v in sorted(self.by_year.items())]
        if year is None:
            return []
        return [PopulationFigure(n, year, v) for n, v in sorted(self.inhabitants.items())]


class PopulationError(ValueError):
    """The file cannot be read as a population table; the message says what to do."""


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise PopulationError(
        "filen är varken UTF-8 eller Windows-1252; spara den som CSV (UTF-8) och försök igen"
    )


def _rows(text: str) -> list[list[str]]:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        raise PopulationError("filen är tom; exportera tabellen igen från SCB eller Kolada")
    sample = "\n".join(lines[:50])
    delimiter = max(";,\t", key=lambda d: sum(ln.count(d) for ln in sample.splitlines()))
    return [
        [cell.strip() for cell in row]
        for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    ]


def parse_number(cell: str) -> int | None:
    cell = cell.strip().strip('"')
    if not _NUMBER.match(cell):
        return None
    digits = re.sub(r"[ \u00a0\u202f.]", "", re.sub(r"[.,]0+$", "", cell)).lstrip("+")
    return int(digits) if digits.isdigit() else None


@cache
def _regions_by_county() -> dict[str, str]:
    """ "hallands lan" -> "Region Halland": SCB names a region's population by its county."""
    if not MUNICIPALITIES_CSV.exists():
        return {}
    with MUNICIPALITIES_CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {
        fold(r["county"]): r["official_name"] for r in rows if r.get("kind") == "region" and r.get("county")
    }


def canonical_name(cell: str) -> str | None:
    """The archive's name for a municipality or region as an export writes it, or None when unknown."""
    name = _CODE.sub("", cell.strip().strip('"')).strip()
    if not name:
        return None
    found = known_municipality(name)
    if found:
        return found
    folded = fold(name)
    if folded in _regions_by_county():
        return _regions_by_county()[folded]
    for suffix in (" kommun", " stad"):
        if folded.endswith(suffix):
            base = name[: -len(suffix)].strip()
            found = known_municipality(base) or (
                known_municipality(base[:-1]) if base.endswith("s") else None
            )
            if found:
                return found
    return None


def _year(cell: str) -> int | None:
    cell = cell.strip().strip('"')[:4]
    return int(cell) if _YEAR.match(cell) else None


def _year_column(header: list[str]) -> int | None:
    """A column whose header says it holds the year (Kolada's "period")."""
    return next((i for i, h in enumerate(header) if fold(h.strip().strip('"')) in YEAR_HEADERS), None)


def _number_column(header: list[str], body: list[list[str]], name_col: int, skip: int | None = None) -> int:
    counts = [0] * len(header)
    for row in body:
        for i, cell in enumerate(row[: len(header)]):
            if i not in (name_col, skip) and parse_number(cell) is not None:
                counts[i] += 1
    candidates = [i for i, c in enumerate(counts) if c and c >= 0.5 * max(counts)]
    if not candidates:
        raise PopulationError(
            "hittar ingen kolumn med invånartal; filen ska ha en kolumn med kommun och en med antal invånare"
        )
    named = [i for i in candidates if any(h in fold(header[i]) for h in POPULATION_HEADERS)]
    return (named or candidates)[-1]


def parse_population(data: bytes) -> Population:
    rows = _rows(_decode(data))
    width = max(len(r) for r in rows)
    matches = [0] * width
    for row in rows:
        for i, cell in enumerate(row):
            if canonical_name(cell):
                matches[i] += 1
    if not any(matches):
        raise PopulationError(
            "hittar inga kommunnamn i filen; den ska ha en kolumn med kommun (t.ex. "
            '"1480 Göteborg" eller "Alingsås") och en med invånare'
        )
    name_col = matches.index(max(matches))
    first = next(i for i, r in enumerate(rows) if len(r) > name_col and canonical_name(r[name_col]))
    header = rows[first - 1] if first > 0 else [f"kolumn {i + 1}" for i in range(width)]
    header = header + [""] * (width - len(header))
    body = [r for r in rows[first:] if len(r) > name_col]
    year_col = _year_column(header)
    number_col = _number_column(header, body, name_col, year_col)
    year_cols = {
        i: y for i, h in enumerate(header) if (y := _year(h)) is not None and h.strip().strip('"')[4:] == ""
    }
    inhabitants: dict[str, int] = {}
    by_year: dict[tuple[str, int], int] = {}
    unmatched: list[str] = []
    for row in body:
        name = canonical_name(row[name_col])
        value = parse_number(row[number_col]) if len(row) > number_col else None
        if name is None:
            if row[name_col] and not parse_number(row[name_col]):
                unmatched.append(row[name_col])
            continue
        if year_col is not None and len(row) > year_col and value and (year := _year(row[year_col])):
            by_year[(name, year)] = value
        for year_index, year in year_cols.items():
            figure = parse_number(row[year_index]) if len(row) > year_index else None
            if figure:
                by_year[(name, year)] = figure
        if value and year_col is None:
            inhabitants[name] = value
    if not inhabitants and not by_year:
        raise PopulationError(
            "inga rader med både kommun och invånartal; kontrollera att filen har en rad per kommun"
        )
    if by_year and year_col is not None:  # one row per year: the latest year's figure per municipality
        latest: dict[str, int] = {}
        for (name, year), value in by_year.items():
            if year >= latest.get(name, 0):
                latest[name] = year
                inhabitants[name] = value
    column = header[number_col] or f"kolumn {number_col + 1}"
    return Population(inhabitants, tuple(unmatched), column, by_year)


def inhabitants_in(
    figures: list[PopulationFigure], municipality: str | None, year: int | None
) -> tuple[int, int] | None:
    """(inhabitants, the year they are of) for a municipality in ``year``: that year's figure, else the
    nearest earlier year's, else the nearest later one's; None when none is stored."""
    years = {f.year: f.inhabitants for f in figures if f.municipality == municipality}
    if not years or municipality is None:
        return None
    if year is None:
        chosen = max(years)
    else:
        earlier = [y for y in years if y <= year]
        chosen = max(earlier) if earlier else min(years)
    return years[chosen], chosen
