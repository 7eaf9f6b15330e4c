"""Report metadata: municipality, committee, period and report type.

Read from the title page, running headers and footers, the PDF metadata, demonyms and the file
name; municipality names are checked against the list of all kommuner and regioner in ``data/``.
Unknown stays ``None``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.body_names import (
    CALLS_ITSELF_UNION,
    COMPANY,
    HAS_MEMBERS,
    JOINT_COMMITTEE_LINE,
    JOINT_FOR_KOMMUNER,
    JOINT_NAMED_TITLE,
    JOINT_SAID,
    JOINT_TITLE,
    NAME_LINE,
    NAMED_UNION,
    ONE_WORD_NAME_LINE,
    OPENS_AS_UNION,
    ORGAN,
    PROPER_NAME_LINE,
    REPORT_VERB,
    RESCUE_SERVICE,
    SELF_NAMED_LINE,
    UNION,
    UNION_LINE,
    UNION_SAID,
)
from extract.committees import find_committee, spelled_out
from extract.periods import MONTH_ALT, find_period, heading_blocks
from extract.tag_files import REPO_ROOT

# REPO_ROOT, not this file's place: the compiled module lives in build/native/ (extract.native)
MUNICIPALITIES_CSV = REPO_ROOT / "data" / "municipalities.csv"

REPORT_TYPES = (
    ("ekonomisk lägesrapport", r"ekonomisk\s+lägesrapport|lägesrapport"),
    ("delårsrapport", r"delårsrapport|delårsbokslut|\bdelår"),  # not "fördelar" read as "delar"
    ("tertialrapport", r"tertialrapport|tertialuppföljning|tertial"),
    ("verksamhetsberättelse", r"verksamhetsberättelse"),
    ("årsredovisning", r"årsredovisning|årsredogörelse|årsbokslut|bokslut|årsrapport"),
    ("månadsuppföljning", r"månadsuppföljning"),
    ("månadsrapport", r"månadsrapport|månadsprognos"),
    ("prognosrapport", r"prognosrapport|prognos\s+\d"),
    # a title that opens with the budget itself ("Mål och budget 2026", "Budget 2027, ramar 2028–2029"), not
    # a follow-up of it ("Uppföljning av budget 2026")
    ("budget", r"^\s*((mål|strategisk plan|verksamhetsplan) och )?budget\s+(för\s+)?20\d\d"),
    # a proposal of the fees themselves ("Översyn av taxor och avgifter för 2026"): no follow-up either
    # "Revidering av taxa för vatten och avlopp från 1 januari 2026", "Ny VA-taxa 2026"
    (
        "taxor och avgifter",
        r"^\s*((översyn|förslag|revidering) (av|till|på|om) )?(nya? |höjda |reviderad )?(va-)?(taxor|taxa)\b",
    ),
    # the follow-up of the internal-control plan itself ("Uppföljning av internkontrollplan 2025"), not a
    # budget follow-up that also reports on it
    (
        "internkontroll",
        r"^\s*(uppföljning (av|till) )?(den )?intern\s?kontroll(plan)?(en)?(\s+(för\s+)?20\d\d|\s*$)",
    ),
    # a comparison of costs with other kommuner or with what the structure motivates ("Kostnads- och
    # nyckeltalsanalys 2024"): about cost levels, not about a budget
    (
        "nyckeltalsanalys",
        r"^\s*(kostnads-? och )?nyckeltals(analys|jämförelse)|^\s*kostnadsanalys|^\s*(analys|jämförelse) av "
        r"(kostnader|nyckeltal)",
    ),
    # grants shared out for a year ("Fördelning av föreningsbidrag 2026"): a decision, no follow-up
    ("bidragsfördelning", r"^\s*(förslag till )?fördelning av \w*bidrag"),
    # rules for the budget process itself ("Riktlinjer för ekonomistyrning"): no follow-up
    ("riktlinjer", r"^\s*(riktlinjer|regler|reglemente|policy)\s+(för|om)\s+(ekonomi|budget|ekonomisk)"),
    ("månadsuppföljning", rf"uppföljning\s+(per|för)\s+({MONTH_ALT})"),
    ("uppföljning", r"uppföljning"),
)


@dataclass(frozen=True)
class Municipality:
    name: str
    kind: str
    official_name: str
    demonym: str
    aliases: tuple[str, ...] = ()  # short names in common use: "Väsby" for Upplands Väsby


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
                tuple(a.strip() for a in (r.get("aliases") or "").split(";") if a.strip()),
            )
            for r in csv.DictReader(fh)
            if r.get("name")
        )


def known_municipality(name: str) -> str | None:
    """The canonical name for a user-given or detected name, or None when it is not on the list; spelled
    as given first ("Håbo" is not "Habo"), then without diacritics ("Goteborg")."""
    as_given, folded = _spellings()
    return as_given.get(name.strip().lower()) or folded.get(fold(name.strip()))


@cache
def _spellings() -> tuple[dict[str, str], dict[str, str]]:
    """Each municipality's names (its own, official, "X kommun") in lower case, and without diacritics, to
    its canonical name; the first on the list holds a spelling two share."""
    tables: tuple[dict[str, str], dict[str, str]] = ({}, {})
    for spelling, table in zip((str.lower, fold), tables, strict=True):
        for m in municipalities():
            own = spelling(m.name)
            for key in (own, spelling(m.official_name), own + " kommun"):
                table.setdefault(key, _display(m))
    return tables


@cache
def _folded_alike() -> dict[str, tuple[str, ...]]:
    """The names that fold to another's spelling ("Håbo" and "Habo"): each with all of them."""
    by_fold: dict[str, list[str]] = {}
    for m in municipalities():
        by_fold.setdefault(fold(m.name), []).append(m.name)
    return {name: tuple(alike) for alike in by_fold.values() if len(alike) > 1 for name in alike}


