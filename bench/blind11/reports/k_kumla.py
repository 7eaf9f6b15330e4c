"""Kumla kommun, Kultur- och fritidsnämnden, månadsuppföljning juni 2026.

A culture and leisure committee's month report whose result table is pasted as an image (no text layer, so
every amount lives in the prose), footer with the nämnd's meeting date in August: the period's net cost and
its share of the annual budget (a supporting figure, other) before "Helårsprognosen visar ett
överskridande på 1 350 tkr" (the cause) in one paragraph; the change since May with its cause; sections by
verksamhet in new shapes: "pekar prognosen på ett minus om 1,9 mnkr" with a repair closure, lost entrance
fees and electricity, a library surplus with reasons only (null: the image has no cell to take), "ryms inte
inom budget; avvikelsen väntas bli cirka 300 tkr", "följer budget" (boilerplate), "räknar med att göra ett
överskott på ungefär 850 tkr", "har dragit över budget, och … landar på −0,4 mnkr"; the investments'
spending so far (other) and a project "0,7 mnkr mer än budgeterat"; an action with its effect. Liberation
Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-italic"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("KUMLA KOMMUN", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-08-26", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Driftredovisning per verksamhet, juni 2026 (tkr)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–jun", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6 800", "3 720", "7 200", "-400"),
            ("Idrott och anläggningar", "38 500", "20 940", "40 400", "-1 900"),
            ("Bibliotek", "14 200", "6 650", "13 800", "400"),
            ("Fritidsgårdar och ungdom", "9 600", "4 960", "9 900", "-300"),
            ("Föreningsstöd", "7 900", "4 610", "7 900", "0"),
            ("Kulturverksamhet", "8 000", "3 420", "7 150", "850"),
            ("Summa", "85 000", "44 300", "86 350", "-1 350"),
        ),
        widths=(150.0, 70.0, 74.0, 70.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning juni 2026", size=19, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="arial", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Nämndens nettokostnader för januari–juni uppgår till 44,3 mnkr, vilket motsvarar 52,1 procent av "
                "årsbudgeten.",
                O(None, note="The period's level and its share of the budget: a supporting figure."),
            ),
            ("Helårsprognosen visar ett överskridande på 1 350 tkr.", C(None, "1 350 tkr", "-")),
        ),
        P(
            "Prognosen är 0,6 mnkr sämre än i maj. Försämringen beror på att ventilationsaggregatet i Sörbybadet "
            "havererade i slutet av maj och att badet därför fick hållas stängt längre än beräknat.",
            F(None, "0,6 mnkr", "-", "ovrigt"),
        ),
        image,
        H("Verksamheterna", 2),
        H("Idrott och anläggningar", 3),
        P(
            "Här pekar prognosen på ett minus om 1,9 mnkr för helåret. Sörbybadet var stängt i fem veckor under våren "
            "efter haveriet, vilket gav både reparationskostnader och uteblivna entréintäkter. Elkostnaderna för "
            "belysningen av konstgräsplanerna har också blivit högre än beräknat.",
            C(
                "Idrott och anläggningar",
                "1,9 mnkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                "prisokningar",
                note="A breakdown is ovrigt; electricity costs are prisokningar.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Biblioteken beräknas lämna ett överskott, eftersom en bibliotekarietjänst har stått vakant under våren och "
            "kostnaderna för e-boksutlåning har minskat i takt med att utlåningen har gått ned.",
            C(
                "Bibliotek",
                None,
                "+",
                "vakanser",
                "volymer",
                note="Reasons only beside a table pasted as an image: amount null.",
            ),
        ),
        H("Fritidsgårdar och ungdom", 3),
        P(
            "Kostnaderna ryms inte inom budget, och avvikelsen väntas bli cirka 300 tkr. Fritidsgården i Hällabrottet har "
            "haft utökade öppettider under sommarlovet, vilket bara delvis täcks av statsbidraget för "
            "sommarlovsaktiviteter.",
            C("Fritidsgårdar och ungdom", "cirka 300 tkr", "-", "bemanning", "statsbidrag"),
        ),
        H("Föreningsstöd", 3),
        P("Föreningsbidragen följer budget.", BP("Föreningsstöd")),
        H("Kulturverksamhet", 3),
        P(
            "Kulturverksamheten räknar med att göra ett överskott på ungefär 850 tkr, då sommarutställningen i "
            "Kulturhuset har fått externa sponsorintäkter som inte fanns med i budgeten.",
            C("Kulturverksamhet", "ungefär 850 tkr", "+", "avgifter_intakter"),
        ),
        H("Nämnd och administration", 3),
        P(
            "Införandet av det nya boknings- och bidragssystemet har dragit över budget, och nämnd och administration "
            "landar på −0,4 mnkr.",
            C("Nämnd och administration", "−0,4 mnkr", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av investeringsbudgeten på 7,2 mnkr har 1,1 mnkr förbrukats till och med juni.",
                O("Investeringar", note="Spending so far against the budget: not a deviation."),
            ),
            (
                "Bytet av konstgräs på Sörbyvallen beräknas kosta 0,7 mnkr mer än budgeterat, eftersom upphandlingen "
                "gav ett högre pris än kalkylen.",
                C("Konstgräs på Sörbyvallen", "0,7 mnkr", "-", "prisokningar", note="An investment overrun."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att hålla nere kostnaderna under hösten har nämnden beslutat att inte ersätta en vakant tjänst som "
            "fritidsledare och att skjuta upp inköpet av ny gymutrustning till Sörbybadet. Åtgärderna beräknas ge "
            "250 tkr.",
            A(None, "250 tkr", "vakanser", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="kumla-kfn-manadsuppfoljning-2026-06.pdf",
        report={
            "municipality": "Kumla",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-06"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning juni 2026 Kultur- och fritidsnämnden",
            "author": "Kumla kommun",
        },
        style=style,
        blocks=blocks,
    )
