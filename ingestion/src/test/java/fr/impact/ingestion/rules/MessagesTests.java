package fr.impact.ingestion.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTests {

    @Test
    void showsAValueWithoutItsTerminalEscapesOverridesOrLineBreaks() {
        Finding f = new Finding(4, "famille", "\u001B[2JFRUITS\u202Eabc\nx", RowCode.UNKNOWN_FAMILY, "AUTRES");

        String message = Messages.of(Messages.FRENCH).of(f);

        assertThat(message).isEqualTo(
                "Colonne « famille » : famille de produits inconnue « \uFFFD[2JFRUITS\uFFFDabc x » ; attendu l'une de : AUTRES.");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String message = Messages.of(Messages.ENGLISH).of(FileCode.MISSING_COLUMN, List.of("date", "Désignation, Qté 🥕"));

        assertThat(message).contains("Columns found: Désignation, Qté 🥕.");
    }
}
