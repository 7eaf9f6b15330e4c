""" "Respektive" lists: several names, then one figure each ("Äldreboende samt Personlig assistans
prognostiserar ett underskott om 14 mkr, respektive 21 mkr"), and the areas they name (``respective_items``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from extract import cues
from extract.area_candidates import is_label_sentence
from extract.directions import direction_of
from extract.numbers import Amount, find_amounts, signed_as
from extract.sentences import sentences

_LIST_BREAKS = (
    re.compile(r"(?:(?<!\d),|,(?!\d))\s*|\s+(?:samt|respektive)\s+"),
    re.compile(r"(?:(?<!\d),|,(?!\d))\s*|\s+(?:samt|respektive)\s+|(?<!-)\s+och\s+"),
)  # "och" binds names too, and "gymnasie- och vuxenutbildningsnämnden" is one; "13,4" is a figure, not two names
_RESPECTIVE = re.compile(r"\brespektive\b", re.IGNORECASE)
# the clause after the names ("…, som beräknas avvika negativt med"), or a bare preposition ("…, med 1,2 …")
# or a clause that draws the conclusion (", och av den anledningen blir utfallet 3,0 respektive 1,5 mnkr lägre")
_CLAUSE_AFTER_NAMES = re.compile(
    r"\s*(?:(som|vilka|vilket|där)\b|(?:och\s+)?(?:av\s+den\s+anledningen|av\s+det\s+skälet|därför|därmed)\b|"
    r"(?:med|på|om)\s*$)",
    re.IGNORECASE,
)
# the names, a relative clause between commas, then the verb: "VA-verksamheten och renhållningen, som finansieras med
# avgifter, redovisar överskott på 1,8 respektive 0,6 mnkr"
_NAMES_THEN_CLAUSE = re.compile(
    r"^(?P<names>[^,]{3,80}?\s+(?:och|samt)\s+[^,]+),\s+(?:som|vilka)\b[^,]*,\s+[a-zåäö][^,]*$"
)
_APPOSED_NAMES = re.compile(r"^[^,]{3,60},\s+(?P<names>[^,]+?\s+(?:och|samt)\s+[^,]+),\s+[a-zåäö]+\s+$")
# what lies between two figures of one list: "4,1 respektive 1,6", "0,3 mnkr mer respektive 0,8", "0,9 och 0,6"
_BETWEEN_FIGURES = re.compile(
    r"\s*(?:(?:mer|mindre|högre|lägre|bättre|sämre|över|under)\s+)?,?\s*(?:respektive|och)\s+|\s*,\s*",
    re.IGNORECASE,
)
# the words that make a list of figures the deviations, not the costs: "… 0,3 mnkr mer respektive 0,8 mnkr mindre
# än budgeterat"
_AGAINST_BUDGET = re.compile(
    r"budget|avvik|överskott|underskott|\b(?:mer|mindre|högre|lägre|bättre|sämre)\b", re.IGNORECASE
)


def respective_lists(text: str) -> Iterator[tuple[list[str], list[Amount], str]]:
    """Each reading of a "respektive" list in the text: the names before its figures, one per figure, and
    the figures ("Äldreboende samt Personlig assistans … 14 mkr, respektive 21 mkr" -> (["Äldreboende",
    "Personlig assistans …"], [14 mkr, 21 mkr], the sentence)); the names are split at commas, "samt" and
    "respektive", then also at "och", and the list ends where the figures begin."""
    for names_end, amounts, sentence in _figure_lists(text):
        if apposed := _APPOSED_NAMES.match(sentence[:names_end]) or _NAMES_THEN_CLAUSE.match(
            sentence[:names_end]
        ):
            # the names between commas, the verb after them: "De två största projekten, A och B, förbrukade 7,9
            # respektive 3,2 mnkr mindre än budgeterat"
            # split at "samt" first: "Vatten och avlopp samt avfall, som är avgiftsfinansierade, prognostiserar …"
            splits = ([n for n in b.split(apposed.group("names")) if n.strip()] for b in _LIST_BREAKS)
            names = next((n for n in splits if len(n) == len(amounts)), None)
            if names is not None:
                yield names, amounts, sentence
                continue
        readings = [_names(sentence[:names_end], list_break) for list_break in _LIST_BREAKS]
        if all(len(parts) < len(amounts) for parts in readings) and (
            after := _names_after(sentence, amounts)
        ):
            # the names after the figures: "Av underskottet avser 17,1 respektive 8,6 miljoner kronor skolområde
            # Öster och skolområde Söder", "… 1,6 respektive 0,9 miljoner kronor lägre än budget för nationella
            # program och introduktionsprogram, eftersom …"
            yield after, amounts, sentence
            continue
        head = readings[0][:-1]  # the names before the last comma
        for index, parts in enumerate(readings):
            if (
                index == 1
                and len(parts) > len(amounts)
                and len(readings[0]) < len(amounts)
                and parts[: len(head)] == head
            ):
                # the last names joined by "och", one of them with an "och" of its own: "Föreningsbidragen och
                # nämnd och administration visar överskott på 0,5 respektive 0,4 mnkr", "Inom kulturstödet,
                # Kulturskolan och ledning och stab …": the later name holds it
                rest, keep = parts[len(head) :], len(amounts) - len(head) - 1
                yield [*head, *rest[:keep], " och ".join(rest[keep:])], amounts, sentence
            elif len(parts) >= len(amounts):
                yield parts[-len(amounts) :], amounts, sentence


# after the list's last figure: its unit, then how it stands against the budget, then "för"/"inom" before names
_AFTER_FIGURES = re.compile(
    r"\s*(?:(?:mer|mindre|högre|lägre|bättre|sämre)\s+än\s+(?:budget(?:en|erat)?|beräknat|planerat)\s+|"
    r"(?:över|under)\s+budget\s+)?(?:för|inom|i|på)?\s*(?P<names>[^,.;:]+?)\s*(?:[,.;:]|$)",
    re.IGNORECASE,
)


def _names_after(sentence: str, amounts: list[Amount]) -> list[str] | None:
    """The names a list's figures go with when they follow them, one per figure, or None."""
    found = _AFTER_FIGURES.match(sentence, amounts[-1].end)
    if found is None:
        return None
    parts = [part.strip() for part in _LIST_BREAKS[1].split(found.group("names")) if part.strip()]
    if len(parts) != len(amounts) or any(len(part.split()) > 4 or not part[:1].isalpha() for part in parts):
        return None
    return [part[:1].upper() + part[1:] for part in parts]


