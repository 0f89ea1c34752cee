package vn.ttdt.portal.admin.content;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.ttdt.portal.content.application.AuthorDraft;

/** One editable row of the authors table. */
public class AuthorRow implements Serializable {

    private String name;
    private Long accountId;
    private BigDecimal sharePercent;

    AuthorRow(String name, Long accountId, BigDecimal sharePercent) {
        this.name = name;
        this.accountId = accountId;
        this.sharePercent = sharePercent;
    }

    AuthorDraft toDraft() {
        return new AuthorDraft(name, accountId, sharePercent);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BigDecimal getSharePercent() { return sharePercent; }
    public void setSharePercent(BigDecimal sharePercent) { this.sharePercent = sharePercent; }
}
