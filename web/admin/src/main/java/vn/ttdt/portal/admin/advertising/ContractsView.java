package vn.ttdt.portal.admin.advertising;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.shared.domain.BusinessCalendar;
import vn.ttdt.portal.site.advertising.application.AdvertiserView;
import vn.ttdt.portal.site.advertising.application.AdvertisingService;
import vn.ttdt.portal.site.advertising.application.BannerView;
import vn.ttdt.portal.site.advertising.application.ContractView;
import vn.ttdt.portal.site.advertising.domain.ContractTerms;
import vn.ttdt.portal.site.advertising.domain.Placement;

/**
 * The advertising contracts screen: contracts with their dates, fee and payment; in the contract's dialog its signed
 * file and its banners or links (title, address, picture). Deleting a contract or a banner asks for confirmation.
 */
@Named("adContracts")
@ViewScoped
public class ContractsView implements Serializable {

    @Inject
    private AdvertisingService service;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private List<ContractView> rows = List.of();
    private List<AdvertiserView> advertisers = List.of();
    private ContractView editing;
    private List<BannerView> banners = List.of();
    private Long advertiserId;
    private String number;
    private String placement;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long fee;
    private LocalDate paidOn;
    private Long bannerId;
    private Long bannerVersion;
    private String bannerTitle;
    private String bannerUrl;

    @PostConstruct
    void init() {
        reload();
        List<AdvertiserView> found = feedback.attempt(service::advertisers, null);
        advertisers = found == null ? List.of() : found;
    }

    public void startNew() {
        fill(null);
    }

    public void edit(ContractView contract) {
        fill(feedback.attempt(() -> service.contract(contract.id()), null));
    }

    public void save() {
        if (advertiserId == null) {
            feedback.reject("adContract.advertiser.required");
            return;
        }
        Placement where = placement == null || placement.isBlank() ? null : Placement.valueOf(placement);
        ContractTerms terms = new ContractTerms(number, where, startsOn, endsOn, fee, paidOn);
        Long id = editing == null ? null : editing.id();
        Long version = editing == null ? null : editing.version();
        long advertiser = advertiserId;
        ContractView saved = feedback.attempt(() -> service.saveContract(id, version, advertiser, terms), "adContracts.saved");
        if (saved != null) {
            fill(saved);
            reload();
        }
    }

    public void delete(ContractView contract) {
        if (feedback.done(() -> service.deleteContract(contract.id()), "adContracts.deleted")) {
            reload();
        }
    }

    public void uploadFile(FileUploadEvent event) {
        long id = editing.id();
        ContractView saved = feedback.attempt(() -> service.attachContractFile(id, event.getFile().getFileName(),
                event.getFile().getContent()), "adContracts.fileAttached");
        if (saved != null) {
            fill(saved);
            reload();
        }
    }

    public void startBanner() {
        bannerId = null;
        bannerVersion = null;
        bannerTitle = null;
        bannerUrl = null;
    }

    public void editBanner(BannerView banner) {
        bannerId = banner.id();
        bannerVersion = banner.version();
        bannerTitle = banner.title();
        bannerUrl = banner.targetUrl();
    }

    public void saveBanner() {
        long contract = editing.id();
        Long id = bannerId;
        BannerView saved = feedback.attempt(() -> id == null ? service.addBanner(contract, bannerTitle, bannerUrl)
                : service.updateBanner(id, bannerVersion, bannerTitle, bannerUrl), "banners.saved");
        if (saved != null) {
            editBanner(saved);
            reloadBanners();
        }
    }

    public void uploadBannerImage(FileUploadEvent event) {
        if (bannerId == null) {
            feedback.reject("banner.image.saveFirst");
            return;
        }
        long id = bannerId;
        BannerView saved = feedback.attempt(() -> service.bannerImage(id, event.getFile().getFileName(), event.getFile().getContent()),
                "banners.imageAdded");
        if (saved != null) {
            editBanner(saved);
            reloadBanners();
        }
    }

    public void deleteBanner(BannerView banner) {
        if (feedback.done(() -> service.deleteBanner(banner.id()), "banners.deleted")) {
            if (banner.id() == (bannerId == null ? -1 : bannerId)) {
                startBanner();
            }
            reloadBanners();
        }
    }

    public boolean runsToday(ContractView contract) {
        return contract.runsOn(BusinessCalendar.dayOf(clock.instant()));
    }

    private void reload() {
        List<ContractView> found = feedback.attempt(service::contracts, null);
        rows = found == null ? List.of() : found;
    }

    private void reloadBanners() {
        long id = editing.id();
        List<BannerView> found = feedback.attempt(() -> service.banners(id), null);
        banners = found == null ? List.of() : found;
    }

    private void fill(ContractView c) {
        editing = c;
        advertiserId = c == null ? null : c.advertiserId();
        number = c == null ? null : c.number();
        placement = c == null ? null : c.placement();
        startsOn = c == null ? null : c.startsOn();
        endsOn = c == null ? null : c.endsOn();
        fee = c == null ? null : c.fee();
        paidOn = c == null ? null : c.paidOn();
        startBanner();
        if (c == null) {
            banners = List.of();
        } else {
            reloadBanners();
        }
    }

    public long getDocumentLimit() { return MediaService.limits().documentBytes(); }
    public long getImageLimit() { return MediaService.limits().imageBytes(); }
    public Placement[] getPlacements() { return Placement.values(); }
    public List<ContractView> getRows() { return rows; }
    public List<AdvertiserView> getAdvertisers() { return advertisers; }
    public ContractView getEditing() { return editing; }
    public List<BannerView> getBanners() { return banners; }
    public Long getAdvertiserId() { return advertiserId; }
    public void setAdvertiserId(Long advertiserId) { this.advertiserId = advertiserId; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getPlacement() { return placement; }
    public void setPlacement(String placement) { this.placement = placement; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Long getFee() { return fee; }
    public void setFee(Long fee) { this.fee = fee; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public Long getBannerId() { return bannerId; }
    public String getBannerTitle() { return bannerTitle; }
    public void setBannerTitle(String bannerTitle) { this.bannerTitle = bannerTitle; }
    public String getBannerUrl() { return bannerUrl; }
    public void setBannerUrl(String bannerUrl) { this.bannerUrl = bannerUrl; }
}