# the other side of a contrast before the list: "Underskottet finns inom X, medan äldreomsorgen och
# myndighetsutövningen redovisar överskott på 3 100 tkr respektive 900 tkr"
_CONTRAST_BEFORE = re.compile(r".*,\s+(?:medan|men|samtidigt som)\s+")


# what opens a clause about the names, not a name: "Båda verksamheterna …", "Högre interkommunala ersättningar …"
_NOT_A_NAME = re.compile(
    r"(?:Båda|Samtliga|Dessa|De|Det|Den|Högre|Lägre|Mindre|Större|Ökade|Minskade|Fler|Färre|"
    r"Överskott|Underskott|Avvikelse[rn]?|Positiva?|Negativa?|Prognos(?:en)?|Utfall(?:et)?)\b",  # "…: Överskott på 0,4 …"
    re.IGNORECASE,
)


def _names(before: str, list_break: re.Pattern[str]) -> list[str]:
    """The names before a list's figures, after any contrast, split at ``list_break``."""
    if contrast := _CONTRAST_BEFORE.match(before):
        before = before[contrast.end() :]
    label, colon, after = before.rpartition(": ")
    if colon:
        # names after a run-in label ("Vård och omsorg: Hemtjänsten och särskilt boende visar …"), or the label's
        # own when the text after it opens on no name ("Korttidsvistelse och dagverksamhet: Båda verksamheterna …")
        named = [part for part in list_break.split(after) if part.strip()]
        if _NOT_A_NAME.match(after):
            before = label
        elif len(named) >= 2 and all(len(NAME_TAIL.sub("", f" {part}").split()) <= 5 for part in named):
            before = after
    parts = [part for part in list_break.split(before) if part.strip()]
    while parts and (_CLAUSE_AFTER_NAMES.match(parts[-1]) or parts[-1].strip() in ("och", "samt")):
        # "…, som beräknas avvika negativt med": the clause after the names is no name, nor ", och" before the
        # figures ("X och Y har senarelagts, och 4,6 respektive 2,1 mnkr …")
        parts.pop()
    return parts


