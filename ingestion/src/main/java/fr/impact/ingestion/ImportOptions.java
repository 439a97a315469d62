package fr.impact.ingestion;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.profile.MappingProfile;
import java.util.Optional;

/**
 * How to import a file.
 *
 * @param hub the hub the rows belong to ({@code default} unless told)
 * @param strict all-or-nothing: any rejected row refuses the whole file
 * @param profile the mapping profile ({@link MappingProfile#NONE} for none)
 * @param sheet the XLSX sheet to read, else the first (or the profile's)
 * @param displayName the file name to record and show (an upload's original name), else the path's
 */
public record ImportOptions(String hub, boolean strict, MappingProfile profile, Optional<String> sheet,
        Optional<String> displayName) {

    public static final String DEFAULT_HUB = "default";

    public ImportOptions {
        requireNonNull(hub, "hub is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(sheet, "sheet is null");
        requireNonNull(displayName, "displayName is null");
        if (hub.isBlank()) {
            throw new IllegalArgumentException("hub is blank");
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_HUB, false, MappingProfile.NONE, Optional.empty(), Optional.empty());
    }

    public ImportOptions withHub(String h) {
        return new ImportOptions(h, strict, profile, sheet, displayName);
    }

    public ImportOptions withStrict(boolean s) {
        return new ImportOptions(hub, s, profile, sheet, displayName);
    }

    public ImportOptions withProfile(MappingProfile p) {
        return new ImportOptions(hub, strict, p, sheet, displayName);
    }

    public ImportOptions withSheet(String s) {
        return new ImportOptions(hub, strict, profile, Optional.ofNullable(s), displayName);
    }

    public ImportOptions withDisplayName(String n) {
        return new ImportOptions(hub, strict, profile, sheet, Optional.ofNullable(n));
    }
}
