"""Brandkåren Attunda (kommunalförbund), Direktionen, delårsrapport januari–augusti 2025.

A fire and rescue kommunalförbund's interim report with a footer dated at the direktion's October meeting: the
period "4,1 mnkr, vilket är 2,3 mnkr bättre än periodiserad budget" and the full year "ett överskott mot budget
på 0,8 mnkr" in separate paragraphs, the change since April without a cause (forecast change); a result table
per kostnadsslag with U+2212 minus signs; bold run-in kostnadsslag with a colon, each in its own shape:
on-call staff costs "1,4 mnkr lägre än budget" with vacancies and overtime, external revenue "600 tkr lägre
än beräknat" (negative), course sales that "ger ett överskott på 350 tkr", vehicles and fuel that "överskrider
budget med 900 tkr", "Lokalkostnaderna följer budget" (boilerplate), a reason-only surplus (the row's "250")
and the finance net "300 tkr bättre än budget"; investments "24,0 mnkr beräknas 11,5 mnkr förbrukas" (12,5
never written out); an action, the members' contributions and equity (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

RUN_IN = "Bold run-in kostnadsslag."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Brandkåren Attunda", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionens sammanträde 2025-10-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, helårsprognos (tkr)",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "188 400", "188 400", "0"),
            ("Externa intäkter", "14 200", "13 600", "\u2212600"),
            ("Utbildningsintäkter", "3 900", "4 250", "350"),
            ("Personalkostnader", "\u2212142 600", "\u2212141 200", "1 400"),
            ("Lokalkostnader", "\u221228 300", "\u221228 300", "0"),
            ("Fordon och material", "\u221219 800", "\u221220 700", "\u2212900"),
            ("Övriga kostnader", "\u221211 900", "\u221211 650", "250"),
            ("Finansiella poster", "\u22123 900", "\u22123 600", "300"),
            ("Resultat", "0", "800", "800"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=3),
        Title("Brandkåren Attunda", size=12, font="cond", after=12),
        H("Förbundschefen har ordet", 2),
        P(
            "Sommaren präglades av flera större skogsbränder i regionen, där förbundet bistod med personal och "
            "fordon. Den nya övningsanläggningen har tagits i bruk."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden januari–augusti uppgår till 4,1 mnkr, vilket är 2,3 mnkr bättre än "
            "periodiserad budget.",
            C(None, "2,3 mnkr", "+", note="The period; the result level is not the amount."),
        ),
        P(
            "För helåret prognostiseras ett överskott mot budget på 0,8 mnkr.",
            C(None, "0,8 mnkr", "+", note="The full year."),
        ),
        P(
            "Jämfört med prognosen i april har helårsprognosen förbättrats med 0,5 mnkr.",
            F(None, "0,5 mnkr", "+", note="Change since April, no reason: no tags."),
        ),
        table,
        H("Kommentarer till prognosen", 3),
        LP(
            "Personalkostnader:",
            "Kostnaderna för räddningspersonal i beredskap blir 1,4 mnkr lägre än budget då flera "
            "deltidsbrandmän har slutat och rekryteringen av nya tar tid. Samtidigt har övertiden vid "
            "heltidsstationerna ökat, vilket minskar överskottet.",
            C("Personalkostnader", "1,4 mnkr", "+", "vakanser", "overtid", note=RUN_IN),
        ),
        LP(
            "Externa intäkter:",
            "Intäkterna från automatlarm och tillsyn blir 600 tkr lägre än beräknat, eftersom antalet debiterade "
            "onödiga automatlarm har minskat.",
            C(
                "Externa intäkter",
                "600 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note=RUN_IN + " Revenue under budget: negative.",
            ),
        ),
        LP(
            "Utbildningsintäkter:",
            "Förbundet har sålt fler kurser i brandskydd till medlemskommunernas personal än planerat, vilket ger "
            "ett överskott på 350 tkr.",
            C("Utbildningsintäkter", "350 tkr", "+", "avgifter_intakter", "volymer", note=RUN_IN),
        ),
        LP(
            "Fordon och material:",
            "Reparationer av två höjdfordon samt högre drivmedelspriser gör att kostnaderna överskrider budget "
            "med 900 tkr.",
            C(
                "Fordon och material",
                "900 tkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note=RUN_IN + " Vehicle repairs are material_hjalpmedel; fuel prices prisokningar.",
            ),
        ),
        LP("Lokalkostnader:", "Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        LP(
            "Övriga kostnader:",
            "Licenskostnaderna för det nya ledningsstödsystemet blev lägre än budgeterat.",
            C(
                "Övriga kostnader",
                "250",
                "+",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note=RUN_IN + " Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Finansiella poster:",
            "Finansnettot blir 300 tkr bättre än budget tack vare högre ränta på likvida medel.",
            C("Finansiella poster", "300 tkr", "+", note=RUN_IN + " Finance item: no tag."),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 24,0 mnkr beräknas 11,5 mnkr förbrukas. Leveransen av två nya "
            "släckbilar har försenats till 2026.",
            C(
                "Investeringar",
                "24,0 mnkr beräknas 11,5 mnkr",
                "+",
                "periodisering",
                value=12_500_000,
                note="Investment under-spending of 12,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att genomföra en extra rekryteringskampanj för deltidsbrandmän under hösten.",
            A("Personalkostnader", None, "vakanser"),
        ),
        H("Finansiering och eget kapital", 2),
        P(
            "Medlemskommunernas bidrag uppgår till 188,4 mnkr för 2025 och fördelas efter antalet invånare.",
            O(None, note="The members' contributions: other."),
        ),
        P(
            "Förbundets eget kapital uppgick per den 31 augusti till 22,7 mnkr.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="brandkaren-attunda-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Brandkåren Attunda", "Kommunalförbundet Brandkåren Attunda"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Brandkåren Attunda"},
        style=style,
        blocks=blocks,
    )
