"""Report metadata: municipality, committee, period and report type.

Read from the title page, running headers and footers, the PDF metadata, demonyms and the file
name; municipality names are checked against the list of all kommuner and regioner in ``data/``.
Unknown stays ``None``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MUNICIPALITIES_CSV = Path(__file__).resolve().parents[1] / "data" / "municipalities.csv"

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
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
REPORT_TYPES = (
    ("ekonomisk lägesrapport", r"ekonomisk\s+lägesrapport|lägesrapport"),
    ("delårsrapport", r"delårsrapport|delårsbokslut|delår"),
    ("tertialrapport", r"tertialrapport|tertialuppföljning|tertial"),
    ("verksamhetsberättelse", r"verksamhetsberättelse"),
    ("årsredovisning", r"årsredovisning|årsbokslut|bokslut|årsrapport"),
    ("månadsuppföljning", r"månadsuppföljning"),
    ("månadsrapport", r"månadsrapport|månadsprognos"),
    ("prognosrapport", r"prognosrapport|prognos\s+\d"),
    ("månadsuppföljning", rf"uppföljning\s+(per|för)\s+({_MONTH_ALT})"),
    ("uppföljning", r"uppföljning"),
)


@dataclass(frozen=True)
class Municipality:
    name: str
    kind: str
    official_name: str
    demonym: str


@dataclass(frozen=True)
class ReportMetadata:
    municipality: str | None
    committee: str | None
    period: str | None
    report_type: str | None


_COMBINING = re.compile("[\u0300-\u036f]")  # the accents NFKD splits off Latin letters


def fold(text: str) -> str:
    """Lower case without diacritics: "Göteborgs stad" -> "goteborgs stad"."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()))


@cache
def municipalities(path: Path = MUNICIPALITIES_CSV) -> tuple[Municipality, ...]:
    if not path.exists():
        return ()
    with path.open(encoding="utf-8") as fh:
        return tuple(
            Municipality(
                r["name"].strip(),
                r["kind"].strip(),
                (r.get("official_name") or "").strip(),
                (r.get("demonym") or "").strip(),
            )
            for r in csv.DictReader(fh)
            if r.get("name")
        )


def known_municipality(name: str) -> str | None:
    """The canonical name for a user-given or detected name, or None when it is not on the list."""
    target = fold(name.strip())
    for m in municipalities():
        if target in {fold(m.name), fold(m.official_name)} or target in {fold(m.name) + " kommun"}:
            return m.official_name if m.kind == "region" else m.name
    return None


def _display(m: Municipality) -> str:
    return m.official_name if m.kind == "region" else m.name


@cache
def _strong_index() -> tuple[re.Pattern[str], dict[str, str]]:
    """One compiled pattern for every way a body names itself: "alingsås kommun", "göteborgs stad",
    "region halland", "västra götalandsregionen"; folded text -> display name."""
    names: dict[str, str] = {}
    for m in municipalities():
        n = fold(m.name)
        for key in (f"{n} kommun", f"{n}s kommun", f"{n} stad", f"{n}s stad", f"region {n}"):
            names.setdefault(key, _display(m))
        if m.official_name:
            names[fold(m.official_name)] = _display(m)
    alternation = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b"), names