def _as_spelled(name: str | None, texts: list[str]) -> str | None:
    """Of names that fold alike, the one the texts spell out (matching is done without diacritics)."""
    alike = _folded_alike().get(name or "")
    if not alike:
        return name
    low = " \n ".join(texts).lower()
    return next((a for a in alike if re.search(rf"\b{re.escape(a.lower())}\b", low)), name)


def _display(m: Municipality) -> str:
    return m.official_name if m.kind == "region" else m.name


_Trie = dict[str, "_Trie"]  # a character -> the keys going on with it; "" -> {} where a key ends


def _alternation(keys: Iterable[str]) -> str:
    """A regex for any of ``keys`` that matches what their alternation longest first matches, as a prefix
    trie: hundreds of names cost a few comparisons at each position instead of one per name. The keys
    matching at one position are prefixes of one another, and the trie tries them longest first too
    (a key ending where longer ones go on is an optional group, greedy)."""
    trie: _Trie = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}  # a key ends here

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


@cache
def _strong_index() -> tuple[re.Pattern[str], dict[str, str]]:
    """One compiled pattern for every way a body names itself: "alingsås kommun", "göteborgs stad",
    "region halland", "västra götalandsregionen", also in the genitive ("region jämtland härjedalens")
    and as a web address ("www.sollentuna.se", "goteborg.se"); folded text -> display name."""
    names: dict[str, str] = {}
    for m in municipalities():
        n = fold(m.name)
        for key in (f"{n} kommun", f"{n}s kommun", f"{n} stad", f"{n}s stad", f"region {n}"):
            names.setdefault(key, _display(m))
        if m.official_name:
            names[fold(m.official_name)] = _display(m)
        for key in _domains(m):
            names.setdefault(key, _display(m))
    alternation = _alternation(names)
    return re.compile(rf"\b({alternation})s?(?![\w-])"), names


def _domains(m: Municipality) -> list[str]:
    """The web addresses a kommun or region publishes under: "alingsas.se", "regionhalland.se"."""
    plain = re.sub(r"[^a-z]", "", fold(m.official_name if m.kind == "region" else m.name))
    return [f"{plain}.se"] if len(plain) >= 3 else []


@cache
def _demonym_index() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    stems: dict[str, str] = {}
    for m in municipalities():
        if m.demonym and len(m.demonym) >= 5:
            demonym = fold(m.demonym)
            stems[demonym[:-1] if demonym.endswith("e") else demonym] = _display(m)
    if not stems:
        return None, {}
    alternation = _alternation(stems)
    return re.compile(rf"\b({alternation})\w*"), stems


