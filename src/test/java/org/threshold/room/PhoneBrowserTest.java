package org.threshold.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.threshold.domain.AgendaItemKind;
import org.threshold.store.SettingsRepository;
import org.threshold.testing.DirectTaskExecutor;
import org.threshold.testing.RecordingNavigator;
import org.threshold.testing.ScriptedDialogs;
import org.threshold.ui.run.RunViewModel;
import org.threshold.ui.run.phones.PhonesViewModel;
import org.threshold.workshop.phones.AgencyCount;
import org.threshold.workshop.phones.LanAddress;
import org.threshold.workshop.phones.PhonePreferences;

/**
 * The phone page works in a real browser. Debian's headless Chromium, at a phone's
 * size, opens the page by a host name mapped to loopback (so it runs in an insecure context, as on
 * a phone on the room's Wi-Fi), joins, answers a stage, sees "Answer saved", and the console's
 * count moves; then it answers "Where we stand", a stage and the statements. In CI (where
 * .ci/run sets {@value #REQUIRED}) a missing browser fails the test;
 * elsewhere it is skipped with the reason said.
 */
class PhoneBrowserTest {
    static final String REQUIRED = "THRESHOLD_BROWSER_TESTS";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOST = "threshold.test";

    @TempDir
    Path dir;

    @Test
    void aPhoneJoinsAnswersAStageAndSeesAnswerSavedWhileTheConsoleCountMoves() throws Exception {
        browserOrSkip();
        RoomLimits limits = RoomLimits.standard().withHostNames(Set.of(HOST));
        try (RoomFixture room = new RoomFixture(Files.createDirectory(dir.resolve("data")), limits, 0, null)) {
            RunViewModel run = new RunViewModel(room.sessionId, room.workshop.runner, new DirectTaskExecutor(),
                    new ScriptedDialogs(), new RecordingNavigator(), room.workshop.clock);
            run.start();
            PhonesViewModel console = new PhonesViewModel(room.sessionId, run, room.answers, room.server,
                    new PhonePreferences(new SettingsRepository(room.workshop.database)), new DirectTaskExecutor(),
                    new ScriptedDialogs(), Runnable::run);
            console.network().addressProperty().set(new LanAddress("loopback", "127.0.0.1", "", false));
            console.network().portProperty().set(Integer.toString(room.server.port()));
            console.turnOn();
            assertTrue(console.onProperty().get(), console.messageProperty().get());
            int port = room.server.port();

            WebDriver browser = chromium();
            try {
                browser.get("http://" + HOST + ":" + port + "/");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-code")));
                assertEquals(Boolean.FALSE, ((ChromeDriver) browser).executeScript("return window.isSecureContext"),
                        "the page runs as on a phone on plain http");
                screenshot(browser, "phone-join");
                browser.findElement(By.id("join-code")).sendKeys(room.code());
                browser.findElement(By.cssSelector("label[for='agency-police']")).click();
                browser.findElement(By.id("join-button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("waiting-text")));

                run.jumpTo(indexOf(run, AgendaItemKind.SCENARIO));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-answer")));
                assertFalse(browser.findElement(By.id("question-prompt")).getText().isBlank());
                browser.findElement(By.cssSelector("label[for='option-share-now']")).click();
                browser.findElement(By.cssSelector("label[for='confidence-4']")).click();
                browser.findElement(By.id("reason")).sendKeys("The risk to the child outweighs the duty of confidence");
                browser.findElement(By.id("send-answer")).click();
                wait.until(ExpectedConditions.textToBe(By.id("answer-status"), "Answer saved"));
                screenshot(browser, "phone-answer-saved");

                AgencyCount police = console.counts().get(0);
                assertEquals(new AgencyCount("police", "Police", 1, 1), police, "the console's count moved");
                assertEquals("share-now", room.answers.answers(run.stateProperty().get().key()).get(0).value());
                List<?> errors = (List<?>) ((ChromeDriver) browser).executeScript(
                        "return performance.getEntriesByType('resource').filter(e => !e.name.startsWith(location.origin))"
                                + ".map(e => e.name)");
                assertEquals(List.of(), errors, "nothing loaded from anywhere but the laptop");
                answersWhereWeStand(browser, wait, run, room);
            } finally {
                browser.quit();
            }
        }
    }

    /** "Where we stand" on the same phone: a stage of the journey, then each statement 1 to 5 or don't know. */
    private static void answersWhereWeStand(WebDriver browser, WebDriverWait wait, RunViewModel run, RoomFixture room)
            throws java.io.IOException {
        run.jumpTo(indexOf(run, AgendaItemKind.WHERE_WE_STAND));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("label[for='option-scoping']"))).click();
        browser.findElement(By.id("send-answer")).click();
        wait.until(ExpectedConditions.textToBe(By.id("answer-status"), "Answer saved"));
        assertEquals("scoping", room.answers.answers(run.stateProperty().get().key()).get(0).value());

        run.next();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "label[for='score-signed-agreement-3']"))).click();
        browser.findElement(By.cssSelector("label[for='score-lawful-basis-known-dont-know']")).click();
        assertEquals("We have a signed information-sharing agreement that covers this work.", browser.findElement(
                By.cssSelector("fieldset:has(#score-signed-agreement-3) > legend")).getText(), "each scale is named");
        browser.findElement(By.id("send-answer")).click();
        wait.until(ExpectedConditions.textToBe(By.id("answer-status"), "Answer saved"));
        screenshot(browser, "phone-where-we-stand");
        java.util.Map<String, String> saved = new java.util.TreeMap<>();
        room.answers.answers(run.stateProperty().get().key()).forEach(a -> saved.put(a.part(), a.value()));
        assertEquals(java.util.Map.of("lawful-basis-known", "dont-know", "signed-agreement", "3"), saved);
    }

    /** The page as the phone shows it, in target/screens beside the app's own renders. */
    private static void screenshot(WebDriver browser, String name) throws java.io.IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("threshold.screens.dir", "target/screens")));
        Files.write(folder.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Headless, phone-sized, a fresh profile, nothing reaching out to the internet; the test name maps to loopback. */
    private WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=390,844",
                "--host-resolver-rules=MAP " + HOST + " 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Skips with the reason when there is no browser, unless CI said the browser must be there. */
    static void browserOrSkip() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String missing = "The real-browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                + CHROMEDRIVER + "), which are not installed";
        if (System.getenv(REQUIRED) != null) {
            fail(missing + ", and " + REQUIRED + " says this run must have them.");
        }
        System.getLogger(PhoneBrowserTest.class.getName()).log(System.Logger.Level.WARNING,
                missing + ": SKIPPED. Install them (apt-get install chromium chromium-driver) to run it.");
        Assumptions.abort(missing + ": skipped. Install them (apt-get install chromium chromium-driver) to run it.");
    }

    private static int indexOf(RunViewModel run, AgendaItemKind kind) {
        var agenda = run.stateProperty().get().agenda();
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).kind() == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException(kind.name());
    }
}
