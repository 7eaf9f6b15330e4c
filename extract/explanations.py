"""Deviation explanations from paragraphs: kind, area, direction and amount, with their place on the page.

The amount comes from the prose, or from the table row of the same area when the prose has none;
when both exist and disagree, the explanation carries the flag ``amount_mismatch``.
"""

from __future__ import annotations

import re
from rapidfuzz import fuzz

from extract import cues
from extract.numbers import Amount, find_amounts
from extract.sections import Paragraph
from extract.tables import Table
from extract.types import Direction, Explanation, Kind, TableRow, stable_id

_ABBREVIATIONS = re.compile(r"\b(t\.ex|bl\.a|dvs|ca|jmf|resp|m\.m|inkl|exkl|s\.k|fr\.o\.m|t\.o\.m|d\.v\.s|o\.s\.v)\.$", re.I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9•\"”(–-])|\n")
_DEVIATION_NEAR = re.compile(
    r"(avvik\w*|underskott\w*|överskott\w*|överstig\w*|understig\w*|drar över|resultat)\W+(\w+\W+){0,6}$", re.I
)
_AREA_PHRASE = re.compile(
    r"^(?:Verksamheten|Verksamhetsområdet|Området|Enheten|Avdelningen)\s+(?:inom\s+)?"
    r"(?P<area>[A-ZÅÄÖ][\w\-/,åäö ]{2,60}?)\s+(?:landar|gör|har|visar|redovisar|prognostiserar|bedöms|kommer|"
    r"går|uppvisar|pekar|beräknas)",
)


_NOT_AN_AREA = re.compile(
    r"^(Nämnde|Förvaltning|Styrelse|Det|Den|Detta|Dessa|Under|Utfall|Prognos|Resultat|För|Efter|Inom|Med|I|Vid|"
    r"Trots|Som|Totalt|Årets|Hittills|Sammantaget|Vi|Man|Även|Också|Jämfört|Sedan)\b"
)


def sentences(text: str) -> list[str]:
    parts: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if parts and _ABBREVIATIONS.search(parts[-1]):
            parts[-1] = parts[-1] + " " + piece
        else:
            parts.append(piece)
    return parts


def _is_item(sentence: str) -> bool:
    """A sentence that ends on its own signed amount: one item of an inline list of deviations."""
    amounts = [a for a in find_amounts(sentence) if a.sek is not None]
    return bool(amounts) and amounts[-1].explicit_sign and len(sentence) - amounts[-1].end < 30


def split_passages(paragraph: Paragraph) -> list[str]:
    """Split a paragraph listing several areas, each with its own signed amount, into one passage each."""
    sents = sentences(paragraph.text)
    if sum(_is_item(s) for s in sents) < 2 or paragraph.bullets:
        return [paragraph.text]
    passages: list[str] = []
    run: list[str] = []
    for sentence in sents:
        if _is_item(sentence):
            if run:
                passages.append(" ".join(run))
                run = []
            passages.append(sentence)
        else:
            run.append(sentence)
    if run:
        passages.append(" ".join(run))
    return passages


def classify_kind(text: str, headings: tuple[str, ...]) -> tuple[Kind, bool] | None:
    """(kind, is_boilerplate), or None when the passage is not an explanation at all."""
    flat = text.replace("\n", " ").strip()
    if len(flat) < 260 and cues.BOILERPLATE.match(flat):
        return "other", True
    body = [s for s in sentences(flat) if not cues.DESCRIPTIVE.match(s)]
    if not body:
        return None
    joined = " ".join(body)
    heading = headings[-1] if headings else ""
    cause = 2 * len(cues.CAUSE.findall(joined)) + len(cues.DEVIATION.findall(joined))
    action = 2 * len(cues.ACTION.findall(joined)) + (3 if cues.ACTION_HEADING.search(heading) else 0)
    forecast = 2 * len(cues.FORECAST_CHANGE.findall(joined)) + (3 if cues.FORECAST_HEADING.search(heading) else 0)
    has_amount = any(a.sek is not None for a in find_amounts(joined))
    if cues.ACTION_HEADING.search(heading) and action >= cause:
        return "action", False
    if cause >= 2 and (cues.DEVIATION.search(joined) or cues.CAUSE.search(joined)) and cause >= action:
        if forecast > cause and has_amount:
            return "forecast_change", False
        return "cause", False
    if forecast >= 2 and (has_amount or cause):
        return "forecast_change", False
    if action >= 2:
        return "action", False
    if cues.RISK.search(joined) or cues.RISK_HEADING.search(heading):
        return ("other", False) if cause or has_amount else None
    if cause >= 1 and has_amount:
        return "cause", False
    return None


def direction_of(text: str, amount: Amount | None) -> Direction | None:
    head = " ".join(sentences(text)[:2])
    neg = len(cues.NEGATIVE.findall(head))
    pos = len(cues.POSITIVE.findall(head))
    if amount is not None and amount.explicit_sign and amount.value != 0:
        return "negative" if amount.value < 0 else "positive"
    if neg > pos:
        return "negative"
    if pos > neg:
        return "positive"
    if cues.BALANCED.search(head) and not (neg or pos):
        return "balanced"
    if neg or pos:
        full_neg, full_pos = len(cues.NEGATIVE.findall(text)), len(cues.POSITIVE.findall(text))
        if full_neg != full_pos:
            return "negative" if full_neg > full_pos else "positive"
    return None


