package fr.impact.ingestion.read;

import fr.impact.ingestion.rules.FileCode;
import java.util.List;
import java.util.Objects;

/**
 * A whole file cannot be imported. Carries a stable code and the arguments of its message;
 * the sentence itself comes from the message catalogues, in the user's language.
 */
public final class FileRefusedException extends Exception {

    private final FileCode code;
    private final List<String> args;

    public FileRefusedException(FileCode code, String... args) {
        super(code.name() + " " + String.join(", ", args));
        this.code = Objects.requireNonNull(code, "code is null");
        this.args = List.of(args);
    }

    public FileCode code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
