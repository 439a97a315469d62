package fr.impact.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Numbers, dates and labels in French (the default, also outside a request) and in English. */
class FormatsTests {

    final Formats fr = new Formats(new I18nConfig().messageSource());

    @AfterEach
    void noLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void frenchByDefault() {
        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.euros(new BigDecimal("1234.565"))).isEqualTo("1\u202F234,57\u00A0€");
        assertThat(fr.euros(new BigDecimal("-10"))).isEqualTo("-10,00\u00A0€");
        assertThat(fr.eurosRounded(new BigDecimal("55.90"))).isEqualTo("56\u00A0€");
        assertThat(fr.percent(Optional.of(new BigDecimal("0.6709")))).isEqualTo("67,1\u00A0%");
        assertThat(fr.percent(new BigDecimal("0.6709"), 0)).isEqualTo("67\u00A0%");
        assertThat(fr.integer(12345)).isEqualTo("12\u202F345");
        assertThat(fr.date(LocalDate.of(2026, 11, 26))).isEqualTo("26/11/2026");
        assertThat(fr.dateTime(LocalDateTime.of(2026, 11, 26, 9, 5))).isEqualTo("26/11/2026 à 09:05");
        assertThat(fr.month(YearMonth.of(2025, 3))).isEqualTo("mars 2025");
        assertThat(fr.shortMonth(YearMonth.of(2025, 2))).isEqualTo("févr.");
        assertThat(fr.label(Segment.RESTAURATION_SCOLAIRE)).isEqualTo("Restauration scolaire");
        assertThat(fr.group("PRODUITS_LAITIERS", null)).isEqualTo("BOF (Produits laitiers, beurre et œufs)");
        assertThat(fr.euros(null)).isEqualTo("—");
    }

    @Test
    void englishWhenAskedForAndFrenchForAnyOtherLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fr.language()).isEqualTo("en");
        assertThat(fr.euros(new BigDecimal("1234.565"))).isEqualTo("€1,234.57");
        assertThat(fr.euros(new BigDecimal("-10"))).isEqualTo("-€10.00");
        assertThat(fr.eurosRounded(new BigDecimal("55.90"))).isEqualTo("€56");
        assertThat(fr.percent(Optional.of(new BigDecimal("0.6709")))).isEqualTo("67.1%");
        assertThat(fr.integer(12345)).isEqualTo("12,345");
        assertThat(fr.date(LocalDate.of(2026, 11, 26))).isEqualTo("26/11/2026");
        assertThat(fr.dateTime(LocalDateTime.of(2026, 11, 26, 9, 5))).isEqualTo("26/11/2026 at 09:05");
        assertThat(fr.month(YearMonth.of(2025, 3))).isEqualTo("March 2025");
        assertThat(fr.shortMonth(YearMonth.of(2025, 2))).isEqualTo("Feb");
        assertThat(fr.label(Segment.RESTAURATION_SCOLAIRE)).isEqualTo("School catering");
        assertThat(fr.label(Family.BOISSONS)).isEqualTo("Drinks");

        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.euros(new BigDecimal("1234.5"))).isEqualTo("1\u202F234,50\u00A0€");
    }

    @Test
    void aYearGivenToAMessageIsNotGroupedLikeANumber() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Texts texts = new Texts(new I18nConfig().messageSource(), fr);
        assertThat(texts.get("overview.year", 2025)).isEqualTo("Year 2025");
        assertThat(new I18nConfig().messageSource().getMessage("overview.year", new Object[] {2025}, Locale.FRENCH))
                .isEqualTo("Année 2025");
        assertThat(texts.plural(0)).isTrue();
        LocaleContextHolder.setLocale(Locale.FRANCE);
        assertThat(texts.plural(0)).isFalse();
        assertThat(texts.plural(2)).isTrue();
    }
}