@cache
def _place_index() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A committee "i Falkenberg" (the place after a committee word), and short names ("Väsby")."""
    places: dict[str, str] = {}
    for m in municipalities():
        for name in (m.name, *m.aliases):
            if m.kind == "kommun" and len(name) >= 3:
                places.setdefault(fold(name), _display(m))
    if not places:
        return None, {}
    alternation = _alternation(places)
    # searched in folded text: "Socialnämnden i Falkenberg" reads "socialnamnden i falkenberg"
    return re.compile(rf"(?:namnd|styrelse|utskott|fullmaktige)\w*\s+i\s+({alternation})\b"), places


@cache
def _alias_index() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    aliases = {fold(a): _display(m) for m in municipalities() for a in m.aliases if len(a) >= 4}
    if not aliases:
        return None, {}
    alternation = _alternation(aliases)
    return re.compile(rf"\b({alternation})\b"), aliases


@cache
def _filename_keys() -> tuple[tuple[str, str], ...]:
    keys = [("-".join(re.split(r"[^a-z0-9]+", fold(m.name))), _display(m)) for m in municipalities()]
    return tuple(sorted(((k, d) for k, d in keys if len(k) >= 4), key=lambda kd: -len(kd[0])))


def find_municipality(strong_texts: list[str], body: str, filename: str) -> str | None:
    """Strong evidence ("Alingsås kommun", "Region Halland", "goteborg.se") in title/headers/metadata,
    then the file name, then the body naming itself ("Höörs kommun", "utskott i Falkenberg"), demonyms
    ("alingsåsarnas") and short names ("Väsby stöd och omsorg"); last, a kommunalförbund's own name."""
    # a line that describes the report's own body as a union ("Brandkåren Norra Dalarna, kommunalförbund för
    # Mora, Orsa och Älvdalen"), before the members it names
    strong = " \n ".join(strong_texts)
    described = UNION_LINE.search(strong) or NAMED_UNION.search(strong) or JOINT_COMMITTEE_LINE.search(strong)
    if described:
        return described.group("name")
    # a joint committee titled by its own name, whose text says it is one, before the host kommun on the letterhead:
    # "Norrhälsinge miljö- och räddningsnämnd" over "Nämnden är en gemensam nämnd för Hudiksvalls och Nordanstigs
    # kommuner med Hudiksvall som värdkommun"
    joint_named = JOINT_NAMED_TITLE.search("\n".join(strong_texts))
    if joint_named and JOINT_SAID.search(body[:2000]):
        return joint_named.group("name")
    if joint_for := JOINT_FOR_KOMMUNER.search(
        "\n".join(strong_texts)
    ):  # "Miljönämnden för Habo och Mullsjö kommuner"
        return joint_for.group("name")
    # a union's name as a title line or the PDF's author ("Kalmarsunds gymnasieförbund", "Höglandsförbundet"),
    # before the members a sentence of the title page names ("… varav Kalmar kommun svarar för 71 procent")
    name_lines = " \n ".join(t for t in strong_texts if len(t) <= NAME_LINE)
    titled = UNION.search(name_lines)
    if titled:
        return titled.group("name") or titled.group(0)
    # a name of its own on a title line ("Tolkförmedling Väst, perioden januari–augusti") where the text calls
    # itself "förbundet": a union not named as one
    proper = PROPER_NAME_LINE.search(name_lines)
    if proper and not known_municipality(proper.group("name")) and OPENS_AS_UNION.search(body[:5000]):
        return proper.group("name")
    pattern, names = _strong_index()
    match = pattern.search(fold(" \n ".join(strong_texts))) if names else None
    if match:
        return names[match.group(1)]
    if proper and not known_municipality(proper.group("name")) and CALLS_ITSELF_UNION.search(body[:3000]):
        # no kommun or region names itself, and the text speaks of "förbundet" ("För helåret prognostiserar förbundet
        # …" under "Miljösamverkan östra Skaraborg"): the title line's name is the union's
        return proper.group("name")
    joined = "-" + "-".join(re.split(r"[^a-z0-9]+", fold(Path(filename).stem))) + "-"
    for key, display in _filename_keys():
        if f"-{key}-" in joined or f"-{key}s-" in joined:
            return display
    union = UNION.search(" \n ".join(strong_texts))
    # a kommunalförbund that names no member: "Södertörns brandförsvarsförbund", before the places its text
    # names ("Verksamheten finns i Bollnäs, Söderhamn och Hudiksvall")
    if union:
        return union.group("name") or union.group(0)
    folded = fold(body)
    named = _named_in_body(pattern, names, folded[:5000])
    if named:
        return named
    for index in (_place_index, _demonym_index, _alias_index):
        found, lookup = index()
        hit = found.search(folded) if found is not None else None
        if hit:
            return lookup[hit.group(1)]
    said = UNION_SAID.search(body[:5000])  # "Räddningstjänsten Syd är ett kommunalförbund som …"
    if said:
        return said.group("name") or said.group("joint")
    # a rescue service that calls itself "förbundet": "Räddningstjänsten Skåne Nordväst", "Bergslagens
    # Räddningstjänst"
    rescue = RESCUE_SERVICE.search(" \n ".join(strong_texts))
    if rescue and CALLS_ITSELF_UNION.search(body[:5000]):
        return rescue.group(0).strip()
    # last, a title line's own name that the text reports as ("Höglandets IT" and "Höglandets IT redovisar efter
    # maj …"): a joint body named neither kommun nor förbund
    said = (
        proper
        and re.search(  # or its figures: "Mittskåne Vattens prognos för 2025 är …"
            rf"{_SENTENCE_START}{re.escape(proper.group('name'))}(?:\s+{REPORT_VERB}|s\s+(?:resultat|prognos)\b)",
            body[:3000],
        )
    )
    # or one its text says has member kommuner: "Hälsingerådet finansieras genom årsavgifter från de sex
    # medlemskommunerna …"
    if proper and (said or HAS_MEMBERS.search(body[:3000])):
        return proper.group("name")
    # a body titled by its place and what it is, that its text names by the latter: "Höje å vattenråd" and
    # "Vattenrådets resultat för januari–september …"
    # (or by the last part of it: "Dalälvens Vattenvårdsförening" and "Föreningens prognos för helåret …")
    for line in SELF_NAMED_LINE.finditer(name_lines):
        forms = {line.group("kind").capitalize(), line.group("head").capitalize()}
        itself = "|".join(sorted(forms))
        # (not another body of the kind: "Rådet för folkhälsa har inte sammanträtt")
        if re.search(
            rf"{_SENTENCE_START}(?:{itself})(?:et|ets|en|ens|n|ns)\b(?!\s+(?:för|i|inom)\b)", body[:3000]
        ):
            return line.group("name")
    # or a one-word name on a title line that the text opens its figures with: "Storsthlm" and "Storsthlms resultat
    # för perioden är 2 140 tkr …"
    for line in ONE_WORD_NAME_LINE.finditer(name_lines):
        name = line.group("name")
        opens = rf"{_SENTENCE_START}{re.escape(name)}s?\s+(?:resultat|ekonomi|prognos|{REPORT_VERB})"
        if not known_municipality(name) and not ORGAN.search(name) and re.search(opens, body[:3000]):
            return name
    # a nämnd titled by a place that is no kommun: a joint committee of several ("Bergslagens miljö- och byggnämnd")
    joint = JOINT_TITLE.search(name_lines)
    return (
        joint.group("name")
        if joint and not known_municipality(joint.group("place") or joint.group("area"))
        else None
    )


