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
from dataclasses import dataclass
from functools import cache

from extract.metadata import MUNICIPALITIES_CSV, fold, known_municipality

POPULATION_HEADERS = ("invanare", "folkmangd", "befolkning", "population", "value", "varde", "antal")
_CODE = re.compile(r"^\s*\d{2,4}\s+")
_NUMBER = re.compile(r"^[+]?\d{1,3}([ \u00a0\u202f.]\d{3})+$|^[+]?\d+([.,]0+)?$")


@dataclass(frozen=True)
class Population:
    inhabitants: dict[str, int]  # canonical municipality name -> inhabitants
    unmatched: tuple[str, ...]  # names in the file that are not a known kommun or region
    column: str  # the header of the column that was read


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


def _number_column(header: list[str], body: list[list[str]], name_col: int) -> int:
    counts = [0] * len(header)
    for row in body:
        for i, cell in enumerate(row[: len(header)]):
            if i != name_col and parse_number(cell) is not None:
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
    number_col = _number_column(header, body, name_col)
    inhabitants: dict[str, int] = {}
    unmatched: list[str] = []
    for row in body:
        name = canonical_name(row[name_col])
        value = parse_number(row[number_col]) if len(row) > number_col else None
        if name is None:
            if row[name_col] and not parse_number(row[name_col]):
                unmatched.append(row[name_col])
        elif value:
            inhabitants[name] = value
    if not inhabitants:
        raise PopulationError(
            "inga rader med både kommun och invånartal; kontrollera att filen har en rad per kommun"
        )
    return Population(inhabitants, tuple(unmatched), header[number_col] or f"kolumn {number_col + 1}")
