"""The review site in a real headless Chromium (Debian's ``chromium`` and
``chromium-driver``, driven by Selenium): follow a digest link, sign in, decide, make and
remove an exception, filter the list, sign out."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.serving import make_server

from tests.review.conftest import CATALOG, EMAIL, PASSWORD, SECRET, Seeded
from worker.review.app import create_app
from worker.review.links import item_link
from worker.store import reviews
from worker.store.db import make_engine, make_session_factory, upgrade

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip("Chromium et son pilote absents (apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage", "--window-size=1200,1000")


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    """SQLite only: the browser checks pages, the store tests cover both databases."""
    engine = make_engine(f"sqlite:///{tmp_path / 'veille.sqlite3'}")
    upgrade(engine)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def site(sessions: sessionmaker[Session]) -> Iterator[str]:
    app = create_app(sessions, SECRET, lambda: CATALOG)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()


def submit(browser: WebDriver, element: WebElement) -> None:
    """Click and wait for the next page: reading too early would read the old one. The old
    page is marked by a script, not held by reference: chromedriver answers questions about
    a node of a page that has gone with a generic error rather than a stale-element one."""
    browser.execute_script("document.documentElement.dataset.ancienne = '1'")
    try:
        element.click()
    except WebDriverException as exc:
        # The same quirk: the click started the navigation, then chromedriver looked at the
        # node of the page already replaced. The wait below checks the page did change.
        if "does not belong to the document" not in str(exc):
            raise
    WebDriverWait(browser, 10).until(lambda b: b.execute_script(
        "return document.readyState === 'complete'"
        " && !document.documentElement.dataset.ancienne"))


def text_of(browser: WebDriver) -> str:
    return str(browser.find_element(By.TAG_NAME, "body").text)


def sign_in(browser: WebDriver) -> None:
    browser.find_element(By.ID, "email").send_keys(EMAIL)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(browser, browser.find_element(By.ID, "se-connecter"))


def test_from_a_digest_link_to_a_decision_and_an_exception(
        site: str, browser: WebDriver, seeded: Seeded,
        sessions: sessionmaker[Session], tmp_path: Path) -> None:
    browser.get(item_link(site, seeded.insult, SECRET, datetime.now(UTC)))
    assert browser.find_element(By.ID, "titre").text == "Colère à l'école"
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#texte mark")] == [
        "imbécile"]
    assert "Charte : « Propos diffamatoires" in text_of(browser)
    assert not browser.find_elements(By.ID, "decision")  # a link only lets one read

    submit(browser, browser.find_element(By.LINK_TEXT, "connectez-vous"))
    sign_in(browser)
    assert browser.current_url == f"{site}/elements/{seeded.insult}"
    browser.find_element(By.ID, "note").send_keys("Une citation d'un article, pas une insulte.")
    submit(browser, browser.find_element(By.ID, "action-faux_positif"))
    assert "Décision enregistrée : faux positif." in text_of(browser)
    assert browser.find_element(By.ID, "statut").text == "faux positif"
    history = browser.find_element(By.ID, "historique").text
    assert EMAIL in history and "Une citation d'un article" in history
    browser.save_screenshot(str(tmp_path / "element.png"))
    if shot := os.environ.get("VEILLE_REVIEW_PNG"):
        shutil.copyfile(tmp_path / "element.png", shot)

    term_form = browser.find_element(By.CSS_SELECTOR, "form.exception-terme")
    term_form.find_element(By.NAME, "contexte").send_keys("un imbécile")
    submit(browser, term_form.find_element(By.CSS_SELECTOR, "button"))
    assert "Exception ajoutée (terme : imbécile)." in text_of(browser)
    submit(browser, browser.find_element(By.LINK_TEXT, "Exceptions"))
    assert "un imbécile" in browser.find_element(By.ID, "exceptions").text
    submit(browser, browser.find_element(By.CSS_SELECTOR, "button.retirer"))
    assert "Exception retirée" in text_of(browser)
    assert "Aucune exception." in browser.find_element(By.ID, "exceptions").text
    with sessions() as session:
        assert [h.status for h in reviews.history(session, seeded.insult)] == ["faux_positif"]
        assert reviews.suppressed_item_ids(session, [seeded.insult]) == {seeded.insult}


def test_the_list_filters_and_signing_out(
        site: str, browser: WebDriver, seeded: Seeded) -> None:
    browser.get(f"{site}/elements")
    assert browser.current_url.startswith(f"{site}/connexion")  # not signed in yet
    sign_in(browser)
    assert browser.find_element(By.ID, "compte").text == "3 élément(s)"
    Select(browser.find_element(By.ID, "filtre-categorie")).select_by_visible_text(
        "Publicité, sollicitation ou pourriel")
    submit(browser, browser.find_element(By.ID, "filtrer"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#elements tbody tr")
    assert [r.get_attribute("data-id") for r in rows] == [str(seeded.spam)]
    submit(browser, browser.find_element(By.LINK_TEXT, "Promo"))
    submit(browser, browser.find_element(By.ID, "action-traite"))
    browser.get(f"{site}/elements?statut=a_examiner")
    ids = {r.get_attribute("data-id")
           for r in browser.find_elements(By.CSS_SELECTOR, "#elements tbody tr")}
    assert ids == {str(seeded.insult), str(seeded.other)}
    assert Select(browser.find_element(By.ID, "filtre-statut")).first_selected_option.text \
        == "à examiner"
    submit(browser, browser.find_element(By.ID, "deconnexion"))
    assert "Vous êtes déconnecté." in text_of(browser)
    browser.get(f"{site}/elements/{seeded.insult}")
    assert browser.current_url.startswith(f"{site}/connexion")


def test_a_form_without_its_csrf_token_and_an_expired_link_are_refused(
        site: str, browser: WebDriver, seeded: Seeded,
        sessions: sessionmaker[Session]) -> None:
    browser.get(f"{site}/connexion")
    sign_in(browser)
    browser.get(f"{site}/elements/{seeded.insult}")
    browser.execute_script(
        "document.querySelector('#decision input[name=csrf_token]').remove()")
    submit(browser, browser.find_element(By.ID, "action-confirme"))
    assert "Formulaire refusé" in text_of(browser) and "jeton CSRF" in text_of(browser)
    with sessions() as session:
        assert reviews.history(session, seeded.insult) == []
    submit(browser, browser.find_element(By.ID, "deconnexion"))
    browser.get(item_link(site, seeded.insult, SECRET, datetime.now(UTC) - timedelta(days=15)))
    assert "Lien refusé" in text_of(browser) and "expiré" in text_of(browser)
    assert "imbécile" not in text_of(browser)
