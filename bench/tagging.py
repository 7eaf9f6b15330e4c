"""Tagging speed: explanations per second for ``Tagger.tag_many`` on ~5,000 generated explanations.

Run ``python bench/tagging.py`` (after ``python -m extract.tag_training build``). The texts are
generated from templates in the report style, about 40 words each. Prints the figures and ends
with one JSON line ``{"tag_per_s": ...}``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.tagger import load_tagger  # noqa: E402

AREAS = [
    "Äldreomsorgen",
    "Hemtjänst Norr",
    "Individ- och familjeomsorgen",
    "LSS och socialpsykiatri",
    "Hälso- och sjukvården",
    "Grundskolan",
    "Förskolan",
    "Personlig assistans",
    "Särskilt boende",
    "Kommunledningsförvaltningen",
    "Räddningstjänsten",
    "Länssjukvården",
]
ACCOUNTS = [
    "Personalkostnaderna",
    "Köp av verksamhet",
    "Övriga kostnader",
    "Lokalhyrorna",
    "Intäkterna",
    "Verksamhetens kostnader",
    "Köp av tjänster",
]
OPENINGS = [
    "{acc} inom {area} prognostiseras avvika {dir} med {amt}.",
    "{area} redovisar ett {res} på {amt} per {month}.",
    "{acc} visar en {dir2} avvikelse mot budget om {amt} för perioden januari–{month}.",
    "Prognosen för {area} är ett {res} om {amt}, vilket är {amt2} sämre än föregående prognos.",
]
LINKS = [
    "Avvikelsen beror främst på",
    "Underskottet förklaras av",
    "Det kan härledas till",
    "Orsaken är",
    "Avvikelsen beror framförallt på",
    "Överskottet beror till stora delar på",
]
CAUSES = [
    "höga vikariekostnader",
    "ökad sjukfrånvaro bland personalen",
    "övertid under sommaren",
    "kostnader för hyrsjuksköterskor",
    "vakanta tjänster som inte tillsatts",
    "fler brukare med omfattande behov",
    "köpta platser inom LSS",
    "externa placeringar av barn och unga",
    "uteblivna riktade statsbidrag",
    "lägre intäkter från omvårdnadsavgifter",
    "minskad ersättning från Försäkringskassan",
    "tomställda lokaler efter flytten",
    "generella prisökningar på livsmedel",
    "införandet av nytt verksamhetssystem",
    "ökade kostnader för hjälpmedel",
    "ökat ekonomiskt bistånd",
    "en periodiseringseffekt",
    "omorganisationen av hemtjänsten",
    "att den centrala bufferten inte använts",
    "kostnader för snöröjning",
    "högre bemanning än budgeterat",
    "löneökningar utöver budgeterad nivå",
    "dyra placeringar på HVB",
]
TAILS = [
    "Förvaltningen arbetar med en handlingsplan för att minska kostnaderna under hösten.",
    "Prognosen är osäker och följs upp månadsvis i ledningsgruppen.",
    "Effekten av vidtagna åtgärder väntas först under nästa år.",
    "Jämfört med föregående månad har avvikelsen ökat något.",
    "Nämnden har beslutat om anställningsprövning och inköpsstopp.",
    "Utvecklingen bedöms fortsätta resten av året.",
]
MONTHS = ["april", "maj", "augusti", "september", "oktober", "november"]


def amount(rng: random.Random) -> str:
    value = rng.uniform(0.2, 60)
    style = rng.randrange(4)
    if style == 0:
        return f"{value:.1f} mnkr".replace(".", ",")
    if style == 1:
        return f"{int(value * 1000):,} tkr".replace(",", " ")
    if style == 2:
        return f"– {value:.1f} mkr".replace(".", ",")
    return f"{value:.1f} miljoner kronor".replace(".", ",")


def generate(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        opening = rng.choice(OPENINGS).format(
            acc=rng.choice(ACCOUNTS),
            area=rng.choice(AREAS),
            dir=rng.choice(["negativt", "positivt"]),
            dir2=rng.choice(["negativ", "positiv"]),
            amt=amount(rng),
            amt2=amount(rng),
            res=rng.choice(["underskott", "överskott"]),
            month=rng.choice(MONTHS),
        )
        causes = rng.sample(CAUSES, rng.choice([1, 2, 2, 3]))
        cause = ", ".join(causes[:-1]) + (" samt " if len(causes) > 1 else "") + causes[-1]
        parts = [opening, f"{rng.choice(LINKS)} {cause} inom {rng.choice(AREAS).lower()}."]
        parts.append(rng.choice(TAILS))
        texts.append(" ".join(parts))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=5000, help="number of explanations")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best one counts")
    parser.add_argument("--model-dir", type=Path, default=None)
    args = parser.parse_args()
    texts = generate(args.n)
    started = time.perf_counter()
    tagger = load_tagger(args.model_dir)
    load_s = time.perf_counter() - started
    tagger.tag_many(texts[:200])  # warm up
    best = cpu = float("inf")
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        out = tagger.tag_many(texts)
        best = min(best, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
    words = statistics.mean(len(t.split()) for t in texts)
    tagged = sum(1 for tags in out if tags)
    print(f"tagger: {tagger.version}")
    print(f"{len(texts)} explanations, {words:.1f} words on average, {tagged} got at least one tag")
    print(
        f"load {load_s:.2f} s; best of {args.repeat}: {best:.2f} s = {len(texts) / best:,.0f} explanations/s"
    )
    print(f"CPU time of this process: {cpu:.2f} s = {len(texts) / cpu:,.0f} explanations per CPU-second")
    print(json.dumps({"tag_per_s": round(len(texts) / best, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
