"""Staffanstorps kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report in DejaVu Sans 9.5 pt whose footer carries the nämnd's
adoption date in February: the result "ett överskott mot budget om 1,6 miljoner kronor" after the net cost,
the outcome "0,9 miljoner kronor större än prognosen i delårsrapporten" with its cause (a forecast change), a
verksamhet table with en-dash minus signs ("–550"), then two columns of headings that carry the area and the
amount in brackets ("Bibliotek (–550 tkr)", "Idrottsanläggningar (+440 tkr)") with a rent increase of 380 tkr
that is a part, not the amount, a bold run-in area ending in a full stop with "Överskottet på 210 tkr beror
på"; investments "Av investeringsbudgeten på 4,5 mnkr har 2,9 mnkr använts" (1,6 mnkr never written out);
lending against 2024, a goal not met with "beror på" (others) and an action for 2026. 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Staffanstorps kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Fastställt av nämnden 2026-02-24", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "3 900", "3 690", "210"),
            ("Bibliotek", "13 400", "13 950", "–550"),
            ("Kulturverksamhet och kulturskola", "15 200", "14 380", "820"),
            ("Fritid och föreningsstöd", "9 800", "9 120", "680"),
            ("Idrottsanläggningar", "18 000", "17 560", "440"),
            ("Summa", "60 300", "58 700", "1 600"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Årets händelser", 2),
        P(
            "Under året öppnade det meröppna biblioteket i Hjärup, och kulturskolan startade en ny "
            "musikalutbildning för högstadieelever. Föreningslivet har haft fler aktiva medlemmar än före "
            "pandemin."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämndens nettokostnad blev 58,7 miljoner kronor, vilket innebär ett överskott mot budget om 1,6 "
            "miljoner kronor.",
            C(None, "1,6 miljoner kronor", "+", note="A net cost level, then the deviation."),
        ),
        P(
            "Överskottet är 0,9 miljoner kronor större än prognosen i delårsrapporten, främst därför att färre "
            "föreningar än väntat sökte aktivitetsstöd under hösten.",
            F(None, "0,9 miljoner kronor", "+", "volymer", note="The outcome against the interim forecast."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Bibliotek (–550 tkr)",
            "Hyran för de nya lokalerna i Hjärup blev 380 tkr högre än budgeterat, och inköpen av medier ökade på "
            "grund av prishöjningar hos leverantören.",
            C(
                "Bibliotek",
                "–550 tkr",
                "-",
                "lokaler",
                "prisokningar",
                note="The heading carries the amount in brackets; the 380 tkr rent is a part.",
            ),
        ),
        HP(
            "Kulturverksamhet och kulturskola (+820 tkr)",
            "Kulturskolan har haft tre vakanta lärartjänster under hösten, och två större kulturarrangemang "
            "ställdes in efter att arrangören gått i konkurs.",
            C("Kulturverksamhet och kulturskola", "+820 tkr", "+", "vakanser", "ovrigt"),
        ),
        HP(
            "Fritid och föreningsstöd (+680 tkr)",
            "Färre föreningar än väntat har sökt aktivitetsstöd och anläggningsbidrag.",
            C("Fritid och föreningsstöd", "+680 tkr", "+", "volymer"),
        ),
        HP(
            "Idrottsanläggningar (+440 tkr)",
            "Elkostnaderna i sporthallarna blev lägre än budgeterat tack vare lägre elpriser, medan simhallen har "
            "haft högre reparationskostnader.",
            C(
                "Idrottsanläggningar",
                "+440 tkr",
                "+",
                "prisokningar",
                "ovrigt",
                note="Lower electricity prices are prisokningar, repairs ovrigt.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Överskottet på 210 tkr beror på lägre kostnader för konsulter i samband med lokalutredningen.",
            C("Nämnd och förvaltningsledning", "210 tkr", "+", "inhyrd_personal"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,5 mnkr har 2,9 mnkr använts. Konstgräsplanen vid idrottsplatsen har "
            "skjutits till 2026 efter att markundersökningen visade behov av ny dränering.",
            C(
                "Investeringar",
                "2,9 mnkr",
                "+",
                "periodisering",
                value=1_600_000,
                note="An under-spend never written out: the computed 1,6 mnkr with the amount text as written.",
            ),
        ),
        H("Verksamhetens mål och volymer", 2),
        P(
            "Antalet utlån ökade med 8 procent jämfört med 2024.",
            O("Bibliotek", "volymer", note="Lending against the previous year."),
        ),
        P(
            "Målet om fler besök i simhallen nåddes inte, vilket beror på att simhallen var stängd i sex veckor "
            "för reparation.",
            O("Idrottsanläggningar", note="A goal not met with 'beror på': other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att säga upp avtalet om extern bokningstjänst för idrottshallarna, vilket "
            "beräknas ge en besparing på 150 tkr per år.",
            A("Idrottsanläggningar", "150 tkr"),
        ),
    ]
    return ReportSpec(
        file="staffanstorp-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Staffanstorp",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Staffanstorps kommun"},
        style=style,
        blocks=blocks,
    )
