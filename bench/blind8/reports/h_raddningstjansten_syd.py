"""Räddningstjänsten Syd (kommunalförbund), Direktionen, årsredovisning 2025.

A fire and rescue kommunalförbund's annual report (period = the year), named in the header, the title and
the metadata, with a footer carrying the direktion's meeting date in March 2026: the year's events (not
labelled); the result against the budgeted result and "Det positiva utfallet jämfört med budget, 4,8 mnkr,
förklaras till största delen av" two causes (one item); a reading note saying that negative amounts are
costs or deficits and a kostnadsslag table in tkr whose minus signs are set apart from the number ("- 2
240"), with last year's outcome; bold run-in kostnadsslag with a colon: fees and sales with their amount
in tkr, personnel costs with reasons and no amount (the table row's "- 2 240"; overtime at two large
fires), pensions in mnkr (no tag), premises with no amount (the table row's "- 1 110"), other costs and
depreciation in one run-in paragraph with a contrast and no amounts that runs over the page break (two
items, the table rows' "- 800" and "1 010"), and the finance net; investments "21,4 mnkr mot en budget på
34,0 mnkr" (the 12,6 mnkr is never written out); the balanskrav, equity and a reserve (other), a
response-time goal not met with "beror på", call-outs against last year and sick leave with "beror på"
(three others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, C, O

ROW = "No amount in the prose: the table row's (tkr, the minus sign set apart from the number)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Syd", "Årsredovisning 2025"),
        footer=lambda n, m: ("Direktionen 2026-03-19", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Medlemsbidrag", "412 600", "412 600", "0", "398 900"),
            ("Avgifter och försäljning", "38 200", "43 950", "5 750", "37 100"),
            ("Personalkostnader", "- 318 400", "- 320 640", "- 2 240", "- 305 200"),
            ("Pensionskostnader", "- 21 300", "- 18 110", "3 190", "- 20 400"),
            ("Lokalkostnader", "- 46 800", "- 47 910", "- 1 110", "- 45 300"),
            ("Övriga kostnader", "- 48 900", "- 49 700", "- 800", "- 47 200"),
            ("Avskrivningar", "- 12 400", "- 11 390", "1 010", "- 11 900"),
            ("Finansnetto", "- 1 000", "- 2 000", "- 1 000", "- 900"),
            ("Årets resultat", "2 000", "6 800", "4 800", "3 100"),
        ),
        widths=(150.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=21, font="cond-bold", after=4),
        Title("Räddningstjänsten Syd", size=13, font="cond", after=14),
        H("Förvaltningsberättelse", 1),
        H("Året som gått", 2),
        P(
            "Räddningstjänsten Syd är ett kommunalförbund som svarar för räddningstjänst och förebyggande arbete "
            "mot brand i medlemskommunerna. Under 2025 togs den nya brandstationen i Dalby i drift, och förbundet "
            "genomförde sin största övning hittills tillsammans med polisen och ambulanssjukvården. I juli ryckte "
            "förbundet ut till två omfattande bränder i Malmö hamn. Vid årets slut hade förbundet elva stationer i drift "
            "och drygt 600 medarbetare, av vilka många är brandmän i beredskap."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundet redovisar ett resultat på 6,8 mnkr för 2025, jämfört med ett budgeterat resultat på 2,0 mnkr. "
            "Det positiva utfallet jämfört med budget, 4,8 mnkr, förklaras till största delen av högre intäkter från "
            "automatlarm och utbildningsuppdrag samt av lägre pensionskostnader.",
            C(
                None,
                "4,8 mnkr",
                "+",
                "avgifter_intakter",
                note="'Det positiva utfallet jämfört med budget' instead of 'överskott'; pensions get no tag.",
            ),
        ),
        P("Belopp i tkr. Negativa belopp avser kostnader respektive sämre utfall än budget.", size=9.0),
        table,
        H("Kommentarer till resultaträkningen", 2),
        LP(
            "Avgifter och försäljning:",
            "Intäkterna blev 5 750 tkr högre än budget. Fler onödiga automatlarm har debiterats, och efterfrågan på "
            "utbildning i brandskydd och hjärt-lungräddning från företag och från medlemskommunernas förvaltningar "
            "var större än beräknat.",
            C("Avgifter och försäljning", "5 750 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader:",
            "Kostnaderna överstiger budgeten, främst till följd av övertid vid de två stora bränderna i Malmö hamn i "
            "juli och av att lönerevisionen för brandmän blev högre än vad som budgeterades.",
            C(
                "Personalkostnader",
                "- 2 240",
                "-",
                "overtid",
                "lonekostnader",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " The fires (an event) are ovrigt.",
            ),
        ),
        LP(
            "Pensionskostnader:",
            "Pensionskostnaderna blev 3,2 mnkr lägre än budgeterat, eftersom färre brandmän än beräknat har gått i "
            "särskild avtalspension.",
            C("Pensionskostnader", "3,2 mnkr", "+", note="Pensions: no cause tag (as for tax and interest)."),
        ),
        LP(
            "Lokalkostnader:",
            "Hyran för den nya stationen i Dalby började betalas i mars, två månader tidigare än budgeterat.",
            C("Lokalkostnader", "- 1 110", "-", "lokaler", "periodisering", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Övriga kostnader och avskrivningar:",
            "Drivmedel och reservdelar till fordonsflottan kostade mer än planerat, medan avskrivningarna blev lägre "
            "eftersom två höjdfordon levererades först i december.",
            C(
                "Övriga kostnader",
                "- 800",
                "-",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Two kostnadsslag in one run-in paragraph with a contrast and no amounts: two items, the table "
                "rows' amounts.",
                also=(
                    C(
                        "Avskrivningar",
                        "1 010",
                        "+",
                        "periodisering",
                        "material_hjalpmedel",
                        unit="tkr",
                        table=True,
                    ),
                ),
            ),
        ),
        LP(
            "Finansnetto:",
            "Finansnettot blev 1,0 mnkr sämre än budget på grund av högre räntor på förbundets lån.",
            C("Finansnetto", "1,0 mnkr", "-", note="Interest: no cause tag."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 21,4 mnkr mot en budget på 34,0 mnkr. Två höjdfordon och en ny "
            "ledningsbil levererades senare än planerat, och bygget av den nya övningsanläggningen i Bulltofta har "
            "ännu inte startat.",
            C(
                "Investeringar",
                "21,4 mnkr mot en budget på 34,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=12_600_000,
                note="Investments under budget by 12,6 mnkr (not written out): late vehicles and a project not "
                "started.",
            ),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Balanskravsresultatet uppgår till 6,8 mnkr. Efter årets resultat är förbundets egna kapital 58,3 mnkr, "
            "och direktionen föreslår att 3,0 mnkr reserveras i en resultatutjämningsreserv.",
            O(None, "reserver", note="Balanskrav, equity and a reserve."),
        ),
        H("Verksamhetens mål", 2),
        P(
            "Målet att första resurs ska vara på plats inom tio minuter vid 90 procent av larmen i tätort uppnåddes "
            "inte; utfallet blev 86 procent, vilket beror på omfattande vägarbeten i centrala Lund under större delen "
            "av året.",
            O(None, note="A goal not met, with 'beror på' and no money: other."),
        ),
        P(
            "Antalet räddningsuppdrag var 6 412, vilket är 5 procent fler än 2024.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 4,1 procent, lägre än 2024. Minskningen beror främst på färre arbetsskador "
            "vid övningar.",
            O(None, "sjukfranvaro", note="A staff statistic with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-syd-arsredovisning-2025.pdf",
        report={
            "municipality": ["Räddningstjänsten Syd", "Kommunalförbundet Räddningstjänsten Syd"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025 Räddningstjänsten Syd", "author": "Räddningstjänsten Syd"},
        style=style,
        blocks=blocks,
    )
