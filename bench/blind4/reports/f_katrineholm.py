"""Katrineholms kommun, Bildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning per den 31 mars 2025.

A cover letter only (the report it covers is a separate bilaga, not in this PDF), with no table at all,
so every amount lives in the prose: letterhead lines and a diarienummer, a decision proposal and a
case description (not labelled), the nämnd's deficit in "miljoner kronor", one sentence that names three
verksamheter with "respektive" and "medan" (three items; the first amount "−8,1" has no unit of its
own), then level-3 headings that name the area only (the heading is not part of the item): a surplus
paragraph with no amount in it and no table to take one from (amount null), a deficit with four causes
and the demonym "katrineholmselever", a deficit stated as "prognostiserar −6,0 miljoner kronor", school
transport under "Övriga verksamheter" ("ungefär 1,6 miljoner kronor") and an administration that
"bedöms hålla sin budget" (boilerplate); an action plan with its effect, the template's "Ekonomiska
konsekvenser" with the result-transfer rule (other), a union consultation, signatures and a leftover
form instruction in square brackets (not labelled). DejaVu Serif 10 pt with DejaVu Sans headings, a
letterhead header and a "n(m)" footer.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(84.0, 80.0, 76.0, 72.0),
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Bildningsförvaltningen", "", f"{n}({m})"),
        header_size=8.5,
    )
    blocks = [
        P("Bildningsförvaltningen", size=9),
        P("Datum: 2025-04-14          Diarienummer: BIN/2025:112", size=9),
        P("Handläggare: Johan Ek, verksamhetsekonom", size=9),
        Title("Ekonomisk uppföljning per den 31 mars 2025", size=15, font="sans-bold", after=8),
        H("Förvaltningens förslag till beslut", 2),
        P(
            "Bildningsnämnden godkänner den ekonomiska uppföljningen per den 31 mars 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Enligt kommunens riktlinjer för ekonomistyrning ska nämnderna lämna en ekonomisk uppföljning med "
            "helårsprognos efter mars, maj, augusti och oktober. Den fullständiga uppföljningen med resultat per "
            "enhet finns i bilagan Ekonomisk uppföljning mars 2025. Nedan sammanfattas förvaltningens bedömning."
        ),
        H("Sammanfattning av prognosen", 2),
        P(
            "Bildningsnämndens helårsprognos visar ett underskott på 12,4 miljoner kronor, vilket motsvarar 1,3 "
            "procent av nämndens budgetram på 958 miljoner kronor.",
            C(None, "12,4 miljoner kronor", "-"),
        ),
        P(
            "Grundskolan och gymnasieskolan står för de största underskotten, −8,1 respektive −6,0 miljoner kronor, "
            "medan förskolan redovisar ett överskott på 2,9 miljoner kronor.",
            C(
                "Grundskola",
                "−8,1",
                "-",
                unit="mnkr",
                note="'Respektive' and 'medan': three areas, three amounts; '−8,1' borrows its unit from the "
                "next amount.",
                also=(
                    C("Gymnasieskola", "−6,0 miljoner kronor", "-"),
                    C("Förskola", "2,9 miljoner kronor", "+"),
                ),
            ),
        ),
        H("Analys per verksamhet", 2),
        H("Förskola", 3),
        P(
            "Överskottet beror på att antalet inskrivna barn har varit lägre än budgeterat under hela våren, i "
            "genomsnitt 64 barn färre. Förvaltningen har därför inte ersatt personal som slutat på de enheter som "
            "har minst barn.",
            C(
                "Förskola",
                None,
                "+",
                "volymer",
                "bemanning",
                note="No amount in the passage and no table in the document: amount null.",
            ),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolans underskott på 8,1 miljoner kronor har tre förklaringar. Fler elever än budgeterat har "
            "behov av särskilt stöd och elevassistent, ersättningen till fristående skolor har ökat då fler "
            "katrineholmselever än beräknat har valt en friskola, och sjukfrånvaron bland lärarna har krävt fler "
            "vikarier än normalt.",
            C(
                "Grundskola",
                "8,1 miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                "sjukfranvaro",
                "vikarier",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan prognostiserar −6,0 miljoner kronor. De interkommunala ersättningarna för elever som "
            "studerar i andra kommuner blir högre än budgeterat, och statsbidraget för lärlingsutbildning har "
            "minskat.",
            C("Gymnasieskola", "−6,0 miljoner kronor", "-", "kopt_verksamhet", "statsbidrag"),
        ),
        H("Övriga verksamheter", 3),
        PS(
            (
                "Skolskjutsarna beräknas kosta ungefär 1,6 miljoner kronor mer än budgeterat, eftersom det nya "
                "avtalet som började gälla i januari har ett högre pris per kilometer.",
                C("Skolskjuts", "ungefär 1,6 miljoner kronor", "-", "prisokningar"),
            ),
            ("Den centrala förvaltningen bedöms hålla sin budget.", BP("Central förvaltning")),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en åtgärdsplan som redovisas för nämnden i maj. Planen omfattar bland "
            "annat en översyn av organisationen för elevassistenter och samordnade inköp av läromedel. Effekten "
            "bedöms till cirka 4 miljoner kronor på helår.",
            A(None, "cirka 4 miljoner kronor", "bemanning", "material_hjalpmedel"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Ärendet har inga direkta ekonomiska konsekvenser. Ett underskott som kvarstår vid årets slut ska "
            "enligt kommunens regler för resultatöverföring återställas av nämnden under de två följande åren.",
            O(None, "reserver", note="Template section: the result-transfer rule (eget kapital)."),
        ),
        H("Samverkan", 2),
        P("Ärendet har behandlats i förvaltningens samverkansgrupp den 9 april 2025."),
        P("Anna Lindqvist, förvaltningschef                    Johan Ek, verksamhetsekonom", size=9.5),
        P("Beslutet skickas till: Kommunstyrelsen, ekonomienheten [Ange övriga mottagare]", size=9),
    ]
    return ReportSpec(
        file="katrineholm-bin-tjansteskrivelse-ekonomisk-uppfoljning-2025-03.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Bildningsnämnden"],
            "period": ["2025-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per den 31 mars 2025 Bildningsnämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
