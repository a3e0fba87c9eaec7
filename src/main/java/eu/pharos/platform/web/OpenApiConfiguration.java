package eu.pharos.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the JSON API served at {@code /v3/api-docs} and browsable at /api/docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BEARER = "bearer";

  @Bean
  OpenAPI pharosOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Pharos API")
                .version("v1")
                .description(
                    "The JSON API of Pharos for the integrations of the network's organisations."
                        + " Authenticate with a personal API token (create one under Your account"
                        + " → API tokens) sent as `Authorization: Bearer pharos_…`. Errors are RFC"
                        + " 9457 problem documents (`application/problem+json`)."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("pharos_…")
                        .description("A personal API token.")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
