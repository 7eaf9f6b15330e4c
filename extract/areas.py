"""The area an explanation is about: its heading, or the subject its first sentence names, matched to
the rows of the report's tables ("Köp av tjänster", "Hemtjänsten har …", "Barn och unga: …")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from extract import cues
from extract.deviation_shares import share_of_deviation
from extract.sentences import sentences
from extract.types import TableRow

_NOT_LETTER_OR_DIGIT = re.compile(r"[^a-zåäö0-9 ]")
SECTION_NUMBER = re.compile(r"^\d+(\.\d+)*\s+")  # a heading's number: "3.2 Hemtjänst"
_AREA_PHRASE = re.compile(
    r"^(?:Verksamheten|Verksamhetsområdet|Området|Enheten|Avdelningen)\s+(?:inom\s+)?"
    r"(?P<area>[A-ZÅÄÖ][\w\-/,åäö ]{2,60}?)\s+(?:landar|gör|har|visar|redovisar|prognostiserar|bedöms|kommer|"
    r"går|uppvisar|pekar|beräknas)",
)


_NOT_AN_AREA = re.compile(
    r"^(Nämnde(?!rna\b)\w*|Förvaltning\w*|Styrelse\w*|Det|Den|Detta|Dessa|Under|Utfall|Prognos|Resultat|För|Efter|Inom|Med|I|Vid|"
    r"Trots|Som|Totalt|Årets|Hittills|Sammantaget|Vi|Man|Även|Också|Jämfört|Sedan|Aprils|Uppföljningen|"
    r"Prognosen|Budgeten|Resultatet|Utfallet|Kommunen|Regionen|Verksamheten|Verksamhetsområdet|Avdelningarna|"
    r"Enheten|Avdelningen|Området|Ekonomin|Föregående|Förra|"
    r"Därtill|Dessutom|Vidare|Samtidigt|Inkommande|Huvuddelen|Största|Merparten|Flera|Många|Båda|Samtliga|Arbetet|Om|Ifall|Av|"
    r"(?:Till|Utöver|Utom) (?:detta|det|dessa))\b"  # "Till detta kommer att lönerevisionen …"
)


# account groups in the words reports use for them: what the opening sentence mentions, as the row is named
ACCOUNT_GROUPS: tuple[tuple[str, cues.Cue], ...] = tuple(
    (name, cues.Cue(pattern))
    for name, pattern in (
        ("Personalkostnader", r"personalkostnad|kostnader\w* för personal|lönekostnad"),
        ("Verksamhetens intäkter", r"\bintäkt"),
        ("Lokalkostnader", r"lokalkostnad|lokalhyr|hyreskostnad|\blokaler\b"),
        ("Köp av tjänster", r"köp av tjänster|köpta tjänster"),
        ("Köp av verksamhet", r"köp av (huvud)?verksamhet|köpt verksamhet|köpt vård|köpta platser"),
        ("Övriga kostnader", r"övriga kostnader|övriga verksamhetskostnader"),
        ("Kapitalkostnader", r"kapitalkostnad|kapitaltjänst|avskrivning"),
        ("Bidrag", r"\bbidrag\b|statsbidrag"),
        ("Taxor och avgifter", r"taxor|avgiftsintäkt|\bavgifter\b"),
        ("Ekonomiskt bistånd", r"ekonomiskt bistånd|försörjningsstöd"),
        ("Investeringar", r"investering"),
        # the finance items of a whole-kommun report
        (
            "Skatteintäkter och generella statsbidrag",
            r"skatteintäkt|generella statsbidrag|kommunalekonomisk utjämning",
        ),
        ("Pensionskostnader", r"pensionskostnad"),
        ("Finansnetto", r"finansnetto|finansiella (intäkter|kostnader)|räntekostnad|ränteintäkt"),
    )
)


def account_groups_named(text: str) -> set[str]:
    """The account groups a (lower-cased) text names."""
    return set(cues.found_in(text, ACCOUNT_GROUPS))


@lru_cache(maxsize=4096)
def norm(label: str) -> str:
    """A label for comparing: lower case, letters and digits only."""
    return _NOT_LETTER_OR_DIGIT.sub(" ", label.lower()).replace("  ", " ").strip()


def match_row(
    area: str | None, candidates: list[TableRow], labels: list[str] | None = None
) -> TableRow | None:
    """The table row of the area: close in spelling, or one label a prefix of the other (wrapped labels).
    Candidates come nearest table first, so that of equal matches the closest table wins; ``labels``
    are their normalised labels, when the caller has them already."""
    if not area:
        return None
    target = norm(area)
    labels = labels if labels is not None else [norm(row.label) for row in candidates]
    if len(target) < 4:  # a short name ("Bad", "IT") only as it is spelled: close spellings are other words
        return next((row for row, label in zip(candidates, labels, strict=True) if label == target), None)
    scores = {  # spelling: rapidfuzz scores every label in one call
        i: score
        for _, score, i in process.extract(target, labels, scorer=fuzz.ratio, score_cutoff=85, limit=None)
        if len(labels[i]) >= 4
    }
    for i, label in enumerate(labels):  # a wrapped label: one is the start of the other
        if len(label) >= 10 and (target.startswith(label) or label.startswith(target)):
            scores[i] = max(scores.get(i, 0.0), 90.0)
    if not scores:
        return None
    best = min(scores, key=lambda i: (-scores[i], i))  # the highest score; of equals, the nearest table
    return candidates[best]


_SUBJECT = re.compile(
    r"^(?:•\s*)?(?:(?:Kostnaderna|Kostnaden|Kostnader|Intäkterna|Intäkten|Intäkter|Prognosen|Utfallet|"
    r"Budgetavvikelsen|Avvikelsen|Resultatet)\s+(?:för|inom)\s+)?"
    r"(?P<subject>[A-ZÅÄÖa-zåäö](?:[\wåäö\-/ ]|(?<=[A-ZÅÄÖ])–(?=\d)){2,60}?)(?:,(?!\d)|\s+(?:prognostiserar|prognostiseras|beräknas|visar|"
    r"redovisar|redovisade|visade|gick|bedöms|bedömer|beräknar|räknar|dämpar|dämpade|har|gör|landar|pekar|uppvisar|går|väntas|ökar|minskar|avviker|drar|blir|"
    r"lämnar|kommer|bidrar|förbättras|försämras|innebär|väger|slutar|slutade|hamnar|hamnade|förbrukar|förbrukade|"
    r"överskrider|överskred|underskrider|underskred|överstiger|understiger|översteg|understeg|överträffar|"
    r"överträffade|ligger|låg|var|är|blev|uppgick|uppgår|"
    r"ger|gav|ser ut|kostade|kostar|står|stod|tappar|tappade)\b"
    r"|(?=\s+[+\-−–]\s?[\d,]))"  # "Ledning +0,5 mkr (+0,6 mkr)"
)
# "3,6 miljoner kronor i underskott mot budget för fler elever inom grundskolan."; "vård- och omsorgsnämnden"
# is one name
_AMOUNT_LEAD = re.compile(
    r"^(?:•\s*)?[\d,\s]+(?:mnkr|mkr|tkr|miljoner kronor)\s+i\s+(?:underskott|överskott)(?:\s+mot\s+budget)?"
    r"(?:\s+för\s+[^.,]{0,60}?)?\s+inom\s+"
    r"(?P<subject>[\wåäö\- ]{3,50}?)(?:[,.]|(?<!-)\s+(?:till|på|där|främst|som|än|och|för|med)\b|$)"
)
_RUN_IN = re.compile(
    r"^(?:•\s*)?(?P<subject>[A-ZÅÄÖ][\wåäö\-/ ]{2,50}?)(?:\s*\([^()]{1,24}\))?:\s+\S"
)  # "Barn och unga: Kostnaderna …", "Vård- och omsorgsnämnden (−9,3 mnkr): Nettokostnaden …"
_ORG = re.compile(r"(nämnden|nämnd|styrelsen|förvaltningen|kommunen|regionen)$", re.I)
# the owner of a result in the genitive: a nämnd ("Utbildningsnämndens underskott"), or any unit in its definite
# form ("Gymnasieskolans prognos", "Hemtjänstens resultat"), but no period ("Tertialets resultat")
_OWNER = (
    r"(?P<owner>[A-ZÅÄÖ][\wåäö-]{3,}(?:\s+och\s+[\wåäö-]+)?(?:nämnden|styrelsen|förvaltningen)|Nämnderna|"
    r"(?!(?:Perioden|Året|Helåret|Tertialet|Delåret|Halvåret|Kvartalet|Månaden)s)[A-ZÅÄÖ][\wåäö]{3,}(?:en|an|na|et))"
)
_OWNERS_RESULT = re.compile(
    rf"^{_OWNER}s\s+"
    r"(?:sammanlagda\s+|sammantagna\s+|samlade\s+|totala\s+)?(underskott|överskott|prognos|resultat|avvikelse)\w*$"
)
# a nämnd's own deviation and its figure open the sentence: "Miljö- och tillsynsnämndens underskott på 1,4 mnkr …"
_OWNERS_FIGURE = re.compile(
    rf"^(?:•\s*)?{_OWNER}s\s+"
    r"(?:sammanlagda\s+|sammantagna\s+|samlade\s+|totala\s+)?(?:underskott|överskott|prognos|resultat|avvikelse)\w*\s+(?:på|om|med)\s+"
    r"(?:[+\-−–]\s?)?\d"
)
# a subject or heading that speaks of the result ("Förväntat resultat enligt budget är +7,5 mkr"), the report
# ("Socialnämndens ekonomiska uppföljning") or a period: not an area
_RESULT_SUBJECT = re.compile(
    r"resultat|budget|prognos|avvikelse|överskott|underskott|rapport|uppföljning|redovisning|bokslut|berättelse|"
    r"\b(19|20)\d\d\b|^(helåret|året|perioden|månaden)$",
    re.I,
)
# a verb or preposition left before a signed amount: "Lokalkostnadsökningar motsvarande -0,9 mnkr"
_TRAILING_LINK = re.compile(
    r"(\s+(är|var|blir|blev|motsvarande|om|med|på|till|uppgår|uppgick|totalt|cirka|ca|som helhet|sammantaget|sammanlagt|gemensamt|tillsammans))+$",
    re.I,
)


def _clean_area(text: str) -> str:
    text = SECTION_NUMBER.sub("", text).strip(" ,.:")
    return text[0].upper() + text[1:] if text else text


def _is_own_body(subject: str, committee: str | None) -> bool:
    low = subject.lower()
    if low in {"nämnden", "förvaltningen", "styrelsen", "kommunen", "regionen", "förbundet", "direktionen"}:
        return True
    if committee and (fuzz.ratio(low, committee.lower()) >= 85 or low.rstrip("s") == committee.lower()):
        return True
    stem = (
        committee.lower()[: -len("nämnden")] if committee and committee.lower().endswith("nämnden") else None
    )
    return bool(stem and low.startswith(stem) and low.endswith(("förvaltningen", "nämnden")))


# the subject after its verb, when the sentence opens with an adverbial: "Sett per kostnadsslag överstiger
# personalkostnaderna budget med 2,1 mnkr", "Inom kommunstyrelsen prognostiserar tekniska utskottet …"
_OUTCOME_WORD = re.compile(
    r"(?:utfall|resultat|prognos|avvikelse|underskott|överskott)\w*$|(?:kostnad|intäkt)(?:en|erna)$",
    re.IGNORECASE,
)
_INVERTED = re.compile(
    r"^(?:Sett (?:per|till) [\wåäö]+|Per [\wåäö]+|Inom (?P<within>[^,]{3,50}?)|Totalt sett|Sammantaget|Sammanfattningsvis|"
    r"Till detta|Därtill|Härtill|Dessutom)\s+"  # "Till detta kommer pensionskostnader som blir 2,1 mnkr lägre …"
    r"(?:överstiger|understiger|överskrider|underskrider|översteg|understeg|överskred|underskred|visar|redovisar|"
    r"prognostiserar|uppvisar|beräknas|"
    r"bedöms|väntas|ligger|blir|blev|är|var|ger|gav|lämnar|kommer)\s+"  # "Per kostnadsslag blev personalkostnaderna …"
    r"(?P<subject>(?!(?:det|den|de|vi|man|ett|en|budget\w*)\b)[a-zåäöA-ZÅÄÖ][\wåäö\-]+"
    r"(?:\s+(?:och|av|för)\s+[\wåäö\-]+|\s+[a-zåäö]+(?=\s+(?:ett|en)\s))?)"
    r"(?=\s+(?:budget\w*|ett|en|med|på|om|sin|sina|som|bli|vara|uppgå|landa|hamna|[+−\-]?\d))"
)
# a cleft that puts the area first: "Det är nämndernas verksamheter som står för avvikelsen"
_CLEFT = re.compile(  # also after how it is counted: "Per kostnadsslag är det köp av verksamhet som avviker mest"
    r"^(?:(?:Det|Detta)\s+är|(?:Per|Sett\s+(?:till|per)|Fördelat\s+(?:på|per))\s+[\wåäö]+,?\s+är\s+det)\s+"
    r"(?P<subject>[A-ZÅÄÖa-zåäö][\wåäö\- ]{2,60}?)\s+(?:(?:på|om)\s+[\d−\-+]|som\b|[–—])"
)
# the unit that owns what the cleft names: "nämndernas samlade underskott" -> "nämnderna"
_GENITIVE_OWNER = re.compile(
    r"^(?P<owner>[\wåäö-]*(?:nämnd(?:en|erna)|styrelse(?:n|rna)|förvaltning(?:en|arna)|verksamhet(?:en|erna)))s\b",
    re.I,
)
# all the units of a kind together: never one table row ("Nämnderna" is not "Bildningsnämnden")
_COLLECTIVE = re.compile(
    r"(nämnderna|styrelserna|förvaltningarna|verksamheterna|avdelningarna|enheterna|områdena)\b", re.I
)


def subject_area(passage: str, rows: list[TableRow], committee: str | None) -> str | None:
    """The area a sentence names as its subject: "Hemtjänsten har …", "Köpta platser HVB, …",
    "• 5,3 miljoner kronor i underskott inom idrott …". None for the committee itself."""
    first = sentences(passage)[0] if passage else ""
    if cleft := _CLEFT.match(first):  # "Det är nämndernas samlade underskott på 17,8 mnkr som drar ned …"
        owner = _GENITIVE_OWNER.match(cleft.group("subject"))
        subject = owner.group("owner") if owner else cleft.group("subject")
        return None if _NOT_AN_AREA.match(subject) else _clean_area(subject[:1].upper() + subject[1:])
    # "Miljö- och tillsynsnämndens underskott på 1,4 mnkr hänger samman …"
    if owner := _OWNERS_FIGURE.match(first):
        return None if _NOT_AN_AREA.match(owner.group("owner")) else _clean_area(owner.group("owner"))
    run_in = _RUN_IN.match(first)
    if run_in and cues.GENERIC_HEADING.match(run_in.group("subject")):
        run_in = None
    match = (
        run_in
        or _AMOUNT_LEAD.match(first)
        or _AREA_PHRASE.match(first)
        or _INVERTED.match(first)
        or _SUBJECT.match(first)
    )
    if not match:
        return None
    subject = _TRAILING_LINK.sub("", (match.groupdict().get("subject") or match.group("area")).strip())
    if match.groupdict().get("within") and _OUTCOME_WORD.match(subject):
        # "Inom Kvinnosjukvård och barn är utfallet 3,1 mnkr bättre …": where it is, not what
        subject = match.group("within")
    if owner := _OWNERS_RESULT.match(subject):
        subject = owner.group("owner")  # "Utbildningsnämndens underskott, nästan tio miljoner kronor, har …"
    if (
        len(subject) < 3
        or _RESULT_SUBJECT.search(subject)
        or _NOT_AN_AREA.match(subject)
        # after a fronted word the subject is in lower case: "Sammanfattningsvis bedöms ekonomin vara i balans"
        or (match.re is _INVERTED and _NOT_AN_AREA.match(subject[:1].upper() + subject[1:]))
        or len(subject.split()) > 7
        or _is_own_body(subject, committee)
    ):
        return None
    head = norm(subject).split()[0][:6] if norm(subject) and not _COLLECTIVE.match(subject) else ""
    for row in rows:
        label = norm(row.label)
        # at a word's start: "Tjänsten som verksamhetschef …" is no "Hemtjänst"
        contains = head and len(head) >= 5 and f" {head}" in f" {label}" and len(label) > len(head)
        if contains and fuzz.partial_ratio(norm(subject), label) >= 80:
            return row.label
    return _clean_area(subject)


def area_of(
    passage: str, headings: tuple[str, ...], rows: list[TableRow], committee: str | None, item: bool
) -> str | None:
    """An item of a list names its own area, else (an intro, an item without a subject) the heading does;
    a passage of its own takes the heading's area, else its subject's."""
    if item:
        return subject_area(passage, rows, committee) or _heading_area(headings)
    return _heading_area(headings) or subject_area(passage, rows, committee)


def _heading_area(headings: tuple[str, ...]) -> str | None:
    """The nearest heading that names something; a generic one ("Kommentar", "Åtgärder") defers to its parent."""
    for heading in reversed(headings):
        if cues.GENERIC_HEADING.match(heading):
            continue
        if len(heading) <= 70 and not _ORG.search(heading) and not _RESULT_SUBJECT.search(heading):
            return _clean_area(heading)
        break
    return None


_ABBREVIATED = re.compile(r"(?P<name>[^()]*?)\s*\((?P<abbr>[A-ZÅÄÖ]{2,6})\)\s*$")


def abbreviations(labels: Iterable[str]) -> dict[str, str]:
    """Short names the report defines in its table rows ("Barn- och utbildningsnämnden (BUN)"): each
    abbreviation with the row's label, which the prose may then use alone ("varav BUN −7,4 mnkr")."""
    found: dict[str, str] = {}
    for label in labels:
        match = _ABBREVIATED.match(label.strip())
        if match and match.group("name")[:1].isupper():
            found.setdefault(match.group("abbr"), label.strip())
    return found


