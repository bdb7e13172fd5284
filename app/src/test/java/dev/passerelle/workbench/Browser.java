package dev.passerelle.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, signed in through the form login like a person: the system's
 * chromium and chromedriver (PASSERELLE_TEST_CHROMIUM, PASSERELLE_TEST_CHROMEDRIVER to use others).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PASSERELLE_TEST_CHROMIUM",
            "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PASSERELLE_TEST_CHROMEDRIVER",
            "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final String base;

    Browser(int port) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed for the browser tests (.ci/run installs them)");
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--window-size=1280,800", "--lang=en-GB");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://127.0.0.1:" + port;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Signs in with the keyboard only: the login form focuses the user name; Tab, then Enter submits. */
    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        // The field the page autofocuses; waiting for it keeps keys from reaching a page still loading.
        await().until(d -> "username".equals(d.switchTo().activeElement().getDomAttribute("name")));
        type(username, Keys.TAB, password, Keys.ENTER);
        await().withMessage(() -> "still at " + driver.getCurrentUrl() + " after signing in as " + username)
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Types into whatever has the focus, as a keyboard would. */
    void type(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    WebElement find(String css) {
        return await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Waits for the page at {@code path} to have loaded (after a form submitted by a shortcut, say). */
    void awaitPage(String path) {
        await().withMessage(() -> "expected " + path + ", at " + driver.getCurrentUrl() + ": "
                        + driver.findElements(By.cssSelector(".wb-problem, .wb-conflict")).stream()
                                .map(WebElement::getText).toList())
                .until(d -> d.getCurrentUrl().endsWith(path)
                && "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /** Keeps what the page looks like at 1280×800 under target/workbench-screenshots, for people to look at. */
    void screenshot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "workbench-screenshots"));
            Files.write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    WebDriverWait await() {
        // Generous: CI shares two cores between the app, Elasticsearch, PostgreSQL and Chromium.
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
