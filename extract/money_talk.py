"""Whether a sentence speaks of money at all, and whether it only says how to read the figures: what the
passage model's verdicts are checked against where the rules are exact."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract import cues
from extract.area_candidates import is_label_sentence
from extract.areas import account_groups_named
from extract.budget_figures import SO_FAR, budget_figures
from extract.directions import SUMS_UP, sentence_direction
from extract.items import restated_by_levels
from extract.numbers import find_amounts
from extract.passage_features import Candidate


def reading_guide(text: str) -> bool:
    """How the figures are to be read ("positiv avvikelse = överskott") or what a form asks for ("Ange
    belopp och orsak"), with no figure of its own."""
    return cues.READING_GUIDE.search(text) is not None and not any(a.sek for a in find_amounts(text))


# "ett resultat av flera års arbete" is a consequence, not a result
_MONEY = cues.Cue(r"kostn|intäkt|budget|resultat(?! av\b)|prognos|utfall|bidrag|ersättning|avgift|lön|hyr")
# a goal's level, not a deviation: "Målet att andelen … ska understiga 20 procent uppnåddes inte"
_TARGET_LEVEL = cues.Cue(r"\bska(ll)?\s+(under|över)stiga\s+[\d\s,]*\d\s*(procent|%)")


def _names_money(text: str) -> bool:
    """A cue of deviation or cause, a figure in kronor, a direction, an account group or a budget word."""
    text = _TARGET_LEVEL.sub("", text)
    return bool(
        cues.DEVIATION.search(text)
        or cues.CAUSE.search(text)
        or _MONEY.search(text)
        or account_groups_named(cues.lower(text))
        or any(a.sek for a in find_amounts(text))
        or sentence_direction(text, past_too=True)
    )


def speaks_of_money(candidates: Sequence[Candidate], i: int) -> bool:
    """Whether a sentence the kind model reads as a cause speaks of money at all (``_names_money``), or an
    earlier sentence of its passage does, or the next one prices it as a deviation while referring back to
    it ("Det, tillsammans med …, ger en negativ avvikelse om 1,6 mnkr"), or it follows a run-in label or
    stands under a deviating row or an amount heading. A year's events told without any ("Under 2025
    färdigställdes Skogsgläntans förskola …", "Inventeringen omfattade 620 fastigheter. Av dem bedömdes
    41 procent behöva åtgärdas …") state no deviation."""
    candidate = candidates[i]
    if candidate.row_deviates or candidate.heading_deviates or _names_money(candidate.text):
        return True
    # after a run-in label ("Korttidsvård. Ekbacken har haft en beläggning på 104 procent …") as under a heading
    before = [c.text for c in candidates[i - candidate.index : i]]
    if before and all(is_label_sentence(text) and len(text.split()) <= 3 for text in before):
        return True
    # what it tells is priced by the next sentence, which refers back to it: "Solgläntan har sedan februari
    # haft en avdelning med förstärkt nattbemanning … Det, tillsammans med …, ger en negativ avvikelse om 1,6 mnkr."
    after = candidates[i + 1] if i + 1 < len(candidates) else None
    if (
        after is not None
        and after.passage == candidate.passage
        and _REFERS_TO_IT.match(after.text)
        and _PRICES.search(after.text)
        and cues.DEVIATION.search(after.text)
    ):
        return True
    # a later sentence of its passage sums the reasons up as the deviation: "Hemtjänstens beviljade timmar har
    # ökat … Därtill har två korttidsplatser hållits öppna … Sammantaget pekar prognosen på ett underskott om
    # 3 400 tkr."
    later = candidates[i + 1 : i + 1 + candidate.n_sentences - candidate.index - 1]
    if any(SUMS_UP.match(c.text) and cues.DEVIATION.search(c.text) for c in later):
        return True
    return any(_names_money(text) for text in before)


_REFERS_TO_IT = re.compile(r"(Det|Detta|Dessa)\b(?!\s+(är|var|finns|gäller)\b)")
_PRICES = re.compile(r"\b(ger|gav|innebär|innebar|medför|medförde|orsakar|orsakade|leder till|ledde till)\b")


# investment spending set against the investment budget
_INVESTMENT_AGAINST_BUDGET = cues.Cue(
    r"invest\w*[^.]{0,80}?\b(mot|av) (de |den |en |ett )?(budgeterade|budget\b|investeringsbudget)|"
    r"investeringsbudget\w*[^.]{0,80}?\b(förbrukas|förbrukade|användas|används|använts|använde|utnyttjas|"
    r"upparbeta\w*)|invest\w*[^.]{0,80}?\b(under|över) (den |det )?(\w+ )?investeringsbudget|"
    r"investerings(budget|ram)\w*[^.]{0,40}?\båterstår\b|"
    rf"{cues.CARRIED_OVER_FIGURE}"  # a project's money moved on to a later year
)
# investment money spent so far: "Av investeringsbudgeten på 7,2 mnkr har 1,1 mnkr förbrukats till och med juni",
# "Investeringsutgifterna till och med augusti uppgår till 212 mnkr"
_INVESTMENT_SPENT = cues.Cue(
    r"invest\w*[^.]{0,80}?\b(använts|förbrukats|nyttjats|utnyttjats|upparbetats|uppgår till|uppgick till)\b"
)
_SO_FAR = cues.Cue(SO_FAR)
# the year's forecast, opening a sentence: "Helårsprognosen är 148 mnkr, …", "För helåret prognostiseras …"
_YEAR_FORECAST_IN = cues.Cue(
    r"\b(helårs|års)prognos|\bprognos\w* för (hela )?(helåret|året)\b|"
    r"\bför (hela )?(helåret|året) (bedöms|beräknas|väntas|prognostiseras)\b|"  # "… och för helåret bedöms 38 mnkr användas"
    r"\bvid årets slut\b"  # "… och prognosen är att 2,5 mnkr blir kvar vid årets slut"
)
_THE_YEAR_AGAINST_BUDGET = cues.Cue(
    r"\b(hela )?(helåret|året) (beräknas|bedöms|väntas) (därför |därmed )?(underskrida|överskrida|understiga|överstiga)\b"
)
_YEAR_FORECAST_OPENING = cues.Cue(
    r"^(helårs|års)?prognos\w*\b|^för (hela )?(helåret|året)\b|"
    # what will become of the budget by the year's end: "Hela budgeten beräknas användas under hösten"
    r"^hela (investerings)?budgeten (beräknas|bedöms|väntas)\b"
)


def investment_against_budget(text: str) -> bool:
    """Investment spending set against the investment budget, other than the spending so far."""
    return _INVESTMENT_AGAINST_BUDGET.search(text) is not None and not investment_spent_so_far(text)


def investment_spent_so_far(text: str) -> bool:
    """What the investments have cost so far: a level, not a deviation (LABELS.md: other), unless the year's
    forecast follows (``goes_on_to_the_year``)."""
    return (
        _INVESTMENT_SPENT.search(text) is not None
        and _SO_FAR.search(text) is not None
        and not (cues.DEVIATION.search(text))
        # "Utfallet till och med maj är 11,2 mnkr och helårsprognosen 47,5 mnkr": the year's forecast is in it
        and not _YEAR_FORECAST_IN.search(text)
    )


def goes_on_to_the_year(text: str) -> bool:
    """A sentence that opens on the year's forecast, after one on the period, or says what the year will come to
    against the budget ("Konstgräsplanen skjuts till 2026, och helåret beräknas därför underskrida budgeten …")."""
    return (
        _YEAR_FORECAST_OPENING.search(text) is not None or _THE_YEAR_AGAINST_BUDGET.search(text) is not None
    )


# a budget's own figure and nothing more: "Investeringsbudgeten för 2025 uppgår till 46,0 mnkr inklusive
# ombudgeteringar från 2024", "Investeringsbudgeten uppgår till 7,2 mnkr."
_BUDGET_STATED = cues.Cue(
    # "Investeringsbudgeten för 2026 uppgår till …", "Nämndens investeringsbudget för 2025 uppgår till …"
    r"^(årets |den totala |den |(nämndens|förbundets|styrelsens|förvaltningens|kommunens|regionens) )?"
    r"([\wåäö]*budget(en|ramen|ram)?|investeringsram(en)?)( för [\wåäö\d-]+( [\wåäö\d-]+){0,3})? "  # "… för IT-utrustning är"
    r"(uppgår till|uppgick till|är|var|omfattar|omfattade)\s|"
    # "Förbundet har en investeringsbudget på 400 tkr för IT-utrustning."
    r"^(förbundet|nämnden|styrelsen|förvaltningen|kommunen|regionen) (har|hade) (en|ett) [\wåäö]*budget "
    r"(för [\wåäö\d]+ )?(på|om) |"
    # what the budget is for: "Nämndens investeringsbudget på 46 mnkr avser främst nya bussar och …"
    r"^(årets |(nämndens|förbundets|styrelsens|förvaltningens|kommunens|regionens) )?[\wåäö]*budget(en|ramen)? "
    r"(på|om) [\d\s,]+\s*(tkr|mnkr|mkr|miljoner kronor) (avser|omfattar|gäller|består av)\b"
)
# how much of it the year will use, said after the budget: "… och prognosen är att 250 tkr förbrukas"
_USE_FORECAST = cues.Cue(
    r"\b(prognos\w*|beräknas|bedöms|väntas)\b[^.]{0,40}?\b(förbrukas|användas|används|utnyttjas|upparbetas)\b"
)


def investment_use_after_budget(budget: str, text: str) -> bool:
    """A sentence that forecasts the year's use of the investment budget the sentence before it states: the
    two are the investment deviation."""
    return states_a_budget(budget) and "invest" in budget.lower() and _USE_FORECAST.search(text) is not None


def states_a_budget(text: str) -> bool:
    """A sentence that only states what a budget is, without a deviation or a cause: what the sentence after
    it sets against (LABELS.md keeps it with that one), and no explanation on its own."""
    return (
        _BUDGET_STATED.search(text) is not None
        and not cues.DEVIATION.search(text)
        and not cues.CAUSE.search(text)
        and sentence_direction(text) is None
    )


def measured_against(budget: str, following: str) -> bool:
    """Whether ``following`` gives the level that the budget ``budget`` states is set against, so that the two
    state a deviation: "Nämnden har en investeringsbudget på 18,0 mnkr …" then "Prognosen är 11,5 mnkr, eftersom
    …"."""
    return (
        states_a_budget(budget)
        and _LEVEL_OPENS.match(following) is not None
        and budget_figures(f"{budget} {following}") is not None
    )


# the year's forecast or outcome as a level: "Prognosen är 11,5 mnkr", "Helårsprognosen landar på 7,2 mnkr"
_LEVEL_OPENS = cues.Cue(
    r"^(prognosen|helårsprognosen|årsprognosen|utfallet för (hela )?året|årets utfall)\s+(för [\wåäö\d]+\s+)?"
    r"(är|blir|beräknas (till|bli)|bedöms (till|bli)|landar på|uppgår till|blev|var)\s"
)


def place_budget_statements(
    candidates: Sequence[Candidate], labels: list[str], join: set[int], pairs: set[int]
) -> None:
    """Where the sentences that only state a budget go (``pairs``: the sentences that may join the next one,
    which lists no areas; ``labels`` and ``join`` are updated). With the level set against it, the budget states a
    deviation ("Nämnden har en investeringsbudget på 18,0 mnkr …" and "Prognosen är 11,5 mnkr, eftersom …");
    otherwise a budget's figure alone is what the sentence after it measures against, of that one's kind, and no
    explanation on its own."""
    for i in sorted(pairs):
        if i - 1 not in join and measured_against(candidates[i].text, candidates[i + 1].text):
            join.add(i)
            labels[i] = labels[i + 1] = "cause"
    for i, candidate in enumerate(candidates):
        if labels[i] == "none" or i - 1 in join or i in join or not states_a_budget(candidate.text):
            continue
        if i in pairs and labels[i + 1] != "none":
            join.add(i)
            labels[i] = labels[i + 1]
        # but one with the level set against it states its own deviation ("Investeringsbudgeten för 2026 är 64,0
        # mnkr, men endast 51,5 mnkr beräknas användas, eftersom …"), unless the next sentence states it again
        elif budget_figures(candidate.text) is None or (
            i + 1 < len(labels)
            and labels[i + 1] == "cause"
            and restated_by_levels(candidates[i + 1].text, candidate.text)
        ):
            join.discard(i)
            labels[i] = "none"


def joined_spending_so_far(candidates: Sequence[Candidate], join: set[int], pairs: Sequence[int]) -> set[int]:
    """``join`` with investment money spent so far joined to the year's forecast after it, and to nothing else
    ("Investeringsbudgeten för 2026 uppgår till 94 mkr. Efter maj har 27 mkr förbrukats." says so in two)."""
    spent = {
        i
        for i in pairs
        if investment_spent_so_far(candidates[i].text)
        or (
            candidates[i].index > 0
            and not goes_on_to_the_year(candidates[i].text)
            and not investment_spent_so_far(candidates[i - 1].text)
            and investment_spent_so_far(f"{candidates[i - 1].text} {candidates[i].text}")
        )
    }
    return (join - spent) | {i for i in spent if goes_on_to_the_year(candidates[i + 1].text)}
