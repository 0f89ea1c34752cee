package vn.ttdt.portal.questions.application;

/** A file sent with a question from the public form, as it arrived: its name and bytes. */
public record QuestionFile(String name, byte[] bytes) {

    public boolean isGiven() {
        return bytes != null && bytes.length > 0 || name != null && !name.isBlank();
    }
}
