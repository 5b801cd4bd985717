package org.gongshi.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API: {@code /api/divisions/...} for staff (bearer token), {@code /api/public/...} for everyone. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Gongshi API", version = "1",
        description = "Disclosure boards of towns and villages. Staff endpoints need a Keycloak bearer token; "
                + "the division in the path is checked against the token's division claim."))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class GongshiApi extends Application {
}
