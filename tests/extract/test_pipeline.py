from pathlib import Path

import pytest
from pdf_builder import ReportSpec, Table, build_report
from typeset_pdf import typeset_pdf

from extract.pipeline import extract_report


def _by_area(path: Path) -> dict[str | None, object]:
    result = extract_report(path)
    return {e.area: e for e in result.explanations}


def _monthly(path: Path, blocks: list[tuple[str, object]]) -> Path:
    """Lerum's Socialnämnden, May 2024: the report most layout tests here are drawn as."""
    return build_report(
        path,
        ReportSpec(title="Månadsrapport", header="Lerums kommun · Socialnämnden · Maj 2024", blocks=blocks),
    )


def test_explanations_carry_area_amount_direction_and_page(report_pdf: Path) -> None:
    result = extract_report(report_pdf)
    causes = {e.area: e for e in result.explanations if e.kind == "cause"}
    assert set(causes) == {"Personalkostnader", "Köp av tjänster", "Lokalhyror"}
    staff = causes["Personalkostnader"]
    assert staff.amount_sek == -2_000_000 and staff.direction == "negative" and staff.page == 1
    assert "vikariekostnader" in staff.text
    x0, y0, x1, y1 = staff.bbox
    assert 50 < x0 < x1 < 560 and 0 < y0 < y1 < 842


def test_amount_comes_from_the_table_row_when_the_prose_has_none(report_pdf: Path) -> None:
    bought = {e.area: e for e in extract_report(report_pdf).explanations}["Köp av tjänster"]
    assert bought.amount_sek == -4_000_000
    assert "amount_from_table" in bought.flags


def test_actions_and_boilerplate_are_recognised(report_pdf: Path) -> None:
    result = extract_report(report_pdf)
    kinds = {e.text.split()[0]: (e.kind, e.flags) for e in result.explanations}
    assert kinds["För"][0] == "action"
    action = next(e for e in result.explanations if e.kind == "action")
    assert "Översyn av bemanningen" in action.text  # the bullet list stays with its paragraph
    assert kinds["Ingen"] == ("other", ("boilerplate",))


def test_report_metadata_from_header_and_pdf_metadata(report_pdf: Path) -> None:
    report = extract_report(report_pdf).report
    assert report.municipality == "Alingsås"
    assert report.committee == "Socialnämnden"
    assert report.period == "2024-05"
    assert report.report_type == "månadsuppföljning"
    assert report.n_pages == 1


def test_municipality_override_and_unknown_municipality(tmp_path: Path) -> None:
    spec = ReportSpec(
        title="Månadsrapport",
        header="Vård- och omsorgsnämnden · Månadsrapport november 2024",
        blocks=[
            ("h2", "Hemtjänst"),
            ("p", "Hemtjänsten visar ett underskott på 3,1 mnkr som beror på fler beviljade timmar."),
        ],
    )
    path = build_report(tmp_path / "rapport.pdf", spec)
    assert extract_report(path).report.municipality is None
    assert extract_report(path, municipality="lerum").report.municipality == "Lerum"


def test_ids_are_deterministic(report_pdf: Path) -> None:
    first = [e.explanation_id for e in extract_report(report_pdf).explanations]
    assert first == [e.explanation_id for e in extract_report(report_pdf).explanations]
    assert len(set(first)) == len(first)


def test_table_sign_convention_budget_minus_forecast(tmp_path: Path) -> None:
    """Costs shown positive and Avvikelse = Budget - Prognos: positive still means better than budget."""
    table = Table(
        "Belopp i mnkr",
        ["Budget", "Prognos", "Avvikelse"],
        [("Hemtjänst", ["120,0", "123,5", "-3,5"]), ("Särskilt boende", ["200,0", "198,0", "2,0"])],
    )
    spec = ReportSpec(
        title="Delårsrapport",
        header="Lerums kommun · Delårsrapport augusti 2024",
        blocks=[
            ("table", table),
            ("h2", "Hemtjänst"),
            ("p", "Verksamheten har haft fler brukare än beräknat vilket ger högre kostnader."),
        ],
    )
    path = build_report(tmp_path / "lerum.pdf", spec)
    home = {e.area: e for e in extract_report(path).explanations}["Hemtjänst"]
    assert home.amount_sek == -3_500_000 and home.direction == "negative"


