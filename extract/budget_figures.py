"""The budget's own figure beside a figure of the prose, and the deviation between them: "resultat på −584 tkr mot
budgeterade −500 tkr", "Investeringsbudgeten … 164 mnkr, men prognosen stannar vid 97 mnkr", "Av
investeringsbudgeten på 24,0 mnkr beräknas 15,5 mnkr användas". Spending so far is a level, never set against
the budget (``SO_FAR``)."""

from __future__ import annotations

import re
from dataclasses import replace

from extract import cues
from extract.numbers import Amount, find_amounts

# the budget's own figure: "mot budgeterade -500 tusen kronor", "Budget: 12 mnkr", "ett budgeterat underskott på"
BUDGET_FIGURE_BEFORE = cues.Cue(
    # "Investeringsbudgeten för 2026 uppgår till", not "ett överskott mot periodbudget på 0,6 mnkr" or "ett underskott
    # mot driftbudgetramen om 3,7 mnkr" (the figure after a comparison with a budget is the deviation)
    r"(budgeterade?|budgeterat|(?<![\wåäö])(?<!mot )(?<!från )(?<!än )(?<!med )([\wåäö]*budget(en|ramen|ram)?|"
    r"investeringsram(en)?)"  # "Nämndens investeringsram för 2025 är 12,0 mnkr. Prognosen är 7,5 mnkr"
    # "Budgeten för placeringar är", "Årets investeringsbudget, 41 mkr, bedöms …"
    # what it is for: "Nämndens investeringsbudget för inventarier och utrustning är"
    r"( för (år )?\d{4}| för [a-zåäö]+( (?!(med|på|om|är|var|närmare|cirka|drygt|knappt)\b)[a-zåäö]+){0,3})?"
    r"( (på|om|är|var|uppgår till|uppgick till|omfattar|omfattade)|,)?|"
    r"budgeter\w* (under|över)skott\w* (på|om)|\b(ett|med) (periodiserat |periodens )?budgeterat resultat (på|om)|"
    # "Av investeringsramen på 1 200 tkr", "Av nämndens investeringsram på 9,5 mnkr", "Av årets investeringsram för
    # medicinteknisk utrustning på 85 mkr"
    r"\bav (den |årets |[\wåäö]+s )?[\wåäö]*ram(en)?( för [a-zåäö]+( [a-zåäö]+){0,3})? (på|om))\s+(cirka\s+|ca\.?\s+)?$"
)
# a result set against the budget's figure: "-584 tusen kronor mot budgeterade -500 tusen kronor"
# "… 61,5 mnkr (68,0), att jämföra med det budgeterade resultatet på 88,0 mnkr": last month's figure may
# come between, and the budget may be named as a result
# "Totalt användes 21,3 mnkr av årets investeringsbudget på 28,3 mnkr": so far in a year, only a level
_OF_A_BUDGET = r"av (en |den |årets |hela )?([\wåäö]+ )?[\wåäö]*budget(en)? (på|om)"
_OF_A_BUDGET_AFTER = cues.Cue(rf"^\s*{_OF_A_BUDGET}\s*$")
_AGAINST_BUDGET_FIGURE_AFTER = cues.Cue(
    # "resultat på 6,8 mnkr för 2025, jämfört med ett budgeterat resultat på 2,0 mnkr"
    r"\s*(\([^()]*\))?(\s+(för|under|per) [\wåäö–\-]+( [\wåäö–\-]+)?)?"
    r"\W*((mot|jämfört med|att jämföra med|att ställa mot|i förhållande till|gentemot) (den |det |en |ett )?"
    # "mot en budgetram på", "att jämföra med ett periodiserat budgetresultat på 620 tkr"
    # or a frame alone: "Helårsprognosen för investeringarna är 4,5 mnkr mot en ram på 6,0 mnkr"
    r"((?!budget)[\wåäö]+ )?(budgeterade?|budgeterat|[\wåäö]*budget(en|ramen|ram|resultatet|resultat)?|(investerings)?ram(en)?)"
    r"( (resultatet|resultat|överskottet|underskottet))?"
    r"( för (perioden|året|helåret|20\d\d))?"  # "… att jämföra med ett budgeterat resultat för perioden på +0,8 mnkr"
    r"( (inklusive|inkl\.|exklusive|exkl\.) [\wåäö]+)?( (på|om))?|"  # "… inklusive ombudgeteringar på 81,0 mnkr"
    r"av (de )?budgeterade|"  # "investeringarna uppgick till 14,4 mnkr av budgeterade 15,0 mnkr"
    rf"{_OF_A_BUDGET})\s*$"
)
# a figure of the budget that will be used: "Av investeringsbudgeten på 24,0 mnkr beräknas 15,5 mnkr användas"
_USED_AFTER = cues.Cue(  # "… men endast 51,5 mnkr beräknas användas"
    r"\s*(att |beräknas |bedöms |väntas |kommer att )?(användas|användes|använts|förbrukas|förbrukats|nyttjas|nyttjats|"
    r"utnyttjas|upparbetats)\b"
)
_USED_BEFORE = cues.Cue(
    # "… om 2,4 mnkr förbrukades med 1,1 mnkr", "… 41 mkr, bedöms förbrukas till cirka 34 mkr"
    r"\b(förbrukade|förbrukades( med)?|använde|användes( till)?|nyttjade|utnyttjade|har (förbrukat|använt|nyttjat)|"
    r"(förbrukas|används|användas|nyttjas) (till|med)|"
    r"(har|har\s+[\wåäö]+)\s+(använts|förbrukats|nyttjats|utnyttjats)\s+till|"  # "… på 3,5 mnkr har använts till 2,1"
    # "… var 46,5 mnkr och utfallet blev 31,2", "… är 86,3 mkr och prognosen 71,0 mkr"
    r"och (utfallet|prognosen)( blev| blir| är| var| landade på| landar på| till)?)\s+"
    r"(cirka\s+|ca\.?\s+|drygt\s+|knappt\s+)?$"
)
# spending so far is a level, not the deviation: "Av investeringsbudgeten på 214 mnkr har 71 mnkr använts
# under perioden"
SO_FAR = (
    r"\b(hittills|redan|under (perioden|(det )?(första |andra )?(kvartalet|tertialet|halvåret|delåret))|till och med|t\.\s?o\.\s?m\.|per (den )?\d|fram till|"
    r"(efter|per) (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november)\b)"
)
_SO_FAR_AFTER = cues.Cue(rf"^[^.;]{{0,40}}{SO_FAR}")
_SO_FAR_BEFORE = cues.Cue(rf"{SO_FAR}[^.;]{{0,40}}$")
# the year's forecast of what was budgeted before it: "Av årets investeringsbudget på 14,0 mnkr har 1,2 mnkr
# använts hittills. Helårsprognosen är 9,5 mnkr"
_YEAR_FORECAST_BEFORE = cues.Cue(
    # "Prognosen är att 43,7 mnkr används under året"
    r"\b((helårs|års)?prognos\w*( för (hela )?(helåret|året))?\s+(är att|är|blir|uppgår till|landar på|pekar på|"
    r"stannar (på|vid))( en (förbrukning|användning) (om|på))?|prognos\w* för (hela )?(helåret|året)|"
    r"för (hela )?(helåret|året) (bedöms|beräknas|väntas|prognostiseras)|"  # "… för helåret bedöms 38 mnkr användas"
    r"\boch (helårs|års)?prognosen)"  # "Utfallet till och med maj är 11,2 mnkr och helårsprognosen 47,5 mnkr": the verb left out
    r"\s+(cirka\s+|ca\.?\s+)?$"  # "… och prognosen för helåret 21,5 mnkr": the verb left out
)


