"""Synthetic explanations for the benchmarks: Swedish report sentences built from the taxonomy's cue
words, with the payload the store keeps (municipality, committee, area, period, kind, direction, amount,
tags). Used by bench/search.py (100,000 of them in the index) and bench/ingest.py (laid out as reports).
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

COMMITTEES = {
    "Socialnämnden": [
        "Individ- och familjeomsorg",
        "Ekonomiskt bistånd",
        "Köp av tjänster",
        "Personalkostnader",
    ],
    "Vård- och omsorgsnämnden": ["Hemtjänst", "Särskilt boende", "Funktionsstöd", "Hälso- och sjukvård"],
    "Barn- och utbildningsnämnden": ["Grundskola", "Förskola", "Gymnasieskola", "Elevhälsa"],
    "Kultur- och fritidsnämnden": [
        "Bibliotek",
        "Idrott och anläggningar",
        "Fritidsgårdar",
        "Kulturverksamhet",
    ],
    "Kommunstyrelsen": ["Ledning och administration", "Finansförvaltning", "IT", "Lokalförsörjning"],
    "Hälso- och sjukvårdsnämnden": ["Primärvård", "Psykiatri", "Område kirurgi", "Läkemedel"],
}
REPORT_TYPES = ["månadsrapport", "månadsuppföljning", "delårsrapport", "årsredovisning"]
LEADS = [
    "{area} prognostiserar ett {result} på {amount} mnkr för helåret.",
    "{area} redovisar en {sign} avvikelse om {amount} mnkr mot budget.",
    "Verksamheten inom {area} visar ett {result} på {amount} mnkr för perioden.",
    "Avvikelsen för {area} beräknas till {amount} mnkr jämfört med periodiserad budget.",
]
CAUSES = [
    "Avvikelsen beror främst på {change} {cue}.",
    "{Result_cap} förklaras framför allt av {change} {cue} under våren.",
    "Den största orsaken är {change} {cue}, som inte fanns med i budgeten.",
    "Det beror på {change} {cue} och på {change2} {cue2}.",
]
CONTEXTS = [
    "Förvaltningen arbetar med en åtgärdsplan för att minska kostnaderna under hösten.",
    "Jämfört med föregående prognos har avvikelsen ökat med {small} mnkr.",
    "Prognosen bedöms som osäker eftersom volymerna varierar mellan månaderna.",
    "Ingen förändring i jämförelse med aprilprognosen.",
    "Nämnden har beslutat om anställningsprövning och återhållsamhet med inköp.",
    "",
]


def load_taxonomy() -> list[tuple[str, list[str]]]:
    rows = json.loads((ROOT / "data" / "taxonomy.json").read_text())
    return [(r["tag"], [c.lower() for c in r["cues"]]) for r in rows if r.get("cues")]


def municipalities() -> list[str]:
    with open(ROOT / "data" / "municipalities.csv", encoding="utf-8") as fh:
        return [row["name"] for row in csv.DictReader(fh)]


def generate(n: int, rng: random.Random) -> list[dict[str, Any]]:
    """n explanations: text, the tag whose cue it uses, and the payload the store keeps."""
    taxonomy, places = load_taxonomy(), municipalities()
    rows = []
    for _ in range(n):
        committee = rng.choice(list(COMMITTEES))
        area = rng.choice(COMMITTEES[committee])
        negative = rng.random() < 0.65
        amount = round(rng.lognormvariate(1.0, 1.1), 1)
        (tag, cues), (tag2, cues2) = rng.choice(taxonomy), rng.choice(taxonomy)
        words = {
            "area": area,
            "amount": f"{amount:.1f}".replace(".", ","),
            "small": f"{amount / 5:.1f}",
            "result": "underskott" if negative else "överskott",
            "sign": "negativ" if negative else "positiv",
            "cue": rng.choice(cues),
            "cue2": rng.choice(cues2),
            "change": rng.choice(["ökade kostnader för", "högre", "fler", "lägre", "minskade"]),
            "change2": rng.choice(["ökade", "högre", "färre"]),
        }
        words["Result_cap"] = words["result"].capitalize()
        text = " ".join(
            t.format(**words) for t in (rng.choice(LEADS), rng.choice(CAUSES), rng.choice(CONTEXTS))
        )
        year, month = rng.randint(2021, 2025), rng.randint(1, 12)
        kind = rng.choices(["cause", "action", "forecast_change", "other"], [70, 15, 10, 5])[0]
        rows.append(
            {
                "text": text.strip(),
                "tag": tag,
                "municipality": rng.choice(places),
                "committee": committee,
                "area": area,
                "period": f"{year}-{month:02d}",
                "period_num": year * 100 + month,
                "report_type": rng.choice(REPORT_TYPES),
                "kind": kind,
                "direction": "negative" if negative else "positive",
                "amount_sek": (-1 if negative else 1) * amount * 1e6,
                "tags": sorted({tag, tag2}) if "cue2" in text else [tag],
                "flags": ["boilerplate"] if rng.random() < 0.03 else [],
            }
        )
    return rows