def _figure_lists(text: str) -> Iterator[tuple[int, list[Amount], str]]:
    """Each "respektive" sentence's list of figures: where its names end, the figures, the sentence."""
    if "respektive" not in text.lower():
        return
    for sentence in sentences(text):
        if _RESPECTIVE.search(sentence) is None:
            continue
        names_end, amounts = _figures(
            sentence, [a for a in find_amounts(sentence) if a.sek is not None and not a.bracketed]
        )
        if len(amounts) >= 2:
            yield names_end, amounts, sentence


_BREAKDOWN = re.compile(r",\s+(?:där|varav)\s+")  # a total broken down: "… −13,1 mnkr, där X samt Y …"


def _figures(sentence: str, amounts: list[Amount]) -> tuple[int, list[Amount]]:
    """Where the names end, and the list of figures they go with: all of the sentence's when they are one
    list; when it has several lists ("… beräknas kosta 4,1 respektive 1,6 mnkr, vilket är 0,3 mnkr mer
    respektive 0,8 mnkr mindre än budgeterat"), the names end at the first list and go with the first list
    that speaks of the budget: the deviations rather than the costs."""
    if not amounts:
        return 0, amounts
    lists = [[amounts[0]]]
    for before, after in zip(amounts, amounts[1:], strict=False):
        if _BETWEEN_FIGURES.fullmatch(sentence[before.end : after.start]):
            lists[-1].append(after)
        else:
            lists.append([after])
    lists = [figures for figures in lists if len(figures) >= 2]
    if len(lists) == 1 and _BREAKDOWN.search(sentence, amounts[0].end, lists[0][0].start):
        # a total before the list ("Socialnämndens prognos är −13,1 mnkr, där X samt Y överstiger budget med 7,4
        # respektive 3,9 mnkr"): the names are those before the list's own figures
        return lists[0][0].start, lists[0]
    if len(lists) == 1 and (total := _total_before(sentence, amounts, lists[0])) is not None:
        # a heading's total over two areas, then their parts ("Socialpsykiatri och integration: +1 100 tkr
        # Överskotten på 300 respektive 800 tkr förklaras …"): the names are those before the total
        return total.start, lists[0]
    if len(lists) < 2:
        return amounts[0].start, amounts
    ends = [figures[0].start for figures in lists[1:]] + [len(sentence)]
    for figures, end in zip(lists, ends, strict=True):
        if _AGAINST_BUDGET.search(sentence, figures[0].start, min(end, figures[-1].end + 30)):
            return lists[0][0].start, figures
    return lists[0][0].start, lists[0]


def _total_before(sentence: str, amounts: list[Amount], figures: list[Amount]) -> Amount | None:
    """The one figure before the list, when it is the list's sum and no name stands between them."""
    before = [a for a in amounts if a.end <= figures[0].start]
    if len(before) != 1:
        return None
    total, parts = before[0], sum(abs(f.sek or 0.0) for f in figures)
    if abs(abs(total.sek or 0.0) - parts) > 0.005 * parts:
        return None
    return None if _NAMES_BETWEEN.search(sentence, total.end, figures[0].start) else total


_NAMES_BETWEEN = re.compile(r",|\b(?:och|samt)\b")


def respective_amount(text: str, area: str | None) -> Amount | None:
    """The area's own amount in a "respektive" list: in "Äldreboende samt Personlig assistans prognostiserar
    ett underskott om 14 mkr, respektive 21 mkr", Personlig assistans has 21 mkr. None when the text has
    no such list or the area is not one of its names."""
    if not area:
        return None
    words = area.lower().split()
    key = words[0][:5]
    for names, amounts, _ in respective_lists(text):
        names = _with_elided_head([NAME_TAIL.sub("", n).strip(" ,.") for n in names])
        where = [i for i, name in enumerate(names) if key in name.lower()]
        if len(where) > 1:  # "Grundskolan F–6" and "Grundskolan 7–9": told apart by their last word
            where = [i for i in where if names[i].lower().endswith(words[-1])]
        return amounts[where[0]] if len(where) == 1 else None
    return None


