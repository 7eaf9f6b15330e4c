"""Norrhälsinge miljö- och räddningsnämnd (gemensam nämnd för Hudiksvall och Nordanstig), delårsrapport 2025-08.

A joint committee's interim report in tkr and mnkr, footer with the meeting date in September: the host
kommun and the cost split (unlabelled), the period "+1,2 mnkr jämfört med periodiserad budget", the full
year's "underskott på 0,8 mnkr" and the period's timing reason (amount null) in three sentences, a table
with U+2212 minus signs, a rescue service that "beräknas överskrida budget med 1 150 tkr" followed in the
same paragraph by a compensation not yet decided (other), "ett överskott mot budget om 540 tkr, som
förklaras av", a reason-only revenue shortfall (the row's "−270"), "följer i stort budget" beside a row of
80 (boilerplate), the change since April, an action with "cirka 300 tkr", investments "0,6 mnkr lägre än
budget" and the members' settlement (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Norrhälsinge miljö- och räddningsnämnd", "Delårsrapport 2025"),
        footer=lambda n, m: ("Sammanträde 2025-09-25, § 61", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr (negativ avvikelse = sämre än budget)",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd", "620", "352", "540", "80"),
            ("Miljö- och hälsoskydd", "9 850", "5 890", "9 310", "540"),
            ("Livsmedelskontroll", "2 140", "1 660", "2 410", "\u2212270"),
            ("Räddningstjänst", "48 300", "32 150", "49 450", "\u22121 150"),
            ("Summa", "60 910", "40 052", "61 710", "\u2212800"),
        ),
        widths=(140.0, 68.0, 72.0, 68.0, 62.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Norrhälsinge miljö- och räddningsnämnd", size=12.5, font="narrow", after=12),
        H("Nämndens uppdrag", 2),
        P(
            "Nämnden är en gemensam nämnd för Hudiksvalls och Nordanstigs kommuner med Hudiksvall som värdkommun. "
            "Nämnden ansvarar för räddningstjänst, miljö- och hälsoskydd och livsmedelskontroll. Nettokostnaden "
            "fördelas efter invånarantal, 73 procent på Hudiksvall och 27 procent på Nordanstig."
        ),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Periodens resultat är +1,2 mnkr jämfört med periodiserad budget.",
                C(
                    None,
                    "+1,2 mnkr",
                    "+",
                    note="The period against the periodised budget: a sentence of its own.",
                ),
            ),
            (
                "För helåret pekar prognosen mot ett underskott på 0,8 mnkr, främst inom räddningstjänsten.",
                C(None, "0,8 mnkr", "-", note="The full year, area named, no reason: no tags."),
            ),
            (
                "Att perioden ser bättre ut än helåret beror på att kostnaderna för höstens utbildningar och "
                "fordonsservice faller ut under september–december.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason apart: amount null.",
                ),
            ),
        ),
        table,
        H("Räddningstjänst", 3),
        Para(
            (
                (
                    "Räddningstjänsten beräknas överskrida budget med 1 150 tkr. Skogsbranden vid Storsjöhöjden i juli "
                    "krävde förstärkt beredskap med deltidsbrandmän under elva dygn, och övertiden för heltidsstyrkan "
                    "har ökat eftersom två befattningar som styrkeledare stått vakanta sedan våren.",
                    C(
                        "Räddningstjänst",
                        "1 150 tkr",
                        "-",
                        "ovrigt",
                        "overtid",
                        "vakanser",
                        note="The fire is ovrigt.",
                    ),
                ),
                (
                    "Ersättning för insatsen har sökts hos Myndigheten för samhällsskydd och beredskap men är ännu inte "
                    "beslutad och ingår inte i prognosen.",
                    O("Räddningstjänst", note="Uncertain compensation in the same paragraph: its own item."),
                ),
            )
        ),
        H("Miljö- och hälsoskydd", 3),
        P(
            "Verksamheten visar ett överskott mot budget om 540 tkr, som förklaras av en vakant tjänst som "
            "miljöinspektör under våren och av högre intäkter från prövning av enskilda avlopp.",
            C("Miljö- och hälsoskydd", "540 tkr", "+", "vakanser", "avgifter_intakter"),
        ),
        H("Livsmedelskontroll", 3),
        P(
            "Intäkterna från den årliga kontrollavgiften blir lägre än budgeterat, eftersom flera serveringar i "
            "Nordanstig har stängt och antalet kontrollobjekt därmed minskat.",
            C(
                "Livsmedelskontroll",
                "\u2212270",
                "-",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Nämnd", 3),
        P("Nämndens egna kostnader följer i stort budget.", BP("Nämnd", note="Although the row says 80.")),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har försämrats med 0,6 mnkr jämfört med tertialrapporten per april, vilket helt beror på "
            "skogsbranden i juli.",
            F(None, "0,6 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Räddningschefen har infört restriktivitet med övertid och externa utbildningar under hösten, vilket bedöms "
            "minska kostnaderna med cirka 300 tkr.",
            A("Räddningstjänst", "cirka 300 tkr", "overtid"),
        ),
        H("Investeringar", 2),
        P(
            "Prognosen för investeringarna är 5,6 mnkr, 0,6 mnkr lägre än budget, eftersom den nya räddningsbåten "
            "blev billigare i upphandlingen än beräknat.",
            C("Investeringar", "0,6 mnkr", "+", "material_hjalpmedel", note="A boat is material_hjalpmedel."),
        ),
        H("Finansiering", 2),
        P(
            "Kommunernas bidrag till nämnden regleras mot utfallet vid årets slut. Ett underskott faktureras därför "
            "Hudiksvalls och Nordanstigs kommuner enligt fördelningsnyckeln.",
            O(None, note="The members' settlement: a financing statement."),
        ),
    ]
    return ReportSpec(
        file="norrhalsinge-miljo-och-raddningsnamnd-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Norrhälsinge miljö- och räddningsnämnd", "NMRN"],
            "committee": ["Norrhälsinge miljö- och räddningsnämnd", "Miljö- och räddningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Norrhälsinge miljö- och räddningsnämnd",
            "author": "Hudiksvalls kommun",
        },
        style=style,
        blocks=blocks,
    )
