package fr.impact.ingestion.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as French and English spreadsheets write them (FORMATS.md, "Numbers use the ASCII digits…"). */
class DecimalsTests {

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    @Nested
    class Accepts {

        @Test
        void readsAFrenchNumberWithASpaceBetweenThousandsAndADecimalComma() {
            assertThat(Decimals.parse("1 234,56")).isEqualTo(dec("1234.56"));
        }

        @Test
        void readsThousandsSeparatedByANoBreakSpace() {
            assertThat(Decimals.parse("1\u00A0234,56")).isEqualTo(dec("1234.56"));
        }

        @Test
        void readsThousandsSeparatedByANarrowNoBreakSpace() {
            assertThat(Decimals.parse("1\u202F234\u202F567,5")).isEqualTo(dec("1234567.5"));
        }

        @Test
        void readsADecimalPoint() {
            assertThat(Decimals.parse("12.5")).isEqualTo(dec("12.5"));
        }

        @Test
        void keepsTheScaleAsWritten() {
            assertThat(Decimals.parse("15,00")).isEqualTo(dec("15.00"));
            assertThat(Decimals.parse("15")).isEqualTo(dec("15"));
        }

        @Test
        void readsMinusZeroAsZero() {
            assertThat(Decimals.parse("-0")).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(Decimals.parse("-0").signum()).isZero();
        }

        @Test
        void readsAnExplicitPlusSign() {
            assertThat(Decimals.parse("+3")).isEqualTo(dec("3"));
        }

        @Test
        void readsANegativeAmount() {
            assertThat(Decimals.parse("-3,50")).isEqualTo(dec("-3.50"));
        }

        @Test
        void ignoresATrailingEuroSignWithOrWithoutASpaceBeforeIt() {
            assertThat(Decimals.parse("12,50 €")).isEqualTo(dec("12.50"));
            assertThat(Decimals.parse("12,50€")).isEqualTo(dec("12.50"));
            assertThat(Decimals.parse("1 234,50\u00A0€")).isEqualTo(dec("1234.50"));
        }

        @Test
        void ignoresSurroundingSpaces() {
            assertThat(Decimals.parse("  7,25 ")).isEqualTo(dec("7.25"));
        }

        @Test
        void readsMoreThanEighteenDigitsExactly() {
            // 22 digits: beyond a long, kept exactly (the caller then says "too large")
            assertThat(Decimals.parse("1234567890123456789012")).isEqualTo(dec("1234567890123456789012"));
            // 20 digits with two decimals: 123456789012345678.90
            assertThat(Decimals.parse("123456789012345678,90")).isEqualTo(dec("123456789012345678.90"));
            // 19 nines: one past the 18 digits a long accumulates safely
            assertThat(Decimals.parse("9999999999999999999")).isEqualTo(dec("9999999999999999999"));
        }

        @Test
        void leadingZerosDoNotCountAsDigits() {
            assertThat(Decimals.parse("0000000000000000000000012,5")).isEqualTo(dec("12.5"));
            assertThat(Decimals.parse("0,000000000000000000001")).isEqualTo(dec("0.000000000000000000001"));
        }
    }

    @Nested
    class Rejects {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {
                "1e309",    // exponent
                "1E3",
                "NaN",
                "Infinity",
                "-Infinity",
                "\u0663",   // ٣, Arabic-Indic three: a digit for Character.isDigit, not for us
                "1\u0663",
                "\uFF11",   // fullwidth one
                "1,2,3",    // two decimal separators
                "1.234,56", // a point for thousands is ambiguous: refused
                "1,234.56",
                "12,",      // nothing after the separator
                ",5",       // nothing before it
                ".5",
                "-,5",
                "",
                " ",
                "-",
                "+",
                "€",
                "1 2,5 0",  // a space in the decimal part
                "1  234",   // two spaces
                "12,5O",    // letter O for zero
                "0x1F",
                "--1",
                "1-",
                "12 €€"
        })
        void returnsNullForWhatIsNotANumber(String text) {
            assertThat(Decimals.parse(text)).isNull();
        }

        @Test
        void returnsNullForNull() {
            assertThat(Decimals.parse(null)).isNull();
        }

        @Test
        void refusesThousandsGroupsOfOtherThanThreeDigits() {
            // a thousands separator is followed by exactly three digits: 12 345 678,9 but not 12 34
            assertThat(Decimals.parse("12 345 678,9")).isEqualTo(dec("12345678.9"));
            assertThat(Decimals.parse("12 34")).isNull();
            assertThat(Decimals.parse("1 5")).isNull();
            assertThat(Decimals.parse("1 2,5")).isNull();
            assertThat(Decimals.parse("1 2345")).isNull();
            assertThat(Decimals.parse("1 234 5,00")).isNull();
        }

        @Test
        void refusesASpaceThatIsNotBetweenDigits() {
            assertThat(Decimals.parse("1 ,5")).isNull();
            assertThat(Decimals.parse("- 5")).isNull();
        }
    }

    @Nested
    class Rounding {

        @Test
        void roundsHalfUpToTheCent() {
            // 2,345 → the third decimal is 5 → up: 2,35
            assertThat(Decimals.round(dec("2.345"), 2)).isEqualTo(dec("2.35"));
            // 2,344 → down: 2,34
            assertThat(Decimals.round(dec("2.344"), 2)).isEqualTo(dec("2.34"));
            // 1 234,567 → 1 234,57
            assertThat(Decimals.round(dec("1234.567"), 2)).isEqualTo(dec("1234.57"));
        }

        @Test
        void roundsNegativeHalvesAwayFromZero() {
            // half-up on the magnitude: -0,005 → -0,01 ; -2,345 → -2,35
            assertThat(Decimals.round(dec("-0.005"), 2)).isEqualTo(dec("-0.01"));
            assertThat(Decimals.round(dec("-2.345"), 2)).isEqualTo(dec("-2.35"));
        }

        @Test
        void padsAValueWithFewerDecimals() {
            assertThat(Decimals.round(dec("2.3"), 2)).isEqualTo(dec("2.30"));
            assertThat(Decimals.round(dec("7"), 3)).isEqualTo(dec("7.000"));
        }

        @Test
        void roundsQuantitiesToTheGram() {
            // 0,0005 kg → 0,001 ; 2,4994 → 2,499
            assertThat(Decimals.round(dec("0.0005"), 3)).isEqualTo(dec("0.001"));
            assertThat(Decimals.round(dec("2.4994"), 3)).isEqualTo(dec("2.499"));
        }

        @Test
        void leavesAValueAlreadyAtTheScaleUnchanged() {
            BigDecimal v = dec("15.00");
            assertThat(Decimals.round(v, 2)).isSameAs(v);
        }
    }

    @Nested
    class Limits {

        @Test
        void theLargestAmountFitsDecimal18Comma2() {
            // DECIMAL(18,2): 16 digits before the point, 2 after
            assertThat(Decimals.MAX_AMOUNT.precision()).isEqualTo(18);
            assertThat(Decimals.MAX_AMOUNT.scale()).isEqualTo(2);
            assertThat(Decimals.parse("9 999 999 999 999 999,99")).isEqualByComparingTo(Decimals.MAX_AMOUNT);
            assertThat(Decimals.parse("10 000 000 000 000 000,00")).isGreaterThan(Decimals.MAX_AMOUNT);
        }

        @Test
        void theLargestQuantityFitsDecimal18Comma3() {
            assertThat(Decimals.MAX_QUANTITY.precision()).isEqualTo(18);
            assertThat(Decimals.MAX_QUANTITY.scale()).isEqualTo(3);
        }
    }
}
