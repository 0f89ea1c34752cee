package vn.ttdt.portal.site.advertising.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * An advertising contract (hợp đồng quảng cáo): an advertiser pays {@code fee} đồng for its banners in one
 * {@link Placement} from {@code startsOn} to {@code endsOn}, both days included (Vietnamese dates). Its banners are
 * shown on those days and on no other. The fee counts as revenue of the year the contract starts; it is outstanding
 * until the day it was paid is recorded. The signed contract may be attached as a file.
 */
@Entity
@Table(name = "ad_contract")
public class AdContract extends SiteOwned {

    public static final long MAX_FEE = 100_000_000_000L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "advertiser_id")
    private Advertiser advertiser;

    @NotBlank(message = "{adContract.number.required}")
    @Size(max = 60, message = "{adContract.number.size}")
    private String number;

    @Enumerated(EnumType.STRING)
    private Placement placement;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private long fee;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @ManyToOne
    @JoinColumn(name = "file_id")
    private Media file;

    @Version
    private int version;

    protected AdContract() {
    }

    public AdContract(Site site, Advertiser advertiser, ContractTerms terms) {
        super(site);
        this.advertiser = advertiser;
        agree(terms);
    }

    public final void agree(ContractTerms terms) {
        if (terms.placement() == null) {
            throw new BusinessRuleException("adContract.placement.required", "placement missing");
        }
        if (terms.startsOn() == null || terms.endsOn() == null) {
            throw new BusinessRuleException("adContract.dates.required", "contract dates missing");
        }
        if (terms.endsOn().isBefore(terms.startsOn())) {
            throw new BusinessRuleException("adContract.dates.order", "contract ends before it starts");
        }
        if (terms.fee() == null || terms.fee() < 0 || terms.fee() > MAX_FEE) {
            throw new BusinessRuleException("adContract.fee.invalid", "fee out of range: " + terms.fee());
        }
        this.number = terms.number() == null ? null : terms.number().strip();
        this.placement = terms.placement();
        this.startsOn = terms.startsOn();
        this.endsOn = terms.endsOn();
        this.fee = terms.fee();
        this.paidOn = terms.paidOn();
    }

    public void attach(Media file) {
        this.file = file;
    }

    public void changeAdvertiser(Advertiser advertiser) {
        this.advertiser = advertiser;
    }

    /** Whether its banners are shown on {@code day}. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public long outstanding() {
        return paidOn == null ? fee : 0;
    }

    public long paid() {
        return paidOn == null ? 0 : fee;
    }

    public Advertiser getAdvertiser() { return advertiser; }
    public String getNumber() { return number; }
    public Placement getPlacement() { return placement; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public long getFee() { return fee; }
    public LocalDate getPaidOn() { return paidOn; }
    public Media getFile() { return file; }
    public int getVersion() { return version; }
}
