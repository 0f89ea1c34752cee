package vn.ttdt.portal.questions.domain;

/** What the asker allowed the portal to publish. Labels in the bundles as {@code question.publication.<NAME>}. */
public enum Publication {
    /** Answer the asker privately only. */
    PRIVATE,
    /** Publish the question and answer without the asker's name. */
    WITHOUT_NAME,
    /** Publish the question and answer with the asker's name (never their contact details). */
    WITH_NAME
}
