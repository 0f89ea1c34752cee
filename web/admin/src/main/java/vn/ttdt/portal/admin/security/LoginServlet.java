package vn.ttdt.portal.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Receives the sign-in form; on success gives the session a new id and goes to the requested page. Someone already signed
 * in on the session (a shared desk) is signed out first and the session emptied: the container refuses a sign-in on a
 * request that has a caller, which would read as a wrong password and count a failure against the new person's account.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    @Inject
    private SignIn signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String login = request.getParameter("username");
        String next = request.getParameter("next");
        if (request.getUserPrincipal() != null) {
            signIn.signOutBeforeAnotherSignIn(request);
        }
        SignIn.Outcome outcome = signIn.attempt(request, login, request.getParameter("password"));
        String context = request.getContextPath();
        if (outcome != SignIn.Outcome.SIGNED_IN) {
            String error = switch (outcome) {
                case ACCOUNT_LOCKED -> "locked";
                case ADDRESS_THROTTLED -> "throttled";
                default -> "credentials";
            };
            response.sendRedirect(context + "/login.xhtml?error=" + error
                    + (login == null ? "" : "&username=" + URLEncoder.encode(login, StandardCharsets.UTF_8))
                    + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            return;
        }
        request.getSession(true);
        request.changeSessionId();
        response.sendRedirect(isLocal(next, context) ? next : context + "/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }

    /** Only paths inside the back-office are followed after sign-in (no open redirect). */
    static boolean isLocal(String next, String context) {
        return next != null && next.startsWith(context + "/") && !next.startsWith("//")
                && !next.contains("\\") && !next.contains("://") && next.chars().noneMatch(Character::isISOControl);
    }
}