def test_a_column_that_does_not_add_up_is_reported(tmp_path: Path) -> None:
    from extract.layout import group_rows
    from extract.pdf import read_pdf
    from extract.tables import find_tables

    table = Table(
        "Belopp i tkr",
        ["Budget", "Prognos", "Avvikelse"],
        [
            ("Hemtjänst", ["100", "110", "-10"]),
            ("Boende", ["200", "190", "10"]),
            ("Summa", ["300", "300", "5"]),
        ],
    )
    path = build_report(tmp_path / "fel.pdf", ReportSpec(title="x", header="x", blocks=[("table", table)]))
    [found] = find_tables(group_rows(read_pdf(path).pages[0].lines))[0]
    assert found.issues == ("Avvikelse: rows do not add up to the total",)
    assert found.checked and found.deviation_sign == 1


def test_a_repeated_heading_holds_only_its_own_paragraphs(tmp_path: Path) -> None:
    blocks = [
        ("h1", "Hemtjänst"),
        ("h2", "Kommentar"),
        ("p", "Hemtjänsten har ett underskott på 2 mnkr till följd av fler beviljade timmar."),
        ("h1", "Särskilt boende"),
        ("h2", "Kommentar"),
        ("p", "Särskilt boende har ett överskott på 1 mnkr till följd av vakanta tjänster."),
    ]
    sections = extract_report(_monthly(tmp_path / "rapport.pdf", blocks)).sections
    comments = [s.text for s in sections if s.heading == "Kommentar"]
    assert len(comments) == 2
    assert "Hemtjänsten" in comments[0] and "Särskilt boende" not in comments[0]
    assert "Särskilt boende" in comments[1] and "Hemtjänsten" not in comments[1]


def test_a_difference_column_is_a_deviation_and_prose_without_a_deviation_word_still_counts(
    tmp_path: Path,
) -> None:
    """'Differens' = forecast - budget with costs positive: 3,5 over budget is worse, not better."""
    table = Table(
        "Mnkr",
        ["Budget", "Prognos", "Differens"],
        [("Hemtjänst", ["120,0", "123,5", "3,5"]), ("Särskilt boende", ["200,0", "198,0", "-2,0"])],
    )
    blocks = [
        ("table", table),
        ("h2", "Hemtjänst"),
        ("p", "Fler brukare än beräknat ger högre kostnader."),
        ("h2", "Särskilt boende"),
        ("p", "Vakanta tjänster under våren gör att personalkostnaderna blir lägre."),
    ]
    found = _by_area(_monthly(tmp_path / "lerum.pdf", blocks))
    home, nursing = found["Hemtjänst"], found["Särskilt boende"]
    assert home.amount_sek == -3_500_000 and home.direction == "negative"  # type: ignore[attr-defined]
    assert nursing.amount_sek == 2_000_000 and nursing.direction == "positive"  # type: ignore[attr-defined]


def test_the_first_paragraph_under_a_deviating_area_comments_on_it_even_without_a_cue(tmp_path: Path) -> None:
    table = Table(
        "Mnkr",
        ["Budget", "Prognos", "Avvikelse"],
        [("Hemtjänst", ["120,0", "123,5", "-3,5"]), ("Särskilt boende", ["200,0", "200,0", "0,0"])],
    )
    blocks = [
        ("table", table),
        ("h2", "Hemtjänst"),
        ("p", "Fler brukare än vanligt och fler beviljade timmar under våren."),
        ("p", "Enheten Norr flyttar till nya lokaler i höst."),
        ("h2", "Särskilt boende"),
        ("p", "Två nya avdelningar öppnade i mars."),
    ]
    found = extract_report(_monthly(tmp_path / "lerum.pdf", blocks)).explanations
    assert [(e.area, e.kind, e.amount_sek) for e in found] == [("Hemtjänst", "cause", -3_500_000)]


def test_a_generic_subheading_takes_the_area_from_its_parent(tmp_path: Path) -> None:
    blocks = [
        ("h1", "Hemtjänst"),
        ("h2", "Kommentar"),
        ("p", "Underskottet på 2,1 mnkr beror på fler beviljade timmar."),
        ("h1", "Särskilt boende"),
        ("h2", "Ekonomi"),
        ("p", "Överskottet på 1 mnkr förklaras av vakanta tjänster."),
    ]
    found = extract_report(_monthly(tmp_path / "lerum.pdf", blocks)).explanations
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Hemtjänst", -2_100_000),
        ("Särskilt boende", 1_000_000),
    ]


