"""The sides of a contrast in one sentence, each with its own subject, figure and sign: "Nämnderna prognostiserar
ett underskott på 41,3 mnkr, medan finansförvaltningen beräknas ge ett överskott på 14,3 mnkr"; also two clauses
joined by ", och", two nouns with a claim each, and areas after the first with their verb or their "än budget" left
out ("Skatteintäkterna blev 4,2 mnkr högre än budgeterat, pensionskostnaderna 2,9 mnkr lägre …")."""

from __future__ import annotations

import re

from extract import cues
from extract.amounts import pick_amount
from extract.areas import subject_area
from extract.directions import direction_of
from extract.numbers import Amount, find_amounts, signed_as
from extract.respective_lists import capitalised, respective_items
from extract.sentences import sentences

# "…, medan …", and what offsets it: "… 11,8 mnkr, vilket delvis vägs upp av att skatteintäkterna …"
CONTRAST = re.compile(  # "medan" needs no comma: "… ett underskott på 31,2 mnkr medan finansförvaltningen …"
    r"(?:\s*[,–—]\s+|\s+(?=medan\b))(?:medan|men|samtidigt som|(?:vilket|som)\s+(?:delvis\s+|till viss del\s+)?(?:vägs upp|"
    r"motverkas|balanseras|uppvägs)\s+av\s+att)\s+(?=[a-zåäö])|"
    # another unit's figure that offsets the deficit before it: "… underskott om 21,3 mnkr vägs delvis upp av
    # finansförvaltningens +14,7 mnkr", "…, som delvis vägs upp av finansförvaltningens överskott på 11,8 mnkr"
    r"(?:,\s+som)?\s+(?:delvis\s+|till viss del\s+)?(?:vägs|uppvägs|balanseras|motverkas)\s+"
    r"(?:delvis\s+|till viss del\s+)?(?:upp\s+)?av\s+"
    r"(?=[a-zåäö][\wåäö-]+s\s+(?:(?:över|under)skott\s+(?:på|om)\s+)?[+\-−–]?\s?\d)"
)
_PERIOD_WORDS = re.compile(r"\b(för perioden|till och med|periodiser\w*|hittills|periodens)\b")
_PERIOD_SIDE = re.compile(
    r"(?:(?:utfallet|resultatet|avvikelsen)\s+)?(?:efter|till och med|per|hittills|för perioden|"
    r"för januari[–-][a-zåäö]+)\b"  # "…, samtidigt som utfallet för januari–maj är 0,4 mnkr bättre än …"
)
_FULL_YEAR_SIDE = re.compile(
    r"(?:för|under) (?:hela |hel)?året|helårsprognosen|årsprognosen|prognosen för (?:hela |hel)?året|helåret\b"
)


