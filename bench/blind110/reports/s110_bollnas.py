"""Bollnäs kommun, Kommunstyrelsen, månadsrapport mars 2026 (the whole kommun).

A whole-kommun month report in "mnkr" with en dashes as minus signs in its nämnd table, whose footer carries
the kommunstyrelse's meeting date in April: the period "6,4 mnkr bättre än den periodiserade budgeten" with
its timing reason in the next sentence (one item), the full year "en negativ avvikelse på 18,4 mnkr"
between two levels, one sentence splitting it into the nämnder's "överskrider sina ramar med 27,3 mnkr" and
the finance function's "8,9 mnkr mer än budgeterat" (two items); under a generic heading ("Nämndernas
prognoser") en-dash bullets in varied shapes: "redovisar ett underskott på", a possessive "prognos är 9,3
mnkr sämre än ramen", "Omsorgsnämnden: –7,7 mnkr," after a colon, the area after "Inom", a reason-only
surplus (the table's "3,3"), "drygt en halv miljon kronor" in words after "För", and one nämnd that "bedöms
hålla budget" beside a row of –0,3 (boilerplate); tax revenue and pensions as two items in one sentence; the
change since February; investments "42,5 mnkr förväntas återstå", two projects as a "respektive" pair and an
overrun "2,4 mnkr över projektbudgeten"; two actions and the balanskrav (other). 16 scored causes. DejaVu
Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 76.0, 66.0, 74.0),
        header=lambda n, m: ("Bollnäs kommun", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-04-21", "Dnr KS 2026/000112", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 1. Nämndernas prognos för helåret 2026, mnkr (negativt tal = underskott mot budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "198,4", "195,1", "3,3", "2,9"),
            ("Barn- och utbildningsnämnden", "742,0", "751,3", "–9,3", "–8,0"),
            ("Socialnämnden", "289,5", "301,8", "–12,3", "–11,6"),
            ("Omsorgsnämnden", "612,7", "620,4", "–7,7", "–7,9"),
            ("Kultur- och fritidsnämnden", "61,2", "60,6", "0,6", "0,4"),
            ("Samhällsbyggnadsnämnden", "54,8", "56,4", "–1,6", "–1,2"),
            ("Miljö- och byggnadsnämnden", "14,6", "14,9", "–0,3", "–0,2"),
            ("Summa nämnder", "1 973,2", "2 000,5", "–27,3", "–25,6"),
        ),
        widths=(170.0, 62.0, 62.0, 72.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="sans-bold", after=4),
        Title(
            "Ekonomisk uppföljning för Bollnäs kommun, januari–mars", size=11.5, font="serif-italic", after=12
        ),
        P(
            "Månadsrapporten bygger på bokfört utfall till och med mars och på nämndernas bedömning av helåret. "
            "Den lämnas till kommunstyrelsen och därefter för kännedom till kommunfullmäktige."
        ),
        H("Resultat och prognos", 1),
        P(
            "Kommunens resultat för januari–mars uppgår till 31,8 mnkr. Det är 6,4 mnkr bättre än den "
            "periodiserade budgeten, vilket till stor del förklaras av att kostnader för underhåll och "
            "kompetensutveckling ännu inte har belastat perioden.",
            C(
                None,
                "6,4 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget with its timing reason: one item.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 4,1 mnkr mot budgeterade 22,5 mnkr, en negativ avvikelse "
            "på 18,4 mnkr.",
            C(None, "18,4 mnkr", "-", note="The full year: the deviation between two levels is the amount."),
        ),
        P(
            "Avvikelsen fördelar sig på nämnderna, som sammantaget överskrider sina ramar med 27,3 mnkr, och "
            "finansförvaltningen, som väntas ge 8,9 mnkr mer än budgeterat.",
            C(
                "Nämnderna",
                "27,3 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "8,9 mnkr", "+", note=NO_TAG),),
            ),
        ),
        committees,
        Space(10),
        H("Nämndernas prognoser", 2),
        Bullets(
            (
                "Socialnämnden redovisar ett underskott på 12,3 mnkr. Kostnaderna för placeringar av barn och unga "
                "på HVB och i familjehem ligger klart över budget, och försörjningsstödet ökar när fler hushåll "
                "står utan arbete.",
                "Barn- och utbildningsnämndens prognos är 9,3 mnkr sämre än ramen, främst på grund av fler elever i "
                "grundsärskolan och högre kostnader för skolskjuts efter den nya upphandlingen.",
                "Omsorgsnämnden: –7,7 mnkr, där hemtjänsten har fler beviljade timmar än budgeterat och "
                "sjukfrånvaron på två särskilda boenden har krävt extra vikarier.",
                "Inom samhällsbyggnadsnämnden blir kostnaderna för vinterväghållningen 1,6 mnkr högre än "
                "budgeterat efter ett snörikt första kvartal.",
                "Kommunstyrelsen går mot ett överskott. Vakanta tjänster inom HR- och ekonomiavdelningarna och en "
                "senarelagd upphandling av e-arkiv håller nere kostnaderna.",
                "För kultur- och fritidsnämnden ser det ut att bli ett litet plus, drygt en halv miljon kronor, "
                "eftersom energikostnaderna i ishallen har blivit lägre än beräknat.",
                "Miljö- och byggnadsnämnden bedöms hålla budget.",
            ),
            labels=(
                C("Socialnämnden", "12,3 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Barn- och utbildningsnämnden",
                    "9,3 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive; a dearer school transport contract is prisokningar.",
                ),
                C("Omsorgsnämnden", "–7,7 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
                C(
                    "Samhällsbyggnadsnämnden",
                    "1,6 mnkr",
                    "-",
                    "ovrigt",
                    note="The area after 'Inom'; snow is ovrigt.",
                ),
                C(
                    "Kommunstyrelsen",
                    "3,3",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    "periodisering",
                    unit="mnkr",
                    table=True,
                    note="Reason only: the table row's cell.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "drygt en halv miljon kronor",
                    "+",
                    "prisokningar",
                    value=500_000,
                    note="An amount in words (the table says 0,6); energy costs are prisokningar.",
                ),
                BP("Miljö- och byggnadsnämnden", note="Although the table row says –0,3."),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 5,2 mnkr högre än budget enligt SKR:s "
            "februariprognos, och pensionskostnaderna blir 3,7 mnkr lägre.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "5,2 mnkr",
                "+",
                note=NO_TAG + " Two items in one sentence.",
                also=(C("Pensionskostnader", "3,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Helårsprognosen är 2,1 mnkr sämre än i februarirapporten. Försämringen finns framför allt inom "
            "socialnämnden och barn- och utbildningsnämnden.",
            F(None, "2,1 mnkr", "-"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 164,0 mnkr. Prognosen är 121,5 mnkr, vilket innebär att "
            "42,5 mnkr förväntas återstå vid årets slut.",
            C("Investeringar", "42,5 mnkr", "+", note="Investment under-spending, no reason given."),
        ),
        P(
            "Nybyggnationen av Tallbacka förskola och ombyggnaden av reningsverket i Arbrå prognostiseras till 7,5 "
            "respektive 3,0 mnkr under budget, då båda projekten har försenats av överklaganden.",
            C(
                "Tallbacka förskola",
                "7,5",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items, the unit written once.",
                also=(C("Reningsverket i Arbrå", "3,0 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Gång- och cykelvägen längs Långgatan kostar mer än kalkylerat. Prognosen är 2,4 mnkr över "
            "projektbudgeten på grund av oförutsedda kostnader för att flytta ledningar.",
            C(
                "Gång- och cykelvägen längs Långgatan",
                "2,4 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har tagit fram en handlingsplan med målet att minska kostnaderna för externa "
            "placeringar med 4,0 mnkr under året, bland annat genom att rekrytera fler egna familjehem.",
            A("Socialnämnden", "4,0 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Omsorgsnämnden har infört en tätare uppföljning av beviljade timmar i hemtjänsten.",
            A("Omsorgsnämnden", None, "volymer"),
        ),
        H("Balanskrav", 2),
        PS(
            (
                "Med nuvarande prognos klaras balanskravet, men resultatet motsvarar bara 0,2 procent av skatter "
                "och generella statsbidrag, vilket är långt under målet om 2 procent.",
                O(None, note="Balanskrav and a financial goal."),
            ),
        ),
    ]
    return ReportSpec(
        file="bollnas-ks-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026", "author": "Bollnäs kommun"},
        style=style,
        blocks=blocks,
    )
