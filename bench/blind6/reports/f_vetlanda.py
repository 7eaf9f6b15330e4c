"""Vetlanda kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report from the ekonomiavdelning, with a footer carrying the arbetsutskott's meeting
date in November, in which each nämnd is named in several forms: the kommun's result against the budgeted
result, one "varav" sentence with the nämnder's total, September's total in brackets (not the amount) and
three nämnder by their abbreviations only ("varav SN −15,6 mnkr, BUN −7,4 mnkr och TN −2,6 mnkr", four
items from one sentence), finansieringen's surplus as a bare figure, a table per nämnd in mnkr whose rows
give the abbreviations in brackets, with September's deviation; the change since September with its
cause; then bullets, one per nämnd, whose causes run over two or three lines, each naming the nämnd
differently: "Socialnämnden: −15,6 mnkr." with a part amount, "Barn och utbildning: −7,4 mnkr." (bought
school places and school transport after a procurement), a lower-case "tekniska nämnden −2,6 mnkr, där …"
(snow clearing and street-light electricity), "KS +0,9 mnkr:" telegraphic, and two nämnder in one
"respektive" bullet with no cause (two items); a risk with a cost range (other) and the investment
forecast under budget from a postponed school rebuild. Liberation Serif (Times) 10.5 pt with Arial
headings, a rule under the header.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.34,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 78.0, 72.0, 72.0),
        header=lambda n, m: ("Vetlanda kommun", "Ekonomiavdelningen"),
        footer=lambda n, m: ("KS 2025/318", "Kommunstyrelsens arbetsutskott 2025-11-18", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen (KS)", "142,6", "141,7", "0,9", "0,6"),
            ("Barn- och utbildningsnämnden (BUN)", "742,3", "749,7", "−7,4", "−6,8"),
            ("Socialnämnden (SN)", "811,9", "827,5", "−15,6", "−13,4"),
            ("Tekniska nämnden (TN)", "64,8", "67,4", "−2,6", "−2,1"),
            ("Kultur- och fritidsnämnden (KFN)", "48,2", "47,9", "0,3", "0,4"),
            ("Miljö- och byggnadsnämnden (MBN)", "17,5", "17,4", "0,1", "0,3"),
            ("Summa nämnder", "1 827,3", "1 851,6", "−24,3", "−21,0"),
            ("Finansiering", "", "", "5,6", "5,2"),
            ("Totalt mot budgeterat resultat", "", "", "−18,7", "−15,8"),
        ),
        widths=(182.0, 54.0, 58.0, 78.0, 78.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold"),
        Title("Kommunstyrelsens samlade uppföljning av nämnderna", size=11, font="times-italic", after=12),
        H("Kommunens resultat", 1),
        P(
            "Kommunens prognostiserade resultat för 2025 uppgår till 9,8 mnkr, vilket är 18,7 mnkr lägre än det "
            "budgeterade resultatet på 28,5 mnkr.",
            C(None, "18,7 mnkr", "-", note="The kommun's forecast result against the budgeted result."),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 24,3 mnkr (september: −21,0 mnkr), varav SN "
            "−15,6 mnkr, BUN −7,4 mnkr och TN −2,6 mnkr.",
            C(
                "Nämnderna",
                "24,3 mnkr",
                "-",
                note="A 'varav' sentence: the nämnder's total (September's in brackets) and three nämnder named by "
                "their abbreviations only (four items, same text). The areas give the table's full name and the "
                "abbreviation.",
                also=(
                    C("Socialnämnden (SN)", "−15,6 mnkr", "-"),
                    C("Barn- och utbildningsnämnden (BUN)", "−7,4 mnkr", "-"),
                    C("Tekniska nämnden (TN)", "−2,6 mnkr", "-"),
                ),
            ),
        ),
        P(
            "Finansieringen visar ett överskott på 5,6 mnkr.",
            C("Finansiering", "5,6 mnkr", "+", note="A bare figure, no cause."),
        ),
        table,
        H("Förändring sedan september", 2),
        P(
            "Resultatprognosen har försämrats med 2,9 mnkr sedan september. Det är framför allt socialnämnden som har "
            "räknat upp sina kostnader för placeringar av barn och unga.",
            F(None, "2,9 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Nämndernas prognoser i korthet", 2),
        Bullets(
            (
                "Socialnämnden: −15,6 mnkr. Externa placeringar inom barn och unga samt vuxna med missbruk överstiger "
                "budget med 9,8 mnkr, och hemtjänsten har haft fler beviljade timmar än budgeterat. Fler brukare med "
                "stora omvårdnadsbehov har också krävt förstärkt bemanning på två särskilda boenden.",
                "Barn och utbildning: −7,4 mnkr. Kostnaderna för elever i fristående skolor och i andra kommuners "
                "gymnasieskolor är högre än budgeterat, liksom kostnaderna för skolskjuts efter den nya upphandlingen.",
                "tekniska nämnden −2,6 mnkr, där de snörika vintermånaderna gjorde snöröjningen dyrare än budgeterat "
                "och elpriset för gatubelysningen har varit högre än beräknat under hösten",
                "KS +0,9 mnkr: vakanser inom ekonomi- och personalavdelningarna.",
                "Kultur- och fritidsnämnden och miljö- och byggnadsnämnden redovisar små överskott, 0,3 respektive 0,1 "
                "mnkr.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "−15,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "bemanning",
                    note="9,8 mnkr is a part (placements).",
                ),
                C(
                    "Barn och utbildning",
                    "−7,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "prisokningar",
                    note="The nämnd named as its verksamhet; bought school places and a dearer transport contract.",
                ),
                C(
                    "Tekniska nämnden",
                    "−2,6 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="A lower-case bullet with no full stop; snow (weather) and electricity prices.",
                ),
                C(
                    "Kommunstyrelsen (KS)",
                    "+0,9 mnkr",
                    "+",
                    "vakanser",
                    note="The abbreviation only; telegraphic.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,3",
                    "+",
                    unit="mnkr",
                    note="'Respektive' with no cause: two items; '0,3' takes its unit from '0,1 mnkr'.",
                    also=(C("Miljö- och byggnadsnämnden", "0,1 mnkr", "+"),),
                ),
            ),
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Socialnämndens prognos förutsätter att inga ytterligare placeringar görs under november och december. En "
            "ny placering på HVB kostar mellan 150 000 och 250 000 kronor per månad.",
            O("Socialnämnden", "kopt_verksamhet", note="Risk, with a cost range."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas till 168 mnkr, vilket är 78 mnkr lägre än budget. Ombyggnaden av "
            "Ekbackeskolan har flyttats till 2026, sedan anbuden i den första upphandlingen blev betydligt högre än "
            "kalkylen.",
            C(
                "Investeringar",
                "78 mnkr",
                "+",
                "periodisering",
                note="Investment forecast under budget: a postponed project (the high bids are why it was postponed).",
            ),
        ),
    ]
    return ReportSpec(
        file="vetlanda-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Vetlanda kommun, ekonomiavdelningen"},
        style=style,
        blocks=blocks,
    )
