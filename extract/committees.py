"""The committee a report is from: "Socialnämnden", "Vård- och omsorgsnämnden", "Kommunstyrelsen",
"Stadsrevisionen", "Direktionen".

The report's own headings decide first: a committee named in the genitive before a report word
("Stadsrevisionens årsredogörelse", "Socialnämndens månadsuppföljning") is its owner even under a cover
page addressed to Kommunfullmäktige; else the first committee the headings name. A report without a
committee in its headings that goes through several committees, or speaks of "nämnderna" or the
kommun's own result, is a whole-kommun report: Kommunstyrelsen (Regionstyrelsen in a region).
"""

from __future__ import annotations

import re

_COMMITTEE = re.compile(
    # "Socialnämnden", "Socialnämndens", "Vård- och omsorgsnämnden", "Äldre samt vård- och omsorgsnämnden"
    # "Kultur-, idrotts- och fritidsnämnden": more names before, each with its hyphen and comma
    r"((?:[A-ZÅÄÖ][\wåäö]*-?\s+(?:och|samt)\s+)?(?:[A-ZÅÄÖ][\wåäö]*-,\s+(?:[\wåäö]+-,\s+)*)?"
    r"(?:[\wåäö]+-?\s+(?:och|samt)\s+)?[\wÅÄÖåäö-]*?(?:nämnd|styrelse))"
    r"(?:ens|en|ns|n|s)?(?![^\W\d_])"  # a word's end, or digits run into it ("Servicenämnd673235")
    # "Tekniska nämnden", "Regionala utvecklingsnämnden", "Stadsmiljö- och tekniska nämnden"
    r"|((?:[A-ZÅÄÖ][\wåäö]*-\s+och\s+[a-zåäö]+|[A-ZÅÄÖ][a-zåäö]+)(?:iska|ska|ala)\s+[a-zåäö]*nämnd)(?:en|ens)?\b"
    # "Nämnden för Vård & Omsorg", "Nämnden för arbete och välfärd"; not the next line's "Förslag till beslut"
    # "Styrelsen för Skaraborgs Sjukhus": a region's board of one hospital
    # "Nämnd för folkhälsa och sjukvård" (Region Jönköpings län's own spelling)
    # "Nämnd för trafik, infrastruktur och miljö" (a list before its "och"); "Styrelsen för NU-sjukvården"
    r"|(Kommunfullmäktige|Regionfullmäktige|Nämnd(?:en)? för [\wåäö]+(?:(?:, [a-zåäö][\wåäö]*)+(?= och ))?"
    r"(?: [a-zåäö][\wåäö]*| & [\wåäö]+)*"
    r"|Styrelsen för [A-ZÅÄÖ][\wåäö-]+"
    # "… Habilitering & Hälsa"; a hospital's name ends its board's ("Styrelsen för Sahlgrenska Universitetssjukhuset"
    # before the next heading's "Ekonomiskt resultat")
    # (nor a heading word after it: "Styrelsen för Regionservice" above "Ekonomiskt resultat")
    r"(?: & [A-ZÅÄÖ][\wåäö-]+|(?:(?<!sjukhuset)(?<!lasarettet) (?!Region\b|Kommun\b|Ekonomisk|Sammanfattning\b|Inledning\b|"
    r"Verksamhet|Resultat\b|Året\b|Periodens\b|Uppföljning\b|Prognos)[A-ZÅÄÖ][\wåäö-]+| AB\b){0,2})"
    r"(?: (?:sjukhus|lasarett)(?:et)?(?: AB)?(?![\wåäö]))?)"  # "Styrelsen för Södertälje sjukhus AB", "… Alingsås lasarett"
    # audit offices and a kommunalförbund's board: "Stadsrevisionens", "revisorskollegiet", "Direktionen"
    # "Revisorerna i Härryda kommun"
    r"|\b((?:[Ss]tads|[Kk]ommun|[Rr]egion)?[Rr]evision|[Rr]evisorskollegi|[Dd]irektion|[Rr]evisorer)"
    r"(?:en|ens|et|ets|na)\b"  # not "revisorernas granskning", which another committee answers
)
_REPORT_WORD = re.compile(
    r"\s+(?:[\wåäö-]+\s+)?(?:\w*rapport|\w*uppföljning|\w*redovisning|\w*redogörelse|\w*berättelse"
    r"|\w*bokslut|\w*prognos|budget|verksamhetsplan|\w*skrivelse)",
    re.IGNORECASE,
)
_SEVERAL = r"nämnderna|nämndernas|styrelserna|styrelsernas|per nämnd|respektive nämnd|nämnder/styrelse"
_SEVERAL_COMMITTEES = re.compile(rf"\b(?:{_SEVERAL})\b", re.IGNORECASE)
_WHOLE_KOMMUN = re.compile(
    rf"\b(?:{_SEVERAL}"
    r"|kommunövergripande|regionövergripande|kommunen som helhet|regionen som helhet)\b"
    r"|\b(?:kommunens|regionens|stadens)\s+(?:\w+\s+){0,2}?resultat",
    re.IGNORECASE,
)
# a region's report titled by the hospital it runs
_HOSPITAL = re.compile(  # "Kungälvs sjukhus", "Karolinska Universitetssjukhuset", "Södersjukhuset AB"
    r"\b(?:(?!Region\b)(?![\wåäö]*regionen\b)[A-ZÅÄÖ][\wåäö]+ ){1,3}[A-ZÅÄÖa-zåäö]*?(?:[Ss]jukhus|[Ll]asarett)(?:et)?"
    r"(?: AB)?\b"  # "Alingsås lasarett"
    r"|\b[A-ZÅÄÖ][a-zåäö]+sjukhuset(?: AB)?(?![\wåäö])"
    # "S:t Eriks Ögonsjukhus AB": a saint's name, a hospital in one word
    r"|(?<![\wåäö])S:t [A-ZÅÄÖ][\wåäö]+ [A-ZÅÄÖ][a-zåäö]*sjukhus(?:et)?(?: AB)?(?![\wåäö])"
)
# "Folktandvården Stockholms län AB", "Ambulanssjukvården i Storstockholm AB" (a preposition before a name)
_REGION_COMPANY = re.compile(
    r"\b(?!Region\b)[A-ZÅÄÖ][\wåäö-]+(?: (?:i |för )?[A-ZÅÄÖa-zåäö][\wåäö-]+){0,3} AB\b"
)
_BOARD = re.compile(r"\b[Ss]tyrelsen(?:s)?\b(?! för)")
# a samordningsförbund has a styrelse by law (lagen om finansiell samordning), whatever its text calls it
# and so has an association of kommuner and others: "Arbogaåns vattenförbund", "Dalälvens Vattenvårdsförening"
_FINSAM = re.compile(r"[Ss]amordningsförbund|\bFinsam\b|[Vv]atten(?:vårds)?(?:förbund|förening)")
_AUDIT = {
    "revision": "Revisionen",
    "revisorskollegi": "Revisorskollegiet",
    "direktion": "Direktionen",
    "revisorer": "Revisorerna",
}
_RECIPIENT = re.compile(r"\b(till|för kännedom till)\s+$", re.IGNORECASE)
_STATE_AGENCIES = ("länsstyrelse", "socialstyrelse", "transportstyrelse", "rikspolisstyrelse")


