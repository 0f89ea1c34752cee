package vn.ttdt.portal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.legaldocs.domain.DocumentDescription;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalTerm;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.PostingRequest;
import vn.ttdt.portal.legaldocs.domain.PostingRequestRepository;
import vn.ttdt.portal.legaldocs.domain.RequestedDocument;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * Legal documents of the 2023 plan's legal basis and of the district's daily work (numbers, dates and summaries in
 * the style of real ones; signers are sample names), a replaced decree, amendments, a document not yet in force,
 * and posting requests of units: posted, declined and open.
 */
final class DemoLegalDocuments {

    record Seed(String type, String level, String field, String number, String issuer, String signer, String issued,
                String effective, String expires, String summary) {
    }

    static final List<Seed> DOCUMENTS = List.of(
            new Seed("luat", "trung-uong", "bao-chi-thong-tin", "103/2016/QH13", "Quốc hội", "Nguyễn Thị Kim Ngân",
                    "2016-04-05", "2017-01-01", null, "Luật Báo chí"),
            new Seed("luat", "trung-uong", "bao-chi-thong-tin", "104/2016/QH13", "Quốc hội", "Nguyễn Thị Kim Ngân",
                    "2016-04-06", "2018-07-01", null, "Luật Tiếp cận thông tin"),
            new Seed("nghi-dinh", "trung-uong", "bao-chi-thong-tin", "43/2011/NĐ-CP", "Chính phủ", "Nguyễn Tấn Dũng",
                    "2011-06-13", "2011-08-01", null, "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước"),
            new Seed("nghi-dinh", "trung-uong", "bao-chi-thong-tin", "42/2022/NĐ-CP", "Chính phủ", "Lê Minh Khái",
                    "2022-06-24", "2022-08-15", null, "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng"),
            new Seed("nghi-dinh", "trung-uong", "bao-chi-thong-tin", "18/2014/NĐ-CP", "Chính phủ", "Nguyễn Tấn Dũng",
                    "2014-03-14", "2014-05-01", null, "Quy định về chế độ nhuận bút trong lĩnh vực báo chí, xuất bản"),
            new Seed("nghi-dinh", "trung-uong", "bao-chi-thong-tin", "72/2013/NĐ-CP", "Chính phủ", "Nguyễn Tấn Dũng",
                    "2013-07-15", "2013-09-01", null, "Quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng"),
            new Seed("nghi-dinh", "trung-uong", "cai-cach-hanh-chinh", "61/2018/NĐ-CP", "Chính phủ", "Nguyễn Xuân Phúc",
                    "2018-04-23", "2018-06-21", null, "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"),
            new Seed("nghi-dinh", "trung-uong", "cai-cach-hanh-chinh", "107/2021/NĐ-CP", "Chính phủ", "Phạm Minh Chính",
                    "2021-12-06", "2022-01-20", null, "Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"),
            new Seed("nghi-dinh", "trung-uong", "tai-chinh", "38/2019/NĐ-CP", "Chính phủ", "Nguyễn Xuân Phúc",
                    "2019-05-09", "2019-07-01", null, "Quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang"),
            new Seed("nghi-dinh", "trung-uong", "tai-chinh", "24/2023/NĐ-CP", "Chính phủ", "Trần Hồng Hà",
                    "2023-05-14", "2023-07-01", null, "Quy định mức lương cơ sở đối với cán bộ, công chức, viên chức và lực lượng vũ trang"),
            new Seed("thong-tu", "trung-uong", "bao-chi-thong-tin", "09/2014/TT-BTTTT", "Bộ Thông tin và Truyền thông", "Nguyễn Bắc Son",
                    "2014-08-19", "2014-10-05", null, "Quy định chi tiết về hoạt động quản lý, cung cấp, sử dụng thông tin trên trang thông tin điện tử và mạng xã hội"),
            new Seed("thong-tu", "trung-uong", "bao-chi-thong-tin", "38/2016/TT-BTTTT", "Bộ Thông tin và Truyền thông", "Trương Minh Tuấn",
                    "2016-12-26", "2017-02-15", null, "Quy định chi tiết về việc cung cấp thông tin công cộng qua biên giới"),
            new Seed("quyet-dinh", "trung-uong", "chuyen-doi-so", "06/QĐ-TTg", "Thủ tướng Chính phủ", "Phạm Minh Chính",
                    "2022-01-06", "2022-01-06", null, "Phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030"),
            new Seed("nghi-quyet", "trung-uong", "tai-chinh", "01/NQ-CP", "Chính phủ", "Phạm Minh Chính",
                    "2023-01-06", "2023-01-06", null, "Về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà nước và cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2023"),
            new Seed("quyet-dinh", "tinh", "bao-chi-thong-tin", "29/2015/QĐ-UBND", "UBND tỉnh Đồng Nai", "Trần Văn Vĩnh",
                    "2015-08-24", "2015-09-03", null, "Ban hành Quy định mức chi trả nhuận bút, thù lao đối với cổng thông tin điện tử, trang thông tin điện tử của cơ quan nhà nước trên địa bàn tỉnh Đồng Nai"),
            new Seed("quyet-dinh", "tinh", "bao-chi-thong-tin", "46/2018/QĐ-UBND", "UBND tỉnh Đồng Nai", "Trần Văn Vĩnh",
                    "2018-11-02", "2018-11-15", null, "Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 29/2015/QĐ-UBND về mức chi trả nhuận bút, thù lao"),
            new Seed("chi-thi", "tinh", "chuyen-doi-so", "02/CT-UBND", "UBND tỉnh Đồng Nai", "Cao Tiến Dũng",
                    "2022-02-18", "2022-02-18", null, "Về đẩy mạnh chuyển đổi số trong cơ quan nhà nước trên địa bàn tỉnh Đồng Nai"),
            new Seed("ke-hoach", "tinh", "cai-cach-hanh-chinh", "25/KH-UBND", "UBND tỉnh Đồng Nai", "Võ Văn Phi",
                    "2023-01-31", "2023-01-31", "2024-01-01", "Kế hoạch cải cách hành chính tỉnh Đồng Nai năm 2023"),
            new Seed("quyet-dinh", "huyen", "to-chuc-bo-may", "120/QĐ-UBND", "UBND huyện Cẩm Mỹ", "Nguyễn Văn Trí",
                    "2023-01-10", "2023-01-10", null, "Kiện toàn Ban biên tập Trang thông tin điện tử huyện Cẩm Mỹ"),
            new Seed("ke-hoach", "huyen", "bao-chi-thong-tin", "15/KH-UBND", "UBND huyện Cẩm Mỹ", "Nguyễn Văn Trí",
                    "2023-01-16", "2023-01-16", "2024-01-01", "Kế hoạch hoạt động của Trang thông tin điện tử huyện Cẩm Mỹ năm 2023"),
            new Seed("cong-van", "huyen", "bao-chi-thong-tin", "345/UBND-VX", "UBND huyện Cẩm Mỹ", "Nguyễn Văn Trí",
                    "2023-03-02", "2023-03-02", null, "Về việc đôn đốc cung cấp tin, bài cho Trang thông tin điện tử huyện"),
            new Seed("thong-bao", "huyen", "cai-cach-hanh-chinh", "12/TB-UBND", "UBND huyện Cẩm Mỹ", "Lê Thị Hồng",
                    "2023-03-28", "2023-03-28", null, "Lịch tiếp công dân của Chủ tịch UBND huyện tháng 4 năm 2023"),
            new Seed("ke-hoach", "huyen", "chuyen-doi-so", "88/KH-UBND", "UBND huyện Cẩm Mỹ", "Nguyễn Văn Trí",
                    "2023-04-12", "2023-04-12", null, "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số tỉnh Đồng Nai năm 2023"),
            new Seed("quyet-dinh", "huyen", "dat-dai", "2150/QĐ-UBND", "UBND huyện Cẩm Mỹ", "Lê Thị Hồng",
                    "2023-06-20", "2023-07-01", null, "Phê duyệt kế hoạch sử dụng đất năm 2023 huyện Cẩm Mỹ"),
            new Seed("ke-hoach", "xa", "chuyen-doi-so", "20/KH-UBND", "UBND xã Xuân Đường", "Trần Văn Hải",
                    "2023-02-06", "2023-02-06", "2024-01-01", "Kế hoạch chuyển đổi số xã Xuân Đường năm 2023"),
            new Seed("thong-bao", "xa", "van-hoa-the-thao", "05/TB-UBND", "UBND xã Sông Ray", "Phạm Văn Lâm",
                    "2023-04-03", "2023-04-03", null, "Tổ chức Giải bóng chuyền mừng Xuân các ấp xã Sông Ray"),
            new Seed("quyet-dinh", "huyen", "cai-cach-hanh-chinh", "3500/QĐ-UBND", "UBND huyện Cẩm Mỹ", "Nguyễn Văn Trí",
                    "2026-11-20", "2027-01-01", null, "Ban hành Quy chế tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa huyện Cẩm Mỹ áp dụng từ năm 2027"));

