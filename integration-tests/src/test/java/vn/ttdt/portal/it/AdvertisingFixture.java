package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import vn.ttdt.portal.organisation.domain.Role;

/** Advertisers, contracts and banners made through the back-office API as the approver, with unique numbers. */
final class AdvertisingFixture {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private AdvertisingFixture() {
    }

    /** A fresh, valid enterprise tax code: nine random digits and their check digit. */
    static String taxCode() {
        while (true) {
            StringBuilder code = new StringBuilder("0");
            for (int i = 1; i < 9; i++) {
                code.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += WEIGHTS[i] * (code.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return code.append(check).toString();
            }
        }
    }

    static HttpResponse<String> addAdvertiser(String name, String taxCode) {
        return approver().json("POST", "/admin/api/v1/advertising/advertisers",
                "{\"name\":\"%s\",\"taxCode\":\"%s\",\"contactName\":\"Chị Lan\",\"phone\":\"0251 3123456\",\"email\":\"lan@example.vn\"}"
                        .formatted(name.replace("\"", "\\\""), taxCode));
    }

    static String advertiser(String name) {
        HttpResponse<String> created = addAdvertiser(name, taxCode());
        assertEquals(201, created.statusCode(), created.body());
        return Json.field(created.body(), "id");
    }

    static String contract(String advertiserId, String number, String placement, LocalDate from, LocalDate to, long fee, LocalDate paidOn) {
        HttpResponse<String> created = approver().json("POST", "/admin/api/v1/advertising/contracts",
                "{\"advertiserId\":%s,\"number\":\"%s\",\"placement\":\"%s\",\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"fee\":%d%s}"
                        .formatted(advertiserId, number, placement, from, to, fee, paidOn == null ? "" : ",\"paidOn\":\"" + paidOn + "\""));
        assertEquals(201, created.statusCode(), created.body());
        return Json.field(created.body(), "id");
    }

    static HttpResponse<String> addBanner(String contractId, String title, String url) {
        return approver().json("POST", "/admin/api/v1/advertising/contracts/" + contractId + "/banners",
                "{\"title\":\"%s\",\"targetUrl\":\"%s\"}".formatted(title.replace("\"", "\\\""), url));
    }

    static String banner(String contractId, String title, String url) {
        HttpResponse<String> created = addBanner(contractId, title, url);
        assertEquals(201, created.statusCode(), created.body());
        return Json.field(created.body(), "id");
    }

    static void deleteContract(String contractId) {
        assertEquals(204, approver().json("DELETE", "/admin/api/v1/advertising/contracts/" + contractId, null).statusCode());
    }

    static Portal approver() {
        return Portal.as(Role.APPROVER);
    }
}
