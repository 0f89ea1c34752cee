package vn.ttdt.portal.questions.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import vn.ttdt.portal.content.domain.SearchText;
import vn.ttdt.portal.content.domain.Similarity;

/**
 * Whether a new question was already answered: the answered question whose title and text, folded as the search
 * folds them (no tones, đ → d, lower case), share the most pairs of consecutive syllables with its own, when they
 * share at least {@code threshold} of them.
 */
public final class AnsweredLikeness {

    private final double threshold;

    public AnsweredLikeness(double threshold) {
        this.threshold = threshold;
    }

    /** A likely duplicate among {@code answered}: the question and the share of syllable pairs in common, 0 to 1. */
    public record Match(Question answered, double score) {
    }

    public Optional<Match> bestFor(Question question, Collection<Question> answered) {
        String searchable = searchable(question);
        return answered.stream().filter(other -> !other.getTrackingCode().equals(question.getTrackingCode()))
                .map(other -> new Match(other, Similarity.of(searchable, searchable(other))))
                .filter(match -> match.score() >= threshold)
                .max(Comparator.comparingDouble(Match::score));
    }

    private static String searchable(Question question) {
        return SearchText.query(question.getTitle() + " " + question.getText());
    }
}
