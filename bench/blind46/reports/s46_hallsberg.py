"""Hallsbergs kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr", footer with fullmäktige's meeting date in October: the period's
result "18,2 mnkr bättre än det periodiserade budgeterade resultatet" and the full year "6,9 mnkr lägre än
budgeterat" in two sentences of one paragraph (two causes), the period surplus's reason in a paragraph of
its own (amount null), one sentence splitting the full year into the nämnder's "negativ budgetavvikelse på
19,0 mnkr" and the finance function's surplus (two items), the change since April, a net-cost comparison
with last year (other); a nämnd table with en-dash minus signs and April's deviation beside it; headings that
carry the nämnd and amount ("Socialnämnden –11,7 mnkr") with a "varav" part inside, one whose paragraph ends
with an action and its effect, "+3,3 mnkr" with two reasons; en-dash bullets under "Övriga nämnder" (a
plain "underskott om 2,4 mnkr", a possessive "Kultur- och fritidsnämndens prognos … ett litet överskott,
0,6 mnkr", "beräknas hålla sin budget": boilerplate); tax revenue in a sentence of its own and pensions and the
finance net as a "respektive" pair (no tags); investments "Avvikelsen på 47,5 mnkr" after the two levels and
a project that "beräknas överskrida projektbudgeten med 4,2 mnkr"; an action plan with a full-year effect and
the balanskrav (other). 15 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("bold", "bold", "bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Hallsbergs kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "Dnr KS 2025/312", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Driftredovisning per nämnd, helårsprognos 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "115,1", "3,3", "2,0"),
            ("Bildningsnämnden", "512,6", "521,4", "–8,8", "–6,5"),
            ("Socialnämnden", "468,2", "479,9", "–11,7", "–9,2"),
            ("Samhällsbyggnadsnämnden", "71,5", "73,9", "–2,4", "–1,1"),
            ("Kultur- och fritidsnämnden", "38,9", "38,3", "0,6", "0,4"),
            ("Revision", "1,6", "1,6", "0,0", "0,0"),
            ("Summa nämnder", "1 211,2", "1 230,2", "–19,0", "–14,4"),
        ),
        widths=(168.0, 66.0, 70.0, 64.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="bold", after=2),
        Title("Hallsbergs kommun", size=12, font="sans", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 41,6 mnkr. Det är 18,2 mnkr bättre "
                "än det periodiserade budgeterade resultatet.",
                C(
                    None,
                    "18,2 mnkr",
                    "+",
                    note="The period against the periodised budgeted result: a cause of its own.",
                ),
            ),
            (
                "För helåret prognostiseras ett resultat om 12,4 mnkr, vilket är 6,9 mnkr lägre än budgeterat.",
                C(None, "6,9 mnkr", "-", note="The full year, in the next sentence of the same paragraph."),
            ),
        ),
        P(
            "Att periodens resultat är så mycket högre än helårets förklaras till stor del av att semesterlöneskulden "
            "minskar under sommarmånaderna och av att flera planerade underhållsarbeten utförs först under hösten.",
            C(
                None,
                None,
                "+",
                "lonekostnader",
                "periodisering",
                note="The period surplus's reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Nämnderna redovisar sammantaget en negativ budgetavvikelse på 19,0 mnkr, medan finansförvaltningen "
            "väntas ge ett överskott mot budget på 12,1 mnkr.",
            C(
                "Nämnderna",
                "19,0 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "12,1 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har nämndernas prognos försämrats med 4,6 mnkr, främst inom "
            "socialnämnden och bildningsnämnden.",
            F("Nämnderna", "4,6 mnkr", "-"),
        ),
        P(
            "Nettokostnaderna har ökat med 5,1 procent jämfört med samma period 2024, vilket är mer än "
            "skatteintäkternas ökning på 3,8 procent.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        committees,
        H("Nämndernas prognoser", 2),
        HP(
            "Socialnämnden –11,7 mnkr",
            "Nämndens prognos visar ett underskott, varav 7,9 mnkr avser placeringar av barn och unga på HVB och i "
            "konsulentstödda familjehem. Även hemtjänsten går över budget, eftersom antalet beviljade timmar har "
            "ökat med nära 9 procent sedan årsskiftet.",
            C(
                "Socialnämnden",
                "–11,7 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the amount; the 'varav' placement cost is a part.",
            ),
        ),
        Para(
            (
                (
                    "Bildningsnämnden klarar inte sin ram. Förskolan har fler inskrivna barn än planerat, och "
                    "ersättningarna till fristående skolor och andra kommuner för elever som valt skola utanför "
                    "Hallsberg ökar mer än budgeterat.",
                    C(
                        "Bildningsnämnden",
                        "–8,8 mnkr",
                        "-",
                        "volymer",
                        "kopt_verksamhet",
                        note="The heading carries the amount; the action in the same paragraph is its own item.",
                    ),
                ),
                (
                    "Nämnden har beslutat om anställningsstopp för administrativa tjänster, vilket väntas minska "
                    "underskottet med cirka 1 mnkr under hösten.",
                    A("Bildningsnämnden", "cirka 1 mnkr", "bemanning"),
                ),
            ),
            head="Bildningsnämnden –8,8 mnkr",
        ),
        HP(
            "Kommunstyrelsen +3,3 mnkr",
            "Överskottet förklaras av vakanta tjänster inom kommunledningsförvaltningen, bland annat inom HR och "
            "upphandling, och av lägre licenskostnader sedan avtalet för ekonomisystemet omförhandlats.",
            C("Kommunstyrelsen", "+3,3 mnkr", "+", "vakanser", "it_digitalisering"),
        ),
        H("Övriga nämnder", 3),
        Bullets(
            (
                "Samhällsbyggnadsnämnden prognostiserar ett underskott om 2,4 mnkr. Vinterväghållningen i början av "
                "året blev dyrare än budgeterat och elkostnaderna för gatubelysningen har stigit.",
                "Kultur- och fritidsnämndens prognos pekar på ett litet överskott, 0,6 mnkr, eftersom badhuset har "
                "hållits stängt i sex veckor för byte av reningsanläggning.",
                "Revisionen beräknas hålla sin budget.",
            ),
            labels=(
                C(
                    "Samhällsbyggnadsnämnden",
                    "2,4 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Snow clearing is ovrigt; electricity costs prisokningar.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,6 mnkr",
                    "+",
                    "ovrigt",
                    note="A possessive area; a closure for repair is ovrigt.",
                ),
                BP("Revision"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas ge 8,4 mnkr mer än budgeterat, främst till följd "
                "av en högre slutavräkning för 2024.",
                C("Skatteintäkter och generella statsbidrag", "8,4 mnkr", "+", note=NO_TAG),
            ),
            (
                "Lägre pensionskostnader och ett bättre finansnetto än beräknat bidrar med 2,9 respektive 0,8 mnkr.",
                C(
                    "Pensionskostnader",
                    "2,9",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                    also=(C("Finansnetto", "0,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 146,0 mnkr och prognosen till 98,5 mnkr. Avvikelsen på 47,5 "
            "mnkr förklaras främst av att byggstarten för den nya förskolan i Vretstorp har flyttats till 2026.",
            C(
                "Investeringar",
                "47,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending (positive) after the two levels.",
            ),
        ),
        P(
            "Ombyggnaden av idrottshallen i Östansjö beräknas däremot överskrida projektbudgeten med 4,2 mnkr, till "
            "följd av ökade priser på ventilation och elinstallationer.",
            C("Idrottshallen i Östansjö", "4,2 mnkr", "-", "prisokningar", note="Investment overrun."),
        ),
        Space(6),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har tagit fram en handlingsplan för att minska kostnaderna för externa placeringar. Planen "
            "innebär bland annat att familjehemsenheten förstärks och att öppenvården byggs ut, och målet är en "
            "minskning med 3,0 mnkr på helårsbasis.",
            A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet", note="The whole paragraph is one action."),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 11,8 mnkr och balanskravet uppfylls. Två av kommunens tre "
            "finansiella mål bedöms nås; målet om att nämnderna ska bedriva sin verksamhet inom tilldelad ram nås "
            "inte.",
            O(None, note="Balanskrav and financial goals: other."),
        ),
    ]
    return ReportSpec(
        file="hallsberg-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Hallsberg",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Hallsbergs kommun"},
        style=style,
        blocks=blocks,
    )
