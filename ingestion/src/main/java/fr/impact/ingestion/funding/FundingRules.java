package fr.impact.ingestion.funding;

import fr.impact.ingestion.read.HeaderMapping;
import fr.impact.ingestion.reference.ReferenceRules;
import fr.impact.ingestion.rules.Dates;
import fr.impact.ingestion.rules.Decimals;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.Keys;
import fr.impact.ingestion.rules.RowCode;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The row rules of the funding ledger, one method per file. Pure Java: a row gives the values
 * to write (in the order of the kind's insert statement, after the import id and the line), or
 * {@code null} when it breaks a rule; every broken rule and every warning is added to the
 * findings.
 *
 * <p>Rules: required values present; texts at most {@value #MAX_TEXT} characters; dates as
 * everywhere, and the dates money moved (an expenditure, its payment, a payment received) not
 * after today; amounts as everywhere, rounded to the cent; awarded and forecast amounts not
 * negative (an expenditure or a payment may be: a credit note, a repayment); a grant's period
 * does not end before it starts; coded values known ({@code type}, {@code nature},
 * {@code demande}, {@code tva_recuperable}); when the VAT is not recoverable, the TTC amount is
 * given (it is then the eligible amount).
 */
public final class FundingRules {

    static final int MAX_TEXT = 1000;
    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalDate today;
    private final String todayText;

    /** @param today dates money moved after it are rejected */
    public FundingRules(LocalDate today) {
        this.today = today;
        this.todayText = today.format(FR_DATE);
    }

    /** Checks one row of a file of {@code kind}. */
    public Object[] check(FundingKind kind, long line, String[] cells, int n, HeaderMapping map, List<Finding> f) {
        Row r = new Row(line, cells, n, map, f);
        Object[] values = switch (kind) {
            case GRANTS -> grant(r);
            case EXPENDITURES -> expenditure(r);
            case PAYMENTS -> payment(r);
            case BUDGET -> budget(r);
        };
        return r.rejected() ? null : values;
    }

    /** projet, projet_key, financeur, financeur_key, type, dispositif, montant_attribue, date_decision, debut, fin. */
    private Object[] grant(Row r) {
        String financeur = r.text(0);
        FunderType type = r.coded(1, FunderType::parse, RowCode.UNKNOWN_FUNDER_TYPE, FunderType.CODES);
        String dispositif = r.text(2);
        BigDecimal awarded = r.amount(3, false);
        LocalDate decision = r.date(4, false);
        LocalDate start = r.date(5, false);
        LocalDate end = r.date(6, false);
        if (start != null && end != null && end.isBefore(start)) {
            r.f.add(new Finding(r.line, "fin", r.raw(6), RowCode.PERIOD_REVERSED, r.raw(5)));
        }
        String projet = project(r, 7);
        return new Object[] {projet, Keys.normalize(projet), financeur, key(financeur),
            type == null ? null : type.name(), dispositif, awarded, sql(decision), sql(start), sql(end)};
    }

    /**
     * projet, projet_key, date, poste, poste_key, libelle, fournisseur, reference, montant_ht,
     * date_paiement, montant_ttc, tva_recuperable, financeur, financeur_key, demande.
     */
    private Object[] expenditure(Row r) {
        LocalDate date = r.date(0, true);
        String poste = r.text(1);
        String libelle = r.text(2);
        String fournisseur = r.text(3);
        String reference = r.text(4);
        BigDecimal ht = r.amount(5, true);
        LocalDate paid = r.date(6, true);
        BigDecimal ttc = r.amount(7, true);
        Boolean vatRecoverable = null;
        String vatText = r.text(8);
        if (vatText != null) {
            vatRecoverable = ReferenceRules.yesNo(r.line, "tva_recuperable", vatText, r.f);
        }
        if (Boolean.FALSE.equals(vatRecoverable) && r.raw(7).isEmpty()) {
            r.f.add(new Finding(r.line, "montant_ttc", "", RowCode.TTC_REQUIRED, vatText));
        }
        String financeur = r.text(9);
        String demande = r.coded(10, Claim::parse, RowCode.UNKNOWN_CLAIM, "AVANCE, ACOMPTE 1, ACOMPTE 2, …, SOLDE");
        String projet = project(r, 11);
        return new Object[] {projet, Keys.normalize(projet), sql(date), poste, key(poste), libelle, fournisseur,
            reference, ht, sql(paid), ttc, vatRecoverable, financeur, key(financeur), demande};
    }

    /** projet, projet_key, date, financeur, financeur_key, montant, nature. */
    private Object[] payment(Row r) {
        LocalDate date = r.date(0, true);
        String financeur = r.text(1);
        BigDecimal amount = r.amount(2, true);
        PaymentNature nature = r.coded(3, PaymentNature::parse, RowCode.UNKNOWN_PAYMENT_NATURE,
                "AVANCE, ACOMPTE, SOLDE");
        String projet = project(r, 4);
        return new Object[] {projet, Keys.normalize(projet), sql(date), financeur, key(financeur), amount,
            nature == null ? null : nature.name()};
    }

    /** projet, projet_key, poste, poste_key, montant_prevu. */
    private Object[] budget(Row r) {
        String poste = r.text(0);
        BigDecimal forecast = r.amount(1, false);
        String projet = project(r, 2);
        return new Object[] {projet, Keys.normalize(projet), poste, key(poste), forecast};
    }

    private static String project(Row r, int c) {
        String p = r.text(c);
        return p == null ? FundingKind.DEFAULT_PROJECT : p;
    }

    /** How names are matched across files: {@code Région Normandie} = {@code REGION  normandie}. */
    public static String key(String name) {
        return name == null ? null : Keys.normalize(name);
    }

    private static Date sql(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /** One row being checked: reads its cells and records what it breaks. */
    private final class Row {
        final long line;
        final String[] cells;
        final int n;
        final HeaderMapping map;
        final List<Finding> f;
        private final int before;

        Row(long line, String[] cells, int n, HeaderMapping map, List<Finding> f) {
            this.line = line;
            this.cells = cells;
            this.n = n;
            this.map = map;
            this.f = f;
            this.before = f.size();
        }

        boolean rejected() {
            for (int i = before; i < f.size(); i++) {
                if (f.get(i).isRejection()) {
                    return true;
                }
            }
            return false;
        }

        String name(int c) {
            return map.columns().get(c).name();
        }

        String raw(int c) {
            return map.value(cells, n, c);
        }

        /** The text of column c (null when empty); a missing required value or a too long text is a rejection. */
        String text(int c) {
            String v = map.value(cells, n, c);
            if (v.isEmpty()) {
                if (map.columns().get(c).required()) {
                    f.add(Finding.of(line, name(c), "", RowCode.MISSING_VALUE));
                }
                return null;
            }
            if (v.length() > MAX_TEXT) {
                f.add(new Finding(line, name(c), v, RowCode.TEXT_TOO_LONG, String.valueOf(MAX_TEXT)));
                return null;
            }
            return v;
        }

        LocalDate date(int c, boolean moneyMoved) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            LocalDate d = Dates.parse(v);
            if (d == null) {
                f.add(Finding.of(line, name(c), v, RowCode.DATE_FORMAT));
                return null;
            }
            if (moneyMoved && d.isAfter(today)) {
                f.add(new Finding(line, name(c), v, RowCode.DATE_IN_FUTURE, todayText));
                return null;
            }
            return d;
        }

        BigDecimal amount(int c, boolean signed) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            BigDecimal d = Decimals.parse(v);
            if (d == null) {
                f.add(Finding.of(line, name(c), v, RowCode.NUMBER_FORMAT));
                return null;
            }
            d = Decimals.round(d, 2);
            if (d.abs().compareTo(Decimals.MAX_AMOUNT) > 0) {
                f.add(new Finding(line, name(c), v, RowCode.NUMBER_TOO_LARGE, Decimals.MAX_AMOUNT.toPlainString()));
                return null;
            }
            if (!signed && d.signum() < 0) {
                f.add(Finding.of(line, name(c), v, RowCode.NEGATIVE_AMOUNT));
                return null;
            }
            return d;
        }

        <T> T coded(int c, java.util.function.Function<String, java.util.Optional<T>> parse, RowCode code,
                String expected) {
            String v = text(c);
            if (v == null) {
                return null;
            }
            T t = parse.apply(v).orElse(null);
            if (t == null) {
                f.add(new Finding(line, name(c), v, code, expected));
            }
            return t;
        }
    }
}
