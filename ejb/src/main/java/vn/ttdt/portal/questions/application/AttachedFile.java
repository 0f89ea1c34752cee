package vn.ttdt.portal.questions.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A question's or an answer's file to hand out: its name, content type and where it lies. */
public record AttachedFile(String name, String contentType, Path path) {

    /**
     * The {@code Content-Disposition} of its download: always saved, never shown in the browser, under a name with
     * nothing but letters, digits, dot, dash and underscore, and the real (Vietnamese) name for browsers that read it.
     */
    public String contentDisposition() {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
