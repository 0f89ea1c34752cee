package vn.ttdt.portal.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdt.portal.content.media.application.PublicMedia;

/**
 * {@code /media/{key}/{width}.jpg}: the renditions of uploaded images. A rendition never changes
 * once written, so browsers and proxies may keep it for a year; it is always {@code image/jpeg}
 * with {@code nosniff}. Originals are not served, nor the media of another site (404, as for an unknown key).
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final Pattern RENDITION = Pattern.compile("^/([0-9a-f]{32})/([0-9]{3,4})\\.jpg$");

    @Inject
    private PublicMedia media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = RENDITION.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Path file = m.matches() ? media.rendition(m.group(1), Integer.parseInt(m.group(2))).orElse(null) : null;
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + m.group(1) + "-" + m.group(2) + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
