package vn.ttdt.portal.site.procedures;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdt.portal.procedures.application.PublicProcedures;

/**
 * {@code /ho-so-mau/{key}}: a form or sample dossier that a procedure in force offers, sent as an attachment with its
 * checked type and {@code nosniff}. Any other upload, even of the same site, answers 404 like an unknown key.
 */
@WebServlet("/ho-so-mau/*")
public class SampleFileServlet extends HttpServlet {

    private static final Pattern KEY = Pattern.compile("^/([0-9a-f]{32})$");

    @Inject
    private PublicProcedures procedures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = KEY.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        PublicProcedures.Download download = m.matches() ? procedures.download(m.group(1)).orElse(null) : null;
        if (download == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentType(download.contentType());
        response.setContentLengthLong(Files.size(download.file()));
        Files.copy(download.file(), response.getOutputStream());
    }
}
