"""Interim and year-end reports: a two-column tertialrapport, a delårsrapport with numbered
verksamhetsområde headings and "−"/"- 1 216,5" minus styles, and a verksamhetsberättelse whose
municipality shows only through a demonym.

Places are real but every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, ReportSpec, Space, Style, Table, Title, action, cause, change, mnkr, other


def kungalv() -> ReportSpec:
    """(b) Two-column page layout; table in mnkr, Avvikelse = budget − prognos."""
    style = Style(
        body="serif",
        bold="sans-bold",
        size=9.5,
        leading=1.32,
        heading_sizes=(14.0, 10.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        header=lambda n, m: ("Kungälvs kommun · Barn- och utbildningsnämnden", "Tertialrapport 1 2025"),
        hyphenate=True,
        footer=lambda n, m: ("", "", str(n)),
        margins=(56.0, 68.0, 56.0, 70.0),
    )
    table = Table(
        caption="Nettokostnad per verksamhet, mnkr",
        header=(("", "Budget", "Prognos", "Avvikelse"), ("Verksamhet", "2025", "2025", "budget–prognos")),
        rows=(
            ("Förskola", "412,6", "409,1", "3,5"),
            ("Grundskola", "868,2", "873,9", "-5,7"),
            ("Anpassad grundskola", "41,3", "44,5", "-3,2"),
            ("Gymnasieskola", "296,0", "299,8", "-3,8"),
            ("Elevhälsa", "52,7", "51,1", "1,6"),
            ("Skolskjuts och måltider", "88,4", "90,6", "-2,2"),
            ("Nämnd och förvaltning", "47,9", "45,8", "2,1"),
            ("Summa", "1 807,1", "1 814,8", "-7,7"),
        ),
        widths=(180.0, 80.0, 80.0, 100.0),
        bold_rows=frozenset({7}),
        rules=True,
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=20, font="sans-bold"),
        Title("Barn- och utbildningsnämnden", size=12, font="sans-bold"),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett underskott på 7,7 mnkr för 2025. Underskottet förklaras "
            "i huvudsak av fler elever i grundskolan och gymnasie~skolan än vad som låg till grund för budgeten, av "
            "ökade kostnader för elever i anpassad grundskola samt av högre priser på livsmedel och skolskjuts. "
            "Förskolan och elevhälsan bidrar med överskott.",
            cause(None, mnkr(-7.7)),
        ),
        table,
        Columns(2),
        H("Förskola"),
        P(
            "Förskolan prognostiserar ett överskott på 3,5 mnkr. Antalet inskrivna barn är 64 färre än budgeterat, "
            "vilket främst märks i de centrala delarna av kommunen där födelsetalen har sjunkit under flera år. Två "
            "avdelningar på Ytterby förskola har därför stängts från och med februari och personalen har gått till "
            "vakanta tjänster på andra förskolor.",
            cause("Förskola", mnkr(3.5)),
        ),
        H("Grundskola"),
        P(
            "Grundskolan visar ett underskott på 5,7 mnkr. Elevantalet är 112 elever högre än i budget~underlaget, "
            "framför allt i årskurs 7–9, samtidigt som det statliga bidraget för likvärdig skola har minskat jämfört "
            "med föregående år. Skolorna har dessutom haft höga kostnader för vikarier under en period med omfattande "
            "sjukfrånvaro i januari och februari.",
            cause("Grundskola", mnkr(-5.7)),
        ),
        P(
            "Rektorerna har fått i uppdrag att se över organisationen inför höstterminen och att pröva varje "
            "åter~besättning av tjänster.",
            action("Grundskola"),
        ),
        H("Anpassad grundskola"),
        P(
            "Anpassad grundskola beräknas gå 3,2 mnkr över budget. Fyra elever med mycket omfattande stödbehov har "
            "tillkommit sedan budgeten beslutades, varav två går i en fristående verksamhet där kommunen betalar "
            "tilläggs~belopp. Kostnaden per elev har därmed ökat markant.",
            cause("Anpassad grundskola", mnkr(-3.2)),
        ),
        H("Gymnasieskola"),
        P(
            "Gymnasieskolan prognostiserar ett underskott på 3,8 mnkr. Fler ungdomar än väntat har valt program i "
            "andra kommuner och hos fristående huvudmän, där de interkommunala ersättningarna och programpriserna "
            "är högre än i den egna verksamheten. Även kostnaderna för elevresor har ökat.",
            cause("Gymnasieskola", mnkr(-3.8)),
        ),
        H("Elevhälsa"),
        P(
            "Elevhälsan redovisar ett överskott på 1,6 mnkr. Två tjänster som skolpsykolog och en tjänst som "
            "skolsköterska har varit vakanta sedan årsskiftet. Rekryteringen pågår, men det är svårt att hitta "
            "sökande med rätt kompetens.",
            cause("Elevhälsa", mnkr(1.6)),
        ),
        H("Skolskjuts och måltider"),
        P(
            "Verksamheten visar ett underskott på 2,2 mnkr. Det nya avtalet för skolskjuts, som började gälla i "
            "januari, innebar en prishöjning på nästan 14 procent. Livsmedels~priserna har fortsatt att stiga och "
            "ligger cirka 6 procent över den nivå som budgeterades.",
            cause("Skolskjuts och måltider", mnkr(-2.2)),
        ),
        H("Nämnd och förvaltning"),
        P(
            "Nämnd och förvaltning beräknas lämna ett överskott på 2,1 mnkr. Den centrala bufferten för oförutsedda "
            "kostnader har inte fördelats ut till verksamheterna och ingår i prognosen som ett överskott. "
            "Kostnaderna för det nya elevadministrativa systemet blir samtidigt 0,6 mnkr högre än planerat på grund "
            "av en försenad driftstart.",
            cause("Nämnd och förvaltning", mnkr(2.1)),
        ),
        H("Prognosens säkerhet"),
        P(
            "Prognosen bygger på elevantalet per den 15 mars. Förändringar i antalet elever under hösten kan påverka "
            "utfallet både positivt och negativt.",
            other(),
        ),
    ]
    return ReportSpec(
        file="kungalv-bun-2025-04.pdf",
        report={"municipality": "Kungälv", "committee": "Barn- och utbildningsnämnden", "period": "2025-04",
                "report_type": "tertialrapport"},
        metadata={"title": "Tertialrapport 1 2025 Barn- och utbildningsnämnden", "author": "Kungälvs kommun"},
        style=style,
        blocks=blocks,
    )


def hudiksvall() -> ReportSpec:
    """(c) Delårsrapport: numbered area headings, mnkr with "−" and "- 1 216,5", bullets that continue."""
    style = Style(
        body="cond",
        bold="cond-bold",
        size=10.0,
        heading_sizes=(14.0, 11.5, 10.0),
        header=lambda n, m: ("Delårsrapport augusti 2025 – Socialnämnden", ""),
        hyphenate=True,
        footer=lambda n, m: ("Hudiksvalls kommun", "", f"{n + 6} (14)"),
    )
    minus_table = Table(
        caption="Tabell 1. Driftredovisning per verksamhetsområde (mnkr)",
        header=(
            ("", "Budget", "Utfall", "Prognos", "Avvikelse"),
            ("Verksamhetsområde", "2025", "jan−aug", "2025", "prognos − budget"),
        ),
        rows=(
            ("Ledning och administration", "−38,2", "−24,1", "−36,9", "1,3"),
            ("Individ- och familjeomsorg", "−142,5", "−93,0", "−140,2", "2,3"),
            ("Äldreomsorg", "−612,8", "−419,6", "−627,0", "−14,2"),
            ("Funktionsstöd", "−318,4", "−220,7", "−329,9", "−11,5"),
            ("Hälso- och sjukvård", "−104,6", "−69,3", "−103,9", "0,7"),
            ("Nettokostnad", "- 1 216,5", "- 826,7", "- 1 237,9", "- 21,4"),
            ("Kommunbidrag", "1 216,5", "811,0", "1 216,5", "0,0"),
            ("Resultat", "0,0", "- 15,7", "- 21,4", "- 21,4"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0, 90.0),
        bold_rows=frozenset({5, 7}),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19),
        Title("Socialnämnden", size=13, after=8),
        H("1 Ekonomiskt resultat", 1),
        P(
            "Socialnämnden prognostiserar ett underskott om 21,4 mnkr för helåret 2025, vilket är 3,1 mnkr sämre än "
            "prognosen i tertialrapporten. Den största avvikelsen finns inom äldreomsorgen, där hemtjänsten utför "
            "fler timmar än budgeterat, och inom funktionsstöd, där kostnaderna för personlig assistans fortsätter "
            "att öka. Individ- och familjeomsorgen har däremot lyckats minska antalet externa placeringar.",
            cause(None, mnkr(-21.4)),
        ),
        minus_table,
        H("2 Verksamhetsområden", 1),
        H("2.1 Ledning och administration"),
        P(
            "Ledning och administration prognostiserar ett överskott på 1,3 mnkr. Överskottet beror på att två "
            "tjänster som controller och en tjänst som utvecklings~ledare har stått vakanta under våren samt att "
            "nämndens buffert för oförutsedda kostnader på 0,8 mnkr ännu inte har tagits i anspråk.",
            cause("Ledning och administration", mnkr(1.3)),
        ),
        H("2.2 Individ- och familjeomsorg"),
        P(
            "Individ- och familjeomsorgen beräknas göra ett överskott på 2,3 mnkr. Antalet placerade barn och unga "
            "på HVB har minskat från 14 till 9 sedan årsskiftet, tack vare att fler insatser ges på hemmaplan. "
            "Samtidigt ökar kostnaderna inom andra delar av verksamheten:",
            cause("Individ- och familjeomsorg", mnkr(2.3)),
        ),
        Bullets(
            (
                "försörjningsstödet ligger 1,9 mnkr över budget efter att antalet hushåll har ökat med 11 procent,",
                "kostnaden för skyddat boende för våldsutsatta har ökat med 0,7 mnkr,",
                "familjehems~vården har fått högre arvoden efter SKR:s nya rekommendationer.",
            ),
            continues=True,
        ),
        H("2.3 Äldreomsorg"),
        P(
            "Äldreomsorgen visar den största avvikelsen med ett prognostiserat underskott på −14,2 mnkr. Avvikelsen "
            "förklaras av följande faktorer:",
            cause("Äldreomsorg", mnkr(-14.2)),
        ),
        Bullets(
            (
                "Hemtjänsten utför i genomsnitt 2 300 fler timmar per månad än budgeterat, främst på grund av fler "
                "brukare med omfattande omvårdnads~behov.",
                "Särskilt boende har haft hög sjuk~frånvaro under sommaren, vilket har lett till ökade kostnader för "
                "övertid och timvikarier.",
                "Nattbemanningen på två boenden har förstärkts efter beslut av Inspektionen för vård och omsorg.",
            ),
            continues=True,
        ),
        P(
            "Förvaltningen har tagit fram en handlingsplan för hemtjänsten som bland annat innebär ny planering av "
            "turerna, en översyn av beviljade insatser och ett tydligare uppföljnings~arbete tillsammans med "
            "biståndshandläggarna.",
            action("Äldreomsorg"),
        ),
        H("2.4 Funktionsstöd"),
        P(
            "Funktionsstöd prognostiserar ett underskott om - 11,5 mnkr. Försäkringskassan har under året dragit in "
            "assistans~ersättningen för tre brukare, vilket innebär att kommunen ensam bär kostnaden för deras "
            "personliga assistans. Därtill har två nya gruppbostäder öppnats, där uppstarts~kostnaderna och de dubbla "
            "hyrorna under inflyttnings~perioden inte var fullt finansierade i budgeten.",
            cause("Funktionsstöd", mnkr(-11.5)),
        ),
        H("2.5 Hälso- och sjukvård"),
        P(
            "Hälso- och sjukvården bedöms lämna ett mindre överskott på 0,7 mnkr. Kostnaderna för hjälpmedel och "
            "förbruknings~material har varit lägre än väntat, medan kostnaderna för inhyrda sjuksköterskor under "
            "sommaren blev 1,2 mnkr högre än budgeterat.",
            cause("Hälso- och sjukvård", mnkr(0.7)),
        ),
        H("3 Prognosförändring", 1),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 3,1 mnkr. Försämringen beror på de ökade "
            "kostnaderna inom funktionsstöd, medan individ- och familjeomsorgen har förbättrat sin prognos med "
            "1,0 mnkr.",
            change(None, mnkr(-3.1)),
        ),
        H("4 Risker och osäkerheter", 1),
        P(
            "Det råder fortsatt osäkerhet kring Försäkringskassans bedömningar av assistans~ersättning. Ytterligare "
            "indragningar kan försämra prognosen med upp till 2 mnkr.",
            other("Funktionsstöd"),
        ),
    ]
    return ReportSpec(
        file="hudiksvall-sn-2025-08.pdf",
        report={"municipality": "Hudiksvall", "committee": "Socialnämnden", "period": "2025-08",
                "report_type": "delårsrapport"},
        metadata={"title": "Delårsrapport augusti 2025 Socialnämnden", "author": "Socialförvaltningen"},
        style=style,
        blocks=blocks,
    )


def lund() -> ReportSpec:
    """(g) Verksamhetsberättelse (year end): municipality only via the demonym; one bullet per deviation."""
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        footer=lambda n, m: ("", f"– {n} –", ""),
    )
    table = Table(
        caption="Ekonomiskt utfall 2024 (tkr)",
        header=(("", "Budget", "Utfall", "Avvikelse"), ("Verksamhet", "2024", "2024", "utfall–budget")),
        rows=(
            ("Nämnd och förvaltning", "21 400", "20 650", "-750"),
            ("Bibliotek", "64 800", "63 900", "-900"),
            ("Kulturverksamhet", "48 300", "49 820", "1 520"),
            ("Idrott och anläggningar", "96 200", "101 540", "5 340"),
            ("Fritidsgårdar och ungdom", "37 600", "36 450", "-1 150"),
            ("Föreningsbidrag", "29 900", "29 900", "0"),
            ("Summa", "298 200", "302 260", "4 060"),
        ),
        widths=(180.0, 80.0, 80.0, 90.0),
        bold_rows=frozenset({6}),
        rules=True,
    )
    bullets = Bullets(
        (
            "5,3 miljoner kronor i underskott inom idrott och anläggningar, främst till följd av högre energipriser "
            "i simhallarna och ishallen samt akuta reparationer av eftersatt underhåll.",
            "1,5 miljoner kronor i underskott inom kulturverksamheten, där hyran för konsthallen höjdes och "
            "intäkterna från sommarens evenemang blev lägre än beräknat.",
            "1,2 miljoner kronor i överskott inom fritidsgårdar och ungdom på grund av vakanta fritidsledar~tjänster "
            "under hösten.",
            "0,9 miljoner kronor i överskott inom biblioteken, där ett nytt avtal för e-medier blev billigare än det "
            "tidigare.",
            "0,8 miljoner kronor i överskott inom nämnd och förvaltning till följd av lägre kostnader för "
            "IT-licenser och utbildning.",
        ),
        labels=(
            cause("Idrott och anläggningar", mnkr(-5.3)),
            cause("Kulturverksamhet", mnkr(-1.5)),
            cause("Fritidsgårdar och ungdom", mnkr(1.2)),
            cause("Bibliotek", mnkr(0.9)),
            cause("Nämnd och förvaltning", mnkr(0.8)),
        ),
    )
    blocks = [
        Title("Verksamhetsberättelse 2024", size=20, font="sans-bold"),
        Title("Kultur- och fritidsnämnden", size=12, font="sans-bold", after=14),
        H("Ekonomisk analys", 1),
        P(
            "Kultur- och fritidsnämnden redovisar för 2024 ett underskott på 4,1 miljoner kronor. Avvikelsen fördelar "
            "sig enligt följande:",
            cause(None, mnkr(-4.1)),
        ),
        bullets,
        table,
        H("Idrott och anläggningar"),
        P(
            "Idrott och anläggningar redovisar ett underskott på 5,3 miljoner kronor. Elpriset under vintermånaderna "
            "låg betydligt över den nivå som antogs i budgeten, och energi~kostnaderna för simhallarna och ishallen "
            "blev därmed drygt 3 miljoner kronor högre än budgeterat. Värmepumpen i Högevallsbadet var dessutom ur "
            "drift under sex veckor.",
            cause("Idrott och anläggningar", mnkr(-5.3)),
        ),
        P(
            "Ishallens kylanläggning havererade i januari och fick ersättas med ett provisoriskt aggregat, vilket "
            "kostade 1,4 miljoner kronor. Kostnaden var inte budgeterad.",
            cause("Idrott och anläggningar", mnkr(-1.4)),
        ),
        P(
            "Under hösten genomfördes en energi~kartläggning av samtliga anläggningar för att minska förbrukningen "
            "kommande år.",
            action("Idrott och anläggningar"),
        ),
        H("Kulturverksamhet"),
        P(
            "Kulturverksamhetens underskott på 1,5 miljoner kronor har två förklaringar. Hyran för konsthallen "
            "räknades upp med 12 procent efter omförhandlingen med fastighets~ägaren, och entréintäkterna från "
            "sommarens utomhus~evenemang blev lägre än budgeterat efter flera inställda föreställningar i ett "
            "regnigt juli.",
            cause("Kulturverksamhet", mnkr(-1.5)),
        ),
        H("Fritidsgårdar och ungdom"),
        P(
            "Överskottet på 1,2 miljoner kronor beror på att tre fritidsledar~tjänster stod vakanta under hösten. "
            "Verksamheten upprätthölls med timanställda, men öppettiderna på två fritidsgårdar fick kortas under "
            "oktober och november, vilket påverkade möjligheten att nå lundabornas unga i de östra stadsdelarna.",
            cause("Fritidsgårdar och ungdom", mnkr(1.2)),
        ),
        H("Bibliotek"),
        P(
            "Biblioteken redovisar ett överskott på 0,9 miljoner kronor. Det nya avtalet för e-böcker och strömmade "
            "ljudböcker, som upphandlades tillsammans med andra skånska kommuner, blev väsentligt billigare än det "
            "tidigare avtalet, samtidigt som lundaborna lånade fler e-medier än någonsin.",
            cause("Bibliotek", mnkr(0.9)),
        ),
        H("Föreningsbidrag"),
        P("Föreningsbidragen har fördelats i enlighet med budget.", other("Föreningsbidrag", "balanced")),
        Space(4),
        H("Framtid", 1),
        P(
            "Inför 2025 har nämnden fått ett utökat anslag för energikostnader. Risken för fortsatt höga kostnader "
            "för underhåll av äldre anläggningar kvarstår.",
            other(),
        ),
    ]
    return ReportSpec(
        file="lund-kfn-2024.pdf",
        report={"municipality": "Lund", "committee": "Kultur- och fritidsnämnden", "period": "2024",
                "report_type": "verksamhetsberättelse"},
        metadata={"title": "Verksamhetsberättelse 2024 Kultur- och fritidsnämnden", "author": ""},
        style=style,
        blocks=blocks,
    )


REPORTS = (kungalv, hudiksvall, lund)
