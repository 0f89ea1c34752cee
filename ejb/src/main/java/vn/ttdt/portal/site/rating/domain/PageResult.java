package vn.ttdt.portal.site.rating.domain;

import java.io.Serializable;

/** The votes of one page: how many, their average, how many with a comment, and the count of each score 1–5. */
public record PageResult(RatingKind kind, String ref, String title, String category, long votes, double average,
                         long comments, long ones, long twos, long threes, long fours, long fives) implements Serializable {
}
