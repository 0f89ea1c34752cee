package vn.ttdt.portal.site.advertising.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.application.PublishedContentChanged;
import vn.ttdt.portal.shared.application.RequestOrigin;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.NotFoundException;
import vn.ttdt.portal.shared.domain.StaleDataException;
import vn.ttdt.portal.site.advertising.domain.AdContract;
import vn.ttdt.portal.site.advertising.domain.AdContractRepository;
import vn.ttdt.portal.site.advertising.domain.Advertiser;
import vn.ttdt.portal.site.advertising.domain.AdvertiserDetails;
import vn.ttdt.portal.site.advertising.domain.AdvertiserRepository;
import vn.ttdt.portal.site.advertising.domain.Banner;
import vn.ttdt.portal.site.advertising.domain.BannerRepository;
import vn.ttdt.portal.site.advertising.domain.ContractTerms;
import vn.ttdt.portal.site.advertising.domain.TaxCode;

/**
 * The board's bookkeeping of business advertising: advertisers, their contracts (with the signed file, a document
 * through the upload checks) and the contracts' banners (pictures through the same checks, http(s) addresses only).
 * Every change is audited; a change to what the public site may show refreshes its pages.
 */
@Stateless
@RolesAllowed(Role.APPROVER_NAME)
public class AdvertisingService {

    private static final Logger LOG = Logger.getLogger(AdvertisingService.class.getName());

    @Inject
    private AdvertiserRepository advertisers;

    @Inject
    private AdContractRepository contracts;

    @Inject
    private BannerRepository banners;

    @Inject
    private MediaService mediaService;

    @Inject
    private MediaRepository media;

    @Inject
    private MediaFiles files;

    @Inject
    private SiteDirectory sites;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Event<PublishedContentChanged> published;

    @Resource
    private SessionContext caller;

    public List<AdvertiserView> advertisers() {
        return advertisers.all(sites.current()).stream().map(AdvertiserView::of).toList();
    }

    /** Adds an advertiser ({@code id} null) or changes one at {@code version}. */
    public AdvertiserView saveAdvertiser(Long id, Long version, @NotNull AdvertiserDetails details) {
        Site site = sites.current();
        Advertiser advertiser;
        if (id == null) {
            advertiser = new Advertiser(site, details);
            taxCodeFree(site, advertiser.getTaxCode(), null);
            advertisers.add(advertiser);
            record(AuditAction.ADVERTISER_CREATED, "advertiser", advertiser.getId(), advertiser.getName());
        } else {
            advertiser = advertiser(id);
            StaleDataException.check("advertiser", id, version, advertiser.getVersion());
            taxCodeFree(site, TaxCode.normalised(details.taxCode()), advertiser);
            advertiser.describe(details);
            record(AuditAction.ADVERTISER_UPDATED, "advertiser", id, advertiser.getName());
        }
        return AdvertiserView.of(advertiser);
    }

    /** Removes an advertiser that has no contract; one with contracts is kept for the revenue records. */
    public void deleteAdvertiser(long id) {
        Advertiser advertiser = advertiser(id);
        if (advertisers.hasContracts(advertiser)) {
            throw new BusinessRuleException("advertiser.hasContracts", "advertiser " + id + " has contracts");
        }
        advertisers.remove(advertiser);
        record(AuditAction.ADVERTISER_DELETED, "advertiser", id, advertiser.getName());
    }

    public List<ContractView> contracts() {
        return contracts.all(sites.current()).stream().map(ContractView::of).toList();
    }

    public ContractView contract(long id) {
        return ContractView.of(contract(id, null));
    }

    /** Adds a contract ({@code id} null) or changes one at {@code version}; its banners show on its new dates. */
    public ContractView saveContract(Long id, Long version, long advertiserId, @NotNull ContractTerms terms) {
        Site site = sites.current();
        Advertiser advertiser = advertiser(advertiserId);
        AdContract contract;
        if (id == null) {
            contract = new AdContract(site, advertiser, terms);
            numberFree(site, contract.getNumber(), null);
            contracts.add(contract);
            record(AuditAction.AD_CONTRACT_CREATED, "ad-contract", contract.getId(), describe(contract));
        } else {
            contract = contract(id, version);
            numberFree(site, terms.number() == null ? null : terms.number().strip(), contract);
            contract.changeAdvertiser(advertiser);
            contract.agree(terms);
            record(AuditAction.AD_CONTRACT_UPDATED, "ad-contract", id, describe(contract));
        }
        published.fire(new PublishedContentChanged("advertising contract " + contract.getNumber()));
        return ContractView.of(contract);
    }

    /** The signed contract's file; a contract without one answers as an unknown file. */
    public ContractFile contractFile(long id) {
        Media file = contract(id, null).getFile();
        Path path = file == null ? null : files.original(file.getKey(), file.getFormat()).orElse(null);
        if (path == null) {
            throw new NotFoundException("file of ad-contract", id);
        }
        return new ContractFile(path, file.getOriginalName(), file.getFormat().contentType());
    }

