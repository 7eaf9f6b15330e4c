"""Which item a sentence belongs to, and what it is, where one claim ends and the next begins: another part's
deviation after one part's share, a measure decided after its cause, the investments as a whole under their
heading, a financed activity named with what it does, and the rules that settle a kind the model reads wrongly."""

from pathlib import Path

from pdf_builder import extracted_causes


def test_another_parts_deviation_after_one_parts_share_is_its_own_item(tmp_path: Path) -> None:
    """ "… står för 6,2 mnkr av nämndens underskott" (a share, also of "nämndens" deviation) opens one part's item;
    the next part's own deviation with its figure opens its own, though its reason is in the next sentence."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Socialnämnden"),
        (
            "p",
            "Individ- och familjeomsorgen står för 6,2 mnkr av nämndens underskott. Sex barn och unga har placerats "
            "på HVB sedan årsskiftet, mot två budgeterade placeringar. Äldreomsorgen beräknas överskrida budget med "
            "2,5 mnkr. Sjukfrånvaron i hemtjänsten har krävt timvikarier och övertid under hela hösten.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Kommunstyrelsen")
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Individ- och familjeomsorgen", -6_200_000),
        ("Äldreomsorgen", -2_500_000),
    ]


def test_a_decided_measure_is_an_action_and_another_cost_named_with_också_its_own_area(
    tmp_path: Path,
) -> None:
    """Under "Socialnämnden –8,3 mnkr", "Kostnaderna för ekonomiskt bistånd är också högre än budgeterat, 1,9 mnkr"
    is ekonomiskt bistånd's item; "Nämnden har beslutat om en handlingsplan …" after it is the measure's own."""
    from pdf_builder import ReportSpec, build_report

    from extract.pipeline import extract_report

    blocks: list[tuple[str, object]] = [
        ("h2", "Socialnämnden -8,3 mnkr"),
        (
            "p",
            "Det största underskottet finns inom individ- och familjeomsorgen, där sex nya institutionsplaceringar "
            "av barn och unga har tillkommit sedan årsskiftet.",
        ),
        (
            "p",
            "Kostnaderna för ekonomiskt bistånd är också högre än budgeterat, 1,9 mnkr, till följd av fler hushåll "
            "med långvarigt behov. Nämnden har beslutat om en handlingsplan där fler unga ska få stöd på hemmaplan "
            "i stället för på institution.",
        ),
    ]
    spec = ReportSpec(title="Delårsrapport 2025", header="Exempelby kommun · Kommunstyrelsen", blocks=blocks)
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    assert [(e.kind, e.amount_sek) for e in found] == [
        ("cause", -8_300_000),
        ("cause", -1_900_000),
        ("action", None),
    ]
    assert [e.area for e in found[:2]] == ["Socialnämnden", "Ekonomiskt bistånd"]


def test_an_order_to_draw_up_savings_is_an_action() -> None:
    from extract.kind_rules import decides_a_measure

    assert decides_a_measure(
        "Direktionen har gett förbundschefen i uppdrag att ta fram förslag som minskar kostnaderna med 1 mnkr."
    )
    assert decides_a_measure("Rektorerna har fått i uppdrag att se över gruppstorlekarna inför hösten.")
    assert not decides_a_measure(
        "Underskottet beror på att nämnden har fått i uppdrag att öppna fler platser."
    )


def test_the_years_deficit_against_a_budgeted_zero_result_is_a_cause() -> None:
    """ "… att jämföra med ett budgeterat nollresultat" sets the year's deficit against the budget: a statement the
    kind model reads as other is a cause by the rules."""
    from extract.kind_rules import ruled_kind
    from extract.passage_features import Candidate

    text = "Helårsprognosen är ett underskott på 650 tkr, att jämföra med ett budgeterat nollresultat."
    candidate = Candidate(text, 0, 0, 1, 1, ("Ekonomiskt resultat",), False, False, "none")
    assert ruled_kind([candidate], 0, False, "other", "none") == "cause"


def test_the_investments_as_a_whole_are_the_sections_area(tmp_path: Path) -> None:
    """ "Investeringsutgifterna beräknas till …" under "Investeringar" is the section's item, not an area named
    "Investeringsutgifterna"; a project named as the subject keeps its own name."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Investeringsutgifterna beräknas till 410 miljoner kronor för helåret, vilket är 95 miljoner kronor "
            "lägre än budget.",
        ),
        ("p", "Bron över Röjdån blev 2,2 mnkr dyrare än kalkylen, eftersom stålpriset steg."),
        ("p", "Nettoinvesteringarna för helåret blev 31,4 mnkr, vilket är 6,1 mnkr under budget."),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Tekniska nämnden")
    assert [e.area for e in found] == ["Investeringar", "Bron över Röjdån", "Investeringar"]


