"""(g) Lund, Kultur- och fritidsnämnden, verksamhetsberättelse 2024 (year end): the municipality shows only
through the demonym ("lundabornas"); one bullet per deviation (each its own explanation), a table with
Avvikelse = utfall − budget (positive = over budget).

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title, action, cause, in_balance, mnkr, other


def spec() -> ReportSpec:
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
            "5,3 miljoner kronor i underskott inom idrott och anläggningar, främst till följd av högre "
            "energipriser i simhallarna och ishallen samt akuta reparationer av eftersatt underhåll.",
            "1,5 miljoner kronor i underskott inom kulturverksamheten, där hyran för konsthallen höjdes och "
            "intäkterna från sommarens evenemang blev lägre än beräknat.",
            "1,2 miljoner kronor i överskott inom fritidsgårdar och ungdom på grund av vakanta "
            "fritidsledar~tjänster under hösten.",
            "0,9 miljoner kronor i överskott inom biblioteken, där ett nytt avtal för e-medier blev "
            "billigare än det tidigare.",
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
            "Kultur- och fritidsnämnden redovisar för 2024 ett underskott på 4,1 miljoner kronor. "
            "Avvikelsen fördelar sig enligt följande:",
            cause(None, mnkr(-4.1)),
        ),
        bullets,
        table,
        H("Idrott och anläggningar"),
        P(
            "Idrott och anläggningar redovisar ett underskott på 5,3 miljoner kronor. Elpriset under "
            "vintermånaderna låg betydligt över den nivå som antogs i budgeten, och energi~kostnaderna för "
            "simhallarna och ishallen blev därmed drygt 3 miljoner kronor högre än budgeterat. Värmepumpen "
            "i Högevallsbadet var dessutom ur drift under sex veckor.",
            cause("Idrott och anläggningar", mnkr(-5.3)),
        ),
        P(
            "Ishallens kylanläggning havererade i januari och fick ersättas med ett provisoriskt aggregat, "
            "vilket kostade 1,4 miljoner kronor. Kostnaden var inte budgeterad.",
            cause("Idrott och anläggningar", mnkr(-1.4)),
        ),
        P(
            "Under hösten genomfördes en energi~kartläggning av samtliga anläggningar för att minska "
            "förbrukningen kommande år.",
            action("Idrott och anläggningar"),
        ),
        H("Kulturverksamhet"),
        P(
            "Kulturverksamhetens underskott på 1,5 miljoner kronor har två förklaringar. Hyran för "
            "konsthallen räknades upp med 12 procent efter omförhandlingen med fastighets~ägaren, och "
            "entréintäkterna från sommarens utomhus~evenemang blev lägre än budgeterat efter flera "
            "inställda föreställningar i ett regnigt juli.",
            cause("Kulturverksamhet", mnkr(-1.5)),
        ),
        H("Fritidsgårdar och ungdom"),
        P(
            "Överskottet på 1,2 miljoner kronor beror på att tre fritidsledar~tjänster stod vakanta under "
            "hösten. Verksamheten upprätthölls med timanställda, men öppettiderna på två fritidsgårdar fick "
            "kortas under oktober och november, vilket påverkade möjligheten att nå lundabornas unga i de "
            "östra stadsdelarna.",
            cause("Fritidsgårdar och ungdom", mnkr(1.2)),
        ),
        H("Bibliotek"),
        P(
            "Biblioteken redovisar ett överskott på 0,9 miljoner kronor. Det nya avtalet för e-böcker och "
            "strömmade ljudböcker, som upphandlades tillsammans med andra skånska kommuner, blev väsentligt "
            "billigare än det tidigare avtalet, samtidigt som lundaborna lånade fler e-medier än någonsin.",
            cause("Bibliotek", mnkr(0.9)),
        ),
        H("Föreningsbidrag"),
        P(
            "Föreningsbidragen har fördelats i enlighet med budget.",
            in_balance("Föreningsbidrag", "balanced"),
        ),
        Space(4),
        H("Framtid", 1),
        P(
            "Inför 2025 har nämnden fått ett utökat anslag för energikostnader. Risken för fortsatt höga "
            "kostnader för underhåll av äldre anläggningar kvarstår.",
            other(),
        ),
    ]
    return ReportSpec(
        file="lund-kfn-2024.pdf",
        report={
            "municipality": "Lund",
            "committee": "Kultur- och fritidsnämnden",
            "period": "2024",
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2024 Kultur- och fritidsnämnden", "author": ""},
        style=style,
        blocks=blocks,
    )
