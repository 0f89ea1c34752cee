package vn.ttdt.portal.admin.api.advertising;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.ttdt.portal.admin.api.RawUpload;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.VietnameseText;
import vn.ttdt.portal.site.advertising.application.AdvertiserView;
import vn.ttdt.portal.site.advertising.application.AdvertisingService;
import vn.ttdt.portal.site.advertising.application.BannerView;
import vn.ttdt.portal.site.advertising.application.ContractFile;
import vn.ttdt.portal.site.advertising.application.ContractView;
import vn.ttdt.portal.site.advertising.domain.AdvertiserDetails;
import vn.ttdt.portal.site.advertising.domain.ContractTerms;
import vn.ttdt.portal.site.advertising.domain.Placement;

/**
 * Business advertising for the board's approvers: advertisers, contracts and their signed files, a contract's banners
 * and a banner's picture (the raw file as the body, its name in {@code X-File-Name}, checked like every upload).
 */
@Path("/advertising")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("approver")
public class AdvertisingResource {

    /** A contract's terms as the API takes them; the placement by name. */
    public record ContractInput(Long advertiserId, String number, String placement, LocalDate startsOn, LocalDate endsOn,
                                Long fee, LocalDate paidOn) {
    }

    /** A banner's title and address. */
    public record BannerInput(String title, String targetUrl) {
    }

    @Inject
    private AdvertisingService service;

    @GET
    @Path("/advertisers")
    public List<AdvertiserView> advertisers() {
        return service.advertisers();
    }

    @POST
    @Path("/advertisers")
    public Response addAdvertiser(AdvertiserDetails details) {
        AdvertiserDetails given = details == null ? new AdvertiserDetails(null, null, null, null, null, null) : details;
        AdvertiserView created = service.saveAdvertiser(null, null, given);
        return Response.created(URI.create("advertising/advertisers/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/contracts")
    public List<ContractView> contracts() {
        return service.contracts();
    }

    @POST
    @Path("/contracts")
    public Response addContract(ContractInput input) {
        if (input == null || input.advertiserId() == null) {
            throw new BusinessRuleException("adContract.advertiser.required", "contract without advertiser");
        }
        Placement placement = input.placement() == null ? null
                : Arrays.stream(Placement.values()).filter(p -> p.name().equals(input.placement())).findFirst().orElse(null);
        ContractView created = service.saveContract(null, null, input.advertiserId(), new ContractTerms(input.number(), placement,
                input.startsOn(), input.endsOn(), input.fee(), input.paidOn()));
        return Response.created(URI.create("advertising/contracts/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/contracts/{id}")
    public Response deleteContract(@PathParam("id") long id) {
        service.deleteContract(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/contracts/{id}/banners")
    public List<BannerView> banners(@PathParam("id") long id) {
        return service.banners(id);
    }

    @POST
    @Path("/contracts/{id}/banners")
    public Response addBanner(@PathParam("id") long id, BannerInput input) {
        BannerView created = service.addBanner(id, input == null ? null : input.title(), input == null ? null : input.targetUrl());
        return Response.created(URI.create("advertising/banners/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/banners/{id}/image")
    @Consumes(MediaType.WILDCARD)
    public Response bannerImage(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream body)
            throws IOException {
        RawUpload image = RawUpload.read(fileName, body, MediaService.limits().imageBytes(), "media.tooLarge.image");
        return Response.ok(service.bannerImage(id, image.name(), image.bytes())).build();
    }

    /** Attaches the signed contract (PDF, Word, Excel), the raw file as the body and its name in {@code X-File-Name}. */
    @POST
    @Path("/contracts/{id}/file")
    @Consumes(MediaType.WILDCARD)
    public Response attachContractFile(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream body)
            throws IOException {
        RawUpload file = RawUpload.read(fileName, body, MediaService.limits().documentBytes(), "media.tooLarge.document");
        return Response.ok(service.attachContractFile(id, file.name(), file.bytes())).build();
    }

    /** The signed contract's file, downloaded under its own name; 404 when the contract has none. */
    @GET
    @Path("/contracts/{id}/file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response contractFile(@PathParam("id") long id) {
        ContractFile file = service.contractFile(id);
        String ascii = VietnameseText.withoutMarks(file.name()).replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(file.path().toFile(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }
}