@cache
def _demonym_index() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    stems: dict[str, str] = {}
    for m in municipalities():
        if m.demonym and len(m.demonym) >= 5:
            demonym = fold(m.demonym)
            stems[demonym[:-1] if demonym.endswith("e") else demonym] = _display(m)
    if not stems:
        return None, {}
    alternation = "|".join(re.escape(k) for k in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b({alternation})\w*"), stems


@cache
def _filename_keys() -> tuple[tuple[str, str], ...]:
    keys = [("-".join(re.split(r"[^a-z0-9]+", fold(m.name))), _display(m)) for m in municipalities()]
    return tuple(sorted(((k, d) for k, d in keys if len(k) >= 4), key=lambda kd: -len(kd[0])))


def find_municipality(strong_texts: list[str], body: str, filename: str) -> str | None:
    """Strong evidence ("Alingsås kommun", "Region Halland") in title/headers/metadata, then the file name,
    then demonyms in the body ("alingsåsarnas")."""
    pattern, names = _strong_index()
    if names:
        match = pattern.search(fold(" \n ".join(strong_texts)))
        if match:
            return names[match.group(0)]
    joined = "-" + "-".join(re.split(r"[^a-z0-9]+", fold(Path(filename).stem))) + "-"
    for key, display in _filename_keys():
        if f"-{key}-" in joined or f"-{key}s-" in joined:
            return display
    named = _named_in_body(pattern, names, fold(body[:5000]))
    if named:
        return named
    demonyms, stems = _demonym_index()
    if demonyms is not None:
        hit = demonyms.search(fold(body))
        if hit:
            return stems[hit.group(1)]
    return None


def _named_in_body(pattern: re.Pattern[str], names: dict[str, str], body: str) -> str | None:
    """A body that names itself ("Nämnden i Sundsvalls kommun redovisar …"): the name said most often,
    if said twice or near the start; one mention deep in the text may be a neighbour that sells places."""
    hits: dict[str, list[int]] = {}
    for match in pattern.finditer(body):
        hits.setdefault(names[match.group(0)], []).append(match.start())
    if not hits:
        return None
    name, where = max(hits.items(), key=lambda item: (len(item[1]), -item[1][0]))
    return name if len(where) >= 2 or where[0] < 1000 else None


_COMMITTEE = re.compile(
    # "Socialnämnden", "Socialnämndens", "Vård- och omsorgsnämnden", "Äldre samt vård- och omsorgsnämnden"
    r"((?:[A-ZÅÄÖ][\wåäö]*-?\s+(?:och|samt)\s+)?(?:[\wåäö]+-?\s+(?:och|samt)\s+)?[\wÅÄÖåäö-]*?(?:nämnd|styrelse))"
    r"(?:ens|en|ns|n|s)?\b"
    r"|([A-ZÅÄÖ][a-zåäö]+(?:iska|ska|ala)\s+nämnd)(?:en|ens)?\b"  # "Tekniska nämnden"
    r"|(Kommunfullmäktige|Nämnden för [\wåäö ]+)"
)


def find_committee(texts: list[str]) -> str | None:
    """The committee a report is from, in its definite form ("Socialnämndens rapport" -> "Socialnämnden")."""
    for text in texts:
        for match in _COMMITTEE.finditer(text):
            name = (match.group(1) or match.group(2) or match.group(3) or "").strip()
            if len(name) < 6 or name.lower() in {"nämnd", "styrelse"} or "nämnder" in name.lower():
                continue  # the word itself, or the plural ("Nämndernas och styrelsens driftuppföljning")
            name = name[0].upper() + name[1:]
            if name.endswith("nämnd"):
                name += "en"
            elif name.endswith("styrelse"):
                name += "n"
            return name
    return None


def find_period(texts: list[str], filename: str) -> str | None:
    for text in texts:
        low = text.lower()
        m = re.search(
            rf"(?:\b(?:per|t\.?o\.?m\.?|till och med|[–-]|delår(?:srapport)?)\s*)({_MONTH_ALT})\w*\s+(\d{{4}})",
            low,
        )
        m = m or re.search(rf"\b({_MONTH_ALT})\w*\s+(\d{{4}})", low)
        if m:
            return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
        t = re.search(r"tertial(?:rapport)?\s*([123])\D{0,12}(\d{4})", low)
        if t:
            return f"{t.group(2)}-{int(t.group(1)) * 4:02d}"
        d = re.search(r"\b(20\d\d|19\d\d)-(0[1-9]|1[0-2])(-\d\d)?\b", low)
        if d:
            return f"{d.group(1)}-{d.group(2)}"
        y = re.search(r"(helår|årsredovisning|bokslut|verksamhetsberättelse|årsrapport)\s+(\d{4})", low)
        if y:
            return y.group(2)
    f = re.search(r"(20\d\d)[-_](0[1-9]|1[0-2])", filename)
    if f:
        return f"{f.group(1)}-{f.group(2)}"
    for text in [*texts, filename]:  # no month anywhere: the first year named ("Prognos 3 2015")
        y = re.search(r"(?<!\d)(20[0-4]\d|19[89]\d)(?!\d)", text)
        if y:
            return y.group(1)
    return None


@cache
def _report_type_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """REPORT_TYPES, also matching file names written without å, ä, ö ("arsredovisning")."""
    ascii_tolerant = {"å": "[åa]", "ä": "[äa]", "ö": "[öo]"}
    return tuple(
        (canonical, re.compile("".join(ascii_tolerant.get(c, c) for c in pattern)))
        for canonical, pattern in REPORT_TYPES
    )


def find_report_type(texts: list[str]) -> str | None:
    """The first specific type any text names; plain "uppföljning" only when none does."""
    lowered = [text.lower() for text in texts]
    for generic in (False, True):
        for low in lowered:
            for canonical, pattern in _report_type_patterns():
                if (canonical == "uppföljning") == generic and pattern.search(low):
                    return canonical
    return None


def read_metadata(
    title_lines: list[str], running_lines: list[str], pdf_metadata: dict[str, str], body: str, filename: str
) -> ReportMetadata:
    meta_texts = [pdf_metadata.get(k, "") for k in ("title", "subject", "author", "keywords")]
    ordered = [*running_lines[:4], *title_lines[:12], *meta_texts]
    strong = [t for t in ordered if t]
    return ReportMetadata(
        municipality=find_municipality(strong, body, filename),
        committee=find_committee(strong + [body[:3000]]),
        period=find_period(strong + [body[:2000]], filename),
        report_type=find_report_type(
            [*meta_texts, *title_lines[:8], *running_lines[:4], filename.replace("-", " ")]
        ),
    )