def _name(match: re.Match[str]) -> str | None:
    """The definite form of one match, or None for the bare word or a plural."""
    if match.group(4):
        stem = match.group(4).lower()
        if stem in _AUDIT:
            return _AUDIT[stem]
        return stem[0].upper() + stem[1:] + "en"  # "Stadsrevisionen", "Kommunrevisionen"
    name = (match.group(1) or match.group(2) or match.group(3) or "").strip()
    if len(name) < 6 or name.lower() in {"nämnd", "styrelse"} or "nämnder" in name.lower():
        return None  # the word itself, or the plural ("Nämndernas och styrelsens driftuppföljning")
    words = name.lower().split()
    if len(words) >= 3 and words[-2] in ("och", "samt") and words[-1] in ("nämnd", "styrelse"):
        return None  # an area joined to the bare word: "Gemensamt och nämnd", "Ledning och styrelse"
    if name.lower().startswith(_STATE_AGENCIES):
        return None  # "… som tidigare låg på länsstyrelsen": the state's, never a kommun's committee
    name = name[0].upper() + name[1:]
    if name.endswith("nämnd"):
        name += "en"
    elif name.endswith("styrelse"):
        name += "n"
    return name


# every match of _COMMITTEE holds one of these (a text without any is not searched: most headings)
_COMMITTEE_WORDS = ("nämnd", "Nämnd", "styrelse", "Styrelse", "fullmäktige", "evis", "irektion")


