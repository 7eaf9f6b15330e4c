"""Sentences that name several areas, each with its own amount: one explanation per area, the same text
each (LABELS.md: "the same sentence appears twice with different area/amount").

- "respektive" lists: "Äldreboende samt Personlig assistans … underskott om 14 mkr, respektive 21 mkr";
- names each followed by their signed amount: "… hos socialnämnden −23,5 mnkr (−19,2), barn- och
  utbildningsnämnden −12,0 mnkr …";
- a contrast: "Nämnderna prognostiserar ett underskott på 41,3 mnkr, medan finansförvaltningen beräknas ge
  ett överskott på 14,3 mnkr".
"""

from __future__ import annotations

import re

from extract import cues
from extract.amounts import pick_amount
from extract.areas import subject_area
from extract.contrasted_sides import CONTRAST, contrasted_amounts, signed_by_words
from extract.deviation_parts import distributed_parts
from extract.directions import direction_of
from extract.numbers import Amount, find_amounts, signed_as
from extract.respective_lists import NAME_TAIL, capitalised, respective_items
from extract.sentences import sentences

# where the first name of a list begins: "De största avvikelserna finns hos socialnämnden −23,5 mnkr"
_LIST_LEAD = re.compile(
    r"(?:^|\b(?:hos|inom|för|är|finns(?: i| på)?|varav|består av|fördelar sig på)\s+|:\s*|"
    r"\b(?:lägst|högst|störst|minst)\s+[\wåäö]+\s+(?:har|visar)\s+)(?=[^:]*$)",  # "Lägst upparbetning har X (−38 mnkr) …"
    re.IGNORECASE,
)
# "(−19,2), ", " och ", ", varav ": "Finansförvaltningen visar +35 mnkr, varav skatteintäkter +52 mnkr …"
_BETWEEN = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:,\s*(?:varav\s+)?|\s+och\s+|\s+samt\s+)")
_NAME = re.compile(r"^[A-ZÅÄÖa-zåäö][\wåäö\-]*(?:\s+(?:och\s+|samt\s+)?[\wåäö\-]+){0,5}$")


def listed_amounts(text: str) -> list[tuple[str, Amount]]:
    """The areas one sentence lists, each with its own signed amount, in order, or [] when it lists none:
    "De största avvikelserna finns hos socialnämnden −23,5 mnkr (−19,2), barn- och utbildningsnämnden
    −12,0 mnkr (−9,8) och gymnasienämnden −4,4 mnkr" -> [("Socialnämnden", −23,5 mnkr), …]. Names with a
    verb of their own ("… och nämnden prognostiserar −2 mnkr") make it no list."""
    for sentence in sentences(text):
        figures = [a for a in find_amounts(sentence) if a.sek]
        # each figure in brackets after its name, when the sentence has no other: "… finns i ombyggnaden av
        # Tullbroskolan (−41 mkr) och VA-utbyggnaden i Olofsbo (−23 mkr)"
        in_brackets = all(a.bracketed and a.unit for a in figures)
        amounts = [a for a in figures if a.explicit_sign and (in_brackets or not a.bracketed)]
        if len(amounts) < 2:
            continue
        found, end = [], 0
        for amount in amounts:
            before = sentence[end : amount.start]
            if in_brackets:
                before = before.lstrip(")").rstrip(" (")
            if end:
                between = _BETWEEN.match(before)
                if between is None:
                    break
                name = before[between.end() :].strip()
            else:
                leads = list(_LIST_LEAD.finditer(before))
                name = before[leads[-1].end() :].strip() if leads else before.strip()
                # the first name may have its verb: "Kommunstyrelsen redovisar ett överskott med +4,1 mnkr (+3,6),
                # barn- och utbildningsnämnden −9,8 mnkr (−8,4), …"
                name = NAME_TAIL.sub("", f" {name}").strip()
            if not _NAME.match(name) or cues.CONTINUATION.match(name) or NAME_TAIL.search(f" {name}"):
                break
            found.append((capitalised(name), amount))
            end = amount.end
        else:
            return found
    return []


# a name after its figure: "−14,3 mnkr hos nämnderna", "+6,7 mnkr i finansieringen"
_NAME_AFTER = re.compile(
    r"\s+(?:hos|i|inom|för|på|till)\s+(?!(?:år|fjol|fjolåret|helåret|året|perioden|prognosen|budget\w*|nästa|kommande|"
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|\d)\b)"
    r"(?P<name>[\wåäö][\wåäö\-]*(?:\s+[\wåäö\-]+){0,3}?)\s*(?=[,.]|$|\s+(?:och|samt)\s)"
)
_AND_NEXT = re.compile(r"\s*(?:,\s*|\s+och\s+|\s+samt\s+)")


