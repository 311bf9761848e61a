"""Safety rules as a browser meets them (Chromium via Playwright, fixtures of test_browser.py):
a page on another origin can neither post to raadslens nor frame it, the page's own script runs under
the CSP, and errors are Dutch pages."""
from __future__ import annotations

import http.server
import threading

import pytest
from test_browser import browser, page, pytestmark, server  # noqa: F401  (fixtures)


@pytest.fixture(scope="module")
def attacker(server):  # noqa: F811
    """Another origin (another port) serving a form that posts to raadslens and a page that frames it."""
    pages = {
        "/post.html": f"""<!doctype html><form id="f" method="post" action="{server}/controleer">
            <input name="tekst" value="In 2024 zijn 115 slachtoffers begeleid."></form>
            <script>document.getElementById('f').submit()</script>""",
        "/frame.html": f"""<!doctype html><h1>ander</h1><iframe id="x" src="{server}/zoeken"></iframe>""",
    }

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


def test_a_form_on_another_origin_cannot_post_a_draft(page, server, attacker):  # noqa: F811
    page.goto(f"{server}/controleer")  # the clerk has raadslens open (and its session cookie)
    with page.expect_navigation(url=f"{server}/controleer"):
        page.goto(f"{attacker}/post.html")
    assert page.locator("h1").inner_text() == "Geen toegang"
    assert "Dit formulier is verlopen" in page.locator("main").inner_text()
    assert page.locator(".claim-row").count() == 0


def test_another_origin_cannot_frame_raadslens(page, attacker):  # noqa: F811
    page.goto(f"{attacker}/frame.html")
    page.wait_for_timeout(500)
    framed = [f for f in page.frames if f != page.main_frame]
    assert framed
    assert all("Zoeken in raadsstukken" not in (f.content() if not f.is_detached() else "") for f in framed)


def test_the_pages_own_script_runs_under_the_csp_and_errors_are_dutch(page, server, tmp_path):  # noqa: F811
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{server}/controleer")
    draft = tmp_path / "antwoord.txt"
    draft.write_text("In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM.", encoding="utf-16")
    page.set_input_files("#bestand", str(draft))
    assert page.locator("#bestandsnaam").inner_text() == "antwoord.txt"  # controleer.js ran
    with page.expect_navigation():
        page.get_by_role("button", name="Controleer", exact=True).click()
    assert page.locator("mark.claim.supported").count() == 1  # the UTF-16 upload was read
    for path in ("/zoeken?q=meldingen", "/cijfers", "/documenten"):
        page.goto(server + path)
    assert not violations, violations
    page.goto(f"{server}/bestaat-niet")
    assert page.locator("h1").inner_text() == "Niet gevonden"
    assert "Deze pagina bestaat niet" in page.locator("main").inner_text()
