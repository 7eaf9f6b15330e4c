"""Trosa kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in Liberation Serif 10.5 pt with Liberation Sans headings, footer with
kommunfullmäktige's meeting date in October: the period's result "18,1 mnkr bättre än budget för perioden"
with a temporary reason (semesterlöneskulden) in the next sentence (one cause), the full year against the
budgeted result and "Den negativa budgetavvikelsen på 4,6 mnkr härrör i sin helhet från nämnderna" (one
cause); tax revenue in one sentence and the finance net and pensions as "1,9 respektive 1,2 mnkr bättre" in the
next (three items, no tags); the nämnd table pasted as an image (no text layer: every amount lives in the
prose); bold run-in nämnder: an amount in words ("drygt tre miljoner kronor") followed by an
action sentence (its own item), a "varav en halv miljon kronor" part, and two nämnder in one run-in paragraph
with "0,5 respektive 0,4 mnkr" and reasons "respektive" (two items with their own tags); investments whose
under-spend is never written out ("164 mnkr, men prognosen stannar vid 97 mnkr": the computed 67 mnkr); the
balanskrav and a financial goal, and a sensitivity figure (others). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, O

NO_TAG = "A finance item: no cause tag."
IMAGE = "The nämnd table is an image: the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.34,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        gutter=22.0,
        header=lambda n, m: ("Trosa kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-15", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognos 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "118,5", "116,0", "2,5"),
            ("Bildningsnämnden", "392,1", "396,8", "-4,7"),
            ("Socialnämnden", "248,3", "251,6", "-3,3"),
            ("Samhällsbyggnadsnämnden", "58,2", "57,7", "0,5"),
            ("Kultur- och fritidsnämnden", "24,6", "24,2", "0,4"),
            ("Summa nämnder", "841,7", "846,3", "-4,6"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Trosa kommun", size=13, font="times-italic", after=14),
        H("Förvaltningsberättelse i sammandrag", 2),
        P(
            "Periodens resultat uppgår till 52,6 mnkr, vilket är 18,1 mnkr bättre än budget för perioden. En stor del "
            "av skillnaden är av tillfällig karaktär och beror på att semesterlöneskulden minskar under sommaren.",
            C(
                None,
                "18,1 mnkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period against its budget with a temporary reason: a cause. 52,6 mnkr is the result's "
                "level.",
            ),
        ),
        P(
            "Helårsprognosen visar ett resultat på 21,4 mnkr mot budgeterade 26,0 mnkr. Den negativa "
            "budgetavvikelsen på 4,6 mnkr härrör i sin helhet från nämnderna.",
            C(None, "4,6 mnkr", "-", note="The whole kommun's full-year deviation."),
        ),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas ge 3,1 mnkr mindre än budgeterat.",
                C("Skatteintäkter och generella statsbidrag", "3,1 mnkr", "-", note=NO_TAG),
            ),
            (
                "Det vägs upp av ett finansnetto och pensionskostnader som blir 1,9 respektive 1,2 mnkr bättre än "
                "budget.",
                C(
                    "Finansnetto",
                    "1,9",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Pensionskostnader", "1,2 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        LP(
            "Bildningsnämnden",
            "prognostiserar ett underskott på 4,7 mnkr. Förskolan har fler inskrivna barn än budgeterat, och "
            "ersättningen till fristående förskolor och skolor har ökat när fler elever väljer enskilda huvudmän. "
            "Gymnasieskolan har dessutom fått färre elever från andra kommuner, vilket ger lägre intäkter.",
            C(
                "Bildningsnämnden",
                "4,7 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "avgifter_intakter",
                note="The run-in lead opens the sentence.",
            ),
        ),
        LP(
            "Socialnämnden.",
            "Nämnden beräknar att budgeten överskrids med drygt tre miljoner kronor. Orsaken är främst köpta "
            "platser inom LSS för vuxna och en ökning av antalet hemtjänsttimmar under sommaren.",
            C(
                "Socialnämnden",
                "drygt tre miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=3_000_000,
                note="An amount in words, the stated figure (the image says -3,3). " + IMAGE,
            ),
            (
                "Nämnden har beslutat att ta fram en handlingsplan som presenteras i oktober.",
                A("Socialnämnden", note="An action sentence inside the run-in paragraph: its own item."),
            ),
        ),
        LP(
            "Kommunstyrelsen",
            "visar ett överskott om 2,5 mnkr, varav en halv miljon kronor avser lägre kostnader för den politiska "
            "verksamheten. Resten förklaras av vakanser inom HR och ekonomi samt att kostnaden för "
            "bredbandsutbyggnaden i Vagnhärad har blivit lägre än budgeterat.",
            C(
                "Kommunstyrelsen",
                "2,5 mnkr",
                "+",
                "vakanser",
                "ovrigt",
                note="'Varav en halv miljon kronor' is a part. Political costs and broadband: ovrigt.",
            ),
        ),
        LP(
            "Samhällsbyggnadsnämnden och kultur- och fritidsnämnden",
            "redovisar mindre överskott, 0,5 respektive 0,4 mnkr, som främst beror på högre bygglovsintäkter "
            "respektive en vakant fritidsledartjänst.",
            C(
                "Samhällsbyggnadsnämnden",
                "0,5",
                "+",
                "avgifter_intakter",
                unit="mnkr",
                note="Two nämnder, amounts and reasons 'respektive': two items, each with its own tag.",
                also=(C("Kultur- och fritidsnämnden", "0,4 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 164 mnkr, men prognosen stannar vid 97 mnkr. Framför allt "
            "väntas utbyggnaden av gästhamnen och den nya idrottshallen i Vagnhärad förskjutas till nästa år.",
            C(
                "Investeringar",
                "97 mnkr",
                "+",
                "periodisering",
                value=67_000_000,
                note="The under-spend is never written out: the computed 164 − 97 = 67 mnkr, the amount text as "
                "written.",
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 19,8 mnkr. Målet om ett resultat på minst 2 procent av skatter och "
            "statsbidrag nås inte, eftersom prognosen motsvarar 1,6 procent.",
            O(None, note="Balanskrav and a financial goal."),
        ),
        H("Känslighetsanalys", 2),
        P(
            "En procents förändring av skatteunderlaget motsvarar cirka 8 mnkr, och en procents förändring av "
            "lönekostnaderna cirka 6 mnkr.",
            O(None, note="A sensitivity analysis."),
        ),
    ]
    return ReportSpec(
        file="trosa-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Trosa",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Trosa kommun"},
        style=style,
        blocks=blocks,
    )
