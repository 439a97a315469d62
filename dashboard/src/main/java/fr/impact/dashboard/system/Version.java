package fr.impact.dashboard.system;

/** The application's version, as {@code bin/impact --version} and backups' manifests state it. */
public final class Version {

    public static final String IMPACT = "0.1.0";

    private Version() {}
}
