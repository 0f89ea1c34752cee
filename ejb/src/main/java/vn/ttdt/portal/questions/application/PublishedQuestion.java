package vn.ttdt.portal.questions.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A question and its answer as the public sees them: the asker's name only when they allowed it
 * ({@code askerName} null otherwise), never their e-mail, phone or address.
 */
public record PublishedQuestion(String code, String field, String fieldLabel, String title, String text,
                                String askerName, String answer, String answeredBy, LocalDate receivedOn,
                                LocalDate publishedOn, List<PublishedFile> files) {
}