    /** Number of the replaced document → number of its replacement; number of an amended one → its amendment. */
    private static final Map<String, String> REPLACED_BY = Map.of("43/2011/NĐ-CP", "42/2022/NĐ-CP", "38/2019/NĐ-CP", "24/2023/NĐ-CP");
    private static final Map<String, String> AMENDED_BY = Map.of("29/2015/QĐ-UBND", "46/2018/QĐ-UBND",
            "61/2018/NĐ-CP", "107/2021/NĐ-CP");
    private static final Map<String, String> RELATED = Map.of("29/2015/QĐ-UBND", "18/2014/NĐ-CP",
            "15/KH-UBND", "42/2022/NĐ-CP", "120/QĐ-UBND", "15/KH-UBND");

    private DemoLegalDocuments() {
    }

    static void load(Site site, Map<String, Unit> unitsByShortName, LegalTermRepository terms, LegalDocumentRepository documents,
                     PostingRequestRepository requests, Instant now) {
        LocalDate today = BusinessCalendar.dayOf(now);
        Map<String, LegalDocument> byNumber = new HashMap<>();
        for (Seed seed : DOCUMENTS) {
            LegalTerm type = terms.byCode(site, TermKind.TYPE, seed.type()).orElseThrow();
            LocalDate issued = LocalDate.parse(seed.issued());
            Instant entered = BusinessCalendar.startOf(issued).plusSeconds(9 * 3600);
            LegalDocument document = new LegalDocument(site, documents.freeSlug(site, type.getName(), seed.number()),
                    "pheduyet.demo", entered);
            document.describe(new DocumentDescription(type, terms.byCode(site, TermKind.FIELD, seed.field()).orElseThrow(),
                    terms.byCode(site, TermKind.LEVEL, seed.level()).orElseThrow(), seed.number(), seed.issuer(), seed.signer(),
                    issued, LocalDate.parse(seed.effective()), seed.expires() == null ? null : LocalDate.parse(seed.expires()),
                    seed.summary()), today, entered);
            byNumber.put(seed.number(), documents.add(document));
        }
        REPLACED_BY.forEach((old, replacement) -> byNumber.get(old).replaceBy(byNumber.get(replacement), today, now));
        AMENDED_BY.forEach((amended, by) -> byNumber.get(amended).amendedBy(List.of(byNumber.get(by)), now));
        RELATED.forEach((doc, related) -> byNumber.get(doc).relateTo(List.of(byNumber.get(related)), now));
        loadRequests(unitsByShortName, requests, byNumber);
    }

