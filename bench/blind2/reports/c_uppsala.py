"""Uppsala kommun, Kommunstyrelsen, tertialrapport 2 2025 (the whole kommun per augusti).

A kommunstyrelse's compilation with numbered headings ("3.2 Kommentarer per nämnd"): a shaded
summary box of key figures (a table, no prose), the kommun's result against the budgeted result, one
sentence that names three parts each with its own amount (three items, same text), a table per nämnd
in mnkr with tertial 1's deviation and the deviation in percent, one paragraph per nämnd that opens
with its name: deficits and surpluses, one with the percentage beside the amount, one with the
previous tertial's figure in brackets ("(T1: −19 mnkr)", not the amount), one paragraph whose last
sentence is an action with its effect, four nämnder in balance in one sentence (boilerplate, four
items), the change since tertial 1, a year-on-year cost comparison (other), the investment outcome
against the investeringsbudget, a risk and a financial goal (not labelled). Liberation Sans.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        heading_sizes=(13.5, 11.5, 10.5),
        margins=(70.0, 74.0, 70.0, 70.0),
        header=lambda n, m: ("UPPSALA KOMMUN", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Kommunstyrelsen", "", f"{n} ({m})"),
        header_size=7.5,
    )
    summary_box = Table(
        caption="Sammanfattning i siffror, mnkr",
        header=(("", "Prognos 2025", "Budget 2025", "Avvikelse"),),
        rows=(
            ("Årets resultat", "405", "345", "60"),
            ("Nämndernas nettokostnader", "15 501", "15 407", "−94"),
            ("Skatteintäkter och generella statsbidrag", "16 236", "16 140", "96"),
            ("Nettoinvesteringar", "2 310", "2 980", "670"),
        ),
        widths=(210.0, 80.0, 80.0, 70.0),
        shade=(0.86, 0.9, 0.96),
        size=9.0,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas prognoser, mnkr (positiv avvikelse = överskott)",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse", "Avvikelse"),
            ("Nämnd", "2025", "2025", "T2", "i procent", "T1"),
        ),
        rows=(
            ("Kommunstyrelsen", "1 102", "1 102", "0", "0,0", "0"),
            ("Utbildningsnämnden", "6 420", "6 458", "−38", "−0,6", "−31"),
            ("Äldrenämnden", "2 480", "2 521", "−41", "−1,7", "−30"),
            ("Socialnämnden", "1 310", "1 337", "−27", "−2,1", "−19"),
            ("Omsorgsnämnden", "2 150", "2 141", "9", "0,4", "6"),
            ("Arbetsmarknadsnämnden", "690", "678", "12", "1,7", "10"),
            ("Gatu- och samhällsmiljönämnden", "540", "549", "−9", "−1,7", "−8"),
            ("Kulturnämnden", "330", "330", "0", "0,0", "0"),
            ("Idrotts- och fritidsnämnden", "300", "300", "0", "0,0", "0"),
            ("Plan- och byggnadsnämnden", "85", "85", "0", "0,0", "0"),
            ("Summa nämnder", "15 407", "15 501", "−94", "−0,6", "−72"),
        ),
        widths=(170.0, 52.0, 52.0, 58.0, 58.0, 52.0),
        bold_rows=frozenset({10}),
        rules=True,
        size=8.5,
    )
    in_balance = "Table row avvikelse 0."
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="arial-bold"),
        Title("Uppsala kommun, januari–augusti", size=12, font="arial", after=8),
        summary_box,
        H("1 Inledning", 1),
        P(
            "Tertialrapporten redovisar kommunens ekonomiska utfall till och med augusti och nämndernas prognoser "
            "för helåret. Rapporten omfattar kommunens nämnder och finansförvaltningen, men inte de kommunala "
            "bolagen. Uppföljningen av verksamhetsmålen redovisas i årsredovisningen."
        ),
        H("2 Kommunens resultat", 1),
        PS(
            (
                "Kommunens resultat för 2025 beräknas till 405 mnkr, vilket är 60 mnkr bättre än det budgeterade "
                "resultatet på 345 mnkr.",
                C(None, "60 mnkr", "+", note="The kommun's result against the budgeted result."),
            ),
            (
                "Avvikelsen förklaras av att skatteintäkter och generella statsbidrag beräknas bli 96 mnkr högre "
                "än budgeterat och att markförsäljningar i exploateringsområdena ger realisationsvinster på 58 "
                "mnkr, medan nämnderna sammantaget redovisar ett underskott på 94 mnkr.",
                C(
                    "Skatteintäkter och generella statsbidrag",
                    "96 mnkr",
                    "+",
                    note="One sentence, three parts with their own amounts: three items.",
                    also=(
                        C("Realisationsvinster", "58 mnkr", "+", "avgifter_intakter"),
                        C("Nämnderna", "94 mnkr", "-"),
                    ),
                ),
            ),
        ),
        P(
            "Verksamhetens nettokostnader har ökat med 4,9 procent jämfört med samma period 2024, vilket är något "
            "mer än ökningen av skatteintäkterna.",
            O(None, note="Year-on-year comparison, not against budget."),
        ),
        P(
            "Kommunfullmäktiges finansiella mål är att resultatet ska uppgå till minst 2 procent av skatteintäkter "
            "och generella statsbidrag. Med prognosen blir resultatet 2,5 procent."
        ),
        H("3 Nämndernas prognoser", 1),
        H("3.1 Översikt", 2),
        committees,
        P(
            "Jämfört med tertial 1 har nämndernas samlade prognos försämrats med 22 mnkr, främst inom "
            "socialnämnden och äldrenämnden.",
            F("Nämnderna", "22 mnkr", "-"),
        ),
        H("3.2 Kommentarer per nämnd", 2),
        P(
            "Utbildningsnämnden prognostiserar ett underskott på 38 mnkr, motsvarande 0,6 procent av "
            "nettobudgeten. Antalet elever i anpassad grundskola har ökat mer än väntat och två nya grupper har "
            "startats under våren. Skolskjutsarna har också blivit dyrare efter den nya upphandlingen.",
            C("Utbildningsnämnden", "38 mnkr", "-", "volymer", "prisokningar"),
        ),
        PS(
            (
                "Äldrenämnden beräknar ett underskott på 41 mnkr. Efterfrågan på hemtjänst har ökat snabbare än "
                "befolkningsprognosen, och nämnden har köpt fler platser i vård- och omsorgsboenden hos externa "
                "utförare än budgeterat.",
                C("Äldrenämnden", "41 mnkr", "-", "volymer", "kopt_verksamhet"),
            ),
            (
                "Nämnden har beslutat om en åtgärdsplan som ska minska kostnaderna med 15 mnkr på helårsbasis från "
                "2026.",
                A("Äldrenämnden", "15 mnkr"),
            ),
        ),
        P(
            "Socialnämnden prognostiserar ett underskott på 27 mnkr (T1: −19 mnkr). Fler hushåll än tidigare har "
            "ett långvarigt behov av ekonomiskt bistånd, och kostnaderna för placeringar av barn och unga ligger "
            "kvar på en hög nivå.",
            C(
                "Socialnämnden",
                "27 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                "kopt_verksamhet",
                note="The bracketed figure is the tertial-1 forecast, not the amount.",
            ),
        ),
        P(
            "Omsorgsnämnden redovisar ett överskott på 9 mnkr, främst på grund av att två nya bostäder med "
            "särskild service enligt LSS har öppnat senare än planerat.",
            C("Omsorgsnämnden", "9 mnkr", "+", "periodisering"),
        ),
        P(
            "Arbetsmarknadsnämnden visar ett överskott om 12 mnkr. Statsbidragen för regional yrkesvux har blivit "
            "högre än väntat, och färre personer än beräknat studerar hos externa utbildningsanordnare.",
            C("Arbetsmarknadsnämnden", "12 mnkr", "+", "statsbidrag", "volymer", "kopt_verksamhet"),
        ),
        P(
            "Gatu- och samhällsmiljönämnden har ett underskott på 9 mnkr. Vinterväghållningen i januari och "
            "februari krävde betydligt fler utryckningar för snöröjning och halkbekämpning än en normal vinter.",
            C("Gatu- och samhällsmiljönämnden", "9 mnkr", "-", "ovrigt", note="Weather: ovrigt."),
        ),
        P(
            "Kommunstyrelsen, kulturnämnden, idrotts- och fritidsnämnden samt plan- och byggnadsnämnden "
            "prognostiserar resultat i nivå med budget.",
            BP(
                "Kommunstyrelsen",
                note=in_balance,
                also=(
                    BP("Kulturnämnden", note=in_balance),
                    BP("Idrotts- och fritidsnämnden", note=in_balance),
                    BP("Plan- och byggnadsnämnden", note=in_balance),
                ),
            ),
        ),
        H("4 Investeringar", 1),
        P(
            "Investeringsutgifterna för 2025 beräknas till 2 310 mnkr, vilket är 670 mnkr lägre än "
            "investeringsbudgeten på 2 980 mnkr. Byggstarten för två nya skolor i Rosendal och Södra staden har "
            "senarelagts i väntan på detaljplaner, och flera gång- och cykelprojekt flyttas till 2026.",
            C(
                "Investeringar",
                "670 mnkr",
                "+",
                "periodisering",
                note="Investering: spending under the investment budget.",
            ),
        ),
        H("5 Risker", 1),
        P(
            "Skatteprognosen bygger på SKR:s bedömning från augusti. Om arbetsmarknaden försvagas under hösten kan "
            "skatteintäkterna bli lägre än beräknat, och nämndernas underskott inom äldreomsorg och socialtjänst "
            "kan växa om volymerna fortsätter att öka.",
            O(None, "volymer", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="uppsala-ks-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Uppsala kommun", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
