"""VA SYD (kommunalförbund), Förbundsstyrelsen, delårsrapport januari–april 2026.

A water, sewage and waste kommunalförbund's interim report in mnkr, DejaVu Sans Condensed 9.5 pt with en-dash
minus signs, footer with the förbundsstyrelse's meeting date in May: the period "9,8 mnkr högre än det
periodiserade budgeterade resultatet" and the full year "6,0 mnkr lägre än budgeterat" (a result below
budget: negative) in two sentences, the period surplus's timing reason in a paragraph of its own (amount
null); a kostnadsslag table; bold run-in kostnadsslag, the first lead carrying the amount ("Energi och
kemikalier –13,4 mnkr."), fees "6,2 mnkr lägre än budget" after a reason, a reason-only connection-fee
surplus (the row's "8,5"), two kostnadsslag under one lead as a "respektive" pair ("4,3 respektive 4,0
mnkr", interest with no tag), and an overrun "den negativa avvikelsen om 3,2 mnkr" after "i stort sett på
budgeterad nivå"; investments "Avvikelsen, 135 mnkr," after two levels; a fixed-price electricity action with
its effect, the settlement against the members' VA collectives and a price risk (others). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("VA SYD", "Delårsrapport januari–april 2026"),
        footer=lambda n, m: ("Förbundsstyrelsen 2026-05-29", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, mnkr",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Brukningsavgifter", "412,0", "134,6", "405,8", "–6,2"),
            ("Anläggningsavgifter", "38,0", "17,9", "46,5", "8,5"),
            ("Personalkostnader", "–188,4", "–59,2", "–184,1", "4,3"),
            ("Energi och kemikalier", "–96,2", "–38,1", "–109,6", "–13,4"),
            ("Entreprenader och underhåll", "–142,5", "–32,0", "–145,7", "–3,2"),
            ("Kapitalkostnader", "–12,4", "–1,9", "–8,4", "4,0"),
            ("Resultat", "10,5", "21,3", "4,5", "–6,0"),
        ),
        widths=(150.0, 70.0, 76.0, 70.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–april 2026", size=19, font="sans-bold", after=2),
        Title("VA SYD – kommunalförbund för vatten, avlopp och avfall", size=11.5, font="cond", after=14),
        H("Förbundets uppdrag", 2),
        P(
            "VA SYD ansvarar för dricksvatten, avloppsrening och avfallshantering åt sina medlemskommuner. "
            "Verksamheten finansieras helt genom taxor och avgifter."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundets resultat för perioden uppgår till 21,3 mnkr, vilket är 9,8 mnkr högre än det "
                "periodiserade budgeterade resultatet.",
                C(None, "9,8 mnkr", "+", note="The period against the periodised budgeted result."),
            ),
            (
                "Helårsprognosen är ett resultat på 4,5 mnkr, 6,0 mnkr lägre än budgeterat.",
                C(None, "6,0 mnkr", "-", note="A result below the budgeted result: negative."),
            ),
        ),
        P(
            "Periodens överskott beror till stor del på att underhållsarbeten på ledningsnätet och vid "
            "reningsverken är planerade till sommaren och hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Avvikelser per kostnadsslag", 2),
        LP(
            "Energi och kemikalier –13,4 mnkr.",
            "Elpriset har under vintern legat långt över budgeterad nivå, och priset på fällningskemikalier vid "
            "reningsverken har stigit efter att leverantören infört en ny prislista.",
            C(
                "Energi och kemikalier",
                "–13,4 mnkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note="The run-in lead carries the amount; treatment chemicals are material_hjalpmedel.",
            ),
        ),
        LP(
            "Brukningsavgifter.",
            "Hushållens vattenförbrukning fortsätter att minska, och intäkterna beräknas därför bli 6,2 mnkr lägre "
            "än budget.",
            C("Brukningsavgifter", "6,2 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Anläggningsavgifter.",
            "Fler nya fastigheter än beräknat ansluts till det allmänna nätet i nya bostadsområden.",
            C(
                "Anläggningsavgifter",
                "8,5",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Personalkostnader och kapitalkostnader.",
            "Vakanser inom IT och projektledning samt lägre räntor än budgeterat ger överskott på 4,3 respektive "
            "4,0 mnkr.",
            C(
                "Personalkostnader",
                "4,3",
                "+",
                "vakanser",
                unit="mnkr",
                note="Two kostnadsslag under one lead as a 'respektive' pair: two items.",
                also=(
                    C("Kapitalkostnader", "4,0 mnkr", "+", note="Interest: a finance item, no cause tag."),
                ),
            ),
        ),
        LP(
            "Entreprenader och underhåll.",
            "Posten ligger i stort sett på budgeterad nivå; den negativa avvikelsen om 3,2 mnkr avser en oplanerad "
            "reparation av en huvudvattenledning i februari.",
            C(
                "Entreprenader och underhåll",
                "3,2 mnkr",
                "-",
                "ovrigt",
                note="'I stort sett på budgeterad nivå' followed by the deviation: a cause, not boilerplate; a "
                "burst main is ovrigt.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för perioden är 142 mnkr. För helåret prognostiseras 610 mnkr mot en budget på "
            "745 mnkr. Avvikelsen, 135 mnkr, beror på att tillståndsprövningen för utbyggnaden av ett av "
            "reningsverken har dragit ut på tiden.",
            C(
                "Investeringar",
                "135 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after two levels.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundet har tecknat fastprisavtal för el för andra halvåret, vilket bedöms minska kostnaderna med 3 "
            "mnkr jämfört med nuvarande prognos.",
            A("Energi och kemikalier", "3 mnkr", "prisokningar"),
        ),
        H("Reglering mot medlemmarna och risker", 2),
        P(
            "Årets resultat regleras mot medlemskommunernas VA-kollektiv och avfallskollektiv i bokslutet, så att "
            "varje kollektiv bär sina egna kostnader.",
            O(None, note="The settlement against the members' collectives: a financing statement."),
        ),
        P(
            "Elpriset under hösten är osäkert. Varje förändring med ett öre per kilowattimme motsvarar cirka 0,4 "
            "mnkr för helåret.",
            O("Energi och kemikalier", "prisokningar", note="A risk with a sensitivity figure."),
        ),
    ]
    return ReportSpec(
        file="va-syd-delarsrapport-2026-04.pdf",
        report={
            "municipality": ["VA SYD", "Kommunalförbundet VA SYD", "VA Syd"],
            "committee": ["Förbundsstyrelsen", "Styrelsen"],
            "period": ["2026-04"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–april 2026", "author": "VA SYD"},
        style=style,
        blocks=blocks,
    )
