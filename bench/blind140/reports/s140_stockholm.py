"""Stockholms stad, Stadsbyggnadsnämnden, tertialrapport 1 2026.

A planning and building committee's first tertial report in mnkr, footer with the city's name, a dnr and the
page: the full year "ett nettoutfall som är 9,4 mnkr högre än budget" (a higher net cost, negative) with a
percentage and its reasons in the same paragraph, then two kostnadsslag in one sentence ("personalkostnaderna
bli 2,1 mnkr lägre än budget … medan intäkterna blir 11,5 mnkr lägre", two items); a net table with "+" and hyphen-minus; plain headings with
varied shapes ("Intäkterna från planavtal väntas bli 7,8 mnkr lägre än budget", a possessive "Bygglovs-
enhetens underskott, 3,9 mnkr, förklaras av"), two areas as a "respektive" pair with a reason each ("1,1
respektive 0,8 mnkr … tack vare … respektive"), "bedöms bedrivas inom budget" (boilerplate) and a reason-only
surplus (the row's "+0,4"); an investment overrun "12,0 mnkr, vilket är 2,5 mnkr mer än budgeterat" (the
level is not the amount); an action with its effect, a statement on budget adjustment and permit numbers
against 2025 (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Stadsbyggnadsnämnden", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Stockholms stad", "Dnr SBN 2026-04512", f"Sida {n} (av {m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, netto, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Detaljplanering", "96,0", "103,8", "-7,8"),
            ("Bygglov", "18,5", "22,4", "-3,9"),
            ("Lantmäteri", "4,2", "3,1", "+1,1"),
            ("Geodata och kartor", "31,0", "30,2", "+0,8"),
            ("Stadsutveckling och arkitektur", "58,7", "58,7", "0,0"),
            ("Nämnd och administration", "60,3", "59,9", "+0,4"),
            ("Summa", "268,7", "278,1", "-9,4"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Stadsbyggnadsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 1),
        P(
            "Stadsbyggnadsnämnden prognostiserar för 2026 ett nettoutfall som är 9,4 mnkr högre än budget, vilket "
            "motsvarar 3,5 procent av budgeten. Budgetavvikelsen beror i huvudsak på lägre intäkter från "
            "planavgifter och bygglov när bostadsbyggandet i staden fortsätter att minska.",
            C(
                None,
                "9,4 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="A net cost higher than budget: negative.",
            ),
        ),
        P(
            "Sett till kostnadsslag väntas personalkostnaderna bli 2,1 mnkr lägre än budget till följd av vakanser, "
            "medan intäkterna blir 11,5 mnkr lägre än budgeterat.",
            C(
                "Personalkostnader",
                "2,1 mnkr",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence ('medan'): two items, so the deficit is explained twice.",
                also=(C("Intäkter", "11,5 mnkr", "-"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        H("Detaljplanering", 3),
        P(
            "Intäkterna från planavtal väntas bli 7,8 mnkr lägre än budget. Flera byggaktörer har pausat eller "
            "avbrutit planuppdrag i de södra stadsdelarna, och kostnaderna för handläggarna kan inte anpassas i samma "
            "takt.",
            C("Detaljplanering", "7,8 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        H("Bygglov", 3),
        P(
            "Bygglovsenhetens underskott, 3,9 mnkr, förklaras av att antalet ansökningar om bygglov för "
            "flerbostadshus har minskat med en fjärdedel jämfört med budgetens antagande.",
            C("Bygglov", "3,9 mnkr", "-", "volymer", "avgifter_intakter"),
        ),
        H("Lantmäteri samt geodata och kartor", 3),
        P(
            "Lantmäteriet och geodataverksamheten redovisar överskott på 1,1 respektive 0,8 mnkr, tack vare vakanta "
            "tjänster respektive ökad försäljning av digitala kartunderlag.",
            C(
                "Lantmäteri",
                "1,1",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with a reason each: two items.",
                also=(C("Geodata och kartor", "0,8 mnkr", "+", "avgifter_intakter"),),
            ),
        ),
        H("Stadsutveckling och arkitektur", 3),
        P("Verksamheten bedöms bedrivas inom budget.", BP("Stadsutveckling och arkitektur")),
        H("Nämnd och administration", 3),
        P(
            "Lägre kostnader för lokaler, sedan förvaltningen lämnat en våning i kontorshuset, ger ett litet "
            "överskott.",
            C(
                "Nämnd och administration",
                "+0,4",
                "+",
                "lokaler",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's amount.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investering i ett nytt e-tjänstesystem för bygglov beräknas till 12,0 mnkr, vilket är 2,5 mnkr "
            "mer än budgeterat, främst för att införandet kräver mer konsultstöd än planerat.",
            C(
                "Investeringar",
                "2,5 mnkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                note="An investment overrun: negative. The level 12,0 mnkr is not the amount.",
            ),
        ),
        H("Åtgärder för en budget i balans", 2),
        P(
            "Förvaltningen har infört restriktivitet vid återbesättning av tjänster inom detaljplanering och bygglov. "
            "Åtgärden beräknas minska personalkostnaderna med 3,0 mnkr under året.",
            A(None, "3,0 mnkr", "vakanser"),
        ),
        P(
            "Nämnden begär inte budgetjustering i tertialrapport 1 men avser att återkomma i tertialrapport 2 om "
            "intäktsbortfallet består.",
            O(None, note="A financing statement: other."),
        ),
        H("Volymer", 2),
        P(
            "Antalet beviljade bygglov för nya bostäder under januari–april var 1 140, jämfört med 1 610 under samma "
            "period 2025.",
            O("Bygglov", "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-sbn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Stadsbyggnadsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
