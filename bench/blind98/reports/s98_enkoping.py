"""Enköpings kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026 (januari–april).

An elderly-care committee's tertial report (the place's earlier sets had this nämnd only as a month report),
DejaVu Sans Condensed 9.5 pt, header "Enköpings kommun", footer with the nämnd's meeting date in May: the
period "−7,9 mnkr jämfört med periodiserad budget" and the full year "−16,5 mnkr" in one sentence (the full
year's amount), the period deficit's reason in a paragraph of its own (amount null), fee revenue "1,3 mnkr
lägre än budgeterat" and personnel costs "överstiga budget med 4,6 mnkr" by kostnadsslag; the verksamhet table pasted as an image (no text layer); then bold
run-in verksamheter with a colon: "beräknas därför gå med ett underskott på 6,8 mnkr" at the end, "Underskottet
om 9,4 mnkr förklaras dels av … dels av", a reason-only deficit whose amount lives only in the image (amount
null), and two verksamheter as a "respektive" pair under one lead (two items); the change since February with
its cause, investments that "bedöms förbrukas fullt ut" (boilerplate), an action with its effect and sick
leave and a volume against last year (others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Enköpings kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Sammanträde 2026-05-20", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "168,4", "175,2", "-6,8"),
            ("Särskilt boende", "302,7", "312,1", "-9,4"),
            ("Hälso- och sjukvård", "71,5", "73,5", "-2,0"),
            ("Dagverksamhet", "12,3", "11,4", "0,9"),
            ("Biståndsenheten", "18,9", "18,1", "0,8"),
            ("Summa", "573,8", "590,3", "-16,5"),
        ),
        widths=(150.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Vård- och omsorgsnämnden har efter årets första fyra månader ett resultat på −7,9 mnkr jämfört med "
            "periodiserad budget och prognostiserar ett helårsresultat på −16,5 mnkr.",
            C(
                None,
                "−16,5 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P(
            "Det negativa utfallet för perioden hänger främst samman med att kostnaderna för sjuklön och timvikarier "
            "var höga under januari och februari, då influensan slog hårt mot de särskilda boendena.",
            C(
                None,
                None,
                "-",
                "sjukfranvaro",
                "vikarier",
                note="The period deficit's reason apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "Intäkterna från omvårdnadsavgifter och hyror beräknas bli 1,3 mnkr lägre än budgeterat, eftersom fler "
            "brukare än tidigare har ett lågt avgiftsutrymme.",
            C(
                "Avgiftsintäkter",
                "1,3 mnkr",
                "-",
                "avgifter_intakter",
                note="A kostnadsslag beside the verksamheter.",
            ),
        ),
        P(
            "Personalkostnaderna beräknas överstiga budget med 4,6 mnkr, främst till följd av sjuklön och övertid "
            "inom särskilt boende.",
            C(
                "Personalkostnader",
                "4,6 mnkr",
                "-",
                "sjukfranvaro",
                "overtid",
                note="A kostnadsslag beside the verksamheter.",
            ),
        ),
        table,
        Space(6),
        H("Verksamheternas avvikelser", 2),
        LP(
            "Hemtjänst:",
            "Antalet utförda hemtjänsttimmar ligger drygt 7 procent över den budgeterade nivån, och verksamheten "
            "beräknas därför gå med ett underskott på 6,8 mnkr.",
            C("Hemtjänst", "6,8 mnkr", "-", "volymer", note="The percentage is not the amount."),
        ),
        LP(
            "Särskilt boende:",
            "Underskottet om 9,4 mnkr förklaras dels av sjukfrånvaron under vintern, dels av att två avdelningar på "
            "Lindbackagården har haft en nattbemanning över den budgeterade nivån.",
            C("Särskilt boende", "9,4 mnkr", "-", "sjukfranvaro", "bemanning"),
        ),
        LP(
            "Hälso- och sjukvård:",
            "Kostnaderna för sjuksköterskor från bemanningsföretag överstiger budget, då tre tjänster har varit "
            "vakanta sedan årsskiftet.",
            C(
                "Hälso- och sjukvård",
                None,
                "-",
                "inhyrd_personal",
                "vakanser",
                note="Reason only beside a table pasted as an image: amount null.",
            ),
        ),
        LP(
            "Dagverksamhet och biståndsenheten:",
            "Båda visar överskott, 0,9 respektive 0,8 mnkr, till följd av lägre efterfrågan på dagverksamhet och en "
            "vakant tjänst som biståndshandläggare.",
            C(
                "Dagverksamhet",
                "0,9",
                "+",
                "volymer",
                unit="mnkr",
                note="Two verksamheter under one lead as a 'respektive' pair: two items, each with its own cause.",
                also=(C("Biståndsenheten", "0,8 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med prognosen i februari har underskottet minskat med 2,2 mnkr, framför allt för att "
            "statsbidraget för äldreomsorgen blev högre än beräknat.",
            F(None, "2,2 mnkr", "+", "statsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 4,5 mnkr för trygghetslarm och inventarier bedöms förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "En handlingsplan för att minska sjukfrånvaron och övertiden på särskilt boende har tagits fram och "
            "beräknas ge en effekt på 2,5 mnkr under resten av året.",
            A("Särskilt boende", "2,5 mnkr", "sjukfranvaro", "overtid"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom nämndens verksamheter var 9,8 procent under perioden, jämfört med 8,6 procent under "
            "samma period 2025.",
            O(None, note="Sick leave against the previous year: other."),
        ),
        P(
            "Antalet personer med hemtjänst var 1 046 i april, vilket är 52 fler än vid samma tidpunkt 2025.",
            O("Hemtjänst", note="A volume against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="enkoping-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Enköpings kommun"},
        style=style,
        blocks=blocks,
    )
