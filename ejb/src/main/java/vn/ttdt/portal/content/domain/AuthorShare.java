package vn.ttdt.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One author of a work (a person or a pen name, with their account if they have one) and their share in percent. */
@Embeddable
public class AuthorShare {

    @Column(name = "name")
    private String name;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "share_percent")
    private BigDecimal sharePercent;

    protected AuthorShare() {
    }

    public AuthorShare(String name, Long accountId, BigDecimal sharePercent) {
        this.name = name == null ? null : name.strip();
        this.accountId = accountId;
        this.sharePercent = sharePercent;
    }

    public String getName() { return name; }
    public Long getAccountId() { return accountId; }
    public BigDecimal getSharePercent() { return sharePercent; }
}
