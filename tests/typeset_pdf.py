"""PDFs written byte by byte, for characters pymupdf's own fonts cannot draw: ligatures (U+FB01 'ﬁ'),
non-breaking hyphens (U+2011), Symbol-font bullets (U+F0B7). Typesetters and Word put exactly these
in real reports. Each such character gets a code of its own in the font's encoding, named by its
glyph name (uniXXXX), so a reader sees the character the report's producer wrote."""

from __future__ import annotations

from pathlib import Path

_WIN_ANSI_EXTRA = {"€": 0x80, "–": 0x96, "—": 0x97, "•": 0x95, "’": 0x92, "”": 0x94, "“": 0x93}


def typeset_pdf(path: Path, lines: list[tuple[float, float, float, str]]) -> Path:
    """One A4 page; ``lines`` are (x, y from the top, font size, text) in Helvetica."""
    special: dict[str, int] = {}  # character -> its code (1..31) in the font's /Differences
    body = b""
    for x, y, size, text in lines:
        encoded = b""
        for char in text:
            code = _WIN_ANSI_EXTRA.get(char) or (ord(char) if ord(char) < 256 else None)
            if code is None:
                code = special.setdefault(char, len(special) + 1)
            encoded += bytes([code]) if chr(code) not in "()\\" and 32 <= code < 127 else b"\\%03o" % code
        body += b"BT /F1 %.1f Tf %.1f %.1f Td (" % (size, x, 842 - y) + encoded + b") Tj ET\n"
    differences = b" ".join(b"%d /uni%04X" % (code, ord(char)) for char, code in special.items())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [" + differences + b"] >> >>",
        b"<< /Length %d >>\nstream\n" % len(body) + body + b"endstream",
    ]
    data = b"%PDF-1.4\n"
    for number, obj in enumerate(objects, 1):
        data += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    path.write_bytes(data + b"trailer << /Root 1 0 R >>\n%%EOF\n")
    return path
