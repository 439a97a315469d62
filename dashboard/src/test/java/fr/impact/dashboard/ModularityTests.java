package fr.impact.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's check of the dashboard's features (spring-modulith-examples): each
 * top-level package under {@code fr.impact.dashboard} is a module; no cycle between them, and
 * none reaches into another's internals.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DashboardApplication.class);

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName()))
                .contains("fr.impact.dashboard.imports", "fr.impact.dashboard.overview", "fr.impact.dashboard.system",
                        "fr.impact.dashboard.reports", "fr.impact.dashboard.cli");
    }
}