# what opens or closes a name in such a list: "Avdelningarna X", "Y prognostiserar ett underskott om"
_NAME_LEAD = re.compile(  # a bullet too: "• Förskolenämnden och skolnämnden visar …"
    r"^[\W\d]*(?:"
    # the year or period fronted before the verb: "För helåret beräknas X och Y avvika med 4,0 respektive 2,5 mnkr"
    r"(?:för|under)\s+(?:hela\s+)?(?:helåret|året|perioden)\s+(?:beräknas|bedöms|väntas|prognostiseras)\b|"
    # how the figures are cut, fronted before the verb: "Sett per kostnadsslag överskrider X och Y budget med …"
    r"(?:sett|räknat|fördelat)\s+(?:per|till|över|på)\s+[\wåäö]+\s+(?:överskrider|underskrider|avviker|visar|"
    r"redovisar|blir|beräknas|bedöms)\b|"
    r".*\b(?:inom|för|hos)\b|.*:|.*?\b(?:finns|ligger|återfinns)\s+(?:i|på)\b|.*?\bfördela[rs]?\s+sig\s+på\b|"
    # "Avvikelsen på 13,4 mnkr består främst av projekten X och Y, där …"
    r".*?\bbestår\s+(?:främst\s+|huvudsakligen\s+|i\s+huvudsak\s+|framför\s+allt\s+)?av\b|"
    # "Avvikelsen avser främst X och Y, med −164 respektive −97 miljoner kronor"
    r"^\W*(?:avvikelsen|underskottet|överskottet)\s+avser\s+(?:främst|huvudsakligen|i\s+huvudsak|framför\s+allt)?\b|"
    r"(?:det|detta)\s+är\s+(?:framför\s+allt|främst|i\s+huvudsak|huvudsakligen)?|"  # "Det är framför allt X och Y som …"
    # after a fronted phrase: "Sett till kostnadsslag är det främst X och Y som avviker"
    r".*?\bär\s+det\s+(?:framför\s+allt|främst|i\s+huvudsak|huvudsakligen)\b)?\s*"
    r"(?:(?:avdelningarna|verksamheterna|områdena|enheterna|nämnderna|verksamhetsområdena|kontogrupperna|projekten|"
    r"grupperna)(?:\s+(?:i|inom)\b)?)?\s*",
    re.IGNORECASE,
)
_FOR_AFTER_NAMES = re.compile(r"\s+för$")  # "A och B står för −4 100 respektive −2 700 tkr"
_REPEATED_PREPOSITION = re.compile(r"^(?:i|inom|hos|på)\s+(?=den |det |de )")
_LEAD_PREPOSITION = re.compile(r"\b(inom|för|hos)\s*$")  # the one the lead before the first name ends in
NAME_TAIL = re.compile(
    r"\s+(?:prognostiserar|prognostiseras|visar|redovisar|har|står|uppvisar|beräknas|bedöms|går|gör|ligger|"
    r"uppgår|uppgick|landar|blir|blev|är|var|svarar|kostar|kostade|väntas|ger|gav|lämnar|lämnade|visade|redovisade|"
    r"utvecklas|utvecklades|avviker|avvek|avvika|förskjuts|skjuts|senareläggs|flyttas|försenas|försenades|"
    r"överskrider|överskred|underskrider|underskred|överstiger|översteg|understiger|understeg|överträffade|"
    r"med|på|om|ett|en|som|budget|budgeten)\b.*$"
    r"|\s*(?:[–—:]|\s-)\s*(?:plus|minus)?\s*$",  # a heading's names before their figures: "A och B – plus 0,6 respektive …"
    re.IGNORECASE,
)
# what the names offset, before them: "Det vägs upp av ett finansnetto och pensionskostnader som blir …"
_OFFSET_LEAD = re.compile(
    r"^(?:Det|Detta|Underskottet|Överskottet)\s+(?:vägs|vägdes|motverkas|motverkades|balanseras)\s+"
    r"(?:delvis\s+)?(?:upp\s+)?av\s+(?:ett\s+|en\s+)?"
)


