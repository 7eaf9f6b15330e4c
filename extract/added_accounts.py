"""Where one cause goes on with another account group's deviation: two claims about two areas, each its own
item (LABELS.md). The passage model's groups are split there."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract import cues
from extract.amounts import pick_amount
from extract.area_candidates import is_label_sentence
from extract.areas import account_groups_named, subject_area
from extract.explanations import Group
from extract.items import restated_by_levels
from extract.passage_features import Candidate

_ADDITIVE = cues.Cue(r"\b(även|också|dessutom|samtidigt|därtill|utöver|ytterligare)\b")
OPENING_WORDS = 6  # the words that open a sentence

_REVENUE = frozenset({"Verksamhetens intäkter", "Bidrag", "Taxor och avgifter"})
_REVENUE_WORD = re.compile(r"avgift|intäkt")  # in compounds too: "entréavgifterna", "hyresintäkter"


def _account_families(text: str) -> set[str]:
    """The account groups a (lower-cased) text names, revenue of every kind as one."""
    found = {"Verksamhetens intäkter" if name in _REVENUE else name for name in account_groups_named(text)}
    return found | {"Verksamhetens intäkter"} if _REVENUE_WORD.search(text) else found


def _unit_subject(sentence: str) -> bool:
    """Whether the sentence's subject is a unit of the organisation, not an account group or the whole."""
    subject = subject_area(sentence, [], None)
    return subject is not None and not account_groups_named(cues.lower(subject))


def split_at_added_accounts(groups: list[Group], candidates: Sequence[Candidate]) -> list[Group]:
    """A cause that goes on with one more deviation of an account group it has not named ("Även lägre
    personalkostnader till följd av vakanser …", "Nämnden har även tilldelats mer statsbidrag …", "Den
    största avvikelsen rör personalkostnader, som visar ett underskott om -51,9 mnkr") is two claims about
    two areas, each its own item (LABELS.md): it is split where such a sentence opens, one that adds the
    group ("även", "också" …) or states its own amount. Fees and grants are parts of the revenue, not
    other areas ("Verksamhetens intäkter … Även avgiftsintäkterna ligger något över budget"). Under a heading
    that carries its area and amount ("Förskola +6 240 tkr"), or after a run-in label ("Vård- och
    omsorgsboende. … Sjuklönekostnaderna har dessutom varit höga"), every reason is that area's: nothing is
    split."""
    first_of: dict[int, int] = {}
    for k, candidate in enumerate(candidates):
        first_of.setdefault(candidate.passage, k)
    found: list[Group] = []
    for group in groups:
        base, start = first_of[group.passage], group.start
        labelled = is_label_sentence(candidates[base].text) and len(candidates[base].text.split()) <= 3
        if (
            group.kind != "cause"
            or group.end - group.start < 2
            or candidates[base].heading_deviates
            or labelled
        ):
            found.append(group)
            continue
        named = _account_families(cues.lower(candidates[base + start].text))
        priced = pick_amount(candidates[base + start].text) is not None
        # a unit named as the subject ("Anläggningarna visar ett överskott …", "Badhuset har haft fler besökare …")
        # takes every account added without a figure of its own as one more of its reasons (asked only then)
        unit: bool | None = None
        for s in range(group.start + 1, group.end):
            text = candidates[base + s].text
            opening = cues.lower(" ".join(text.split()[:OPENING_WORDS]))
            additive = _ADDITIVE.search(opening) is not None
            # an additive opening may name its group later: "Samtidigt kvarstår behovet av konsulter …, vilket
            # påverkar kostnadsutvecklingen inom köp av tjänster"
            added = _account_families(opening) or (_account_families(cues.lower(text)) if additive else set())
            # a sentence that opens on the deviation just stated breaks it down ("Överskottet består av lägre
            # personalkostnader, 1 130 tkr, … och av riktade statsbidrag …"): no added claim
            # a figure of its own splits only after another claim with a figure: reasons that lead up to the
            # deviation ("Enheten har fått färre deltagare … Intäkterna understiger budget med 1 140 tkr.") are its
            own = pick_amount(text) is not None
            # one more claim with a figure of its own after one with its figure ("… 41 miljoner kronor bättre än
            # budget … Därtill har riktade statsbidrag … tillförts med 28 miljoner kronor …"), even of the same family
            another = bool(added) and additive and priced and pick_amount(text) is not None
            if added and (another or not added & named) and cues.REFERS_BACK.match(text) is None:
                # the levels behind the deviation before it restate it
                restated = own and restated_by_levels(candidates[base + s - 1].text, text)
                if additive and not own and unit is None:
                    unit = _unit_subject(candidates[base + group.start].text)
                if not restated and ((additive and (own or not unit)) or (own and priced)):
                    found.append(Group(group.passage, start, s, "cause"))
                    start, priced = s, False
            named |= _account_families(cues.lower(text))
            priced = priced or own
        found.append(Group(group.passage, start, group.end, group.kind))
    return found