    /** Attaches the signed contract: a PDF, Word or Excel document, checked by its bytes like every upload. */
    public ContractView attachContractFile(long id, String fileName, @NotNull byte[] bytes) {
        AdContract contract = contract(id, null);
        if (MediaFormat.byExtension(fileName).filter(f -> !f.isImage()).isEmpty()) {
            throw new BusinessRuleException("adContract.file.notDocument", "contract file is not a document: " + fileName);
        }
        Media file = media.byId(contract.getSite(), mediaService.upload(fileName, bytes).id()).orElseThrow();
        contract.attach(file);
        record(AuditAction.AD_CONTRACT_UPDATED, "ad-contract", id, describe(contract) + " + " + file.getOriginalName());
        return ContractView.of(contract);
    }

    /** Removes a contract and its banners, which leave the public site. */
    public void deleteContract(long id) {
        AdContract contract = contract(id, null);
        banners.of(contract).forEach(banners::remove);
        contracts.remove(contract);
        record(AuditAction.AD_CONTRACT_DELETED, "ad-contract", id, describe(contract));
        published.fire(new PublishedContentChanged("advertising contract " + contract.getNumber() + " deleted"));
    }

    public List<BannerView> banners(long contractId) {
        return banners.of(contract(contractId, null)).stream().map(BannerView::of).toList();
    }

    public BannerView addBanner(long contractId, String title, String targetUrl) {
        AdContract contract = contract(contractId, null);
        Banner banner = banners.add(new Banner(contract.getSite(), contract, title, targetUrl));
        return bannerChanged(AuditAction.BANNER_CREATED, banner);
    }

    public BannerView updateBanner(long id, Long version, String title, String targetUrl) {
        Banner banner = banner(id);
        StaleDataException.check("banner", id, version, banner.getVersion());
        banner.describe(title, targetUrl);
        return bannerChanged(AuditAction.BANNER_UPDATED, banner);
    }

    /** Gives the banner a picture: an image by its name and, like every upload, by its bytes (a disguised file is refused). */
    public BannerView bannerImage(long id, String fileName, @NotNull byte[] bytes) {
        Banner banner = banner(id);
        if (MediaFormat.byExtension(fileName).filter(MediaFormat::isImage).isEmpty()) {
            throw new BusinessRuleException("banner.image.notImage", "banner picture is not an image: " + fileName);
        }
        banner.show(media.byId(banner.getSite(), mediaService.upload(fileName, bytes).id()).orElseThrow());
        return bannerChanged(AuditAction.BANNER_UPDATED, banner);
    }

    public void deleteBanner(long id) {
        Banner banner = banner(id);
        banners.remove(banner);
        record(AuditAction.BANNER_DELETED, "banner", id, banner.getTitle());
        published.fire(new PublishedContentChanged("banner " + id + " deleted"));
    }

    private BannerView bannerChanged(AuditAction action, Banner banner) {
        record(action, "banner", banner.getId(), banner.getTitle() + " → " + banner.getTargetUrl());
        published.fire(new PublishedContentChanged("banner " + banner.getId()));
        return BannerView.of(banner);
    }

    private void taxCodeFree(Site site, String taxCode, Advertiser self) {
        if (taxCode != null) {
            advertisers.byTaxCode(site, taxCode).filter(other -> other != self).ifPresent(other -> {
                throw new BusinessRuleException("advertiser.taxCode.duplicate", "tax code taken: " + taxCode, taxCode);
            });
        }
    }

    private void numberFree(Site site, String number, AdContract self) {
        if (number != null) {
            contracts.byNumber(site, number).filter(other -> other != self).ifPresent(other -> {
                throw new BusinessRuleException("adContract.number.duplicate", "contract number taken: " + number, number);
            });
        }
    }

    private Advertiser advertiser(long id) {
        return advertisers.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("advertiser", id));
    }

    private AdContract contract(long id, Long version) {
        AdContract contract = contracts.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("ad-contract", id));
        StaleDataException.check("ad-contract", id, version, contract.getVersion());
        return contract;
    }

    private Banner banner(long id) {
        return banners.byId(sites.current(), id).orElseThrow(() -> new NotFoundException("banner", id));
    }

    private static String describe(AdContract contract) {
        return contract.getNumber() + " " + contract.getAdvertiser().getName() + " " + contract.getPlacement() + " "
                + contract.getStartsOn() + "–" + contract.getEndsOn() + " " + contract.getFee();
    }

    private void record(AuditAction action, String type, Object id, String details) {
        String login = caller.getCallerPrincipal().getName();
        audit.record(login, action, type, id, details, origin.remoteAddress());
        LOG.info(() -> type + " " + id + " " + action + " by " + login);
    }
}
