"""Swedish cue phrases that mark what a passage says: a cause, an action, a forecast change, boilerplate.

Case-insensitive cues are ``Cue``s: lower-case patterns matched against lower-cased text. Python's ``re``
runs an IGNORECASE pattern 3–8 times slower than the same pattern on lower-cased text, and classifying
passages runs every cue on every passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from extract.regex_prefilter import LiteralIndex, minimal, required_literals, top_level_branches

T = TypeVar("T")
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-ZÅÄÖÉ]")


@lru_cache(maxsize=1024)  # a passage meets some twenty cues in a row
def lower(text: str) -> str:
    """``text`` in lower case, character for character (positions stay valid in the original)."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # e.g. "İ" lowers to two


_LITERALS = LiteralIndex()  # the literals of every cue, found in a text in one pass
_UNSEEN = object()
_MEMO_LIMIT = 4096  # answers a cue keeps; a report asks the same cue about the same text again and again
_MEMOS: list[dict[str, re.Match[str] | None]] = []  # every cue's memos, forgotten per report
_MAX_SUBSETS = 512  # compiled patterns of some of a cue's alternatives, kept per cue


@lru_cache(maxsize=1024)  # the cues of a passage ask about the same text one after another
def _possible(low: str) -> int:
    return _LITERALS.possible(low)


