package vn.ttdt.portal.questions.application;

/** A file of a published answer: its name, size in bytes and the public site's address it downloads from. */
public record PublishedFile(String name, long bytes, String url) {

    /** Its size in kilobytes, rounded up: at least 1. */
    public long kilobytes() {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    /** Where the public site serves the file {@code key} of the published question {@code code}. */
    public static String address(String code, String key) {
        return "/hoi-dap/tep/" + code + "/" + key;
    }
}
