package vn.ttdt.portal.questions.application;

import java.nio.file.Path;

/** An asker's file to hand to the board or the answering unit: its name, content type and where it lies. */
public record AttachedFile(String name, String contentType, Path path) {
}
