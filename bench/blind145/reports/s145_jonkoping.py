"""Jönköpings kommun, Tekniska nämnden, delårsrapport augusti 2025.

A technical committee's interim report in mkr, set in Arial Narrow (Liberation Sans Narrow), footer with the
nämnd's meeting date in September: the tax-financed period "4,2 mkr sämre än periodiserad budget" and the full
year "en negativ budgetavvikelse på 6,8 mkr" in two paragraphs, the change since the tertial report with its
cause; a table with en dashes as minus signs ("–6,1"); bold run-in verksamheter ending in a full stop, one of
them carrying the amount ("Parkering +1,5 mkr."), snow, cloudbursts and asphalt prices, a reason-only surplus
(the row's "0,5"), "ungefär en miljon kronor högre än planerat"; fee-financed water and sewage "ett överskott
på 3,4 mkr mot budget" with the fund transfer in a sentence of its own (other) and waste that "går med
underskott: 2,2 mkr sämre än budget"; investments "37 mkr lägre än budget", a postponed bridge (amount null)
and a cycle path "cirka 4 mkr dyrare än kalkylerat" (three items in one paragraph); an action with "1,5 mkr"
and gritting against last winter (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Jönköpings kommun, Tekniska kontoret", "Delårsrapport 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2025-09-23", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, helårsprognos, mkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "162,4", "168,5", "–6,1"),
            ("Park och natur", "71,2", "72,9", "–1,7"),
            ("Parkering", "–18,6", "–20,1", "1,5"),
            ("Kart och mät", "12,0", "11,5", "0,5"),
            ("Nämnd och administration", "9,8", "10,8", "–1,0"),
            ("Summa", "236,8", "243,6", "–6,8"),
        ),
        widths=(160.0, 78.0, 78.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Tekniska nämnden", size=13, font="arial", after=14),
        H("Ekonomiskt utfall", 1),
        P(
            "Tekniska nämndens skattefinansierade verksamhet redovisar efter augusti ett utfall som är 4,2 mkr "
            "sämre än periodiserad budget.",
            C(None, "4,2 mkr", "-", note="The period in a paragraph of its own."),
        ),
        P(
            "För helåret prognostiseras en negativ budgetavvikelse på 6,8 mkr.",
            C(None, "6,8 mkr", "-", note="The full year in a paragraph of its own."),
        ),
        P(
            "Prognosen har försämrats med 2,5 mkr sedan tertialrapporten, främst till följd av de skyfall som "
            "drabbade Huskvarna i juli.",
            F(None, "2,5 mkr", "-", "ovrigt"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Gata och trafik.",
            "Vinterväghållningen under januari och februari kostade betydligt mer än budgeterat efter ovanligt många "
            "halkbekämpningar, och asfaltspriserna har stigit med drygt 12 procent. Sammantaget överskrids budgeten "
            "med 6,1 mkr.",
            C(
                "Gata och trafik",
                "6,1 mkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Snow is ovrigt; the amount comes last, the percentage is not it.",
            ),
        ),
        LP(
            "Park och natur.",
            "Efter skyfallen i juli har slänter och gångstigar längs Vättern behövt återställas, vilket ger ett "
            "underskott på 1,7 mkr.",
            C("Park och natur", "1,7 mkr", "-", "ovrigt"),
        ),
        LP(
            "Parkering +1,5 mkr.",
            "Intäkterna från avgiftsbelagd parkering och felparkeringsavgifter blir högre än budgeterat sedan taxan "
            "i de centrala delarna höjdes i mars.",
            C("Parkering", "+1,5 mkr", "+", "avgifter_intakter", note="The run-in lead carries the amount."),
        ),
        LP(
            "Kart och mät.",
            "Två vakanta mättekniker ger lägre lönekostnader än budgeterat.",
            C(
                "Kart och mät",
                "0,5",
                "+",
                "vakanser",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Nämnd och administration.",
            "Kostnaderna för det nya ärendehanteringssystemet blir ungefär en miljon kronor högre än planerat.",
            C(
                "Nämnd och administration",
                "ungefär en miljon kronor",
                "-",
                "it_digitalisering",
                value=1_000_000,
                note="An amount in words.",
            ),
        ),
        H("Avgiftsfinansierad verksamhet", 2),
        PS(
            (
                "Vatten och avlopp visar ett överskott på 3,4 mkr mot budget, främst på grund av lägre elkostnader i "
                "reningsverken och fler nya anslutningar.",
                C(
                    "Vatten och avlopp",
                    "3,4 mkr",
                    "+",
                    "prisokningar",
                    "avgifter_intakter",
                    note="Lower energy costs are prisokningar; connection fees avgifter_intakter.",
                ),
            ),
            (
                "Överskottet förs till VA-fonden vid årets slut.",
                O("Vatten och avlopp", "reserver", note="A fund transfer in a sentence of its own."),
            ),
        ),
        P(
            "Avfall och återvinning går med underskott: 2,2 mkr sämre än budget, eftersom behandlingsavgiften för "
            "matavfall har höjts och insamlingen av förpackningar i flerbostadshus har blivit dyrare än beräknat.",
            C("Avfall och återvinning", "2,2 mkr", "-", "prisokningar"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsprognosen för året är 214 mkr, vilket är 37 mkr lägre än budget.",
                C(
                    "Investeringar",
                    "37 mkr",
                    "+",
                    note="Investment under-spending, the reason for part in the next sentence.",
                ),
            ),
            (
                "Ombyggnaden av bron över Munksjökanalen har förskjutits till 2026.",
                C(
                    "Bron över Munksjökanalen",
                    None,
                    "+",
                    "periodisering",
                    note="A postponed project with no amount of its own: null.",
                ),
            ),
            (
                "Gång- och cykelvägen i Bankeryd blir däremot cirka 4 mkr dyrare än kalkylerat till följd av "
                "ledningsflyttar.",
                C("Gång- och cykelväg i Bankeryd", "cirka 4 mkr", "-", "ovrigt", note="Investment overrun."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om återhållsamhet med beläggningsunderhåll under hösten, vilket beräknas minska "
            "underskottet med 1,5 mkr.",
            A("Gata och trafik", "1,5 mkr"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet halkbekämpningar var 64 under vintern, jämfört med 41 vintern innan.",
            O("Gata och trafik", note="A volume against last winter."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Tekniska nämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
