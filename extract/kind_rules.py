"""The rules' last word on a sentence's kind, where they are exact: a pointer to a figure or a reading guide is
never an explanation; the first sentence under a heading with its area and amount, the unit's result said in
words and an investment set against its budget are causes; the forecast moving is a forecast change."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract import cues
from extract.amounts import pick_amount
from extract.area_candidates import COLON_LABEL, is_label_sentence
from extract.areas import project_area
from extract.money_talk import (
    investment_against_budget,
    investment_spent_so_far,
    investment_use_after_budget,
    reading_guide,
    speaks_of_money,
)
from extract.numbers import find_amounts
from extract.passage_features import Candidate
from extract.periods import MONTH_ALT

_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters: a row of figures has none
# the balance requirement, the result it counts and its reconciliation: never a deviation (LABELS.md: other)
_BALANCE_REQUIREMENT = cues.Cue(r"^[^.]{0,40}balanskrav")
# the forecast itself has moved ("Prognosen har förbättrats med 2,6 mnkr sedan februari"): every labelled
# explanation whose first sentence says so is a forecast change
_FORECAST_MOVED = cues.Cue(
    # "Sedan februari har prognosen för grundskolan försämrats med 1 100 tkr"
    r"\bprognos(en|er|erna)?\b[^.,]{0,40}?\b(försämrats|förbättrats|ändrats|justerats)|"
    r"(försämr|förbättr)\w* (jämfört med|sedan|mot|från)|"
    # "Jämfört med februariprognosen har underskottet ökat med 0,8 mnkr."
    r"(jämfört med|sedan) (\w+ ){0,2}\w*prognos\w*\b[^.]{0,50}\b(ökat|minskat|försämrats|förbättrats|växt)"
)
_RESULT_AGAINST_BUDGET = cues.Cue(  # "… 3,8 mnkr, att jämföra med ett periodiserat budgeterat resultat på 1,5 mnkr"
    r"resultat\w*[^.]{0,60}\b(jämfört med|att jämföra med|mot|än) (den |det |ett |en )?(periodiser(ad|ade|at) )?"
    r"(\w*budget|budgeter(ad|ade|at)\b)"
)
_CLAUSE = re.compile(r",\s")
_AGAINST_THE_BUDGET = cues.Cue(
    r"\b(underskott|överskott|avvikelse)\w*\b[^.]{0,40}\b(jämfört med|att jämföra med|mot|i förhållande till) "
    r"(den |det |ett |nämndens |sin )?(\w*budget|budgetram|ram)\w*|"  # "… att jämföra med ett budgeterat nollresultat"
    r"\b(negativ|positiv)\w* budgetavvikelse"  # "…, vilket innebär en negativ budgetavvikelse om 19,5 mnkr"
)
_CITED = cues.Cue(r"\bi (\w+rapporten|bokslutet|årsredovisningen|uppföljningen)\b")
# what a forecast change names: the earlier forecast or a move
_OF_A_FORECAST = cues.Cue(
    r"sedan|föregående|förra|tidigare|senaste|försämr|förbättr|ändr|juster|ökat|minskat|"
    r"(?<!hel)(?<!års)prognos(en|er)? (i|per|efter|från)\b|\b(januari|februari|mars|april|maj|juni|juli|augusti|"
    r"september|oktober|november)prognos"
)
# a table's caption: its title, unit and how to read the sign, and no sentence: "Prognos per kostnadsslag 2025, tkr
# (underskott med minustecken efter beloppet)", "Helårsprognos per nämnd, mnkr (avvikelse mot budget, − innebär underskott)"
_CAPTION = re.compile(
    r"^[A-ZÅÄÖ][^.:;]{2,80}?,\s*(tkr|mnkr|mkr|kr|miljoner kronor|tusen kronor)\s*(\([^()]*\))?\s*$",
    re.IGNORECASE,
)
# the deviation against budget first, then how the forecast moved: "Helårsprognosen är ett överskott på 180 mnkr
# jämfört med budget, en förbättring med 60 mnkr sedan aprilprognosen."
_AGAINST_BUDGET_FIRST = cues.Cue(
    r"^[^,]{0,120}\b(jämfört med|mot|än) (den |det )?(\w*budget(en)?|budgeterat)\b[^,]{0,20},"
)
# a measure decided or ordered, opening the sentence: "Nämnden har beslutat om en handlingsplan där …", "Vård- och
# omsorgsnämnden har fått i uppdrag att ta fram en åtgärdsplan som ska minska underskottet med minst 3 mnkr"
_DECIDED_MEASURE = cues.Cue(
    r"^\W*([\wåäö-]+ ){1,5}(har|hade) (nu )?((fått|gett [\wåäö ]{1,40}?) i uppdrag att|"  # an order is a measure
    r"(beslutat om|fattat beslut om|tagit fram|antagit)\b[^.]{0,60}\b"
    r"(handlingsplan|åtgärd|besparing|anställningsstopp|inköpsstopp|översyn))"
)


def decides_a_measure(text: str) -> bool:
    """A sentence whose claim is a measure decided or ordered, not a reason: an action."""
    return _DECIDED_MEASURE.search(text) is not None and cues.CAUSE.search(text) is None


# a goal, never a deviation's comment: "Andelen resor med kollektivtrafik ska öka med två procentenheter"
_GOAL = cues.Cue(r"\bska(ll)?\s+(öka|minska|uppgå|vara|nå|ligga|understiga|överstiga)\b|\bmålet\b|målvärde")
# the whole unit going with a deficit or surplus: "Nämnden beräknas gå med ett minus på 760 tusen kronor"
_UNIT_GOES_WITH = cues.Cue(
    r"^(nämnden|förvaltningen|verksamheten|styrelsen|förbundet|kommunen|regionen|[\wåäö-]+nämnden)\b[^.]{0,40}"
    r"\b(gå|går|gick|gått) med (ett )?(minus|plus|underskott|överskott)"
)
_DECISION = re.compile(r"^[•\-–\s]*(godkänner|antecknar|noterar|fastställer|beslutar|överlämnar|att)\b", re.I)
# a sentence that goes on about the change just stated
_THE_CHANGE = re.compile(r"(Försämringen|Förbättringen|Förändringen|Ökningen|Minskningen)\b")
# the change measured against the budget, not an earlier forecast: "Försämringen mot budget förklaras framför allt av …"
_CHANGE_AGAINST_BUDGET = re.compile(
    r"(Försämringen|Förbättringen|Förändringen|Skillnaden) (mot|jämfört med|i förhållande till|gentemot) "
    r"(den |det )?([\wåäö]*budget[\wåäö]*|budgeterat)\b"
)
# the earlier forecast the change starts from: "I oktober bedömdes underskottet till 1,6 miljoner kronor."
_EARLIER_FORECAST = cues.Cue(
    rf"^(i|vid|efter) ({MONTH_ALT}|"
    r"förra månaden|förra prognosen|föregående prognos|delårsrapporten|tertialrapport\w*)\b[^.]{0,50}?"
    r"\b(bedömdes|beräknades|prognostiserades|uppskattades|pekade)\b"
)


def _introduces_figures(candidates: Sequence[Candidate], i: int) -> bool:
    """A sentence without a figure or a reason that opens a list whose next item states its own figure: the
    items are the explanations, the introduction none ("Underskottet beror på att …:" gives a reason)."""
    text, following = candidates[i].text.rstrip(), candidates[i + 1] if i + 1 < len(candidates) else None
    if not text.endswith(":") or following is None or any(a.sek for a in find_amounts(text)):
        return False
    if cues.CAUSE.search(_ANNOUNCED_REASONS.sub("", text)):  # "… de viktigaste förklaringarna:" gives none
        return False
    return any(a.sek for a in find_amounts(following.text))


# the reasons announced, not given: "Prognosen per verksamhetsområde och de viktigaste förklaringarna:"
# a change against last year with no word of the budget: "Inom hemsjukvården har kostnaderna … ökat med 0,7 mnkr
# jämfört med samma period i fjol" (LABELS.md: a comparison with the previous year is other)
_LAST_YEAR = cues.Cue(
    r"jämfört med (samma period|motsvarande period|föregående år|förra året)( i fjol| föregående år| förra året)?|"
    r"än (samma period|motsvarande period) (i fjol|föregående år|förra året)"
)
_OF_THE_BUDGET = cues.Cue(r"budget|avvik|underskott|överskott|prognos|\bram(en)?\b")


def _only_against_last_year(text: str) -> bool:
    return _LAST_YEAR.search(text) is not None and _OF_THE_BUDGET.search(text) is None


_ANNOUNCED_REASONS = re.compile(r"\b(?:förklaring|orsak)(?:ar|arna|en|erna)?\s*:\s*$", re.IGNORECASE)


# what a unit is responsible for: "Kulturnämnden ansvarar för …", "Nämnden har ansvar för …"
_RESPONSIBLE_FOR = cues.Cue(
    r"^[^.]{0,60}?\b(ansvarar|ansvarade)\s+([a-zåäö]+\s+){0,2}?för\b|^[^.]{0,60}?\bhar\s+(det\s+)?([a-zåäö]+\s+)?"
    r"ansvar(et)?\s+för\b|\bansvarsområde\w*\s+(omfattar|är)\b"
)


def _only_responsibilities(text: str) -> bool:
    """A sentence that says what a unit answers for, with no deviation, cause or figure in kronor."""
    return (
        _RESPONSIBLE_FOR.search(text) is not None
        and not cues.DEVIATION.search(text)
        and not cues.CAUSE.search(text)
        and not any(a.sek for a in find_amounts(text))
    )


def ruled_kind(
    candidates: Sequence[Candidate], i: int, cause: bool, likeliest: str | None, previous: str
) -> str:
    """The kind of sentence ``i``, or "none": a cause where the kind model says ``cause``, else its
    ``likeliest`` other kind (None: no kind reaches the model's threshold), as the rules correct them;
    ``previous``: the kind given to the sentence before."""
    if cues.DESCRIPTIVE.match(candidates[i].text) or reading_guide(candidates[i].text):
        return "none"  # "Nedanstående bild visar …": a pointer to a figure, never a statement
    if _CAPTION.match(candidates[i].text):
        return "none"  # a table's caption with its unit and sign convention states nothing
    if cause and not speaks_of_money(candidates, i):
        return "none"  # "Under 2025 färdigställdes Skogsgläntans förskola …": an event, no deviation
    if cause and _only_responsibilities(candidates[i].text):
        return "none"  # "Kulturnämnden ansvarar för biblioteken, … och bidrag till kulturföreningar."
    # a heading read as a line of text ("• Åtgärder") states nothing
    if cause and len(_WORD.findall(candidates[i].text)) < 2 and not find_amounts(candidates[i].text):
        return "none"
    # "Tre nämnder prognostiserar underskott mot budget:" before "– socialnämnden −21,4 mnkr"
    if cause and _introduces_figures(candidates, i):
        return "none"
    kind = "none"
    if cause:
        # a condition ("Om resultatet ändå blir negativt …") states no deviation of its own
        kind = (
            "other"
            if cues.CONDITIONAL.match(candidates[i].text) or _only_against_last_year(candidates[i].text)
            else "cause"
        )
    elif likeliest is not None:
        kind = likeliest
    c = candidates[i]
    # after a run-in label of its own ("Lokalkostnader. Hyran räknades upp med 5,4 procent …") the
    # first sentence says why the row the label names deviates
    after_label = c.row_deviates and (
        (c.index == 1 and is_label_sentence(candidates[i - 1].text))
        # "Köp av verksamhet: Fler brukare …", but not "Kulturnämnden: Verksamheten bedöms hålla budget."
        or (
            c.index == 0
            and COLON_LABEL.match(c.text.lstrip("•–- ")) is not None
            and not cues.BOILERPLATE.match(c.text.split(":", 1)[1].strip())
        )
    )
    # the first prose under a heading of its area and amount is that area's cause, whatever it says
    # (every labelled such passage the kind model reads as other is one)
    under_heading = c.index == 0 and c.heading_deviates
    # likewise the first prose of an area whose table row deviates: a comment beside its row
    under_row = (
        c.index == 0 and c.row_deviates and (c.comment or i == 0 or candidates[i - 1].headings != c.headings)
    )
    if (
        (kind == "none" or ((after_label or under_heading or under_row) and kind == "other"))
        and (after_label or under_heading or under_row)
        and not _GOAL.search(c.text)
    ):
        # the heading (or the table row it names) states the deviation; the first prose under it, its
        # reason
        kind = "cause" if len(_WORD.findall(c.text)) >= 3 else "none"
    elif kind == "none" and cues.UNIT_RESULT.search(candidates[i].text):
        kind = "cause"  # the unit's result, without a figure: a summary (LABELS.md)
    elif (
        kind == "other"
        and (
            _RESULT_AGAINST_BUDGET.search(c.text)
            or _UNIT_GOES_WITH.search(c.text)
            # not one reported elsewhere: "Nämnden redovisade i delårsrapporten ett underskott om 12 mnkr mot budget"
            or (_AGAINST_THE_BUDGET.search(c.text) and not _CITED.search(c.text))
        )
        and not _DECISION.match(c.text)
    ):
        # "Kultur- och fritidsnämnden redovisar för 2025 ett negativt resultat jämfört med budget på knappt
        # 1,3 miljoner kronor", "Nämnden beräknas gå med ett minus på 760 tusen kronor": the unit's result
        # against its budget is a cause (LABELS.md), unless it is
        # the decision that takes note of it ("• godkänner budgetuppföljningen, med ett negativt resultat …")
        kind = "cause" if pick_amount(c.text) is not None else kind
    elif kind in ("none", "other") and (
        investment_against_budget(c.text)
        or (c.index > 0 and investment_use_after_budget(candidates[i - 1].text, c.text))
    ):
        # "Av investeringsbudgeten på 46,5 mnkr beräknas 31,0 mnkr att användas": an investment deviation
        # (LABELS.md), however it is worded (all 20 labelled such sentences are causes)
        kind = "cause"
    elif (
        kind in ("none", "other")
        and pick_amount(c.text) is not None
        and project_area(c.text, c.headings, None)
    ):
        kind = "cause"  # a project's own overrun with its figure: "Utbytet av nätverksutrustning blir 0,8 mnkr dyrare …"
    if kind == "cause" and decides_a_measure(c.text):
        kind = "action"  # the measure is the claim, however it speaks of the deficit it meets
    if kind == "cause" and (_BALANCE_REQUIREMENT.match(c.text) or investment_spent_so_far(c.text)):
        # "Balanskravsresultatet beräknas till 58,2 mnkr …": a financing statement; "Av
        # investeringsbudgeten på 7,2 mnkr har 1,1 mnkr förbrukats till och med juni": a level
        kind = "other"
    if (
        kind == "forecast_change"
        and _AGAINST_BUDGET_FIRST.search(c.text)
        and pick_amount(_CLAUSE.split(c.text)[0])
    ):
        return "cause"  # the deviation is the claim; the change since the last forecast its aside
    if _CHANGE_AGAINST_BUDGET.match(c.text):
        # "Försämringen mot budget förklaras …": the deviation from the budget and its reasons, no forecast's move
        return "cause" if kind in ("cause", "forecast_change") else kind
    if kind == "forecast_change" and _AGAINST_THE_BUDGET.search(c.text) and not _OF_A_FORECAST.search(c.text):
        # "Helårsprognosen visar ett underskott på 5,8 miljoner kronor jämfört med nämndens budgetram …": against the
        # budget, no earlier forecast named
        return "cause" if pick_amount(c.text) is not None else kind
    if (kind == "cause" and _FORECAST_MOVED.search(c.text)) or (
        kind in ("cause", "other") and _EARLIER_FORECAST.search(c.text)
    ):
        # "Sedan tertial 1 har prognosen försämrats med 3,5 mnkr, främst …", and the forecast it moved from
        kind = "forecast_change"
    elif kind in ("cause", "other") and previous == "forecast_change" and _THE_CHANGE.match(c.text):
        kind = "forecast_change"  # "Försämringen kommer nästan helt från socialnämnden, …"
    return kind
