"""Sala kommun, Bildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A school committee's cover letter (tjänsteskrivelse) dated in April, with the decision proposal and the
case description unlabelled: the full year as "en budgetavvikelse på minus 5,4 miljoner kronor" (the minus
as a word) followed by where the largest deficits lie (one item); the period "1,1 miljoner kronor sämre än
den periodiserade budgeten" explained only by naming an area (no tag); a verksamhet table in mnkr; then bold
run-in verksamheter followed by an en dash that is a separator, not a minus ("Förskola –"), whose
paragraphs give the amount in new shapes ("Sammantaget ger det ett överskott på 0,8 miljoner kronor",
"Här finns nämndens största underskott, –2 600 tusen kronor", "Underskottet på 0,9 miljoner kronor kommer
av", "Positivt utfall jämfört med budget om 0,4 miljoner kronor då"), a reason-only skolskjuts (the
table's "−1,9"), kulturskola "inom tilldelad budget" (boilerplate); an action with its effect in "300
tusen kronor" and personnel costs against the previous year (other). 8 scored causes. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(74.0, 80.0, 74.0, 74.0),
        header=lambda n, m: ("SALA KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Bildningsförvaltningen", "Dnr BIN 2026/47", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Budgetavvikelse"),),
        rows=(
            ("Förskola", "98,4", "97,6", "0,8"),
            ("Grundskola", "214,7", "215,9", "−1,2"),
            ("Anpassad grundskola", "16,3", "18,9", "−2,6"),
            ("Gymnasieskola", "118,2", "119,1", "−0,9"),
            ("Skolskjuts", "21,5", "23,4", "−1,9"),
            ("Kulturskola", "7,8", "7,8", "0,0"),
            ("Central administration", "24,1", "23,7", "0,4"),
            ("Bildningsnämnden totalt", "501,0", "506,4", "−5,4"),
        ),
        widths=(170.0, 66.0, 66.0, 96.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="serif-bold", after=4),
        P("Datum 2026-04-08. Handläggare: ekonomichef, bildningsförvaltningen.", size=8.5),
        H("Förslag till beslut", 2),
        P(
            "Bildningsnämnden godkänner den ekonomiska uppföljningen per mars 2026 och uppdrar åt förvaltningen att "
            "återkomma med åtgärder för en budget i balans till sammanträdet i maj."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Enligt kommunens regler för ekonomistyrning ska nämnderna följa upp sin ekonomi efter mars, maj, "
            "augusti och oktober och lämna en prognos för helåret. Uppföljningen bygger på bokfört utfall till och "
            "med mars."
        ),
        H("Sammanfattning", 2),
        P(
            "Bildningsnämnden prognostiserar för helåret en budgetavvikelse på minus 5,4 miljoner kronor. De "
            "största underskotten finns inom anpassad grundskola och skolskjutsverksamheten.",
            C(None, "minus 5,4 miljoner kronor", "-", note="The minus sign written as a word."),
        ),
        P(
            "Utfallet för januari–mars är 1,1 miljoner kronor sämre än den periodiserade budgeten, en avvikelse som "
            "nästan helt förklaras av skolskjutsarna.",
            C(None, "1,1 miljoner kronor", "-", note="The period; explained only by naming an area: no tag."),
        ),
        table,
        Space(4),
        H("Ekonomisk uppföljning per verksamhet", 2),
        LP(
            "Förskola –",
            "Barngrupperna har varit mindre än planerat under våren, och två avdelningar på Ängshagens förskola har "
            "hållits stängda. Sammantaget ger det ett överskott på 0,8 miljoner kronor.",
            C(
                "Förskola",
                "0,8 miljoner kronor",
                "+",
                "volymer",
                note="The run-in lead's en dash is a separator.",
            ),
        ),
        LP(
            "Grundskola –",
            "Grundskolan bedöms överskrida budget med 1,2 miljoner kronor, vilket hänger samman med fler "
            "elevassistenter till elever med omfattande behov.",
            C("Grundskola", "1,2 miljoner kronor", "-", "bemanning"),
        ),
        LP(
            "Anpassad grundskola –",
            "Här finns nämndens största underskott, –2 600 tusen kronor. Fyra elever har sedan höstterminen "
            "placerats i andra kommuners anpassade grundskola, och den interkommunala ersättningen betalas enligt "
            "respektive kommuns prislista.",
            C("Anpassad grundskola", "–2 600 tusen kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Gymnasieskola –",
            "Underskottet på 0,9 miljoner kronor kommer av att fler ungdomar än beräknat har valt program i Västerås "
            "och Uppsala, vilket ökar kostnaderna för interkommunala ersättningar.",
            C("Gymnasieskola", "0,9 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Skolskjuts –",
            "Det nya avtalet för skolskjutsar började gälla i januari och har ett pris per körd kilometer som är "
            "betydligt högre än i det tidigare avtalet.",
            C(
                "Skolskjuts",
                "−1,9",
                "-",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's deviation.",
            ),
        ),
        LP("Kulturskola –", "Verksamheten bedrivs inom tilldelad budget.", BP("Kulturskola")),
        LP(
            "Central administration –",
            "Positivt utfall jämfört med budget om 0,4 miljoner kronor då tjänsten som rektor i Möklinta har varit "
            "obesatt under våren.",
            C("Central administration", "0,4 miljoner kronor", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över skolskjutsslingorna inför höstterminen. Bedömd effekt för hösten är en besparing "
            "om 300 tusen kronor.",
            A("Skolskjuts", "300 tusen kronor"),
        ),
        H("Personal", 2),
        P(
            "Personalkostnaderna har ökat med 4,1 procent jämfört med mars föregående år, främst till följd av "
            "lönerevisionen.",
            O("Personalkostnader", "lonekostnader", note="Against the previous year, not the budget."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-04-08. Bilaga: Driftredovisning per mars 2026."),
    ]
    return ReportSpec(
        file="sala-bin-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Sala",
            "committee": ["Bildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Sala kommun"},
        style=style,
        blocks=blocks,
    )
