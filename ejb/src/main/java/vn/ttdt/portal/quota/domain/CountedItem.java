package vn.ttdt.portal.quota.domain;

/** Something a compliance row counted: a news item or article (content item id) or a posting request posted in time. */
public record CountedItem(Kind kind, long id) {

    public enum Kind {
        NEWS,
        ARTICLE,
        POSTING_REQUEST
    }
}