def figures_then_names(text: str) -> list[tuple[str | None, Amount | None]]:
    """The areas of a sentence that gives each signed figure before its area's name, in order, or []:
    "Avvikelsen består av −14,3 mnkr hos nämnderna och +6,7 mnkr i finansieringen" -> [("Nämnderna",
    −14,3 mnkr), ("Finansieringen", +6,7 mnkr)]."""
    for sentence in sentences(text):
        amounts = [a for a in find_amounts(sentence) if a.sek and not a.bracketed]
        # the list before a contrast with a side of its own: "… −22 mnkr till personalkostnader och −12 mnkr till
        # köp av verksamhet, medan intäkterna blir 3 mnkr högre än budgeterat"
        contrast = CONTRAST.search(sentence, amounts[1].end) if len(amounts) > 2 else None
        head = sentence[: contrast.start()] if contrast else sentence
        listed = [a for a in amounts if a.end <= len(head)]
        if len(listed) < 2 or not all(a.explicit_sign for a in listed):
            continue
        found: list[tuple[str | None, Amount | None]] = []
        for amount, after in zip(listed, [*listed[1:], None], strict=True):
            end = after.start if after else len(head)
            named = _NAME_AFTER.match(head, amount.end, end)
            if named is None or (after and not _AND_NEXT.fullmatch(head, named.end(), end)):
                break
            found.append((capitalised(named.group("name")), amount))
        else:
            tail = _tail_item(sentence[contrast.end() :]) if contrast else None
            return [*found, tail] if tail else found
    return []


_VARAV = re.compile(
    r",?\s+(?:varav|där)\s+"
)  # "…, där X samt Y överstiger budget med 7,4 respektive 3,9 mnkr"


def _with_total(
    passage: str, found: list[tuple[str | None, Amount | None]]
) -> list[tuple[str | None, Amount | None]]:
    """A list of parts after "varav" with the total before it, when the list left the total out: "Nämnderna
    prognostiserar ett underskott på 24,3 mnkr, varav SN −15,6 mnkr, BUN −7,4 mnkr och TN −2,6 mnkr"."""
    first = found[0][1] if found else None
    if first is None or _VARAV.search(passage) is None:
        return found
    for sentence in sentences(passage):  # the list's figures are placed in their own sentence
        varav = _VARAV.search(sentence)
        if varav is None or first.start < varav.start():
            continue
        if not any(
            a.start == first.start and abs(a.sek or 0) == abs(first.sek or 0) for a in find_amounts(sentence)
        ):
            continue
        head = sentence[: varav.start()]
        total = pick_amount(head)
        return (
            found if total is None else [(subject_area(head, [], None), signed_by_words(head, total)), *found]
        )
    return found


def _with_contrasted_tail(
    passage: str, found: list[tuple[str | None, Amount | None]]
) -> list[tuple[str | None, Amount | None]]:
    """A list of areas followed by one more on the other side of a contrast: "Underskottet består av
    hemtjänst −8,9 mnkr, vård- och omsorgsboende −4,1 mnkr och myndighetsutövning −2,6 mnkr, medan nämnd och
    ledning visar ett överskott på 1,4 mnkr" gives that area too."""
    last = found[-1][1] if found else None
    # the list's own sentence: its amounts' places are in it
    sentence = next((s for s in sentences(passage) if last and listed_amounts(s)[-1:] == found[-1:]), None)
    contrast = CONTRAST.search(sentence, last.end) if sentence and last else None
    if sentence is None or contrast is None:
        return found
    tail = _tail_item(sentence[contrast.end() :])
    return [*found, tail] if tail else found


def _tail_item(tail: str) -> tuple[str | None, Amount | None] | None:
    """The other side of a contrast after a list: its subject and its amount, signed by its words."""
    amount = pick_amount(tail)
    direction = direction_of(tail, amount) if amount is not None else None
    if amount is None or amount.sek is None or direction not in ("negative", "positive"):
        return None
    return subject_area(tail, [], None), signed_as(amount, direction)


# two areas sharing one comparison, the second's verb left out: "Skatteintäkterna beräknas bli 41 miljoner
# kronor högre än budgeterat och pensionskostnaderna 22 miljoner kronor lägre"
_COMPARATIVE = r"(?:högre|lägre|större|mindre|bättre|sämre)"
_THAN = r"än (?:budget\w*|beräknat|planerat)"
_GAPPED = re.compile(
    # "Detta vägs upp av att pensionskostnaderna blir …": the clause after what introduces it
    rf"^(?:.{{0,60}}?\b(?:av att|genom att|eftersom|då)\s+)?"
    rf"(?P<first>[A-ZÅÄÖa-zåäö][^,]{{2,60}}?)\s+(?:beräknas bli|väntas bli|bedöms bli|blir|blev|är|var)\s+"
    rf"(?P<one>(?:[^,]|,(?=\d)){{1,40}}?)\s+(?P<more1>{_COMPARATIVE})(?:\s+(?P<than>{_THAN}))?\s+och\s+"
    rf"(?P<second>[a-zåäö][\wåäö\- ]{{2,50}}?)\s+(?P<two>\d(?:[^,]|,(?=\d)){{0,30}}?)\s+(?P<more>{_COMPARATIVE})\b"
    rf"(?:\s+(?P<than2>{_THAN}))?"
)


