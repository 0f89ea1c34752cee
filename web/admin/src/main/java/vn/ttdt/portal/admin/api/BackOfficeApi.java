package vn.ttdt.portal.admin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The back-office JSON API, {@code /admin/api/v1}: the same realm as the screens; a signed-in
 * session or HTTP Basic; 401 without credentials, 403 without the role.
 */
@ApplicationPath("/api/v1")
public class BackOfficeApi extends Application {
}