class Cue:
    """A case-insensitive cue: a lower-case pattern, searched in lower-cased text. Matches hold
    positions in the original text; ``sub`` keeps the original's case outside the matches.

    Most texts hold none of the literals some alternative of the pattern needs ("negativ|underskott|…|
    kostnad\\w*\\s+…ökat"): only the alternatives whose literals the text holds are tried, in their order,
    which finds the same match as the whole pattern (the alternatives left out cannot match anywhere), at
    a fraction of the cost of trying every alternative at every position (extract.regex_prefilter)."""

    __slots__ = ("pattern", "_branches", "_offset", "_all", "_free", "_subsets", "_searched", "_matched")

    def __init__(self, pattern: str) -> None:
        if _UPPER_LITERAL.search(pattern):
            raise ValueError(f"a Cue pattern is written in lower case: {pattern!r}")
        self.pattern = re.compile(pattern)
        self._branches = top_level_branches(pattern) if not pattern.startswith("(?") else [pattern]
        needs = [required_literals(re.compile(branch)) for branch in self._branches]
        # _free: the alternatives that need no literal, always tried
        self._offset, self._free = _LITERALS.register([None if n is None else minimal(n) for n in needs])
        self._all = (1 << len(self._branches)) - 1
        _possible.cache_clear()  # scans made before this cue registered know nothing of its literals
        self._subsets: dict[int, re.Pattern[str]] = {self._all: self.pattern}
        self._searched: dict[str, re.Match[str] | None] = {}
        self._matched: dict[str, re.Match[str] | None] = {}
        _MEMOS.extend((self._searched, self._matched))

    def _regex(self, low: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives that may match in ``low``, or None when none may."""
        possible = self._free | _possible(low) >> self._offset & self._all
        return (self._subsets.get(possible) or self._compile(possible)) if possible else None

    def _compile(self, possible: int) -> re.Pattern[str]:
        """The pattern of the alternatives in the bit mask ``possible``, kept for the next text."""
        if len(self._subsets) >= _MAX_SUBSETS:
            del self._subsets[next(k for k in self._subsets if k != possible)]
        alternatives = [b for i, b in enumerate(self._branches) if possible >> i & 1]
        regex = self._subsets[possible] = re.compile("|".join(alternatives))
        return regex

    def search(self, text: str) -> re.Match[str] | None:
        low = lower(text)
        bits = self._free | _possible(low) >> self._offset & self._all
        if not bits:
            return None  # most texts: none of the literals any alternative needs (no answer worth keeping)
        found = self._searched.get(text, _UNSEEN)
        if found is _UNSEEN:
            found = (self._subsets.get(bits) or self._compile(bits)).search(low)
            _remember(self._searched, text, found)
        return found  # type: ignore[return-value]

    def search_opening(self, first: str, text: str) -> tuple[re.Match[str] | None, bool]:
        """(the first match inside ``first``, whether ``text`` has one), where ``text`` starts with
        ``first``: one search of ``text`` serves both unless its first match runs past ``first``."""
        found = self.search(text)
        if found is None or found.start() >= len(first):
            return None, found is not None
        if found.end() <= len(first):
            return found, True
        return self.search(first), True

    def match(self, text: str) -> re.Match[str] | None:
        low = lower(text)
        bits = self._free | _possible(low) >> self._offset & self._all
        if not bits:
            return None
        found = self._matched.get(text, _UNSEEN)
        if found is _UNSEEN:
            found = (self._subsets.get(bits) or self._compile(bits)).match(low)
            _remember(self._matched, text, found)
        return found  # type: ignore[return-value]

    def sub(self, replacement: str, text: str) -> str:
        low = lower(text)
        regex = self._regex(low)
        if regex is None:
            return text
        parts, last = [], 0
        for found in regex.finditer(low):
            parts += [text[last : found.start()], replacement]
            last = found.end()
        return "".join(parts) + text[last:] if parts else text


def _remember(memo: dict[str, re.Match[str] | None], text: str, found: re.Match[str] | None) -> None:
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[text] = found


def forget_texts() -> None:
    """Forget the answers about earlier reports' texts (the memos serve one report)."""
    for memo in _MEMOS:
        memo.clear()


def found_in(text: str, named: Sequence[tuple[T, Cue]]) -> list[T]:
    """The names of the cues ``text`` holds, in their order: the same as searching each, with one
    lower-casing and one literal scan for them all (a sentence meets some twenty cues, a text of an area
    eleven account groups)."""
    low = lower(text)
    possible = _possible(low)
    found = []
    for name, cue in named:
        bits = cue._free | possible >> cue._offset & cue._all
        if not bits:
            continue
        hit = cue._searched.get(text, _UNSEEN)  # what ``cue.search(text)`` found, and will find, shared
        if hit is _UNSEEN:
            hit = (cue._subsets.get(bits) or cue._compile(bits)).search(low)
            _remember(cue._searched, text, hit)
        if hit is not None:
            found.append(name)
    return found


CAUSE = Cue(
    r"beror\s+(\w+\s+){0,3}på|förklaras\s+(\w+\s+)?(av|med)|till följd av|på grund av|\bpga\b|orsak|"
    r"härr[öo]r|härled|hänför|kopplat till|kopplas till|vilket (ger|leder|innebär|medför)|leder till|"
    r"bidragit till|bidrar till|beroende på|med anledning av|drivs av|förklaring|"
    r"(inte|ej) budgeterad|obudgeterad"
)
# a budget named after a comparison: "budget", "den periodiserade budgeten", "årsbudgeten", "budgetramen"
BUDGET_NOUN = r"(den |det |en |ett )?([\wåäö]+ )?[\wåäö]*budget"
# a word between "över"/"under" and the budget that names which budget ("periodens", "periodiserad"), not a
# preposition ("förs över till investeringsbudgeten")
WHICH_BUDGET = r"(den |det )?((?!(till|från|i|för|med|av|och|på|om|inom|mot|hela)\b)[\wåäö]+ )?[\wåäö]*budget"
# "drar över", "drog över med 0,7 Mkr", "går över sina budgetar"; "gick 250 tkr back"
DREW_OVER = r"\b(dra|drar|drog|dragit|gå|går|gick|gått)\s+över\s+(sin |sina |[\wåäö]*budget)|\b(drar|drog|dragit) över\b"
# "gick 250 tkr back", "gick verksamheten 1,9 mnkr back"
WENT_BACK = (
    # the figure in words too: "Högstadiet går knappt en miljon kronor back"
    r"\b(gå|går|gick|gått)\s+([\wåäö]+\s+)?((cirka |ca |drygt |knappt |nästan )?[\d\s,]+\s*(tkr|mnkr|mkr|miljoner kronor|tusen kronor)\s+|"
    r"(cirka |ca |drygt |knappt |nästan )?([\wåäö]+ )?(miljon|miljoner|tusen) kronor\s+)?back\b"
)
# going over or under a budget, in every tense: "överskrider", "överskred", "underskridas", "understiger"
OVERRUN = r"överskr[ie]d|överst[ie]g"
UNDERRUN = r"underskr[ie]d|underst[ie]g"
# doing better than the budget: "Övriga intäkter överträffade budget med 1 750 tkr" (revenue: good)
OUTDID = r"överträff"
UNBUDGETED = r"(inte|ej) budgeterad|obudgeterad"  # "ej budgeterade realisationsvinster"
# budget money moved on to a later year, after its figure: "där 24,5 mnkr förskjuts till 2027", "4,6 respektive
# 2,1 mnkr begärs överförda till 2026"
CARRIED_OVER = (
    r"(förskjuts|flyttas|skjuts|senareläggs|(begärs|föreslås) (överförda|överföras|föras över|ombudgeterade|ombudgeteras)|ombudgeteras|förs över|överförs|"
    r"behöver (därför )?föras över)\s+(till\s+(nästa|kommande)\s+år|till\s+(20\d\d))"
)
CARRIED_OVER_FIGURE = (
    rf"\d\s*(tkr|mnkr|mkr|miljoner kronor)\s+{CARRIED_OVER}"  # the figure, then where it goes
)
# a cost the budget does not hold: "… 800 tkr, som inte ryms i budgeten", "mer än vad som ryms i budgeten"
# money left over at the end: "… att 2,5 mnkr blir kvar vid årets slut"
LEFT_OVER = r"(blir|blev|beräknas bli|bedöms bli|väntas bli)\s+kvar\b"
_NOT_HELD = r"(inte|ej) ryms (inom|i)\b|ryms (inte|ej) (inom|i)\b|mer än (vad )?som ryms"
# "uteblivna intäkter", but not the fee for "uteblivna besök"
_MISSED = r"uteblivi?(?!\w*\s+(besök|patient))"
# more than the budget holds: "… belastar nämnden med 48 miljoner kronor utöver budget"
# (not "utöver de budgeterade tjänsterna": more of something, beside the budgeted)
BEYOND_BUDGET = r"\butöver\s+((den |det |sin )?([\wåäö]+ )?[\wåäö]*budget(en|ramen)?\b|budgeterat\b|vad som (är |har )?budgeterats)"
DEVIATION = Cue(
    rf"avvik|underskott|överskott|{OVERRUN}|{UNDERRUN}|{OUTDID}\w*\s+(den |det )?([\wåäö]+ )?[\wåäö]*(budget|ram)|{DREW_OVER}|överdrag|"
    # "över periodens budget", "under periodiserad budget", "under budgeterade 15,0 mnkr"
    rf"\b(över|under) {WHICH_BUDGET}(en|erade?|erat)?\b|\b(över|under) (den |sin )ram(en)?\b|"
    rf"{WENT_BACK}|\bett (litet |mindre |stort |större )?(minus|plus)\b(?!\s+(för|i)\b)|\bbidrar (positivt|negativt)\b|"
    r"\b(positivt|negativt) utfall\b|"  # "… gå back med 3,1 mnkr", "gå med ett minus på 760 tkr"
    rf"(mot|än|jämfört med|att jämföra med|i förhållande till|gentemot) {BUDGET_NOUN}|"
    rf"budgeterat|{UNBUDGETED}|{BEYOND_BUDGET}|"
    r"högre kostnader|lägre kostnader|ökade kostnader|minskade kostnader|"
    r"kostnadsökning|högre intäkter|lägre intäkter|ökade intäkter|minskade intäkter|lägre utfall|högre utfall|"
    rf"negativt resultat|positivt resultat|i balans|i nivå med budget|i linje med budget|{_MISSED}|"
    r"merkostnad|ofinansierad|intecknad|prognos\w*\s+(om|på)\s+[+\-−–]\s?\d|"  # a signed forecast: "prognos om -14,2"
    rf"{_NOT_HELD}|"
    r"(kostnad|intäkt)\w*\s+(för\s+([\wåäö-]+\s+){1,3})?(har\s+)?(ökat|ökar|stigit|minskat)|"
    r"(kostnad|intäkt)\w*\s+([\wåäö]+\s+){0,2}(bli|blir|blev|är|var)\s+"  # "kostnaderna blir lägre"
    r"(\d[\d\s,]*\s*(tkr|mnkr|mkr|miljoner kronor|tusen kronor)\s+)?(högre|lägre)"  # "… blir 550 tkr lägre"
    r"(?!\s+(än|jämfört med|mot)\s+(föregående|förra|tidigare|i fjol|samma period))"  # not against last year
)
BALANCE_GOAL = Cue(r"(nå|uppnå|säkerställa|skapa|få|komma till)\s+(en\s+)?(ekonomi|budget)\s+i\s+balans")
BUDGETED_RESULT = Cue(r"budgeter\w*\s+(överskott|underskott|resultat)\w*")  # the plan, not the deviation
SKIP_HEADING = Cue(r"förslag till beslut|beslutsunderlag|^bilag|innehåll|sammanträde|expedier")


def skipped(headings: tuple[str, ...]) -> bool:
    """Text right under a decision, a list of contents or an attachment list is never an explanation. Only
    the nearest heading counts: a report whose largest heading is "Innehåll" has all its text below it."""
    return bool(headings) and SKIP_HEADING.search(headings[-1]) is not None


CONTINUATION = re.compile(
    r"^(Det|Detta|Dessa|Den|De|Avvikelsen|Underskottet|Överskottet|Budgetöverdraget|Orsaken|Orsakerna|Förklaringen|Anledningen|"
    r"Därtill|Dessutom|Även|Också|Samtidigt|Vidare|Här|Där|Som|Men|Och|Utöver|Till|Siffra|Totalt|Sammantaget|Sammanlagt|Netto)\b"
)
# a passage that opens by naming the deviation just stated: "Huvudorsaken är hyrläkare.", "Underskottet
# förklaras i huvudsak av tre faktorer."
REFERS_BACK = Cue(
    r"^(huvud|den främsta |den största )?orsak(en|erna)\b|^förklaring(en|arna)\b|^anledning(en|arna)\b|"
    r"^skäl(et|en)\b|^(under|över)skottet\b|^(den )?(negativa |positiva )?avvikelsen\b|"
    r"^(det|detta) (beror|förklaras)\b|^merparten av (under|över)skottet\b"
)
ACTION = Cue(  # (not a repair: "en vattenskada som måste åtgärdas akut", "bristerna har åtgärdats")
    r"åtgärd(?!(a|as|at|ats|ar|ade)\b)|handlingsplan|inköpsstopp|övertidsstopp|anställningsprövning|anställningsstopp|besparing|"
    r"kostnadsminsk|föreslås|ska genomföras|har införts|införts|vidta|översyn|arbetar (\w+ )?(med|för)|"
    r"arbete(t)? (pågår|med)|(för|med) att (minska|sänka|hantera|nå|komma|säkerställa)|återhållsam|restriktiv"
)
FORECAST_CHANGE = Cue(
    r"(jämfört|jämförelse) med (föregående|förra|tidigare|senaste|\w+prognos)|"
    r"sedan (föregående|förra|senaste) (prognos|månad|rapport|uppföljning)|sedan prognosen|"
    r"prognosförändring|förändrad prognos|(försämr|förbättr)\w* (jämfört med|sedan|mot|från) "
    r"(föregående|förra|tidigare|senaste)|än (i )?(föregående|tidigare|förra) prognos|"
    r"\b\w+prognosen\b|(jämfört|jämförelse) med [\wåäö]*(rapporten|uppföljningen|prognosen)|"
    r"prognosen (har )?(försämrats|förbättrats|ändrats|justerats)"
)
# investment spending against an investment budget: "investeringsbudget", "investeringsutgifter",
# "investeringsredovisning", "investeringsprojekt"
INVESTMENT = Cue(r"investering(s(budget|utgift|projekt|redovisning|ram|plan|objekt)|arna\b|ar\b|en\b)")
# an operating cost that follows from investments: "kapitalkostnader för nya investeringar"
INVESTMENT_COST = Cue(r"kapitalkostnad|kapitaltjänst|avskrivning|driftkostnad")
RISK = Cue(r"osäker|risk\b|risker|riskerar")
RISK_OPENING = Cue(r"(det finns (en )?risk|en risk|risken|risk för|osäkerhet)")  # a sentence about a risk
DESCRIPTIVE = Cue(
    # "Se kommentar nedan.", "Se avsnittet om investeringar": a pointer, no statement
    r"^(nedanstående|nedan|tabellen|bilden|diagrammet|grafen|för en (mer|grundlig)|se avsnitt|se bilaga|"
    r"se (kommentar\w*|text\w*|beskrivning\w*|tabell\w*|nedan|ovan)\b|"
    r"i bilaga|här presenteras|(tabell|diagram|figur|graf)\s*\d+\b|"  # a caption: "Tabell 1. Prognos per …"
    r"[^.]{3,80},\s*(belopp i )?(tkr|mnkr|mkr|tusen kronor|miljoner kronor)\.?$)"  # "Resultat per verksamhet, tkr"
)
# how the report's figures are to be read, or what a form asks for: never a statement of a deviation
# ("(positiv avvikelse = överskott)", "Ett negativt belopp i kolumnen Avvikelse innebär ett underskott",
# "Avvikelsen redovisas som budget minus prognos", "Ange belopp och orsak")
READING_GUIDE = Cue(
    r"(positiv|negativ)(a|t)? (avvikelse(r|n)?|värde|belopp|tal)( i (kolumn|tabell)[^=]{0,40}?)?\s*"
    r"(=|(alltså |här )?(innebär|betyder|visar att|anger|är (ett )?(överskott|underskott)))|"  # "… belopp i kolumnen Avvikelse innebär …"
    r"avvikelse\w*\s*:?\s*\(?[+\-−]\)?\s*=|avvikelse\w*( i (tabellen|kolumnen))?\s*(=|avser|är)\s*(budget|prognos|utfall)\w* minus\b|"
    r"avvikelse\w*\s*=\s*(budget|prognos|utfall)|"
    # "Negativa avvikelser markeras med ett minustecken efter beloppet."
    r"(positiv|negativ)(a|t)? (avvikelse(r|n)?|värden|belopp|tal) (markeras|anges|visas|redovisas|skrivs) (med|som)\b|"
    r"avvikelse\w*\s*:\s*[+\-−]\s*(=\s*)?(bättre|sämre|överskott|underskott)|"  # "(avvikelse: + bättre, − sämre)"
    r"avvikelse\w*( i (tabellen|kolumnen))? (redovisas|beräknas|anges|räknas) som|^i (tabellen|diagrammet|bilden)\b|"
    # a pointer: "Orsakerna till avvikelserna beskrivs i avsnittet Analys av avvikelserna."
    r"(orsak|avvikelse|förklaring)\w*[^.]{0,60}\b(beskrivs|kommenteras|redovisas|förklaras|analyseras) "
    r"(närmare |utförligare |mer )?(i|under) "
    r"(avsnitt|kapitel|bilaga)|"
    # "Nämnderna redovisar nedan sina helårsprognoser och de viktigaste orsakerna till avvikelserna"
    r"\b(redovisa[rs]?|beskriv(er|s)|kommentera[rs]?|presentera[rs]?)\s+(här\s+)?nedan\b|"
    # a sign convention: "Underskott anges inom parentes.", "Kostnader redovisas med positivt tecken"
    r"\b(redovisas|anges|visas|markeras) (med (positivt|negativt|plus|minus)\s*tecken|med (efterställt |"
    r"inledande )?minustecken|inom parentes|utan (för)?tecken)|"  # "… anges utan tecken i respektive kolumn."
    # "Minustecken efter beloppet anger underskott.", "… positivt tal är bättre än budget, ett minustecken efter
    # beloppet innebär ett utfall sämre än budget"
    # "Minustecken innebär att kostnaderna översteg budget."
    r"\b(minustecken|plustecken|(negativt|positivt) tecken|(negativa|positiva) (tal|belopp|värden))"
    r"( (efter|före|framför) (beloppet|talet|siffran))? (anger|innebär|betyder|visar|markerar)\b|"
    r"\b(minus|plus) (efter|före|framför) (beloppet|talet|siffran) (anger|innebär|betyder|visar|markerar)\b|"
    r"\b(positivt|negativt) (tal|värde|belopp) (är|innebär|betyder) (ett utfall )?(bättre|sämre)\b|"
    r"^(ange|kommentera|beskriv|fyll i|redogör för|redovisa|skriv)\b|"
    r"\b(positiv|negativ)(a|t)? (belopp|värden|tal) avser\b|"  # "Negativa belopp avser kostnader …"
    # "För intäkterna innebär ett positivt tal ett bättre utfall än budget"
    r"\b(innebär|betyder) (att )?(ett )?(positivt|negativt) (tal|värde|belopp)\b|"
    # what a column holds: "Kolumnen Prognos avvikelse helår visar den beräknade avvikelsen mot årsbudgeten."
    r"^kolumn(en|erna)\b[^.]{0,60}\b(visar|anger|avser|redovisar|innehåller)\b|"
    # "Avvikelsen är beräknad som prognos minus budget.", "Differens = prognos minus budget (plus = högre
    # kostnad)", "(minus = underskott)"
    r"avvikelse\w*\s+(är|har)\s+(beräknad|beräknats|räknad|räknats|redovisad|redovisats)\s+som\b|"
    r"\b(differens|skillnad)\w*\s*=|\b(plus|minus|positivt?|negativt?)(tecken)?\s*=\s*\w|"  # "minustecken = …"
    # "(+ = bättre än budget)", "(underskott inom parentes)", "Värdet inom parentes … är förra månadens …"
    r"[+\-−]\s*=\s*(bättre|sämre|överskott|underskott|högre|lägre|positiv|negativ)|"
    r"\b(underskott\w*|överskott\w*|negativ[at]? (belopp|värden?|tal)|avvikelse\w*|värde\w*|belopp\w*|siffr\w*)\s+"
    r"((anges|redovisas|visas|står) )?(inom|i) parentes\b|^läsanvisning\b"
)
# the whole unit's result against budget, said in words: "Resultatet för förvaltningen är negativt per november"
UNIT_RESULT = Cue(
    r"^(resultatet|utfallet|nämndens resultat|förvaltningens resultat)\b[^.]{0,60}\b(är|blir|blev|visar)\s+"
    r"(ett\s+)?(negativt?|positivt?|underskott|överskott)\b"
)
# "Ingen avvikelse mot budget.", "Verksamheten bedöms hålla budget.": each shape a whole sentence of its own, as
# an alternative of its own (the literal prefilter of ``Cue`` then skips the sentences that hold none of them)
_BOILERPLATE_SHAPES = (
    r"ingen (förändring|avvikelse)[^.]*",
    r"[^.]{0,60}prognostiseras (vara |bli )?i balans[^.]*",
    r"[^.]{0,60}(prognos|utfall)[^.]{0,30}i (nivå|linje) med budget[^.]{0,40}",
    r"[^.]{0,50}ingen avvikelse (mot|från) budget[^.]{0,40}",
    r"oförändrad prognos[^.]*",
    r"[^.]{0,60}prognostiserar[^.]{0,30}(resultat|utfall) i (balans|nivå med budget)[^.]{0,40}",
    r"(?![^.]*\b(inte|ej)\b)[^.]{0,60}\binom (tilldelad |beslutad )?(budget|budgetram|ram)(en)?\b[^.]{0,40}",
    # "Förvaltningen bedömer att hela budgeten kommer att användas."
    r"[^.]{0,60}\bhela [\wåäö]*budgeten (kommer (att )?|bedöms |beräknas |väntas )?(att )?"
    r"(användas|förbrukas|nyttjas|utnyttjas)[^.]{0,40}",
    # "Verksamheten bedöms hålla budget.", "Nämnden håller sina ramar."
    r"(?![^.]*\b(inte|ej)\b)[^.]{0,60}\b(håller|hålla|höll|följa|följer|följde)\s+(sin |sina )?"
    r"(budget|budgeten|ram|ramen|ramar|ramarna)\b[^.]{0,40}",
)
BOILERPLATE = Cue("|".join(rf"^\W*(?:{shape})\W*$" for shape in _BOILERPLATE_SHAPES))
# payments to other bodies, a cost though named "ersättning": "Interkommunala ersättningar till Skövde ökar med 2,2 mnkr"
_PAID_OUT_RISES = (
    r"\binterkommunal\w* ersättning\w*\s+([\wåäö]+\s+){0,4}(ökar|ökat|har ökat|stiger|blir högre)\b"
)
_PAID_OUT_FALLS = (
    r"\binterkommunal\w* ersättning\w*\s+([\wåäö]+\s+){0,4}(minskar|minskat|har minskat|blir lägre)\b"
)
# what lessens a deficit is good: "Finansförvaltningen dämpar underskottet …", "… minskar underskottet med 2 mnkr" (but
# "minskar underskottet till 2 mnkr" leaves a deficit)
_EASES = r"(?<!att )\b(dämpa|minska|begränsa|motverka|mildra|reducera)(r|s|de|t)?\s+(det\s+)?([\wåäö]+\s+)?"
NEGATIVE = Cue(
    rf"negativ|underskott|försämring|{_PAID_OUT_RISES}|{OVERRUN}|\b(inte|ej) (når|nådde|nå) upp till [\wåäö]*budget|{DREW_OVER}|överdrag|{WENT_BACK}|försämra(r|s|de|t|ts)?\s+(\w+\s+){{0,2}}med\b|"
    r"(högre|ökade) [\wåäö]*(kostnader|utgifter)|\bökar ([\wåäö]+ )?(kostnaderna|kostnader|utgifterna|utgifter) med\b|"
    r"(högre|ökade|dyrare) [\wåäö]*(premier|priser|hyror|hyra|löner|arvoden|räntor)\b|"  # "högre försäkringspremier"
    r"kostnadsökning|"
    r"(lägre|minskade) [\wåäö]*(intäkter|bidrag|ersättningar)\b|lägre utfall (när det gäller|för|av) (ersättning|intäkt|bidrag)|"
    rf"{_MISSED}|sämre|svagare än|merkostnad|överförbrukning|minusresultat|\d\s*(tkr|mnkr|mkr|miljoner kronor)\s+(mindre|lägre) i [\wåäö]*intäkter|förbruka\w*\s+[\d\s,]+\s*(tkr|mnkr|mkr|miljoner kronor)\s+mer än|ofinansierad|dyrare|ökat underskott|\bminus\s+\d|\bett (litet |mindre |stort |större )?minus\b|"
    r"(avvikande |fortsatt |mycket )?höga kostnader|kostnad\w*\s+([\wåäö]+\s+){0,5}(på en )?hög(re)? nivå|"
    r"bidrag\w*\s+([\wåäö]+\s+){0,7}(kommer\s+)?(inte|ej)\s+(att\s+)?(kunna\s+)?(användas|erhållas|betalas ut)|"
    r"minska i relation till budget|(underskott|avvikelse)\w*\s+(fortsätter\s+att\s+|kommer\s+att\s+)?(öka|växa)|"
    r"inte (kommer|kunnat) (att )?(nås|uppnås|reduceras)|(inte|ej) (\w+ )?inom (tilldelad |beslutad )?(budget|ram)|"
    rf"{_NOT_HELD}|\bsaknas\b[^.]{{0,40}}\bför att (nå|klara) (en )?(budget i balans|balans|budget(en)?)\b|"
    r"\bbelast\w* (resultatet|budgeten|ekonomin) med\b|"  # "Snöröjningen belastade resultatet med 4,1 mnkr"  # "saknas 3,5 mnkr för att …"
    r"(kostnad)\w*\s+(för\s+([\wåäö-]+\s+){1,3})?(har\s+)?(ökat|ökar|stigit)|"
    r"(intäkt)\w*\s+(har\s+)?(minskat|minskar)|"
    r"kostnad\w*\s+([\wåäö]+\s+){0,2}(bli|blir|blev|är|var)\s+högre|"
    r"intäkt\w*\s+([\wåäö]+\s+){0,2}(bli|blir|blev|är|var)\s+lägre"
)
POSITIVE = Cue(
    rf"positiv|överskott|{_PAID_OUT_FALLS}|(lägre|sänkta|billigare) [\wåäö]*(premier|priser|hyror|hyra|räntor)\b|\bbesparing\w*\s+(mot|jämfört med|i förhållande till) budget|(lägre|minskade) [\wåäö]*(kostnader|utgifter)|{_EASES}underskott(et|en|ena)?\b(?!\s+till\b)|kostnadsminskning|{UNDERRUN}|förbättra(r|s|de|t|ts)?\s+(\w+\s+){{0,2}}med\b|"
    r"\bminskar ([\wåäö]+ )?(kostnaderna|kostnader|utgifterna|utgifter) med\b|"  # "… vilket minskar årets utgifter med 31 mnkr"
    r"(ökade|högre) [\wåäö]*(intäkter|bidrag|ersättningar)\b|ökat något|\bett (litet |mindre |stort |större )?plus\b(?!\s+(för|i)\b)|\bplus\s+\d|\bett tillskott (mot budget )?(på|om)\b|underskott\w*\s+(fortsätter\s+att\s+)?(minska|krympa)|bättre|starkare än|underförbrukning|plusresultat|\d\s*(tkr|mnkr|mkr|miljoner kronor)\s+(mer|högre) i [\wåäö]*intäkter|förbruka\w*\s+[\d\s,]+\s*(tkr|mnkr|mkr|miljoner kronor)\s+mindre än|billigare|framsteg|förbättring|"
    r"(kostnad)\w*\s+(för\s+([\wåäö-]+\s+){1,3})?(har\s+)?(minskat|minskar|sjunkit)|"
    r"(intäkt)\w*\s+(har\s+)?(ökat|ökar)|"
    r"kostnad\w*\s+([\wåäö]+\s+){0,2}(bli|blir|blev|är|var)\s+lägre|"
    r"intäkt\w*\s+([\wåäö]+\s+){0,2}(bli|blir|blev|är|var)\s+högre|"
    # "Pensionskostnaderna och finansnettot bidrar med 2,1 respektive 1,3 mnkr", not "… till underskottet"
    r"\bbidrar med\s+(ytterligare\s+)?(cirka\s+|ca\.?\s+|drygt\s+)?\d[\d\s,]*(respektive\s+[\d\s,]+)?"
    r"\s*(tkr|mnkr|mkr|miljoner kronor)(?!\s+till\s+(underskott|det negativa|den negativa))"
)
BALANCED = Cue(
    r"i balans|i nivå med budget|i linje med budget|ingen avvikelse|enligt budget|helt i linje|i nivå med|"
    r"(håller|hålla|höll|följa|följer|följde) (sin |sina )?(budget|ram)|"
    r"inom (tilldelad |beslutad )?(budget|budgetram|ram)(en)?\b|"
    r"(mötas|motsvaras|täckas) av (motsvarande |ökade )?kostnader|"  # grants spent on what they pay for
    # an investment budget spent in full: "… att hela budgeten kommer att användas"
    r"hela [\wåäö]*budgeten (kommer (att )?|bedöms |beräknas |väntas )?(att )?(användas|förbrukas|nyttjas|utnyttjas)"
)
GENERIC_HEADING = Cue(  # an area that begins like a generic word is not one: "Ekonomiskt bistånd"
    # not an account of its own: "Verksamhetens intäkter", "Förvaltningens egna kostnader"
    r"^(\d+(\.\d+)*\s*)?(?!ekonomiskt bistånd|(verksamhetens|förvaltningens|nämndens|förbundets|styrelsens) "
    r"((egna |övriga )?(intäkter|kostnader)|(ofördelade )?(buffert|reserv|förfogandemedel)))"  # "Nämndens buffert"
    r"(sammanfattning|inledning|inledande|utfall|prognos|avvikelse|kommentar|analys|"
    # (not a unit named for it: "Ekonomi och upphandling", "Ekonomiavdelningen")
    r"ekonomi(?!(?:avdelning|enhet|kontor)(?:en|et)?$|\s+och\s+(?!verksamhet|resultat|uppföljning|ekonomisk|finans|budget|ställning|prognos)[\wåäö])|ekonomisk|resultat|drift|bedömning|förvaltningens|ärendet|ärendebeskrivning|ärendebakgrund|beslutsunderlag|beskrivning|uppföljning|"
    r"månadsrapport|månadsuppföljning|delårsrapport|tertialrapport|årsredovisning|nyckeltal|viktiga|bilag|"
    r"nämndens|nämnder|förbundets|styrelsens|verksamhetens|handlingsplan|åtgärd|förslag|samverkan|bakgrund|ekonomiskt läge|"
    r"budgetavvikelse|driftredovisning|resultaträkning|periodens|"
    r"verksamhetsområden|verksamheter(na|nas)?\b|intäkter och kostnader|kostnader och intäkter)"  # what lists the areas
)
ACTION_HEADING = Cue(r"åtgärd|handlingsplan|besparing")
FORECAST_HEADING = Cue(r"prognosförändring|förändring(ar)? (mot|sedan|jämfört)")
RISK_HEADING = Cue(r"risk|osäkerhet")
# the plan said as what the nämnd counted on: "1,8 mnkr högre än vad nämnden räknade med"
COUNTED_ON = r"vad (nämnden|förvaltningen|styrelsen|direktionen|verksamheten|vi)\s+(hade\s+|har\s+)?(räknat|räknade)\s+med\b"
# "än budget", "än den periodiserade budgeten", "än årsbudgeten", "budgeterat", "planerat"
_THAN_BUDGET = (
    rf"(än\s+((vad )?som ryms i |vad som motsvarar )?({BUDGET_NOUN}|budgeterat|beräknat|planerat|väntat|"
    r"(den )?(tilldelade? |beslutade? )?ramen\b|(tilldelad|beslutad) ram\b)|"  # "… högre än vad som ryms i budgeten", "än tilldelad ram"
    # "över periodens budget", "under den periodiserade budgeten", "över den ram på 742,5 mnkr"
    rf"{WHICH_BUDGET}(en|ramen|ram)?\b|(den |sin )ram(en)?\b|"
    r"budgeterad nivå|"
    r"än vad ([\wåäö]+\s+){0,3}budgeterat|"  # "5 mnkr mer än vad tekniska nämnden hade budgeterat"
    rf"än {COUNTED_ON}|"
    r"än (det belopp|den nivå|den summa) som (låg|ligger) till grund för budget)"  # "… för budgeten"
)
# "8,5 mnkr under budgeterade 15,0 mnkr"
# "högre än budgeterat", "på en högre nivå än budgeterat"
HIGHER = Cue(
    rf"\b(högre|större|mer|över)\s+(nivå\s+)?{_THAN_BUDGET}|{UNBUDGETED}|\böver\s+(det |den )?budgeterade?\b|{BEYOND_BUDGET}"
)
LOWER = Cue(rf"\b(lägre|mindre|under)\s+(nivå\s+)?{_THAN_BUDGET}|\bunder\s+(det |den )?budgeterade?\b")
REVENUE = Cue(r"intäkt|avgift|bidrag|ersättning|försäljning|skatteintäkt|finansnetto|kommunbidrag|fakturer")
# a condition, but not the forecast said as "if nothing changes": "Om inget förändras kommer underskottet …"
# (not "Om- och tillbyggnaden av Strandskolan …")
CONDITIONAL = re.compile(
    r"^(Om|Ifall|Skulle)\b(?!-)(?!\s+(inget|ingenting)\s+(förändras|ändras|händer|görs)\b)|"
    # a condition said by inversion: "Blir även den säsongen snörik kan underskottet öka med ytterligare 2 mnkr."
    r"^(Blir|Fortsätter|Ökar|Minskar|Drar)\s[^.,]{3,80},?\s+(kan|kommer|riskerar)\s"
)
CHANGE = Cue(r"förändr|försämr|förbättr|ökat|minskat|ökning|minskning|jämfört|sedan|justerat|ändrat")
FORECAST_COMPARE = Cue(
    r"(sämre|bättre|högre|lägre|större|mindre) (resultat )?än (i )?(föregående|tidigare|förra|senaste) (prognos|månad)"
)
