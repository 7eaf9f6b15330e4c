"""Region Gotland, Hälso- och sjukvårdsnämnden, tertialrapport 1 2026 (health care).

A region's health-care tertial report in Liberation Serif 10.5 pt, footer with the nämnd's meeting date in May
and a paragraph number: the period "21,4 miljoner kronor sämre än periodiserad budget" and the full year "ett
underskott mot budget på 48 miljoner kronor" in two sentences (two items), the shared reasons in a paragraph
of their own (amount null); the result table pasted as an image, so every amount lives in the prose; headings
that carry the area and its amount with U+2212 ("Akutsjukvård −19,5 mnkr") and two clinics' deficits as a
"respektive" pair inside the first one's paragraph (their own items); one heading without an amount whose
paragraph says "blir 4,0 mnkr högre än budgeterat"; "Tandvård ±0 mnkr" over "bedöms hålla budget"
(boilerplate); a forecast change with a "varav"; two actions, a production volume against last year with
"beror på" and an uncertainty (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Region Gotland", "Tertialrapport 1 2026 – Hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("HSN 2026-05-27 § 58", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Tabell 1. Prognos per verksamhetsområde 2026, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Akutsjukvård", "612,0", "631,5", "−19,5"),
            ("Specialiserad vård", "488,4", "499,4", "−11,0"),
            ("Primärvård", "356,2", "363,0", "−6,8"),
            ("Psykiatri", "174,9", "172,5", "+2,4"),
            ("Läkemedel", "298,0", "307,1", "−9,1"),
            ("Ambulans och sjuktransporter", "96,5", "100,5", "−4,0"),
            ("Tandvård", "82,3", "82,3", "0,0"),
            ("Summa", "2 108,3", "2 156,3", "−48,0"),
        ),
        widths=(180.0, 78.0, 78.0, 78.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="times-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=13, font="times", after=12),
        H("Ekonomisk uppföljning", 1),
        PS(
            (
                "Hälso- och sjukvårdsnämnden redovisar för perioden januari–april ett resultat som är 21,4 miljoner "
                "kronor sämre än periodiserad budget.",
                C(None, "21,4 miljoner kronor", "-", note="The period's deviation in a sentence of its own."),
            ),
            (
                "Prognosen för helåret är ett underskott mot budget på 48 miljoner kronor.",
                C(None, "48 miljoner kronor", "-", note="The full year in the next sentence: its own item."),
            ),
        ),
        P(
            "Underskottet beror framför allt på kostnader för hyrläkare och hyrsjuksköterskor, på att fler "
            "gotlänningar än planerat vårdas på fastlandet och på att läkemedelskostnaderna fortsätter att öka.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "volymer",
                "material_hjalpmedel",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Verksamhetsområdenas avvikelser", 2),
        Para(
            (
                (
                    "Bemanningen på akutmottagningen och medicinavdelningarna har under hela perioden krävt inhyrda "
                    "sjuksköterskor, och sommarens turistsäsong väntas ge höga kostnader för övertid och extra personal.",
                    C("Akutsjukvård", "−19,5 mnkr", "-", "inhyrd_personal", "overtid", "bemanning"),
                ),
                (
                    "Av underskottet avser medicinkliniken och akutmottagningen −12,2 respektive −5,1 mnkr.",
                    C(
                        "Medicinkliniken",
                        "−12,2",
                        "-",
                        unit="mnkr",
                        note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                        also=(C("Akutmottagningen", "−5,1 mnkr", "-"),),
                    ),
                ),
            ),
            head="Akutsjukvård −19,5 mnkr",
            head_level=3,
        ),
        HP(
            "Specialiserad vård −11,0 mnkr",
            "Köpt vård vid universitetssjukhusen i Stockholm och Uppsala överstiger budget. Antalet remisser till "
            "fastlandet har ökat, särskilt inom ortopedi och kardiologi.",
            C("Specialiserad vård", "−11,0 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Primärvård −6,8 mnkr",
            "Fyra av sju hälsocentraler saknar fast anställda läkare och täcker vakanserna med hyrläkare.",
            C("Primärvård", "−6,8 mnkr", "-", "vakanser", "inhyrd_personal"),
        ),
        HP(
            "Psykiatri +2,4 mnkr",
            "Överskottet beror på vakanta psykologtjänster och på att licenserna för det nya journalsystemet "
            "debiteras först från oktober.",
            C("Psykiatri", "+2,4 mnkr", "+", "vakanser", "it_digitalisering", "periodisering"),
        ),
        HP(
            "Läkemedel −9,1 mnkr",
            "Kostnaderna för läkemedel inom förmånen ökar snabbare än budgeterat, främst för diabetes- och "
            "cancerläkemedel.",
            C("Läkemedel", "−9,1 mnkr", "-", "material_hjalpmedel", note="Drugs: material_hjalpmedel."),
        ),
        H("Ambulans och sjuktransporter", 3),
        P(
            "Kostnaderna för ambulansflyg till fastlandet blir 4,0 mnkr högre än budgeterat sedan avtalet med den "
            "nya leverantören började gälla i februari.",
            C(
                "Ambulans och sjuktransporter",
                "4,0 mnkr",
                "-",
                "prisokningar",
                note="A plain heading; a dearer contract is prisokningar.",
            ),
        ),
        HP(
            "Tandvård ±0 mnkr",
            "Folktandvården bedöms hålla budget.",
            BP("Tandvård"),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 9 miljoner kronor, varav läkemedel står för "
            "4 miljoner kronor.",
            F(
                None,
                "9 miljoner kronor",
                "-",
                note="A 'varav' part: the total is the amount; no reason given.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att minska beroendet av hyrpersonal, med målet att kostnaderna "
            "för inhyrd personal ska sjunka med 15 mnkr i helårstakt.",
            A(None, "15 mnkr", "inhyrd_personal"),
        ),
        P(
            "Från maj gäller ett anställningsstopp för administrativa tjänster inom förvaltningen.",
            A(None, None, "vakanser"),
        ),
        H("Produktion och osäkerheter", 2),
        P(
            "Antalet vårdtillfällen var under perioden 4 procent fler än samma period 2025, vilket främst beror på "
            "fler besök på akutmottagningen.",
            O(None, "volymer", note="Production against the previous year: other."),
        ),
        P(
            "Prognosen är osäker när det gäller sommarens turistsäsong och kostnaderna för vård utanför regionen, "
            "som kan bli högre än beräknat.",
            O(None, note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="region-gotland-hsn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Gotland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Hälso- och sjukvårdsnämnden", "author": "Region Gotland"},
        style=style,
        blocks=blocks,
    )
