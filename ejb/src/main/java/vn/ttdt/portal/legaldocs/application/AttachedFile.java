package vn.ttdt.portal.legaldocs.application;

import java.nio.file.Path;

/** A file attached to a published document, as the public site serves it: where it is, its name, type and size. */
public record AttachedFile(Path path, String name, String contentType, boolean pdf, long size) {
}