# a clause of its own after ", och": a subject (not "det", "vilket" …) whose claim is a deviation of its own
_AND_ANOTHER = re.compile(r",?\s+och\s+(?=(?:den|det|de)\s+[a-zåäö]+a?\s+[a-zåäö]+(?:en|et|na)\s)")
_AND_CLAUSE = re.compile(r",\s+och\s+(?=[a-zåäö]|[A-ZÅÄÖ]{2,}\b)")  # "…, och LSS beräknas …"
_NOT_A_SUBJECT = re.compile(
    # "det generella statsbidraget …" names its subject with an article and an adjective
    r"(?:det(?!\s+[a-zåäö]+a\s)|detta|den(?!\s+[a-zåäö]+a\s)|de(?!\s+[a-zåäö]+a\s)|dessa|vilket|som|där|därmed|därför|då|samtidigt|"
    r"även|också|sedan|i|under|för|med|till|på|av|inom|hos|nu|"
    # the item's own unit said again: "…, och området visar därför ett överskott om 9 mnkr"
    r"området|verksamheten|enheten|avdelningen)\b"
)
_ARTICLE = re.compile(r"^(?:det|den|de)\s+(?=[a-zåäö]+a\s)", re.IGNORECASE)
# more of the same as the side before: "…, och det generella statsbidraget ger ytterligare 2,6 mnkr"
_MORE_OF_THE_SAME = re.compile(r"\bytterligare\s+(?:cirka\s+|ca\.?\s+)?(?=\d)")
# "…, och finansieringen väger delvis upp med +8,4 mnkr": a signed figure is a claim of its own
# a figure and a comparison with "än …" left out: "…, och de generella statsbidragen 0,9 mnkr högre."
_ELIDED = r"\d\s*(?:tkr|mnkr|mkr|miljoner kronor)\s+(högre|lägre|bättre|sämre|mer|mindre|dyrare|billigare|över|under)\s*\.?$"
_ELIDED_COMPARISON = re.compile(_ELIDED)
_FULL_COMPARISON = re.compile(
    r"\b(?:högre|lägre|bättre|sämre|mer|mindre|dyrare|billigare) än (?:den |det )?(?:[\wåäö]+ )?"
    r"(?:budget|budgeterat|beräknat|[\wåäö]*budgeten)"  # "… lägre än den periodiserade budgeten"
)
# a list of such areas after the first one's full comparison: "Skatteintäkterna blev 4,2 mnkr högre än budgeterat,
# pensionskostnaderna 2,9 mnkr lägre och finansnettot 2,8 mnkr bättre, …"
# a name of up to four words and its figure: "pensionskostnaderna 2,9 mnkr "
_NAME_AND_FIGURE = r"[a-zåäö][\wåäö\-]+(?: [a-zåäö][\wåäö\-]+){0,3} (?:cirka |ca\.? )?\d[\d ,]*\s*(?:tkr|mnkr|mkr|miljoner kronor) "
_COMPARATIVE = r"(?:högre|lägre|bättre|sämre|mer|mindre|dyrare|billigare)\b"
_ELIDED_START = rf"{_NAME_AND_FIGURE}(?:högre|lägre|bättre|sämre|mer|mindre)\b"
_ELIDED_SIDE = re.compile(rf"(?:,\s+|\s+och\s+)(?={_ELIDED_START})")
_ELIDED_SIDE_START = re.compile(_ELIDED_START)
_OWN_CLAIM = cues.Cue(
    r"(över|under)skott|(positiv|negativ)\w* avvikelse|än (budget|beräknat|planerat|väntat|kalkyl)|mot budget|"
    r"(förbättr|försämr)\w*\s+med\b|"
    rf"({cues.OVERRUN}|{cues.UNDERRUN}|{cues.OUTDID})\w*\s+(den |det )?[\wåäö]*(budget|ram)|"
    r"väger (delvis |till viss del )?upp|"
    r"\bytterligare \d|"
    r"[+−]\s?\d|"
    rf"{_ELIDED}"  # "än budget" left out
)
# a third area with its verb left out: "… ett överskott på 12 miljoner kronor och finansförvaltningen ett
# överskott på 35 miljoner kronor"
_GAPPED_NAME = re.compile(r"([a-zåäö][\wåäö\-]+(?: [a-zåäö][\wåäö\-]+)?) (?:ett|en) (?:över|under)skott")
# the same subject's verb, not a name: "Nämnden redovisar … +14,3 mnkr och prognostiserar ett överskott om 6,0 mnkr"
_SUBJECT_SAID_AGAIN = (
    r"(?!(?:prognostiserar|redovisar|visar|uppvisar|beräknar|bedömer|räknar|har|hade|får|fick|ger|gav|gör|gjorde|"
    r"lämnar|lämnade|landar|pekar)\b)"
    # nor the same unit's forecast or outcome: "… högre än periodiserad budget och helårsprognosen visar ett underskott"
    r"(?!(?:helårsprognosen|årsprognosen|prognosen|utfallet|resultatet)\b)"
)
_GAPPED_AREA = re.compile(
    r"\s+och att\s+(?=[a-zåäö])|"  # "… förklaras av att X blev 6,9 mnkr högre … och att Y gav en reavinst på …"
    rf"\s+och\s+(?={_SUBJECT_SAID_AGAIN}[a-zåäö][\wåäö\-]+(?: [a-zåäö][\wåäö\-]+)? (?:ett|en) (?:över|under)skott|"
    # its verb and "än budget" left out: "… blir 1,9 mnkr dyrare än budgeterat och intäkterna från avgifter 0,9 mnkr
    # lägre"
    r"(?!(?:är|var|blir|blev|ligger|låg|beräknas|bedöms|väntas|har|hade)\b)"  # a name, not the verb said again
    rf"{_NAME_AND_FIGURE}{_COMPARATIVE}|"
    r"[a-zåäö][\wåäö\-]+(?: [a-zåäö][\wåäö\-]+){0,3} med (?:cirka |ca\.? )?\d|"
    # a clause of its own: "… understiger budget med 0,9 mnkr och intäkterna blir 0,8 mnkr högre än budgeterat"
    r"[a-zåäö][\wåäö\-]+(?: [a-zåäö][\wåäö\-]+){0,2} (?:blir|blev|är|var|ligger|låg|beräknas|bedöms|väntas|"
    r"hamnar|landar|understiger|överstiger|överskrider|underskrider|överträffar|ger|gav)\b[^,.]{0,40}?\d)"
)
# "… förklaras framför allt av att", "… beror till stor del på att"
_REASON_LEAD = re.compile(r"^[^,]*?\b(?:förklaras|beror)\s+(?:\w+\s+){0,3}?(?:av|på)\s+att\s+")
_AND_THAT = re.compile(r"\soch att\s+$")
# an area with its verb left out after one that states its figure with "med": "… överstiger personalkostnaderna
# budget med 2,1 mnkr och köp av verksamhet med 1,4 mnkr": it goes the same way
_GAPPED_WITH = re.compile(
    r"^(?P<name>[a-zåäö][\wåäö\-]+(?: [a-zåäö][\wåäö\-]+){0,3}) med (?:cirka |ca\.? )?\d"
)


