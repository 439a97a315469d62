package fr.impact.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class UsersFileTests {

    @TempDir
    Path dir;

    @Test
    void firstStartGeneratesAnAdminPasswordPrintedOnceAndStoresOnlyItsBcryptHash() throws Exception {
        Path file = dir.resolve(UsersFile.FILE_NAME);
        List<String> notices = new ArrayList<>();

        UsersFile users = UsersFile.ensureAdmin(file, null, notices::add);

        assertThat(notices).hasSize(1);
        String password = notices.get(0).substring(notices.get(0).lastIndexOf(' ') + 1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        String content = Files.readString(file);
        assertThat(content).doesNotContain(password).contains("admin=OFFICER:$2a$");
        assertThat(new BCryptPasswordEncoder().matches(password, users.find("admin").orElseThrow().bcryptHash())).isTrue();

        List<String> again = new ArrayList<>();
        UsersFile.ensureAdmin(file, null, again::add);
        assertThat(again).as("printed only once").isEmpty();
    }

    @Test
    void theAdminPasswordCanComeFromTheEnvironment() throws Exception {
        List<String> notices = new ArrayList<>();
        UsersFile users = UsersFile.ensureAdmin(dir.resolve(UsersFile.FILE_NAME), "mot-de-passe-fourni", notices::add);
        assertThat(notices.get(0)).doesNotContain("mot-de-passe-fourni").contains("IMPACT_ADMIN_PASSWORD");
        assertThat(new BCryptPasswordEncoder().matches("mot-de-passe-fourni",
                users.find("admin").orElseThrow().bcryptHash())).isTrue();
    }

    @Test
    void rolesAreReadBack() throws Exception {
        Path file = dir.resolve(UsersFile.FILE_NAME);
        UsersFile.load(file).put("elu", UsersFile.Role.ELECTED, "un-mot-de-passe");
        assertThat(UsersFile.load(file).find("elu").orElseThrow().role()).isEqualTo(UsersFile.Role.ELECTED);
    }
}
