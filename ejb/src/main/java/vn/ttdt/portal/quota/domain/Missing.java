package vn.ttdt.portal.quota.domain;

import vn.ttdt.portal.quota.domain.ComplianceTables.StoredRow;

/** What a unit (or group) still lacks to meet its quarter's quota: news, articles, posting requests to post. */
public record Missing(int news, int articles, int postedRequests) {

    public Missing {
        if (news < 0 || articles < 0 || postedRequests < 0) {
            throw new IllegalArgumentException("missing counts must not be negative");
        }
    }

    /** Per measure the rule asks for, what is required and not achieved; nothing for a measure it does not ask. */
    public static Missing of(StoredRow row) {
        return new Missing(lacking(row.requiredNews(), row.achievedNews()), lacking(row.requiredArticles(), row.achievedArticles()),
                lacking(row.requiredPosted(), row.achievedPosted()));
    }

    public boolean nothing() {
        return news == 0 && articles == 0 && postedRequests == 0;
    }

    private static int lacking(Integer required, int achieved) {
        return required == null ? 0 : Math.max(0, required - achieved);
    }
}