def gapped_pair(text: str) -> list[tuple[str | None, Amount | None]]:
    """The two areas of a sentence whose second clause leaves its verb out, each with its own amount,
    signed by its own comparison (more revenue or less cost is better), or []: "Intäkterna blir 2 mnkr
    högre än budgeterat och lönekostnaderna 1 mnkr lägre", "… pensionskostnaderna blir 1,6 mnkr lägre och
    finansnettot 1,3 mnkr bättre än budget"."""
    for sentence in sentences(text):
        found = _GAPPED.match(sentence.strip())
        than = found and (found.group("than") or found.group("than2"))
        if found is None or not than:
            continue
        pair: list[tuple[str | None, Amount | None]] = []
        for name, figure, more in (
            (found.group("first"), found.group("one"), found.group("more1")),
            (found.group("second"), found.group("two"), found.group("more")),
        ):
            clause = f"{name} blir {figure} {more} {than}"
            amount = pick_amount(clause)
            direction = direction_of(clause, amount) if amount is not None else None
            if amount is None or amount.sek is None or direction not in ("negative", "positive"):
                return []
            area = subject_area(clause, [], None) or capitalised(name)
            pair.append((capitalised(area), signed_as(amount, direction)))
        return pair
    return []


# one figure for each of two areas: "Dagverksamheten har ett överskott och hälso- och sjukvården ett underskott
# på vardera 0,65 mnkr"
_EACH = re.compile(r"^(?P<names>[^.]{3,160}?)\s+(?:på|om|med)\s+vardera\s+(?=\d)")
_EACH_SPLIT = re.compile(
    r"(?<!-)\s+och\s+(?=[a-zåäö][\wåäö\-]+(?:\s+och\s+[\wåäö\-]+)?\s+(?:ett|en|har|visar|redovisar)\b)"
)


# one claim of two names, with the figure each has after them: "Lägre kostnader för lokaler och övriga kostnader,
# 150 tkr vardera, beror på …"
_EACH_AFTER = re.compile(
    r"^(?:[^.,]{0,40}?\b(?:för|inom)\s+)?(?P<first>[^.,]{3,60}?)\s+och\s+(?P<second>[^.,]{2,60}?),?\s+"
    r"(?:\d[\d\s]*(?:,\d+)?\s*(?:tkr|mnkr|mkr|miljoner kronor|tusen kronor)\s+vardera\b|"
    # "Lokalkostnaderna och övriga kostnader ger vardera ett överskott om 350 tkr"
    r"(?:ger|visar|redovisar|lämnar|beräknas ge|bedöms ge)\s+vardera\b)"
)


def _each_after(sentence: str) -> list[tuple[str | None, Amount | None]]:
    found = _EACH_AFTER.match(sentence)
    amounts = [a for a in find_amounts(sentence) if a.sek] if found else []
    if found is None or len(amounts) != 1:
        return []
    direction = direction_of(sentence, amounts[0])
    if direction not in ("negative", "positive"):
        return []
    signed = signed_as(amounts[0], direction)
    return [(capitalised(found.group(name).strip()), signed) for name in ("first", "second")]


def each_the_same(text: str) -> list[tuple[str | None, Amount | None]]:
    """Two areas that share one figure ("på vardera 0,65 mnkr", "… lokaler och övriga kostnader, 150 tkr
    vardera"), each signed by its own words, or []."""
    for sentence in sentences(text):
        if after := _each_after(sentence.strip()):
            return after
        found = _EACH.match(sentence.strip())
        amounts = [a for a in find_amounts(sentence.strip()) if a.sek] if found else []
        if found is None or len(amounts) != 1:
            continue
        sides = _EACH_SPLIT.split(found.group("names"))
        pair: list[tuple[str | None, Amount | None]] = []
        for side in sides if len(sides) == 2 else []:
            direction = direction_of(side, None) or direction_of(found.group("names"), None)
            if direction not in ("negative", "positive"):
                return []
            name = NAME_TAIL.sub("", f" {side}").strip()
            pair.append((capitalised(name) or None, signed_as(amounts[0], direction)))
        return pair
    return []


def areas_with_amounts(passage: str) -> list[tuple[str | None, Amount | None]]:
    """The areas a passage's sentence names with an amount each, in order, or [] (fewer than two)."""
    if sum(1 for a in find_amounts(passage) if a.sek) < 2:
        # every kind of list needs two figures at least (most passages stop here), but for one shared by two
        return each_the_same(passage) if "vardera" in passage else []
    found: list[tuple[str | None, Amount | None]] = _with_total(passage, [*respective_items(passage)])
    found = found or distributed_parts(passage)
    found = found or _with_contrasted_tail(
        passage, _with_total(passage, [(name, amount) for name, amount in listed_amounts(passage)])
    )
    found = found or [(name, amount) for name, amount in figures_then_names(passage)]
    found = found or [(name, amount) for name, amount in contrasted_amounts(passage)]
    found = found or gapped_pair(passage)
    return found if len(found) >= 2 else []
