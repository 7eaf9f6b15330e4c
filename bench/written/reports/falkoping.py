"""Falköpings kommun, Miljö- och byggnadsnämnden, månadsrapport maj 2025.

A filled-in report form: numbered template sections with italic guidance text, a result table with the
budgeted result ("resultat −584 tusen kronor mot budgeterade −500 tusen kronor" states a deviation
of 84 tkr), "Avvikelse mot budget: +110 tkr." label-and-value lines per verksamhet, one followed by
the template's placeholder ("Beskriv avvikelsen här.", other), unfilled sections, actions without an
effect amount, a forecast change in "tusen kronor", a committee without investments and a risk.
Liberation Serif (Times) 11 pt.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

PLACEHOLDER = "Template placeholder text, not a statement."


def guide(text: str) -> Para:
    """The form's own italic guidance under a section heading."""
    return Para(((text, None),), font="italic", size=9.5)


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 72.0, 72.0, 72.0),
        header=lambda n, m: ("Falköpings kommun", "MÅNADSRAPPORT"),
        footer=lambda n, m: ("Mall för månadsrapport, version 2025", "", f"{n} ({m})"),
        rule_under_header=True,
    )
    form = Table(
        header=(("Nämnd", "Miljö- och byggnadsnämnden"),),
        rows=(
            ("Period", "januari–maj 2025"),
            ("Upprättad av", "Förvaltningsekonom"),
            ("Behandlad i nämnd", "2025-06-17"),
        ),
        widths=(110.0, 200.0),
        grid=True,
        size=9.5,
    )
    result = Table(
        caption="Driftredovisning, tusen kronor (positiv avvikelse = överskott)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "1 850", "1 830", "20"),
            ("Bygglov", "1 200", "2 650", "−1 450"),
            ("Miljö- och hälsoskydd", "4 600", "4 340", "260"),
            ("Livsmedelskontroll", "1 100", "990", "110"),
            ("Kart och mät", "2 350", "2 400", "−50"),
            ("Planverksamhet", "3 100", "2 074", "1 026"),
            ("Summa nettokostnad", "14 200", "14 284", "−84"),
            ("Kommunbidrag", "13 700", "13 700", "0"),
            ("Resultat", "−500", "−584", "−84"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6, 8}),
        grid=True,
        size=9.5,
    )
    blocks = [
        Title("Månadsrapport maj 2025", size=20, font="times-bold"),
        Title("Miljö- och byggnadsnämnden", size=14, font="times", after=10),
        form,
        H("1. Sammanfattning", 2),
        guide("Ange nämndens prognos för helåret och de viktigaste orsakerna till avvikelse mot budget."),
        P(
            "Nämndens prognostiserade resultat för helåret är −584 tusen kronor mot budgeterade −500 tusen "
            "kronor. Lägre intäkter från bygglov vägs nästan helt upp av högre intäkter från planavtal.",
            C(
                None,
                "−584 tusen kronor mot budgeterade −500 tusen kronor",
                "-",
                "avgifter_intakter",
                value=84_000,
                note="Result against the budgeted result: the deviation is 84 tkr (table Resultat −84).",
            ),
        ),
        H("2. Ekonomiskt utfall", 2),
        guide("Fyll i tabellen. Avvikelsen redovisas som budget minus prognos."),
        result,
        H("3. Avvikelser per verksamhet", 2),
        guide("Kommentera varje verksamhet med en avvikelse. Ange belopp och orsak."),
        H("3.1 Bygglov", 3),
        LP(
            "Avvikelse mot budget: −1 450 tkr.",
            "Antalet inkomna bygglovsansökningar är 30 procent lägre än under motsvarande period förra året, "
            "och flera större ärenden för flerbostadshus har dragits tillbaka. Intäkterna följer därför inte "
            "budget.",
            C("Bygglov", "−1 450 tkr", "-", "volymer", "avgifter_intakter"),
        ),
        H("3.2 Planverksamhet", 3),
        LP(
            "Avvikelse mot budget: +1 026 tkr.",
            "Tre detaljplaner för bostäder på Mösseberg och i Floby har tidigarelagts på exploatörernas "
            "begäran, vilket ger högre intäkter från planavtal än budgeterat.",
            C("Planverksamhet", "+1 026 tkr", "+", "avgifter_intakter", "periodisering"),
        ),
        H("3.3 Miljö- och hälsoskydd", 3),
        LP(
            "Avvikelse mot budget: +260 tkr.",
            "En miljöinspektör är föräldraledig och tjänsten har inte ersatts fullt ut.",
            C("Miljö- och hälsoskydd", "+260 tkr", "+", "vakanser"),
        ),
        H("3.4 Livsmedelskontroll", 3),
        PS(
            (
                "Avvikelse mot budget: +110 tkr.",
                C("Livsmedelskontroll", "+110 tkr", "+", note="No reason given."),
            ),
            ("Beskriv avvikelsen här.", O("Livsmedelskontroll", note=PLACEHOLDER)),
        ),
        H("3.5 Kart och mät", 3),
        P(
            "Avvikelse mot budget: −50 tkr. Mindre avvikelse som bedöms kunna hanteras inom ramen före årets slut.",
            C("Kart och mät", "−50 tkr", "-"),
        ),
        H("3.6 Nämnd och ledning", 3),
        P("Avvikelse mot budget: +20 tkr. Ingen kommentar.", C("Nämnd och ledning", "+20 tkr", "+")),
        P(
            "Antalet inkomna bygglovsansökningar under januari–maj var 212, jämfört med 303 under samma period "
            "föregående år.",
            O("Bygglov", "volymer", note="Year-on-year volume figure."),
        ),
        H("4. Åtgärder", 2),
        guide("Beskriv vilka åtgärder nämnden vidtar för att nå en budget i balans."),
        P(
            "Förvaltningen ser över taxan för bygglov inför 2026 och föreslår att timavgiften höjs från 1 250 "
            "till 1 390 kronor.",
            A("Bygglov", None, "avgifter_intakter"),
        ),
        P(
            "Vakanta tjänster inom bygglov återbesätts inte förrän ärendeinflödet ökar igen.",
            A("Bygglov", None, "vakanser"),
        ),
        H("5. Förändring jämfört med föregående rapport", 2),
        P(
            "Prognosen har förbättrats med 410 tusen kronor jämfört med april, tack vare planavtalen.",
            F(None, "410 tusen kronor", "+", "avgifter_intakter"),
        ),
        H("6. Investeringar", 2),
        guide("Redovisa investeringsprojekt med avvikelse mot investeringsbudget."),
        P("Nämnden har ingen investeringsbudget 2025.", O("Investeringar")),
        H("7. Övrigt", 2),
        guide("Här kan nämnden kommentera övriga frågor, till exempel risker, personal och arbetsmiljö."),
        P(
            "Det finns en risk att intäkterna från bygglov minskar ytterligare om byggandet av småhus fortsätter "
            "att minska under hösten.",
            O("Bygglov", note="Risk."),
        ),
        P("Skriv text här.", O(None, note=PLACEHOLDER)),
    ]
    return ReportSpec(
        file="falkoping-mbn-manadsrapport-2025-05.pdf",
        report={
            "municipality": "Falköping",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2025-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2025", "author": "Falköpings kommun"},
        style=style,
        blocks=blocks,
    )