_SENTENCE_START = r"(?:^|\n|[.!?]\s+)"  # where a text may speak of itself by name


def _is_region(municipality: str | None) -> bool:
    """A region, by either of its names: "Region Halland", "Västra Götalandsregionen"."""
    name = municipality or ""
    return name.startswith("Region ") or name.endswith("regionen")


def _named_in_body(pattern: re.Pattern[str], names: dict[str, str], body: str) -> str | None:
    """A body that names itself ("Nämnden i Sundsvalls kommun redovisar …"): the name said most often,
    if said twice or near the start; one mention deep in the text may be a neighbour that sells places."""
    hits: dict[str, list[int]] = {}
    for match in pattern.finditer(body):
        hits.setdefault(names[match.group(1)], []).append(match.start())
    if not hits:
        return None
    name, where = max(hits.items(), key=lambda item: (len(item[1]), -item[1][0]))
    return name if len(where) >= 2 or where[0] < 1000 else None


@cache
def _report_type_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """REPORT_TYPES, also matching file names written without å, ä, ö ("arsredovisning")."""
    ascii_tolerant = {"å": "[åa]", "ä": "[äa]", "ö": "[öo]"}
    return tuple(
        (canonical, re.compile("".join(ascii_tolerant.get(c, c) for c in pattern)))
        for canonical, pattern in REPORT_TYPES
    )