    private static void loadRequests(Map<String, Unit> units, PostingRequestRepository requests, Map<String, LegalDocument> byNumber) {
        PostingRequest posted = requests.add(new PostingRequest(units.get("Xã Xuân Đường"), "daumoi.demo",
                at("2023-02-07", 8), new RequestedDocument("20/KH-UBND", "Kế hoạch", "UBND xã Xuân Đường",
                LocalDate.of(2023, 2, 6), "Kế hoạch chuyển đổi số xã Xuân Đường năm 2023"), null, null));
        posted.post(byNumber.get("20/KH-UBND"), "pheduyet.demo", at("2023-02-08", 10));
        PostingRequest fromOffice = requests.add(new PostingRequest(units.get("VP"), "vanthu.vp",
                at("2023-01-17", 9), new RequestedDocument("15/KH-UBND", "Kế hoạch", "UBND huyện Cẩm Mỹ",
                LocalDate.of(2023, 1, 16), "Kế hoạch hoạt động của Trang thông tin điện tử huyện Cẩm Mỹ năm 2023"), null, null));
        fromOffice.post(byNumber.get("15/KH-UBND"), "pheduyet.demo", at("2023-01-18", 14));
        PostingRequest declined = requests.add(new PostingRequest(units.get("Xã Sông Ray"), "vanthu.songray",
                at("2023-04-04", 8), new RequestedDocument("06/GM-UBND", "Giấy mời", "UBND xã Sông Ray",
                LocalDate.of(2023, 4, 3), "Giấy mời họp giao ban tháng 4"), null, null));
        declined.decline("Giấy mời họp nội bộ không thuộc loại văn bản đăng trên Trang thông tin điện tử.", "pheduyet.demo",
                at("2023-04-05", 9));
        requests.add(new PostingRequest(units.get("Xã Xuân Đường"), "daumoi.demo", at("2023-06-26", 15),
                new RequestedDocument("35/QĐ-UBND", "Quyết định", "UBND xã Xuân Đường", LocalDate.of(2023, 6, 23),
                        "Công bố danh mục thủ tục hành chính tiếp nhận trực tuyến tại xã Xuân Đường"), null,
                "Đề nghị đăng trong tháng 6 để người dân kịp tra cứu."));
        requests.add(new PostingRequest(units.get("PTP"), "vanthu.ptp", at("2023-06-28", 10),
                new RequestedDocument("18/KH-PTP", "Kế hoạch", "Phòng Tư pháp huyện Cẩm Mỹ", LocalDate.of(2023, 6, 27),
                        "Tuyên truyền, phổ biến giáo dục pháp luật 6 tháng cuối năm 2023"), null, null));
    }

    private static Instant at(String day, int hour) {
        return LocalDate.parse(day).atTime(LocalTime.of(hour, 0)).atZone(BusinessCalendar.ZONE).toInstant();
    }
}
