"""Stockholms stad, Hässelby-Vällingby stadsdelsnämnd, tertialrapport 1 2026.

A stadsdelsnämnd's first tertial report in Liberation Sans 9.5 pt, footer with the nämnd's meeting date in May:
the full year "underskott på 9,8 mnkr, motsvarande 0,5 procent" with the areas named but no reasons, the
period "4,2 mnkr mot periodiserad budget" in a paragraph of its own, then kostnadsslag in two sentences
("överstiga budget med 4,6 mnkr, medan intäkterna blir 1,8 mnkr högre", two items, and "Köp av
huvudverksamhet överskrider budget med 7,0 mnkr"); a comment table per verksamhet with en-dash minus signs
("–7,3") whose comments give reasons only (the row's cell), one row with no comment; ekonomiskt bistånd
budgeted apart "2,2 mnkr lägre än budget"; the change since February with its cause; two actions as bullets
under a heading; investments "förbrukas fullt ut" (boilerplate); a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the result table: reasons only, the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Stockholms stad", "Hässelby-Vällingby stadsdelsförvaltning"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Stadsdelsnämnden 2026-05-21", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskoleverksamhet", "412,6", "409,1", "3,5"),
                "Färre inskrivna barn än budgeterat under våren, främst i Vällingby.",
                C("Förskoleverksamhet", "3,5", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Äldreomsorg", "586,2", "592,6", "–6,4"),
                "Ökade kostnader för köpt hemtjänst och fler beviljade timmar. Vakanser har delvis täckts med "
                "personal från bemanningsföretag.",
                C(
                    "Äldreomsorg",
                    "–6,4",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "vakanser",
                    "inhyrd_personal",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Individ- och familjeomsorg", "231,4", "238,7", "–7,3"),
                "Placeringar av ungdomar på HVB och i familjehem kostar mer än budgeterat.",
                C(
                    "Individ- och familjeomsorg",
                    "–7,3",
                    "-",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Funktionsnedsättning", "198,9", "197,9", "1,0"),
                "Lägre kostnader för boende enligt LSS då två nya gruppbostäder öppnar först i höst.",
                C(
                    "Funktionsnedsättning",
                    "1,0",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    table=True,
                    note=ROW + " A delayed opening is periodisering.",
                ),
            ),
            (
                ("Stadsmiljö", "38,4", "38,9", "–0,5"),
                "Vinterns snöröjning blev dyrare än budgeterat.",
                C(
                    "Stadsmiljö",
                    "–0,5",
                    "-",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Snow is ovrigt.",
                ),
            ),
            (("Administration", "61,9", "62,0", "–0,1"), "", None),
            (("Summa", "1 529,4", "1 539,2", "–9,8"), "", None),
        ),
        widths=(118.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Hässelby-Vällingby stadsdelsnämnd", size=12.5, font="arial", after=12),
        H("Sammanfattning", 1),
        P(
            "Stadsdelsnämnden prognostiserar för 2026 ett underskott på 9,8 mnkr, motsvarande 0,5 procent av "
            "budgeten. Underskottet finns framför allt inom äldreomsorgen och individ- och familjeomsorgen, medan "
            "förskoleverksamheten visar ett överskott.",
            C(None, "9,8 mnkr", "-", note="The full year with the areas named, no reasons: no tags."),
        ),
        P(
            "Utfallet per april visar ett underskott på 4,2 mnkr mot periodiserad budget.",
            C(None, "4,2 mnkr", "-", note="The period in a paragraph of its own: its own item."),
        ),
        H("Ekonomisk uppföljning", 1),
        H("Kostnader och intäkter", 2),
        PS(
            (
                "Personalkostnaderna beräknas överstiga budget med 4,6 mnkr, medan intäkterna blir 1,8 mnkr högre "
                "än budgeterat, bland annat genom ersättning från Migrationsverket.",
                C(
                    "Personalkostnader",
                    "4,6 mnkr",
                    "-",
                    note="Two kostnadsslag in one sentence: two items, the reason belongs to the revenue.",
                    also=(C("Intäkter", "1,8 mnkr", "+", "statsbidrag"),),
                ),
            ),
            (
                "Köp av huvudverksamhet överskrider budget med 7,0 mnkr till följd av fler köpta platser inom HVB och "
                "hemtjänst hos externa utförare.",
                C("Köp av huvudverksamhet", "7,0 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        H("Prognos per verksamhet", 2),
        table,
        H("Ekonomiskt bistånd", 2),
        P(
            "Kostnaderna för ekonomiskt bistånd beräknas bli 2,2 mnkr lägre än budget, eftersom fler hushåll har gått "
            "vidare till arbete eller studier. Ekonomiskt bistånd budgeteras separat och ingår inte i tabellen ovan.",
            C("Ekonomiskt bistånd", "2,2 mnkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 3,1 mnkr. Förändringen hänförs till individ- och "
            "familjeomsorgen där två nya placeringar har tillkommit i mars.",
            F("Individ- och familjeomsorg", "3,1 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            items=(
                "Översyn av hemtjänstens planering med målet att minska kostnaderna med 1,5 mnkr under året.",
                "Fler placeringar ersätts med insatser i egen regi inom öppenvården.",
            ),
            labels=(
                A("Äldreomsorg", "1,5 mnkr", "bemanning"),
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 6,0 mnkr för inventarier i nya förskolor beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame is used: boilerplate."),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för bemanningssjuksköterskor på vård- och omsorgsboendena ökar under "
            "sommaren.",
            O("Äldreomsorg", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-hvsdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Hässelby-Vällingby stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Hässelby-Vällingby stadsdelsnämnd",
            "author": "Stockholms stad",
        },
        style=style,
        blocks=blocks,
    )
