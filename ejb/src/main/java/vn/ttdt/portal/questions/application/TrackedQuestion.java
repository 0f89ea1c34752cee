package vn.ttdt.portal.questions.application;

import java.time.LocalDate;

/**
 * What the tracking page shows to whoever holds a code: where the question stands and, once published,
 * the answer. No name, no contact, no unit note, no spam or decline detail beyond the state.
 */
public record TrackedQuestion(String code, String title, String field, LocalDate receivedOn, String state,
                              String stateLabel, PublishedQuestion published) {
}
