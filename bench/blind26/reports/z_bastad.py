"""Båstads kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in Arial (Liberation Sans) 9.5 pt, footer with the nämnd's meeting
date in September: the period "3,1 mnkr sämre än periodiserad budget" and the full year "5,3 mnkr högre än den
tilldelade ramen på 496,7 mnkr" in consecutive sentences of one paragraph (one item, the full year's amount);
a reading note and a table whose deviation is "prognos minus budget", so that a positive figure is a
deficit ("2 800") and a surplus carries the minus sign ("−1 500"); then, on a page set in two columns, run-in paragraphs
whose bold lead is the subject of the first sentence ("Grundskolan F–9 beräknas överskrida budget med 4,5
mnkr"), two of them with reasons only ("har ett prognostiserat underskott", "lämnar ett överskott": the
table's cells, read against its convention), "kostar 880 tkr mer än budgeterat", "får 0,8 mnkr mer i
statsbidrag", "beräknas understiga budget med 550 tkr" and "håller sin budget" (boilerplate); the change
since the tertial report, an action with its effect, investments "alltså 1,6 mnkr under budget" after the
used and forecast levels, and sick leave against last year (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = (
    "A reason only: the table row's cell (tkr), whose sign follows the table's convention (prognos minus budget, "
    "a positive figure is a deficit); the direction follows the prose."
)


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        gutter=22.0,
        header=lambda n, m: ("Båstads kommun – Barn- och utbildningsförvaltningen", "Delårsrapport 2025"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-09-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Prognos − budget"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 200", "9 180", "13 650", "−550"),
            ("Förskola", "118 400", "77 020", "116 900", "−1 500"),
            ("Grundskola F–9", "236 800", "161 450", "241 300", "4 500"),
            ("Grundsärskola", "12 600", "9 010", "13 480", "880"),
            ("Gymnasieskola", "96 300", "66 240", "99 100", "2 800"),
            ("Kulturskola", "6 900", "4 410", "6 900", "0"),
            ("Vuxenutbildning", "11 500", "6 930", "10 700", "−800"),
            ("Totalt", "496 700", "334 240", "502 030", "5 330"),
        ),
        widths=(150.0, 66.0, 72.0, 68.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="arial", after=12),
        H("Ekonomisk översikt", 2),
        P(
            "Nämndens resultat för perioden januari–augusti är 3,1 mnkr sämre än periodiserad budget. För helåret "
            "bedöms kostnaderna bli 5,3 mnkr högre än den tilldelade ramen på 496,7 mnkr.",
            C(
                None,
                "5,3 mnkr",
                "-",
                note="The period's and the full year's deviation in consecutive sentences of one paragraph about the "
                "whole nämnd: one item, the full year's amount. The frame 496,7 mnkr is a level.",
            ),
        ),
        P(
            "Avvikelsen i tabellen redovisas som prognos minus budget. Ett positivt tal innebär alltså att "
            "verksamheten beräknas kosta mer än budgeterat.",
            size=8.5,
        ),
        table,
        H("Verksamheten under perioden", 2),
        P(
            "Höstterminen startade med 2 140 elever i grundskolan, 35 fler än ett år tidigare. I förskolan har "
            "nämnden under våren anpassat antalet avdelningar efter det minskande barnantalet, och "
            "vuxenutbildningen har startat en ny yrkesutbildning inom vård och omsorg tillsammans med "
            "grannkommunerna."
        ),
        PageBreak(),
        Columns(2),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Grundskolan F–9",
            "beräknas överskrida budget med 4,5 mnkr. Antalet elever med beslut om särskilt stöd har ökat kraftigt, "
            "och skolorna i Förslöv och Torekov har fått sätta in extra resurspersonal. Därtill har kostnaderna för "
            "elever som valt fristående skolor i Ängelholm blivit högre än beräknat.",
            C(
                "Grundskola F–9",
                "4,5 mnkr",
                "-",
                "volymer",
                "bemanning",
                "kopt_verksamhet",
                note="The bold lead is the subject of the first sentence.",
            ),
        ),
        LP(
            "Gymnasieskolan",
            "har ett prognostiserat underskott. Fler ungdomar än planerat går på program i andra kommuner, och flera "
            "av grannkommunerna har höjt sina interkommunala ersättningar inför läsåret.",
            C(
                "Gymnasieskola",
                "2 800",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Grundsärskolan",
            "kostar 880 tkr mer än budgeterat, främst för skolskjuts och elevassistenter till två nyinskrivna elever.",
            C("Grundsärskola", "880 tkr", "-", "volymer"),
        ),
        LP(
            "Förskolan",
            "lämnar ett överskott. Barnantalet har sjunkit i Båstads tätort, och en avdelning på Ängsbackens förskola "
            "har hållits stängd sedan januari.",
            C(
                "Förskola",
                "−1 500",
                "+",
                "volymer",
                "omstallning",
                unit="tkr",
                table=True,
                note=ROW + " Here the minus sign is a surplus.",
            ),
        ),
        LP(
            "Vuxenutbildningen",
            "får 0,8 mnkr mer i statsbidrag för regionalt yrkesvux än vad som budgeterades, vilket ger ett "
            "motsvarande överskott.",
            C("Vuxenutbildning", "0,8 mnkr", "+", "statsbidrag"),
        ),
        LP(
            "Nämnd och förvaltningsledning",
            "beräknas understiga budget med 550 tkr tack vare en vakant controllertjänst under våren.",
            C("Nämnd och förvaltningsledning", "550 tkr", "+", "vakanser"),
        ),
        LP("Kulturskolan", "håller sin budget.", BP("Kulturskola")),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Jämfört med prognosen i tertialrapporten har underskottet vuxit med 1,9 mnkr, i allt väsentligt inom "
            "grundskolan.",
            F(None, "1,9 mnkr", "-", note="The area is named, no reason: no tags."),
        ),
        H("Åtgärder", 2),
        P(
            "För att dämpa underskottet har förvaltningen stoppat alla inköp av läromedel och inventarier som inte är "
            "nödvändiga för höstterminens start och infört central prövning av nyanställningar. Åtgärderna beräknas "
            "förbättra resultatet med ungefär 1,2 mnkr.",
            A(None, "ungefär 1,2 mnkr", "material_hjalpmedel", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 7,5 mnkr har 2,1 mnkr använts till och med augusti. Helårsprognosen är 5,9 "
            "mnkr, alltså 1,6 mnkr under budget, eftersom möbleringen av den nya skolbyggnaden i Hemmeslöv skjuts till "
            "2026.",
            C(
                "Investeringar",
                "1,6 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after two levels (used so far, forecast).",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland förvaltningens medarbetare var 6,1 procent under perioden, en minskning med 0,7 "
            "procentenheter jämfört med samma period i fjol.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="bastad-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Båstad",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Barn- och utbildningsnämnden", "author": "Båstads kommun"},
        style=style,
        blocks=blocks,
    )