# documents that follow up no budget: whatever they explain is no deviation from one (LABELS.md). Not
# "budget": a follow-up whose title is lost may be typed so by a table headed "Budget 2026"; the passage
# model sees a budget's prose for what it is
NOT_FOLLOW_UPS = frozenset(
    {"taxor och avgifter", "internkontroll", "nyckeltalsanalys", "riktlinjer", "bidragsfördelning"}
)
_FALLBACKS = ("uppföljning", "budget")  # in this order, when no specific type is named anywhere


def find_report_type(texts: list[str]) -> str | None:
    """The first specific type any text names; plain "uppföljning" only when none does, and a budget only
    when nothing speaks of a follow-up (a follow-up's tables are headed "Budget 2026" too)."""
    lowered = [text.lower() for text in texts]
    for wanted in (None, *_FALLBACKS):
        for low in lowered:
            for canonical, pattern in _report_type_patterns():
                if (
                    canonical == wanted or (wanted is None and canonical not in _FALLBACKS)
                ) and pattern.search(low):
                    return canonical
    return None


def read_metadata(
    title_lines: list[str], running_lines: list[str], pdf_metadata: dict[str, str], body: str, filename: str
) -> ReportMetadata:
    meta_texts = [pdf_metadata.get(k, "") for k in ("title", "subject", "author", "keywords")]
    ordered = [*running_lines[:4], *title_lines[:12], *meta_texts]
    strong = [t for t in ordered if t]
    municipality = _as_spelled(find_municipality(strong, body, filename), [*strong, body[:5000]])
    # a company the kommuner own, titled by its name ("Gryaab AB", "Hallands Hamnar AB – rapport till ägarna") or
    # its author ("Sydvatten AB" above a title page that names the company in its prose): its own report, its
    # board's, unless a name line names the kommun or region too (not only a sentence on who owns it)
    company = next(
        (
            m.group("name") or m.group("short")
            for t in [*title_lines[:3], pdf_metadata.get("author", "")]
            if (m := COMPANY.match(t))
        ),
        None,
    )
    # (a kommun in the company's own name, "Falun Borlänge-regionen AB", "Uppsala Vatten och Avfall AB", is not one)
    if company and municipality and _on_a_name_line(municipality, [t.replace(company, "") for t in strong]):
        company = None
    # the period: the title page first, then the PDF title, then running headers (a footer left over
    # from last month's template loses to the title)
    period_headings = ["\n".join(title_lines[:TITLE_LINES]), *meta_texts[:2], *running_lines[:8]]
    report_type = find_report_type(
        [*meta_texts, *title_lines[:8], *running_lines[:4], filename.replace("-", " ")]
    )
    committee = (
        "Styrelsen"
        if company
        else spelled_out(
            find_committee(
                [*running_lines[:4], *heading_blocks("\n".join(title_lines[:12])), *meta_texts],
                body[:3000],
                region=_is_region(municipality),
                budget=report_type == "budget",
                union=any(
                    "förbund" in t.lower() for t in [municipality or "", *title_lines[:3], *meta_texts[:2]]
                )
                # a union named otherwise ("Bergslagens Räddningstjänst") that calls itself "förbundet"
                or (
                    bool(municipality)
                    and not known_municipality(municipality or "")
                    and bool(CALLS_ITSELF_UNION.search(body[:5000]))
                ),
            ),
            [*title_lines[:12], body[:3000]],
        )
    )
    if (
        committee is None
        and municipality
        and not known_municipality(municipality)
        and not _is_region(municipality)
    ):
        committee = (
            "Styrelsen"  # a joint body of kommuner that names no committee of its own ("Hälsingerådet")
        )
    return ReportMetadata(
        municipality=company or municipality,
        committee=committee,
        period=find_period([t for t in period_headings if t], filename, body[:4000]),
        report_type=report_type,
    )


def _on_a_name_line(municipality: str, lines: list[str]) -> bool:
    """Whether a short line (a title, a header, the PDF's author) names the kommun or region."""
    name = fold(municipality)
    return any(name in fold(line) for line in lines if len(line) <= NAME_LINE)


TITLE_LINES = 15  # a title page's heading is within its first lines, after a letterhead at most