def _named(text: str) -> list[tuple[str, re.Match[str]]]:
    """Every committee a text names, in order, with its match."""
    if not any(word in text for word in _COMMITTEE_WORDS):
        return []
    return [
        (_with_its_unit(name, text, m.start(), m.end()), m)
        for m in _COMMITTEE.finditer(text)
        if (name := _name(m))
    ]


# a region's board named after the unit it runs: "Driftnämnden Hallands sjukhus", "Driftnämnden Psykiatri"
# "Driftnämnden Psykiatri", "Driftnämnden Hallands sjukhus", "Driftnämnden Ambulans, diagnostik och hälsa"
_UNIT_AFTER = re.compile(
    r" [A-ZÅÄÖ][\wåäö]+(?:(?:, [a-zåäö]+)+ och [a-zåäö]+\b| (?:sjukhus|sjukvård|vård|hälsa|psykiatri)\b)?"
)


# the care unit a board is named after, when no hospital: "Skånevård Kryh"
_HOSPITAL_UNIT = re.compile(r"[A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)?")
_UNIT_BEFORE_DASH = re.compile(r"(?<![\wåäö-])([A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+){0,3}) [–—-] $")
_DIRECTION_BEFORE = re.compile(r"(?<![\wåäö])(Södra|Norra|Västra|Östra|Mellersta) $")
# a district named before its nämnd: "Kungsholmens stadsdelsnämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd"
_DISTRICT_BEFORE = re.compile(r"(?<![\wåäö-])([A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]*)*) $")


def _with_its_unit(name: str, text: str, start: int, end: int) -> str:
    # a region's nämnd for a part of it, named by its direction: "Södra hälso- och sjukvårdsnämnden"
    if (side := _DIRECTION_BEFORE.search(text, max(0, start - 20), start)) and text[
        start : start + 1
    ].islower():
        return f"{side.group(1)} {name[:1].lower()}{name[1:]}"
    if name == "Stadsdelsnämnden" and text.startswith("stadsdelsnämnd", start):
        district = _DISTRICT_BEFORE.search(text, max(0, start - 40), start)
        return f"{district.group(1)} stadsdelsnämnd" if district else name
    # the indefinite form before the unit's name: "Sjukhusstyrelse Skånevård Kryh" (not "Sjukhusstyrelsen Ekonomiskt …")
    if name == "Sjukhusstyrelsen" and text[start:end].endswith("styrelse") and text[end : end + 1] == " ":
        unit = _HOSPITAL.match(text, end + 1) or _HOSPITAL_UNIT.match(text, end + 1)
        if unit:
            return f"Sjukhusstyrelse {unit.group(0)}"  # "Sjukhusstyrelse Skånes universitetssjukhus"
    # the unit's name before a dash: "Skånevård Sint Lucia – Sjukhusstyrelsen"
    if name == "Sjukhusstyrelsen" and (unit := _UNIT_BEFORE_DASH.search(text, max(0, start - 60), start)):
        return f"Sjukhusstyrelse {unit.group(1)}"
    if name != "Driftnämnden" or not (unit := _UNIT_AFTER.match(text, end)):
        return name
    return name + unit.group(0)


def committees_in(text: str) -> list[str]:
    """Every committee a text names, in order."""
    return [name for name, _ in _named(text)]


def _committees_at(text: str) -> list[tuple[str, int]]:
    return [(name, m.start()) for name, m in _named(text)]


def _owner(text: str, named: list[tuple[str, re.Match[str]]]) -> str | None:
    """A committee in the genitive before a report word: "Stadsrevisionens årsredogörelse"."""
    for name, m in named:
        if m.group(0).endswith("s") and _REPORT_WORD.match(text, m.end()):
            return name
    return None


