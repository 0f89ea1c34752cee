package vn.ttdt.portal.site;

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
import vn.ttdt.portal.legaldocs.application.AttachedFile;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;

/**
 * {@code /tep-van-ban/{document slug}/{file id}}: a file attached to a published legal document, as uploaded (it
 * passed the upload checks). A PDF is shown in the page ({@code inline}); other files, and a PDF asked for with
 * {@code ?tai-ve}, are downloaded. Any file not attached to that document of this site answers 404.
 */
@WebServlet("/tep-van-ban/*")
public class LegalFileServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("^/([a-z0-9-]{1,140})/([0-9]{1,18})$");

    @Inject
    private PublicLegalDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        AttachedFile file = m.matches() ? documents.file(m.group(1), Long.parseLong(m.group(2))).orElse(null) : null;
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inline = file.pdf() && request.getParameter("tai-ve") == null;
        response.setContentType(file.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + ascii(file.name())
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLengthLong(Files.size(file.path()));
        Files.copy(file.path(), response.getOutputStream());
    }

    private static String ascii(String name) {
        return vn.ttdt.portal.shared.domain.VietnameseText.withoutMarks(name).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
