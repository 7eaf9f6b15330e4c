"""Räddningstjänsten Sydost (kommunalförbund), Direktionen, ekonomisk uppföljning per maj 2026.

A fire and rescue kommunalförbund's follow-up in DejaVu Serif Condensed, footer with the direktion's meeting
date in June: the period "1 340 tkr bättre än periodiserad budget" and the full year "ett resultat på −2 100
tkr mot budgeterade 0 tkr" in two sentences, the period surplus's timing reason in a paragraph of its own
(amount null); a kostnadsslag table with en-dash minus; run-in leads that carry the amount
("Personalkostnader –2 400 tkr.") with wildfires, overtime and a wage settlement, vehicles with a repair and
fuel, external revenue, two posts as a "respektive" pair ("400 respektive 200 tkr") with a reason each in the
same sentence, and "Medlemsbidragen följer budget" (boilerplate); investments "Av investeringsbudgeten på 18,5
mnkr beräknas 11,2 mnkr förbrukas" (7,3 never written out); an action with its effect; equity and its
restoration, and a weather risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

LEAD = "The run-in lead carries the area and amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Sydost", "Ekonomisk uppföljning per maj 2026"),
        footer=lambda n, m: ("Direktionens sammanträde 2026-06-12", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "214 600", "214 600", "0"),
            ("Externa intäkter", "18 300", "19 150", "850"),
            ("Personalkostnader", "–168 900", "–171 300", "–2 400"),
            ("Fordon och materiel", "–21 700", "–22 850", "–1 150"),
            ("Lokaler", "–27 400", "–27 000", "400"),
            ("Övriga kostnader", "–14 900", "–14 700", "200"),
            ("Resultat", "0", "–2 100", "–2 100"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=18, font="serif-cond-bold", after=2),
        Title("Räddningstjänsten Sydost", size=12, font="serif-cond", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Förbundets resultat efter maj är 1 940 tkr, vilket är 1 340 tkr bättre än periodiserad budget.",
                C(None, "1 340 tkr", "+", note="The period, in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett resultat på −2 100 tkr mot budgeterade 0 tkr.",
                C(None, "−2 100 tkr", "-", note="A full-year result against a budgeted result of zero."),
            ),
        ),
        P(
            "Periodens överskott beror främst på att utbildningen av nya deltidsbrandmän ligger under hösten, medan "
            "kostnaderna i budgeten är jämnt fördelade över året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: amount null.",
            ),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Personalkostnader –2 400 tkr.",
            "Fler larm än normalt under våren, bland annat två stora skogsbränder i april, har gett höga kostnader "
            "för övertid och för deltidsbrandmännens ersättning vid utryckning. Den centrala löneöversynen blev "
            "dessutom högre än de budgeterade 3,0 procenten.",
            C(
                "Personalkostnader",
                "–2 400 tkr",
                "-",
                "overtid",
                "volymer",
                "lonekostnader",
                "ovrigt",
                note=LEAD + " Wildfires are ovrigt, the wage percentage is not the amount.",
            ),
        ),
        LP(
            "Fordon och materiel –1 150 tkr.",
            "Reparationen av en höjdenhet och högre drivmedelspriser förklarar avvikelsen.",
            C(
                "Fordon och materiel",
                "–1 150 tkr",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                note=LEAD + " Fuel is material_hjalpmedel, a repair ovrigt.",
            ),
        ),
        LP(
            "Externa intäkter +850 tkr.",
            "Intäkterna från tillsyn och från utbildning i brandskydd för medlemskommunernas personal blir högre "
            "än budgeterat.",
            C("Externa intäkter", "+850 tkr", "+", "avgifter_intakter", note=LEAD),
        ),
        LP(
            "Lokaler och övriga kostnader.",
            "Lokaler och övriga kostnader beräknas ge överskott på 400 respektive 200 tkr, eftersom hyran för "
            "stationen i Nybro räknats upp mindre än beräknat och färre resor till kurser har gjorts.",
            C(
                "Lokaler",
                "400",
                "+",
                "lokaler",
                unit="tkr",
                note="A 'respektive' pair with a reason each: two items, the same text.",
                also=(C("Övriga kostnader", "200 tkr", "+", "ovrigt"),),
            ),
        ),
        LP("Medlemsbidrag.", "Medlemsbidragen följer budget.", BP("Medlemsbidrag")),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 18,5 mnkr beräknas 11,2 mnkr förbrukas under året, eftersom leveransen av "
            "den ena av två nya tankbilar har skjutits till 2027.",
            C(
                "Investeringar",
                "18,5 mnkr beräknas 11,2 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=7_300_000,
                note="Under-spending of 7,3 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundsledningen har infört skärpt prövning av övertid och vikariat på heltidsstationerna. Åtgärden "
            "bedöms minska personalkostnaderna med 600 tkr till årets slut.",
            A("Personalkostnader", "600 tkr", "overtid"),
        ),
        H("Eget kapital och risker", 2),
        P(
            "Om prognosen står sig minskar förbundets eget kapital till 9,4 mnkr. Enligt förbundsordningen ska ett "
            "negativt resultat återställas inom tre år.",
            O(None, note="Equity and its restoration: other."),
        ),
        P(
            "Prognosen förutsätter en normal brandsommar. Ett torrt väder med många skogsbränder kan öka kostnaderna "
            "ytterligare.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-sydost-budgetuppfoljning-2026-05.pdf",
        report={
            "municipality": ["Räddningstjänsten Sydost", "Kommunalförbundet Räddningstjänsten Sydost"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-05"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Räddningstjänsten Sydost"},
        style=style,
        blocks=blocks,
    )
