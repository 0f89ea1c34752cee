package vn.ttdt.portal.quota.domain;

import java.util.Collection;

/**
 * What a unit (or a group) did in one quarter: news and articles published in it and still published or archived,
 * posting requests received in it and how many of those were posted by its last day.
 */
public record QuarterCounts(long news, long articles, long requestsReceived, long requestsPosted) {

    public static final QuarterCounts NONE = new QuarterCounts(0, 0, 0, 0);

    public QuarterCounts {
        if (news < 0 || articles < 0 || requestsReceived < 0 || requestsPosted < 0 || requestsPosted > requestsReceived) {
            throw new IllegalArgumentException("impossible counts: " + news + ", " + articles + ", " + requestsReceived
                    + ", " + requestsPosted);
        }
    }

    public static QuarterCounts published(long news, long articles) {
        return new QuarterCounts(news, articles, 0, 0);
    }

    public QuarterCounts withRequests(long received, long posted) {
        return new QuarterCounts(news, articles, received, posted);
    }

    public QuarterCounts plus(QuarterCounts other) {
        return new QuarterCounts(news + other.news, articles + other.articles, requestsReceived + other.requestsReceived,
                requestsPosted + other.requestsPosted);
    }

    public static QuarterCounts sum(Collection<QuarterCounts> counts) {
        return counts.stream().reduce(NONE, QuarterCounts::plus);
    }
}
