"""Täby kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with hyphen-minus deficits, footer with the kommunstyrelse's meeting date
in November: the period "41,3 mnkr bättre än det periodiserade budgeterade resultatet", the full year "en
negativ avvikelse på 22,5 mnkr" and the period's timing reason (amount null) as three sentences, one sentence
splitting the result into the nämnder's "underskott mot budget på 38,7 mnkr" and the finance function's
"överskott på 16,2 mnkr", the change since September with its cause, a table with October's and September's
deviation side by side, then bullets under a generic heading ("Kommunledningskontorets kommentar per nämnd")
in varied shapes: "prognostiserar ett underskott på", a possessive "Barn- och grundskolenämndens avvikelse på
−10,8 mnkr", "går mot ett negativt resultat om", "Inom Stadsbyggnadsnämnden blir bygglovsintäkterna 2,1 mnkr
lägre än budget", "ligger nära budget, med ett mindre underskott", "plus 0,8 mnkr" after a colon and "bedöms
hålla budget" (boilerplate); tax revenue alone and pensions and the finance net as a "respektive" pair;
investments "136 mnkr inte förbrukas" after two levels and a project that "beräknas överskrida
projektbudgeten"; two actions, balanskrav and a forecast uncertainty with "beror på" (others). Liberation
Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Täby kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-24", "Dnr KS 2025/0412-04", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "412,0", "409,6", "2,4", "2,1"),
            ("Barn- och grundskolenämnden", "1 498,3", "1 509,1", "-10,8", "-10,2"),
            ("Gymnasie- och näringslivsnämnden", "402,6", "405,4", "-2,8", "-2,5"),
            ("Socialnämnden", "1 105,4", "1 131,2", "-25,8", "-21,9"),
            ("Kultur- och fritidsnämnden", "198,7", "197,9", "0,8", "0,6"),
            ("Stadsbyggnadsnämnden", "38,2", "40,3", "-2,1", "-1,9"),
            ("Tekniska nämnden", "121,5", "121,9", "-0,4", "-0,3"),
            ("Miljö- och hälsoskyddsnämnden", "14,1", "14,1", "0,0", "0,0"),
            ("Summa nämnder", "", "", "-38,7", "-34,1"),
            ("Finansförvaltningen", "", "", "16,2", "15,7"),
            ("Totalt", "", "", "-22,5", "-18,4"),
        ),
        widths=(170.0, 62.0, 62.0, 86.0, 86.0),
        bold_rows=frozenset({8, 10}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Täby kommun", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–oktober uppgår till 212,6 mnkr, vilket är 41,3 mnkr bättre "
                "än det periodiserade budgeterade resultatet.",
                C(None, "41,3 mnkr", "+", note="The period against the periodised budget: its own item."),
            ),
            (
                "För helåret prognostiseras ett resultat på 96,0 mnkr mot budgeterade 118,5 mnkr, en negativ "
                "avvikelse på 22,5 mnkr.",
                C(None, "22,5 mnkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Periodens överskott beror främst på att exploateringsintäkter från Roslags-Näsby har bokförts "
                "tidigare än planerat.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason in a sentence of its own: amount null.",
                ),
            ),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott mot budget på 38,7 mnkr, medan finansförvaltningen väntas "
            "ge ett överskott på 16,2 mnkr.",
            C(
                "Nämnderna",
                "38,7 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "16,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Prognosen är 4,1 mnkr sämre än i september, vilket framför allt beror på fler placeringar av barn och "
            "unga inom socialnämnden.",
            F(None, "4,1 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Kommunledningskontorets kommentar per nämnd", 2),
        Bullets(
            (
                "Socialnämnden prognostiserar ett underskott på 25,8 mnkr. Fler externa placeringar av barn och unga "
                "och ett ökat behov av boende med särskild service enligt LSS driver kostnaderna, och "
                "försörjningsstödet ligger högre än budgeterat.",
                "Barn- och grundskolenämndens avvikelse på −10,8 mnkr förklaras av att skolpengen till fristående "
                "skolor blivit högre när fler elever valt fristående alternativ, samtidigt som de kommunala skolornas "
                "lokalkostnader inte har minskat i samma takt.",
                "Gymnasie- och näringslivsnämnden går mot ett negativt resultat om 2,8 mnkr till följd av fler elever "
                "i gymnasiesärskolan och dyrare elevresor.",
                "Inom Stadsbyggnadsnämnden blir bygglovsintäkterna 2,1 mnkr lägre än budget då antalet ansökningar "
                "har minskat.",
                "Tekniska nämnden ligger nära budget, med ett mindre underskott på 0,4 mnkr som hänger samman med "
                "vinterns snöröjning.",
                "Kommunstyrelsen visar ett överskott om 2,4 mnkr, främst genom vakanser på kommunledningskontoret.",
                "Kultur- och fritidsnämnden: plus 0,8 mnkr, tack vare högre intäkter från simhallen.",
                "Miljö- och hälsoskyddsnämnden bedöms hålla budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "25,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                ),
                C(
                    "Barn- och grundskolenämnden",
                    "−10,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "lokaler",
                    note="The area as a possessive. Skolpeng to independent schools: kopt_verksamhet.",
                ),
                C(
                    "Gymnasie- och näringslivsnämnden",
                    "2,8 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="Dearer school transport: prisokningar.",
                ),
                C(
                    "Stadsbyggnadsnämnden",
                    "2,1 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="The area after 'Inom'. Revenue under budget: negative.",
                ),
                C("Tekniska nämnden", "0,4 mnkr", "-", "ovrigt", note="Snow clearing: ovrigt."),
                C("Kommunstyrelsen", "2,4 mnkr", "+", "vakanser"),
                C("Kultur- och fritidsnämnden", "plus 0,8 mnkr", "+", "avgifter_intakter"),
                BP("Miljö- och hälsoskyddsnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna beräknas bli 9,4 mnkr högre än budgeterat enligt SKR:s oktoberprognos.",
            C("Skatteintäkter", "9,4 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot avviker positivt med 3,9 respektive 2,9 mnkr.",
            C(
                "Pensionskostnader",
                "3,9",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: two items. " + NO_TAG,
                also=(C("Finansnetto", "2,9 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 684 mnkr. Utfallet per oktober är 371 mnkr och "
            "helårsprognosen 548 mnkr, vilket innebär att 136 mnkr inte förbrukas under året. Avvikelsen beror främst "
            "på att upphandlingen av ombyggnaden av Tibble gymnasium har överklagats.",
            C(
                "Investeringar",
                "136 mnkr",
                "+",
                "ovrigt",
                "periodisering",
                note="Under-spending after two levels. An appealed procurement: ovrigt.",
            ),
        ),
        P(
            "Projektet Täby park etapp 2 beräknas däremot överskrida projektbudgeten med 11,5 mnkr på grund av "
            "högre entreprenadkostnader.",
            C("Täby park etapp 2", "11,5 mnkr", "-", "prisokningar", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat skärpt uppföljning av externa "
            "placeringar, som beräknas minska kostnaderna med 4 mnkr under november och december.",
            A("Socialnämnden", "4 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Barn- och grundskolenämnden har infört anställningsprövning för alla tjänster som inte är lärartjänster.",
            A("Barn- och grundskolenämnden", None, "bemanning"),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Kommunen klarar balanskravet även med ett resultat på 96,0 mnkr, och det egna kapitalet påverkas inte "
            "av nämndernas underskott.",
            O(None, note="Balanskrav and equity: other."),
        ),
        P(
            "Det finns en osäkerhet i prognosen för skatteintäkterna, som beror på hur lönesumman utvecklas under "
            "hösten.",
            O(None, note="An uncertainty with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="taby-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
