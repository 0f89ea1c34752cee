package vn.ttdt.portal.questions.application;

import java.io.Serializable;
import java.util.List;
import vn.ttdt.portal.questions.domain.Attachment;

/** A file attached to an answer, as lists show it: the key that names it in its address, its name and size in bytes. */
public record AnswerFile(String key, String name, long bytes) implements Serializable {

    static List<AnswerFile> of(List<Attachment> files) {
        return files.stream().map(file -> new AnswerFile(file.getKey(), file.getName(), file.getBytes())).toList();
    }
}
