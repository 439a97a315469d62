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
 * logs in, uploads a file with bad lines and sees them; an elected user cannot upload. Saves
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
        driver.findElement(By.xpath("//button[normalize-space()='Importer']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("resultat")).isEmpty());

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
        assertThat(driver.findElement(By.tagName("caption")).getText()).contains("famille de produits");
        screenshot("05-approvisionnement-local");

        driver.findElement(By.linkText("EGalim")).click();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Année par année", "Par famille de produits");
        screenshot("05b-egalim");

        driver.findElement(By.linkText(TestServer.OFFICER)).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mon compte");
        driver.findElement(By.xpath("//button[normalize-space()='Créer un jeton']")).click();
        assertThat(driver.findElement(By.cssSelector("code.token")).getText()).startsWith("imp_");
        screenshot("07-mon-compte");

        logout();
        login(TestServer.ELECTED, TestServer.ELECTED_PASSWORD);
        driver.get(server.url("/imports"));
        assertThat(driver.findElements(By.id("file"))).isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("lecture seule", "ventes-2025-12-a-corriger.csv");
        assertThat(driver.findElements(By.partialLinkText("Annuler"))).isEmpty();
        screenshot("06-imports-elu");
    }
}
