package dev.passerelle.program;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.passerelle.event.Events;
import dev.passerelle.intake.SessionRepository;
import dev.passerelle.publish.Publisher;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The program in headless Chromium: search from the French page, suggestions as you type, language switch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProgramBrowserIT {

    @LocalServerPort int port;
    @Autowired Events events;
    @Autowired SessionRepository sessions;
    @Autowired Publisher publisher;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired ElasticsearchClient elasticsearch;

    PublishedProgram program;
    WebDriver browser;

    @BeforeEach
    void start() {
        program = new PublishedProgram(events, sessions, jdbc, transaction, publisher, elasticsearch);
        var options = new ChromeOptions().setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--lang=fr");
        var driver = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(
                System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"))).build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void frenchSearchFindsTheEnglishTalkAndTheLanguageSwitchKeepsTheQuery() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://localhost:" + port + "/" + program.event + "/fr/");
        WebElement box = browser.findElement(By.id("program-search-input"));
        box.sendKeys("déploiement continu");

        // Enhancement: suggestions while typing.
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#program-search-suggestions a")));
        assertThat(suggestion.getText()).contains("Déploiement continu sans peur");

        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/fr/search?q="));
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit .hit-title"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().getText()).isEqualTo("Déploiement continu sans peur");
        assertThat(hits.getFirst().getAttribute("href")).endsWith("/" + program.event + "/fr/sessions/" + program.talk);
        assertThat(browser.findElement(By.cssSelector(".hit .badge.lang")).getText()).isEqualTo("EN");

        browser.findElement(By.cssSelector("a.lang-switch")).click();
        wait.until(ExpectedConditions.urlContains("/" + program.event + "/en/search?q="));
        assertThat(browser.findElement(By.id("program-search-input")).getAttribute("value"))
                .isEqualTo("déploiement continu");
        assertThat(browser.findElement(By.cssSelector(".hit .hit-title")).getText())
                .isEqualTo("Continuous deployment without fear");
    }
}
