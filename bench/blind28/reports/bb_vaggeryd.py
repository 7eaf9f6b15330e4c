"""Vaggeryds kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A cover letter dated in April for the kommunstyrelse's own services after March, the year's first forecast: the
decision proposal (unlabelled), the total "beräknas sammantaget överskrida budgetramen med 1,35 mnkr" with the
areas named in the next sentence (one item, no tags); plain headings per avdelning whose first sentence carries
the amount in varied shapes ("visar på merkostnader om cirka 900 tkr" with a part "kostar 340 tkr", "får en
negativ avvikelse om 750 tkr mot budget, trots att …" with two percentages, "förväntas utfallet hamna 100 tkr
under budget", "200 tkr bättre än budget"), an IT paragraph whose dearer licences are offset by a postponed
system so that it "håller budget" (a cause, direction balanced, amount null: reasons are given), and a
personnel paragraph whose first quarter overspend has a reason and no amount (a cause, null) followed by the
year "inom budget" (boilerplate); a note on an unbudgeted decision (other), an action without an effect, and
investments "Av investeringsbudgeten på 18,2 mnkr, varav 6,0 mnkr …, beräknas 12,5 mnkr användas" (5,7 mnkr
never written out). 8 scored causes. Liberation Serif (Times metrics) 11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(74.0, 84.0, 74.0, 76.0),
        header=lambda n, m: ("VAGGERYDS KOMMUN", "Tjänsteskrivelse 2026-04-15"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "KS 2026/067", f"{n}({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026 – kommunstyrelsen", size=15, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per mars 2026 för kommunstyrelsens "
            "verksamheter."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Kommunstyrelsens verksamheter beräknas sammantaget överskrida budgetramen med 1,35 mnkr 2026. "
            "Räddningstjänsten och måltidsservice står för de största avvikelserna, medan kansliavdelningen och "
            "näringslivsenheten visar små överskott.",
            C(
                None,
                "1,35 mnkr",
                "-",
                note="Areas named in the next sentence, no reasons: one item, no tags.",
            ),
        ),
        P(
            "Uppföljningen är årets första prognos och bygger på utfallet för januari–mars samt avdelningarnas "
            "bedömningar."
        ),
        H("Räddningstjänst", 3),
        P(
            "Räddningstjänstens prognos visar på merkostnader om cirka 900 tkr. Två deltidsbrandmän i Skillingaryd "
            "har slutat och ersatts, och grundutbildningen för de nya kostar 340 tkr som inte fanns med i budgeten. "
            "Resterande del avser högre kostnader för drivmedel och service av fordonen.",
            C(
                "Räddningstjänst",
                "cirka 900 tkr",
                "-",
                "ovrigt",
                "material_hjalpmedel",
                note="The training cost (340 tkr) is a part; fuel and vehicles are material_hjalpmedel.",
            ),
        ),
        H("Måltidsservice", 3),
        P(
            "Måltidsservice får en negativ avvikelse om 750 tkr mot budget, trots att antalet portioner är oförändrat. "
            "Förklaringen är att livsmedelsavtalet räknades upp med 7 procent vid årsskiftet mot budgeterade 3 "
            "procent.",
            C("Måltidsservice", "750 tkr", "-", "prisokningar", note="The percentages are price rises."),
        ),
        H("Kansliavdelningen", 3),
        P(
            "För kansliavdelningen förväntas utfallet hamna 100 tkr under budget, eftersom statens ersättning för "
            "de allmänna valen i september täcker en större del av kostnaderna än beräknat.",
            C(
                "Kansliavdelningen",
                "100 tkr",
                "+",
                "statsbidrag",
                note="'Under budget' for a cost: positive.",
            ),
        ),
        H("Näringsliv och turism", 3),
        P(
            "Näringslivsenheten beräknas redovisa 200 tkr bättre än budget, då tjänsten som turismutvecklare är "
            "vakant fram till sommaren.",
            C("Näringsliv och turism", "200 tkr", "+", "vakanser"),
        ),
        H("IT och digitalisering", 3),
        P(
            "Licenskostnaderna för kontorsprogrammen har ökat mer än väntat. Den delen av avvikelsen, cirka 200 tkr, "
            "möts av att införandet av det nya ärendehanteringssystemet skjuts upp till hösten, och avdelningen "
            "håller därmed budget.",
            C(
                "IT och digitalisering",
                None,
                "0",
                "it_digitalisering",
                "prisokningar",
                "periodisering",
                note="A cost increase offset by a postponement: reasons are given, so a scored cause with "
                "direction balanced; the 200 tkr is a part, the net deviation is zero and never written: null.",
            ),
        ),
        H("Personalavdelningen", 3),
        PS(
            (
                "Företagshälsovården har kostat mer än planerat under första kvartalet på grund av fler "
                "rehabiliteringsärenden.",
                C(
                    "Personalavdelningen",
                    None,
                    "-",
                    "sjukfranvaro",
                    note="The first quarter's overspend with a reason and no amount: a cause, null.",
                ),
            ),
            (
                "Avdelningen räknar ändå med att klara helåret inom budget.",
                BP("Personalavdelningen", note="The full year within budget: boilerplate."),
            ),
        ),
        H("Ej budgeterade beslut", 3),
        P(
            "Prognosen innehåller inte kostnaderna för den nya övningsplatsen för räddningstjänsten, som "
            "kommunstyrelsen beslutade om i mars. Finansieringen ska prövas i samband med delårsrapporten.",
            O("Räddningstjänst", note="An unbudgeted decision left out of the forecast: other."),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har fått i uppdrag att ta fram förslag som minskar kostnaderna med motsvarande "
            "underskottet. Förslagen redovisas i samband med uppföljningen per maj.",
            A(None, None, note="A commission to find savings, no effect stated."),
        ),
        H("Investeringar", 3),
        P(
            "Av investeringsbudgeten på 18,2 mnkr, varav 6,0 mnkr är ombudgeterade från 2025, beräknas 12,5 mnkr "
            "användas under året. Den nya räddningsbilen till Skillingaryd levereras först i början av 2027.",
            C(
                "Investeringar",
                "18,2 mnkr, varav 6,0 mnkr är ombudgeterade från 2025, beräknas 12,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=5_700_000,
                note="Investment under-spending of 5,7 mnkr, never written out: the computed value; the carried-"
                "over 6,0 mnkr is a part of the budget.",
            ),
        ),
        H("Beslutsunderlag", 3),
        P("Tjänsteskrivelse 2026-04-15. Ekonomisk uppföljning per mars 2026, bilaga."),
        P("Anders Wikström, ekonomichef    Lina Berg, controller", size=10.0),
    ]
    return ReportSpec(
        file="vaggeryd-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Vaggeryd",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per mars 2026 – kommunstyrelsen",
            "author": "Vaggeryds kommun",
        },
        style=style,
        blocks=blocks,
    )
