package fr.impact.ingestion.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.impact.ingestion.model.OriginLevel;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value rules of the producers, buyers and territory files. */
class ReferenceRulesTests {

    final List<Finding> findings = new ArrayList<>();

    @Nested
    class Siret {

        /*
         * Luhn on 14 digits: from the right, every second digit is doubled (so positions 1, 3,
         * 5 … 13 counted from the left), 9 taken off a doubled digit above 9; the sum must be a
         * multiple of 10.
         *
         * 7 3 2 8 2 9 3 2 0 0 0 0 7 4
         * doubled: 7→14→5, 2→4, 2→4, 3→6, 0, 0, 7→14→5  = 24
         * as is:   3, 8, 9, 2, 0, 0, 4                    = 26   → 50, valid
         *
         * 1 2 3 4 5 6 7 8 2 0 0 0 1 0
         * doubled: 1→2, 3→6, 5→10→1, 7→14→5, 2→4, 0, 1→2 = 20
         * as is:   2, 4, 6, 8, 0, 0, 0                    = 20   → 40, valid
         */
        static final String VALID_1 = "73282932000074";
        static final String VALID_2 = "12345678200010";

        @Test
        void acceptsFourteenDigitsWithAValidLuhnKey() {
            assertThat(ReferenceRules.isValidSiret(VALID_1)).isTrue();
            assertThat(ReferenceRules.isValidSiret(VALID_2)).isTrue();
        }

        @Test
        void refusesAWrongKey() {
            // the same numbers with the last digit plus one: sums 51 and 41
            assertThat(ReferenceRules.isValidSiret("73282932000075")).isFalse();
            assertThat(ReferenceRules.isValidSiret("12345678200011")).isFalse();
            // the last two digits swapped (…0074 → …0047): 5+3+4+8+4+9+6+2+0+0+0+0+8+7 = 56
            assertThat(ReferenceRules.isValidSiret("73282932000047")).isFalse();
        }

        @Test
        void refusesWhatIsNotFourteenDigits() {
            assertThat(ReferenceRules.isValidSiret("7328293200007")).isFalse();   // 13
            assertThat(ReferenceRules.isValidSiret("732829320000740")).isFalse(); // 15
            assertThat(ReferenceRules.isValidSiret("7328293200007A")).isFalse();
            assertThat(ReferenceRules.isValidSiret("")).isFalse();
        }

        @Test
        void laPosteEstablishmentsAreValidWhenTheirDigitsAddUpToAMultipleOfFive() {
            // 3+5+6 + 6 = 20: valid for La Poste (its Luhn sum is 6+5+3+3 = 17: not Luhn-valid)
            assertThat(ReferenceRules.isValidSiret("35600000000060")).isTrue();
            // 3+5+6 + 6+1 = 21
            assertThat(ReferenceRules.isValidSiret("35600000000061")).isFalse();
        }

        @Test
        void acceptsLaPostesHeadOfficeWhichFollowsLuhn() {
            // doubled: 3→6, 6→12→3, 0, 0, 0, 0, 4→8 = 17 ; as is: 5, 0, 0, 0, 0, 0, 8 = 13 → 30
            assertThat(ReferenceRules.isValidSiret("35600000000048")).isTrue();
        }

        @Test
        void ignoresSpacesBetweenGroups() {
            assertThat(ReferenceRules.siret(2, "siret", "732 829 320 00074", findings)).isEqualTo(VALID_1);
            assertThat(ReferenceRules.siret(2, "siret", "123\u00A0456\u00A0782\u00A000010", findings)).isEqualTo(VALID_2);
            assertThat(findings).isEmpty();
        }

        @Test
        void rejectsAnInvalidSiretWithTheValueAsWritten() {
            assertThat(ReferenceRules.siret(7, "siret", "732 829 320 00075", findings)).isNull();
            assertThat(findings).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(tuple(7L, "siret", "732 829 320 00075", RowCode.INVALID_SIRET));
        }
    }

    @Nested
    class Communes {

        @Test
        void acceptsAMainlandCode() {
            assertThat(ReferenceRules.commune(2, "commune_insee", "61293", findings)).isEqualTo("61293");
            assertThat(findings).isEmpty();
        }

        @Test
        void restoresALostLeadingZeroWithAWarning() {
            assertThat(ReferenceRules.commune(2, "commune_insee", "1053", findings)).isEqualTo("01053");
            assertThat(findings).extracting(Finding::line, Finding::column, Finding::value, Finding::code,
                    Finding::expected).containsExactly(tuple(2L, "commune_insee", "1053", RowCode.COMMUNE_PADDED, "01053"));
            assertThat(findings.get(0).isRejection()).isFalse();
        }

