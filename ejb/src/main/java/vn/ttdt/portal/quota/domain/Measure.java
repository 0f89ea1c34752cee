package vn.ttdt.portal.quota.domain;

/** What a quota counts: news, articles, or posting requests posted by the quarter's last day. */
public enum Measure {
    NEWS,
    ARTICLES,
    POSTED_REQUESTS
}