def test_typesetting_characters_are_read_as_plain_text(tmp_path: Path) -> None:
    """Ligatures ('ﬁ'), non-breaking hyphens and Word's Symbol-font bullets, as real reports hold them."""
    lines = [
        (60, 80, 14, "Hälso\u2011 och sjukvård"),
        (60, 110, 10, "Underskottet beror på att \ufb02er hushåll saknar egen \ufb01nansiering:"),
        (66, 124, 10, "\uf0b7 2,1 mnkr i underskott inom primärvården till följd av fler besök."),
        (66, 138, 10, "\uf0b7 1,4 mnkr i underskott inom psykiatrin till följd av hyrläkare."),
    ]
    found = extract_report(typeset_pdf(tmp_path / "satt.pdf", lines)).explanations
    assert "fler hushåll saknar egen finansiering" in found[0].text
    assert found[0].area == "Hälso- och sjukvård"
    assert [e.area for e in found[1:]] == ["Primärvården", "Psykiatrin"]


def test_a_table_continued_on_the_next_page_keeps_its_columns(tmp_path: Path) -> None:
    """The header is printed once; the rows on the next page still have a deviation column."""
    rows = [(f"Enhet {n}", [f"{100 + n},0", f"{100 + n},0", "0,0"]) for n in range(70)]
    rows[60] = ("Hemtjänst Norr", ["160,0", "163,5", "-3,5"])
    blocks = [
        ("table", Table("Mnkr", ["Budget", "Prognos", "Avvikelse"], rows)),
        ("h2", "Hemtjänst Norr"),
        ("p", "Fler brukare än beräknat ger högre kostnader."),
    ]
    result = extract_report(_monthly(tmp_path / "lang.pdf", blocks))
    north = next(row for row in result.table_rows if row.label == "Hemtjänst Norr")
    assert north.page == 2 and north.columns == ("Budget", "Prognos", "Avvikelse")
    [home] = result.explanations
    assert home.amount_sek == -3_500_000 and "amount_from_table" in home.flags


def test_a_figure_in_the_wrong_unit_is_corrected_from_the_table(tmp_path: Path) -> None:
    """DOMAIN.md: real reports write '1 262 mnkr' meaning tkr; the table row says 1 262 tkr."""
    table = Table(
        "Belopp i tkr",
        ["Budget", "Prognos", "Avvikelse"],
        [("Hemtjänst", ["-48 200", "-49 462", "-1 262"]), ("Särskilt boende", ["-91 000", "-90 500", "500"])],
    )
    blocks = [
        ("table", table),
        ("h2", "Hemtjänst"),
        ("p", "Hemtjänsten visar ett underskott på 1 262 mnkr till följd av fler beviljade timmar."),
        ("h2", "Särskilt boende"),
        ("p", "Särskilt boende visar ett överskott på 2,5 mnkr till följd av vakanta tjänster."),
    ]
    found = _by_area(_monthly(tmp_path / "enhet.pdf", blocks))
    home, nursing = found["Hemtjänst"], found["Särskilt boende"]
    assert home.amount_sek == -1_262_000 and "unit_corrected" in home.flags  # type: ignore[attr-defined]
    assert nursing.amount_sek == 2_500_000 and "amount_mismatch" in nursing.flags  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "caption",
    ["Tabell 2. Helårsprognos per verksamhetsområde, mnkr. Negativ avvikelse = underskott.", "Mnkr."],
)
def test_a_caption_written_as_sentences_still_gives_the_tables_unit(tmp_path: Path, caption: str) -> None:
    """'Tabell 2. …, mnkr. Negativ avvikelse = underskott.' ends with a full stop, but it names the table."""
    table = Table(
        "",
        ["Budget", "Prognos", "Avvikelse"],
        [("Medicinsk vård", ["2 412", "2 470", "-58"]), ("Folktandvård", ["512", "506", "6"])],
    )
    blocks = [
        ("p", caption),
        ("table", table),
        ("h2", "Medicinsk vård -58 mnkr"),
        (
            "p",
            "Vårdplatserna har haft en beläggning över 100 procent, och överbeläggningarna har hanterats med övertid.",
        ),
    ]
    result = extract_report(_monthly(tmp_path / "region.pdf", blocks))
    assert {row.label: row.unit for row in result.table_rows}["Medicinsk vård"] == "mnkr"
    [care] = [e for e in result.explanations if e.area == "Medicinsk vård"]
    assert care.amount_sek == -58_000_000 and "unit_corrected" not in care.flags
