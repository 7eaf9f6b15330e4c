"""Vilhelmina kommun, Kommunstyrelsen, bokslut 2025 (the kommunstyrelse's own verksamheter).

A small kommun's year-end report for the kommunstyrelse in tkr and mnkr with hyphen-minus signs, footer with
the arbetsutskott's date in February: the result as "en nettokostnad på 143,7 mnkr mot en budget på 140,3
mnkr, det vill säga ett underskott på 3,4 mnkr", then the October forecast's level (4,5 mnkr) and "förbättringen
beror i huvudsak på" (a forecast change, its 1,1 never written out: null); a verksamhet table; bold run-in
verksamheter ending in a full stop, in varied shapes: "gick 2,5 mnkr back" (the row says -2 480),
"Underskottet om 1 350 tkr har två förklaringar:", a reason-only deficit after "Livsmedelspriserna" (the row's
"-1 090"), "sammanlagt 620 tkr över budget", "Här finns årets största överskott, 1 150 tkr," with a part
("300 tkr") that is not the amount, two verksamheter as a "respektive" pair with their own reasons, "följer
budget" (boilerplate); investments "11,8 mnkr av en budget på 19,0 mnkr" (7,2 never written out) and a
purchase "0,4 mnkr billigare än beräknat" in the next sentence; an action for next year and the whole
kommun's result with "beror på" (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Vilhelmina kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-02-10", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunledning och administration", "-31 400", "-30 250", "1 150"),
            ("Räddningstjänst", "-12 800", "-13 420", "-620"),
            ("Gator, vägar och parker", "-18 600", "-19 950", "-1 350"),
            ("Fastighetsförvaltning", "-24 300", "-26 780", "-2 480"),
            ("Kultur och fritid", "-15 200", "-14 690", "510"),
            ("Arbetsmarknad och integration", "-9 900", "-9 420", "480"),
            ("Näringsliv och turism", "-6 000", "-6 000", "0"),
            ("Måltidsverksamhet", "-22 100", "-23 190", "-1 090"),
            ("Summa", "-140 300", "-143 700", "-3 400"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-cond-bold", after=2),
        Title("Kommunstyrelsen – driftredovisning och analys", size=12, font="serif-cond", after=12),
        H("Kommunstyrelsens resultat", 2),
        PS(
            (
                "Kommunstyrelsens verksamheter redovisar för 2025 en nettokostnad på 143,7 mnkr mot en budget på "
                "140,3 mnkr, det vill säga ett underskott på 3,4 mnkr.",
                C(None, "3,4 mnkr", "-"),
            ),
            (
                "Vid prognosen i oktober bedömdes underskottet till 4,5 mnkr; förbättringen beror i huvudsak på "
                "lägre kostnader för vinterväghållning i december.",
                F(
                    None,
                    None,
                    "+",
                    "ovrigt",
                    note="The earlier forecast's level is given, the change (1,1 mnkr) is never written out.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Fastighetsförvaltning.",
            "Fastighetsförvaltningen gick 2,5 mnkr back. Uppvärmningen av kommunens lokaler blev dyrare efter att "
            "fjärrvärmetaxan höjdes i mars, och två hyreshus i Dikanäs har stått halvtomma hela året.",
            C(
                "Fastighetsförvaltning",
                "2,5 mnkr",
                "-",
                "prisokningar",
                "lokaler",
                note="The prose rounds the row's -2 480: the prose's figure.",
            ),
        ),
        LP(
            "Gator, vägar och parker.",
            "Underskottet om 1 350 tkr har två förklaringar: snörika månader i början av året och en trafikolycka "
            "som skadade räcket på bron över Vojmån.",
            C("Gator, vägar och parker", "1 350 tkr", "-", "ovrigt"),
        ),
        LP(
            "Måltidsverksamhet.",
            "Livsmedelspriserna har fortsatt att stiga, och avtalet med grossisten räknades upp två gånger under "
            "året. Måltidsverksamheten redovisar därför en negativ budgetavvikelse.",
            C(
                "Måltidsverksamhet",
                "-1 090",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note="No amount in the prose: the table row's cell.",
            ),
        ),
        LP(
            "Räddningstjänst.",
            "Fler larm än normalt under sommarens torka ledde till högre kostnader för deltidsbrandmän, sammanlagt "
            "620 tkr över budget.",
            C("Räddningstjänst", "620 tkr", "-", "volymer", "ovrigt"),
        ),
        LP(
            "Kommunledning och administration.",
            "Här finns årets största överskott, 1 150 tkr, som främst beror på att tjänsterna som näringslivsstrateg "
            "och controller var vakanta under halva året. Av överskottet kommer 300 tkr från lägre kostnader för "
            "arvoden till förtroendevalda.",
            C(
                "Kommunledning och administration",
                "1 150 tkr",
                "+",
                "vakanser",
                "ovrigt",
                note="300 tkr is a part; members' fees are ovrigt.",
            ),
        ),
        LP(
            "Kultur och fritid samt arbetsmarknad och integration.",
            "Båda verksamheterna gick med överskott, 510 respektive 480 tkr: simhallen har haft kortare öppettider "
            "under renoveringen av duschrummen, och arbetsmarknadsenheten har fått högre ersättning från "
            "Arbetsförmedlingen för anställningsstöd.",
            C(
                "Kultur och fritid",
                "510",
                "+",
                "ovrigt",
                unit="tkr",
                note="A 'respektive' pair, each with its own reason.",
                also=(C("Arbetsmarknad och integration", "480 tkr", "+", "statsbidrag"),),
            ),
        ),
        LP("Näringsliv och turism.", "Verksamheten följer budget.", BP("Näringsliv och turism")),
        H("Investeringar", 2),
        PS(
            (
                "Kommunstyrelsens investeringar uppgick till 11,8 mnkr av en budget på 19,0 mnkr, främst eftersom "
                "renoveringen av Folkets hus har flyttats till 2026.",
                C(
                    "Investeringar",
                    "11,8 mnkr av en budget på 19,0 mnkr",
                    "+",
                    "periodisering",
                    value=7_200_000,
                    note="Under-spending of 7,2 mnkr never written out: the computed value.",
                ),
            ),
            (
                "Upphandlingen av två nya brandbilar blev 0,4 mnkr billigare än beräknat.",
                C("Brandbilar", "0,4 mnkr", "+", "material_hjalpmedel"),
            ),
        ),
        H("Inför 2026", 2),
        P(
            "För att minska fastighetskostnaderna avser kommunstyrelsen att sälja eller riva tre hyreshus i Dikanäs "
            "och Saxnäs, vilket beräknas ge 0,9 mnkr lägre kostnader per år.",
            A("Fastighetsförvaltning", "0,9 mnkr", "lokaler"),
        ),
        P(
            "Kommunen som helhet redovisar ett resultat på 8,1 mnkr för 2025, vilket beror på högre skatteintäkter och "
            "på att övriga nämnder gick med överskott.",
            O(None, note="The whole kommun's result, reported elsewhere: other."),
        ),
    ]
    return ReportSpec(
        file="vilhelmina-ks-bokslut-2025.pdf",
        report={
            "municipality": "Vilhelmina",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Vilhelmina kommun"},
        style=style,
        blocks=blocks,
    )
