package vn.ttdt.portal.site.rating.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;

/**
 * One visitor's answer to "Thông tin có hữu ích không?" on one public page: a score from 1 (not useful) to 5 (very
 * useful) and an optional comment, kept as typed and never shown publicly. The page's title and category are those of
 * the day of the vote. The voter key only serves to count a browser once per page and day; it is cleared afterwards.
 */
@Entity
@Table(name = "rating_vote")
public class RatingVote extends SiteOwned {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int COMMENT_MAX = 1000;

    @Enumerated(EnumType.STRING)
    private RatingKind kind;

    private String ref;

    private String title;

    private String category;

    private int score;

    private String comment;

    @Column(name = "voted_on")
    private LocalDate votedOn;

    @Column(name = "voter_key")
    private String voterKey;

    protected RatingVote() {
    }

    public RatingVote(Site site, RatedPage page, int score, String comment, LocalDate votedOn, String voterKey) {
        super(site);
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        this.kind = page.kind();
        this.ref = page.ref();
        this.title = limited(page.title(), 500);
        this.category = limited(page.category(), 255);
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : limited(comment.strip(), COMMENT_MAX);
        this.votedOn = votedOn;
        this.voterKey = voterKey;
    }

    private static String limited(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max) : value;
    }

    public RatingKind getKind() { return kind; }
    public String getRef() { return ref; }
    public String getTitle() { return title; }
    public String getCategory() { return category; }
    public int getScore() { return score; }
    public String getComment() { return comment; }
    public LocalDate getVotedOn() { return votedOn; }
    public String getVoterKey() { return voterKey; }
}
