package vn.ttdt.portal.content.application;

/**
 * The published content's generation shared by every node of the portal on one database: a node moves it after each
 * change it committed, and every node reads it to learn that another one changed something.
 */
public interface PublishedGenerationLog {

    /** Moves the shared generation on (a transaction of its own); answers where it stands now. */
    long moved();

    /** Where the shared generation stands. */
    long current();
}