_NOT_AFTER = re.compile(  # or left over: "Prognosen är att 2,5 mnkr blir kvar vid årets slut"
    rf"\s+([\wåäö]+\s+)?(inte|ej)\b|\s+{cues.LEFT_OVER}"
)
_BUDGET_IN_BRACKETS = cues.Cue(
    r"\s*\(\s*(budget|budgeterat|budgeterade)( (på|om))?\s*$"
)  # "412 tkr (budget 1 000 tkr)"


# the deviation's own figure: "ett underskott för 2025 på 3,6 miljoner kronor jämfört med tilldelad budgetram på …",
# "en negativ budgetavvikelse på 18,5 mnkr mot det budgeterade resultatet på 82,5 mnkr"
_DEVIATION_BEFORE = cues.Cue(
    r"\b[\wåäö]*(avvikelse|underskott|överskott)\w*\s+(för\s+[\wåäö]+\s+)?(på|om|med)\s+(cirka\s+|ca\.?\s+)?$"
)


_COMPARED_AFTER = cues.Cue(r"\s*(lägre|högre|mer|mindre|bättre|sämre|dyrare|billigare) än\b")
_RESULT_BEFORE = cues.Cue(r"\bresultat\w*\s+(för\s+[\wåäö]+\s+)?(på|om)\s+(cirka\s+|ca\.?\s+)?$")
_A_FRAME = cues.Cue(
    r"\b[\wåäö]*ram(en)?\b|\btilldelade?\s+(budget|medel)"
)  # "… jämfört med tilldelad budget om 300,3 mnkr"


