"""The rules' first reading of a passage: what kind of statement it is (a cause, an action, a forecast change,
another statement or no explanation at all), and whether it is an investment deviation. The passage model takes
them as features and has the last word where they are not exact (extract.passage_model)."""

from __future__ import annotations

from extract import cues
from extract.amounts import item_amount, pick_amount
from extract.directions import sentence_direction, without_targets
from extract.numbers import Amount
from extract.sentences import sentences
from extract.types import Kind


def classify_kind(text: str, headings: tuple[str, ...]) -> tuple[Kind, bool] | None:
    """(kind, is_boilerplate), or None when the passage is not an explanation at all.

    The first sentence says what a passage is about; the rest mostly elaborates."""
    flat = text.replace("\n", " ").strip()
    if len(flat) < 300 and all(cues.BOILERPLATE.match(s) for s in sentences(flat)):
        return "other", True
    heading = headings[-1] if headings else ""
    if cues.skipped(headings):
        return None
    body = [without_targets(s) for s in sentences(flat) if not cues.DESCRIPTIVE.match(s)]
    if not body:
        return None
    first, joined = body[0], " ".join(body)
    found: list[Amount | None] = []

    def has_amount() -> bool:  # read only where the answer matters: most passages have no cue at all
        if not found:
            found.append(pick_amount(joined))
        return found[0] is not None

    cause_first, cause_any = cues.CAUSE.search_opening(first, joined)
    deviation_first, deviation_any = cues.DEVIATION.search_opening(first, joined)
    action_first, action_any = cues.ACTION.search_opening(first, joined)
    dev_first = bool(deviation_first or cause_first) and (
        cause_any or has_amount() or sentence_direction(first, past_too=True) is not None
    )
    notes_only = all(sentence.startswith("(") for sentence in body[1:])  # "(Siffra inom parentes …)"
    if notes_only and not action_first and item_amount(first) is not None:
        return "cause", False
    if cues.CONDITIONAL.match(first) or cues.RISK_OPENING.match(first):
        return ("other", False) if dev_first else None
    change = cues.FORECAST_CHANGE.search(first)
    leads = (
        change
        and (deviation_first is None or change.start() < deviation_first.start())
        and cues.CHANGE.search(first)
    )
    if (leads or cues.FORECAST_COMPARE.search(first)) and (dev_first or has_amount()):
        return "forecast_change", False
    if cues.ACTION_HEADING.search(heading):
        return "action", False
    if action_first and not cause_first and pick_amount(first) is None:
        return "action", False
    if dev_first or (cause_any and deviation_any) or ((cause_any or deviation_any) and has_amount()):
        return "cause", False
    if action_any:
        return "action", False
    if (change or cues.FORECAST_CHANGE.search(joined)) and has_amount():
        return "forecast_change", False
    if cues.RISK.search(joined) or cues.RISK_HEADING.search(heading):
        return ("other", False) if deviation_any else None
    return None


_INVESTMENT_SPENDING = cues.Cue(r"investerings(budget|utgift|ram|redovisning|prognos)|nettoinvestering")
_OPENING_CHARS = 40


def is_investment(passage: str, headings: tuple[str, ...]) -> bool:
    """A deviation of investment spending (utgifter against investeringsbudget), not of operations."""
    first = sentences(passage)[0] if passage.strip() else ""
    named = cues.INVESTMENT.search(first)
    # the investment spending itself, or investments in the opening: not hours an operation debits to investment
    # projects ("Färre timmar än planerat har kunnat debiteras investeringsprojekten")
    opening = named is not None and (_INVESTMENT_SPENDING.search(first) or named.start() < _OPENING_CHARS)
    if opening and not cues.INVESTMENT_COST.search(first):
        return True  # "Investeringsutgifterna beräknas bli 18 mnkr lägre än budgeterat"
    return any(cues.INVESTMENT.search(h) and "drift" not in h.lower() for h in headings[-2:])
