package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.system.PublicBoard;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * French for everyone, English on request, on a real server: every page (each GET route of the
 * controllers that answers HTML) in French by default — whatever the browser's language — and in
 * English after {@code ?lang=en}, which a cookie keeps until {@code ?lang=fr}.
 *
 * <p>Fixture: territory 61293 PARC and department 61 PROCHE; producers P1 (61293, PARC) and P2
 * (61214, so PROCHE); buyers C1 school and C2 health and social care; sales of March 2024 (import
 * 1): C1/P1 25,00 and 12,50, C2/P2 18,40, and one line rejected (amount {@code 12,5O}). So in 2024
 * (the overview's year: the data ends on 17/03/2024 and starts in 2024) the hub sells 55,90, all
 * local (100 %): school catering 37,50, health and social care 18,40. Funding: FEADER awards
 * 9 000 for 2024; 1 000 spent, paid on 20/02/2024, nothing received: the gap peaks at 1 000,00 on
 * 20/02/2024.
 */
class DashboardI18nIntegrationTests {

    @TempDir
    static Path dir;

    static TestServer server;

    /** A page: its address, the status it answers, and a heading only it shows, in French and in English. */
    record Page(String route, String path, int status, String french, String english) {}

    static final List<Page> PAGES = List.of(
            new Page("/", "/", 200, "Vue d’ensemble", "Overview"),
            new Page("/local", "/local", 200, "Approvisionnement local", "Local sourcing"),
            new Page("/producteurs", "/producteurs", 200, "Producteurs et leurs ventes par le pôle",
                    "Producers and their sales through the hub"),
            new Page("/producteurs/{id}", "/producteurs/P1", 200, "Ses acheteurs", "Its buyers"),
            new Page("/producteurs/{id}", "/producteurs/P404", 404, "Producteur introuvable", "Producer not found"),
            new Page("/acheteurs", "/acheteurs", 200, "Acheteurs et leurs achats au pôle",
                    "Buyers and their purchases from the hub"),
            new Page("/acheteurs/{id}", "/acheteurs/C1", 200, "Ses producteurs", "Its producers"),
            new Page("/acheteurs/{id}", "/acheteurs/C404", 404, "Acheteur introuvable", "Buyer not found"),
            new Page("/egalim", "/egalim", 200, "Année par année", "Year by year"),
            new Page("/territoire", "/territoire", 200, "Cantines du territoire", "Canteens of the area"),
            new Page("/financement", "/financement", 200, "Écart de trésorerie", "Treasury gap"),
            new Page("/rapports", "/rapports", 200, "Synthèse pour les élus", "Brief for elected officials"),
            new Page("/imports", "/imports", 200, "Historique des imports", "Import history"),
            new Page("/imports/{id}/annuler", "/imports/1/annuler", 200, "Oui, annuler cet import",
                    "Yes, undo this import"),
            new Page("/qualite", "/qualite", 200, "Qualité des données", "Data quality"),
            new Page("/compte", "/compte", 200, "Changer mon mot de passe", "Change my password"),
            new Page("/api", "/api", 200, "API du tableau de bord", "The dashboard's API"),
            new Page("/connexion", "/connexion", 200, "Tableau de bord de l'approvisionnement local",
                    "Local sourcing dashboard"),
            new Page("/tableau", "/tableau", 200, "L'alimentation locale en chiffres", "Local food in figures"),
            new Page("(none)", "/nulle-part", 404, "Page introuvable", "Page not found"));

    /** GET routes that answer something else than a page (images, CSV, files, JSON, the error dispatch). */
    static boolean notAPage(String route) {
        return route.endsWith(".png") || route.endsWith(".csv") || route.endsWith(".json") || route.startsWith("/api/")
                || route.startsWith("/v3/") || route.equals("/error") || route.equals("/rapports/{kind}");
    }

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, store -> {
            Importer importer = new Importer(store);
            importer.importAll(ImportKind.SALES, TestServer.write(dir, "ventes-2024-03.csv",
                    TestServer.salesWithOneBadLine()), ImportOptions.defaults());
            load(importer, ImportKind.TERRITORY, "territoire.csv", "code;niveau;nom", "61293;PARC;Mortagne-au-Perche",
                    "61;PROCHE;Orne");
            load(importer, ImportKind.PRODUCERS, "producteurs.csv", "producteur_id;nom;commune_insee",
                    "P1;Ferme du Bois Joli;61293", "P2;GAEC de la Vallée;61214");
            load(importer, ImportKind.BUYERS, "clients.csv", "client_id;nom;type;commune_insee",
                    "C1;École Jules Ferry;RESTAURATION_SCOLAIRE;61293", "C2;EHPAD Les Tilleuls;RESTAURATION_MEDICO_SOCIALE;61293");
            load(importer, ImportKind.FUNDING, "financements.csv", "financeur;type;dispositif;montant_attribue;debut;fin",
                    "FEADER;PUBLIC_UE;Mesure 16.4;9000;01/01/2024;31/12/2024");
            load(importer, ImportKind.FUNDING, "depenses.csv",
                    "date;poste;libelle;fournisseur;reference;montant_ht;date_paiement",
                    "10/02/2024;PRESTATIONS;Étude;Cabinet;F1;1000,00;20/02/2024");
            Files.writeString(dir.resolve(PublicBoard.FILE_NAME), "tableau.public=true\n");
        });
    }

    static void load(Importer importer, ImportKind kind, String name, String header, String... rows) throws Exception {
        importer.importAll(kind, TestServer.write(dir, name,
                (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static HttpClient officer() throws Exception {
        HttpClient c = TestServer.browser();
        assertThat(server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("erreur"));
        return c;
    }

    /** A GET as a browser asks for a page (an error is then the error page, not JSON). */
    static HttpResponse<String> get(HttpClient c, String path, String... headers) throws Exception {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Accept";
        all[headers.length + 1] = "text/html";
        return server.get(c, path, all);
    }

    /** Text as a reader sees it: tags removed, entities decoded, every kind of space one plain space. */
    static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("(?s)<[^>]*>", " ")).replace('\u00A0', ' ').replace('\u202F', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    static String withLang(String path, String lang) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    static void french(Page p, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(p.path()).isEqualTo(p.status());
        assertThat(r.body()).as(p.path()).contains("<html lang=\"fr\"");
        assertThat(text(r.body())).as(p.path()).contains(p.french()).doesNotContain(p.english());
    }

    static void english(Page p, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(p.path()).isEqualTo(p.status());
        assertThat(r.body()).as(p.path()).contains("<html lang=\"en\"");
        assertThat(text(r.body())).as(p.path()).contains(p.english()).doesNotContain(p.french());
    }

    @Test
    void everyPageIsListedHere() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingHandlerMapping m : server.running.context()
                .getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : m.getHandlerMethods().entrySet()) {
                var methods = e.getKey().getMethodsCondition().getMethods();
                if (methods.isEmpty() || methods.stream().anyMatch(x -> x.name().equals("GET"))) {
                    e.getKey().getPatternValues().stream().filter(r -> !notAPage(r)).forEach(routes::add);
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        PAGES.stream().map(Page::route).filter(r -> !r.equals("(none)")).forEach(listed::add);
        assertThat(listed).as("the pages of the running dashboard (add a Page for a new one)").isEqualTo(routes);
    }

    @Test
    void everyPageIsFrenchByDefaultWhateverTheBrowsersLanguage() throws Exception {
        HttpClient c = officer();
        for (Page p : PAGES) {
            french(p, get(c, p.path()));
            french(p, get(c, p.path(), "Accept-Language", "en-GB,en;q=0.9"));
        }
    }

    @Test
    void everyPageIsEnglishOnRequestAndStaysSoUntilFrenchIsAskedFor() throws Exception {
        for (Page p : PAGES) {
            HttpClient c = officer();
            HttpResponse<String> asked = get(c, withLang(p.path(), "en"));
            english(p, asked);
            assertThat(asked.headers().allValues("Set-Cookie")).as(p.path())
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("impact-lang=en").contains("Path=/"));
            english(p, get(c, p.path()));
            french(p, get(c, withLang(p.path(), "fr")));
            french(p, get(c, p.path()));
        }
    }

    @Test
    void anUnknownLanguageChangesNothing() throws Exception {
        HttpClient c = officer();
        Page overview = PAGES.get(0);
        french(overview, get(c, "/?lang=de"));
        get(c, "/?lang=en");
        english(overview, get(c, "/?lang=xx"));
    }

    @Test
    void theHeaderLinksToTheSamePageInTheOtherLanguage() throws Exception {
        HttpClient c = officer();
        String french = get(c, "/local?annee=2024&segment=RESTAURATION_SCOLAIRE").body();
        assertThat(french).contains("<a class=\"language\" href=\"/local?annee=2024&amp;segment=RESTAURATION_SCOLAIRE"
                + "&amp;lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
        String english = get(c, "/local?annee=2024&lang=en").body();
        assertThat(english).contains("<a class=\"language\" href=\"/local?annee=2024&amp;lang=fr\" lang=\"fr\""
                + " hreflang=\"fr\">Français</a>");
    }

    @Test
    void theLoginPageSwitchesTooAndTheLanguageOutlivesTheLogin() throws Exception {
        HttpClient c = TestServer.browser();
        HttpResponse<String> login = get(c, "/connexion?lang=en");
        assertThat(login.body()).contains("<html lang=\"en\"", "hreflang=\"fr\">Français</a>");
        assertThat(text(login.body())).contains("User name", "Password", "Sign in").doesNotContain("Mot de passe");
        server.login(c, TestServer.OFFICER, TestServer.OFFICER_PASSWORD);
        assertThat(text(get(c, "/").body())).contains("Overview", "Hub sales");
    }

    @Test
    void numbersAndDatesFollowTheLanguage() throws Exception {
        HttpClient c = officer();
        String fr = text(get(c, "/").body());
        assertThat(fr).contains("Année 2024", "Ventes du pôle 56 €", "Restauration scolaire 37,50 € 37,50 € 100,0 %",
                "Restauration médico-sociale 18,40 € 18,40 € 100,0 %",
                "Données disponibles du 15/03/2024 au 17/03/2024.");
        get(c, "/?lang=en");
        String en = text(get(c, "/").body());
        assertThat(en).contains("Year 2024", "Hub sales €56", "School catering €37.50 €37.50 100.0%",
                "Health and social care catering €18.40 €18.40 100.0%", "Data available from 15/03/2024 to 17/03/2024.");
        assertThat(text(get(c, "/financement").body()))
                .contains("The treasury gap (expenses paid minus grants received) reached at most €1,000.00, on 20/02/2024.");
        get(c, "/?lang=fr");
        assertThat(text(get(c, "/financement").body()))
                .contains("a atteint au plus 1 000,00 €, le 20/02/2024.");
    }

    @Test
    void chartsSpeakThePagesLanguage() throws Exception {
        HttpClient c = officer();
        get(c, "/?lang=en");
        String html = get(c, "/local?annee=2024").body();
        Matcher alt = Pattern.compile("<img src=\"/local/graphiques/par-mois[^\"]*\" alt=\"([^\"]*)\"").matcher(html);
        assertThat(alt.find()).isTrue();
        assertThat(HtmlUtils.htmlUnescape(alt.group(1))).startsWith("Local share of sales, month by month — 2024. "
                + "The most local month is March 2024, with 100%.").contains("Values (%): Jan no data; ", "Mar 100%");
        byte[] csv = get(c, "/local/graphiques/par-mois/donnees.csv?annee=2024").body().getBytes(StandardCharsets.UTF_8);
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFMonth;Sales excl. VAT (€);of which local excl. VAT (€);Local share (%)");
        get(c, "/?lang=fr");
        String french = get(c, "/local/graphiques/par-mois/donnees.csv?annee=2024").body();
        assertThat(french.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFMois;Ventes HT (€);dont local HT (€);Part locale (%)");
    }

    @Test
    void rejectedLinesAreExplainedInThePagesLanguage() throws Exception {
        HttpClient c = officer();
        get(c, "/imports?lang=en");
        String token = TestServer.csrf(get(c, "/imports").body());
        HttpResponse<String> english = server.postMultipart(c, "/imports?_csrf=" + token, Map.of("kind", "sales"),
                "ventes-en.csv", TestServer.salesWithOneBadLine("Poireaux"));
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(text(english.body())).contains("File loaded.", "3 lines accepted", "1 line rejected",
                "Column \"montant_ht\": \"12,5O\" is not a number").doesNotContain("n'est pas un nombre");
        String csv = get(c, "/imports/1/rejets.csv").body();
        assertThat(csv).contains("12,5O\"\" is not a number");

        get(c, "/imports?lang=fr");
        token = TestServer.csrf(get(c, "/imports").body());
        HttpResponse<String> french = server.postMultipart(c, "/imports?_csrf=" + token, Map.of("kind", "sales"),
                "ventes-fr.csv", TestServer.salesWithOneBadLine("Radis"));
        assertThat(text(french.body())).contains("Fichier chargé.", "3 lignes acceptées", "1 ligne rejetée",
                "Colonne « montant_ht » : « 12,5O » n'est pas un nombre").doesNotContain("is not a number");
        assertThat(get(c, "/imports/1/rejets.csv").body()).contains("« 12,5O » n'est pas un nombre");
    }

    @Test
    void theReportsPageSaysInEnglishThatReportsStayFrench() throws Exception {
        HttpClient c = officer();
        assertThat(text(get(c, "/rapports?lang=en").body()))
                .contains("The reports are produced in French: they are the documents handed to the funders.");
        assertThat(text(get(c, "/rapports?lang=fr").body())).doesNotContain("Les rapports sont produits en français");
    }

    @Test
    void aFlashMessageIsInTheLanguageOfThePageThatSentTheForm() throws Exception {
        HttpClient c = officer();
        get(c, "/compte?lang=en");
        String token = TestServer.csrf(get(c, "/compte").body());
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(server.url("/compte/mot-de-passe")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("actuel=faux&nouveau=aaaaaaaaaaaa&confirmation=aaaaaaaaaaaa&_csrf="
                        + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(text(get(c, "/compte").body())).contains("The current password is wrong.");
    }
}