_CENTRAL = {"Kommunfullmäktige", "Regionfullmäktige"}  # named in any report: the council decides
_WITH_AMOUNT = re.compile(r"[,:]?\s*[+\-−–±]?\s?\d[\d ,]*\s*(tkr|mnkr|mkr|miljoner|tusen)\b")
_MEETING_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2}|\d{1,2} [a-zåäö]+ \d{4})\b")


def find_committee(
    texts: list[str], body: str = "", *, region: bool = False, budget: bool = False, union: bool = False
) -> str | None:
    """The committee a report is from, in its definite form ("Socialnämndens rapport" -> "Socialnämnden").
    ``texts`` are the headings (title blocks, running headers, PDF title), strongest first; a heading
    naming three committees or more is a list (a table of contents, a table), not the report's owner.
    A whole-kommun ``budget`` ("Mål och budget 2026") is the council's: fullmäktige adopts it. A
    kommunalförbund's (``union``) whole report is its direktion's."""
    found = _find_committee(texts, body, region=region, budget=budget, union=union)
    if found in _GENERIC:  # "Stadsdelsnämndens sammanträde" in a footer, the district in the title
        specific = _GENERIC[found]
        named = next((n for text in texts for n, _ in _named(text) if specific in n and n != found), None)
        if named is None and found == "Sjukhusstyrelsen":
            # the care unit alone on a title line, its board named "Sjukhusstyrelsen" in the footer: "Skånevård Kryh"
            unit = next(
                (line for text in texts for line in text.splitlines() if _CARE_UNIT_LINE.fullmatch(line)),
                None,
            )
            named = f"Sjukhusstyrelse {unit.strip()}" if unit else None
        return named or found
    return found


_CARE_UNIT_LINE = re.compile(
    r"\s*(?:[A-ZÅÄÖ][\wåäö]*vård|[A-ZÅÄÖ][\wåäö]+s universitetssjukhus)(?: [A-ZÅÄÖ][\wåäö]+){0,2}\s*"
)


# a nämnd that several of its kind share a name with, and what its own name holds: "Kungsholmens stadsdelsnämnd",
# "Sjukhusstyrelse Skånes universitetssjukhus"
_GENERIC = {"Stadsdelsnämnden": " stadsdelsnämnd", "Sjukhusstyrelsen": "Sjukhusstyrelse "}


def _find_committee(texts: list[str], body: str, *, region: bool, budget: bool, union: bool) -> str | None:
    named = [(text, _named(text)) for text in texts]  # each heading searched once
    headings = [(text, names) for text, names in named if len({n for n, _ in names} - _CENTRAL) < 3]
    for text, names in headings:
        owner = _owner(text, names)
        if owner:
            return owner
    # the first committee named, before one a heading sends the report to ("… och överlämnar den till
    # kommunstyrelsen", but "Underlag till Kommunstyrelsen" when no other is named)
    recipient = None
    for text, names in headings:
        for name, match in names:
            if name in _CENTRAL and _MEETING_DATE.match(text, match.end()):
                continue  # "Kommunfullmäktige 2025-10-23": the council's meeting that receives the report
            if _WITH_AMOUNT.match(text, match.end()):
                continue  # "Socialnämnden, −18,4 mnkr": one nämnd's part of a whole-kommun report
            if not _RECIPIENT.search(text, 0, match.start()):
                return name
            recipient = recipient or name
    if region and (hospital := next((m for text, _ in headings if (m := _HOSPITAL.search(text))), None)):
        return f"Styrelsen för {hospital.group(0)}"  # "Karolinska Universitetssjukhuset": its board's report
    if region and (company := next((m for text, _ in headings if (m := _REGION_COMPANY.search(text))), None)):
        return f"Styrelsen för {company.group(0)}"  # "Folktandvården Stockholms län AB": a company the region owns
    found = _committees_at(body)
    if recipient:
        # "Samhällsbyggnadsnämnden godkänner uppföljningen och överlämnar den till kommunstyrelsen": the body's
        # opening names the sender
        opening = found[0][0] if found and found[0][1] < 300 else None
        return opening if opening and opening != recipient and opening not in _CENTRAL else recipient
    if union:
        # a samordningsförbund is run by a styrelse, not a direktion: "Styrelsens sammanträde 2025-09-26"
        titles = "\n".join(texts)
        whole = (
            "Styrelsen"
            if _BOARD.search(titles) or _BOARD.search(body) or _FINSAM.search(titles)
            else "Direktionen"
        )
    elif budget:
        whole = "Regionfullmäktige" if region else "Kommunfullmäktige"
    else:
        whole = "Regionstyrelsen" if region else "Kommunstyrelsen"
    if union:
        # a förbund's own board decides, not a committee its text mentions in passing ("högre arvoden till
        # revisorerna"): only one the text names as a subject, capitalised, may stand for it
        found = [(name, at) for name, at in found if body[at].isupper()]
    in_body = [name for name, _ in found]
    if len(set(in_body) - _CENTRAL) >= 3:
        return whole  # a report that goes through the committees one by one
    if in_body and found[0][1] < 300 and body[found[0][1]].isupper():
        return in_body[0]  # a committee the text names first thing, as a sentence's subject, is its own
    if _SEVERAL_COMMITTEES.search(body):
        return whole  # "Nämnderna redovisar nedan sina helårsprognoser …"
    if _WHOLE_KOMMUN.search(body[:400]):
        return whole  # opens on the kommun's own result: "Kommunens resultat för perioden uppgår till …"
    if in_body and in_body.count(in_body[0]) >= 2:
        return in_body[0]  # a committee the text keeps naming
    if _WHOLE_KOMMUN.search(body):
        return whole
    return in_body[0] if in_body else (whole if union else None)


