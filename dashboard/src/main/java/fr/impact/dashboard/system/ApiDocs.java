package fr.impact.dashboard.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The HTTP API's documentation: springdoc builds the OpenAPI document from the
 * {@code /api/**} controllers at {@code /v3/api-docs}; {@code /api} is a French page about it.
 */
@Configuration
class ApiDocs {

    static final String VIEW = "system/api";

    @Bean
    OpenAPI impactOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Impact — API du tableau de bord").version("1")
                        .description("Les mêmes documents JSON que la ligne de commande (bin/impact … --json). "
                                + "Authentification HTTP Basic (utilisateurs du tableau de bord) ou jeton Bearer ; "
                                + "les requêtes anonymes reçoivent 401. Les élus lisent, les chargés de mission "
                                + "peuvent aussi importer."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The French page {@code /api}. */
    @Controller
    static class Page {
        @GetMapping("/api")
        String api() {
            return VIEW;
        }
    }
}
