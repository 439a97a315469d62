package fr.impact.ingestion.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expectations checked by hand in @etalab/decoupage-administratif 6.0.0 (COG 2026). */
class CommunesTests {

    private final Communes communes = Communes.instance();

    @Test
    void mapsCommuneDelegueeOfPercheCommunesNouvelles() {
        // Randonnai and Bubertré, communes déléguées of Tourouvre au Perche
        assertThat(communes.currentCodeOf("61343")).contains("61491");
        assertThat(communes.currentCodeOf("61065")).contains("61491");
        // Moulicent, of Longny les Villages; Origny-le-Butin, of Belforêt-en-Perche
        assertThat(communes.currentCodeOf("61296")).contains("61230");
        assertThat(communes.currentCodeOf("61318")).contains("61196");
        // Brunelles, of Arcisses (Eure-et-Loir)
        assertThat(communes.currentCodeOf("28063")).contains("28236");
    }

    @Test
    void mapsFormerCodeWithoutDelegatedCommune() {
        // Dorceau: merged into Rémalard en Perche, listed only in its anciensCodes
        assertThat(communes.currentCodeOf("61147")).contains("61345");
    }

    @Test
    void prefersTheCurrentDelegationOverAnOlderMerger() {
        // La Neuville-Garnier: in the anciensCodes of 60054, but now déléguée of 60694
        assertThat(communes.currentCodeOf("60455")).contains("60694");
    }

    @Test
    void mapsCorsicanCodesFromBefore1976() {
        assertThat(communes.currentCodeOf("20004")).contains("2A004");
        assertThat(communes.currentCodeOf("20033")).contains("2B033");
    }

    @Test
    void mapsOverseasFormerCode() {
        // Régina absorbed 97351 (Guyane)
        assertThat(communes.currentCodeOf("97351")).contains("97301");
    }

    @Test
    void ignoresSurroundingSpacesAndCase() {
        assertThat(communes.currentCodeOf(" 61343 ")).contains("61491");
    }

    @Test
    void isEmptyForCurrentCommunes() {
        // Mortagne-au-Perche; and Tourouvre, the déléguée that kept its commune nouvelle's code
        assertThat(communes.currentCodeOf("61293")).isEmpty();
        assertThat(communes.currentCodeOf("61491")).isEmpty();
        assertThat(communes.currentCodeOf("2A004")).isEmpty();
    }

    @Test
    void isEmptyForUnknownOrBlankCodes() {
        assertThat(communes.currentCodeOf("99999")).isEmpty();
        assertThat(communes.currentCodeOf("")).isEmpty();
    }

    @Test
    void givesTheRegionOfTheParkDepartments() {
        assertThat(communes.regionOfDepartment("61")).contains("28"); // Normandie
        assertThat(communes.regionOfDepartment("28")).contains("24"); // Centre-Val de Loire
    }

    @Test
    void knowsCorsica() {
        assertThat(communes.regionOfDepartment("2A")).contains("94");
        assertThat(communes.regionOfDepartment("2b")).contains("94");
    }

    @Test
    void knowsOverseasDepartmentsAndCollectivities() {
        assertThat(communes.regionOfDepartment("971")).contains("01");
        assertThat(communes.regionOfDepartment("974")).contains("04");
        assertThat(communes.regionOfDepartment("976")).contains("06");
        assertThat(communes.regionOfDepartment("975")).contains("975");
    }

    @Test
    void isEmptyForUnknownDepartments() {
        assertThat(communes.regionOfDepartment("20")).isEmpty();
        assertThat(communes.regionOfDepartment("97")).isEmpty();
    }

    @Test
    void takesTwoCharactersInMainland() {
        assertThat(Communes.departmentOf("61293")).isEqualTo("61");
        assertThat(Communes.departmentOf("28280")).isEqualTo("28");
        assertThat(Communes.departmentOf("01053")).isEqualTo("01");
    }

    @Test
    void keepsCorsicanLetters() {
        assertThat(Communes.departmentOf("2A004")).isEqualTo("2A");
        assertThat(Communes.departmentOf("2b033")).isEqualTo("2B");
    }

    @Test
    void takesThreeCharactersOverseas() {
        assertThat(Communes.departmentOf("97411")).isEqualTo("974");
        assertThat(Communes.departmentOf("97611")).isEqualTo("976");
        assertThat(Communes.departmentOf("98818")).isEqualTo("988");
    }

    @Test
    void rejectsCodesTooShortForADepartment() {
        assertThatThrownBy(() -> Communes.departmentOf("6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Communes.departmentOf("97")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isLoadedOnce() {
        assertThat(Communes.instance()).isSameAs(communes);
    }
}