_INVERTED = re.compile(
    # "Inom nämndens ram visar Universitetssjukhuset Örebro och …", "Inom området visar öppenvården och …", "Inom
    # verksamheten står A och B för …", "Av underskottet svarar A och B för …"
    r"^[\W\d]*(?:Inom|För|Hos|I|Av)\s+[^,]{3,60}?\s+(?:visar|redovisar|har|prognostiserar|uppvisar|står|svarar)\s+"
    r"(?!(?:ett|en|det|de|vi)\b)(?P<name>[A-ZÅÄÖa-zåäö].*)$"
)


# investments moved on to a later year: "X och Y förskjuts till 2027, vilket minskar årets utgifter med 31 respektive
# 9 mnkr" (each one's under-spend)
_MOVED_ON = cues.Cue(cues.CARRIED_OVER)


def _states_deviations(sentence: str, amounts: list[Amount]) -> bool:
    return (
        any(a.explicit_sign for a in amounts)
        or cues.DEVIATION.search(sentence) is not None
        or direction_of(sentence, None) is not None
        or _MOVED_ON.search(sentence) is not None
    )


def respective_items(text: str) -> list[tuple[str, Amount]]:
    """The areas a "respektive" sentence gives one amount each, with their amounts, in order, or [] when
    there is no such list: "Avdelningarna Äldreboende samt Personlig assistans och stöd prognostiserar ett
    underskott om 14 mkr, respektive 21 mkr" -> [("Äldreboende", 14 mkr), ("Personlig assistans och stöd",
    21 mkr)]."""
    labelled = label_names(text)
    for _, amounts, sentence in _figure_lists(text) if labelled else ():
        if len(labelled) == len(amounts) and _states_deviations(sentence, amounts):
            # the run-in label names them: "Lokal- och övriga kostnader. Lägre hyra … och återhållsamhet … ger
            # sammantaget 0,8 respektive 1,1 mnkr i överskott.", "Kultur och fritid samt arbetsmarknadsenheten.
            # Verksamheterna redovisar 150 respektive 90 tkr i överskott"
            return list(zip(labelled, _signed_by_own_words(sentence, amounts), strict=True))
    for parts, amounts, sentence in respective_lists(text):
        if not _states_deviations(sentence, amounts):
            continue  # levels, not deviations: "… med dygnskostnader på 5 200 respektive 7 800 kronor"
        # the names after their verb: "Inom nämndens ram visar Universitetssjukhuset Örebro och närsjukvården …"
        inverted = _INVERTED.match(parts[0])
        parts = [inverted.group("name"), *parts[1:]] if inverted else parts
        parts = [_OFFSET_LEAD.sub("", parts[0]), *parts[1:]]
        # "Avdelningarna X", "Underskotten inom X", "Underskottet fördelar sig på grupperna i X"
        lead = _NAME_LEAD.match(parts[0])
        parts = [_NAME_LEAD.sub("", parts[0], count=1), *parts[1:]]
        names = [_FOR_AFTER_NAMES.sub("", NAME_TAIL.sub("", p).strip(" ,.")) for p in parts]
        # the preposition said again: "… finns i ombyggnaden av X och i den nya överföringsledningen …", "kostnaderna
        # för X samt för Y"
        said = _LEAD_PREPOSITION.search(lead.group(0)) if lead else None
        names[1:] = [
            n[len(said.group(1)) + 1 :]
            if said and n.startswith(f"{said.group(1)} ")
            else _REPEATED_PREPOSITION.sub("", n)
            for n in names[1:]
        ]
        names = _with_elided_head(names)
        if all(2 <= len(n) <= 60 and n[:1].isalpha() for n in names):
            amounts = _signed_by_own_words(sentence, amounts)
            return [(capitalised(n), amount) for n, amount in zip(names, amounts, strict=False)]
    return []


# a stage or grade range that stands for a name: "F–6", "7–9", "4-6"
_LEVEL_CODE = re.compile(r"(?:[A-ZÅÄÖ]|\d{1,2})\s?[–-]\s?\d{1,2}")


