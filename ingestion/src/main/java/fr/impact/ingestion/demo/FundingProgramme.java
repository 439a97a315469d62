package fr.impact.ingestion.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The park's 2017–2020 programme for its local-food hub, as its funding ledger: the park's own
 * published figures — 165 000 € of public funding on a 195 000 € project, public rate 0.8462 —
 * split between the FEADER (PDR Basse-Normandie, measure 16.4), Région Normandie and the State's
 * PNA through the DRAAF, with the park's self-financing and the hub members' contributions for
 * the remaining 30 000 €. Illustrative amounts (not the park's accounts), chosen to behave as
 * such programmes do:
 * <ul>
 *   <li>{@code financements.csv} — five grants over 2017–2020 (the PNA over 2017–2018);
 *   <li>{@code budget.csv} — the forecast by heading, 195 000 €;
 *   <li>{@code depenses.csv} — the expenditures by heading (staff and mileage every quarter,
 *       services, equipment and communication when invoiced), 194 930 € excluding VAT, each on
 *       the FEADER claim of its year ({@code ACOMPTE 1} to {@code 3}, {@code SOLDE} for 2020);
 *       the park does not recover the VAT on services and communication (eligible: TTC);
 *   <li>{@code versements.csv} — payments as they really come: the PNA and Région advances in
 *       2017, the Région's balance after the final report in 2021, each FEADER instalment about
 *       a year after its claim and its balance last, in October 2021, adjusted to what was spent.
 * </ul>
 * Expenditures and payments after the demo's last month are left out.
 */
final class FundingProgramme {

    static final String PROJECT = "MIL Perche 2017-2020";

    static final String GRANTS_HEADER = "projet;financeur;type;dispositif;montant_attribue;date_decision;debut;fin";
    static final String BUDGET_HEADER = "projet;poste;montant_prevu";
    static final String EXPENDITURES_HEADER = "projet;date;poste;libelle;fournisseur;reference;montant_ht;"
            + "date_paiement;montant_ttc;tva_recuperable;financeur;demande";
    static final String PAYMENTS_HEADER = "projet;date;financeur;montant;nature";

    static final String FEADER = "FEADER";
    static final String REGION = "Région Normandie";
    static final String PNA = "PNA (DRAAF Normandie)";
    static final String PARK = "Parc naturel régional du Perche";
    static final String MEMBERS = "Adhérents du MIL Perche";

    /** The four files written. */
    record Files(Path grants, Path budget, Path expenditures, Path payments) {
        List<Path> all() {
            return List.of(grants, budget, expenditures, payments);
        }
    }

    private FundingProgramme() {}

    static Files write(Path dir, YearMonth until) throws IOException {
        requireNonNull(dir, "dir is null");
        LocalDate last = until.atEndOfMonth();
        Path grants = dir.resolve("financements.csv");
        FrenchCsv.write(grants, GRANTS_HEADER, grants());
        Path budget = dir.resolve("budget.csv");
        FrenchCsv.write(budget, BUDGET_HEADER, budget());
        Path expenditures = dir.resolve("depenses.csv");
        FrenchCsv.write(expenditures, EXPENDITURES_HEADER, expenditures(last));
        Path payments = dir.resolve("versements.csv");
        FrenchCsv.write(payments, PAYMENTS_HEADER, payments(last));
        return new Files(grants, budget, expenditures, payments);
    }

    static List<String[]> grants() {
        return List.of(
                grant(FEADER, "PUBLIC_UE", "PDR Basse-Normandie 2014-2020 — mesure 16.4 (circuits courts et marchés locaux)",
                        "90000", "14/11/2017", "01/01/2017", "31/12/2020"),
                grant(REGION, "PUBLIC_REGION", "Impulsion Développement — circuits alimentaires de proximité",
                        "45000", "23/03/2017", "01/01/2017", "31/12/2020"),
                grant(PNA, "PUBLIC_ETAT", "Programme national pour l'alimentation — appel à projets 2016-2017",
                        "30000", "09/12/2016", "01/01/2017", "31/12/2018"),
                grant(PARK, "AUTOFINANCEMENT", "Autofinancement", "18000", "", "01/01/2017", "31/12/2020"),
                grant(MEMBERS, "PRIVE", "Cotisations des producteurs et des acheteurs adhérents", "12000", "",
                        "01/01/2017", "31/12/2020"));
    }

    private static String[] grant(String funder, String type, String scheme, String amount, String decision,
            String start, String end) {
        return new String[] {PROJECT, funder, type, scheme, money(amount), decision, start, end};
    }

    static List<String[]> budget() {
        return List.of(
                new String[] {PROJECT, "PERSONNEL", money("112000")},
                new String[] {PROJECT, "PRESTATIONS", money("28000")},
                new String[] {PROJECT, "EQUIPEMENT", money("35000")},
                new String[] {PROJECT, "COMMUNICATION", money("12000")},
                new String[] {PROJECT, "DEPLACEMENTS", money("8000")});
    }

    /** One expenditure: dates, heading, label, supplier, reference, HT, TTC (null: no VAT), VAT recoverable. */
    private record Expenditure(LocalDate date, String heading, String label, String supplier, String reference,
            String ht, LocalDate paid, String ttc, String vatRecoverable) {}

    static List<String[]> expenditures(LocalDate last) {
        List<Expenditure> all = new ArrayList<>();
        String[] salaries = {"6850", "6980", "7120", "7260"};
        String[] mileage = {"480", "480", "480", "480", "480", "480", "480", "480", "480", "480", "480", "480",
            "480", "120", "420", "360"};
        for (int year = 2017; year <= 2020; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();
                String q = "T" + quarter + " " + year;
                all.add(new Expenditure(end, "PERSONNEL", "Animatrice circuits courts (0,5 ETP), salaire chargé " + q,
                        "", "PAIE-" + year + "-T" + quarter, salaries[year - 2017], end, null, null));
                all.add(new Expenditure(end, "DEPLACEMENTS", "Indemnités kilométriques " + q, "",
                        "IK-" + year + "-T" + quarter, mileage[(year - 2017) * 4 + quarter - 1],
                        end.plusDays(15), null, null));
            }
        }
        all.add(invoice("12/05/2017", "PRESTATIONS", "Étude de faisabilité logistique du MIL",
                "Terres & Territoires Conseil", "TTC-2017-031", "9600", "20/06/2017", false));
        all.add(invoice("08/11/2017", "PRESTATIONS", "Logiciel de commande et de facturation (licence, paramétrage)",
                "Circuits Numériques", "CN-17-1184", "4800", "05/12/2017", false));
        all.add(invoice("14/09/2018", "PRESTATIONS", "Accompagnement juridique (statuts de la SCIC)",
                "Cabinet Loisel", "CL-2018-212", "3200", "12/10/2018", false));
        all.add(invoice("03/04/2019", "PRESTATIONS", "Étude des marchés publics de la restauration collective",
                "Terres & Territoires Conseil", "TTC-2019-044", "6400", "06/05/2019", false));
        all.add(invoice("18/02/2020", "PRESTATIONS", "Formation des producteurs à la commande publique",
                "Chambre d'agriculture de Normandie", "CAN-20-0318", "2400", "16/03/2020", false));
        all.add(invoice("06/10/2020", "PRESTATIONS", "Évaluation finale du programme",
                "Terres & Territoires Conseil", "TTC-2020-097", "2100", "10/11/2020", false));
        all.add(invoice("20/09/2017", "EQUIPEMENT", "Chambre froide positive 20 m3",
                "Froid Service 61", "FS-2017-0907", "18500", "25/10/2017", true));
        all.add(invoice("14/12/2017", "EQUIPEMENT", "Véhicule utilitaire frigorifique (occasion)",
                "Garage du Perche", "GP-17-355", "14200", "15/01/2018", true));
        all.add(invoice("08/03/2018", "EQUIPEMENT", "Balances, bacs et transpalette",
                "Agri-Équipement Mortagne", "AEM-18-0412", "2450", "05/04/2018", true));
        all.add(invoice("18/04/2017", "COMMUNICATION", "Charte graphique et logo du MIL",
                "Atelier Percheron", "AP-2017-08", "3100", "22/05/2017", false));
        all.add(invoice("23/05/2018", "COMMUNICATION", "Plaquettes et kakémonos",
                "Imprimerie de Bellême", "IB-18-221", "2400", "25/06/2018", false));
        all.add(invoice("11/06/2019", "COMMUNICATION", "Site internet de commande",
                "Circuits Numériques", "CN-19-0520", "3600", "15/07/2019", false));
        all.add(invoice("29/09/2020", "COMMUNICATION", "Vidéo de présentation des producteurs",
                "Atelier Percheron", "AP-2020-31", "2200", "27/10/2020", false));
        all.sort(java.util.Comparator.comparing(Expenditure::date).thenComparing(Expenditure::heading));
        List<String[]> rows = new ArrayList<>();
        for (Expenditure e : all) {
            if (e.paid().isAfter(last)) {
                continue;
            }
            rows.add(new String[] {PROJECT, FrenchCsv.date(e.date()), e.heading(), e.label(), e.supplier(),
                e.reference(), money(e.ht()), FrenchCsv.date(e.paid()), e.ttc() == null ? "" : money(e.ttc()),
                e.vatRecoverable() == null ? "" : e.vatRecoverable(), FEADER, claim(e.date().getYear())});
        }
        return rows;
    }

    /** An invoice with 20 % VAT. */
    private static Expenditure invoice(String date, String heading, String label, String supplier, String reference,
            String ht, String paid, boolean vatRecoverable) {
        String ttc = new BigDecimal(ht).multiply(new BigDecimal("1.20")).toPlainString();
        return new Expenditure(parse(date), heading, label, supplier, reference, ht, parse(paid), ttc,
                vatRecoverable ? "oui" : "non");
    }

    /** Each year's expenditures are claimed on the FEADER the next spring; 2020's with the balance. */
    private static String claim(int year) {
        return year == 2020 ? "SOLDE" : "ACOMPTE " + (year - 2016);
    }

    static List<String[]> payments(LocalDate last) {
        String[][] all = {
            {"15/03/2017", PNA, "15000", "AVANCE"},
            {"31/03/2017", MEMBERS, "3000", "ACOMPTE"},
            {"12/06/2017", REGION, "13500", "AVANCE"},
            {"30/03/2018", MEMBERS, "3000", "ACOMPTE"},
            {"09/07/2018", REGION, "13500", "ACOMPTE"},
            {"22/11/2018", FEADER, "36700", "ACOMPTE"},
            {"29/03/2019", MEMBERS, "3000", "ACOMPTE"},
            {"24/04/2019", PNA, "15000", "SOLDE"},
            {"12/12/2019", FEADER, "17480", "ACOMPTE"},
            {"31/03/2020", MEMBERS, "3000", "SOLDE"},
            {"03/12/2020", FEADER, "18640", "ACOMPTE"},
            {"20/05/2021", REGION, "18000", "SOLDE"},
            // the balance: 90 000 € × 194 930 / 195 000 spent, less the three instalments
            {"14/10/2021", FEADER, "17147.69", "SOLDE"},
        };
        List<String[]> rows = new ArrayList<>();
        for (String[] p : all) {
            if (!parse(p[0]).isAfter(last)) {
                rows.add(new String[] {PROJECT, p[0], p[1], money(p[2]), p[3]});
            }
        }
        return rows;
    }

    private static LocalDate parse(String ddMMyyyy) {
        String[] p = ddMMyyyy.split("/");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
    }

    /** {@code 90000} → {@code 90 000,00} (no-break space between thousands, as a French desktop writes it). */
    static String money(String amount) {
        BigDecimal v = new BigDecimal(amount).setScale(2, java.math.RoundingMode.UNNECESSARY);
        String plain = v.toPlainString();
        String integer = plain.substring(0, plain.indexOf('.'));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('\u00A0');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped + "," + plain.substring(plain.indexOf('.') + 1);
    }
}
