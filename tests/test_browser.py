"""End to end in a real browser: `avvik serve` on a free port, Debian's headless Chromium through
chromedriver, a walk through the pages as a user would take it, and a screenshot of each in test-output/."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from app_fixtures import monthly_spec, unknown_municipality_spec
from pdf_builder import build_report, sample_spec

from index.archive import Archive
from index.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow
OUTPUT = REPO_ROOT / "test-output"
SAMPLES = REPO_ROOT / "data" / "samples"
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--window-size=1440,1100",
    "--force-device-scale-factor=1",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Path:  # type: ignore[no-untyped-def]
    """The test reports and the sample reports, tagged by the real cause classifier."""
    from extract.tagger import load_tagger

    folder = tmp_path_factory.mktemp("browser")
    pdfs = [
        build_report(folder / "alingsas-sn-2024-05.pdf", sample_spec()),
        build_report(folder / "alingsas-sn-2024-06.pdf", sample_spec(month="juni")),
        build_report(folder / "lerum-sn-2024-05.pdf", sample_spec(municipality="Lerum")),
        build_report(folder / "uppfoljning-von.pdf", unknown_municipality_spec()),
        *(
            build_report(
                folder / f"kungalv-sn-2024-{month}.pdf", monthly_spec("Kungälv", month, staff, purchases)
            )
            for month, staff, purchases in (
                ("mars", -3500, -4000),
                ("april", -2400, -4600),
                ("maj", -1200, -5100),
            )
        ),
        *sorted(SAMPLES.glob("*.pdf")),
    ]
    archive = Archive(Settings.load(folder / "state"), embedder=real_embedder, tagger=load_tagger())
    results = archive.ingest(pdfs, workers=1)
    archive.close()
    assert all(r.status == "ingested" for r in results), [
        r.message for r in results if r.status != "ingested"
    ]
    return folder / "state"


@pytest.fixture(scope="module")
def server(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.fail("Debian's chromium and chromium-driver are missing; run `make system`")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("serve") / "serve.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "avvik_cli.main",
            "--data-dir",
            str(data_dir),
            "serve",
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "AVVIK_DATA_DIR": str(data_dir)},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the app did not start: " + log_path.read_text()[-2000:])
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in [*CHROME_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _body(driver: Any) -> str:
    return str(driver.find_element("tag name", "body").text)


def _settled(driver: Any, ready: Callable[[str], bool], timeout: float = 120) -> str:
    """Wait until the page shows what ``ready`` wants and the app has stopped running."""
    from selenium.webdriver.support.ui import WebDriverWait

    def done(d: Any) -> bool:
        running = d.find_elements("css selector", '[data-testid="stStatusWidget"]')
        return not running and ready(_body(d))

    WebDriverWait(driver, timeout, poll_frequency=0.3).until(done)
    time.sleep(0.8)  # let the last elements paint before a screenshot
    return _body(driver)


def _shot(driver: Any, name: str, full_page: bool = True) -> Path:
    OUTPUT.mkdir(exist_ok=True)
    if full_page:  # as tall as the page (up to a limit), so that the screenshot shows what a user scrolls to
        height = driver.execute_script(
            "const m = document.querySelector('[data-testid=\"stMain\"]') || document.body;"
            "return Math.max(m.scrollHeight, document.body.scrollHeight);"
        )
        driver.set_window_size(1440, min(max(int(height) + 40, 1100), 2400))
        time.sleep(0.5)
    path = OUTPUT / name
    driver.save_screenshot(str(path))
    driver.set_window_size(1440, 1100)
    assert path.stat().st_size > 20_000, f"{name} looks empty"
    return path


def test_search_then_the_document_view(browser: Any, server: str) -> None:
    browser.get(f"{server}/?q=vikariekostnader+och+sjukfr%C3%A5nvaro")
    body = _settled(browser, lambda b: "träffar" in b and "Personalkostnader" in b)
    assert (
        "Alingsås" in body and "\u22122,0 mnkr" in body and "samma förklaring i maj 2024, juni 2024" in body
    )
    assert browser.find_elements("css selector", "mark"), "the matched words are highlighted"
    _shot(browser, "search.png", full_page=False)
    link = browser.find_element("css selector", 'a[href*="dokument?id="]')
    browser.get(link.get_attribute("href"))
    body = _settled(browser, lambda b: "Förklaringar i rapporten" in b and "markerad på sidan" in b)
    _settled(browser, lambda b: bool(browser.find_elements("css selector", '[data-testid="stImage"] img')))
    assert "den markerade texten är förklaringen" in body
    _shot(browser, "document.png", full_page=False)


def test_compare_municipalities_and_a_trend(browser: Any, server: str) -> None:
    browser.get(f"{server}/jamfor")
    body = _settled(browser, lambda b: "Förklaringarna bakom en ruta" in b)
    _settled(browser, lambda b: bool(browser.find_elements("css selector", ".vega-embed")))
    assert "Alingsås" in body and "Lerum" in body
    _shot(browser, "compare.png")
    tab = next(t for t in browser.find_elements("css selector", "[role=tab]") if "Trend" in t.text)
    tab.click()
    body = _settled(browser, lambda b: "Hur ofta varje orsak nämns" in b)
    # the committee with the longest history comes first: Kungälv's three months, getting better by 0,7 mnkr
    assert "+0,7 mnkr mot april 2024" in body and "mars 2024" in body, body[body.find("Nämnd") :][:300]
    _shot(browser, "trend.png", full_page=False)


def test_review_with_the_keyboard(browser: Any, server: str, data_dir: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    browser.get(f"{server}/granska?granskare=webbtest")
    assert "Modellens orsaker" in _settled(browser, lambda b: "Tangenter" in b)
    ActionChains(browser).send_keys("j").perform()  # J: accept the least certain open tag
    _settled(browser, lambda b: "✓ godkänd" in b)
    db = sqlite3.connect(data_dir / "avvik.sqlite")
    try:
        rows = db.execute("SELECT reviewer, decision FROM reviews").fetchall()
    finally:
        db.close()
    assert rows == [("webbtest", "accept")]
    _shot(browser, "review.png")


def test_upload_a_report(browser: Any, server: str, tmp_path: Path) -> None:
    pdf = build_report(
        tmp_path / "kungalv-sn-2024-04.pdf", sample_spec(municipality="Kungälv", month="april")
    )
    browser.get(f"{server}/ladda-upp")
    _settled(browser, lambda b: bool(browser.find_elements("css selector", 'input[type="file"]')))
    browser.find_element("css selector", 'input[type="file"]').send_keys(str(pdf))
    _settled(browser, lambda b: "kungalv" in b)  # the uploader shortens long names
    button = next(b for b in browser.find_elements("css selector", "button") if "Läs in" in b.text)
    button.click()
    body = _settled(browser, lambda b: "1 rapport inläst" in b or "kunde inte läsas" in b, timeout=180)
    assert "kungalv-sn-2024-04.pdf · check_circle inläst · 5 förklaringar" in body, body[-800:]
    _shot(browser, "upload.png", full_page=False)
