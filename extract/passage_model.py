"""The passage model: which sentences of a report are deviation explanations, of which kind, and which
sentences belong together.

Two linear models over the string features of ``extract.passage_features``: one gives every sentence a
kind (none, cause, action, forecast_change, other), the other says whether a sentence continues the
explanation of the sentence before it. They are trained by ``extract.passage_training`` from labelled
reports and stored in ``models/passages/build/`` as plain arrays: prediction needs only numpy.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import cast

import numpy as np
from scipy.sparse import csr_matrix

from extract import cues
from extract.added_accounts import split_at_added_accounts
from extract.amounts import heading_amount
from extract.area_candidates import (
    area_candidates,
    area_of_amount_heading,
    candidate_features,
    is_label_sentence,
    narrower_subject,
    same_name,
    says_when,
    with_rivals,
)
from extract.area_claims import (
    added_unit,
    against_its_heading,
    another_part,
    claims_another_area,
    contrasted_area,
)
from extract.area_lists import areas_with_amounts
from extract.areas import SECTION_NUMBER, area_of, is_investment_word, norm, project_area, subject_area
from extract.deviation_shares import breaks_down
from extract.explanations import Group
from extract.items import concludes, restated_by_levels
from extract.kind_rules import decides_a_measure, ruled_kind
from extract.money_talk import (
    joined_spending_so_far,
    place_budget_statements,
    reading_guide,
)
from extract.numbers import find_amounts
from extract.passage_features import Candidate, pair_features, sentence_features, worth_reading
from extract.respective_lists import label_names
from extract.sentence_bounds import (
    OWN_PROJECT,
    RESERVE,
    drop_levels_concluded_after,
    drop_what_a_reading_guide_explains,
    labelled_bullet,
    opposite_claims,
    part_of_its_own,
    period_and_year,
    reasons_before,
    reasons_of_all,
)
from extract.sentences import sentences
from extract.tag_files import REPO_ROOT
from extract.types import Kind, TableRow

CAUSE_MARGIN = 0.5  # a cause must not be outweighed by an action, forecast change or other statement
_NAMING = {"row": 0, "heading": 1, "parent": 2}
AREA_THRESHOLD = 0.1  # an area named wrongly is worse than none, but a low bar: most passages name one
MODEL_DIR = REPO_ROOT / "models" / "passages" / "build"
_ARRAYS = "weights.npz"
_META = "model.json"


@dataclass(frozen=True)
class LinearModel:
    """A multinomial (or binary) logistic regression over binary string features."""

    classes: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # (n_features, n_classes)
    bias: np.ndarray  # (n_classes,)
    # a binary model as each feature's log-odds toward the second class, and the bias's
    _log_odds: tuple[dict[str, float], float] = field(
        init=False, repr=False, compare=False, default=({}, 0.0)
    )

    def probabilities(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        get = self.index.get
        known = [[i for i in map(get, set(features)) if i is not None] for features in rows]
        # each row's weights added one after the other, in its feature set's order, from zero (a sparse row
        # of ones times the weights accumulates its entries in their stored order): a row gets the same bits
        # alone as in any batch; a row without a known feature sums to zero
        counts = [len(k) for k in known]
        flat = np.fromiter(chain.from_iterable(known), dtype=np.intp, count=sum(counts))
        starts = np.zeros(len(rows) + 1, dtype=np.intp)
        np.cumsum(counts, out=starts[1:])
        ones = np.ones(len(flat), dtype=self.weights.dtype)
        features = csr_matrix((ones, flat, starts), shape=(len(rows), self.weights.shape[0]))
        scores = np.asarray(features @ self.weights)
        scores += self.bias
        scores -= scores.max(axis=1, keepdims=True)
        odds = np.exp(scores)
        return np.asarray(odds / odds.sum(axis=1, keepdims=True))

    def __post_init__(self) -> None:
        # set once here: a cached_property of a class compiled by mypyc (extract.native) is computed anew
        # on every access
        if len(self.classes) == 2:
            toward = (self.weights[:, 1] - self.weights[:, 0]).tolist()
            log_odds = {feature: toward[i] for feature, i in self.index.items()}
            object.__setattr__(self, "_log_odds", (log_odds, float(self.bias[1] - self.bias[0])))

    def positive(self, rows: Sequence[Sequence[str]]) -> list[float]:
        """A binary model's probability of its second class for each row: for the few rows of one
        decision (an area's candidates) a sum in Python costs a fraction of building arrays."""
        weights, bias = self._log_odds
        get = weights.get
        return [_sigmoid(bias + sum(get(f, 0.0) for f in set(row))) for row in rows]


_FINANCING_GROUP = re.compile(
    r"^(\d+(\.\d+)*\s*)?(taxe|avgifts|skatte)finansierad(e)? verksamhet\w*\s*$", re.IGNORECASE
)
_FINANCED_PART = re.compile(
    r"\b(?:[Dd]en|[Dd]e|[Nn]ämndens)\s+(skatte|taxe|avgifts)finansierade\s+verksamhet(?:en|erna)?\b"
)
# a financed activity named with what it does: "Den avgiftsfinansierade vatten- och avloppsverksamheten beräknas …",
# "Den taxefinansierade renhållningen …"
_FINANCED_ACTIVITY = re.compile(
    r"^(?:Den|Nämndens)\s+(?:skatte|taxe|avgifts)finansierade\s+"
    r"(?!verksamhet)([a-zåäö][\wåäö]*-?(?: och [a-zåäö][\wåäö]*)?)\b"
)
# the investments as a whole, named as the sentence's subject: "Investeringsutgifterna för helåret", "Investeringarna",
# "Nettoinvesteringarna"
_BARE_INVESTMENT = re.compile(
    r"^(?:Netto|Brutto)?[Ii]nvestering(?!ar$)\w*(?: (?:för (?:hela )?(?:året|helåret|\d{4})|(?:till och med|efter) [a-zåäö]+))?$"
)
# the investment budget as a whole, whatever the reason after it names: "Av (nämndens) investeringsbudget på …"
_OF_THE_INVESTMENT_BUDGET = re.compile(
    r"^Av (?:den |årets |(?:nämndens|förbundets|styrelsens) )?(?:totala )?investerings(?:budget|ram)(?:en)? (?:på|om)\b"
)
_REASON_OF_THE_ABOVE = re.compile(r"Att\b[^.]{3,120}?\b(beror|förklaras)\b")
_LINK_WORD = re.compile(r"\s+(i|på|vid|för)\s+")


def _other_row_opening(passage: str, heading_area: str, rows: Sequence[TableRow]) -> str | None:
    """The table row other than the heading's area that the passage's subject is: a later paragraph under
    "Fastighetsförvaltning −1 380 tkr" that opens "Färdtjänsten och kollektivtrafiken kostade …",
    "Gång- och cykelvägen i Lombolo har försenats …" or "Ekonomiskt bistånd. Antalet hushåll …" is that row's."""
    opening = sentences(passage)[0] if passage.strip() else ""
    # a run-in label of its own ("Ekonomiskt bistånd. Antalet hushåll …"), else its first sentence's subject
    label = opening.strip().rstrip(".") if is_label_sentence(opening) else None
    subject = label or subject_area(passage, list(rows), None)
    if not subject or same_name(subject, heading_area):
        return None
    subject = _LINK_WORD.sub(" ", subject)
    return next((row.label for row in rows if same_name(subject, row.label)), None)


def _run_start(join: set[int], candidates: Sequence[Candidate], i: int) -> int:
    """The first sentence of the run of joined sentences that sentence ``i`` ends."""
    while i - 1 in join and candidates[i - 1].passage == candidates[i].passage:
        i -= 1
    return i


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    odds = math.exp(x)  # never overflows for x < 0
    return odds / (1.0 + odds)


@dataclass(frozen=True)
class PassageModel:
    kinds: LinearModel
    joins: LinearModel  # classes ("break", "join")
    cause_threshold: float
    join_threshold: float
    kind_threshold: float  # an action, forecast change or other statement needs this probability
    version: str
    areas: LinearModel | None = None  # classes ("no", "yes"): is this candidate the explanation's area

    def area(
        self,
        passage: str,
        headings: tuple[str, ...],
        rows: list[TableRow],
        committee: str | None,
        item: bool,
        labels: Sequence[str] | None = None,
    ) -> str | None:
        """The likeliest of the passage's area candidates, or the rules' choice without an area model
        (``labels``: the rows' labels through ``areas.norm``, when the caller has them)."""
        opening = sentences(passage)[0] if passage.strip() else ""
        if added := added_unit(opening):  # "Inom kontoret finns också kommunikationsenheten, som …"
            return added
        if activity := _FINANCED_ACTIVITY.match(opening):
            return activity.group(1)[0].upper() + activity.group(1)[1:]
        if financed := _FINANCED_PART.search(opening):
            # "Nämndens skattefinansierade verksamhet prognostiserar …", "… ett underskott på 2 350 tkr för den
            # skattefinansierade verksamheten": the part of the nämnd its financing names
            return f"{financed.group(1).capitalize()}finansierad verksamhet"
        section = (
            SECTION_NUMBER.sub("", headings[-1]) if headings and is_investment_word(headings[-1]) else None
        )
        if section and not item and _OF_THE_INVESTMENT_BUDGET.match(opening):
            return section  # "Av investeringsbudgeten på 4,0 mnkr beräknas 1,8 mnkr användas, eftersom …": the whole
        chosen = self._area(passage, headings, rows, committee, item, labels)
        if not item and (chosen is None or is_investment_word(chosen)):
            # "Bron över Röjdån blev 2,2 mnkr dyrare än kalkylen" under "Investeringar": the project; else
            # "Investeringsutgifterna beräknas till …" under it is the section's
            bare = chosen is not None and _BARE_INVESTMENT.match(chosen) is not None
            return project_area(passage, headings, committee) or (section if bare else None) or chosen
        return chosen

    def _area(
        self,
        passage: str,
        headings: tuple[str, ...],
        rows: list[TableRow],
        committee: str | None,
        item: bool,
        labels: Sequence[str] | None,
    ) -> str | None:
        if self.areas is None:
            return area_of(passage, headings, rows, committee, item=item)
        opening = sentences(passage)[0] if passage.strip() else ""
        if not item and (named := area_of_amount_heading(headings)):
            return _other_row_opening(passage, named, rows) or contrasted_area(opening) or named
        labels = labels if labels is not None else [norm(row.label) for row in rows]
        candidates = area_candidates(passage, headings, rows, committee, item, labels)
        if item and any(c.source in ("run_in", "subject") for c in candidates):
            # an item of a list names its own area; the heading is the whole list's
            candidates = [c for c in candidates if c.source not in ("heading", "parent")]
        if not candidates:
            return None
        if not item and len(opening.split()) <= 3 and is_label_sentence(opening):
            # a run-in label of its own ("Inhyrd personal. Kostnaderna för …") names its area, also under a
            # heading that is an area itself: 73 of 77 labelled causes that open so take it
            label = next((c for c in candidates if c.source == "run_in"), None)
            if label is not None and not says_when(label):
                return label.text
        if not item and headings and _FINANCING_GROUP.match(headings[-1]):
            # under "Taxefinansierad verksamhet" the paragraph's subject is the area: "VA-verksamheten redovisar …",
            # "Renhållningen gick med ett underskott …"
            subject = next((c for c in candidates if c.source == "subject" and not says_when(c)), None)
            if subject is not None:
                return subject.text
        rows_ = with_rivals(
            [candidate_features(c, passage, headings, rows, item, labels) for c in candidates], candidates
        )
        scores = self.areas.positive(rows_)
        best = max(range(len(scores)), key=scores.__getitem__)  # the first of equals, as argmax
        if scores[best] < AREA_THRESHOLD or says_when(candidates[best]):
            return None
        chosen = narrower_subject(candidates[best], candidates) or candidates[best]
        # the same area may be named twice ("Hemtjänsten har …" under "Hemtjänst"): the table's or the
        # heading's form is the report's own name for it
        for spelled in sorted(candidates, key=lambda c: _NAMING.get(c.source, 9)):
            if same_name(spelled.text, chosen.text):
                return spelled.text
        return chosen.text

    def labels(self, candidates: Sequence[Candidate], document: Sequence[str]) -> list[str]:
        """Each sentence's kind, or "none": cause when its probability reaches the cause threshold, else the
        likeliest of the others when it reaches the kind threshold. The rules have the last word where they
        are exact: a pointer to a figure or a reading guide is never an explanation; the first sentence under
        a heading with its area and amount, and the unit's result said in words, are causes."""
        read = [i for i, c in enumerate(candidates) if worth_reading(c)]
        found = ["none"] * len(candidates)
        if not read:
            return found
        probs = self.kinds.probabilities([sentence_features(candidates, i, document) for i in read])
        classes = self.kinds.classes
        cause = classes.index("cause")
        others = [i for i in range(len(classes)) if i != cause]
        stated = [i for i in others if classes[i] != "none"]
        best = np.asarray(others)[np.argmax(probs[:, others], axis=1)]  # the likeliest of the non-causes
        is_cause = (probs[:, cause] >= self.cause_threshold) & (
            probs[:, cause] >= CAUSE_MARGIN * probs[:, stated].max(axis=1)
        )
        is_other = probs[np.arange(len(read)), best] >= self.kind_threshold
        for row, i in enumerate(read):
            likeliest = classes[int(best[row])] if is_other[row] else None
            found[i] = ruled_kind(
                candidates, i, bool(is_cause[row]), likeliest, found[i - 1] if i else "none"
            )
        return found

    def decide(self, candidates: list[Candidate], document: list[str]) -> list[Group]:
        """Sentences the kind model keeps, each joined to the explanation before it when the join model
        says it continues it (a following sentence it would drop may still be taken in as part of it)."""
        labels = self.labels(candidates, document)
        # "Åtgärder: … [a sentence of no kind] • Översyn …": one action, one other statement
        for i in range(1, len(candidates) - 1):
            around = labels[i - 1] == labels[i + 1] not in ("none", "cause")
            if labels[i] == "none" and around and candidates[i - 1].passage == candidates[i + 1].passage:
                labels[i] = labels[i - 1]
        taken_in = reasons_before(candidates, labels)
        drop_what_a_reading_guide_explains(candidates, labels)
        drop_levels_concluded_after(candidates, labels)
        pairs = [
            i
            for i in range(len(candidates) - 1)
            if candidates[i + 1].passage == candidates[i].passage and labels[i] != "none"
        ]
        join: set[int] = set()
        if pairs:
            probs = self.joins.probabilities([pair_features(candidates, i) for i in pairs])
            join = {i for i, p in zip(pairs, probs[:, 1], strict=True) if p >= self.join_threshold}
        # an action, forecast change or other statement runs on while the sentences keep its kind (a list of
        # measures is one action); only causes are split by the join model, area by area
        join |= {i for i in pairs if labels[i] == labels[i + 1] != "cause"}
        # a sentence that names several areas with an amount each is an item per area; only reasons without a
        # figure of their own go on with it, as each area's ("… 6,5 mnkr respektive 2,2 mnkr. Båda nämnderna
        # har fler barn …")
        lists = {
            i
            for i in range(len(candidates))
            if labels[i] == "cause" and areas_with_amounts(candidates[i].text)
        }
        reasons = {
            i
            for i in lists
            if i + 1 < len(candidates)
            and (
                labels[i + 1] == "cause"
                or (labels[i + 1] == "other" and (i in join or cues.CAUSE.search(candidates[i + 1].text)))
            )
            and reasons_of_all(candidates[i], candidates[i + 1], i in join)
        }
        # a run-in label of its own heads the list after it ("Lokal- och övriga kostnader. … 0,8 respektive 1,1 mnkr")
        headed = {
            i for i in join if i + 1 in lists and candidates[i].index == 0 and label_names(candidates[i].text)
        }
        join = (join | reasons) - {
            i for i in join if (i in lists and i not in reasons) or (i + 1 in lists and i not in headed)
        }
        # each area's claim with a figure of its own is an item of its own ("Vuxenutbildningen lämnar ett överskott
        # om 350 tkr … Nämnd och förvaltningsledning slutar 240 tkr under budget …")
        join -= {
            i
            for i in join
            if labels[i] == labels[i + 1] == "cause"
            and heading_amount(candidates[i].headings) is None
            and (
                claims_another_area(candidates[i].text, candidates[i + 1].text)
                # or than the item's opening, with its reasons in between
                or (
                    (start := _run_start(join, candidates, i)) < i
                    and claims_another_area(
                        candidates[start].text, candidates[i + 1].text, before_reasoned=False
                    )
                )
            )
        }
        # after one part's share of the deviation, another part's own deviation begins that part's item
        join -= {
            i
            for i in join
            if labels[i + 1] == "cause"
            and another_part(candidates[_run_start(join, candidates, i)].text, candidates[i + 1].text)
        }
        # the deviation broken down after it stays in its item ("Av underskottet avser 4,3 mnkr grundskolan"), as
        # one concluded from it does, or its reason given as such ("Att prognosen understiger budgeten beror
        # främst på …"); a breakdown into several parts is an item per part
        join |= taken_in | {
            i
            for i in pairs
            if labels[i] == "cause"
            and i + 1 not in lists
            and (
                breaks_down(candidates[i + 1].text)
                or concludes(candidates[i + 1].text)
                or _REASON_OF_THE_ABOVE.match(candidates[i + 1].text) is not None
                or restated_by_levels(candidates[i].text, candidates[i + 1].text)
            )
        }
        # another area's figure set against the item it stands in is an item of its own, under any heading
        # ("Vuxenenheten redovisar däremot ett överskott på 0,9 mkr …" under "Individ- och familjeomsorg −5,0 mkr")
        join -= {
            i
            for i in join
            if labels[i + 1] == "cause"
            and (
                contrasted_area(candidates[i + 1].text)
                or added_unit(candidates[i + 1].text)
                or against_its_heading(candidates[i + 1].text, candidates[i + 1].headings)
            )
        }
        # a reading guide joins nothing: "Avvikelse beräknas som budget minus prognos, …"; a bullet with a label of
        # its own ("• Kultur- och fritidsverksamheten: en tjänst …") is another area's, not the bullet's before it
        join -= {
            i
            for i in join
            if reading_guide(candidates[i + 1].text)
            or (labels[i + 1] == "cause" and candidates[i].bullet and labelled_bullet(candidates[i + 1].text))
        }
        # how the forecast has moved is an item of its own, not a reason of the cause before it
        join -= {i for i in join if labels[i] == "cause" and labels[i + 1] == "forecast_change"}
        # so is a measure decided against it (LABELS.md: the cause holds the deviation and its reasons)
        join -= {i for i in join if labels[i] == "cause" and decides_a_measure(candidates[i + 1].text)}
        # the period's result and the full year's forecast, each with a figure of its own, are two items; so are
        # two areas' deviations going opposite ways
        join -= {
            i
            for i in join
            if period_and_year(candidates[i].text, candidates[i + 1].text)
            or (not candidates[i].bullet and opposite_claims(candidates[i].text, candidates[i + 1].text))
        }
        # reserve and financing talk is its own item, not part of the cause beside it (LABELS.md)
        reserve = {
            i for i in range(len(candidates)) if labels[i] == "other" and RESERVE.search(candidates[i].text)
        }
        join -= {i for i in join if (i in reserve) != (i + 1 in reserve)}
        # a project's own overrun or under-spend after another figure ("… 85 mnkr lägre än investeringsbudgeten.
        # Den nya reservvattenledningen … blir cirka 40 mnkr dyrare än projektbudgeten") is an item of its own
        join -= {
            i
            for i in join
            if OWN_PROJECT.search(candidates[i + 1].text)
            and part_of_its_own(candidates[i].text, candidates[i + 1].text)
            and any(a.sek for a in find_amounts(candidates[i].text))  # "Pilängens skola (−38 mnkr)" too
        }
        join = joined_spending_so_far(candidates, join, pairs)
        place_budget_statements(candidates, labels, join, {i for i in pairs if i + 1 not in lists})
        groups: list[Group] = []
        for i, (candidate, label) in enumerate(zip(candidates, labels, strict=True)):
            if i - 1 in join and groups:
                last = groups[-1]
                kind = "cause" if "cause" in (last.kind, label) else last.kind
                groups[-1] = Group(last.passage, last.start, candidate.index + 1, kind)
                labels[i] = kind  # what the next sentence may join
            elif label != "none":
                groups.append(
                    Group(candidate.passage, candidate.index, candidate.index + 1, cast(Kind, label))
                )
        return split_at_added_accounts(groups, candidates)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        arrays = {
            "kinds_weights": self.kinds.weights,
            "kinds_bias": self.kinds.bias,
            "joins_weights": self.joins.weights,
            "joins_bias": self.joins.bias,
        }
        if self.areas is not None:
            arrays |= {"areas_weights": self.areas.weights, "areas_bias": self.areas.bias}
        np.savez_compressed(directory / _ARRAYS, **arrays)  # type: ignore[arg-type]
        meta = {
            "version": self.version,
            "cause_threshold": self.cause_threshold,
            "join_threshold": self.join_threshold,
            "kind_threshold": self.kind_threshold,
            "kinds": {"classes": self.kinds.classes, "features": list(self.kinds.index)},
            "joins": {"classes": self.joins.classes, "features": list(self.joins.index)},
        }
        if self.areas is not None:
            meta["areas"] = {"classes": self.areas.classes, "features": list(self.areas.index)}
        (directory / _META).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


@lru_cache(maxsize=4)
def load_passage_model(directory: Path = MODEL_DIR) -> PassageModel | None:
    """The trained model, or None when it has not been built (``make models`` builds it)."""
    meta_path, arrays_path = directory / _META, directory / _ARRAYS
    if not meta_path.exists() or not arrays_path.exists():
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    arrays = np.load(arrays_path)

    def linear(name: str) -> LinearModel:
        features = meta[name]["features"]
        return LinearModel(
            classes=tuple(meta[name]["classes"]),
            index={f: i for i, f in enumerate(features)},
            weights=arrays[f"{name}_weights"],
            bias=arrays[f"{name}_bias"],
        )

    return PassageModel(
        linear("kinds"),
        linear("joins"),
        float(meta["cause_threshold"]),
        float(meta["join_threshold"]),
        float(meta["kind_threshold"]),
        meta["version"],
        linear("areas") if "areas" in meta else None,
    )
