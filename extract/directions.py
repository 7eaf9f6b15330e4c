"""Which way a deviation goes, relative to budget: ``negative`` (cost over or revenue under budget),
``positive`` (the opposite) or ``balanced``, read from the prose as LABELS.md asks.

A signed amount settles it outside investment sections; else the earliest cue of the first sentences
that speak of it. "Högre än budget" is bad for a cost and good for revenue or a result; a result or
spending set against the budget's own figure ("resultat på −2,3 mnkr mot budgeterade +1,0 mnkr",
"Investeringsprognosen är 164 mnkr mot en budget på 231 mnkr") is read from the two figures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract import cues
from extract.area_candidates import is_label_sentence
from extract.budget_figures import budget_figures
from extract.budget_shares import share_used
from extract.numbers import Amount, find_amounts
from extract.sentences import sentences
from extract.types import Direction

# a comparison with the budgeted result is the deviation, not a target: "27 mnkr lägre än det budgeterade
# resultatet", "12,6 mnkr lägre än budgeterat resultat"
_BUDGETED_RESULT = r"än\s+(det |den )?(periodiserade |periodens )?budgeter\w*\s+(resultat|överskott)"
# the budgeted result stated, which is no deviation: "Fullmäktige budgeterade ett överskott på 9,0 mkr för 2025."
_BUDGETED_STATED = cues.Cue(
    r"\bbudgeterade(s)?\s+(med\s+)?(ett|en)\s+(överskott|underskott|resultat|plus|minus)\b|"
    r"\bbudget(en)?\s+(för [\wåäö\d]+\s+)?(är|var|visar|innebär|uppgår till)\s+(ett|en)\s+(överskott|underskott)\b"
)
# "… ett utfall 60 miljoner kronor under det budgeterade resultatet"
_BUDGETED_RESULT_ITSELF = r"(det |den )?(periodiserade |periodens )?budgeter\w*\s+(resultat|överskott)"
# "… 14,2 mnkr, vilket understiger det budgeterade resultatet på 31,0 mnkr med 16,8 mnkr"
_BELOW = rf"\bunder|({cues.UNDERRUN})\w*"
_ABOVE = rf"\böver|({cues.OVERRUN})\w*"
_THAN_BUDGETED_RESULT = cues.Cue(rf"\b{_BUDGETED_RESULT}|({_BELOW}|{_ABOVE})\s+{_BUDGETED_RESULT_ITSELF}")
_RESULT_BELOW = cues.Cue(rf"(lägre|sämre|mindre)\s+{_BUDGETED_RESULT}|({_BELOW})\s+{_BUDGETED_RESULT_ITSELF}")
_RESULT_ABOVE = cues.Cue(
    rf"(högre|bättre|större|mer)\s+{_BUDGETED_RESULT}|({_ABOVE})\s+{_BUDGETED_RESULT_ITSELF}"
)
# a budget of zero after the result's figure: "…, att jämföra med ett budgeterat nollresultat", "mot en budget i
# balans"
_AGAINST_ZERO = cues.Cue(
    r"\W*(att jämföra med|jämfört med|mot|gentemot) (ett |en )?(budgeterat |budgeterad )?"
    r"(nollresultat|noll\b|resultat (på|om) noll|budget i balans|nollbudget)"
)
# the budget named first, the comparison last: "Jämfört med budget var intäkterna 22 miljoner kronor högre",
# "Mot den periodiserade budgeten är utfallet … 2,0 mnkr högre"
_BUDGET_FIRST = cues.Cue(
    r"(jämfört med|i förhållande till|gentemot|^\W*mot) (den |det )?([\wåäö]+ )?[\wåäö]*budget\w*,?\s+"
    r"[^.;]{0,80}?\b(högre|större|lägre|mindre)\b"
)
# budget money left unspent: "vilket innebär att 114 mnkr inte förbrukas under året"
# or left unused: "Av budgeten för bron har 16,9 mnkr inte använts"
_UNSPENT = cues.Cue(
    r"\b(inte|ej)\s+((kommer\s+)?att\s+|beräknas\s+|bedöms\s+|väntas\s+)?(förbruka(s|ts|r)?|använd(s|as)|(ut)?nyttjas|upparbetas)\b|"
    # "… beräknas endast en mindre del förbrukas"
    r"\b(endast|bara)\s+(en\s+)?(mindre|liten|begränsad)\s+del\b[^.]{0,30}?\b(förbrukas|används|användas|(ut)?nyttjas)\b|"
    r"\bförbruka(s|ts|r)\s+(inte|ej)\b|\b(inte|ej)\s+(använts|(ut)?nyttjats)\b|"
    r"\b(används|användas|(ut)?nyttjas)\s+(inte|ej)\b|"  # "Resterande 0,8 mnkr används inte i år"
    # a reserve left untouched: "… lönereserven på 14,8 mnkr inte behöver tas i anspråk"
    r"\b(inte|ej)\s+(att\s+)?(behöva\s+|behöver\s+|behövt\s+)?tas\s+i\s+anspråk\b|"
    r"\b(föras över|förs över|överföras|överförs) till (nästa|kommande) år|"
    rf"{cues.CARRIED_OVER_FIGURE}|"  # "där 24,5 mnkr förskjuts till 2027"
    r"\b(förskjuts|flyttas|skjuts|senareläggs)\s+med\s+[^.]{0,40}?\btill\s+(20\d\d|nästa år|kommande år)|"  # "… med 31 respektive 18 Mkr till 2027"
    r"\b(återstår|återstod|kvarstår|kvarstod)\s+(cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?\d|"  # "Av investeringsramen återstår 0,9 mnkr"
    r"\d\s*(tkr|mnkr|mkr|miljoner kronor)\s+(att\s+)?återstå\b|"  # "… beräknas 22,5 mkr återstå vid årets slut"
    r"\b(outnyttja|oförbruka)\w*|"  # "… vilket lämnar 85 mnkr outnyttjade vid årets slut"
    r"\d\s*(tkr|mnkr|mkr|miljoner kronor)\s+(blir|kommer att bli|beräknas bli|bedöms bli|väntas bli) kvar\b|"
    r"\b(blir|blev)\s+(cirka\s+|ca\.?\s+)?\d[\d\s,]*\s*(tkr|mnkr|mkr|miljoner kronor)\s+kvar\b"  # "blir 1,2 mnkr kvar"
)
# a comparison with the past, not the budget: "högre kostnader än tidigare", "lägre intäkter jämfört med i fjol"
_THAN_BEFORE = re.compile(
    r"\s*(än|jämfört med|mot)\s+(tidigare|föregående|förra|i fjol|fjolåret)", re.IGNORECASE
)
# work put off, so its cost falls in a later year: "färdigställdes inte", "granskningsarbetet försenades"
_DELAYED = cues.Cue(
    r"\b(inte|ej) (helt )?(färdigställ|slutför|genomför|påbörja)\w*|"
    r"\b(färdigställ|slutför|genomför|påbörja)\w*\s+(inte|ej)\b|\bförsenad\w*|\bförsenat\w*|försenas|"
    r"skjut(its|s|as)? upp|senarelag\w*"
)
# a sign the sentence reads out itself: "Individ- och familjeomsorg −1 500 tkr, dvs. ett överskott"
_SIGN_EXPLAINED = cues.Cue(
    r"(dvs\.?|d\.v\.s\.?|det vill säga|alltså)\s+(ett\s+|en\s+)?(underskott|överskott|negativ|positiv)"
)
# what is good when it is higher: revenue, or a result (a surplus, a deficit)
_INCOME = cues.Cue(
    r"intäkt|avgift|bidrag|ersättning|skatteintäkt|resultat|överskott|underskott|"
    r"^\W*(helåret|året)\s+(landar|slutar|stannar)\b"  # "Helåret landar enligt prognosen på 18,6 mnkr"
)
_AGAINST_A_RESULT = re.compile(
    r"[^.;]{0,20}?\b(?:att jämföra med|jämfört med|mot)\s+(?:ett\s+)?(?:periodiserat\s+|periodens\s+)?budgeterat\s+"
    r"(?:resultat|överskott|underskott)\b",
    re.I,
)
# the forecast named alone is the unit's result: "Helårsprognosen är −165 mnkr mot budgeterade +50 mnkr"
_FORECAST_ALONE = cues.Cue(
    r"^\W*(helårs|års)?prognos\w*( för (hela |hel)?året)?\s+(är|blir|visar|uppgår till)\s*$"
)


_WORDS: tuple[tuple[cues.Cue, Direction], ...] = (
    (cues.NEGATIVE, "negative"),
    (cues.POSITIVE, "positive"),
    (_UNSPENT, "positive"),
)
_RESULTS: tuple[tuple[cues.Cue, Direction], ...] = ((_RESULT_BELOW, "negative"), (_RESULT_ABOVE, "positive"))
# "högre än budget": the direction for a cost (flipped for revenue)
_COMPARISONS: tuple[tuple[cues.Cue, Direction], ...] = (
    (cues.HIGHER, "negative"),
    (cues.LOWER, "positive"),
    (
        cues.Cue(rf"({cues.OVERRUN}|{cues.OUTDID})\w*\s+(den\s+|det\s+)?([\wåäö]+\s+)?[\wåäö]*(budget|ram)"),
        "negative",
    ),  # revenue: good
    (cues.Cue(rf"({cues.UNDERRUN})\w*\s+(den\s+|det\s+)?([\wåäö]+\s+)?[\wåäö]*(budget|ram)"), "positive"),
    # "Prognosen landar på 1,9 mnkr över ramen"
    (
        cues.Cue(r"\böver\s+(den\s+|sin\s+|sina\s+|tilldelade?\s+|beslutade?\s+)?[\wåäö]*ram(en|ar|arna)?\b"),
        "negative",
    ),
    (
        cues.Cue(
            r"\bunder\s+(den\s+|sin\s+|sina\s+|tilldelade?\s+|beslutade?\s+)?[\wåäö]*ram(en|ar|arna)?\b"
        ),
        "positive",
    ),
    # a cost the budget never held: "… uppgår till 3,4 mnkr, vilket inte var budgeterat" (revenue: good)
    (
        cues.Cue(r"\b(vilket|som|något som) (inte|ej) (var|är|har varit|hade varit) budgeter(ad|at|ade)\b"),
        "negative",
    ),
)


_CLAUSE_CHAR = r"(?:[^,.]|(?<=\d)[,.](?=\d))"  # a figure's decimal comma does not end the clause
_CONCESSION = re.compile(
    # a clause of its own up to its comma: "Trots att kostnaderna steg, …"; "Trots det …"; a noun phrase up to
    # the main verb: "Trots högre kostnader för kemikalier blev utfallet …"
    rf"^\W*(?:(?:Trots att|Även om|Fastän)\b{_CLAUSE_CHAR}{{3,160}}?,\s*|Trots det(?:ta)?\s+|"
    rf"Trots\b(?! att| det){_CLAUSE_CHAR}{{3,160}}?(?:,\s*|\s+(?=(?:blev|blir|är|var|"
    r"visar|visade|redovisar|redovisade|gick|går|landade|landar|hamnade|hamnar|beräknas|bedöms|väntas|ger|gav)\b)))"
)


def without_targets(sentence: str) -> str:
    """Drop what states a target, not a deviation, before reading cues: "nå en budget i balans",
    "budgeterat överskott på 29,6 miljoner kronor" (but not a result set against it: "lägre än det
    budgeterade resultatet")."""
    if "balans" in sentence:
        sentence = cues.BALANCE_GOAL.sub("", sentence)
    # a concession before the claim: "Trots högre kostnader för kemikalier … blev utfallet 100 tkr bättre än budget"
    if sentence.lstrip("• ")[:5] in ("Trots", "Även ", "Fastä"):
        sentence = _CONCESSION.sub("", sentence, count=1)
    if "udgeter" in sentence and not _THAN_BUDGETED_RESULT.search(sentence):
        sentence = cues.BUDGETED_RESULT.sub("", sentence)
    return sentence


def sentence_direction(sentence: str, past_too: bool = False) -> Direction | None:
    """The earliest cue of the sentence decides; "högre än budget" is good for revenue, bad for costs.
    A comparison with the past ("högre kostnader än tidigare") says nothing of the budget, unless
    ``past_too`` (whether the sentence speaks of a direction at all)."""
    return _sentence_direction(sentence, past_too and _THAN_BEFORE.search(sentence) is not None)


@lru_cache(maxsize=4096)
def _sentence_direction(sentence: str, past_too: bool) -> Direction | None:
    # a budgeted result dropped as a target still says what the forecast is: "Budgeterat resultat är 4,0 mnkr, så
    # prognosen ligger 1,6 mnkr lägre än budget" compares a result
    of_a_result = "udgeter" in sentence and cues.BUDGETED_RESULT.search(sentence) is not None
    sentence = without_targets(sentence)
    found: list[tuple[int, Direction]] = []  # the first match of each cue: only the earliest counts
    for regex, direction in _WORDS:
        if (start := _first(regex, sentence, past_too)) is not None:
            found.append((start, direction))
    words = list(found)
    if match := _DELAYED.search(sentence):  # work put off: its cost falls later (revenue: it comes later)
        found.append((match.start(), _for(sentence[: match.start()], "positive")))
    results = set()  # where a result is set against the budgeted one: not read again as a cost's comparison
    for regex, direction in _RESULTS:
        if match := regex.search(sentence):
            found.append((match.start(), direction))
            results.add(match.start())
    for regex, for_costs in _COMPARISONS:
        if (match := regex.search(sentence)) and match.start() not in results:
            subject = sentence[: match.start()]
            if _UNBUDGETED.match(match.group(0)):  # "ej budgeterade realisationsvinster": the noun follows
                subject += " " + " ".join(sentence[match.end() :].split()[:3])
            elif _YIELDS.search(subject):
                # what a thing gives is revenue: "Elevpengen … ger 3,2 mnkr mer än budgeterat"
                subject += " intäkt"
            if of_a_result and _FORECAST_NAMED.search(subject):
                subject = "resultat " + subject
            found.append((match.start(), _for(subject, for_costs)))
    if match := _BUDGET_FIRST.search(sentence):
        said: Direction = "negative" if match.group(4) in ("högre", "större") else "positive"
        found.append((match.start(), _for(sentence[: match.end()], said)))
    if found:
        # the earliest; at one place a comparison, which knows cost from revenue, before a bare word; a bare word
        # before the result set against the budgeted one names the result's level, not its deviation: "… ett
        # överskott på 38,6 mkr, vilket är 24,4 mkr lägre än det budgeterade resultatet"
        first = min(found, key=lambda f: (f[0], f in words))
        if first in words and results:
            first = min(f for f in found if f[0] in results)
        return first[1]
    if cues.BALANCED.search(sentence):
        return "balanced"
    return None


def _first(cue: cues.Cue, sentence: str, past_too: bool) -> int | None:
    """Where the cue is first found, passing over comparisons with the past unless ``past_too``."""
    offset = 0
    while (match := cue.search(sentence[offset:])) is not None:
        if past_too or not _THAN_BEFORE.match(sentence, offset + match.end()):
            return offset + match.start()
        offset += match.end()
    return None


def clear_directions() -> None:
    """Forget the directions of earlier sentences (a cache serves one report)."""
    _sentence_direction.cache_clear()


_UNBUDGETED = re.compile(cues.UNBUDGETED, re.IGNORECASE)
# a figure something gives: "faktureringen ger 400 tkr mindre än budgeterat" (not "ger 400 tkr lägre kostnader")
_YIELDS = cues.Cue(
    r"\b(ger|gav|genererar|genererade|inbringar|inbringade)\s+(\w+\s+)?[\d\s,]+\s*(tkr|mnkr|mkr|miljoner kronor|tusen kronor)\s*$"
)
_FORECAST_NAMED = cues.Cue(r"\bprognos")
# a gain is good when higher, as revenue is: "realisationsvinster", money granted: "Nämnden har beviljats 1,1 mnkr
# mer …" (not a service granted: "Fler elever har beviljats skolskjuts")
_GAIN = cues.Cue(
    r"vinst|\b(har|hade) (beviljats|tilldelats|erhållit|fått)"
    r"(\s*$|\s+([\wåäö]+\s+){0,2}(\d|[\wåäö]*(bidrag|medel|ersättning|intäkt)))"
)
# a result is good when higher, unless it is a cost's: "Regionens resultat … 41 mnkr lägre än budget"
_RESULT = cues.Cue(r"resultat(?!utjämning)")  # "helårsresultat", "årsresultat" too
_COST = cues.Cue(r"kostnad|utgift")
_SOME_RESULT = cues.Cue(r"resultat|prognos|helår")  # "årsresultat", "Helårsprognosen", "Helåret landar …"
# "en nettokostnad på", "ett nettoutfall på", "Vinterväghållningen kostade 2,9 mnkr mot budgeterade 1,4 mnkr"
_SPENT = cues.Cue(r"kostnad|kosta|utgift|utbetalning|utfall|förbruk")


_PAID_OUT = cues.Cue(  # grants the nämnd pays: "Föreningsbidrag: drygt en halv miljon kronor under budget"
    r"interkommunal\w* ersättning|ersättning\w* till\b|"  # "Ersättningen till vårdcentralerna blir 96 mnkr högre"
    # what a nämnd grants to associations and organisers: "Verksamhetsbidragen och projektbidragen understeg budget"
    r"(förenings|verksamhets|projekt|drift|aktivitets|anläggnings|kultur|arrangemangs)bidrag|"
    r"bidrag(en|et)? till\b|"  # "Uppräkningen av bidragen till länsteatern blev högre än budgeterat"
    r"bostadsanpassningsbidrag|uppdragsersättning|avskrivning\w* och finansnetto"  # commissions, capital costs
)


def _for(subject: str, for_costs: Direction) -> Direction:
    """A comparison's direction for a cost, flipped when ``subject`` (the words before it) is revenue or a
    gain."""
    result = _RESULT.search(subject) is not None and _COST.search(subject) is None
    paid = _PAID_OUT.search(subject) is not None  # "interkommunala ersättningar" are paid to other kommuner
    if paid or (cues.REVENUE.search(subject) is None and _GAIN.search(subject) is None and not result):
        return for_costs
    if _last(_COST, subject) > max(_last(cues.REVENUE, subject), _last(_GAIN, subject)):
        return for_costs  # the cost named last is the subject: "… som höjde timersättningarna, gör att
        # personalkostnaderna hamnar 2,8 mnkr över budget"
    return "positive" if for_costs == "negative" else "negative"


def _last(cue: cues.Cue, text: str) -> int:
    """Where the cue is last found in ``text``, or -1."""
    return max((found.start() for found in cue.pattern.finditer(cues.lower(text))), default=-1)


_AGAINST_A_FRAME = re.compile(
    r"\s*(?:mot|jämfört med|att jämföra med)\s+(?:en |den |sin )?(?:tilldelade? |beslutade? )?(?:budget)?ram",
    re.I,
)


def _by_figures(text: str, investment: bool) -> Direction | None:
    """A result or spending set against the budget's own figure: above it is good for a result or revenue,
    bad for spending."""
    pair = budget_figures(text)
    if pair is None or pair[0].sek == pair[1].sek:
        return None
    outcome, budget = pair
    above = (outcome.sek or 0.0) > (budget.sek or 0.0)
    subject = text[: outcome.start]
    income = not investment and (_INCOME.search(subject) or _FORECAST_ALONE.search(subject)) is not None
    return "positive" if above == income else "negative"


def _by_share(sentence: str) -> Direction | None:
    """A share of the budget used below the pace it is set against is an under-spend ("beräknas användas till
    80 procent", "motsvarar 32,5 procent av årsbudgeten, mot riktpunkten 33,3 procent"); revenue flips it."""
    found = share_used(sentence)
    if found is None or found[0] == found[1]:
        return None
    return _for(sentence, "positive" if found[0] < found[1] else "negative")


def _against_zero(text: str, amount: Amount | None) -> Direction | None:
    """A result set against a budgeted zero, with no word for its direction, goes its own sign's way: "612
    tkr, att jämföra med ett budgeterat nollresultat"."""
    if amount is None or not _AGAINST_ZERO.match(text[amount.end : amount.end + 80]):
        return None
    return "negative" if amount.value < 0 else "positive"


def direction_of(text: str, amount: Amount | None, investment: bool = False) -> Direction | None:
    """From the first sentence that speaks of the deviation; a signed amount settles it (unless the sentence
    reads the sign out itself, "−1 500 tkr, dvs. ett överskott"), except in an investment section, where "+"
    often means more spending: there the words decide first, unless the sign was read from the amount's own
    words ("… 0,3 mnkr mer respektive 0,8 mnkr mindre än budgeterat")."""
    signed = amount is not None and amount.explicit_sign and amount.value != 0
    if signed and (said := _SIGN_EXPLAINED.search(sentences(text)[0])):  # a signed amount: a text
        return "negative" if said.group(3).startswith(("under", "neg")) else "positive"
    if signed and (not investment or amount.signed_by_words):  # type: ignore[union-attr]
        return "negative" if amount.value < 0 else "positive"  # type: ignore[union-attr]
    # a level set against its budget's: the difference's sign, read for what the level is (a result or a
    # forecast above its budget is good; a cost or an investment's spending above it is not)
    if amount is not None and amount.difference and amount.value != 0:
        above: Direction = "positive" if amount.value > 0 else "negative"
        subject = text[max(0, amount.start - 80) : amount.start]
        # a frame is what a nämnd may spend: "Helårsprognosen landar på 349,8 mnkr mot en budgetram på 344,3 mnkr"
        frame = _AGAINST_A_FRAME.match(text, amount.end) is not None
        # or the noun named last
        paid = _PAID_OUT.search(subject) is not None  # "Bostadsanpassningsbidragen uppgick till 3,2 mnkr, …"
        spent = investment or frame or paid or _last(_SPENT, subject) > _last(_SOME_RESULT, subject)
        # unless the budget's figure it is set against is a result: "… att jämföra med ett periodiserat budgeterat
        # resultat på 44,5 mnkr"
        spent = spent and not _AGAINST_A_RESULT.match(text, amount.end)
        return ("negative" if above == "positive" else "positive") if spent else above
    placed = _placed_sentences(text)
    # a run-in label names what the sentences after it compare: "Behandlingsavgifter och försäljning. … Prognosen
    # ligger 6,7 mnkr under budget." is revenue under budget
    label = placed[0][1] if len(placed) > 1 and is_label_sentence(placed[0][1]) else ""

    # the side of a contrast the amount stands on: "… 3 410 tkr bättre än periodens budget, men för helåret
    # bedöms kostnaderna överstiga budgeten med 6 900 tkr"
    if amount is not None and (side := _contrast_side(text, amount)) and (found := _labelled(label, side)):
        return found
    # the deviation's figure summed up after its reasons goes the way its own words say: "Elevantalet var 52
    # fler än budgeterat. … Sammantaget ger det gymnasieskolan en positiv avvikelse på 3,2 mnkr."
    if (
        amount is not None
        and (summed := _sums_up_with(placed, amount))
        and (found := _labelled(label, summed))
    ):
        return found
    # the opening's figures come before later words: "resultat på −8,6 mnkr mot budgeterade −2,0 mnkr. Det
    # budgeterade underskottet motsvarar … överskott …"
    for index, (at, sentence) in enumerate(placed[:3]):
        holds_amount = amount is not None and at <= amount.start < at + len(sentence)
        if not holds_amount and _BUDGETED_STATED.search(sentence):
            continue  # what was budgeted, before the sentence that sets the outcome against it
        if index and not holds_amount and _COUNTER_REMARK.search(sentence):
            continue  # "Elkostnaderna blev däremot lägre än befarat …": set against the item, not its way
        direction = (
            _labelled(label, sentence)
            or _by_share(sentence)
            or (_by_figures(sentence, investment) if index == 0 else None)
            or (_against_zero(text, amount) if holds_amount else None)
        )
        if direction is not None:
            return direction
    if by_figures := _by_figures(text, investment):
        return by_figures
    if signed:  # an investment's sign with no words to read it by: more spending is the usual "+"
        return "positive" if amount.value < 0 else "negative"  # type: ignore[union-attr]
    return None


_COUNTER_REMARK = re.compile(r"\b(däremot|å andra sidan)\b", re.IGNORECASE)


def _labelled(label: str, sentence: str) -> Direction | None:
    """The sentence's direction, read after the run-in label that names what it compares."""
    return sentence_direction(f"{label} {sentence}" if label and sentence != label else sentence)


SUMS_UP = re.compile(r"^(?:Sammantaget|Sammanlagt|Totalt|Sammanfattningsvis|Allt som allt|Netto)\b")


def _placed_sentences(text: str) -> list[tuple[int, str]]:
    """The text's sentences, each with where it starts in the text."""
    placed: list[tuple[int, str]] = []
    at = 0
    for sentence in sentences(text):
        at = max(text.find(sentence, at), at)
        placed.append((at, sentence))
    return placed


def _sums_up_with(placed: list[tuple[int, str]], amount: Amount) -> str | None:
    """The later sentence that holds the amount, when it sums up the ones before it, or when they give reasons
    without a figure of their own ("Antalet abonnemang har ökat mindre än beräknat … Taxeintäkterna blir
    därför 2,9 mnkr lägre än budget."); ``placed``: the text's sentences with their offsets."""
    for index, (at, sentence) in enumerate(placed):
        if at <= amount.start < at + len(sentence):
            if index == 0:
                return None
            figureless = not any(a.sek for _, before in placed[:index] for a in find_amounts(before))
            return sentence if SUMS_UP.match(sentence) or figureless else None
    return None


# "…, men …", "…, medan …", and the year after the period: "…, och för helåret prognostiseras …"
_CONTRAST_BREAK = re.compile(
    r"[,;]\s+(?:men|medan|samtidigt som|och(?=\s+(?:(?:för|under)\s+(?:hela\s+)?(?:helåret|året)|"
    r"prognosen\s+för\s+(?:hela\s+)?(?:helåret|året)|helårsprognosen)\b))\s+|[.!?]\s+|"  # "…, och prognosen för helåret …"
    r"\s+men\s+(?=[^.]*\b(?:helåret|året)\b)|"  # "… på 1,8 mnkr men räknar för helåret med ett underskott …"
    # the same subject's forecast for the year after its period: "… ett överskott på 1,2 mnkr mot periodiserad budget och
    # prognostiserar för helåret ett underskott på 3,8 mnkr"
    r"\s+och\s+(?=(?:prognostiserar|beräknar|bedömer|räknar\s+med)\s+[^.]*\b(?:helåret|året)\b)"
)


def _contrast_side(text: str, amount: Amount) -> str | None:
    """The side of a contrast ("…, men …", "…, medan …") that holds the amount, or None when the amount's
    sentence has no contrast."""
    if not 0 <= amount.start < amount.end <= len(text):
        return None
    start, end, contrast = 0, len(text), False
    for found in _CONTRAST_BREAK.finditer(text):
        said = found.group(0).strip()[:1] in (",", ";", "m", "o")  # a comma, or "men" or "och" without one
        if found.end() <= amount.start:
            start, contrast = found.end(), said
        elif found.start() >= amount.end:
            end, contrast = found.start(), contrast or said
            break
    return text[start:end] if contrast else None
