"""Östersunds kommun, Socialnämnden, månadsrapport oktober 2025.

Bold run-in areas with the amount and last month's figure in brackets ("Barn och unga: −6,2 mnkr
(−5,8).") and a short explanation each, one without a cue word; a result table per kontogrupp with the
previous month's deviation as a column; two kontogrupp paragraphs; a forecast change; an action plan
with its effect; a volume table with a year-on-year "beror på" (other); an uncertainty. DejaVu Serif.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        header=lambda n, m: ("ÖSTERSUNDS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "", f"Sida {n} av {m}"),
    )
    accounts = Table(
        caption="Resultaträkning per kontogrupp, mnkr",
        header=(
            ("", "Budget", "Utfall", "Prognos", "Avvikelse", "Avvikelse"),
            ("Kontogrupp", "helår", "jan–okt", "helår", "helår", "september"),
        ),
        rows=(
            ("Intäkter", "118,4", "97,1", "116,9", "−1,5", "−1,2"),
            ("Personalkostnader", "−412,7", "−338,6", "−410,4", "2,3", "2,0"),
            ("Köp av verksamhet", "−196,3", "−171,2", "−206,1", "−9,8", "−9,4"),
            ("Försörjningsstöd", "−66,0", "−58,7", "−70,0", "−4,0", "−3,6"),
            ("Lokalkostnader", "−48,2", "−40,1", "−48,2", "0,0", "0,0"),
            ("Övriga kostnader", "−31,5", "−27,0", "−33,1", "−1,6", "−1,7"),
            ("Nettokostnad", "−636,3", "−538,5", "−650,9", "−14,6", "−13,9"),
            ("Kommunbidrag", "636,3", "530,3", "636,3", "0,0", "0,0"),
            ("Resultat", "0,0", "−8,2", "−14,6", "−14,6", "−13,9"),
        ),
        widths=(120.0, 58.0, 58.0, 58.0, 62.0, 62.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    volumes = Table(
        caption="Verksamhetsmått",
        header=(("", "okt 2025", "okt 2024"),),
        rows=(
            ("Placerade barn och unga, HVB", "15", "10"),
            ("Placerade barn och unga, familjehem", "42", "44"),
            ("Placerade vuxna, LVM/HVB", "9", "7"),
            ("Hushåll med försörjningsstöd", "655", "612"),
        ),
        widths=(200.0, 60.0, 60.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Socialnämnden", size=12, font="sans"),
        Title("Månadsrapport oktober 2025", size=20, font="sans-bold", after=14),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Socialnämnden redovisar en helårsprognos på −14,6 mnkr (−13,9 mnkr i september). Underskottet "
            "är i huvudsak hänförligt till placeringar av barn och unga samt till ekonomiskt bistånd.",
            C(
                None,
                "−14,6 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="The bracket is September's forecast, not the amount.",
            ),
        ),
        P("Siffror inom parentes avser prognosen i föregående månad."),
        H("Prognos per verksamhetsområde", 2),
        LP(
            "Barn och unga: −6,2 mnkr (−5,8).",
            "Antalet barn och unga placerade i HVB har ökat från elva till femton sedan sommaren, och två av "
            "placeringarna avser särskilda ungdomshem med dygnskostnader över 9 000 kronor. Familjehemsvården "
            "ligger i nivå med budget.",
            C("Barn och unga", "−6,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxna: −3,1 mnkr (−3,1).",
            "Tre tvångsvårdsplaceringar enligt LVM under hösten förklarar större delen av underskottet. "
            "Kostnaderna för skyddat boende för våldsutsatta ligger också över budgeterad nivå.",
            C("Vuxna", "−3,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd: −4,0 mnkr (−3,6).",
            "Utbetalningarna av försörjningsstöd har ökat under året och ligger i oktober på i genomsnitt 5,9 "
            "mnkr per månad mot budgeterade 5,5 mnkr. Fler hushåll har arbetslöshet som orsak till "
            "biståndsbehovet.",
            C("Ekonomiskt bistånd", "−4,0 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Funktionsstöd: +0,9 mnkr (+0,4).",
            "Vakanta tjänster inom boendestödet och en senarelagd öppning av servicebostaden på Odenslund ger "
            "ett överskott.",
            C(
                "Funktionsstöd",
                "+0,9 mnkr",
                "+",
                "vakanser",
                "periodisering",
                note="A delayed opening is a shift in time (periodisering).",
            ),
        ),
        LP(
            "Arbetsmarknadsenheten: −1,6 mnkr (−1,2).",
            "Ersättningen från Arbetsförmedlingen för extratjänster och lönebidrag blir lägre än budgeterat när "
            "antalet anvisade deltagare har minskat.",
            C("Arbetsmarknadsenheten", "−1,6 mnkr", "-", "statsbidrag", "volymer"),
        ),
        LP(
            "Ledning och administration: −0,6 mnkr (−0,6).",
            "Licenser och driftkostnader för det nya verksamhetssystemet blir högre än vad som budgeterades.",
            C("Ledning och administration", "−0,6 mnkr", "-", "it_digitalisering"),
        ),
        LP("Nämnd: 0,0 mnkr (0,0).", "Ingen avvikelse.", BP("Nämnd", "0,0 mnkr")),
        accounts,
        P(
            "Personalkostnaderna ligger 2,3 mnkr under budget, vilket beror på vakanser inom "
            "myndighetsutövningen och funktionsstöd.",
            C("Personalkostnader", "2,3 mnkr", "+", "vakanser"),
        ),
        P(
            "Köp av verksamhet belastas förutom av placeringarna även av konsulter som anlitats som "
            "socialsekreterare inom barn och unga under våren.",
            C(
                "Köp av verksamhet",
                "−9,8",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
                unit="mnkr",
                table=True,
                note="Amount from the kontogrupp table (Avvikelse helår −9,8 mnkr).",
            ),
        ),
        H("Förändring sedan föregående månad", 2),
        P(
            "Prognosen har försämrats med 0,7 mnkr sedan september. Försämringen beror på två nya "
            "HVB-placeringar inom barn och unga och en fortsatt ökning av försörjningsstödet, medan "
            "överskottet inom funktionsstöd har ökat.",
            F(None, "0,7 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i maj om en åtgärdsplan med målet att minska kostnaderna med 5,0 mnkr på "
            "helårsbasis.",
            A(None, "5,0 mnkr"),
        ),
        Bullets(
            (
                "Förstärkt öppenvård på hemmaplan som alternativ till HVB-placering. Hittills har två "
                "placeringar kunnat avslutas i förtid.",
                "Översyn av samtliga pågående placeringar inom vuxna, med uppföljning varannan vecka.",
                "Fördjupat samarbete med arbetsmarknadsenheten så att fler biståndsmottagare kommer i arbete "
                "eller studier.",
                "Restriktivitet vid återbesättning av administrativa tjänster.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Vuxna", None, "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
                A("Ledning och administration", None, "vakanser"),
            ),
        ),
        P(
            "Åtgärdsplanens effekt bedöms hittills till 1,8 mnkr för 2025, vilket ingår i prognosen.",
            A(None, "1,8 mnkr"),
        ),
        H("Verksamhetsmått", 2),
        volumes,
        P(
            "Antalet hushåll med försörjningsstöd har ökat från 612 i oktober föregående år till 655, vilket "
            "beror på att fler har förlorat rätten till ersättning från arbetslöshetskassan.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Year-on-year comparison of households, not against budget.",
            ),
        ),
        P("Väntetiden till första samtal inom vuxenenheten har minskat till i genomsnitt nio dagar."),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 1,2 mnkr för inventarier och IT-utrustning beräknas förbrukas under året.",
            BP("Investeringar", note="Investering: budget used in full."),
        ),
        H("Osäkerheter", 2),
        P(
            "Prognosen förutsätter att inga ytterligare placeringar på särskilda ungdomshem tillkommer under "
            "november och december. En ny placering av det slaget kostar omkring 0,3 mnkr per månad.",
            O("Barn och unga", "kopt_verksamhet", note="Risk."),
        ),
        P(
            "Kommunstyrelsen har aviserat att nämnder med underskott inte kan räkna med tilläggsanslag under "
            "2025, utan att underskottet belastar nämndens resultat.",
            O(None, "reserver", note="Financing context."),
        ),
    ]
    return ReportSpec(
        file="ostersund-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Östersund",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Socialnämnden Månadsrapport oktober 2025", "author": "Östersunds kommun"},
        style=style,
        blocks=blocks,
    )
