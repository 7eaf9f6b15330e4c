"""Svedala kommun, Kommunstyrelsen, månadsuppföljning mars 2026 (the whole kommun).

A whole-kommun month report in mnkr with hyphen-minus signs separated by a space ("- 17,8 mnkr"), whose footer
carries the arbetsutskott's meeting date in April: the full year as a result "att jämföra med det budgeterade
resultatet" followed by the deviation in its own sentence, the period "bättre än periodiserad budget" with a
timing reason (a cause of its own), one sentence splitting the result into the nämnder's "- 17,8 mnkr" and
the finance function's "5,4 mnkr" (two items); a nämnd table with February's deviation; under a generic
heading ("Ekonomikontorets kommentar per nämnd") en-dash bullets in varied shapes: "Vård- och
omsorgsnämnden: underskott 9,6 mnkr.", "beräknar att överskrida sin budgetram med 6,1 mnkr" with February's
figure in brackets, a possessive "Barn- och utbildningsnämndens prognos om -3,4 mnkr", "redovisar ett
överskott på 1,3 mnkr", "i stort sett i nivå med budget" (boilerplate), bygglov revenue "en halv miljon kronor
lägre än budgeterat" (in words) and "Kommunstyrelsen +2,0 mnkr"; tax revenue and general grants with
"medan" (two items) and pensions and interest as a "respektive" pair (two items, no tags); investments "en
avvikelse om 45 mnkr" and a project "7,2 mnkr över projektbudgeten"; the change since February, two actions
(one with an effect) and balanskrav (other). 16 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("SVEDALA KOMMUN", "Ekonomikontoret"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-04-15", "Dnr KS 2026/112", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    committees = Table(
        caption="Nämndernas prognos 2026, mnkr (negativt tal = underskott)",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "118,5", "116,5", "2,0", "1,6"),
            ("Barn- och utbildningsnämnden", "742,3", "745,7", "- 3,4", "- 3,0"),
            ("Socialnämnden", "161,8", "167,9", "- 6,1", "- 5,2"),
            ("Vård- och omsorgsnämnden", "498,0", "507,6", "- 9,6", "- 7,9"),
            ("Tekniska nämnden", "84,2", "82,9", "1,3", "1,1"),
            ("Kultur- och fritidsnämnden", "52,6", "52,7", "- 0,1", "0,0"),
            ("Bygg- och miljönämnden", "14,9", "16,8", "- 1,9", "- 1,4"),
            ("Summa nämnder", "1 672,3", "1 690,1", "- 17,8", "- 14,8"),
        ),
        widths=(168.0, 68.0, 70.0, 62.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=19, font="sans-bold", after=3),
        Title("Svedala kommun – samtliga nämnder och finansförvaltningen", size=11, font="sans", after=14),
        P(
            "Uppföljningen bygger på bokfört utfall till och med mars och på nämndernas prognoser för helåret. "
            "Nästa uppföljning avser april och ingår i tertialrapporten."
        ),
        H("Kommunens ekonomiska läge", 1),
        P(
            "Kommunens prognos för helåret 2026 pekar på ett resultat om 18,6 mnkr, att jämföra med det budgeterade "
            "resultatet om 31,0 mnkr. Det innebär en negativ budgetavvikelse om 12,4 mnkr.",
            C(
                None,
                "12,4 mnkr",
                "-",
                note="The full year: two levels, then the deviation in its own sentence.",
            ),
        ),
        P(
            "Utfallet för januari–mars är 3,9 mnkr bättre än periodiserad budget, vilket främst förklaras av att "
            "kostnader för underhåll och kompetensutveckling brukar falla ut senare under året.",
            C(
                None,
                "3,9 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget: a cause.",
            ),
        ),
        P(
            "Nämndernas sammantagna avvikelse är - 17,8 mnkr, medan finansförvaltningen bidrar positivt med "
            "5,4 mnkr.",
            C(
                "Nämnderna",
                "- 17,8 mnkr",
                "-",
                note="A minus sign separated by a space; two parts with their own amounts: two items.",
                also=(C("Finansförvaltningen", "5,4 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med februariprognosen har kommunens resultat försämrats med 3,0 mnkr, framför allt inom vård "
            "och omsorg.",
            F(None, "3,0 mnkr", "-", note="An area, not a cause, is named: no tag."),
        ),
        committees,
        Space(10),
        H("Ekonomikontorets kommentar per nämnd", 2),
        Bullets(
            (
                "Vård- och omsorgsnämnden: underskott 9,6 mnkr. Antalet beviljade hemtjänsttimmar har ökat kraftigt "
                "sedan årsskiftet och nattpatrullen har fått förstärkas. Även kostnaderna för inhyrda sjuksköterskor "
                "ligger högre än budgeterat.",
                "Socialnämnden beräknar att överskrida sin budgetram med 6,1 mnkr (- 5,2 mnkr i februari), främst till "
                "följd av fler placeringar av barn och unga på HVB och i konsulentstödda familjehem.",
                "Barn- och utbildningsnämndens prognos om -3,4 mnkr hänger samman med att statsbidraget för mindre "
                "barngrupper i förskolan har upphört, medan hyran för den tillfälliga paviljongen i Bara belastar "
                "nämnden under hela året.",
                "Tekniska nämnden redovisar ett överskott på 1,3 mnkr. Elpriserna har varit lägre än vad som antogs i "
                "budgeten och två tjänster som projektledare har stått vakanta under våren.",
                "Kultur- och fritidsnämnden ligger i stort sett i nivå med budget.",
                "Bygg- och miljönämnden: intäkterna för bygglov väntas bli en halv miljon kronor lägre än budgeterat "
                "eftersom färre ansökningar om nybyggnation har kommit in.",
                "Kommunstyrelsen +2,0 mnkr, där lägre kostnader för den politiska organisationen och en försenad "
                "rekrytering till digitaliseringsenheten förklarar större delen.",
            ),
            labels=(
                C("Vård- och omsorgsnämnden", "9,6 mnkr", "-", "volymer", "bemanning", "inhyrd_personal"),
                C(
                    "Socialnämnden",
                    "6,1 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="February's figure in brackets is not the amount.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "-3,4 mnkr",
                    "-",
                    "statsbidrag",
                    "lokaler",
                    note="A possessive names the area.",
                ),
                C("Tekniska nämnden", "1,3 mnkr", "+", "prisokningar", "vakanser"),
                BP(
                    "Kultur- och fritidsnämnden",
                    note="'I nivå med budget' beside a row of - 0,1: boilerplate.",
                ),
                C(
                    "Bygg- och miljönämnden",
                    "en halv miljon kronor",
                    "-",
                    "avgifter_intakter",
                    value=500_000,
                    note="Only the bygglov revenue, in words (the row says - 1,9): the stated figure.",
                ),
                C(
                    "Kommunstyrelsen",
                    "+2,0 mnkr",
                    "+",
                    "ovrigt",
                    "vakanser",
                    note="Political organisation costs are ovrigt.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna beräknas bli 4,1 mnkr lägre än budget enligt den senaste skatteunderlagsprognosen, "
            "medan de generella statsbidragen blir 2,6 mnkr högre.",
            C(
                "Skatteintäkter",
                "4,1 mnkr",
                "-",
                note=NO_TAG + " Two items joined by 'medan'.",
                also=(C("Generella statsbidrag", "2,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Pensionskostnaderna och räntekostnaderna beräknas bli 4,3 respektive 2,6 mnkr lägre än budgeterat.",
            C(
                "Pensionskostnader",
                "4,3",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Räntekostnader", "2,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 286 mnkr. Prognosen är 241 mnkr, en avvikelse om 45 mnkr som "
            "i huvudsak beror på att bygget av den nya förskolan i centrala Svedala har skjutits fram ett halvår.",
            C("Investeringar", "45 mnkr", "+", "periodisering"),
        ),
        P(
            "Den nya gång- och cykelvägen mot Holmeja beräknas bli 7,2 mnkr över projektbudgeten, på grund av "
            "markförhållanden som har krävt förstärkning av vägkroppen.",
            C(
                "Gång- och cykelväg mot Holmeja",
                "7,2 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun; ground: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Vård- och omsorgsnämnden har beslutat om en handlingsplan med bland annat en översyn av "
                "schemaläggningen i hemtjänsten, som beräknas ge 2,5 mnkr på helår.",
                A("Vård- och omsorgsnämnden", "2,5 mnkr", "bemanning"),
            ),
            (
                "Socialnämnden prövar sedan mars alla nya placeringar i ett särskilt placeringsforum.",
                A("Socialnämnden", None, "kopt_verksamhet"),
            ),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 17,1 mnkr efter justering för realisationsvinster, och "
            "balanskravet uppfylls därmed.",
            O(None, note="Balanskrav."),
        ),
    ]
    return ReportSpec(
        file="svedala-ks-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Svedala",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026", "author": "Svedala kommun"},
        style=style,
        blocks=blocks,
    )
