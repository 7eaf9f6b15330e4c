"""Enköpings kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse in Arial (Liberation Sans) dated in June for the period to May: a
decision proposal (unlabelled), the full year "ett helårsresultat på −2,8 miljoner kronor jämfört med budget"
with the areas that "drar över" named but no reason, "Jämfört med prognosen per mars är prognosen oförändrad"
(a boilerplate forecast change), a verksamhet table in tkr whose deficits carry a trailing minus ("3 100-"),
then a heading that carries area and amount ("Vinterväghållning, −3,1 mnkr") over snow (ovrigt) with a risk
sentence of its own, a plain heading with "beräknas överskrida budget med 1,4 miljoner kronor" (a price
percentage that is not the amount), bold run-in areas with a full stop: a reason-only deficit (the row's
"1 200-"), "ett överskott om 2 600 tkr", "400 tkr bättre än budget" and "ligger i nivå med budget"
(boilerplate), investments "Överskottet på 22,5 mnkr" and a project "överskrida projektbudgeten med 1,8 mnkr"
in the same paragraph (two items), and an action with "0,9 mnkr".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("Enköpings kommun  Tjänsteskrivelse", "Datum 2026-06-04  Dnr SBN2026/212"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (minus efter belopp = underskott)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "48 600", "50 000", "1 400-"),
            ("Vinterväghållning", "14 200", "17 300", "3 100-"),
            ("Park och natur", "26 300", "27 500", "1 200-"),
            ("Plan och exploatering", "9 800", "7 200", "2 600"),
            ("Kart och mätning", "6 100", "5 700", "400"),
            ("Kollektivtrafik", "31 400", "31 400", "0"),
            ("Nämnd och administration", "5 700", "5 800", "100-"),
            ("Summa", "142 100", "144 900", "2 800-"),
        ),
        widths=(160.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="arial-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 3),
        P("Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Sammanfattning", 3),
        PS(
            (
                "Samhällsbyggnadsnämnden prognostiserar ett helårsresultat på −2,8 miljoner kronor jämfört med "
                "budget. Det är främst vinterväghållningen och parkverksamheten som drar över, medan plan- och "
                "exploateringsverksamheten väntas ge ett överskott.",
                C(None, "−2,8 miljoner kronor", "-", note="Areas named, no reasons: no tags."),
            ),
            ("Jämfört med prognosen per mars är prognosen oförändrad.", BF(None)),
        ),
        table,
        HP(
            "Vinterväghållning, −3,1 mnkr",
            "Januari och februari var mycket snörika och antalet plogtillfällen blev nästan dubbelt så många som "
            "under ett normalår. Vinterbudgeten för hela året är i princip förbrukad redan efter mars.",
            C("Vinterväghållning", "−3,1 mnkr", "-", "ovrigt", note="Snow is ovrigt."),
        ),
        P(
            "Prognosen förutsätter en normal vinter under november och december.",
            O("Vinterväghållning", note="A risk in a paragraph of its own: other."),
        ),
        H("Gata och trafik", 3),
        P(
            "Verksamheten beräknas överskrida budget med 1,4 miljoner kronor. Asfaltspriserna har stigit med närmare "
            "12 procent sedan upphandlingen, och reparationerna efter tjällossningen på vägarna kring Fjärdhundra "
            "har blivit omfattande.",
            C(
                "Gata och trafik",
                "1,4 miljoner kronor",
                "-",
                "prisokningar",
                "ovrigt",
                note="The price percentage is not the amount, frost damage is ovrigt.",
            ),
        ),
        LP(
            "Park och natur.",
            "Trädvård efter januaristormen och högre leasingkostnader för nya arbetsmaskiner ger ett underskott.",
            C(
                "Park och natur",
                "1 200-",
                "-",
                "ovrigt",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Plan och exploatering.",
            "Verksamheten väntas ge ett överskott om 2 600 tkr, då intäkterna från planavgifter och markförsäljning "
            "i Korsängen blir högre än budgeterat.",
            C("Plan och exploatering", "2 600 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Kart och mätning.",
            "Kart och mätning redovisar 400 tkr bättre än budget tack vare fler beställda nybyggnadskartor.",
            C("Kart och mätning", "400 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Kollektivtrafik.",
            "Kostnaderna för kollektivtrafiken, som faktureras av Region Uppsala, ligger i nivå med budget.",
            BP("Kollektivtrafik"),
        ),
        H("Investeringar", 3),
        PS(
            (
                "Av investeringsbudgeten på 64,0 mnkr bedöms 41,5 mnkr användas under året. Överskottet på 22,5 mnkr "
                "beror främst på att ombyggnaden av Västra Ringvägen har skjutits till 2027 i väntan på "
                "ledningsflytt.",
                C("Investeringar", "22,5 mnkr", "+", "periodisering"),
            ),
            (
                "Projektet gång- och cykelväg till Ekolsund beräknas däremot överskrida projektbudgeten med 1,8 mnkr "
                "på grund av oväntat dåliga markförhållanden.",
                C(
                    "Gång- och cykelväg till Ekolsund",
                    "1,8 mnkr",
                    "-",
                    "ovrigt",
                    note="A project's overrun in the same paragraph: its own item.",
                ),
            ),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har stoppat icke akuta beläggningsarbeten under resten av året, vilket beräknas minska "
            "kostnaderna med 0,9 mnkr.",
            A("Gata och trafik", "0,9 mnkr"),
        ),
        P(
            "Nämnden har inget eget kapital att ta i anspråk, och ett underskott vid årets slut belastar kommunens "
            "resultat.",
            O(None, "reserver", note="Financing of the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="enkoping-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Samhällsbyggnadsnämnden",
            "author": "Enköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
