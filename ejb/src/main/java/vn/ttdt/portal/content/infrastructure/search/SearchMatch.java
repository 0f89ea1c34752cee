package vn.ttdt.portal.content.infrastructure.search;

/**
 * A published item a search found, with its rank: 0 the query's exact spelling in the title, 1 its
 * syllables in the title without regard to diacritics, 2 its exact spelling in the lead, 3 elsewhere.
 */
public record SearchMatch(long id, int rank) {

    public static final int EXACT_IN_TITLE = 0;
    public static final int IN_TITLE = 1;
    public static final int EXACT_IN_LEAD = 2;
    public static final int ELSEWHERE = 3;
}
