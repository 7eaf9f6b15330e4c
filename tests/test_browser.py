"""End to end in a real browser: `avvik serve` on a free port, Debian's headless Chromium through
chromedriver, a search, and a screenshot in test-output/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import KeywordTagger

from index.archive import Archive
from index.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow
OUTPUT = REPO_ROOT / "test-output"
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-quic", "--window-size=1400,1000"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path, report_pdf: Path, real_embedder) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.fail("Debian's chromium and chromium-driver are missing; run `make system`")
    directory = tmp_path / "state"
    archive = Archive(Settings.load(directory), embedder=real_embedder, tagger=KeywordTagger())
    archive.ingest([report_pdf])
    archive.close()
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "avvik_cli.main", "--data-dir", str(directory), "serve",
                             "--port", str(port), "--host", "127.0.0.1"], stdout=log, stderr=subprocess.STDOUT,
                            env={**os.environ, "AVVIK_DATA_DIR": str(directory)})
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the app did not start: " + (tmp_path / "serve.log").read_text()[-2000:])
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_search_in_a_real_browser(server: str, tmp_path: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in [*CHROME_FLAGS, f"--user-data-dir={tmp_path / 'chrome'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        driver.get(f"{server}/?q=vikariekostnader+sjukfr%C3%A5nvaro")
        WebDriverWait(driver, 120).until(lambda d: "Personalkostnader" in d.find_element("tag name", "body").text)
        body = driver.find_element("tag name", "body").text
        assert "Alingsås" in body and "−2,0 mnkr" in body and "träffar" in body
        OUTPUT.mkdir(exist_ok=True)
        driver.save_screenshot(str(OUTPUT / "search.png"))
        assert (OUTPUT / "search.png").stat().st_size > 10_000
    finally:
        driver.quit()
