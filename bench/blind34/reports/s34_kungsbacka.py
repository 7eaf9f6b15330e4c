"""Kungsbacka kommun, Nämnden för Teknik, tjänsteskrivelse ekonomisk uppföljning per april 2026.

A technical committee's tjänsteskrivelse dated in May for the period to April, in tkr and mnkr with hyphen
minus signs: a decision proposal (unlabelled), then one sentence with the tax-financed result "ett underskott
på 3 450 tkr" and the fee-financed water and sewage and waste "överskott på 2 100 respektive 650 tkr mot
budget" (three items), the transfer of the surpluses to the result funds (other); a table of the
tax-financed verksamheter; bold run-in verksamheter with a colon: winter road maintenance whose "2,4 mnkr" is
only a part (the row's "-2 900"), a storm "ger ett underskott på 450 tkr", food prices "räknar med ett
underskott om 2,1 mnkr", a reason-only surplus from vacancies (the row's "1 200"), "följer budget" beside a
row of 200 (boilerplate), "blir 600 tkr lägre än budget"; the fee-financed areas explained again under run-in
leads with the amount in the last sentence ("Överskottet mot budget beräknas till 2,1 mnkr"); investments
"54,5 mnkr lägre än budgeterat" and a project "3,2 mnkr dyrare än projektbudgeten"; an action with its effect
and a risk with an amount (other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

PART = "The paragraph gives only a part (2,4 mnkr of winter costs) and no total: the table row's cell."


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
        margins=(78.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Kungsbacka kommun", "Tjänsteskrivelse 2026-05-12"),
        footer=lambda n, m: ("Förvaltningen för Teknik", "Diarienummer NT 2026-00187", f"{n}/{m}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, helårsprognos 2026 (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "68 400", "71 300", "-2 900"),
            ("Park och natur", "31 200", "31 650", "-450"),
            ("Kost", "142 800", "144 900", "-2 100"),
            ("Lokalvård", "56 300", "55 100", "1 200"),
            ("Transporter", "8 900", "8 700", "200"),
            ("Gemensamt", "14 600", "14 000", "600"),
            ("Summa", "322 200", "325 650", "-3 450"),
        ),
        widths=(150.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
        grid=True,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=16, font="times-bold", after=8),
        Title(
            "Ekonomisk uppföljning per april 2026, Nämnden för Teknik",
            size=13,
            font="times-bold",
            after=10,
        ),
        H("Förslag till beslut", 3),
        P(
            "Nämnden för Teknik godkänner den ekonomiska uppföljningen per april 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Nämndens skattefinansierade verksamhet prognostiserar ett underskott på 3 450 tkr för helåret, medan "
            "de avgiftsfinansierade verksamheterna vatten och avlopp samt renhållning beräknas gå med överskott på "
            "2 100 respektive 650 tkr mot budget.",
            C(
                "Skattefinansierad verksamhet",
                "3 450 tkr",
                "-",
                note="The tax-financed and the two fee-financed results in one sentence: three items.",
                also=(
                    C("Vatten och avlopp", "2 100", "+", unit="tkr"),
                    C("Renhållning", "650 tkr", "+"),
                ),
            ),
        ),
        P(
            "Överskotten inom vatten och avlopp samt renhållning förs i bokslutet till respektive resultatfond.",
            O(None, "reserver", note="A transfer to the result funds: a financing statement."),
        ),
        H("Skattefinansierad verksamhet", 2),
        table,
        LP(
            "Gator och vägar:",
            "Vinterväghållningen i januari och februari kostade 2,4 mnkr mer än budgeterat efter ovanligt många "
            "snöfall och halkbekämpningar. Därtill har elkostnaden för gatubelysningen ökat.",
            C("Gator och vägar", "-2 900", "-", "ovrigt", "prisokningar", unit="tkr", table=True, note=PART),
        ),
        LP(
            "Park och natur:",
            "Stormen i mars krävde omfattande röjning i kommunens tätortsnära skogar, vilket ger ett underskott på "
            "450 tkr.",
            C("Park och natur", "450 tkr", "-", "ovrigt", note="A storm: ovrigt."),
        ),
        LP(
            "Kost:",
            "Livsmedelspriserna har stigit mer än budgeterat och kostverksamheten räknar med ett underskott om 2,1 "
            "mnkr, trots att antalet portioner är oförändrat.",
            C("Kost", "2,1 mnkr", "-", "prisokningar"),
        ),
        LP(
            "Lokalvård:",
            "Verksamheten har haft svårt att rekrytera lokalvårdare, och flera tjänster har stått obesatta under "
            "våren.",
            C(
                "Lokalvård",
                "1 200",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell; the direction from the table's sign and the vacancies.",
            ),
        ),
        LP(
            "Transporter:",
            "Den interna fordonsverksamheten följer budget.",
            BP("Transporter", note="200 in the table."),
        ),
        LP(
            "Gemensamt:",
            "Förvaltningsgemensamma kostnader blir 600 tkr lägre än budget, eftersom införandet av det nya systemet "
            "för arbetsordrar har skjutits till hösten.",
            C("Gemensamt", "600 tkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Avgiftsfinansierad verksamhet", 2),
        LP(
            "Vatten och avlopp:",
            "Intäkterna från anslutningsavgifter blir högre än beräknat när ett nytt bostadsområde i Åsa ansluts "
            "redan i år, samtidigt som kostnaderna för kemikalier i reningsverket har ökat. Överskottet mot budget "
            "beräknas till 2,1 mnkr.",
            C(
                "Vatten och avlopp",
                "2,1 mnkr",
                "+",
                "avgifter_intakter",
                "material_hjalpmedel",
                note="The amount in the last sentence; the fee-financed result explained a second time.",
            ),
        ),
        LP(
            "Renhållning:",
            "Insamlade mängder hushållsavfall är lägre än beräknat, vilket minskar behandlingskostnaderna. "
            "Överskottet beräknas till 650 tkr.",
            C("Renhållning", "650 tkr", "+", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2026 är 186,5 mnkr, vilket är 54,5 mnkr lägre än budgeterat. Den lägre "
            "prognosen beror främst på att utbyggnaden av ett nytt vattenverk i norra kommundelen har försenats av "
            "en överprövad upphandling.",
            C("Investeringar", "54,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av korsningen vid stationen beräknas bli 3,2 mnkr dyrare än projektbudgeten på grund av "
            "ledningsomläggningar som inte var kända vid projekteringen.",
            C(
                "Ombyggnad av korsningen vid stationen",
                "3,2 mnkr",
                "-",
                "ovrigt",
                note="A project's overrun.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över menyerna och livsmedelsinköpen inom kosten, med målet att minska kostnaderna med "
            "0,8 mnkr under resten av året.",
            A("Kost", "0,8 mnkr", "prisokningar"),
        ),
        H("Risker", 2),
        P(
            "Prognosen för vinterväghållningen i november och december bygger på ett normalår. En kall och snörik "
            "höst kan försämra resultatet med upp till 1,5 mnkr.",
            O("Gator och vägar", "ovrigt", note="A risk with an amount: other."),
        ),
        P("Förvaltningschef, Förvaltningen för Teknik", size=9.5),
    ]
    return ReportSpec(
        file="kungsbacka-nft-tjansteskrivelse-ekonomisk-uppfoljning-2026-04.pdf",
        report={
            "municipality": "Kungsbacka",
            "committee": ["Nämnden för Teknik", "Nämnden för teknik"],
            "period": ["2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per april 2026, Nämnden för Teknik",
            "author": "Kungsbacka kommun",
        },
        style=style,
        blocks=blocks,
    )
