package vn.ttdt.portal.shared.domain;

import java.nio.file.Path;

/** A file a mail carries: the name the reader sees, its content type and where it lies. */
public record MailFile(String name, String contentType, Path path) {
}
