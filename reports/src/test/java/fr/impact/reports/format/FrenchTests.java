package fr.impact.reports.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrenchTests {

    @Test
    void moneyHasANarrowNoBreakSpaceBetweenThousandsAndANoBreakSpaceBeforeTheEuro() {
        assertThat(French.euros(new BigDecimal("1234.56"))).isEqualTo("1\u202F234,56\u00A0€");
        assertThat(French.euros(new BigDecimal("-1234567.005"))).isEqualTo("-1\u202F234\u202F567,01\u00A0€");
        assertThat(French.wholeEuros(new BigDecimal("4549.50"))).isEqualTo("4\u202F550\u00A0€");
        assertThat(French.euros(null)).isEqualTo("—");
    }

    @Test
    void sharesArePercentagesRoundedHalfUp() {
        assertThat(French.percent(new BigDecimal("0.6408"), 0)).isEqualTo("64\u00A0%");
        assertThat(French.percent(new BigDecimal("0.125"), 0)).isEqualTo("13\u00A0%");
        assertThat(French.percent(new BigDecimal("0.12345"), 1)).isEqualTo("12,3\u00A0%");
        assertThat(French.percent(Optional.empty(), 0)).isEqualTo("—");
    }

    @Test
    void datesAndMonths() {
        assertThat(French.date(LocalDate.of(2026, 11, 26))).isEqualTo("26/11/2026");
        assertThat(French.month(YearMonth.of(2024, 2))).isEqualTo("févr.\u00A02024");
        assertThat(French.shortMonth(YearMonth.of(2024, 8))).isEqualTo("août");
        assertThat(French.longMonth(YearMonth.of(2024, 12))).isEqualTo("décembre 2024");
    }

    @Test
    void axisFormatsWriteFrenchNumbers() {
        assertThat(French.euroFormat().format(12500)).isEqualTo("12\u202F500\u00A0€");
        assertThat(French.percentFormat(0).format(0.4)).isEqualTo("40\u00A0%");
        assertThat(French.integerFormat().format(1234)).isEqualTo("1\u202F234");
    }

    @Test
    void plainSpacesMakesReadBackTextComparable() {
        assertThat(French.plainSpaces(French.euros(new BigDecimal("1234.5")))).isEqualTo("1 234,50 €");
    }
}