        @Test
        void restoresTheLeadingZeroOfAnyFourDigitCode() {
            assertThat(ReferenceRules.commune(3, "commune_insee", "6129", findings)).isEqualTo("06129");
            assertThat(findings).extracting(Finding::code).containsExactly(RowCode.COMMUNE_PADDED);
        }

        @Test
        void acceptsCorsicanCodesInEitherCase() {
            assertThat(ReferenceRules.commune(2, "commune_insee", "2A004", findings)).isEqualTo("2A004");
            assertThat(ReferenceRules.commune(2, "commune_insee", "2b033", findings)).isEqualTo("2B033");
            assertThat(findings).isEmpty();
        }

        @Test
        void acceptsAnOverseasCode() {
            assertThat(ReferenceRules.commune(2, "commune_insee", "97411", findings)).isEqualTo("97411");
            assertThat(findings).isEmpty();
        }

        @Test
        void ignoresSurroundingSpaces() {
            assertThat(ReferenceRules.commune(2, "commune_insee", " 61293 ", findings)).isEqualTo("61293");
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"ABCDE", "00123", "612930", "612", "2C004", "2A0O4", "61 293"})
        void rejectsWhatIsNotACommuneCode(String code) {
            assertThat(ReferenceRules.commune(5, "commune_insee", code, findings)).isNull();
            assertThat(findings).extracting(Finding::line, Finding::value, Finding::code)
                    .containsExactly(tuple(5L, code, RowCode.INVALID_COMMUNE));
        }
    }

    @Nested
    class TerritoryCodes {

        String code(String text) {
            return ReferenceRules.territoryCode(2, "code", text, findings);
        }

        @Test
        void acceptsADepartment() {
            assertThat(code("61")).isEqualTo("61");
            assertThat(code("2A")).isEqualTo("2A");
            assertThat(code("2b")).isEqualTo("2B");
            assertThat(findings).isEmpty();
        }

        @Test
        void acceptsAnOverseasDepartment() {
            assertThat(code("974")).isEqualTo("974");
            assertThat(findings).isEmpty();
        }

        @Test
        void restoresTheLeadingZeroOfAOneDigitDepartment() {
            assertThat(code("1")).isEqualTo("01");
            assertThat(code("9")).isEqualTo("09");
        }

        @Test
        void acceptsACommune() {
            assertThat(code("61293")).isEqualTo("61293");
            assertThat(findings).isEmpty();
        }

        @Test
        void readsAFourDigitCodeAsACommuneThatLostItsZero() {
            assertThat(code("1053")).isEqualTo("01053");
            assertThat(findings).extracting(Finding::code).containsExactly(RowCode.COMMUNE_PADDED);
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"00", "20", "2C", "ABC", "999", "123456", "", "6 1"})
        void rejectsWhatIsNeitherACommuneNorADepartment(String text) {
            assertThat(code(text)).isNull();
            assertThat(findings).extracting(Finding::code).containsExactly(RowCode.INVALID_TERRITORY_CODE);
        }

        @Test
        void rejectsAnInvalidFiveCharacterCodeAsACommune() {
            assertThat(code("00123")).isNull();
            assertThat(findings).extracting(Finding::code).containsExactly(RowCode.INVALID_COMMUNE);
        }
    }

    @Nested
    class YesNo {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"oui", "OUI", "Oui", " oui ", "o", "x", "X", "yes", "vrai", "1"})
        void readsYes(String text) {
            assertThat(ReferenceRules.yesNo(2, "bio", text, findings)).isTrue();
            assertThat(findings).isEmpty();
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"non", "NON", "Non", "n", "no", "faux", "0"})
        void readsNo(String text) {
            assertThat(ReferenceRules.yesNo(2, "bio", text, findings)).isFalse();
            assertThat(findings).isEmpty();
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {"peut-être", "en conversion", "2", "ouinon"})
        void rejectsAnythingElse(String text) {
            assertThat(ReferenceRules.yesNo(4, "bio", text, findings)).isNull();
            assertThat(findings).extracting(Finding::line, Finding::column, Finding::value, Finding::code)
                    .containsExactly(tuple(4L, "bio", text, RowCode.INVALID_BOOLEAN));
        }
    }

    @Nested
    class Coordinates {

        @Test
        void acceptsLatitudesAndLongitudesInRangeWithAFrenchComma() {
            assertThat(ReferenceRules.coordinate(2, "latitude", "48,5236", 90, findings)).isEqualTo(48.5236);
            assertThat(ReferenceRules.coordinate(2, "longitude", "0.5543", 180, findings)).isEqualTo(0.5543);
            assertThat(ReferenceRules.coordinate(2, "longitude", "-1,25", 180, findings)).isEqualTo(-1.25);
            assertThat(findings).isEmpty();
        }

        @Test
        void acceptsTheLimitsThemselves() {
            assertThat(ReferenceRules.coordinate(2, "latitude", "90", 90, findings)).isEqualTo(90.0);
            assertThat(ReferenceRules.coordinate(2, "latitude", "-90", 90, findings)).isEqualTo(-90.0);
            assertThat(ReferenceRules.coordinate(2, "longitude", "180", 180, findings)).isEqualTo(180.0);
            assertThat(ReferenceRules.coordinate(2, "longitude", "-180", 180, findings)).isEqualTo(-180.0);
            assertThat(findings).isEmpty();
        }

        @Test
        void rejectsALatitudeBeyondNinetyDegrees() {
            assertThat(ReferenceRules.coordinate(3, "latitude", "90,0001", 90, findings)).isNull();
            assertThat(ReferenceRules.coordinate(4, "latitude", "-91", 90, findings)).isNull();
            assertThat(findings).extracting(Finding::line, Finding::column, Finding::value, Finding::code,
                    Finding::expected).containsExactly(
                    tuple(3L, "latitude", "90,0001", RowCode.INVALID_COORDINATE, "-90 et 90"),
                    tuple(4L, "latitude", "-91", RowCode.INVALID_COORDINATE, "-90 et 90"));
        }

        @Test
        void rejectsALongitudeBeyondOneHundredAndEightyDegrees() {
            assertThat(ReferenceRules.coordinate(3, "longitude", "181", 180, findings)).isNull();
            assertThat(findings).extracting(Finding::code, Finding::expected)
                    .containsExactly(tuple(RowCode.INVALID_COORDINATE, "-180 et 180"));
        }

        @Test
        void rejectsWhatIsNotANumber() {
            assertThat(ReferenceRules.coordinate(3, "latitude", "48°31'N", 90, findings)).isNull();
            assertThat(ReferenceRules.coordinate(3, "latitude", "NaN", 90, findings)).isNull();
            assertThat(findings).extracting(Finding::code)
                    .containsExactly(RowCode.INVALID_COORDINATE, RowCode.INVALID_COORDINATE);
        }
    }

    @Nested
    class OtherValues {

        @Test
        void readsASegmentByCodeOrFrenchLabel() {
            assertThat(ReferenceRules.segment(2, "type", "RESTAURATION_SCOLAIRE", findings))
                    .isEqualTo(Segment.RESTAURATION_SCOLAIRE);
            assertThat(ReferenceRules.segment(2, "type", "Restauration scolaire", findings))
                    .isEqualTo(Segment.RESTAURATION_SCOLAIRE);
            assertThat(ReferenceRules.segment(2, "type", "Restauration médico-sociale", findings))
                    .isEqualTo(Segment.RESTAURATION_MEDICO_SOCIALE);
            assertThat(findings).isEmpty();
        }

        @Test
        void rejectsAnUnknownSegment() {
            assertThat(ReferenceRules.segment(2, "type", "Cantine", findings)).isNull();
            assertThat(findings).extracting(Finding::code).containsExactly(RowCode.UNKNOWN_SEGMENT);
            assertThat(findings.get(0).expected()).contains("RESTAURATION_SCOLAIRE", "COMMERCE");
        }

        @Test
        void readsOnlyTheTwoTerritoryLevels() {
            assertThat(ReferenceRules.level(2, "niveau", "parc", findings)).isEqualTo(OriginLevel.PARC);
            assertThat(ReferenceRules.level(2, "niveau", "Proche", findings)).isEqualTo(OriginLevel.PROCHE);
            assertThat(ReferenceRules.level(3, "niveau", "ELOIGNE", findings)).isNull();
            assertThat(findings).extracting(Finding::line, Finding::code)
                    .containsExactly(tuple(3L, RowCode.UNKNOWN_LEVEL));
        }

        @Test
        void readsACountOfMeals() {
            assertThat(ReferenceRules.count(2, "repas_par_jour", "1 200", findings)).isEqualTo(1200);
            assertThat(ReferenceRules.count(2, "repas_par_jour", "0", findings)).isZero();
            assertThat(ReferenceRules.count(3, "repas_par_jour", "12,5", findings)).isNull();
            assertThat(ReferenceRules.count(4, "repas_par_jour", "-3", findings)).isNull();
            assertThat(findings).extracting(Finding::line, Finding::code)
                    .containsExactly(tuple(3L, RowCode.NUMBER_FORMAT), tuple(4L, RowCode.NUMBER_FORMAT));
        }

        @Test
        void readsADate() {
            assertThat(ReferenceRules.date(2, "date_adhesion", "15/01/2020", findings)).isEqualTo(LocalDate.of(2020, 1, 15));
            assertThat(ReferenceRules.date(3, "date_adhesion", "31/02/2020", findings)).isNull();
            assertThat(findings).extracting(Finding::line, Finding::code).containsExactly(tuple(3L, RowCode.DATE_FORMAT));
        }
    }
}
