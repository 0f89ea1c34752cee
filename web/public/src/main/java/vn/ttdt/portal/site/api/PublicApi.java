package vn.ttdt.portal.site.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public, read-only JSON API of the portal ({@code /api/v1}); its OpenAPI document is {@code /api/v1/openapi.yaml}. */
@ApplicationPath("/api/v1")
public class PublicApi extends Application {
}