# a side whose subject lists several names: "skatteintäkter, generella statsbidrag och finansnetto ger ett överskott"
_LIST_SUBJECT = re.compile(
    r"^([a-zåäö][\wåäö\-]*(?: [a-zåäö][\wåäö\-]*)?(?:, [a-zåäö][\wåäö\-]*(?: [a-zåäö][\wåäö\-]*)?)+ och "
    r"[a-zåäö][\wåäö\-]*(?: [a-zåäö][\wåäö\-]*)?) (?:sammantaget |sammanlagt |gemensamt |tillsammans |totalt )?"
    r"(?:ger|gav|visar|redovisar|beräknas|bedöms|blir|lämnar|väntas|förbättrar|försämrar|bidrar)\b"
)
# whose deviation it is, after the deviation: "… ett sammantaget underskott i nämnderna på 12,9 mnkr"
_HELD_BY = re.compile(
    r"\b(?:under|över)skott\w*\s+(?:i|hos|inom)\s+([a-zåäö][\wåäö\-]+(?: [a-zåäö][\wåäö\-]+)?)\s+(?:på|om)\s+"
    r"(?:cirka\s+|ca\.?\s+)?[−\-+]?\d"
)


# two claims named by a noun and a relative clause each: "en pensionskostnad som är 41 miljoner kronor lägre än
# budgeterat och ett finansnetto som är 15 miljoner kronor bättre än budget"
# "… en pensionskostnad som är … och ett finansnetto som blir …", or in the plural without an article: "Avvikelsen
# består av kostnader som är 8,7 mnkr högre än budget och intäkter som blir 5,5 mnkr högre än budgeterat"
_AND_WHICH = re.compile(
    r"\s+och\s+(?=(?:en|ett)\s+[a-zåäö][\wåäö\-]+\s+som\s+(?:är|blir|blev|var)\b|"
    r"[a-zåäö][\wåäö\-]+\s+som\s+(?:är|blir|blev|var)\s+[\d,]+\s*(?:tkr|mnkr|mkr|miljoner))"
)
_NOUN_WHICH = re.compile(
    r"(?:\b(?:en|ett)\s+|(?:\bav|^och)\s+|^)([a-zåäö][\wåäö\-]+)\s+som\s+(?:är|blir|blev|var)\b"
)