_AT_A_PLACE = re.compile(r"^(?P<head>\S.*?)\s+(?:i|på|vid)\s+[A-ZÅÄÖ][\wåäö-]*$")
_ONLY_A_PLACE = re.compile(r"^(?:i|på|vid)\s+[A-ZÅÄÖ][\wåäö-]*$")


def _with_elided_head(names: list[str]) -> list[str]:
    """Later names that leave out the words of the first: "Grundskolan F–6 och 7–9" -> "Grundskolan F–6",
    "Grundskolan 7–9"; "vårdavdelningarna i Borås och i Skene" -> "vårdavdelningarna i Borås", "vårdavdelningarna
    i Skene"."""
    if (place := _AT_A_PLACE.match(names[0])) is not None:
        # "vårdavdelningarna i Borås och i Skene" -> "Vårdavdelningarna i Skene"
        return [names[0], *(f"{place.group('head')} {n}" if _ONLY_A_PLACE.match(n) else n for n in names[1:])]
    head, _, code = names[0].rpartition(" ")
    if not head or not _LEVEL_CODE.fullmatch(code):
        return names
    return [names[0], *(f"{head} {n}" if _LEVEL_CODE.fullmatch(n) else n for n in names[1:])]


_COORDINATED_LABEL = re.compile(
    r"^\W*(?P<first>[A-ZÅÄÖ][\wåäö]*-?(?: [\wåäö]+-?)?)(?:, (?P<middle>[\wåäö]+(?: [\wåäö]+)?))? och "
    r"(?P<last>[\wåäö]+(?: [\wåäö]+)?)\.$"
)


def label_names(text: str) -> list[str]:
    """The names of a run-in label that coordinates them, as a sentence of its own: "Övriga kostnader och
    kapitalkostnader." -> ["Övriga kostnader", "Kapitalkostnader"]; "Lokal- och övriga kostnader." ->
    ["Lokalkostnader", "Övriga kostnader"] (the word left out after the hyphen put back)."""
    opening = sentences(text)[0] if text.strip() else ""
    joined = opening.rstrip(" .").split(" samt ")
    if len(joined) > 1 and opening.rstrip().endswith(".") and all(_names_a_label(n) for n in joined):
        # "Kultur och fritid samt arbetsmarknadsenheten.", "Nämnd och förvaltningsledning samt familjerätt och
        # familjestöd.": "samt" joins the names, "och" may be inside one
        return [capitalised(n.strip(" .")) for n in joined]
    found = _COORDINATED_LABEL.match(opening.strip())
    if found is None or len(opening.split()) > 6:
        return []
    names = [n for n in (found.group("first"), found.group("middle"), found.group("last")) if n]
    head = names[-1].split()[-1]
    names = [n[:-1] + head if n.endswith("-") else n for n in names]
    return [capitalised(n) for n in names]


def _names_a_label(name: str) -> bool:
    return len(name.split()) <= 4 and is_label_sentence(capitalised(name.strip()) + ".")


_OWN_WORD = re.compile(r"\s*(?:(mer|högre|dyrare|över)|(mindre|lägre|billigare|under)|(bättre)|(sämre))\b")


def _signed_by_own_words(sentence: str, amounts: list[Amount]) -> list[Amount]:
    """The figures of a list each signed by its own word when the words differ: "… vilket är 0,3 mnkr mer
    respektive 0,8 mnkr mindre än budgeterat" is −0,3 and +0,8 (read as the sentence with only that figure
    and its word). Unsigned as they were otherwise."""
    words = [_OWN_WORD.match(cues.lower(sentence), a.end) for a in amounts]
    if any(w is None or a.explicit_sign for w, a in zip(words, amounts, strict=True)):
        return amounts
    if len({w.lastindex for w in words if w is not None}) < 2:
        return amounts
    last = words[-1]
    assert last is not None
    signed = []
    for amount, word in zip(amounts, words, strict=True):
        assert word is not None
        alone = sentence[: amounts[0].start] + sentence[amount.start : word.end()] + sentence[last.end() :]
        direction = direction_of(
            alone, replace(amount, start=amounts[0].start, end=amounts[0].start + amount.end - amount.start)
        )
        signed.append(signed_as(amount, direction) if direction in ("negative", "positive") else amount)
    return signed


def capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]
