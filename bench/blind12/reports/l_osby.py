"""Osby kommun, Kommunstyrelsen, riktlinjer för ekonomistyrning (antagna 2025, gäller från 2026).

A document that is no budget follow-up at all: the kommun's rules for financial management, as adopted by
fullmäktige, full of the words a follow-up uses. A threshold for when a forecast deviation must be explained
("överstiger 0,5 procent av nämndens nettoram, dock minst 300 tkr"), the duty to adopt an åtgärdsplan when a
deficit is forecast, the carry-over of surpluses and deficits with "förutsatt att överskottet inte beror på …
ej tillsatta tjänster", a worked example with a nämnd's "överskott på 4,0 mnkr", investment overruns of "mer
än 10 procent", the central reserve that "får inte användas för att täcka underskott som beror på bristande
budgetföljsamhet", the internal interest rate, and the background: the auditors' finding about the nämnder's
forecasts (a statement about others). Eight `other` items and no causes; the purpose, the division of
responsibility and the timetable are unlabelled. DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import O

RULE = "A rule of the guideline, not a follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Osby kommun", "Riktlinjer för ekonomistyrning"),
        footer=lambda n, m: (
            "Antagna av kommunfullmäktige 2025-11-24, § 142",
            "Dnr KS 2025/301",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Riktlinjer för ekonomistyrning", size=20, font="cond-bold", after=2),
        Title("Osby kommun – gäller från och med 2026-01-01", size=12, font="cond", after=14),
        H("Bakgrund", 2),
        P(
            "Riktlinjerna ersätter de regler för budget och uppföljning som fullmäktige antog 2019. De har "
            "reviderats efter att kommunens revisorer i sin granskning 2024 påpekade att flera nämnders prognoser "
            "under ett antal år visat betydligt större underskott i augusti än i april, och att åtgärdsplaner "
            "saknades.",
            O(
                None,
                note="The auditors' finding about the nämnder's forecasts in earlier years: a statement about "
                "others, other.",
            ),
        ),
        H("1. Syfte", 2),
        P(
            "Riktlinjerna ska ge förutsättningar för en god ekonomisk hushållning och tydliggöra hur ansvaret för "
            "budget, uppföljning och prognoser är fördelat mellan fullmäktige, kommunstyrelsen och nämnderna."
        ),
        H("2. Ansvarsfördelning", 2),
        P(
            "Kommunfullmäktige fastställer nämndernas driftramar och investeringsbudget. Nämnderna ansvarar för "
            "att verksamheten bedrivs inom tilldelad ram och fördelar själva ramen på verksamheter i en "
            "internbudget. Kommunstyrelsen har uppsikt över nämndernas ekonomi."
        ),
        H("3. Uppföljning under året", 2),
        P(
            "Nämnderna följer upp ekonomin varje månad utom januari och juli. Uppföljningarna per april och per "
            "augusti redovisas till fullmäktige och innehåller en helårsprognos för drift och investeringar."
        ),
        P(
            "En prognostiserad avvikelse mot budget som överstiger 0,5 procent av nämndens nettoram, dock minst "
            "300 tkr, ska förklaras i uppföljningen med orsak och planerad åtgärd.",
            O(None, note="A threshold for explaining deviations: " + RULE),
        ),
        P(
            "Nämnd som prognostiserar underskott ska samtidigt besluta om en åtgärdsplan som visar hur budgeten "
            "ska återställas under innevarande år. Åtgärdsplanen ska ange varje åtgärds beräknade effekt i tkr.",
            O(None, note="The duty to adopt an action plan is a rule, not an action: other."),
        ),
        H("4. Över- och underskott mellan åren", 2),
        P(
            "Ett överskott upp till 2 procent av nämndens nettoram kan föras över till nästa år, förutsatt att "
            "överskottet inte beror på uteblivna verksamhetsåtaganden eller ej tillsatta tjänster. Underskott ska "
            "som huvudregel återställas inom två år.",
            O(None, "reserver", note="Carry-over of surpluses, with 'beror på' and vacancies: " + RULE),
        ),
        P(
            "Exempel: En nämnd med en nettoram på 150 mnkr som redovisar ett överskott på 4,0 mnkr får föra över "
            "högst 3,0 mnkr till följande år.",
            O(None, "reserver", note="A worked example with an invented surplus: other."),
        ),
        H("5. Investeringar", 2),
        P(
            "Investeringsprojekt över 5 mnkr beslutas var för sig av fullmäktige. Om ett projekt beräknas överskrida "
            "sin budget med mer än 10 procent ska nämnden begära tilläggsanslag innan ytterligare åtaganden görs. "
            "Medel som inte har förbrukats under året ombudgeteras endast efter särskild ansökan.",
            O("Investeringar", note="Rules for investment overruns and carry-over: other."),
        ),
        H("6. Central reserv", 2),
        P(
            "Kommunstyrelsen förfogar över en central reserv motsvarande 0,5 procent av skatteintäkter och "
            "generella statsbidrag för oförutsedda kostnader, till exempel volymökningar inom äldreomsorg och "
            "skola. Reserven får inte användas för att täcka underskott som beror på bristande "
            "budgetföljsamhet.",
            O(None, "reserver", note="The central reserve: other."),
        ),
        H("7. Internränta och kapitalkostnader", 2),
        P(
            "Internräntan för 2026 är 2,0 procent. Kapitalkostnader budgeteras hos den nämnd som använder "
            "investeringen, och avskrivningar görs enligt komponentmetoden.",
            O(None, note="A decision formula: other."),
        ),
        H("8. Ikraftträdande", 2),
        P("Riktlinjerna gäller från och med den 1 januari 2026 och ska ses över under varje mandatperiod."),
    ]
    return ReportSpec(
        file="osby-ks-riktlinjer-ekonomistyrning-2026.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026"],
            "report_type": "riktlinjer",
        },
        metadata={"title": "Riktlinjer för ekonomistyrning", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
