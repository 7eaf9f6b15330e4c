"""Tables whose last column is a comment: each comment is an explanation of its row."""

import textwrap
from pathlib import Path

import pymupdf

from extract import cues
from extract.pipeline import extract_report


def _comment_table_pdf(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    """A page with a heading, a sentence, then 'Verksamhet, tkr | Budget | Prognos | Avvikelse | Kommentar'
    with comments wrapped over several lines."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text(
        (60, 40), "Kungälvs kommun · Barn- och utbildningsnämnden · Tertialrapport 1 2025", fontsize=8
    )
    page.insert_text((60, 80), "Driftredovisning per verksamhet", fontsize=14, fontname="hebo")
    page.insert_text((60, 100), "Nämnden prognostiserar ett underskott om 6,1 mnkr mot budget.", fontsize=10)
    y = 130.0
    for x, name in (
        (60, "Verksamhet, tkr"),
        (200, "Budget"),
        (250, "Prognos"),
        (300, "Avvikelse"),
        (350, "Kommentar"),
    ):
        page.insert_text((x, y), name, fontsize=8, fontname="hebo")
    y += 14
    for label, budget, forecast, deviation, comment in rows:
        page.insert_text((60, y), label, fontsize=8)
        for right, value in ((235, budget), (285, forecast), (335, deviation)):
            page.insert_text((right - pymupdf.get_text_length(value, fontsize=8), y), value, fontsize=8)
        lines = textwrap.wrap(comment, 45) or [""]
        for n, line in enumerate(lines):
            page.insert_text((350, y + n * 10), line, fontsize=8)
        y += 10 * len(lines) + 6
    doc.save(path)
    return path


def _causes(path: Path, rows: list[tuple[str, str, str, str, str]]) -> dict[str | None, float | None]:
    """Each cause's amount by its area, extracted from a page with the comment table of ``rows``."""
    result = extract_report(_comment_table_pdf(path, rows))
    return {e.area: e.amount_sek for e in result.explanations if e.kind == "cause" and e.area}


def test_each_comment_explains_its_row_with_the_rows_area_and_amount(tmp_path: Path) -> None:
    rows = [
        (
            "Förskola",
            "-150 200",
            "-152 900",
            "-2 700",
            "Fler barn i förskolan än budgeterat, främst under våren.",
        ),
        (
            "Grundskola",
            "-310 500",
            "-314 900",
            "-4 400",
            "Ökade kostnader för skolskjuts efter ett nytt avtal med entreprenören.",
        ),
        ("Gymnasieskola", "-120 000", "-119 000", "1 000", "Färre elever i interkommunal ersättning."),
        ("Summa", "-580 700", "-586 800", "-6 100", ""),
    ]
    result = extract_report(_comment_table_pdf(tmp_path / "kommentarer.pdf", rows))
    by_area = {e.area: e for e in result.explanations if e.area}
    assert {area: e.amount_sek for area, e in by_area.items()} == {
        "Förskola": -2_700_000,
        "Grundskola": -4_400_000,
        "Gymnasieskola": 1_000_000,
    }
    school = by_area["Grundskola"]
    assert (
        school.text == "Ökade kostnader för skolskjuts efter ett nytt avtal med entreprenören."
    )  # both lines
    assert school.kind == "cause" and school.direction == "negative" and "amount_from_table" in school.flags
    assert "Summa" in {row.label for row in result.table_rows}  # the total stays in the table


def test_a_single_row_with_a_comment_is_not_a_table(tmp_path: Path) -> None:
    rows = [("Förskola", "-150 200", "-152 900", "-2 700", "Fler barn i förskolan än budgeterat.")]
    result = extract_report(_comment_table_pdf(tmp_path / "en.pdf", rows))
    assert not result.table_rows
    # the line stays prose: it may be read as a comment (LABELS.md), but never takes a table row's amount
    assert all("amount_from_table" not in e.flags for e in result.explanations)


def test_a_header_cell_spanning_two_columns_is_split_by_where_its_words_end() -> None:
    """'Prognos helår Avvikelse' read as one cell over two right-aligned number columns."""
    from extract.tables import _header_words

    slots = [(213.0, 246.0), (266.0, 304.0), (327.0, 354.0)]
    cell, box = "Prognos helår Avvikelse", (237.0, 130.0, 354.0, 140.0)
    assert _header_words(cell, box, slots) == [("Prognos", 1), ("helår", 1), ("Avvikelse", 2)]
    assert _header_words("Budget", (215.0, 130.0, 246.0, 140.0), slots) == [("Budget", 0)]


def test_a_comment_without_cue_words_still_explains_its_deviating_row(tmp_path: Path) -> None:
    """Note-style comments ("Vakanser bland röntgensjuksköterskor …") name the reason and nothing else: the
    row's deviation is what they explain."""
    rows = [
        (
            "Medicinsk service",
            "-410 000",
            "-404 000",
            "6 000",
            "Vakanser bland röntgensjuksköterskor och analytiker.",
        ),
        (
            "Somatisk vård",
            "-1 200 000",
            "-1 231 000",
            "-31 000",
            "Sjuksköterskor från bemanningsföretag under sommaren.",
        ),
        ("Summa", "-1 610 000", "-1 635 000", "-25 000", ""),
    ]
    causes = _causes(tmp_path / "noter.pdf", rows)
    assert causes == {"Medicinsk service": 6_000_000, "Somatisk vård": -31_000_000}


def test_a_nämnds_comment_that_names_neither_money_nor_the_nämnd_explains_its_row(tmp_path: Path) -> None:
    """A whole-kommun table of nämnder: the comment cell stands under its row's own label, which is the area
    (in prose a nämnd's name may be the report's own body), whatever the comment's subject."""
    rows = [
        ("Kommunstyrelsen", "78 400", "77 100", "1 300", "Vakanta tjänster inom HR och ekonomi under våren."),
        (
            "Stadsbyggnadsnämnden",
            "46 200",
            "47 900",
            "-1 700",
            "Akut reparation av Lägerkajen efter stormen.",
        ),
        ("Summa nämnder", "124 600", "125 000", "-400", ""),
    ]
    causes = _causes(tmp_path / "nämnder.pdf", rows)
    assert causes["Stadsbyggnadsnämnden"] == -1_700_000


def test_a_side_remark_in_balance_does_not_outweigh_the_rows_deviation(tmp_path: Path) -> None:
    """ "Familjehemsvården ligger i nivå med budget." beside HVB placements: the row's deficit is the direction."""
    rows = [
        (
            "Barn och familj",
            "21 300",
            "28 700",
            "-7 400",
            "Fem nya placeringar på HVB sedan årsskiftet. Familjehemsvården ligger i nivå med budget.",
        ),
        ("Vuxna", "9 800", "9 500", "300", "Färre placeringar än beräknat."),
        ("Summa", "31 100", "38 200", "-7 100", ""),
    ]
    result = extract_report(_comment_table_pdf(tmp_path / "placeringar.pdf", rows))
    [family] = [e for e in result.explanations if e.kind == "cause" and e.area == "Barn och familj"]
    assert (family.amount_sek, family.direction) == (-7_400_000, "negative")


def test_a_short_comment_inside_the_table_does_not_end_it(tmp_path: Path) -> None:
    """ "Ingen avvikelse." beside a row in balance: the rows after it are still the table's, and their
    comments explain their deviations."""
    rows = [
        ("Förskola", "96 400", "95 100", "1 300", "Färre barn än barnprognosen visade."),
        ("Grundsärskola", "14 800", "14 800", "0", "Ingen avvikelse."),
        (
            "Gymnasieskola",
            "88 300",
            "87 200",
            "1 100",
            "Interkommunala ersättningar blir lägre när färre väljer andra kommuner.",
        ),
        (
            "Vuxenutbildning",
            "12 600",
            "12 000",
            "600",
            "Statsbidrag för regional yrkesvux som inte fanns i budgeten.",
        ),
        ("Summa", "212 100", "209 100", "3 000", ""),
    ]
    causes = _causes(tmp_path / "kort.pdf", rows)
    assert causes["Gymnasieskola"] == 1_100_000
    assert causes["Vuxenutbildning"] == 600_000


def test_a_row_label_that_ends_in_an_abbreviation_opens_the_table(tmp_path: Path) -> None:
    """ "Nämnd och central adm." ends with a period but is a label, not a sentence: the first row is the table's,
    its comment takes the row's deviation, and the header is no prose."""
    rows = [
        (
            "Nämnd och central adm.",
            "-12 480",
            "-11 930",
            "550",
            "Överskott på grund av en vakant controllertjänst.",
        ),
        (
            "Förskola",
            "-150 200",
            "-152 900",
            "-2 700",
            "Fler barn i förskolan än budgeterat, främst under våren.",
        ),
        ("Gymnasieskola", "-120 000", "-119 000", "1 000", "Färre elever i interkommunal ersättning."),
    ]
    result = extract_report(_comment_table_pdf(tmp_path / "adm.pdf", rows))
    by_area = {e.area: e.amount_sek for e in result.explanations if e.area}
    assert by_area["Nämnd och central adm."] == 550_000
    assert not any("Kommentar" in e.text for e in result.explanations)


def test_a_first_comment_of_two_words_on_its_first_line_opens_the_table(tmp_path: Path) -> None:
    """The first row's comment wraps after two words ("Vinterväghållningskostnaderna överskreds" | "kraftigt
    efter …"): its cell still makes the row the table's first, under the header, with its deviation."""
    rows = [
        (
            "Gator och vägar",
            "58 400",
            "62 950",
            "-4 550",
            "Vinterväghållningskostnaderna överskreds kraftigt efter en vinter med många snöröjningstillfällen.",
        ),
        (
            "Parker",
            "31 200",
            "32 480",
            "-1 280",
            "Skadegörelse på lekplatser och stormfällda träd i oktober.",
        ),
        ("Gatubelysning", "14 600", "14 350", "250", "Lägre elpriser än budgeterat under hela året."),
        ("Summa", "104 200", "109 780", "-5 580", ""),
    ]
    causes = _causes(tmp_path / "kort-forsta.pdf", rows)
    assert causes["Gator och vägar"] == -4_550_000


def test_a_row_with_a_short_label_takes_its_comment(tmp_path: Path) -> None:
    """ "Bad" is a label of three letters: its comment explains it by the exact name, though no close spelling of
    a short name counts."""
    rows = [
        (
            "Bad",
            "268,4",
            "262,1",
            "6,3",
            "Stora bassängen var stängd i åtta veckor för renovering under våren.",
        ),
        ("Ishallar", "342,7", "345,9", "-3,2", "Högre elpriser än budgeterat för kylanläggningarna."),
        ("Summa", "611,1", "608,0", "3,1", ""),
    ]
    causes = _causes(tmp_path / "bad.pdf", rows)
    assert causes.get("Bad") == 6_300_000


def test_a_comment_on_a_repair_that_must_be_done_is_a_cause_not_an_action(tmp_path: Path) -> None:
    """ "… en vattenskada i simhallens omklädningsrum som måste åtgärdas akut": "åtgärdas" is a repair (what the
    row's deficit went to), not a measure to bring costs down."""
    rows = [
        ("Bibliotek", "-14 800", "-14 180", "620", "Två tjänster som bibliotekarie är vakanta under våren."),
        (
            "Fritidsanläggningar",
            "-21 700",
            "-22 380",
            "-680",
            "Högre elkostnader i ishallen och en vattenskada i simhallens omklädningsrum som måste åtgärdas akut.",
        ),
        ("Summa", "-36 500", "-36 560", "-60", ""),
    ]
    assert _causes(tmp_path / "reparation.pdf", rows).get("Fritidsanläggningar") == -680_000
    assert not cues.ACTION.search("Bristerna i ventilationen har åtgärdats under våren.")
    assert cues.ACTION.search("Nämnden har vidtagit åtgärder för att minska underskottet.")
