package vn.ttdt.portal.questions.application;

/** What a citizen typed into the question form, as sent (field and publication by their enum names). */
public record QuestionRequest(String name, String email, String phone, String address, String field, String title,
                              String text, String publication) {
}
