"""Sentences that stay with the deviation they follow, and "respektive" names split at "samt": the levels behind
a deviation just stated, the reason of one area of a "respektive" list, and names with an "och" of their own."""

from pathlib import Path

from pdf_builder import extracted_causes

from extract.respective_lists import label_names, respective_items

_HEADER = "Exempelby kommun · Kommunstyrelsen · Oktober 2025"


def test_the_levels_behind_a_deviation_just_stated_are_part_of_its_item(tmp_path: Path) -> None:
    """The same 3,2 miljoner kronor as the difference of two levels: one item. A forecast against a frame ("mot
    en budgetram") is spending: above it is a deficit, whatever the next sentence says."""
    found = extracted_causes(
        tmp_path,
        [
            ("h1", "Ekonomiskt resultat"),
            (
                "p",
                "Kulturnämnden redovisar för 2025 ett positivt resultat på 3,2 miljoner kronor jämfört med budget. "
                "Nämndens nettokostnad blev 298,6 miljoner kronor mot en budgetram på 301,8 miljoner kronor.",
            ),
            ("h1", "Vård och omsorg"),
            ("p", "Helårsprognosen landar på 349,8 mnkr mot en budgetram på 344,3 mnkr."),
        ],
        _HEADER,
    )
    culture = [e for e in found if "Kulturnämnden" in e.text]
    assert len(culture) == 1 and "budgetram" in culture[0].text
    assert (culture[0].amount_sek, culture[0].direction) == (3_200_000, "positive")
    care = next(e for e in found if e.text.startswith("Helårsprognosen"))
    assert care.direction == "negative" and care.amount_sek == -5_500_000


def test_the_reason_of_one_area_of_a_respektive_list_stays_with_the_list(tmp_path: Path) -> None:
    """ "Överskottet i finansnettot förklaras av …" after "… 2,9 respektive 3,6 mnkr": both items hold it."""
    found = extracted_causes(
        tmp_path,
        [
            ("h1", "Finansförvaltningen"),
            (
                "p",
                "Pensionskostnaderna och finansnettot avviker positivt med 2,9 respektive 3,6 mnkr. Överskottet i "
                "finansnettot förklaras av lägre räntor på kommunens lån.",
            ),
        ],
        _HEADER,
    )
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Pensionskostnaderna", 2_900_000),
        ("Finansnettot", 3_600_000),
    ]
    assert all(e.text.endswith("lägre räntor på kommunens lån.") for e in found)


def test_respektive_names_are_split_at_samt_before_och() -> None:
    items = respective_items(
        "Vatten och avlopp samt avfall, som är avgiftsfinansierade, prognostiserar +2,8 mnkr respektive −1,4 mnkr "
        "mot budget."
    )
    assert [(name, amount.sek) for name, amount in items] == [
        ("Vatten och avlopp", 2_800_000),
        ("Avfall", -1_400_000),
    ]
    assert label_names(
        "Nämnd och förvaltningsledning samt familjerätt och familjestöd. De två verksamheterna visar överskott på "
        "1,3 respektive 0,3 mnkr."
    ) == ["Nämnd och förvaltningsledning", "Familjerätt och familjestöd"]


def test_a_reason_per_area_of_a_respektive_list_in_their_order_stays_with_it(tmp_path: Path) -> None:
    found = extracted_causes(
        tmp_path,
        [
            ("h1", "Verksamheterna"),
            (
                "p",
                "Vuxenutbildningen och den centrala administrationen redovisar överskott på 0,7 respektive 1,5 mnkr. "
                "För vuxenutbildningen beror det på ett högre statsbidrag för yrkesvux, för administrationen på "
                "vakanta tjänster.",
            ),
        ],
        _HEADER,
    )
    assert [e.amount_sek for e in found] == [700_000, 1_500_000]
    assert all(e.text.endswith("vakanta tjänster.") for e in found)


def test_a_long_run_in_label_joined_by_samt_names_the_respektive_items(tmp_path: Path) -> None:
    found = extracted_causes(
        tmp_path,
        [
            ("h1", "Verksamheterna"),
            (
                "p",
                "Kultur och fritid samt arbetsmarknad och integration. Båda verksamheterna gick med överskott, 510 "
                "respektive 480 tkr: simhallen har haft kortare öppettider, och arbetsmarknadsenheten har fått högre "
                "ersättning.",
            ),
        ],
        _HEADER,
    )
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Kultur och fritid", 510_000),
        ("Arbetsmarknad och integration", 480_000),
    ]
    assert all(e.text.startswith("Kultur och fritid samt") for e in found)


def test_a_cleft_names_the_respektive_areas_and_a_financed_part_is_its_own_area(tmp_path: Path) -> None:
    items = respective_items(
        "Det är framför allt Barn och familj samt Vuxen och missbruk som avviker, med −3 750 respektive −2 050 tkr."
    )
    assert [(name, amount.sek) for name, amount in items] == [
        ("Barn och familj", -3_750_000),
        ("Vuxen och missbruk", -2_050_000),
    ]
    found = extracted_causes(
        tmp_path,
        [
            ("h1", "Sammanfattning"),
            (
                "p",
                "Samhällsbyggnadsnämnden prognostiserar ett underskott på 2 350 tkr för den skattefinansierade "
                "verksamheten, främst till följd av vinterns snöröjning.",
            ),
        ],
        "Exempelby kommun · Samhällsbyggnadsnämnden · Mars 2026",
    )
    assert [(e.area, e.amount_sek) for e in found] == [("Skattefinansierad verksamhet", -2_350_000)]


def test_levels_printed_to_a_tenth_restate_a_deviation_stated_to_the_krona() -> None:
    """1 146 tkr stated, then 61,8 against 62,9 mnkr: the levels' own rounding, not another deviation; 1,5 mnkr
    against the same levels is another."""
    from extract.items import restated_by_levels

    levels = "Nettokostnaden blev 61,8 mnkr mot en budgetram på 62,9 mnkr."
    assert restated_by_levels(
        "Nämnden redovisar för 2025 ett överskott på 1 146 tkr jämfört med budget.", levels
    )
    assert not restated_by_levels(
        "Nämnden redovisar för 2025 ett överskott på 1 500 tkr jämfört med budget.", levels
    )
