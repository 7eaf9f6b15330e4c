"""Where an explanation's sentences begin and end: the rules ``PassageModel.decide`` applies to the kind
model's labels and the join model's joins, where the rules are exact (LABELS.md: an item is one claim about
one area; the period's result and the year's forecast are two items; a reading guide states nothing; reserve
talk is its own item; reasons before a bare deviation are its item)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract import cues
from extract.added_accounts import OPENING_WORDS
from extract.amounts import pick_amount
from extract.area_candidates import COLON_LABEL, is_label_sentence
from extract.area_claims import gives_reason
from extract.area_lists import areas_with_amounts
from extract.budget_shares import share_used
from extract.directions import sentence_direction
from extract.items import concludes
from extract.money_talk import reading_guide
from extract.numbers import find_amounts
from extract.passage_features import Candidate

RESERVE = cues.Cue(r"eget kapital|buffert|reserv(en|er)?\b|resultatutjämningsreserv|tilläggsanslag")
_BACK_TO_THEM = re.compile(r"(Båda|Bägge|Alla|De|Dessa|Det|Detta)\b")  # the areas of the sentence before
# the reason of one listed area's deviation, named as that deviation: "Överskottet i finansnettot förklaras av …"
_ONE_OF_THEM = re.compile(r"(Överskottet|Underskottet|Avvikelsen|Merkostnaden)\s+(i|inom|för|hos|på)\s")


def drop_what_a_reading_guide_explains(candidates: Sequence[Candidate], labels: list[str]) -> None:
    """A paragraph that tells how to read the figures ("Detta är årets första helårsprognos. Avvikelse
    beräknas som budget minus prognos, …") states no deviation: its causes without a figure, a direction or a
    reason of their own are dropped."""
    guided = {candidate.passage for candidate in candidates if reading_guide(candidate.text)}
    for j, other in enumerate(candidates):
        if other.passage not in guided or labels[j] != "cause":
            continue
        if any(a.sek for a in find_amounts(other.text)) or gives_reason(other.text):
            continue
        if sentence_direction(other.text) is None:
            labels[j] = "none"


def drop_levels_concluded_after(candidates: Sequence[Candidate], labels: list[str]) -> None:
    """Levels set against each other in a paragraph of their own, when the next paragraph opens by concluding
    their deviation ("För helåret prognostiseras ett resultat på 2,1 mnkr, att jämföra med budgeterade 8,5
    mnkr." then "Resultatet blir därmed 6,4 mnkr svagare än vad fullmäktige budgeterat."): the levels are the
    supporting figures (LABELS.md: other), the conclusion the item."""
    for i, candidate in enumerate(candidates[:-1]):
        following = candidates[i + 1]
        if labels[i] != "cause" or following.passage == candidate.passage or following.index != 0:
            continue
        if candidate.index != candidate.n_sentences - 1 or not concludes(following.text):
            continue
        levels, stated = pick_amount(candidate.text), pick_amount(following.text)
        if (
            levels is None
            or stated is None
            or not levels.difference
            or levels.sek is None
            or stated.sek is None
        ):
            continue
        if abs(abs(levels.sek) - abs(stated.sek)) <= 0.005 * abs(stated.sek):
            for j in range(i - candidate.index, i + 1):
                labels[j] = "other"


def reasons_before(candidates: Sequence[Candidate], labels: list[str]) -> set[int]:
    """The sentences a paragraph opens with before the one that states its deviation, when they are its
    reasons: no kind and no figure of their own, and the deviation concluded from them ("Skolskjutsen kostade
    därmed 460 tkr mer …") or stated bare, with no reason of its own, under its area's heading ("Särskilt
    boende": "Silvergården har haft fullbelagt … Kostnaderna blir ungefär 2,1 mnkr högre än budget."). They
    are labelled as causes; returns each one, as joined to the sentence after it."""
    taken: set[int] = set()
    for i, candidate in enumerate(candidates):
        if labels[i] != "cause" or candidate.index == 0 or candidate.item:
            continue
        first = i - candidate.index
        if first < 0 or any(
            labels[j] != "none" or candidates[j].passage != candidate.passage for j in range(first, i)
        ):
            continue
        # the area named by a heading, or by a run-in label the paragraph opens with ("Bostadsanpassning: Två
        # omfattande ärenden har redan beviljats. Prognosen är ett underskott på 450 tkr.", "Konsulter och juridiskt
        # stöd. Två överprövningar … Kostnaden bedöms överskrida budgeten med 400 tkr.")
        named = (
            (bool(candidate.headings) and not cues.GENERIC_HEADING.match(candidate.headings[-1]))
            or COLON_LABEL.match(candidates[first].text) is not None
            or is_label_sentence(candidates[first].text)
        )
        bare = named and not gives_reason(candidate.text) and pick_amount(candidate.text) is not None
        if not (concludes(candidate.text) or bare):
            continue
        if any(a.sek for j in range(first, i) for a in find_amounts(candidates[j].text)):
            continue
        for j in range(first, i):
            labels[j] = "cause"
            taken.add(j)
    return taken


def reasons_of_all(listing: Candidate, following: Candidate, joined: bool) -> bool:
    """Whether ``following`` gives the reasons of every area the sentence ``listing`` names with an amount
    each: it says so ("Båda nämnderna har …"), or it goes on without a figure, naming each of them or none of
    them in its opening ("I prognosen för hemtjänsten ingår …" is hemtjänsten's only; "Trafikavtalen räknas
    upp …, och för tågtrafiken tillkommer …" gives a reason of both before one of its own)."""
    if following.passage != listing.passage or any(a.sek for a in find_amounts(following.text)):
        return False
    if cues.ACTION.search(following.text):  # a measure for them all is no reason ("arbetar med …")
        return False
    if _BACK_TO_THEM.match(following.text):
        return True
    if _ONE_OF_THEM.match(following.text) and cues.CAUSE.search(following.text):
        return True  # one item's reason, said with them all (LABELS.md: the sentences stay together)
    stems = [name.lower()[:5] for name, _ in areas_with_amounts(listing.text) if name]
    low = cues.lower(following.text)
    opening = cues.lower(" ".join(following.text.split()[:OPENING_WORDS]))
    named_all = all(stem in low for stem in stems)  # "I förskolan är färre barn …, och fritidshemmen har …"
    # a reason per area, in their order: "Färre föreningar än väntat sökte bidrag, och en tjänst var obesatt."
    parallel = len(stems) >= 2 and len(_COORDINATED.split(following.text)) == len(stems)
    return joined and (named_all or parallel or not any(stem in opening for stem in stems))


# reasons in a row, one per area: "…, och …", "…, för administrationen på vakanta tjänster", "Kostnaderna för nya
# cancerläkemedel och för laboratorieanalyser har ökat …"
_COORDINATED = re.compile(
    r",\s+(?:och|samt|medan|men|inom|för)\s+|\s+(?:och|samt)\s+(?:för|inom)\s+|"
    # a second clause with its own subject and verb: "… har varit lägre än planerat och två tjänster har stått vakanta"
    r"\s+och\s+(?=(?:två|tre|fyra|fem|sex|flera|några|många|fler|färre|de|den|det|en|ett)\s+\S+\s+"
    r"(?:har|hade|är|var|blir|blev)\s)"
)


# a project's own figure: against its own budget, or moved on to a later year ("… och 9,0 mkr flyttas till 2026")
OWN_PROJECT = cues.Cue(
    rf"projektbudget|projektets budget|projektkalkyl|(dyrare|billigare) än (kalkylerat|kalkylen|beräknat)|"
    # what a project spends against its budget: "… beräknas förbruka 41 mnkr mindre än budgeterat i år"
    r"\b(förbruka|använda)\w*\s+(cirka\s+|ca\.?\s+)?\d[\d\s,]*\s*(tkr|mnkr|mkr|miljoner kronor)\s+(mindre|mer) än "
    r"(budgeterat|beräknat|planerat)|"
    rf"{cues.CARRIED_OVER_FIGURE}"  # "… blev 4,2 mnkr dyrare än kalkylerat"
)


_FULL_YEAR = re.compile(
    r"(Helårsprognosen|Årsprognosen|Prognosen för (hela |hel)?året|För (hela |hel)?året|Helåret)\b|"
    r"Om (inget|ingenting) (förändras|ändras)[^.]{0,60}\b(vid årets slut|för helåret)"  # "…, kommer underskottet vid årets slut …"
)
_DEVIATION_WORD = cues.Cue(r"budget|underskott|överskott|avvikelse")
_A_RESULT = cues.Cue(r"\bresultat(et)?\b")
_PERIODS_OUTCOME = cues.Cue(
    r"\b(positiva|negativa|goda|svaga) (utfallet|resultatet)|\b(överskottet|underskottet|avvikelsen) (för|under) perioden|"
    r"\bperiodens (överskott|underskott|avvikelse|positiva|negativa)"
)
# a reason given without the cue words of extract.cues.CAUSE: "Periodens överskott är till största delen en
# tidsförskjutning, eftersom …"
_REASON_WORD = cues.Cue(r"\b(eftersom|tack vare|tidsförskjutning\w*|periodiseringseffekt\w*)")
_MONTHS = r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november)"
_SO_FAR = cues.Cue(
    rf"ackumulera|perioden|till och med|hittills|(per|efter) {_MONTHS}\b|januari[–-]|efter årets första"
)
# a sentence that opens on the period: "Utfallet till och med oktober är 2,6 mnkr sämre än …"
_PERIOD_OPENING = cues.Cue(
    rf"^\W*((utfallet|resultatet|avvikelsen)\s+)?(för perioden|till och med|hittills|ackumulerat|(per|efter) "
    rf"{_MONTHS}\b)|^\W*(det )?ackumulerade (utfallet|resultatet)\b|"  # "Det ackumulerade utfallet till och med …"
    # "Mot den periodiserade budgeten är utfallet för januari–mars …", "Avvikelsen mot periodiserad budget efter februari"
    r"^\W*((utfallet|resultatet|avvikelsen)\s+)?mot (den )?periodiserade? budget(en)?\b"
)


def part_of_its_own(sentence: str, following: str) -> bool:
    """A figure in ``following`` other than the deviation ``sentence`` states: the whole under-spend moved on
    to next year ("… har 4,2 mnkr använts. … och 2,3 mnkr föreslås föras över") is that deviation's reason."""
    part, whole = pick_amount(following), pick_amount(sentence)
    if part is None or part.sek is None:
        return False
    return whole is None or whole.sek is None or abs(abs(whole.sek) - abs(part.sek)) > 0.005 * abs(part.sek)


def period_and_year(sentence: str, following: str) -> bool:
    """The period's deviation and the year's, each with a figure of its own, in either order: "Regionens
    ackumulerade resultat … är 187 mnkr sämre än periodiserad budget." then "Helårsprognosen är −165 mnkr mot
    budgeterade +50 mnkr.": no labelled explanation holds both. A period's result that is not
    set against its budget ("Kommunens resultat för perioden uppgår till 186,4 mnkr.") is no deviation of
    its own: it introduces the year's."""
    if _FULL_YEAR.match(following) is not None and _SO_FAR.search(sentence) is not None:
        # the period's deviation in kronor, or as a share of the budget against its pace ("förbrukat 35,9
        # procent av årsbudgeten, att jämföra med riktvärdet 33,3 procent")
        stated = ("budget" in cues.lower(sentence) and pick_amount(sentence) is not None) or share_used(
            sentence
        )
        # or the reason of the period's deviation, named in words: "Det positiva utfallet för perioden beror främst
        # på att kostnaderna för övningar uppstår under hösten." (its own item, amount null)
        reasoned = _PERIODS_OUTCOME.search(sentence) is not None and cues.CAUSE.search(sentence) is not None
        return bool(stated or reasoned) and pick_amount(following) is not None
    # the year's first, then the period's: "Förbundets prognos … 2 350 tkr. … Utfallet till och med oktober är
    # 2,6 mnkr sämre än den periodiserade budgeten."
    period_stated = (
        _PERIOD_OPENING.search(following) is not None
        # a word of the deviation: "Till och med maj uppgår underskottet till 0,9 mnkr.", or a result with its reason:
        # "Till och med april är resultatet −1,9 mnkr, vilket i huvudsak beror på högre livsmedelspriser."
        and (
            _DEVIATION_WORD.search(following) is not None
            or (_A_RESULT.search(following) is not None and cues.CAUSE.search(following) is not None)
        )
        and pick_amount(following) is not None
    )
    # or the reason of the period's outcome in words after the year's figure: "För helåret bedöms nämnden redovisa
    # ett underskott på 420 tkr. Periodens överskott förklaras främst av att …"
    period_reasoned = (
        _FULL_YEAR.match(sentence) is not None
        and _PERIODS_OUTCOME.match(following) is not None
        and (cues.CAUSE.search(following) is not None or _REASON_WORD.search(following) is not None)
    )
    return (period_stated or period_reasoned) and any(a.sek for a in find_amounts(sentence))


_THE_DEVIATION = re.compile(r"\b(överskottet|underskottet|avvikelsen)\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\b(föregående år|förra året|i fjol|fjolåret)\b", re.IGNORECASE)


def opposite_claims(sentence: str, following: str) -> bool:
    """Two areas' deviations, each with its own subject and figure, going opposite ways: "Sektorernas
    sammanlagda prognos är ett underskott på 7,9 mnkr. Finansieringen … väntas samtidigt ge ett överskott på
    3,7 mnkr." are two items, not one item's reason (a sentence that opens on the deviation before it, or
    concludes it, is not a claim of its own)."""
    if cues.CONTINUATION.match(following) or cues.REFERS_BACK.match(following) or concludes(following):
        return False
    if _LAST_YEAR.search(following):
        return False  # "Föregående år visade gymnasieskolan ett underskott på 2,3 mnkr": context, not a claim
    if _THE_DEVIATION.search(following):
        return False  # "… 0,4 mnkr dyrare än budgeterat och äter upp en del av överskottet": that deviation's part
    if pick_amount(sentence) is None or pick_amount(following) is None:
        return False
    ways = {sentence_direction(sentence), sentence_direction(following)}
    return ways == {"negative", "positive"}


_LABELLED_BULLET = re.compile(r"•\s*[A-ZÅÄÖ][\wåäö ,&/-]{2,60}:\s")


def labelled_bullet(text: str) -> bool:
    """A bullet that opens on a label of its own: "• Kultur- och fritidsverksamheten: en tjänst som …"."""
    return _LABELLED_BULLET.match(text) is not None
