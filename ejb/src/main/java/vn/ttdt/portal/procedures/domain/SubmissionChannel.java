package vn.ttdt.portal.procedures.domain;

/** How a dossier may be handed in. */
public enum SubmissionChannel {
    IN_PERSON, POST, ONLINE;

    /** Key of the channel's label in the bundles. */
    public String labelKey() {
        return "procedure.channel." + name();
    }
}
