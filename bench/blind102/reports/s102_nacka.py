"""Nacka kommun, Arbets- och företagsnämnden, tjänsteskrivelse om ekonomiskt utfall efter mars 2026.

A tjänsteskrivelse in Liberation Serif (Times) 11 pt dated in April, with the structure of a cover letter
(decision proposal, summary, the matter): the full year in words ("ett underskott på elva miljoner kronor") with
the share of the budget and a second sentence naming the cause (one item), the period "2,9 mnkr högre än
periodiserad budget" (a net cost: negative); plain headings where ekonomiskt bistånd's deviation comes with
household counts that are not the amount, one sentence with a surplus and an overrun of feriejobb (two items,
"medan"), vuxenutbildning and SFI as a "respektive" pair sharing their reasons, a small deficit for
interpreters; a forecast change in "3 miljoner kronor", an action whose effect is in the next sentence (one
item), a risk and a financing statement (others). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(78.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Nacka kommun", "TJÄNSTESKRIVELSE AFN 2026/41"),
        footer=lambda n, m: ("Arbets- och företagsenheten", "2026-04-09", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomiskt utfall och prognos efter mars 2026", size=16, font="arial-bold", after=4),
        Title("Arbets- och företagsnämnden", size=12, font="times", after=14),
        H("Förslag till beslut", 2),
        P("Arbets- och företagsnämnden noterar informationen om det ekonomiska utfallet efter mars 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämnden prognostiserar ett underskott på elva miljoner kronor för helåret, vilket motsvarar 2,4 "
                "procent av budgeten. Det är ekonomiskt bistånd som står för hela avvikelsen.",
                C(
                    None,
                    "elva miljoner kronor",
                    "-",
                    "ekonomiskt_bistand",
                    value=11_000_000,
                    note="An amount in words; the percentage of the budget is not the amount.",
                ),
            ),
            (
                "Utfallet efter mars är 2,9 mnkr högre än periodiserad budget.",
                C(
                    None,
                    "2,9 mnkr",
                    "-",
                    note="A net cost above the periodised budget: a negative period deviation.",
                ),
            ),
        ),
        H("Ärendet", 2),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för ekonomiskt bistånd beräknas överstiga budget med 13,5 mnkr. Antalet hushåll med "
            "bistånd har ökat från 1 020 i december till 1 110 i mars, framför allt bland hushåll där "
            "etableringsersättningen har upphört. Även den genomsnittliga utbetalningen per hushåll har ökat, till "
            "följd av högre hyror och elkostnader.",
            C(
                "Ekonomiskt bistånd",
                "13,5 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                "prisokningar",
                note="Household counts are not the amount.",
            ),
        ),
        H("Arbetsmarknadsinsatser", 3),
        P(
            "Arbetsmarknadsenheten får ett överskott på 1,6 mnkr eftersom statsbidraget för extratjänster blev "
            "större än budgeterat, medan kostnaderna för feriejobb blir 0,3 mnkr högre än planerat.",
            C(
                "Arbetsmarknadsenheten",
                "1,6 mnkr",
                "+",
                "statsbidrag",
                note="One sentence, a surplus and an overrun ('medan'): two items.",
                also=(C("Feriejobb", "0,3 mnkr", "-"),),
            ),
        ),
        H("Vuxenutbildning och sfi", 3),
        P(
            "Vuxenutbildningen och sfi prognostiserar 1,2 respektive 0,4 mnkr bättre än budget, eftersom färre "
            "elever än beräknat har sökt till yrkesutbildningarna och statsbidraget för regionalt yrkesvux har "
            "höjts.",
            C(
                "Vuxenutbildning",
                "1,2",
                "+",
                "volymer",
                "statsbidrag",
                unit="mnkr",
                note="A 'respektive' pair sharing its reasons: two items with the same tags.",
                also=(C("Sfi", "0,4 mnkr", "+", "volymer", "statsbidrag"),),
            ),
        ),
        H("Etablering och integration", 3),
        P(
            "Integrationsenheten visar ett underskott på 0,4 mnkr, då fler tolkuppdrag än beräknat har behövts.",
            C("Integrationsenheten", "0,4 mnkr", "-", "volymer"),
        ),
        H("Förändring sedan föregående prognos", 3),
        P(
            "Prognosen har försämrats med 3 miljoner kronor sedan februari, då antalet hushåll med bistånd ökade "
            "mer än väntat i mars.",
            F(None, "3 miljoner kronor", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Åtgärder och risker", 3),
        P(
            "Förvaltningen förstärker arbetet med att hushåll med ekonomiskt bistånd ska komma i arbete, bland annat "
            "genom fler platser i språkpraktik. Effekten beräknas till 2 miljoner kronor under 2026.",
            A(
                "Ekonomiskt bistånd",
                "2 miljoner kronor",
                "ekonomiskt_bistand",
                note="The effect in the next sentence.",
            ),
        ),
        P(
            "Det finns en risk att kostnaderna för ekonomiskt bistånd ökar ytterligare om arbetslösheten i länet "
            "stiger under hösten.",
            O("Ekonomiskt bistånd", note="A risk: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Underskottet kan inte hanteras inom nämndens ram, och nämnden har inget eget kapital att ta i anspråk.",
            O(None, note="A financing statement: other."),
        ),
        P("Nämnden har inga investeringar under 2026."),
    ]
    return ReportSpec(
        file="nacka-afn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Arbets- och företagsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomiskt utfall och prognos efter mars 2026", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