_INVESTMENT_WORD = re.compile(r"investering", re.IGNORECASE)
# a project's own overrun or under-spend: "… blev 2,2 mnkr dyrare än kalkylen", "… överskrida projektbudgeten"
_PROJECT_CLAIM = cues.Cue(
    r"(dyrare|billigare) än|projektbudget|kalkyl|(överskr[ie]d|underskr[ie]d)\w* (den |sin )?budget|"
    r"\b(går|gick|ligger|låg) (däremot |också |även )?(över|under) budget|"  # "Projektet X går däremot över budget"
    r"\b(mer|mindre|lägre|högre) än (budgeterat|beräknat|planerat)|"  # "… förbrukar 2,5 mnkr mindre än budgeterat"
    rf"{cues.CARRIED_OVER_FIGURE}"  # "… där 24,5 mnkr förskjuts till 2027"
)
# a sentence that only says what the budget is: "Nämndens investeringsbudget är 42,0 mnkr."
_BUDGET_ALONE = cues.Cue(
    r"^[^.]*?[\wåäö]*budget(en|ramen)?\b[^.]*?\b(är|uppgår till|omfattar|var)\s+(cirka\s+)?[\d\s,]+\s*"
    r"(tkr|mnkr|mkr|miljoner kronor)\s*\.?\s*$"
)
# "Det nya reningsverket i Koskullskulle", "Projektet Nytt reningsverk Högboda", "Projektet för ny gång- och cykelbana"
_ARTICLE_AND_ADJECTIVE = re.compile(
    r"^(?:(?:det|den|de)\s+(?!största|främsta)(?:[a-zåäö]+a\s+)?|projektet\s+(?:med\s+|för\s+(?:(?:ny|nytt|nya)\s+)?)?)",
    re.IGNORECASE,
)
# the project named as the largest difference: "Den största skillnaden gäller reningsverket i Rätan, där …"
_LARGEST_IS = re.compile(
    r"^(?:Den|Det)\s+(?:största|främsta)\s+(?:skillnaden|avvikelsen|delen)\s+(?:gäller|är|avser|finns i|återfinns i)\s+"
    # "… finns i projektet Skola Västra Hagen, där 41 mnkr flyttas till 2026"
    r"(?:projektet\s+)?(?P<name>[a-zåäöA-ZÅÄÖ][\wåäö\- ]{2,60}?)(?:,|\s+(?:där|som|eftersom)\b)"
)


