#!/usr/bin/env python3
"""The classroom server in a real browser: Debian's chromium and chromium-driver, driven by Selenium.

Starts `elbe-adventure serve` on 127.0.0.1 (a free port, a new saves folder), then as a student:
types a name, a command, presses Tab and sees the completion, sees a fact unlock and the journal
grow, reloads the page and finds the game where it was; and as the teacher: types the code and
watches the live table change when the student moves and when the tab is closed. Every wait is
bounded.

Usage: classroom_browser_test.py PATH/TO/elbe-adventure
Exit status 0 when every check passed, 1 when one failed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

TEACHER_CODE = "browser-test-code"
WAIT = 20  # seconds, for any one thing to appear


def start_server(binary, saves):
    server = subprocess.Popen(
        [binary, "serve", "--port", "0", "--saves", saves, "--teacher-code", TEACHER_CODE],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = server.stdout.readline()
        match = re.search(r"Students open: (http://127\.0\.0\.1:\d+/)", line)
        if match:
            return server, match.group(1)
        if server.poll() is not None:
            break
    server.kill()
    raise SystemExit("the server did not start")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768"):
        options.add_argument(argument)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(WAIT)
    return driver


def wait_for(driver, what, condition):
    try:
        return WebDriverWait(driver, WAIT).until(lambda d: condition(d))
    except Exception:
        raise AssertionError("timed out waiting for: " + what)


def text_of(driver, element_id):
    return driver.find_element(By.ID, element_id).text


def command(driver, line):
    box = driver.find_element(By.ID, "command")
    box.send_keys(line)
    box.send_keys(Keys.ENTER)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    saves = tempfile.mkdtemp(prefix="elbe-browser-")
    server, address = start_server(sys.argv[1], saves)
    student = teacher = None
    checks = []
    try:
        student = browser()
        student.get(address)
        name = wait_for(student, "the name field", lambda d: d.find_element(By.ID, "name"))
        name.send_keys("Selma <b>")
        name.send_keys(Keys.ENTER)
        wait_for(student, "a refusal of '<' in a name", lambda d: "cannot contain '<'" in text_of(d, "join-message"))
        name.clear()
        name.send_keys("Selma")
        name.send_keys(Keys.ENTER)
        wait_for(student, "the opening", lambda d: "Patrol to the Elbe" in text_of(d, "log"))
        checks.append("a student types a name and the story opens")

        teacher = browser()
        teacher.get(address + "teacher")
        code = wait_for(teacher, "the teacher code field", lambda d: d.find_element(By.ID, "code"))
        code.send_keys(TEACHER_CODE)
        code.send_keys(Keys.ENTER)
        wait_for(teacher, "Selma in the class table", lambda d: "Selma" in text_of(d, "class"))
        assert TEACHER_CODE not in teacher.current_url, "the teacher code is never in the address"
        before = text_of(teacher, "class")
        checks.append("the teacher types the code and sees the class table")

        box = student.find_element(By.ID, "command")
        box.send_keys("exa")
        box.send_keys(Keys.TAB)
        wait_for(student, "Tab to complete 'exa' to 'examine '", lambda d: d.find_element(By.ID, "command").get_attribute("value") == "examine ")
        assert student.switch_to.active_element.get_attribute("id") == "command", "Tab completing keeps the focus in the command line"
        box.clear()
        checks.append("Tab completes a command")

        command(student, "wear radio")
        command(student, "in")
        wait_for(student, "a fact to unlock", lambda d: "[Fact 1/42]" in text_of(d, "log"))
        wait_for(student, "the journal panel to grow", lambda d: "1 of 42 facts" in text_of(d, "journal-body"))
        checks.append("a fact unlocks and the journal panel shows it")

        wait_for(teacher, "the live table to change when the student moved", lambda d: text_of(d, "class") != before)
        assert "1/42" in text_of(teacher, "class"), text_of(teacher, "class")
        checks.append("the teacher's table updates live when the student moves")

        command(student, "<img src=x onerror=alert(1)>")
        wait_for(student, "the hostile command echoed as text", lambda d: "<img src=x onerror=alert(1)>" in text_of(d, "log"))
        assert not student.find_elements(By.CSS_SELECTOR, "#log img"), "a command never becomes markup"
        # The answer left the journal panel out (the page has its version): the panel stays as it was.
        assert "1 of 42 facts" in text_of(student, "journal-body"), text_of(student, "journal-body")
        checks.append("a hostile command is shown as text")

        student.refresh()
        wait_for(student, "the game after a reload", lambda d: "[Fact 1/42]" in text_of(d, "log"))
        assert "1 of 42 facts" in text_of(student, "journal-body")
        command(student, "inventory")
        wait_for(student, "the radio still worn after the reload", lambda d: "field radio (worn)" in text_of(d, "log"))
        assert "1 of 42 facts" in text_of(student, "journal-body"), "the panel stays after a command that changes nothing"
        checks.append("a reload finds the game where it was")
        shots = os.environ.get("ELBE_SCREENSHOTS")
        if shots:
            student.save_screenshot(os.path.join(shots, "student-1366x768.png"))
            teacher.save_screenshot(os.path.join(shots, "teacher-1366x768.png"))
            student.set_window_size(390, 844)
            student.save_screenshot(os.path.join(shots, "student-phone.png"))

        assert "yes" in text_of(teacher, "class"), "the teacher sees the student playing now"
        student.get("about:blank")
        wait_for(teacher, "the closed tab to free the student's name", lambda d: "yes" not in text_of(d, "class"))
        checks.append("closing the tab frees the name, and the teacher sees it")
    except AssertionError as failure:
        print("FAILED:", failure)
        for check in checks:
            print("  passed:", check)
        return 1
    finally:
        for driver in (student, teacher):
            if driver is not None:
                driver.quit()
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(saves, ignore_errors=True)
    for check in checks:
        print("passed:", check)
    print("Browser test: %d checks passed." % len(checks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
