"""Jönköpings kommun, Kommunstyrelsen, delårsrapport augusti 2025 (kommunövergripande).

A whole-kommun interim report in mnkr, footer with fullmäktige's meeting date in October: the period "96 mnkr
bättre än det periodiserade budgeterade resultatet", its timing reason in a sentence of its own (amount null)
and, in the next paragraph, the full year "en negativ budgetavvikelse på 55 mnkr"; one sentence splitting it
into the nämnder's "–148,6 mnkr" and the finance function's "+93,6 mnkr"; a nämnd table with the April
deviation beside August's (en dashes as minus); bullets under a generic heading ("Kommunledningsförvaltningens
kommentar") in varied shapes: "redovisar det största underskottet, –58,4 mnkr", "överskrider sin ram med",
a possessive "Barn- och utbildningsnämndens underskott på", a run-in "Tekniska nämnden:" with the amount in a
last sentence, "ett negativt utfall jämfört med budget om", "ett plusresultat om", "hamnar 2,0 mnkr sämre
än budget", "håller sin budget" (boilerplate); the change since April, tax revenue, pensions and the finance
net as a "respektive" pair, an unused central reserve, investments "318 mnkr lägre än investeringsbudgeten"
and a project overrun "cirka 14 mnkr", an action and balanskrav and sick leave against last year (other).
Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Jönköpings kommun", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-30", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "412,5", "406,3", "6,2", "5,0"),
            ("Socialnämnden", "1 184,0", "1 242,4", "–58,4", "–47,9"),
            ("Äldrenämnden", "1 702,3", "1 744,0", "–41,7", "–33,8"),
            ("Barn- och utbildningsnämnden", "2 418,6", "2 441,5", "–22,9", "–22,1"),
            ("Utbildningsnämnden", "905,4", "900,6", "4,8", "3,9"),
            ("Arbetsmarknadsnämnden", "318,2", "330,5", "–12,3", "–11,0"),
            ("Kulturnämnden", "121,7", "120,6", "1,1", "0,6"),
            ("Fritidsnämnden", "168,9", "172,5", "–3,6", "–2,2"),
            ("Tekniska nämnden", "356,0", "375,8", "–19,8", "–19,1"),
            ("Stadsbyggnadsnämnden", "64,8", "66,8", "–2,0", "–0,8"),
            ("Miljö- och hälsoskyddsnämnden", "42,1", "42,1", "0,0", "0,0"),
            ("Summa nämnder", "7 694,5", "7 843,1", "–148,6", "–127,4"),
        ),
        widths=(160.0, 68.0, 72.0, 74.0, 74.0),
        bold_rows=frozenset({11}),
        rules=True,
        size=8.5,
    )
    bullets = (
        (
            "Socialnämnden redovisar det största underskottet, –58,4 mnkr. Placeringar av barn och unga i HVB och "
            "familjehem har fortsatt att öka, och kostnaderna för ekonomiskt bistånd ligger över budget.",
            C("Socialnämnden", "–58,4 mnkr", "-", "kopt_verksamhet", "volymer", "ekonomiskt_bistand"),
        ),
        (
            "Äldrenämnden överskrider sin ram med 41,7 mnkr, främst inom hemtjänsten där antalet beviljade timmar "
            "har ökat med nästan tio procent sedan årsskiftet, samtidigt som sjukfrånvaron i vård- och "
            "omsorgsboendena har varit hög.",
            C("Äldrenämnden", "41,7 mnkr", "-", "volymer", "sjukfranvaro"),
        ),
        (
            "Barn- och utbildningsnämndens underskott på 22,9 mnkr förklaras av kostnader för tilläggsbelopp och "
            "av fler elever i behov av särskilt stöd än vad resursfördelningen räknade med.",
            C(
                "Barn- och utbildningsnämnden",
                "22,9 mnkr",
                "-",
                "volymer",
                note="Possessive area; tilläggsbelopp for more pupils with needs: volymer.",
            ),
        ),
        (
            "Tekniska nämnden: vinterväghållningen under januari och februari kostade betydligt mer än ett normalår "
            "och energikostnaderna i de kommunala fastigheterna har stigit. Prognosen är –19,8 mnkr.",
            C(
                "Tekniska nämnden",
                "–19,8 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The area as a run-in label inside the bullet, the amount in the last sentence.",
            ),
        ),
        (
            "Arbetsmarknadsnämnden prognostiserar ett negativt utfall jämfört med budget om 12,3 mnkr eftersom "
            "statsbidraget för etableringsinsatser har minskat mer än väntat.",
            C("Arbetsmarknadsnämnden", "12,3 mnkr", "-", "statsbidrag"),
        ),
        (
            "Kommunstyrelsen visar ett överskott på 6,2 mnkr. Det beror på vakanta tjänster inom "
            "kommunledningsförvaltningen och lägre kostnader för IT-licenser än budgeterat.",
            C("Kommunstyrelsen", "6,2 mnkr", "+", "vakanser", "it_digitalisering"),
        ),
        (
            "Utbildningsnämnden bedöms göra ett plusresultat om 4,8 mnkr, till följd av högre interkommunala "
            "intäkter för elever från Habo och Mullsjö.",
            C("Utbildningsnämnden", "4,8 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        (
            "Fritidsnämndens prognos, –3,6 mnkr, har sin grund i en vattenskada i maskinrummet i en av simhallarna, "
            "som höll stängt i sju veckor under våren.",
            C("Fritidsnämnden", "–3,6 mnkr", "-", "ovrigt"),
        ),
        (
            "Stadsbyggnadsnämnden hamnar 2,0 mnkr sämre än budget då intäkterna från bygglov har blivit lägre när "
            "färre bostadsprojekt har startat.",
            C("Stadsbyggnadsnämnden", "2,0 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        (
            "Kulturnämndens utfall blir 1,1 mnkr bättre än budget tack vare ökade intäkter från uthyrning av "
            "lokaler i stadsbiblioteket.",
            C("Kulturnämnden", "1,1 mnkr", "+", "avgifter_intakter"),
        ),
        ("Miljö- och hälsoskyddsnämnden håller sin budget.", BP("Miljö- och hälsoskyddsnämnden")),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Kommunstyrelsen – kommunövergripande uppföljning", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 412 mnkr, vilket är 96 mnkr bättre än "
                "det periodiserade budgeterade resultatet.",
                C(
                    None,
                    "96 mnkr",
                    "+",
                    note="The period against the periodised budget, a sentence of its own.",
                ),
            ),
            (
                "Förbättringen beror till stor del på att realisationsvinster från markförsäljningar i Hedenstorp "
                "har bokförts tidigare än planerat.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "avgifter_intakter",
                    note="The period surplus's timing reason apart from its amount: amount null.",
                ),
            ),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat på 185 mnkr, att jämföra med budgeterade 240 mnkr, vilket "
            "innebär en negativ budgetavvikelse på 55 mnkr.",
            C(None, "55 mnkr", "-", note="The full year after two levels: the deviation is the amount."),
        ),
        P(
            "Nämndernas sammantagna avvikelse är –148,6 mnkr medan finansförvaltningen bidrar med +93,6 mnkr.",
            C(
                "Nämnderna",
                "–148,6 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "+93,6 mnkr", "+"),),
            ),
        ),
        table,
        H("Kommunledningsförvaltningens kommentar", 2),
        Bullets(tuple(t for t, _ in bullets), tuple(lab for _, lab in bullets)),
        P(
            "Jämfört med prognosen i april har nämndernas samlade prognos försämrats med 21,2 mnkr, framför allt "
            "inom socialnämnden och äldrenämnden.",
            F(None, "21,2 mnkr", "-"),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna beräknas bli 61,2 mnkr högre än budget enligt SKR:s augustiprognos.",
            C("Skatteintäkter", "61,2 mnkr", "+", note="Finance items get no tag."),
        ),
        P(
            "Pensionskostnaderna och finansnettot avviker med –8,4 respektive +12,6 mnkr.",
            C(
                "Pensionskostnader",
                "–8,4",
                "-",
                unit="mnkr",
                note="A 'respektive' pair: two items.",
                also=(C("Finansnetto", "+12,6 mnkr", "+"),),
            ),
        ),
        P(
            "Den centrala reserven för oförutsedda kostnader på 28,2 mnkr bedöms inte behöva tas i anspråk och "
            "förbättrar därmed resultatet med motsvarande belopp.",
            C("Central reserv", "28,2 mnkr", "+", "reserver"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för helåret prognostiseras till 1 260 mnkr, vilket är 318 mnkr lägre än "
            "investeringsbudgeten på 1 578 mnkr. Den största avvikelsen avser den nya skolan i Munksjöstaden, där "
            "byggstarten har flyttats till 2026.",
            C("Investeringar", "318 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av Tallhagens vårdboende beräknas överskrida projektbudgeten med cirka 14 mnkr på grund av "
            "högre entreprenadpriser.",
            C("Tallhagens vårdboende", "cirka 14 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett socialnämnden och äldrenämnden i uppdrag att ta fram åtgärdsplaner som ska "
            "minska underskotten med sammanlagt 30 mnkr till 2026.",
            A(None, "30 mnkr"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas till 162 mnkr, och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Sjukfrånvaron bland kommunens medarbetare var 7,2 procent under perioden, en minskning jämfört med "
            "samma period 2024, vilket främst beror på lägre korttidsfrånvaro.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Jönköpings kommun", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
