package vn.ttdt.portal.contributors.application;

import java.nio.file.Path;

/** A course material's file to download: its original name, content type and where it is stored. */
public record MaterialFile(String name, String contentType, Path path) {
}