def _against_budget_figure(text: str, amount: Amount, following: Amount | None) -> bool:
    """Whether the amount is a result set against the budget's own figure, which follows it:
    "Årets resultat blev -584 tusen kronor mot budgeterade -500 tusen kronor", "Årets resultat uppgår till
    412 tkr (budget 1 000 tkr)"."""
    if following is None or following.sek is None or following.start - amount.end > 70 or amount.bracketed:
        return False
    if _DEVIATION_BEFORE.search(text[max(0, amount.start - 40) : amount.start]):
        return False  # "en negativ avvikelse på 3,0 mnkr mot budgeterat resultat om 0,8 mnkr": the deviation itself
    between = text[amount.end : following.start]
    if _COMPARED_AFTER.match(between):
        return False  # "… bli 240 mnkr lägre än den beslutade investeringsramen på 1 150 mnkr": the deviation itself
    if _RESULT_BEFORE.search(text[max(0, amount.start - 40) : amount.start]) and _A_FRAME.search(between):
        return False  # "ett negativt resultat på 1 640 tkr jämfört med tilldelad budgetram om 142 300 tkr": a frame
        # is what the nämnd may spend, not a result: the result is the deviation
    if following.bracketed:
        return _BUDGET_IN_BRACKETS.match(between) is not None
    if _OF_A_BUDGET_AFTER.match(between) and _SO_FAR_BEFORE.search(
        text[max(0, amount.start - 60) : amount.start]
    ):
        return False  # "Utfallet till och med november är 74,8 mnkr av en årsbudget på 131,0 mnkr"
    if _OF_A_BUDGET_AFTER.match(between) and _NOT_AFTER.match(text, following.end):
        return (
            False  # "… att 148 mnkr av investeringsbudgeten på 760 mnkr inte förbrukas": the part left unused
        )
    return _AGAINST_BUDGET_FIGURE_AFTER.match(between) is not None


def _budget_figure_after(text: str, found: list[Amount], index: int) -> Amount | None:
    """The figure after ``found[index]`` that may be the budget's own: the next outside brackets, or one in
    brackets right after it that says it is the budget's ("412 tkr (budget 1 000 tkr)")."""
    rest = found[index + 1 :]
    if rest and rest[0].bracketed and _BUDGET_IN_BRACKETS.match(text[found[index].end : rest[0].start]):
        return rest[0]
    return next((a for a in rest if not a.bracketed), None)


