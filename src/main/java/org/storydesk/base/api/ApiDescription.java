package org.storydesk.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the API's own description (OpenAPI 3, at {@code /api/docs}, generated from the controllers)
 * says of the API as a whole: what it is, and how a caller logs in.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI storyDeskApi() {
        return new OpenAPI()
                .info(new Info().title("Story Desk API").version("1")
                        .description("The desk's stories, their articles, people, quotes, events, notes and History, as JSON "
                                + "(and CSV with ?format=csv). Every list takes story=<slug> (without it, the desk's first story), "
                                + "person=<slug> (repeatable), from= and to= (YYYY-MM-DD). Readers need an account; writers an editor's. "
                                + "Errors are problem details whose detail says what to change.")
                        .license(new License().name("GPL-3.0-or-later")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token (sd_…), made by an editor under API tokens or with POST /api/tokens"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A Story Desk account")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
