"""Bad input files generated in code: encrypted, truncated, empty, not a PDF, scanned."""

from __future__ import annotations

from pathlib import Path

import pymupdf


def encrypted(path: Path, user_password: str = "hemligt") -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Köp av tjänster avviker negativt med 2 mnkr.")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="ägare", user_pw=user_password)
    doc.close()
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def html_page(path: Path) -> Path:
    path.write_text("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>", encoding="utf-8")
    return path


def scanned(path: Path) -> Path:
    """A page that is only an image of text, with no text layer."""
    src = pymupdf.open()
    page = src.new_page(width=400, height=200)
    page.insert_text((20, 60), "Personalkostnaderna visar ett underskott", fontsize=14)
    pix = page.get_pixmap(dpi=150)
    src.close()
    doc = pymupdf.open()
    out = doc.new_page(width=400, height=200)
    out.insert_image(out.rect, pixmap=pix)
    doc.save(path)
    doc.close()
    return path
