"""Eksjö kommun, Kommunstyrelsen, bokslut 2025 (the kommunstyrelse's own verksamheter, technical services).

A kommunstyrelse's year-end report for its own verksamheter (kommunledning, gata och park, fastighet,
måltidsservice, färdtjänst, näringsliv), footer with the adoption date in March: the result "ett överskott mot
budget på drygt tre miljoner kronor" (words), the outcome against the interim forecast with its cause; a table
in tkr with U+2212 minus signs and last year's deviation as the last column (not the amount); plain headings
whose first sentence carries the amount in varied shapes ("gick med ett underskott på 2 350 tkr",
"Fastighetsförvaltningens resultat blev 3 900 tkr bättre än budget", "Inom kommunledningsförvaltningen blev
kostnaderna 1 460 tkr lägre", "kostade 0,6 mnkr mer än budget" in a tkr report), a reason-only måltidsservice
(the row's "−780"), an undistributed reserve as a cause (reserver), "ett resultat i nivå med budget"
(boilerplate); investments "41,3 mnkr mot en budget på 67,0 mnkr" (25,7 never written out) and two projects
"1,2 respektive 0,4 mnkr dyrare än projektbudgeten" (overruns, negative); an action with its yearly effect;
net cost growth against 2024 (other). Liberation Sans Narrow (Arial Narrow metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Eksjö kommun", "Kommunstyrelsens bokslut 2025"),
        footer=lambda n, m: ("Fastställd av kommunstyrelsen 2026-03-03", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse 2025", "Avvikelse 2024"),),
        rows=(
            ("Kommunledningsförvaltningen", "58 300", "56 840", "1 460", "920"),
            ("Gata och park", "31 700", "34 050", "−2 350", "−1 180"),
            ("Fastighet", "12 400", "8 500", "3 900", "1 250"),
            ("Måltidsservice", "6 900", "7 680", "−780", "−310"),
            ("Färdtjänst och kollektivtrafik", "24 800", "25 400", "−600", "−450"),
            ("Näringsliv och turism", "7 100", "7 100", "0", "160"),
            ("Ofördelade medel", "1 500", "0", "1 500", "1 000"),
            ("Summa", "142 700", "139 570", "3 130", "1 390"),
        ),
        widths=(160.0, 72.0, 72.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="arial-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=13, font="narrow", after=14),
        H("Årets resultat", 2),
        P(
            "Kommunstyrelsen redovisar för 2025 ett överskott mot budget på drygt tre miljoner kronor.",
            C(
                None,
                "drygt tre miljoner kronor",
                "+",
                value=3_000_000,
                note="An amount in words: the stated figure.",
            ),
        ),
        P(
            "Resultatet är 1,8 mnkr bättre än prognosen i delårsrapporten, vilket till största delen förklaras av "
            "att planerat fastighetsunderhåll har senarelagts.",
            F(None, "1,8 mnkr", "+", "periodisering", note="The outcome against the interim forecast."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        H("Gata och park", 3),
        P(
            "Gata och park gick med ett underskott på 2 350 tkr. Vinterväghållningen i januari och december "
            "krävde fler utryckningar än normalt, och elkostnaden för gatubelysningen blev högre än beräknat.",
            C("Gata och park", "2 350 tkr", "-", "ovrigt", "prisokningar", note="Snow is ovrigt."),
        ),
        H("Fastighet", 3),
        P(
            "Fastighetsförvaltningens resultat blev 3 900 tkr bättre än budget, främst genom lägre energikostnader "
            "och att det planerade underhållet av taket på Norrängsskolan flyttades till 2026.",
            C(
                "Fastighet",
                "3 900 tkr",
                "+",
                "prisokningar",
                "periodisering",
                note="A possessive with the amount.",
            ),
        ),
        H("Måltidsservice", 3),
        P(
            "Högre livsmedelspriser och fler portioner till förskolorna än budgeterat gav ett underskott.",
            C(
                "Måltidsservice",
                "−780",
                "-",
                "prisokningar",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Kommunledningsförvaltningen", 3),
        P(
            "Inom kommunledningsförvaltningen blev kostnaderna 1 460 tkr lägre än budgeterat till följd av vakanta "
            "tjänster inom ekonomi och IT under större delen av året.",
            C("Kommunledningsförvaltningen", "1 460 tkr", "+", "vakanser"),
        ),
        H("Färdtjänst och kollektivtrafik", 3),
        P(
            "Färdtjänsten kostade 0,6 mnkr mer än budget, eftersom antalet resor har fortsatt att öka och "
            "regionens pris per resa räknades upp i april.",
            C("Färdtjänst och kollektivtrafik", "0,6 mnkr", "-", "volymer", "prisokningar"),
        ),
        H("Ofördelade medel", 3),
        P(
            "Kommunstyrelsens ofördelade medel för oförutsedda behov, 1,5 mnkr, har inte tagits i anspråk under "
            "året.",
            C("Ofördelade medel", "1,5 mnkr", "+", "reserver", note="An unused reserve: a cause, reserver."),
        ),
        H("Näringsliv och turism", 3),
        P(
            "Verksamheten redovisar ett resultat i nivå med budget.",
            BP("Näringsliv och turism"),
        ),
        H("Investeringar", 2),
        P(
            "Kommunstyrelsens investeringar uppgick till 41,3 mnkr mot en budget på 67,0 mnkr. Den största "
            "avvikelsen avser ombyggnaden av avloppsreningsverket i Hult, som försenats av en överprövad "
            "upphandling.",
            C(
                "Investeringar",
                "41,3 mnkr mot en budget på 67,0 mnkr",
                "+",
                "periodisering",
                value=25_700_000,
                note="Investment under-spending of 25,7 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Gång- och cykelvägen längs Mariannelundsvägen och upprustningen av Stadsparken blev 1,2 respektive "
            "0,4 mnkr dyrare än projektbudgeten.",
            C(
                "Gång- och cykelvägen längs Mariannelundsvägen",
                "1,2",
                "-",
                unit="mnkr",
                note="Two projects as a 'respektive' pair, overruns: the first item.",
                also=(
                    C(
                        "Upprustningen av Stadsparken",
                        "0,4 mnkr",
                        "-",
                        note="Two projects as a 'respektive' pair: the second item.",
                    ),
                ),
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Kommunstyrelsen har beslutat att byta resterande gatubelysning till LED under 2026, vilket beräknas "
            "sänka elkostnaderna med 0,5 mnkr per år.",
            A("Gata och park", "0,5 mnkr", "prisokningar"),
        ),
        H("Nettokostnadsutveckling", 2),
        P(
            "Kommunstyrelsens nettokostnader ökade med 4,2 procent jämfört med 2024, vilket främst beror på högre "
            "kostnader för vinterväghållning och färdtjänst.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="eksjo-ks-bokslut-2025.pdf",
        report={
            "municipality": "Eksjö",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Eksjö kommun"},
        style=style,
        blocks=blocks,
    )
