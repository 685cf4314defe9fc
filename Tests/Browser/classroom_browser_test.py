#!/usr/bin/env python3
"""The classroom server in a real browser: Debian's chromium and chromium-driver, driven by Selenium.

Starts `elbe-adventure serve` on 127.0.0.1 (a free port, a new saves folder), then as a student:
types a name, a command, presses Tab and sees the completion, sees a fact unlock and the journal
grow, reloads the page and finds the game and its Up-arrow history where they were, opens a copy
of the tab (which copies the tab's storage, as Chrome's "Duplicate" does) and is refused there, and
quits; and as the teacher: types the code, watches the live table change when the student moves
and when the tab is closed, sees the times in its own time zone, reads the links in dark mode, and
after a restart with a new code is told the login has ended, logs in again and sees the student's
idle tab count as playing again by itself. Every wait is bounded.

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


def start_server(binary, saves, port=0, code=TEACHER_CODE):
    server = subprocess.Popen(
        [binary, "serve", "--port", str(port), "--saves", saves, "--teacher-code", code],
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


def d_has_code_form(driver):
    return bool(driver.find_elements(By.ID, "code"))


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
        # A teacher in Chicago in winter: the page's times are hers, not the server's UTC.
        teacher.execute_cdp_cmd("Emulation.setTimezoneOverride", {"timezoneId": "America/Chicago"})
        teacher.get(address + "teacher")
        code = wait_for(teacher, "the teacher code field", lambda d: d.find_element(By.ID, "code"))
        code.send_keys(TEACHER_CODE)
        code.send_keys(Keys.ENTER)
        wait_for(teacher, "Selma in the class table", lambda d: "Selma" in text_of(d, "class"))
        assert TEACHER_CODE not in teacher.current_url, "the teacher code is never in the address"
        live = text_of(teacher, "live")
        assert re.search(r"Updated \d\d:\d\d:\d\d CST\.", live), "the time in the teacher's zone, as the table's: " + live
        assert re.search(r"\d\d\d\d-\d\d-\d\d \d\d:\d\d CST", text_of(teacher, "class")), "last played in the teacher's zone: " + text_of(teacher, "class")
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

        # The table may first show the move before the fact (each report of a busy class is read a
        # little later than the last): waited for until it shows the fact, as a teacher would.
        wait_for(teacher, "the live table to change when the student moved", lambda d: text_of(d, "class") != before)
        wait_for(teacher, "the live table to show the student's fact (1/42): " + text_of(teacher, "class"),
                 lambda d: "1/42" in text_of(d, "class"))
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
        student.find_element(By.ID, "command").send_keys(Keys.ARROW_UP)
        recalled = student.find_element(By.ID, "command").get_attribute("value")
        assert recalled == "<img src=x onerror=alert(1)>", "Up after a reload brings back the last command: " + repr(recalled)
        student.find_element(By.ID, "command").clear()
        command(student, "inventory")
        wait_for(student, "the radio still worn after the reload", lambda d: "field radio (worn)" in text_of(d, "log"))
        assert "1 of 42 facts" in text_of(student, "journal-body"), "the panel stays after a command that changes nothing"
        checks.append("a reload finds the game where it was, and the Up-arrow history")

        game_window = student.current_window_handle
        student.execute_script("window.open(location.href)")
        copy = wait_for(student, "the copied tab", lambda d: [h for h in d.window_handles if h != game_window])[0]
        student.switch_to.window(copy)
        wait_for(student, "the copied tab refused", lambda d: "already playing in another window" in text_of(d, "join-message"))
        student.close()
        student.switch_to.window(game_window)
        command(student, "look")
        wait_for(student, "the first tab still playing", lambda d: "> look" in text_of(d, "log"))
        checks.append("a copy of the tab (its storage copied) is refused like a second window")
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

        student.get(address)
        wait_for(student, "the game after coming back", lambda d: "Playing as Selma" in text_of(d, "who"))
        command(student, "quit")
        wait_for(student, "the name form after quit", lambda d: d.find_element(By.ID, "join-view").is_displayed())
        assert text_of(student, "who") == "", "no 'Playing as' above the name form: " + text_of(student, "who")
        checks.append("after quit the header no longer names the player")
        student.refresh()
        wait_for(student, "the name form after a reload after quit", lambda d: d.find_element(By.ID, "join-view").is_displayed())
        time.sleep(1)
        assert student.find_element(By.ID, "join-view").is_displayed(), "a reload after quit asks for a name again"
        assert student.find_element(By.ID, "name").get_attribute("value") == "", "the name box is empty for the next student"
        checks.append("after quit a reload asks for a name, with the box empty (a shared computer room)")

        name = student.find_element(By.ID, "name")
        name.send_keys("Selma")
        name.send_keys(Keys.ENTER)
        wait_for(student, "Selma's game again", lambda d: "Playing as Selma" in text_of(d, "who"))
        wait_for(teacher, "Selma playing again", lambda d: "yes" in text_of(d, "class"))
        # Quit and in again without a reload: the "game is closed" line is gone (a blind student
        # read it under the game just opened, session 27).
        command(student, "quit")
        wait_for(student, "the name form after a second quit", lambda d: d.find_element(By.ID, "join-view").is_displayed())
        name = student.find_element(By.ID, "name")
        name.send_keys("Selma")
        name.send_keys(Keys.ENTER)
        wait_for(student, "Selma's game a third time", lambda d: d.find_element(By.ID, "game-view").is_displayed() and "Playing as Selma" in text_of(d, "who"))
        assert text_of(student, "status") == "", "no 'game is closed' line under a game just opened: " + text_of(student, "status")
        checks.append("a game opened again after quit has no stale 'game is closed' line")
        wait_for(teacher, "Selma playing a third time", lambda d: "yes" in text_of(d, "class"))

        teacher.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        csv_colour = teacher.find_element(By.CSS_SELECTOR, "a[href='/teacher/report.csv']").value_of_css_property("color")
        assert csv_colour in ("rgba(127, 209, 224, 1)", "rgb(127, 209, 224)"), "a light link on the dark page: " + csv_colour
        checks.append("the teacher's links are readable in dark mode")

        port = int(re.search(r":(\d+)/$", address).group(1))
        server.terminate()
        server.wait(timeout=15)
        server, _ = start_server(sys.argv[1], saves, port=port, code="a-new-code")
        wait_for(teacher, "the teacher's page to say the login has ended", lambda d: "Your login has ended" in d.page_source)
        assert d_has_code_form(teacher), "the code form is shown"
        checks.append("after a restart with a new code the teacher's open page says the login has ended")

        code = teacher.find_element(By.ID, "code")
        code.send_keys("a-new-code")
        code.send_keys(Keys.ENTER)
        wait_for(teacher, "the class table with the new code", lambda d: "Selma" in text_of(d, "class"))
        assert "yes" not in text_of(teacher, "class"), "nobody is playing before Selma's tab is back: " + text_of(teacher, "class")
        student.execute_script("window.dispatchEvent(new Event('focus'))")
        wait_for(teacher, "Selma's idle tab to count as playing after the restart", lambda d: "yes" in text_of(d, "class"))
        assert "Playing as Selma" in text_of(student, "who"), "the student's page stayed in the game"
        command(student, "inventory")
        wait_for(student, "a command after the restart", lambda d: "field radio (worn)" in text_of(d, "log").split("> inventory")[-1])
        checks.append("after a restart an idle student's open tab opens the game again by itself, and the teacher sees it")
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