_NEW = re.compile(r"^(?:ny|nya|nytt)\s+(?=[A-ZÅÄÖ])")  # lower case: the adjective, not a name's first word
_DASH_IN_NAME = re.compile(r"(?<=[a-zåäö])–(?=[A-ZÅÄÖ])")  # a place pair in a project's name
_PASSIVE_TAIL = re.compile(r"\s+[a-zåäö]{3,}(?:ades|des|tes)$")
_ADVERB = re.compile(r"(?:omvänt|däremot|samtidigt|dessutom|även|också|vidare|slutligen|sammantaget)", re.I)


def is_investment_word(name: str) -> bool:
    return _INVESTMENT_WORD.search(name) is not None


def project_area(passage: str, headings: tuple[str, ...], committee: str | None) -> str | None:
    """Under an investment heading, the project a passage's opening names as its subject when it states that
    project's own overrun or under-spend ("Bron över Röjdån blev 2,2 mnkr dyrare än kalkylen"): the
    project is the area, not the section ("Investeringar")."""
    if not headings or not _INVESTMENT_WORD.search(headings[-1]) or not passage.strip():
        return None
    parts = sentences(passage)
    first = parts[0]
    if len(parts) > 1 and _BUDGET_ALONE.match(first) and not _INVESTMENT_WORD.search(parts[1]):
        # "Nämndens investeringsbudget är 42,0 mnkr. Ombyggnaden av tillagningsköket … blir …", not "…, vilket gör
        # att investeringarna beräknas överskrida budgeten": the project's own claim after the budget
        first = parts[1]
    if largest := _LARGEST_IS.match(first):  # named as the largest deviation, whatever words say how
        name = _NEW.sub("", _ARTICLE_AND_ADJECTIVE.sub("", largest.group("name")))  # "nya Dalgångsskolan"
        return name[:1].upper() + name[1:]
    if not _PROJECT_CLAIM.search(first) and not share_of_deviation(
        first
    ):  # "… står för 9,0 mnkr av avvikelsen"
        return None
    # the article and adjective go before the subject is read: "Den nya reservvattentäkten i Särna blir däremot …"
    opening = _ARTICLE_AND_ADJECTIVE.sub("", first)
    opening = opening[:1].upper() + opening[1:]
    # an en dash between two places ("gång- och cykelväg Lyckeby–Nättraby") read as a hyphen; the name keeps its dash
    hyphened = _DASH_IN_NAME.sub("-", opening)
    subject = subject_area(hyphened, [], committee)
    if subject and (at := hyphened.find(subject)) >= 0:
        subject = opening[at : at + len(subject)]
    if not subject or _INVESTMENT_WORD.search(subject) or _ADVERB.fullmatch(subject):
        return None  # not "Omvänt" in "Omvänt beräknas strandpromenaden …"
    subject = _ARTICLE_AND_ADJECTIVE.sub("", subject)  # "Det nya reningsverket i Koskullskulle"
    subject = _PASSIVE_TAIL.sub("", subject)  # "Utbytet av gatubelysning till LED tidigarelades, och …"
    return subject[:1].upper() + subject[1:] if len(subject) >= 3 else None
