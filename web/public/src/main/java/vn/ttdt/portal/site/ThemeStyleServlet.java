package vn.ttdt.portal.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.ttdt.portal.site.theme.application.PublicTheme;
import vn.ttdt.portal.site.theme.application.ThemeView;

/**
 * {@code /giao-dien.css?v={fingerprint}}: the theme's colours and banner as CSS custom properties (the public site's
 * policy allows style sheets from the portal only, no inline style). Pages link it with the theme's fingerprint, so
 * browsers keep it for a year; an address naming another fingerprint gets the current sheet, not kept.
 */
@WebServlet("/giao-dien.css")
public class ThemeStyleServlet extends HttpServlet {

    @Inject
    private PublicTheme themes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ThemeView theme = themes.current();
        byte[] css = theme.styleSheet().getBytes(StandardCharsets.UTF_8);
        boolean current = theme.fingerprint().equals(request.getParameter("v"));
        response.setHeader("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/css;charset=UTF-8");
        response.setContentLength(css.length);
        response.getOutputStream().write(css);
    }
}
