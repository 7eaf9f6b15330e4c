"""The app's pages: one thin module each under ui/, run by st.navigation. Paths are relative to app.py.

Read-only (``avvik serve --read-only``): Sök and Jämför only."""

from __future__ import annotations

from urllib.parse import urlsplit

import streamlit as st

from index.settings import Settings

SEARCH = "ui/search_page.py"
COMPARE = "ui/compare_page.py"
REVIEW = "ui/review_page.py"
DOCUMENT = "ui/document_page.py"
UPLOAD = "ui/upload_page.py"


def read_only() -> bool:
    return Settings.load().read_only


def pages() -> list[st.Page]:
    shown = [
        st.Page(SEARCH, title="Sök", icon=":material/search:", default=True),
        st.Page(COMPARE, title="Jämför", icon=":material/grid_on:", url_path="jamfor"),
    ]
    if read_only():
        return shown
    return [
        *shown,
        st.Page(REVIEW, title="Granska", icon=":material/fact_check:", url_path="granska"),
        st.Page(DOCUMENT, title="Dokument", icon=":material/description:", url_path="dokument"),
        st.Page(UPLOAD, title="Ladda upp", icon=":material/upload_file:", url_path="ladda-upp"),
    ]


def document_url(explanation_id: str) -> str:
    """The absolute link to an explanation on Dokument, as the browser reaches the app ("" when it is not
    known, in a script run without a browser)."""
    url = st.context.url
    if not url:
        return ""
    parts = urlsplit(url)
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    prefix = f"{parts.scheme}://{parts.netloc}/" + (f"{base}/" if base else "")
    return f"{prefix}dokument?id={explanation_id}"
