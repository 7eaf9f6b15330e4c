"""Höörs kommun, Kultur- och fritidsnämnden, månadsuppföljning oktober 2025 (culture and leisure).

A small committee's month follow-up in Times (Liberation Serif) 10.5 pt, in "mnkr" and "tkr", the footer
carrying the nämnd's meeting in November: the full year "en negativ avvikelse mot budget om 1,6 mnkr" with a
sentence naming where it lies; an avdelning's "negativ avvikelse om 2,1 mnkr mot tilldelad driftsbudgetram"
followed, in the same paragraph, by four sub-areas, each a sentence whose amount trails after a comma
("…lägre entréintäkter, -620 tkr."), so five items in one paragraph; the culture avdelning's "positiv
avvikelse om 0,5 mnkr" with two sub-areas in "+310 tkr" and "+190 tkr"; "bedöms följa budget" and
"prognostiserar ingen avvikelse mot tilldelad budget" (boilerplate) with a risk sentence of its own in the
same paragraph (other); investments "en avvikelse på 1,8 mnkr" after the levels; an action with its
effect and visitors against 2024 (other). No table.

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
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Höörs kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025", "Sammanträde 2025-11-20", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    blocks = [
        Title("MÅNADSUPPFÖLJNING OKTOBER 2025", size=17, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="times-italic", after=14),
        H("Sammanfattning av prognos oktober", 2),
        P(
            "Oktober månads uppföljning pekar på en negativ avvikelse mot budget om 1,6 mnkr för helåret. "
            "Avvikelsen är hänförlig till fritidsavdelningen, medan kulturavdelningen prognostiserar ett mindre "
            "överskott.",
            C(None, "1,6 mnkr", "-", note="The whole nämnd's full year."),
        ),
        H("Fritid", 2),
        PS(
            (
                "Fritidsavdelningen prognostiserar en negativ avvikelse om 2,1 mnkr mot tilldelad driftsbudgetram.",
                C("Fritid", "2,1 mnkr", "-", note="The avdelning's total, a sentence of its own."),
            ),
            (
                "Simhallen har varit stängd i sex veckor för byte av reningsanläggningen, vilket gett lägre "
                "entréintäkter, -620 tkr.",
                C(
                    "Simhallen",
                    "-620 tkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="A sub-area inside its avdelning's paragraph: its own item, the amount trailing.",
                ),
            ),
            (
                "Energikostnaderna för ishallen och simhallen blir högre än budgeterat, -880 tkr.",
                C("Ishallen och simhallen", "-880 tkr", "-", "prisokningar"),
            ),
            (
                "Föreningsbidragen har ökat efter att två nya föreningar fått rätt till lokalbidrag, -350 tkr.",
                C("Föreningsbidrag", "-350 tkr", "-", "volymer"),
            ),
            (
                "Vaktmästartjänster har hyrts in från bemanningsföretag under en långtidssjukskrivning, -250 tkr.",
                C("Vaktmästeri", "-250 tkr", "-", "inhyrd_personal", "sjukfranvaro"),
            ),
        ),
        H("Kultur", 2),
        PS(
            (
                "Kulturavdelningen prognostiserar en positiv avvikelse om 0,5 mnkr.",
                C("Kultur", "0,5 mnkr", "+"),
            ),
            (
                "Biblioteket har haft en vakant bibliotekarietjänst sedan maj, +310 tkr.",
                C("Biblioteket", "+310 tkr", "+", "vakanser"),
            ),
            (
                "Kulturskolan har fått fler elever och därmed högre avgiftsintäkter, +190 tkr.",
                C("Kulturskolan", "+190 tkr", "+", "volymer", "avgifter_intakter"),
            ),
        ),
        P(
            "Allmänkultur och evenemang bedöms följa budget.",
            BP("Allmänkultur och evenemang"),
        ),
        H("Nämnd och administration", 2),
        PS(
            (
                "Nämnd och administration prognostiserar ingen avvikelse mot tilldelad budget.",
                BP("Nämnd och administration"),
            ),
            (
                "En risk om ett överskridande på 0,1 mnkr finns för nämndens arvoden, vilket hanteras genom en "
                "allmän återhållsamhet.",
                O("Nämnd och administration", note="A risk in the boilerplate's paragraph: its own item."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3,2 mnkr beräknas 1,4 mnkr förbrukas under året, vilket ger en avvikelse på "
            "1,8 mnkr. Bytet av konstgräs på Sätoftavallen har skjutits till 2026 eftersom upphandlingen fick "
            "göras om.",
            C("Investeringar", "1,8 mnkr", "+", "periodisering", note="Investment under-spending: positive."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har infört inköpsstopp för inventarier inom fritidsavdelningen resten av året, vilket "
            "beräknas minska underskottet med 150 tkr.",
            A("Fritid", "150 tkr", "material_hjalpmedel"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besökare i simhallen var 18 procent lägre än under januari–oktober 2024, till följd av "
            "stängningen.",
            O("Simhallen", "volymer", note="Visitors against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hoor-kfn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
