package vn.ttdt.portal.admin.content;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.ttdt.portal.content.application.AuthorDraft;

/** One editable row of the authors table; the author's account stays linked only while the name is the one it was linked with. */
public class AuthorRow implements Serializable {

    private String name;
    private final Long accountId;
    private final String linkedName;
    private BigDecimal sharePercent;

    AuthorRow(String name, Long accountId, BigDecimal sharePercent) {
        this.name = name;
        this.accountId = accountId;
        this.linkedName = name;
        this.sharePercent = sharePercent;
    }

    AuthorDraft toDraft() {
        return toDraft(false);
    }

    /** The row as entered; with {@code equalShares} without its percentage. */
    AuthorDraft toDraft(boolean equalShares) {
        return new AuthorDraft(name, AccountLink.keptFor(name, linkedName, accountId), equalShares ? null : sharePercent);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BigDecimal getSharePercent() { return sharePercent; }
    public void setSharePercent(BigDecimal sharePercent) { this.sharePercent = sharePercent; }
}
