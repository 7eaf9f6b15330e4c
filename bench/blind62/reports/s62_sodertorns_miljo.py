"""Södertörns miljö- och hälsoskyddsförbund, Förbundsdirektionen, tertialrapport januari–april 2026.

An environmental-health kommunalförbund's tertial report with a footer carrying the direktion's meeting in
May: the period's result level and "690 tkr sämre än periodens budget", the full year "ett överskott mot budget
på 150 tkr" and the period's timing reason (amount null) as three paragraphs; a table in tkr with U+2212 minus
signs, costs as negative figures and a surplus row; bold run-in posts ending in a full stop: two fee types in
one sentence ("450 tkr lägre än budgeterat, medan … överstiga budget med 700 tkr"), vacancies with a wage
percentage (not the amount), a reason-only rent post (the row's "−300"), a system change "600 tkr mer än
planerat", members' fees "enligt budget" (boilerplate); equity and a goal not met "vilket beror på vakanser"
(others) and an action without effect. DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Södertörns miljö- och hälsoskyddsförbund", "Tertialrapport januari–april 2026"),
        footer=lambda n, m: ("Förbundsdirektionen 2026-05-28", "", str(n)),
        header_size=7.5,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("Post", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Tillsynsavgifter livsmedel", "9 800", "9 350", "\u2212450"),
            ("Tillsynsavgifter miljö och hälsa", "11 200", "11 900", "700"),
            ("Medlemsavgifter", "18 600", "18 600", "0"),
            ("Personalkostnader", "\u221233 900", "\u221233 100", "800"),
            ("Lokalkostnader", "\u22123 100", "\u22123 400", "\u2212300"),
            ("IT och system", "\u22121 900", "\u22122 500", "\u2212600"),
            ("Resultat", "700", "850", "150"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Södertörns miljö- och hälsoskyddsförbund", size=12, font="serif-cond", after=12),
        H("Ekonomi", 2),
        P(
            "Förbundets resultat för januari–april uppgår till \u2212410 tkr, vilket är 690 tkr sämre än periodens "
            "budget.",
            C(None, "690 tkr", "-", note="The period; the result level is not the amount."),
        ),
        P("Prognosen för helåret är ett överskott mot budget på 150 tkr.", C(None, "150 tkr", "+")),
        P(
            "Att perioden visar ett sämre resultat än helåret beror på att faktureringen av de årliga "
            "tillsynsavgifterna sker i maj och juni.",
            C(
                None,
                None,
                "-",
                "periodisering",
                "avgifter_intakter",
                note="The period deficit's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Kommentarer", 3),
        LP(
            "Avgifter.",
            "Intäkterna från livsmedelskontroll blir 450 tkr lägre än budgeterat eftersom färre nya restauranger har "
            "registrerats, medan avgifterna inom miljö- och hälsoskydd beräknas överstiga budget med 700 tkr till "
            "följd av fler ärenden om enskilda avlopp.",
            C(
                "Tillsynsavgifter livsmedel",
                "450 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="One sentence, two fee types: two items.",
                also=(C("Tillsynsavgifter miljö och hälsa", "700 tkr", "+", "avgifter_intakter", "volymer"),),
            ),
        ),
        LP(
            "Personal.",
            "Två vakanta inspektörstjänster under våren ger ett överskott på 800 tkr. Lönerevisionen blev 3,1 "
            "procent, i nivå med budget.",
            C("Personalkostnader", "800 tkr", "+", "vakanser", note="The wage percentage is not the amount."),
        ),
        LP(
            "Lokaler.",
            "Flytten av kontoret har medfört dubbla hyror under två månader.",
            C(
                "Lokalkostnader",
                "\u2212300",
                "-",
                "lokaler",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "IT och system.",
            "Bytet av ärendehanteringssystem kostar 600 tkr mer än planerat, bland annat för konvertering av äldre "
            "ärenden.",
            C("IT och system", "600 tkr", "-", "it_digitalisering"),
        ),
        LP(
            "Medlemsavgifter.",
            "Medlemskommunernas bidrag betalas ut enligt budget.",
            BP("Medlemsavgifter"),
        ),
        P(
            "Jämfört med budgetprognosen i februari är helårsprognosen oförändrad.",
            BF(None),
        ),
        H("Eget kapital och måluppfyllelse", 2),
        P("Förbundets eget kapital uppgick vid årsskiftet till 3,2 mnkr.", O(None, "reserver")),
        P(
            "Målet om att genomföra 95 procent av den planerade livsmedelskontrollen bedöms inte nås, vilket beror "
            "på vakanser under våren.",
            O(None, "vakanser", note="Goal fulfilment with 'beror på': other."),
        ),
        P(
            "Direktionen har beslutat att anlita en extern konsult för att genomföra eftersatta kontroller under "
            "hösten.",
            A(None, None, "inhyrd_personal"),
        ),
    ]
    return ReportSpec(
        file="sodertorns-miljo-och-halsoskyddsforbund-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Södertörns miljö- och hälsoskyddsförbund",
                "Kommunalförbundet Södertörns miljö- och hälsoskyddsförbund",
                "SMOHF",
            ],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026",
            "author": "Södertörns miljö- och hälsoskyddsförbund",
        },
        style=style,
        blocks=blocks,
    )
