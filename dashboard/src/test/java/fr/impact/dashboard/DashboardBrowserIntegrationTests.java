package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.demo.DemoDataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromedriver): an officer
 * logs in, uploads a file with bad lines and sees them, goes through the figures pages (their
 * charts load), switches the public board on, which an anonymous visitor then reads; an
 * elected user cannot upload. Saves
 * a screenshot of each page under {@code target/screenshots/}. Runs whenever CI=true (and
 * fails there if Chromium is missing); elsewhere it is skipped, saying so, without Chromium.
 */
class DashboardBrowserIntegrationTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    static TestServer server;
    static WebDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Test navigateur ignoré : " + CHROMIUM + " ou " + CHROMEDRIVER
                    + " absent (apt-get install -y chromium chromium-driver). Avec CI=true, il échoue au lieu d'être ignoré.";
            System.out.println("[SKIPPED] " + message);
            if (ci) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        server = new TestServer(dir, store -> {
            DemoDataSet.DemoFiles files = DemoDataSet.write(dir.resolve("demo"), 42, YearMonth.of(2025, 12));
            Importer importer = new Importer(store);
            ImportOptions o = ImportOptions.defaults();
            importer.importFile(ImportKind.TERRITORY, files.territory(), o);
            importer.importFile(ImportKind.PRODUCERS, files.producers(), o);
            importer.importFile(ImportKind.BUYERS, files.buyers(), o);
            for (Path sales : files.sales()) {
                importer.importFile(ImportKind.SALES, sales, o);
            }
            for (Path ledger : files.funding()) {
                importer.importAll(ImportKind.FUNDING, ledger, o);
            }
        });
        profile = Files.createTempDirectory("impact-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--lang=fr-FR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 1000));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static void screenshot(String name) throws Exception {
        // the whole page: grow the window to the document's height first
        Object height = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        int h = Math.min(4000, Math.max(800, ((Number) height).intValue()));
        driver.manage().window().setSize(new Dimension(1366, h));
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1366, 1000));
    }

    static void login(String user, String password) {
        driver.get(server.url("/"));
        assertThat(driver.getCurrentUrl()).endsWith("/connexion");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/connexion"));
    }

    /** Waits until every chart image of the page is loaded, and checks it is a real picture with its alternative text. */
    static void chartsLoaded(int atLeast) {
        String script = "return Array.from(document.querySelectorAll('figure img'))"
                + ".map(i => i.complete ? i.naturalWidth : -1);";
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<?> widths = (List<?>) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(script);
            return widths.size() >= atLeast && widths.stream().allMatch(w -> ((Number) w).intValue() >= 0);
        });
        List<?> widths = (List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
        assertThat(widths).hasSizeGreaterThanOrEqualTo(atLeast)
                .allSatisfy(w -> assertThat(((Number) w).intValue()).as("image width").isGreaterThan(100));
        for (WebElement img : driver.findElements(By.cssSelector("figure img"))) {
            assertThat(img.getAttribute("alt")).as("alternative text").hasSizeGreaterThan(40);
        }
    }

    /** Waits (through the page change a click starts) until the page's main title is {@code title}. */
    static void titleIs(String title) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals(title));
    }

    /** Waits (through the page change a click starts) until the main content shows {@code text}. */
    static void mainShows(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    static void logout() {
        driver.findElement(By.xpath("//button[normalize-space()='Se déconnecter']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/connexion"));
    }

    @Test
    void anOfficerUploadsAFileAndSeesItsBadLinesAndAnElectedUserCannotUpload() throws Exception {
        driver.get(server.url("/"));
        screenshot("01-connexion");

        login(TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Vue d’ensemble");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Année 2025", "Ventes du pôle", "objectif 20 %");
        screenshot("02-vue-ensemble");

        driver.findElement(By.linkText("Imports")).click();
        Path bad = TestServer.write(dir, "ventes-2025-12-a-corriger.csv", String.join("\n", TestServer.SALES_HEADER,
                "15/12/2025;NAV1;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;25,00",
                "15/12/2025;NAV1;2;C1;P1;Navets;FRUITS_ET_LEGUMES;5;kg;12,5O",
                "32/12/2025;NAV2;1;C2;P2;Yaourts;PRODUITS_LAITIERS;20;piece;30,00", "").getBytes());
        new Select(driver.findElement(By.id("kind"))).selectByValue("sales");
        driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        // the upload goes through upload.js (a progress bar, then the result page in place)
        assertThat(driver.findElement(By.id("upload-progress")).isDisplayed()).isFalse();
        driver.findElement(By.xpath("//button[normalize-space()='Importer']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("resultat")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("/imports");

        WebElement result = driver.findElement(By.id("resultat"));
        assertThat(result.getText()).contains("ventes-2025-12-a-corriger.csv", "Fichier chargé", "Lignes rejetées");
        List<WebElement> rows = result.findElements(By.cssSelector("table.rejections tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("3", "montant_ht", "12,5O");
        assertThat(rows.get(1).getText()).contains("4", "32/12/2025");
        screenshot("03-import-resultat");

        driver.findElement(By.xpath("//tr[td[normalize-space()='ventes-2025-12-a-corriger.csv']]//a[starts-with(normalize-space(), 'Annuler')]")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Annuler l'import");
        screenshot("03b-annulation-confirmation");
        driver.findElement(By.xpath("//a[normalize-space()='Non, revenir aux imports']")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Imports");

        driver.findElement(By.linkText("Qualité des données")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Qualité des données");
        screenshot("04-qualite");

        driver.findElement(By.linkText("Approvisionnement local")).click();
        new Select(driver.findElement(By.id("par"))).selectByValue("famille");
        driver.findElement(By.xpath("//button[normalize-space()='Afficher']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("par=famille"));
        assertThat(driver.findElement(By.xpath("//caption[starts-with(normalize-space(), 'Part d')]")).getText())
                .contains("famille de produits");
        chartsLoaded(3);
        // a chart's data, shown by a keyboard user: focus its summary and press Enter
        WebElement summary = driver.findElement(By.xpath("//figure//summary"));
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(driver.findElement(By.xpath("//figure//details//caption")).isDisplayed()).isTrue();
        screenshot("05-approvisionnement-local");

        driver.findElement(By.linkText("Producteurs")).click();
        titleIs("Producteurs");
        assertThat(driver.findElements(By.cssSelector("table.data tbody tr"))).hasSizeGreaterThan(5);
        driver.findElement(By.xpath("//thead//a[span[normalize-space()='Producteur']]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("tri=nom"));
        assertThat(driver.findElement(By.xpath("//th[@aria-sort]")).getText()).startsWith("Producteur");
        screenshot("08-producteurs");
        WebElement first = driver.findElement(By.cssSelector("table.data tbody tr th a"));
        String producer = first.getText();
        first.click();
        titleIs(producer);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ses acheteurs", "Ses familles de produits");
        chartsLoaded(1);
        screenshot("09-producteur");

        driver.findElement(By.linkText("Acheteurs")).click();
        titleIs("Acheteurs");
        screenshot("10-acheteurs");
        WebElement buyerLink = driver.findElement(By.cssSelector("table.data tbody tr th a"));
        String buyer = buyerLink.getText();
        buyerLink.click();
        titleIs(buyer);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ses producteurs", "Part locale mois par mois");
        chartsLoaded(1);
        screenshot("11-acheteur");

        driver.findElement(By.linkText("EGalim")).click();
        titleIs("EGalim");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Année par année", "Par famille de produits",
                "Par restaurant collectif");
        chartsLoaded(1);
        screenshot("05b-egalim");

        driver.findElement(By.linkText("Financement")).click();
        titleIs("Financement");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Budget", "Écart de trésorerie");
        chartsLoaded(1);
        screenshot("12-financement");

        driver.findElement(By.linkText(TestServer.OFFICER)).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mon compte");
        driver.findElement(By.xpath("//button[normalize-space()='Créer un jeton']")).click();
        assertThat(driver.findElement(By.cssSelector("code.token")).getText()).startsWith("imp_");
        screenshot("07-mon-compte");
        driver.findElement(By.xpath("//button[normalize-space()='Activer le tableau public']")).click();
        mainShows("Tableau public activé");

        logout();
        driver.get(server.url("/tableau"));
        titleIs("L'alimentation locale en chiffres");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Part des produits locaux",
                "Restaurants collectifs approvisionnés");
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Se déconnecter']"))).isEmpty();
        chartsLoaded(1);
        screenshot("13-tableau-public");
        login(TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
        driver.get(server.url("/imports"));
        assertThat(driver.findElements(By.id("file"))).isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("lecture seule", "ventes-2025-12-a-corriger.csv");
        assertThat(driver.findElements(By.partialLinkText("Annuler"))).isEmpty();
        screenshot("06-imports-elu");
    }
}
