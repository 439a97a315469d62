package fr.impact.ingestion.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as French spreadsheets write them (FORMATS.md: dd/MM/yyyy, yyyy-MM-dd, dd/MM/yy read as 20yy). */
class DatesTests {

    static final LocalDate MARCH_15 = LocalDate.of(2024, 3, 15);

    @Nested
    class Accepts {

        @Test
        void readsDayMonthYearWithSlashes() {
            assertThat(Dates.parse("15/03/2024")).isEqualTo(MARCH_15);
        }

        @Test
        void readsDayAndMonthWithoutLeadingZeros() {
            assertThat(Dates.parse("5/3/2024")).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(Dates.parse("05/3/2024")).isEqualTo(LocalDate.of(2024, 3, 5));
        }

        @Test
        void readsIsoYearMonthDay() {
            assertThat(Dates.parse("2024-03-15")).isEqualTo(MARCH_15);
        }

        @Test
        void readsATwoDigitYearAsTwentyYy() {
            assertThat(Dates.parse("15/03/24")).isEqualTo(MARCH_15);
            assertThat(Dates.parse("01/01/00")).isEqualTo(LocalDate.of(2000, 1, 1));
        }

        @Test
        void readsDotsAndDashesBetweenDayMonthAndYear() {
            assertThat(Dates.parse("15.03.2024")).isEqualTo(MARCH_15);
            assertThat(Dates.parse("15-03-2024")).isEqualTo(MARCH_15);
        }

        @Test
        void ignoresATimeAfterTheDate() {
            assertThat(Dates.parse("15/03/2024 08:30")).isEqualTo(MARCH_15);
            assertThat(Dates.parse("15/03/2024 08:30:59")).isEqualTo(MARCH_15);
            assertThat(Dates.parse("2024-03-15 00:00:00")).isEqualTo(MARCH_15);
            assertThat(Dates.parse("2024-03-15T08:30:00")).isEqualTo(MARCH_15);
        }

        @Test
        void ignoresSurroundingSpaces() {
            assertThat(Dates.parse("  15/03/2024 ")).isEqualTo(MARCH_15);
        }

        @Test
        void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
            assertThat(Dates.parse("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(Dates.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        }

        @Test
        void acceptsTheLastDayOfEachLongMonth() {
            assertThat(Dates.parse("31/12/2023")).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(Dates.parse("30/04/2024")).isEqualTo(LocalDate.of(2024, 4, 30));
        }
    }

    @Nested
    class Rejects {

        @Test
        void refusesTheTwentyNinthOfFebruaryInACommonYear() {
            assertThat(Dates.parse("29/02/2023")).isNull();
            // 1900 is not a leap year (divisible by 100, not by 400)
            assertThat(Dates.parse("29/02/1900")).isNull();
        }

        @Test
        void refusesDayZeroMonthZeroYearZero() {
            assertThat(Dates.parse("00/00/0000")).isNull();
            assertThat(Dates.parse("00/03/2024")).isNull();
            assertThat(Dates.parse("15/00/2024")).isNull();
        }

        @Test
        void refusesTheThirtyFirstOfAThirtyDayMonth() {
            assertThat(Dates.parse("31/04/2024")).isNull();
            assertThat(Dates.parse("31/06/2024")).isNull();
        }

        @Test
        void refusesMonthThirteen() {
            assertThat(Dates.parse("15/13/2024")).isNull();
            assertThat(Dates.parse("2024-13-01")).isNull();
        }

        @Test
        void refusesYearFirstWithSlashes() {
            // year first is ISO only, with dashes
            assertThat(Dates.parse("2024/03/15")).isNull();
            assertThat(Dates.parse("2024.03.15")).isNull();
        }

        @Test
        void refusesMixedSeparators() {
            assertThat(Dates.parse("15/03-2024")).isNull();
            assertThat(Dates.parse("2024-03/15")).isNull();
        }

        @Test
        void refusesNull() {
            assertThat(Dates.parse(null)).isNull();
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {
                "", " ", "demain", "15 mars 2024", "15/03", "15/03/", "/03/2024", "15//2024", "15/03/2024/1",
                "150/3/2024", "15/03/202", "15/03/20245", "15/3/4", "1/1/1", "2024-3", "20240315",
                "15/O3/2024", "Tuesday", "15/03/2024x", "-15/03/2024",
                "\u0661\u0665/03/2024"
        })
        void returnsNullForGarbage(String text) {
            assertThat(Dates.parse(text)).isNull();
        }
    }
}
