"""Storstockholms brandförsvar (kommunalförbund), Direktionen, tertialrapport 2 2025 (januari–augusti).

A fire and rescue kommunalförbund's tertial report in mnkr set in DejaVu Sans 9.5 pt, footer with the
direktion's meeting date in September and a diarienummer: one sentence with the period "6,8 mnkr bättre än
periodiserad budget" and the full year "ett resultat som är 4,5 mnkr lägre än budget" (the full year's is the
amount), the change since the first tertial report (a forecast change); a result table with U+2212 signs and
the first and second tertial forecasts side by side, whose note says "+" is better than budget; bold run-in
kostnadsslag whose lead carries the amount and the previous tertial's deviation in brackets ("Personalkostnader
−9,6 mnkr (−7,1).") or the amount alone, "i nivå med budget" where the row says +0,8 and "följer budget"
(boilerplate), and interest costs "1,0 mnkr högre än budgeterat" (no tag); investments "Avvikelsen på 24,5 mnkr
beror på"; an action with its effect, equity and call-outs against last year with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

LEAD = "The bold run-in lead carries the amount"


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Storstockholms brandförsvar", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-25", "Dnr 2025/0412", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, mnkr (avvikelse: + bättre, − sämre än budget)",
        header=(("", "Budget 2025", "Prognos T1", "Prognos T2", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "742,0", "742,0", "742,0", "0,0"),
            ("Avgifter och övriga intäkter", "96,5", "99,5", "101,3", "+4,8"),
            ("Personalkostnader", "−618,4", "−625,5", "−628,0", "−9,6"),
            ("Lokalkostnader", "−71,2", "−72,4", "−72,9", "−1,7"),
            ("Fordon och materiel", "−58,3", "−57,1", "−56,1", "+2,2"),
            ("Övriga kostnader", "−64,9", "−62,3", "−64,1", "+0,8"),
            ("Finansiella kostnader", "−20,7", "−21,4", "−21,7", "−1,0"),
            ("Resultat", "5,0", "2,8", "0,5", "−4,5"),
        ),
        widths=(150.0, 72.0, 70.0, 70.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 – januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Storstockholms brandförsvar", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Förbundet ansvarar för räddningstjänst och förebyggande arbete i tio medlemskommuner. Sommaren "
            "präglades av en långvarig torka med högsta brandriskprognos under nästan fyra veckor."
        ),
        P(
            "Förbundets resultat för januari–augusti uppgår till 14,2 mnkr, vilket är 6,8 mnkr bättre än "
            "periodiserad budget, medan helårsprognosen pekar på ett resultat som är 4,5 mnkr lägre än budget.",
            C(
                None,
                "4,5 mnkr",
                "-",
                note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapport 1 har helårsresultatet försämrats med 2,3 mnkr, i huvudsak på "
            "grund av personalkostnaderna.",
            F(None, "2,3 mnkr", "-"),
        ),
        H("Ekonomisk uppföljning", 2),
        table,
        LP(
            "Avgifter och övriga intäkter +4,8 mnkr (+3,0).",
            "Intäkterna från tillsyn, automatlarm och utbildning av medlemskommunernas personal har ökat mer än "
            "beräknat.",
            C(
                "Avgifter och övriga intäkter",
                "+4,8 mnkr",
                "+",
                "avgifter_intakter",
                note=LEAD + "; the bracket is the previous tertial's deviation.",
            ),
        ),
        LP(
            "Personalkostnader −9,6 mnkr (−7,1).",
            "Torkan i juli krävde förstärkt beredskap med extra styrkor, och övertiden har ökat till följd av "
            "vakanser bland brandmännen på två av heltidsstationerna. Lönerevisionen blev dessutom högre än "
            "budgeterat.",
            C(
                "Personalkostnader",
                "−9,6 mnkr",
                "-",
                "ovrigt",
                "overtid",
                "vakanser",
                "lonekostnader",
                note=LEAD + "; the bracket is the previous tertial's deviation. Drought readiness is ovrigt.",
            ),
        ),
        LP(
            "Lokalkostnader −1,7 mnkr.",
            "Hyran för den tillfälliga brandstationen har höjts efter ombyggnaden av övningslokalerna.",
            C("Lokalkostnader", "−1,7 mnkr", "-", "lokaler", note=LEAD + "."),
        ),
        LP(
            "Fordon och materiel +2,2 mnkr.",
            "Leasingavgifterna för de nya släckbilarna börjar löpa först 2026, eftersom leveranserna är försenade.",
            C(
                "Fordon och materiel",
                "+2,2 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note=LEAD + ". Vehicle leasing: material_hjalpmedel.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Kostnaderna ligger i nivå med budget.",
            BP("Övriga kostnader", note="'i nivå med budget' where the row shows +0,8: boilerplate."),
        ),
        LP("Medlemsavgifter.", "Medlemskommunernas avgifter följer budget.", BP("Medlemsavgifter")),
        LP(
            "Finansiella kostnader.",
            "Räntekostnaderna på förbundets lån blir 1,0 mnkr högre än budgeterat till följd av det högre "
            "ränteläget.",
            C("Finansiella kostnader", "1,0 mnkr", "-", note="A finance item: no cause tag."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 48,0 mnkr jämfört med budgeterade 72,5 mnkr. Avvikelsen på 24,5 mnkr beror på "
            "försenade fordonsleveranser och att ombyggnaden av övningsanläggningen för rökdykning har skjutits till "
            "2026.",
            C(
                "Investeringar",
                "24,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Under-spending after two levels: positive.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat om ett tillfälligt stopp för externa utbildningar och konferenser under "
            "hösten, vilket beräknas minska kostnaderna med 1,2 mnkr.",
            A(None, "1,2 mnkr"),
        ),
        H("Eget kapital och verksamhetsmått", 2),
        P(
            "Förbundets egna kapital uppgick till 61,3 mnkr den 31 augusti och räcker för att täcka ett eventuellt "
            "underskott.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Antalet räddningsinsatser under januari–augusti var 9 870, vilket är 11 procent fler än samma period "
            "2024 och främst beror på fler gräs- och skogsbränder under den torra sommaren.",
            O(None, "volymer", note="Call-outs against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="storstockholms-brandforsvar-tertialrapport-2025-08.pdf",
        report={
            "municipality": [
                "Storstockholms brandförsvar",
                "Kommunalförbundet Storstockholms brandförsvar",
                "SSBF",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Storstockholms brandförsvar",
            "author": "Storstockholms brandförsvar",
        },
        style=style,
        blocks=blocks,
    )
