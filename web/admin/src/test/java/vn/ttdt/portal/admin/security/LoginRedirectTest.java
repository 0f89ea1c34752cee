package vn.ttdt.portal.admin.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginRedirectTest {

    @Test
    void aPageInsideTheBackOfficeIsFollowedAfterSignIn() {
        assertTrue(LoginServlet.isLocal("/admin/org/units.xhtml", "/admin"));
    }

    @Test
    void anythingThatCouldLeaveTheBackOfficeIsNot() {
        assertFalse(LoginServlet.isLocal(null, "/admin"));
        assertFalse(LoginServlet.isLocal("https://evil.example/admin/", "/admin"));
        assertFalse(LoginServlet.isLocal("//evil.example/admin/", "/admin"));
        assertFalse(LoginServlet.isLocal("/admin/\\\\evil.example", "/admin"));
        assertFalse(LoginServlet.isLocal("/public/page", "/admin"));
        assertFalse(LoginServlet.isLocal("/adminx/page", "/admin"));
        assertFalse(LoginServlet.isLocal("/admin/x\r\nSet-Cookie: a=b", "/admin"));
    }
}
