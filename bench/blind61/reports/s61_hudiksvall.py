"""Hudiksvalls kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure year-end report whose result table's last column is each row's comment: reasons without
amounts (the row's deviation cell, "−2 460"), one "i nivå med budget" (boilerplate), one row with no comment
and a sum row; the result "knappt 2,2 miljoner kronor" under budget, the outcome against the interim
forecast (a forecast change), the rules for carrying the deficit forward and visitor numbers against last
year (other), an action for 2026 and investments "6,8 mnkr av budgeterade 9,1 mnkr" (2,3 mnkr never written
out). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the table's comment column: the amount is the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.33,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Hudiksvalls kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden, fastställd 2026-02-18", "", f"{n}"),
    )
    table = CommentTable(
        header=("Verksamhet (tkr)", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (("Nämnd och administration", "3 450", "3 380", "70"), "", None),
            (
                ("Bibliotek", "14 200", "13 650", "550"),
                "Vakanta tjänster under hösten och lägre kostnader för medier än planerat.",
                C("Bibliotek", "550", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Idrott och anläggningar", "31 800", "34 260", "−2 460"),
                "Reparation av kylanläggningen i Björkbergshallen efter ett haveri i februari samt högre elpriser "
                "än budgeterat.",
                C(
                    "Idrott och anläggningar",
                    "−2 460",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " A breakdown is ovrigt.",
                ),
            ),
            (
                ("Kulturskola", "9 600", "9 420", "180"),
                "Utfallet är i nivå med budget.",
                BP("Kulturskola", note="'I nivå med budget' although the row says 180: boilerplate."),
            ),
            (
                ("Fritidsgårdar", "7 900", "8 640", "−740"),
                "Utökade öppettider under sommaren och fler timanställda fritidsledare än budgeterat.",
                C("Fritidsgårdar", "−740", "-", "bemanning", "vikarier", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kultur och evenemang", "5 200", "4 630", "570"),
                "Högre intäkter från entréavgifter och biljettförsäljning till sommarens evenemang i hamnen.",
                C("Kultur och evenemang", "570", "+", "avgifter_intakter", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Föreningsbidrag", "6 100", "6 450", "−350"),
                "Fler föreningar än beräknat har beviljats aktivitetsstöd.",
                C("Föreningsbidrag", "−350", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "78 250", "80 430", "−2 180"), "", None),
        ),
        widths=(128.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett underskott på knappt 2,2 miljoner kronor jämfört med "
            "budget. Det är framför allt idrottsanläggningarna som har kostat mer än vad som budgeterats.",
            C(None, "knappt 2,2 miljoner kronor", "-", note="Area named, no reason: no tag."),
        ),
        P(
            "Resultatet är 0,9 miljoner kronor bättre än prognosen i delårsrapporten per augusti.",
            F(None, "0,9 miljoner kronor", "+"),
        ),
        table,
        P(
            "Enligt kommunens regler för resultatöverföring ska nämnden återställa underskottet under de kommande "
            "två åren, om inte kommunfullmäktige beslutar annat.",
            O(None, note="Carrying the deficit forward: a financing statement, other."),
        ),
        P(
            "Antalet besök i simhallen ökade med 12 procent jämfört med 2024, och biblioteken hade 4 procent fler "
            "lån.",
            O(None, note="Against the previous year: other."),
        ),
        P(
            "Inför 2026 har förvaltningen tecknat ett serviceavtal för kylanläggningarna som ska minska risken för "
            "oplanerade reparationer, till en kostnad av 140 tkr per år.",
            A("Idrott och anläggningar", None, note="The 140 tkr is the contract's cost, not an effect."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 6,8 mnkr av budgeterade 9,1 mnkr. Upprustningen av elljusspåret "
            "vid Östra berget flyttas till 2026 eftersom upphandlingen överklagades.",
            C(
                "Investeringar",
                "6,8 mnkr av budgeterade 9,1 mnkr",
                "+",
                "periodisering",
                value=2_300_000,
                note="Investment under-spending of 2,3 mnkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="hudiksvall-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Hudiksvall",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Hudiksvalls kommun"},
        style=style,
        blocks=blocks,
    )