_VARAV_BETWEEN = re.compile(r"\s*,\s*varav\s+")


def _budget_figure_before(text: str, found: list[Amount], index: int) -> Amount | None:
    """The budget's own figure before a figure of it that will be used: "Av investeringsbudgeten på 24,0 mnkr
    beräknas 15,5 mnkr användas under året", "en investeringsbudget på 48,6 mnkr för 2025 och förbrukade 35,2
    mnkr"."""
    if index == 0:
        return None
    amount, budget = found[index], found[index - 1]
    # what the budget is for may come between: "Av investeringsbudgeten på 6,0 mnkr för inventarier och digitala
    # verktyg beräknas 4,2 mnkr användas"
    if budget.sek is None or budget.bracketed or amount.bracketed or amount.start - budget.end > 60:
        return None
    if index >= 2 and _VARAV_BETWEEN.fullmatch(text, found[index - 2].end, budget.start):
        # a part of the budget in between: "Av investeringsbudgeten på 18,2 mnkr, varav 6,0 mnkr är ombudgeterade
        # från 2025, beräknas 12,5 mnkr användas"
        budget = found[index - 2]
    if _SO_FAR_BEFORE.search(text[max(0, amount.start - 60) : amount.start]):
        return None  # "Efter maj har 27 mkr förbrukats": spending so far is a level
    if used := _USED_AFTER.match(text[amount.end : amount.end + 30]):
        rest = amount.end + used.end()
    elif _USED_BEFORE.search(text[budget.end : amount.start]):
        rest = amount.end
    else:
        return None
    if _SO_FAR_AFTER.match(text[rest : rest + 50]):
        return None
    return budget if BUDGET_FIGURE_BEFORE.search(text[max(0, budget.start - 80) : budget.start]) else None


def _budget_figure_earlier(text: str, found: list[Amount], index: int) -> Amount | None:
    """The budget's own figure, in the passage's opening, that the year's forecast after it is set against:
    "Av årets investeringsbudget på 214 mnkr har 71 mnkr använts under perioden. Helårsprognosen är 148 mnkr"
    (the forecast falls 66 mnkr short of the budget)."""
    amount = found[index]
    if index == 0 or not _YEAR_FORECAST_BEFORE.search(text[max(0, amount.start - 60) : amount.start]):
        return None
    if _NOT_AFTER.match(text, amount.end):
        return None  # "Prognosen är att 43 mnkr inte används": the part left unused is the deviation itself
    return next(
        (
            budget
            for budget in found[:index]
            if budget.sek is not None
            and not budget.bracketed
            and budget.unit == amount.unit
            and BUDGET_FIGURE_BEFORE.search(text[max(0, budget.start - 80) : budget.start])
        ),
        None,
    )


def budget_of(text: str, found: list[Amount], index: int) -> Amount | None:
    """The budget's own figure that ``found[index]`` is set against, after it or before it, or None."""
    following = _budget_figure_after(text, found, index)
    if _against_budget_figure(text, found[index], following):
        return following
    return _budget_figure_before(text, found, index) or _budget_figure_earlier(text, found, index)


def budget_figures(text: str) -> tuple[Amount, Amount] | None:
    """The first figure set against the budget's own figure, and that figure: "resultat på −2,3 mnkr mot
    budgeterade +1,0 mnkr", "Investeringsprognosen är 164 mnkr mot en budget på 231 mnkr"."""
    found = [a for a in find_amounts(text) if a.sek is not None]
    for index, amount in enumerate(found):
        if (budget := budget_of(text, found, index)) is not None:
            return amount, budget
    return None


def difference(result: Amount, budget: Amount) -> Amount:
    """The deviation of a result from its budget figure, in the result's unit."""
    value = result.value - (budget.sek or 0.0) / ((result.sek or 0.0) / result.value)
    return replace(
        result,
        value=value,
        sek=(result.sek or 0.0) - (budget.sek or 0.0),
        explicit_sign=False,
        difference=True,
    )
