package vn.ttdt.portal.site.rating.application;

import java.io.Serializable;
import java.time.LocalDate;
import vn.ttdt.portal.site.rating.domain.RatingVote;

/** A comment left with a vote, for the editorial board only. */
public record RatingComment(int score, String comment, LocalDate votedOn) implements Serializable {

    static RatingComment of(RatingVote vote) {
        return new RatingComment(vote.getScore(), vote.getComment(), vote.getVotedOn());
    }
}
