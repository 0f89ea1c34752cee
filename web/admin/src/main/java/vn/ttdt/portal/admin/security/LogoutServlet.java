package vn.ttdt.portal.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Signs out: audits, logs out of the realm and invalidates the session. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    private SignIn signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        signIn.signOut(request);
        response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