def pick_amount(text: str) -> Amount | None:
    """The amount that states the deviation: near a deviation word, signed, or followed by "över/under budget"."""
    best: tuple[float, Amount] | None = None
    for amount in find_amounts(text):
        if amount.sek is None:
            continue
        before, after = text[max(0, amount.start - 80) : amount.start], text[amount.end : amount.end + 30]
        score = 0.0
        if _DEVIATION_NEAR.search(before):
            score += 3
        if re.match(r"\W*(över|under) (budget|ackumulerad budget)|\W*(sämre|bättre) än", after, re.I):
            score += 4
        if re.search(r"(med|på|om)\s+(cirka\s+|ca\.?\s+)?$", before, re.I):
            score += 1
        if amount.explicit_sign:
            score += 1
        if re.search(r"(uppgår till|uppgick till|omsätter|budget(en)? (på|om)|totalt)\s+(cirka\s+)?$", before, re.I):
            score -= 3
        if re.search(r"^\W*\(", after) is None and re.search(r"\(\s*$", before):
            score -= 2  # a bracketed figure is last month's value or a comparison
        if best is None or score > best[0]:
            best = (score, amount)
    return best[1] if best and best[0] > -2 else None


def _norm(label: str) -> str:
    return re.sub(r"[^a-zåäö0-9 ]", " ", label.lower()).replace("  ", " ").strip()


def match_row(area: str | None, text: str, rows: list[TableRow]) -> TableRow | None:
    candidates = [r for r in rows if r.label and len(r.label) >= 4]
    if area:
        target = _norm(area)
        scored = [(fuzz.ratio(target, _norm(r.label)), r) for r in candidates]
        scored = [s for s in scored if s[0] >= 85 or (len(target) > 5 and _norm(s[1].label).startswith(target))]
        if scored:
            return max(scored, key=lambda s: s[0])[1]
    return None


def area_of(passage: str, headings: tuple[str, ...], rows: list[TableRow]) -> str | None:
    first = sentences(passage)[0] if passage else ""
    for heading in reversed(headings):
        if not cues.GENERIC_HEADING.match(heading) and len(heading) <= 70:
            return re.sub(r"^\d+(\.\d+)*\s+", "", heading).strip()
        break
    match = _AREA_PHRASE.match(first)
    if match:
        return match.group("area").strip(" ,")
    low = first.lower()
    hits = [(low.find(r.label.lower()), r.label) for r in rows if len(r.label) >= 5 and r.label.lower() in low]
    hits = [h for h in hits if 0 <= h[0] < 40]
    if hits:
        return min(hits)[1]
    lead = re.match(r"^([A-ZÅÄÖ][\wåäö\- ]{3,45}?) (prognostiseras|prognostiserar|visar|avviker|har ett)\b", first)
    if lead and not _NOT_AN_AREA.match(lead.group(1)):
        return lead.group(1).strip()
    return None


def find_explanations(
    paragraphs: list[Paragraph], tables: list[Table], report_id: str, sha256: str
) -> list[Explanation]:
    rows = [row for table in tables for row in table.rows]
    table_of = {id(row): table for table in tables for row in table.rows}
    found: list[Explanation] = []
    for p_index, paragraph in enumerate(paragraphs):
        for u_index, passage in enumerate(split_passages(paragraph)):
            verdict = classify_kind(passage, paragraph.headings)
            if verdict is None:
                continue
            kind, boilerplate = verdict
            area = area_of(passage, paragraph.headings, rows)
            amount = pick_amount(passage)
            direction = direction_of(passage, amount)
            flags: list[str] = ["boilerplate"] if boilerplate else []
            amount_sek = amount.sek if amount else None
            row = match_row(area, passage, rows) if kind in ("cause", "forecast_change") else None
            table_amount = table_of[id(row)].favourable_deviation(row) if row is not None else None
            if amount_sek is None and table_amount is not None and kind == "cause":
                amount_sek = table_amount
                flags.append("amount_from_table")
                if direction is None and table_amount != 0:
                    direction = "negative" if table_amount < 0 else "positive"
            elif amount_sek is not None and table_amount is not None and table_amount != 0:
                if abs(abs(amount_sek) - abs(table_amount)) > max(0.1 * abs(table_amount), 150_000):
                    flags.append("amount_mismatch")
            if amount_sek is not None and direction in ("negative", "positive"):
                amount_sek = -abs(amount_sek) if direction == "negative" else abs(amount_sek)
            found.append(
                Explanation(
                    explanation_id=stable_id(sha256, paragraph.page, p_index, u_index),
                    report_id=report_id,
                    kind=kind,
                    area=area,
                    direction=direction,
                    amount_sek=round(amount_sek, 2) if amount_sek is not None else None,
                    text=passage.strip(),
                    page=paragraph.page,
                    bbox=paragraph.bbox,
                    flags=tuple(flags),
                )
            )
    return found