def _sides(sentence: str) -> list[str]:
    """The clauses of a sentence that may each state one area's deviation: the two sides of a contrast
    ("…, medan …"), of ", och" where the second has its own subject and claim, or of "och" between two
    nouns with a claim each ("en X som är … och ett Y som är …"); a side may end in one more area with its
    verb left out."""
    parts = CONTRAST.split(sentence)
    if len(parts) != 2:
        parts = _AND_CLAUSE.split(sentence)
        if len(parts) != 2 or _NOT_A_SUBJECT.match(parts[1]) or not _OWN_CLAIM.search(parts[1]):
            parts = _AND_WHICH.split(sentence)
            if len(parts) != 2 or not all(
                _NOUN_WHICH.search(part) and _OWN_CLAIM.search(part) for part in parts
            ):
                # no contrast: areas after "och" with their verb left out, or with a clause of their own ("X bidrar
                # positivt med 4,1 mkr och pensionskostnaderna med 2,4 mkr")
                gapped = _gapped_sides(sentence)
                # (not "… inte nås och att avvikelsen blir −5,7 mnkr": the same deviation concluded)
                reasons = any(_AND_THAT.search(sentence, 0, sentence.find(side)) for side in gapped[1:])
                return _elided_sides(sentence) or (gapped if len(gapped) >= 2 and not reasons else [])
    period_then_year = (
        _PERIOD_WORDS.search(parts[0]) is not None and _FULL_YEAR_SIDE.search(parts[1]) is not None
    )
    if _FULL_YEAR_SIDE.match(parts[1]) or _PERIOD_SIDE.match(parts[1]) or period_then_year:
        # "… 3 410 tkr bättre än periodens budget, men för helåret …", "… ett underskott på 2,1 mnkr för 2025,
        # samtidigt som utfallet efter elva månader …", "Utfallet till och med april är 3,2 mnkr lägre än budget
        # för perioden, men eftersom … bedöms helåret sluta med …": one area, two periods
        return []
    # the other side may hold two claims of its own: "…, medan pensionskostnaderna blir 3,1 mnkr lägre än budgeterat
    # och den centrala lönereserven på 14,8 mnkr inte behöver tas i anspråk"
    more = _AND_ANOTHER.split(parts[1])
    if len(more) == 2 and all(any(a.sek for a in find_amounts(side)) for side in more):
        parts = [parts[0], *more]
    return [side for part in parts for side in _gapped_sides(part)]


def _elided_sides(sentence: str) -> list[str]:
    """The sentence split before each area that leaves out the verb and "än budget" after the first area's full
    comparison ("X blev 4,2 mnkr högre än budgeterat, Y 2,9 mnkr lägre och Z 2,8 mnkr bättre"), or []."""
    figures = [a for a in find_amounts(sentence) if a.sek]
    if len(figures) < 2:
        return []
    cuts = [m for m in _ELIDED_SIDE.finditer(sentence) if m.start() >= figures[0].end]
    first = sentence[: cuts[0].start()] if cuts else ""
    if not (cues.HIGHER.search(first) or cues.LOWER.search(first)):
        return []
    ends = [m.start() for m in cuts[1:]] + [len(sentence)]
    return [first] + [sentence[m.end() : end] for m, end in zip(cuts, ends, strict=True)]


# "statsbidragen 1,7 mnkr högre …": a name, its figure and comparison, no verb
_VERB_LEFT_OUT = re.compile(rf"(?:de |det |den )?{_NAME_AND_FIGURE}{_COMPARATIVE}")
_ANY_COMPARISON = re.compile(
    r"\b(?:högre|lägre|bättre|sämre|mer|mindre|dyrare|billigare|över|under|överskott\w*|underskott\w*|"
    r"överstig\w*|understig\w*|överskrid\w*|underskrid\w*)\b"
)