# an abbreviation in a committee's name: "Styrelsen för SLSO"
_ABBREVIATION = re.compile(r"\b[A-ZÅÄÖ]{3,6}\b")


def spelled_out(committee: str | None, texts: list[str]) -> str | None:
    """A committee named with an abbreviation ("Styrelsen för SLSO") in the words the report spells the
    abbreviation out with ("Stockholms läns sjukvårdsområde (SLSO)"): the name a reader searches for."""
    found = _ABBREVIATION.search(committee or "")
    if committee is None or found is None:
        return committee
    short = found.group(0)
    for text in texts:
        for line in text.splitlines():
            at = line.find(f" ({short})")
            words = line[:at].split()[-6:] if at > 0 else []
            # the longest run of words before the brackets that starts with the abbreviation's first letter
            start = next((i for i, w in enumerate(words) if w[:1] == short[0]), None)
            if start is not None and len(words) - start >= 2:
                return committee.replace(short, " ".join(words[start:]))
    # or a title line whose words' initials make it ("Södra Älvsborgs Sjukhus" for SÄS)
    for text in texts:
        for line in text.splitlines():
            if len(line) <= _TITLE_LINE and (name := _initialled(short, line)):
                return committee.replace(short, name)
    return committee


def _initialled(short: str, line: str) -> str | None:
    """The first run of capitalised-first ``words`` whose initials spell ``short``, where a compound word may
    give a letter for each of its parts ("Stockholms läns sjukvårdsområde" for SLSO: sjukvård-s-område), at
    least two words long."""
    letters = short.lower()
    found = list(_WORD.finditer(line))
    words = [m.group(0) for m in found]

    def spells(at: int, word: int) -> int | None:  # the end of a run from words[word] spelling letters[at:]
        if at == len(letters):
            return word
        if at > 0 and word < len(words) and words[word].lower() in _JOINING:
            return spells(at, word + 1)  # "Ambulans, diagnostik och hälsa" for ADH
        if word == len(words) or words[word][:1].lower() != letters[at]:
            return None
        rest = words[word][1:].lower()
        taken = at + 1
        while True:  # this word's first letter alone, then one more of its parts' letters each time
            if (end := spells(taken, word + 1)) is not None:
                return end
            if taken == len(letters) or (part := rest.find(letters[taken], 2)) < 0:
                return None
            rest, taken = rest[part + 1 :], taken + 1

    for start in range(len(words)):
        if words[start][:1].isupper() and (end := spells(0, start)) is not None and end - start >= 2:
            return line[
                found[start].start() : found[end - 1].end()
            ]  # as written: "Ambulans, diagnostik och hälsa"
    return None


_TITLE_LINE = 60  # characters: a title line, not a sentence
_WORD = re.compile(r"[\wåäö-]+")
_JOINING = {"och", "samt", "i", "för"}  # words an abbreviation leaves out
