"""Where one area's claim ends and the next area's begins inside a paragraph. By LABELS.md an item is one
claim about one area: "Vuxenutbildningen lämnar ett överskott om 350 tkr tack vare … Nämnd och
förvaltningsledning slutar 240 tkr under budget, eftersom …" is two items, each sentence naming its own
area, stating that area's deviation with a figure of its own and giving its reason. A sentence that gives
no reason is a total whose reasons follow ("Hälso- och sjukvården bedöms lämna ett överskott på 0,7 mnkr.
Kostnaderna för hjälpmedel …"), and a paragraph under a heading with its own amount explains that one area,
unless a sentence sets its own area's figure against it ("Vuxenenheten redovisar däremot ett överskott …")."""

from __future__ import annotations

import re

from extract import cues
from extract.amounts import heading_amount, pick_amount
from extract.area_candidates import same_name
from extract.areas import subject_area
from extract.deviation_shares import breaks_down, share_of_deviation
from extract.directions import sentence_direction

# a reason given in the same sentence: "…, eftersom konsultstödet …", "… tack vare att statsbidraget …"
_REASON = cues.Cue(
    r"\b(eftersom|tack vare|då|där|när|genom|främst|framför allt|huvudsakligen|i huvudsak|till största del)"
)
# what opens a part, a measure, a sum or a further item rather than an area: "Kostnaderna för hjälpmedel",
# "Antalet timmar", "Därutöver har …"
_NO_AREA_OPENING = re.compile(
    r"^(?:•\s*)?(?:kostnad|intäkt|antal|andel|netto|summa|resten|övrig(?!a (?:intäkter|kostnader)\b)|utfall|prognos|"
    r"resultat|därutöver|"
    r"slutligen)",
    re.IGNORECASE,
)


_ACCOUNT_OF = re.compile(r"^(?:Kostnaderna|Intäkterna)\s+(?:för|inom)\s+(?=[a-zåäö])")
# a claim set against the one before it: "Försörjningsstödet blev däremot 1 250 tkr lägre än budgeterat"
_CONTRAST = cues.Cue(r"\b(däremot|å andra sidan|tvärtom|också|även)\b")


def gives_reason(sentence: str) -> bool:
    """Whether a sentence gives a reason of its own ("…, eftersom …", "… beror på …")."""
    return _REASON.search(sentence) is not None or cues.CAUSE.search(sentence) is not None


def _claimed_area(sentence: str) -> str | None:
    """The area a sentence opens with, when it also states that area's deviation with a figure."""
    if _NO_AREA_OPENING.match(sentence) or cues.CONTINUATION.match(sentence.lstrip("• ")):
        return None
    if share_of_deviation(sentence) or breaks_down(sentence):
        return None
    if pick_amount(sentence) is None or sentence_direction(sentence) is None:
        return None
    area = subject_area(sentence, [], None)
    opens_with_it = area is not None and sentence.lstrip("• ").lower().startswith(area.lower()[:6])
    return area if opens_with_it else None


def _own_claim(sentence: str) -> str | None:
    """The area a sentence opens with, when it also states that area's deviation with a figure and its reason."""
    return _claimed_area(sentence) if gives_reason(sentence) else None


def contrasted_area(sentence: str) -> str | None:
    """The area of a sentence that states its own area's deviation with a figure, set against the item it
    stands in ("Vuxenenheten redovisar däremot ett överskott på 0,9 mkr …" under "Individ- och familjeomsorg
    −5,0 mkr"): one claim about another area, under any heading."""
    if not _CONTRAST.search(sentence):
        return None
    # "Kostnaderna för vuxna med missbruk ligger däremot 0,4 mnkr under budget": the area the costs are of
    named = _ACCOUNT_OF.sub("", sentence, count=1)
    return _claimed_area(named[:1].upper() + named[1:]) if named != sentence else _claimed_area(sentence)


def claims_another_area(before: str, sentence: str, *, before_reasoned: bool = True) -> bool:
    """Whether ``sentence`` states another area's deviation than ``before`` does, each with its own figure
    and reason (``before_reasoned=False``: ``before`` opens an item whose reasons follow it, "Vårdintäkterna
    beräknas bli 30 mnkr lägre än budget. Produktionen … Övriga intäkter överträffar budget med 15 mnkr genom …")."""
    own = _own_claim(sentence)
    if own is None:
        return False
    prior = _own_claim(before) if before_reasoned else _claimed_area(before)
    return prior is not None and not same_name(prior, own)


def another_part(opening: str, sentence: str) -> bool:
    """Whether ``sentence`` states another area's deviation with its figure after an item that opens on one
    part's share of the deviation ("Individ- och familjeomsorgen står för 6,2 mnkr av nämndens underskott. …
    Äldreomsorgen beräknas överskrida budget med 2,5 mnkr."): the next part's own item, reason or not."""
    if not share_of_deviation(opening):
        return False
    claimed = _claimed_area(sentence)
    part = subject_area(opening, [], None)
    return claimed is not None and (part is None or not same_name(part, claimed))


# another unit named with "också"/"även" and a deviation of its own: "Inom kontoret finns också kommunikationsenheten,
# som beräknas överskrida sin budget med 250 tkr …"
_ANOTHER_UNIT_TOO = cues.Cue(
    r"\b(också|även)\s+([\wåäö-]+(enheten|avdelningen|sektionen|funktionen|nämnden|förvaltningen))\b"
)


def added_unit(sentence: str) -> str | None:
    """The unit a sentence adds with its own deviation and figure, after another's ("… finns också
    kommunikationsenheten, som beräknas överskrida sin budget med 250 tkr"): one claim about another area."""
    found = _ANOTHER_UNIT_TOO.search(sentence)
    if found is None or pick_amount(sentence) is None or sentence_direction(sentence) is None:
        return None
    unit = sentence[found.start(2) : found.end(2)]  # as written
    return unit[:1].upper() + unit[1:]


# a part named inside the area: "Inom området står den egna öppenvården för ett överskott på 0,5 mnkr …"
_PART_WITHIN = cues.Cue(r"^inom (området|verksamheten|avdelningen|enheten)\b")


def against_its_heading(sentence: str, headings: tuple[str, ...]) -> bool:
    """Whether ``sentence`` states a part's own deviation, with its figure, the other way from the signed figure of
    the heading it stands under ("Inom området står den egna öppenvården för ett överskott på 0,5 mnkr …" under
    "Barn och unga (−6 800 tkr)"): a claim about another area, its own item."""
    carried = heading_amount(headings) if _PART_WITHIN.search(sentence) else None
    if carried is None or not carried.explicit_sign or not carried.sek or pick_amount(sentence) is None:
        return False
    direction = sentence_direction(sentence)
    return direction in ("negative", "positive") and (direction == "positive") != (carried.sek > 0)
