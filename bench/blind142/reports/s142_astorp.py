"""Åstorps kommun, Socialnämnden, tjänsteskrivelse ekonomisk uppföljning per maj 2026.

A social committee's cover letter dated in June for the period to May, with a decision proposal and a
summary: the full year "en prognos för helåret på -4,6 mnkr jämfört med budget" with the areas named in the
next sentence (one item), the change since March; then headings that carry the area and a hyphen-minus
amount ("Barn och familj -3 900 tkr") over one paragraph each: placements with an action in a paragraph of
its own, a deficit "överskrider budget med 1 250 000 kronor" in whole kronor, ekonomiskt bistånd with the
number of households against 2025 inside the cause, a revenue surplus and vacancies, licences and an
unused buffer; a risk of a further placement (other). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("ÅSTORPS KOMMUN", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2026/87", f"{n}({m})"),
        header_size=8.5,
    )
    blocks = [
        P("Datum 2026-06-09", size=9.0),
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="times-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen för kännedom."
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden redovisar efter maj en prognos för helåret på -4,6 mnkr jämfört med budget. Underskottet "
            "finns inom individ- och familjeomsorgen och ekonomiskt bistånd, medan arbetsmarknadsenheten och "
            "nämndens administration visar överskott.",
            C(None, "-4,6 mnkr", "-", note="Areas named without reasons: no tags."),
        ),
        P(
            "Prognosen har försämrats med 1,3 mnkr sedan uppföljningen per mars.",
            F(None, "1,3 mnkr", "-"),
        ),
        H("Ärendet", 2),
        HP(
            "Barn och familj -3 900 tkr",
            "Kostnaderna för placeringar av barn och unga i familjehem och på HVB är betydligt högre än budgeterat. "
            "Under våren har fyra syskon placerats i konsulentstödda familjehem, och två ungdomar har behövt vård "
            "på särskilda ungdomshem.",
            C("Barn och familj", "-3 900 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Förvaltningen har startat ett eget familjehemsteam tillsammans med Bjuvs kommun, som väntas minska "
            "behovet av konsulentstödda familjehem från hösten.",
            A("Barn och familj", None, "kopt_verksamhet"),
        ),
        HP(
            "Vuxna -1 250 tkr",
            "Missbruksvården för vuxna överskrider budget med 1 250 000 kronor till följd av fler placeringar på "
            "behandlingshem och längre vårdtider än tidigare.",
            C(
                "Vuxna",
                "1 250 000 kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The same amount in kronor.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd -1 800 tkr",
            "Utbetalningarna av försörjningsstöd är högre än budget. Antalet hushåll har ökat från i genomsnitt 212 "
            "per månad under 2025 till 238 per månad i år, främst bland hushåll där någon har förlorat rätten till "
            "ersättning från a-kassan.",
            C(
                "Ekonomiskt bistånd",
                "-1 800 tkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The household numbers against 2025 explain the deviation: inside the cause.",
            ),
        ),
        HP(
            "Arbetsmarknadsenheten +1 100 tkr",
            "Enheten får högre ersättningar än budgeterat från Arbetsförmedlingen för extratjänster och "
            "lönebidragsanställningar, och två tjänster som arbetsmarknadskonsulent har varit vakanta sedan februari.",
            C("Arbetsmarknadsenheten", "+1 100 tkr", "+", "statsbidrag", "vakanser"),
        ),
        HP(
            "Administration och nämnd +250 tkr",
            "Lägre licenskostnader sedan det gamla verksamhetssystemet avvecklades ger ett mindre överskott.",
            C("Administration och nämnd", "+250 tkr", "+", "it_digitalisering"),
        ),
        HP(
            "Nämndens buffert +1 000 tkr",
            "Den buffert som nämnden avsatte i budgeten har inte tagits i anspråk och redovisas som överskott.",
            C("Nämndens buffert", "+1 000 tkr", "+", "reserver"),
        ),
        H("Osäkerhet i prognosen", 2),
        P(
            "En pågående utredning kan leda till att ytterligare ett barn behöver placeras under hösten. Det skulle "
            "i så fall öka kostnaderna med upp till 1,5 mnkr, som inte ingår i prognosen.",
            O("Barn och familj", note="A risk not in the forecast: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron på socialförvaltningen var 8,2 procent under januari–maj, något lägre än samma period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning per maj 2026, socialförvaltningen. Prognos per verksamhet, bilaga 1."),
        P("Lena Håkansson, förvaltningschef      Johan Ek, controller", size=9.5),
    ]
    return ReportSpec(
        file="astorp-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Åstorp",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Socialnämnden", "author": "Åstorps kommun"},
        style=style,
        blocks=blocks,
    )