def test_a_financed_activity_named_with_what_it_does_is_its_area(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomiskt resultat"),
        (
            "p",
            "Den avgiftsfinansierade vatten- och avloppsverksamheten beräknas gå 1,5 mnkr bättre än budget, och "
            "överskottet förs till VA-fonden vid årets slut.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Natur- och tekniknämnden")
    assert [(e.area, e.amount_sek) for e in found] == [("Vatten- och avloppsverksamheten", 1_500_000)]


def test_a_units_deviation_takes_an_added_account_without_a_figure_as_one_more_reason(tmp_path: Path) -> None:
    """ "Simhallen visar ett överskott … Samtidigt blev hyresintäkterna högre än budgeterat.": the unit named as the
    subject keeps the account added without a figure as its reason; after the whole unit's result, an account
    with a figure of its own is its own item."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Kultur och fritid"),
        (
            "p",
            "Simhallen visar ett överskott på 640 tkr. Hallen var stängd i sex veckor för byte av reningsverket, "
            "vilket sänkte kostnaderna för el och kemikalier. Samtidigt blev hyresintäkterna från föreningarna "
            "högre än budgeterat.",
        ),
        ("h2", "Nämnden totalt"),
        (
            "p",
            "Nämndens resultat för perioden är ett underskott på 2,1 mnkr. Den största avvikelsen rör "
            "personalkostnaderna, som visar ett underskott om 3,4 mnkr.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Kultur- och fritidsnämnden")
    assert [round(abs(e.amount_sek or 0)) for e in found] == [640_000, 2_100_000, 3_400_000]
    assert "hyresintäkterna" in found[0].text


def test_a_run_in_label_and_its_reasons_go_with_the_bare_deviation_after_them(tmp_path: Path) -> None:
    """ "Juridiskt stöd. Två överprövningar … har krävt externt ombud. Kostnaden bedöms överskrida budgeten med 400
    tkr.": the label names the area, the reasons before the bare deviation are its reasons: one item."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommentarer per kostnadsslag"),
        (
            "p",
            "Juridiskt stöd. Två överprövningar i förvaltningsrätten, av upphandlingarna av skolskjutsar och av "
            "lokalvård, har krävt externt juridiskt ombud. Kostnaden bedöms överskrida budgeten med 400 tkr.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Inköpsförbundet Exempel · Direktionen")
    assert [(e.text.split(".")[0], e.amount_sek) for e in found] == [("Juridiskt stöd", -400_000)]


def test_a_deviation_concluded_with_därför_takes_the_reasons_before_it(tmp_path: Path) -> None:
    """ "Park och idrott. Stormen i oktober fällde … Verksamheten går därför 0,9 mnkr över budget.": the deviation
    concluded from the sentences before it is one item with them and the label."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Verksamheterna"),
        (
            "p",
            "Park och idrott. Stormen i oktober fällde över hundra träd i tätorten, och konstgräsplanen vid "
            "Tallbacken har fått läggas om efter en vattenskada. Verksamheten går därför 0,9 mnkr över budget.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Kommunstyrelsen")
    assert [(e.text.split(".")[0], e.amount_sek) for e in found] == [("Park och idrott", -900_000)]


def test_därför_concludes_a_deviation_only_with_its_figure() -> None:
    """ "Verksamheten går därför 0,9 mnkr över budget." concludes from the sentences before it; "Förvaltningen har
    därför i november periodiserat kostnader …" is a step taken, with no deviation of its own."""
    from extract.items import concludes

    assert concludes("Verksamheten går därför 0,9 mnkr över budget.")
    assert not concludes("Förvaltningen har därför i oktober periodiserat kostnader inom hemtjänsten.")


def test_more_revenue_added_with_a_figure_of_its_own_after_revenue_with_its_figure_is_its_own_item(
    tmp_path: Path,
) -> None:
    """ "Patientavgifterna blir 12 mnkr bättre än budget … Därtill har riktade statsbidrag tillförts med 9 mnkr som
    inte var budgeterade": two claims with their own figures, though both are revenue."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Intäkter"),
        (
            "p",
            "Patientavgifterna blir 12 miljoner kronor bättre än budget, främst för att fler utomlänspatienter har "
            "behandlats. Därtill har riktade statsbidrag för kortare vårdköer tillförts med 9 miljoner kronor som "
            "inte var budgeterade.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Region Exempel · Sjukhusstyrelsen")
    assert [e.amount_sek for e in found] == [12_000_000, 9_000_000]


def test_the_investment_budgets_use_is_the_sections_whatever_unit_its_reason_names() -> None:
    """ "Av investeringsbudgeten på 4,0 mnkr beräknas 1,8 mnkr användas, eftersom flytten av vuxenutbildningen …"
    under "Investeringar": the investments as a whole, not the table row its reason names."""
    from extract.passage_model import load_passage_model
    from extract.types import TableRow

    model = load_passage_model()
    assert model is not None, "the passage model is built by make install"
    rows = [
        TableRow(
            label, ("Budget", "Prognos", "Avvikelse"), values, "tkr", 1, (64, 300 + 40 * i, 530, 310 + 40 * i)
        )
        for i, (label, values) in enumerate(
            [
                ("Ekonomiskt bistånd", (214e6, 222.4e6, -8.4e6)),
                ("Vuxenutbildning", (186.5e6, 183.8e6, 2.7e6)),
                ("Lokalkostnader", (28.1e6, 27.8e6, 0.3e6)),
            ]
        )
    ]
    text = (
        "Av investeringsbudgeten på 4,0 mnkr beräknas 1,8 mnkr användas, eftersom flytten av vuxenutbildningen till "
        "nya lokaler har skjutits upp till 2027."
    )
    headings = ("Tertialrapport 1 2026", "Arbetsmarknadsnämnden", "Investeringar")
    assert model.area(text, headings, rows, "Arbetsmarknadsnämnden", False) == "Investeringar"


def test_another_areas_claim_after_the_reasons_of_the_first_is_its_own_item(tmp_path: Path) -> None:
    """ "Vårdintäkterna … 30 mnkr lägre än budget. Produktionen … Övriga intäkter överträffar budget med 15 mnkr genom
    …": the last sentence states another area's deviation with its own figure and reason, after the first
    area's reasons, so it is an item of its own (LABELS.md: one claim about one area)."""
    first = (
        "Vårdintäkterna från hälso- och sjukvårdsnämnden beräknas bli 30 mnkr lägre än budget. Produktionen inom "
        "planerad ortopedi har inte nått avtalad volym, och sjukhuset får därmed avdrag enligt vårdavtalet."
    )
    other = "Övriga intäkter överträffar budget med 15 mnkr genom ersättning för utbildningsuppdrag."
    blocks: list[tuple[str, object]] = [("h2", "Intäkter"), ("p", f"{first} {other}")]
    causes = extracted_causes(tmp_path, blocks, "Region Stockholm · Danderyds sjukhus AB")
    assert [(e.text, e.amount_sek) for e in causes] == [(first, -30_000_000), (other, 15_000_000)]


def test_a_part_within_the_area_going_the_other_way_from_its_heading_is_its_own_item(tmp_path: Path) -> None:
    """Under "Barn och unga (-6 800 tkr)": "Inom området står den egna öppenvården för ett överskott på 0,5 mnkr …"
    is a part's own claim the other way from the heading's deficit, so it is an item of its own; the heading's
    item keeps its own figure."""
    first = "Kostnaderna för placeringar i familjehem och på HVB överstiger budget."
    part = "Inom området står den egna öppenvården för ett överskott på 0,5 mnkr tack vare vakanta tjänster."
    blocks: list[tuple[str, object]] = [
        ("h2", "Verksamheternas avvikelser"),
        ("bold", "Barn och unga (-6 800 tkr)"),
        ("p", f"{first} {part}"),
    ]
    causes = extracted_causes(tmp_path, blocks, "Huddinge kommun · Socialnämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [
        (f"Barn och unga (-6 800 tkr) {first}", -6_800_000),
        (part, 500_000),
    ]


def test_a_bullet_with_a_label_of_its_own_is_its_own_item_though_it_gives_no_figure(tmp_path: Path) -> None:
    """ "• Kultur- och fritidsverksamheten: en tjänst som fritidsledare har varit vakant …" after another area's
    bullet is that area's item, not a reason of the bullet before it."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Övriga verksamhetsområden"),
        (
            "bullets",
            [
                "Stöd och service till personer med funktionsnedsättning: −0,9 mnkr, främst på grund av ett nytt "
                "ärende med omfattande insatser.",
                "Stadsmiljöverksamheten: överskott 1,4 mnkr eftersom upphandlingen av parkskötsel blev billigare än "
                "beräknat.",
                "Kultur- och fritidsverksamheten: en tjänst som fritidsledare har varit vakant sedan januari.",
            ],
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Stockholms stad · Farsta stadsdelsnämnd")
    assert [c.text.split(":")[0].lstrip("• ") for c in causes][-2:] == [
        "Stadsmiljöverksamheten",
        "Kultur- och fritidsverksamheten",
    ]


def test_a_signed_figure_concluded_with_darfor_belongs_to_the_sentence_it_is_drawn_from(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommentarer per verksamhet"),
        (
            "p",
            "Gata och park: Vintern har varit snörik och kostnaderna för snöröjning uppgick redan i mars till 3,8 "
            "mnkr, att jämföra med en årsbudget på 2,4 mnkr. Verksamheten prognostiserar därför -1 900 tkr för "
            "helåret.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Laholms kommun · Samhällsbyggnadsnämnden")
    assert cause.text.startswith("Gata och park") and cause.amount_sek == -1_900_000