def _gapped_sides(part: str) -> list[str]:
    """The part split before each area with its verb left out, where what comes before states a figure of
    its own ("… på 12 miljoner kronor och finansförvaltningen ett överskott …", but not "nämnd och
    administration lämnar ett överskott …": one name)."""
    sides = [part]
    for found in list(_GAPPED_AREA.finditer(part))[::-1]:
        head = sides[0][: found.start()]
        if any(a.sek for a in find_amounts(head[-120:])):
            sides[0:1] = [head, sides[0][found.end() :]]
    # a comparison said once for two figures: "… blir skatteintäkterna 5,9 mnkr och statsbidragen 1,7 mnkr högre än
    # budgeterat": the side without one shares the next side's
    for i in range(len(sides) - 2, -1, -1):
        shared = _FULL_COMPARISON.search(sides[i + 1]) if _VERB_LEFT_OUT.match(sides[i + 1]) else None
        if shared and not _ANY_COMPARISON.search(sides[i]):
            sides[i] = f"{sides[i]} {shared.group(0)}"
    return sides


# whose deviation a side states, in the genitive: "Nämndernas sammantagna underskott om 21,3 mnkr"
_DEVIATION_OWNER = re.compile(  # "Finansförvaltningens överskott …", "Avvikelsen består av nämndernas sammantagna underskott"
    # "Avvikelsen fördelar sig på nämndernas sammantagna underskott …"
    r"^(?:[A-ZÅÄÖ][a-zåäö]+\s+(?:består|utgörs|förklaras|fördelar\s+sig)\s+(?:främst\s+|huvudsakligen\s+|i huvudsak\s+)?"
    r"(?:av|på)\s+)?"
    r"([a-zåäöA-ZÅÄÖ][\wåäö-]+(?:en|na|et))s\s+(?:[a-zåäö]+\s+)?(?:underskott|överskott|avvikelse)"
)
# a cleft after a framing: "Ser man till kostnadsslagen är det köp av verksamhet som avviker mest, …"
_CLEFT = re.compile(
    r"^(?:[^,]*?\s)?är det (?:främst |framför allt |i huvudsak )?(?P<named>[a-zåäö][\wåäö\- ]{2,60}?) som\b"
)
_GENITIVE_END = re.compile(r"^([A-ZÅÄÖ][\wåäö-]+(?:en|na|et))s$")  # one word in the genitive: its owner
_LEAD_AND = re.compile(r"^(?:och|samt)\s+(?=[a-zåäö])")


# a side that states the deviation of what the side before it gave: "och budgetavvikelsen för helåret beräknas till …"
_THE_DEVIATION_SIDE = re.compile(
    r"^\W*(?:och\s+|men\s+)?(?:budget)?(?:avvikelsen|skillnaden)\b", re.IGNORECASE
)


