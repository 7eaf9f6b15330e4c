"""Falkenbergs kommun, Kommunstyrelsens arbetsutskott, protokollsutdrag: månadsuppföljning och prognos oktober 2025.

A protocol extract from the arbetsutskott's meeting in November that carries the whole kommun's month follow-up:
the decision (unlabelled), then the summary: the period's "driftavvikelse" an "överskott om 24,6 mkr" with its
timing reason in the next sentence (one item), the nämnder's full-year "underskott om 9,4 mkr" and, in the same
paragraph, the change since September (its own item), the kommun's result "dvs. ett budgetöverskott om 6,9 mkr"
and the change since the interim report in the next sentence, a paragraph on periodisation and a February
commission (other). After a page break the compilation: a nämnd table in mkr with the period's and the year's
deviation and September's, then one bullet per nämnd in varied shapes ("Socialnämnden: Helårsprognosen är ett
underskott om 9,6 mkr, varav 5,1 mkr …" with a percentage level, "räknar med ett minus mot budget på 4,3 mkr",
"beräknar ett plus på 1,7 mkr", a bracketed amount after the name "(+0,9 mkr):", September's figure in brackets,
"Kommunstyrelsen: +2,5 mkr." and "följer budget"), a winter risk in a paragraph of its own, the finance function
"överskott om 16,3 mkr mot budget" (no tags), investments "107 mkr under investeringsbudgeten" and two projects
whose under-spending is written with a minus sign in brackets ("(−41 mkr)", direction positive), and an action
with its effect next year, and a financial goal (other). 13 scored causes. Liberation Serif (Times metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, PageBreak, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.34,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: (
            "FALKENBERGS KOMMUN   SAMMANTRÄDESPROTOKOLL",
            "Kommunstyrelsens arbetsutskott 2025-11-25",
        ),
        footer=lambda n, m: ("Justerandes sign", "Utdragsbestyrkande", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mkr (+ = överskott, − = underskott)",
        header=(
            ("", "Budget", "Utfall", "Avvikelse", "Prognos", "Prognos"),
            ("Nämnd", "helår", "jan–okt", "jan–okt", "avv. helår", "avv. sep"),
        ),
        rows=(
            ("Kommunstyrelsen", "168,2", "131,0", "9,1", "2,5", "2,2"),
            ("Barn- och utbildningsnämnden", "842,6", "698,8", "3,4", "−4,3", "−3,9"),
            ("Socialnämnden", "921,3", "773,7", "−6,2", "−9,6", "−6,8"),
            ("Kultur- och fritidsnämnden", "96,4", "77,9", "2,4", "0,9", "0,8"),
            ("Tekniska nämnden", "118,7", "88,6", "10,3", "1,7", "1,5"),
            ("Bygg- och miljönämnden", "21,5", "18,5", "−0,6", "−0,6", "−0,4"),
            ("Överförmyndarnämnden", "5,8", "4,8", "0,0", "0,0", "0,0"),
            ("Summa nämnder", "2 174,5", "1 793,3", "18,4", "−9,4", "−6,6"),
            ("Finansförvaltningen", "", "", "6,2", "16,3", "14,0"),
            ("Totalt", "", "", "24,6", "6,9", "7,4"),
        ),
        widths=(148.0, 52.0, 54.0, 56.0, 60.0, 56.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Utdrag ur protokoll", size=12, font="times-italic", after=2),
        Title("§ 318 Månadsuppföljning och prognos oktober 2025", size=16, font="times-bold", after=2),
        P("KS 2025-141", size=9.5),
        H("Beslut", 2),
        P(
            "Arbetsutskottet föreslår kommunstyrelsen besluta att anteckna att månadsuppföljningen efter oktober "
            "har redovisats."
        ),
        H("Beslutsunderlag", 2),
        P(
            "Strategienhetens sammanställning av driftskostnadsuppföljningen efter oktober 2025. "
            "Driftskostnadsuppföljningar från nämnderna."
        ),
        H("Sammanfattning av ärendet", 2),
        P(
            "Strategienheten har sammanställt nämndernas uppföljningar efter oktober och en prognos för "
            "kommunens årsutfall."
        ),
        P(
            "Driftavvikelsen för januari–oktober är ett överskott om 24,6 mkr. Överskottet beror till stor del på "
            "att budgeten för underhåll och projekt är fördelad jämnt över året, medan kostnaderna i huvudsak "
            "faller ut under november och december.",
            C(
                None,
                "24,6 mkr",
                "+",
                "periodisering",
                note="The period's deviation against the periodised budget with its timing reason: one item.",
            ),
        ),
        PS(
            (
                "Nämndernas prognos för helåret är ett underskott om 9,4 mkr.",
                C("Nämnderna", "9,4 mkr", "-", note="The nämnder together, no reason."),
            ),
            (
                "Jämfört med prognosen efter september har nämndernas prognos försämrats med 2,8 mkr, nästan helt "
                "inom socialnämnden.",
                F("Nämnderna", "2,8 mkr", "-", note="The change since September in the same paragraph."),
            ),
        ),
        PS(
            (
                "Med hänsyn tagen till nämndernas prognoser och skatteunderlagsprognosen från oktober visar "
                "prognosen för kommunens resultat 71,4 mkr, dvs. ett budgetöverskott om 6,9 mkr.",
                C(None, "6,9 mkr", "+", note="The result level (71,4) is not the deviation."),
            ),
            (
                "Det är 5,2 mkr bättre än prognosen vid delårsbokslutet.",
                F(None, "5,2 mkr", "+", note="Against the interim report's forecast."),
            ),
        ),
        H("Ekonomi", 2),
        P("Beslutet i sig påverkar inte kommunens ekonomi."),
        H("Övervägande", 2),
        P(
            "Skillnaden mellan utfall och periodiserad budget är fortsatt stor och säger lite om hur året slutar. "
            "Kommunstyrelsen gav i februari nämnderna i uppdrag att se över periodiseringen av sina budgetar "
            "inför 2026.",
            O(None, "periodisering", note="Context and a commission: other."),
        ),
        P("Expedieras till: samtliga nämnder, strategienheten", size=9.5),
        PageBreak(),
        Title(
            "Sammanställning – driftskostnadsuppföljning efter oktober 2025",
            size=14,
            font="times-bold",
            after=8,
        ),
        table,
        Space(6),
        H("Nämndernas kommentarer", 2),
        Bullets(
            (
                "Socialnämnden: Helårsprognosen är ett underskott om 9,6 mkr, varav 5,1 mkr avser placeringar av "
                "barn och unga i familjehem och på HVB. Hemtjänsten går också över budget eftersom antalet utförda "
                "timmar ligger cirka 8 procent över den nivå som budgeten bygger på.",
                "Barn- och utbildningsnämnden räknar med ett minus mot budget på 4,3 mkr. Skolskjutsarna har blivit "
                "dyrare efter den nya upphandlingen, och fler ungdomar än planerat väljer gymnasieutbildning i "
                "Halmstad och Varberg, vilket ökar den interkommunala ersättningen.",
                "Tekniska nämnden beräknar ett plus på 1,7 mkr, som främst förklaras av lägre kapitaltjänstkostnader "
                "när flera investeringar har blivit försenade.",
                "Kultur- och fritidsnämnden (+0,9 mkr): personalkostnaderna blir lägre än budgeterat eftersom "
                "tjänster inom biblioteken och fritidsgårdarna har stått vakanta under delar av året.",
                "Bygg- och miljönämnden visar ett underskott om 0,6 mkr (0,4 mkr i september). Färre "
                "bygglovsansökningar än beräknat ger lägre avgiftsintäkter.",
                "Kommunstyrelsen: +2,5 mkr. Medlen för digitalisering har inte använts i den takt som planerades, och "
                "två tjänster på personalavdelningen har varit vakanta under våren.",
                "Överförmyndarnämnden följer budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "9,6 mkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The 'varav' part (5,1) and the 8 percent volume level are not the amount.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "4,3 mkr",
                    "-",
                    "prisokningar",
                    "kopt_verksamhet",
                    "volymer",
                    note="'Ett minus mot budget'; interkommunal ersättning is kopt_verksamhet.",
                ),
                C(
                    "Tekniska nämnden",
                    "1,7 mkr",
                    "+",
                    "periodisering",
                    note="'Ett plus'; lower capital costs from delayed investments: timing.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "+0,9 mkr",
                    "+",
                    "vakanser",
                    note="The amount in brackets right after the name is the deviation, not last month's.",
                ),
                C(
                    "Bygg- och miljönämnden",
                    "0,6 mkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="September's figure in brackets is not the amount.",
                ),
                C("Kommunstyrelsen", "+2,5 mkr", "+", "it_digitalisering", "vakanser"),
                BP("Överförmyndarnämnden"),
            ),
        ),
        P(
            "Tekniska nämndens prognos förutsätter att vinterväghållningen blir som under ett normalår. En kall och "
            "snörik december kan förändra bilden.",
            O("Tekniska nämnden", note="A weather risk: other."),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Finansförvaltningen prognostiserar ett överskott om 16,3 mkr mot budget. Skatteintäkterna blir högre "
            "än i budgeten enligt SKR:s oktoberprognos, och pensionskostnaderna blir lägre.",
            C("Finansförvaltningen", "16,3 mkr", "+", note="A finance item: no cause tag."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgår till 212 mkr efter oktober. För helåret prognostiseras 298 mkr, vilket är "
            "107 mkr under investeringsbudgeten om 405 mkr.",
            C(
                "Investeringar",
                "107 mkr",
                "+",
                note="Investment under-spending; the spending so far and the budget are levels.",
            ),
        ),
        P(
            "Den största delen av avvikelsen finns i ombyggnaden av Tullbroskolan (−41 mkr) och VA-utbyggnaden i "
            "Olofsbo (−23 mkr), som båda har förskjutits till 2026.",
            C(
                "Tullbroskolan",
                "−41 mkr",
                "+",
                "periodisering",
                note="Two projects, two items; the minus sign means lower spending: under-spending is positive.",
                also=(C("VA-utbyggnaden i Olofsbo", "−23 mkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden beslutade i oktober om en handlingsplan för institutionsplaceringar, där fler ungdomar "
            "ska få insatser i kommunens egen öppenvård. Planen bedöms minska kostnaderna med 1,5 mkr under 2026.",
            A("Socialnämnden", "1,5 mkr", "kopt_verksamhet", note="The whole paragraph is one action."),
        ),
        H("Finansiella mål", 2),
        P(
            "Med nuvarande prognos når kommunen målet om ett resultat på minst 2 procent av skatteintäkter och "
            "generella statsbidrag, och balanskravet uppfylls.",
            O(None, note="A financial goal and the balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="falkenberg-ksau-protokollsutdrag-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Falkenberg",
            "committee": ["Kommunstyrelsen", "Kommunstyrelsens arbetsutskott"],
            "period": ["2025-10"],
            "report_type": "protokollsutdrag",
        },
        metadata={"title": "Månadsuppföljning och prognos oktober 2025", "author": "Falkenbergs kommun"},
        style=style,
        blocks=blocks,
    )
