"""Västerås stad, Kommunstyrelsen, bokslut 2025 (the whole city).

A whole-kommun year-end report (DejaVu Sans 9.5 pt), footer with the kommunstyrelse's meeting date in March:
the result "118 miljoner kronor bättre än budget" after the level, one paragraph splitting it into the
nämnder's "−146 miljoner kronor" and the finance function's "+264 miljoner kronor" with the finance reason in
the next sentence (two items, same text), the outcome against the interim forecast with its cause; a table per
nämnd in mnkr with U+2212 minus; bullets per nämnd under a generic heading ("Stadsledningskontorets
kommentar") in varied shapes ("underskott 58,4 mnkr" after a colon, "överskred sin budget med", a "varav"
part, a possessive "Grundskolenämndens underskott på", "ett positivt resultat jämfört med budget, 12,6 mnkr",
"hamnar 6,1 mnkr över budget", "håller sin budget", revenue "3,4 mnkr lägre än budgeterat", "ett litet
underskott om 0,8 mnkr"); pensions and the finance net as a "respektive" pair; investments "en avvikelse på
444 miljoner kronor" and a project "14 mnkr dyrare än projektbudgeten"; an action, the balanskrav result and
net cost growth against 2024 (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(17.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("VÄSTERÅS STAD", "Bokslut 2025"),
        footer=lambda n, m: ("Stadsledningskontoret", "Kommunstyrelsen 2026-03-11", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas resultat mot budget 2025, mnkr",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Individ- och familjenämnden", "1 214,0", "1 272,4", "−58,4"),
            ("Äldrenämnden", "2 386,5", "2 427,7", "−41,2"),
            ("Nämnden för personer med funktionsnedsättning", "1 502,3", "1 529,3", "−27,0"),
            ("Grundskolenämnden", "2 145,8", "2 165,6", "−19,8"),
            ("Förskolenämnden", "1 098,4", "1 085,8", "12,6"),
            ("Utbildnings- och arbetsmarknadsnämnden", "968,7", "978,0", "−9,3"),
            ("Tekniska nämnden", "402,1", "408,2", "−6,1"),
            ("Kultur-, idrotts- och fritidsnämnden", "486,0", "485,6", "0,4"),
            ("Byggnadsnämnden", "38,5", "41,9", "−3,4"),
            ("Kommunstyrelsen", "612,9", "605,9", "7,0"),
            ("Övriga nämnder", "84,6", "85,4", "−0,8"),
            ("Summa nämnder", "10 939,8", "11 085,8", "−146,0"),
        ),
        widths=(220.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({11}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="sans-bold", after=2),
        Title(
            "Västerås stad, kommunstyrelsens rapport till kommunfullmäktige", size=11, font="sans", after=14
        ),
        H("Årets resultat", 2),
        P(
            "Västerås stad redovisar för 2025 ett resultat på 312 miljoner kronor, vilket är 118 miljoner kronor "
            "bättre än budget.",
            C(None, "118 miljoner kronor", "+", note="The level (312) is not the deviation."),
        ),
        Para(
            (
                (
                    "Nämndernas samlade resultat blev −146 miljoner kronor jämfört med budget, medan "
                    "finansförvaltningen redovisar +264 miljoner kronor. Överskottet inom finansförvaltningen beror "
                    "främst på att skatteintäkterna och de generella statsbidragen blev högre än budgeterat.",
                    C(
                        "Nämnderna",
                        "−146 miljoner kronor",
                        "-",
                        note="Split into the nämnder and the finance function: two items, same text; finance "
                        "items get no tag.",
                        also=(C("Finansförvaltningen", "+264 miljoner kronor", "+"),),
                    ),
                ),
            )
        ),
        P(
            "Resultatet blev 46 miljoner kronor bättre än prognosen i delårsrapporten, främst tack vare en högre "
            "slutavräkning av skatteintäkterna.",
            F(None, "46 miljoner kronor", "+", note="The outcome against the interim forecast."),
        ),
        table,
        H("Stadsledningskontorets kommentar", 2),
        Bullets(
            items=(
                "Individ- och familjenämnden: underskott 58,4 mnkr, framför allt till följd av fler placeringar av "
                "barn och unga på HVB och i familjehem samt ett ökat ekonomiskt bistånd.",
                "Äldrenämnden överskred sin budget med 41,2 mnkr. Hemtjänsttimmarna ökade mer än demografin "
                "förutsåg, och priserna i de nya avtalen med privata utförare av särskilt boende blev högre.",
                "Nämnden för personer med funktionsnedsättning: −27,0 mnkr, varav 11 mnkr avser retroaktiva "
                "kostnader för personlig assistans sedan Försäkringskassan dragit in assistansersättning.",
                "Grundskolenämndens underskott på 19,8 mnkr beror på kostnader för tomställda lokaler när "
                "elevantalet har minskat i flera skolor.",
                "Förskolenämnden redovisar ett positivt resultat jämfört med budget, 12,6 mnkr, eftersom färre barn "
                "än beräknat är inskrivna.",
                "Utbildnings- och arbetsmarknadsnämnden: −9,3 mnkr. De interkommunala ersättningarna för "
                "gymnasieelever i andra kommuner har ökat.",
                "Tekniska nämnden hamnar 6,1 mnkr över budget, på grund av den snörika vintern i början av året och "
                "högre elpriser för gatubelysningen.",
                "Kultur-, idrotts- och fritidsnämnden håller sin budget.",
                "Byggnadsnämnden: bygglovsintäkterna blev 3,4 mnkr lägre än budgeterat.",
                "Kommunstyrelsen visar ett överskott på 7,0 mnkr, främst genom vakanta tjänster och en central "
                "reserv som inte har utnyttjats.",
                "Övriga nämnder redovisar sammantaget ett litet underskott om 0,8 mnkr.",
            ),
            labels=(
                C(
                    "Individ- och familjenämnden",
                    "58,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                ),
                C("Äldrenämnden", "41,2 mnkr", "-", "volymer", "kopt_verksamhet", "prisokningar"),
                C(
                    "Nämnden för personer med funktionsnedsättning",
                    "−27,0 mnkr",
                    "-",
                    "ersattning_fk",
                    "periodisering",
                    note="'Varav' a part: one item with the total.",
                ),
                C(
                    "Grundskolenämnden",
                    "19,8 mnkr",
                    "-",
                    "lokaler",
                    "volymer",
                    note="A possessive names the area.",
                ),
                C("Förskolenämnden", "12,6 mnkr", "+", "volymer"),
                C("Utbildnings- och arbetsmarknadsnämnden", "−9,3 mnkr", "-", "kopt_verksamhet"),
                C("Tekniska nämnden", "6,1 mnkr", "-", "ovrigt", "prisokningar", note="Snow is ovrigt."),
                BP("Kultur-, idrotts- och fritidsnämnden", note="Although the row says 0,4."),
                C("Byggnadsnämnden", "3,4 mnkr", "-", "avgifter_intakter"),
                C("Kommunstyrelsen", "7,0 mnkr", "+", "vakanser", "reserver"),
                C("Övriga nämnder", "0,8 mnkr", "-"),
            ),
        ),
        H("Finansiella poster", 2),
        P(
            "Pensionskostnaderna och finansnettot blev 38 respektive 22 miljoner kronor bättre än budget.",
            C(
                "Pensionskostnader",
                "38",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: two items; finance items get no tag.",
                also=(C("Finansnetto", "22 miljoner kronor", "+"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 1 486 miljoner kronor mot en budget på 1 930 miljoner kronor, en "
            "avvikelse på 444 miljoner kronor som främst beror på förseningar i skolbyggnationerna.",
            C("Investeringar", "444 miljoner kronor", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av simhallen i östra Västerås blev 14 mnkr dyrare än projektbudgeten, sedan asbest "
            "påträffats i bjälklagen.",
            C("Ombyggnad simhall", "14 mnkr", "-", "ovrigt", note="An investment overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett Individ- och familjenämnden och Äldrenämnden i uppdrag att ta fram "
            "handlingsplaner som ska minska kostnaderna med sammanlagt 40 mnkr under 2026.",
            A(None, "40 mnkr"),
        ),
        H("Balanskrav och kostnadsutveckling", 2),
        P(
            "Balanskravsresultatet uppgår till 287 miljoner kronor och balanskravet är därmed uppfyllt.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Verksamhetens nettokostnader ökade med 4,9 procent jämfört med 2024, vilket är lägre än ökningen av "
            "skatteintäkter och statsbidrag.",
            O(None, note="Net cost growth against the previous year."),
        ),
    ]
    return ReportSpec(
        file="vasteras-ks-bokslut-2025.pdf",
        report={
            "municipality": ["Västerås", "Västerås stad"],
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Västerås stad", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
