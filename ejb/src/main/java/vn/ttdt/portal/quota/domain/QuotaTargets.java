package vn.ttdt.portal.quota.domain;

/**
 * The minimum a quota asks for one quarter: news, articles, and the share (whole percent) of the posting requests
 * received in the quarter that are posted by its last day. Zero asks for nothing of that measure.
 */
public record QuotaTargets(int minimumNews, int minimumArticles, int minimumPostedPercent) {

    public QuotaTargets {
        if (minimumNews < 0 || minimumArticles < 0) {
            throw new IllegalArgumentException("minimum news and articles must not be negative");
        }
        if (minimumPostedPercent < 0 || minimumPostedPercent > 100) {
            throw new IllegalArgumentException("minimum posted share must be 0 to 100 percent: " + minimumPostedPercent);
        }
    }

    public static QuotaTargets articles(int articles) {
        return new QuotaTargets(0, articles, 0);
    }

    public static QuotaTargets newsAndArticles(int news, int articles) {
        return new QuotaTargets(news, articles, 0);
    }

    public static QuotaTargets postedPercent(int percent) {
        return new QuotaTargets(0, 0, percent);
    }
}