def contrasted_amounts(text: str) -> list[tuple[str | None, Amount]]:
    """The sides of a contrast, each with its own subject and amount, signed by its own words: "Nämnderna
    prognostiserar ett underskott på 41,3 mnkr, medan finansförvaltningen beräknas ge ett överskott på
    14,3 mnkr" -> [(None, −41,3 mnkr), ("Finansförvaltningen", +14,3 mnkr)]. [] unless every side has one."""
    for sentence in sentences(text):
        if sum(1 for a in find_amounts(sentence) if a.sek) < 2:
            continue  # each side needs a figure of its own
        parts = _sides(sentence)
        if len(parts) < 2 or any(_THE_DEVIATION_SIDE.match(part) for part in parts[1:]):
            continue  # "… ett underskott på 215 miljoner kronor, och budgetavvikelsen … −160": a level and its deviation
        found: list[tuple[str | None, Amount]] = []
        by_nouns = _AND_WHICH.search(sentence) is not None
        for part in parts:
            gapped = _GAPPED_NAME.match(part)  # "finansförvaltningen ett överskott på 35 miljoner kronor"
            # "Grundskolan och gymnasieskolan …, −8,1 respektive −6,0 mnkr, medan …"
            listed = respective_items(part)
            if len(listed) >= 2:
                found += [(name, signed_by_words(part, amount)) for name, amount in listed]
                continue
            elided_list = _ELIDED_SIDE_START.match(part) if found else None
            amount = pick_amount(part) or next(
                (a for a in find_amounts(part) if a.sek and (a.explicit_sign or elided_list)), None
            )
            direction = direction_of(part, amount) if amount is not None else None
            if elided_list and amount is not None and direction not in ("negative", "positive"):
                direction = direction_of(f"{part[: elided_list.end()]} än budget", amount)
            more = _MORE_OF_THE_SAME.search(part)
            same_way = _GAPPED_WITH.match(part)
            # the same comparison as the side before, "än budget" left out ("… 3,8 mnkr högre än budget …, och
            # de generella statsbidragen 0,9 mnkr högre."): the same way
            elided = _ELIDED_COMPARISON.search(part)
            echoed = bool(found and elided and re.search(rf"\b{elided.group(1)} än\b", parts[0]))
            if found and elided and not echoed and _FULL_COMPARISON.search(parts[0]):
                # the opposite comparison, "än budget" left out: "Skatteintäkterna … 2,9 mkr lägre än budget …, medan
                # de generella statsbidragen och utjämningen blir 5,8 mkr högre."
                amount = amount or next((a for a in find_amounts(part) if a.sek), None)
                if amount is not None and direction not in ("negative", "positive"):
                    # "… ligger 1,7 mnkr över" is over the budget; "… 5,8 mkr högre" higher than it
                    against = " budget" if elided.group(1) in ("över", "under") else " än budget"
                    direction = direction_of(f"{part.rstrip(' .')}{against}", amount)
                echoed = direction in ("negative", "positive")
            # one more reason of the same outcome: "… förklaras av att X blev 6,9 mnkr högre … och att Y gav en
            # reavinst på 2,1 mnkr"
            also = _AND_THAT.search(sentence, 0, max(0, sentence.find(part)))
            if found and (more or same_way or echoed or also) and direction not in ("negative", "positive"):
                start = more.end() if more else 0
                amount = next((a for a in find_amounts(part) if a.sek and a.start >= start), None)
                direction = "negative" if (found[-1][1].sek or 0) < 0 else "positive"
                gapped = gapped or same_way
            if amount is None or amount.sek is None or direction not in ("negative", "positive"):
                break
            which = _NOUN_WHICH.search(part) if by_nouns else None  # "en pensionskostnad som är …"
            several = _LIST_SUBJECT.match(
                part
            )  # "skatteintäkter, generella statsbidrag och finansnetto ger …"
            area = (which and capitalised(which.group(1))) or (several and capitalised(several.group(1)))
            area = area or ((cleft := _CLEFT.match(part)) and capitalised(cleft.group("named")))
            # "Det positiva utfallet förklaras av att skatteintäkterna blev …", "…, och finansnettot väntas …"
            subject = _LEAD_AND.sub("", _REASON_LEAD.sub("", part))
            area = (
                area
                or subject_area(subject, [], None)
                or subject_area(capitalised(_ARTICLE.sub("", subject)), [], None)
            )
            area = area or (gapped and capitalised(gapped.group(1)))
            if not area and (echoed or elided_list):
                area = capitalised(_ARTICLE.sub("", part[: amount.start].strip()))
            area = area or ((held := _HELD_BY.search(part)) and capitalised(held.group(1)))
            area = area or ((owner := _DEVIATION_OWNER.match(part)) and capitalised(owner.group(1)))
            area = area and capitalised(_ARTICLE.sub("", area))  # "Det generella statsbidraget …"
            area = area and _GENITIVE_END.sub(r"\1", area)  # "Finansförvaltningens +14,7 mnkr"
            found.append((area or None, signed_as(amount, direction)))
        else:
            return found
    return []


def signed_by_words(part: str, amount: Amount) -> Amount:
    """A respektive list's amount signed by its own words where it has no sign of its own."""
    direction = direction_of(part, amount)
    if amount.explicit_sign or amount.sek is None or direction not in ("negative", "positive"):
        return amount
    return signed_as(amount, direction)
