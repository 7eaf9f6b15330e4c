from pathlib import Path

import bad_files
import pytest

from extract.errors import EmptyFile, EncryptedPdf, ExtractError, NotAPdf
from extract.pdf import ocr_available
from extract.pipeline import extract_report


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda d, src: bad_files.empty(d / "tom.pdf"), EmptyFile, "empty"),
        (lambda d, src: bad_files.html_page(d / "sida.pdf"), NotAPdf, "not a PDF"),
        (lambda d, src: bad_files.encrypted(d / "låst.pdf"), EncryptedPdf, "password"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path: Path, report_pdf: Path, make, error, words) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path, report_pdf)
    with pytest.raises(error) as info:
        extract_report(path)
    message = str(info.value)
    assert "\n" not in message and path.name in message and words in message


@pytest.mark.parametrize("share", [0.05, 0.3, 0.6, 0.9])
def test_truncated_pdf_is_repaired_or_reported_in_one_line(
    tmp_path: Path, report_pdf: Path, share: float
) -> None:
    data = report_pdf.read_bytes()
    path = tmp_path / "trasig.pdf"
    path.write_bytes(data[: int(len(data) * share)])
    try:
        result = extract_report(path)
    except ExtractError as exc:
        assert "\n" not in str(exc) and "trasig.pdf" in str(exc)
    else:  # pymupdf repaired what it could: whatever was read is well-formed
        assert all(e.page >= 1 and e.text for e in result.explanations)


def test_scanned_page_is_read_by_ocr_or_reported(tmp_path: Path) -> None:
    path = bad_files.scanned(tmp_path / "skannad.pdf")
    if ocr_available():
        result = extract_report(path)
        assert result.ocr_pages == (1,)
    else:
        with pytest.raises(ExtractError, match="OCR"):
            extract_report(path)
