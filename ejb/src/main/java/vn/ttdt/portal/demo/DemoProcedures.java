package vn.ttdt.portal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.procedures.domain.OnlineLevel;
import vn.ttdt.portal.procedures.domain.ProcedureDescription;
import vn.ttdt.portal.procedures.domain.ProcedureDescription.Basis;
import vn.ttdt.portal.procedures.domain.ProcedureDescription.Dossier;
import vn.ttdt.portal.procedures.domain.SubmissionChannel;

/** Thirty district- and commune-level procedures as the Cẩm Mỹ portal would publish them (demo data). */
final class DemoProcedures {

    static final String COMMUNE = "Cấp xã";
    static final String DISTRICT = "Cấp huyện";
    static final String ONLINE_PORTAL = "https://dichvucong.dongnai.gov.vn/dvc/t/thu-tuc?ma=";

    private static final Basis CIVIL_STATUS_LAW = new Basis("60/2014/QH13", "Luật Hộ tịch");
    private static final Basis CIVIL_STATUS_DECREE = new Basis("123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch");
    private static final Basis CIVIL_STATUS_CIRCULAR = new Basis("04/2020/TT-BTP", "Thông tư quy định chi tiết thi hành Luật Hộ tịch và Nghị định 123/2015/NĐ-CP");
    private static final Basis CERTIFICATION_DECREE = new Basis("23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch");
    private static final Basis LAND_LAW = new Basis("31/2024/QH15", "Luật Đất đai");
    private static final Basis LAND_DECREE = new Basis("101/2024/NĐ-CP", "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất");
    private static final Basis ENTERPRISE_DECREE = new Basis("01/2021/NĐ-CP", "Nghị định về đăng ký doanh nghiệp");
    private static final Basis SOCIAL_DECREE = new Basis("20/2021/NĐ-CP", "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội");
    private static final Basis MERIT_DECREE = new Basis("131/2021/NĐ-CP", "Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng");
    private static final Basis CONSTRUCTION_LAW = new Basis("50/2014/QH13", "Luật Xây dựng");
    private static final Basis CONSTRUCTION_DECREE = new Basis("15/2021/NĐ-CP", "Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng");
    private static final Basis FEES_CIRCULAR = new Basis("85/2019/TT-BTC", "Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh");

    private static final Set<SubmissionChannel> ALL_CHANNELS = EnumSet.allOf(SubmissionChannel.class);
    private static final Set<SubmissionChannel> IN_PERSON_POST = EnumSet.of(SubmissionChannel.IN_PERSON, SubmissionChannel.POST);

    record Seed(String code, String name, String field, String level, String body, String timeLimit, String fees,
                String applicants, String result, List<Dossier> dossier, List<Basis> bases, OnlineLevel online) {

        ProcedureDescription description() {
            Set<SubmissionChannel> channels = online == null ? IN_PERSON_POST : ALL_CHANNELS;
            return new ProcedureDescription(code, name, field, level, body, steps(body), channels, dossier, timeLimit, fees,
                    applicants, result, bases, online == null ? null : ONLINE_PORTAL + code, online);
        }

        private static String steps(String body) {
            return "Bước 1: Người yêu cầu chuẩn bị hồ sơ theo quy định và nộp tại Bộ phận tiếp nhận và trả kết quả (Bộ phận một cửa) của "
                    + body + ", qua dịch vụ bưu chính hoặc trực tuyến (nếu thủ tục có cung cấp dịch vụ công trực tuyến).\n"
                    + "Bước 2: Công chức tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì viết giấy tiếp nhận và hẹn trả kết quả, "
                    + "chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.\n"
                    + "Bước 3: " + body + " xem xét, giải quyết trong thời hạn quy định; trường hợp từ chối phải trả lời bằng văn bản và nêu rõ lý do.\n"
                    + "Bước 4: Người yêu cầu nhận kết quả tại Bộ phận một cửa, qua dịch vụ bưu chính hoặc trên Cổng dịch vụ công.";
        }
    }

    private static List<Dossier> papers(String... namesAndCopies) {
        return java.util.stream.IntStream.range(0, namesAndCopies.length / 2)
                .mapToObj(i -> new Dossier(namesAndCopies[2 * i], Integer.parseInt(namesAndCopies[2 * i + 1]))).toList();
    }

    private static final String UBND_XA = "UBND xã, thị trấn";
    private static final String TU_PHAP = "Phòng Tư pháp huyện";
    private static final String TCKH = "Phòng Tài chính - Kế hoạch huyện";
    private static final String DAT_DAI = "Chi nhánh Văn phòng Đăng ký đất đai huyện Cẩm Mỹ";
    private static final String LDTBXH = "Phòng Lao động - Thương binh và Xã hội huyện";
    private static final String KTHT = "Phòng Kinh tế - Hạ tầng huyện";
    private static final String VHTT = "Phòng Văn hóa và Thông tin huyện";
    private static final String GDDT = "Phòng Giáo dục và Đào tạo huyện";
    private static final String CITIZEN = "Công dân Việt Nam";
    private static final String ID = "Giấy tờ tùy thân (căn cước công dân, hộ chiếu) của người yêu cầu";

    static final List<Seed> ALL = List.of(
            new Seed("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", COMMUNE, UBND_XA, "Ngay trong ngày làm việc; nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
                    "Miễn lệ phí", CITIZEN, "Giấy khai sinh (bản chính)", papers("Tờ khai đăng ký khai sinh theo mẫu", "1", "Giấy chứng sinh hoặc văn bản của người làm chứng", "1", ID, "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE, CIVIL_STATUS_CIRCULAR), OnlineLevel.FULL),
            new Seed("1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch", COMMUNE, UBND_XA, "Ngay trong ngày làm việc; cần xác minh thì không quá 05 ngày làm việc",
                    "Miễn lệ phí", CITIZEN, "Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên)", papers("Tờ khai đăng ký kết hôn theo mẫu", "1", ID, "1", "Giấy xác nhận tình trạng hôn nhân (nếu đăng ký tại nơi không cư trú)", "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE, CIVIL_STATUS_CIRCULAR), OnlineLevel.PARTIAL),
            new Seed("1.000656", "Thủ tục đăng ký khai tử", "Hộ tịch", COMMUNE, UBND_XA, "Ngay trong ngày làm việc",
                    "Miễn lệ phí", "Người thân thích của người chết hoặc cơ quan, tổ chức", "Trích lục khai tử (bản chính)", papers("Tờ khai đăng ký khai tử theo mẫu", "1", "Giấy báo tử hoặc giấy tờ thay giấy báo tử", "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE), OnlineLevel.FULL),
            new Seed("1.004746", "Thủ tục đăng ký nhận cha, mẹ, con", "Hộ tịch", COMMUNE, UBND_XA, "03 ngày làm việc",
                    "Miễn lệ phí", CITIZEN, "Trích lục đăng ký nhận cha, mẹ, con", papers("Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", "1", "Chứng cứ chứng minh quan hệ cha, mẹ, con", "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE), OnlineLevel.PARTIAL),
            new Seed("1.004884", "Thủ tục đăng ký lại khai sinh", "Hộ tịch", COMMUNE, UBND_XA, "05 ngày làm việc",
                    "Miễn lệ phí", CITIZEN, "Giấy khai sinh (bản chính)", papers("Tờ khai đăng ký lại khai sinh theo mẫu", "1", "Bản sao giấy khai sinh hoặc giấy tờ có nội dung khai sinh", "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE), null),
            new Seed("1.004859", "Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch", COMMUNE, UBND_XA, "03 ngày làm việc",
                    "15.000 đồng (miễn cho người thuộc gia đình có công, hộ nghèo)", CITIZEN, "Trích lục thay đổi, cải chính hộ tịch", papers("Tờ khai theo mẫu", "1", "Giấy tờ làm căn cứ thay đổi, cải chính", "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE, FEES_CIRCULAR), OnlineLevel.PARTIAL),
            new Seed("1.004873", "Thủ tục cấp giấy xác nhận tình trạng hôn nhân", "Hộ tịch", COMMUNE, UBND_XA, "03 ngày làm việc",
                    "Miễn lệ phí", CITIZEN, "Giấy xác nhận tình trạng hôn nhân", papers("Tờ khai cấp giấy xác nhận tình trạng hôn nhân theo mẫu", "1", ID, "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE), OnlineLevel.FULL),
            new Seed("2.000635", "Thủ tục cấp bản sao trích lục hộ tịch", "Hộ tịch", COMMUNE, UBND_XA, "Ngay trong ngày làm việc",
                    "8.000 đồng/bản sao trích lục", "Cá nhân, cơ quan, tổ chức", "Bản sao trích lục hộ tịch", papers("Tờ khai cấp bản sao trích lục hộ tịch theo mẫu", "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE, FEES_CIRCULAR), OnlineLevel.FULL),
            new Seed("1.001022", "Thủ tục đăng ký giám hộ", "Hộ tịch", COMMUNE, UBND_XA, "03 ngày làm việc",
                    "Miễn lệ phí", CITIZEN, "Trích lục đăng ký giám hộ", papers("Tờ khai đăng ký giám hộ theo mẫu", "1", "Văn bản cử người giám hộ", "1"),
                    List.of(CIVIL_STATUS_LAW, CIVIL_STATUS_DECREE), null),
            new Seed("2.000908", "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", COMMUNE, UBND_XA, "Trong ngày cơ quan tiếp nhận yêu cầu; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo",
                    "2.000 đồng/trang; từ trang thứ ba trở đi 1.000 đồng/trang, tối đa 200.000 đồng/bản", "Cá nhân, tổ chức", "Bản sao được chứng thực từ bản chính", papers("Bản chính giấy tờ, văn bản cần chứng thực", "1", "Bản sao cần chứng thực", "1"),
                    List.of(CERTIFICATION_DECREE), null),
            new Seed("2.000884", "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực", COMMUNE, UBND_XA, "Trong ngày cơ quan tiếp nhận yêu cầu",
                    "10.000 đồng/trường hợp", "Cá nhân", "Giấy tờ, văn bản được chứng thực chữ ký", papers(ID, "1", "Giấy tờ, văn bản cần chứng thực chữ ký", "1"),
                    List.of(CERTIFICATION_DECREE), null),
            new Seed("2.001035", "Thủ tục chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở", "Chứng thực", COMMUNE, UBND_XA, "02 ngày làm việc",
                    "50.000 đồng/hợp đồng, giao dịch", "Cá nhân, tổ chức", "Hợp đồng, giao dịch được chứng thực", papers("Dự thảo hợp đồng, giao dịch", "1", ID, "1", "Bản sao giấy chứng nhận quyền sử dụng đất hoặc giấy tờ về tài sản", "1"),
                    List.of(CERTIFICATION_DECREE), null),
            new Seed("2.000815", "Thủ tục cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", "Chứng thực", DISTRICT, TU_PHAP, "02 ngày làm việc",
                    "2.000 đồng/trang, tối đa 200.000 đồng/bản", "Các bên tham gia hợp đồng, giao dịch", "Bản sao có chứng thực", papers("Phiếu yêu cầu cấp bản sao", "1", ID, "1"),
                    List.of(CERTIFICATION_DECREE), OnlineLevel.PARTIAL),
            new Seed("2.000720", "Thủ tục đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", DISTRICT, TCKH, "03 ngày làm việc",
                    "100.000 đồng (miễn khi đăng ký trực tuyến)", "Cá nhân, thành viên hộ gia đình là công dân Việt Nam", "Giấy chứng nhận đăng ký hộ kinh doanh",
                    papers("Giấy đề nghị đăng ký hộ kinh doanh", "1", "Bản sao giấy tờ pháp lý của cá nhân các thành viên hộ gia đình", "1", "Biên bản họp thành viên hộ gia đình (nếu có)", "1"),
                    List.of(ENTERPRISE_DECREE), OnlineLevel.FULL),
            new Seed("2.000575", "Thủ tục đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", DISTRICT, TCKH, "03 ngày làm việc",
                    "100.000 đồng (miễn khi đăng ký trực tuyến)", "Hộ kinh doanh", "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)", papers("Thông báo thay đổi nội dung đăng ký hộ kinh doanh", "1", "Bản gốc giấy chứng nhận đăng ký hộ kinh doanh", "1"),
                    List.of(ENTERPRISE_DECREE), OnlineLevel.FULL),
            new Seed("2.000544", "Thủ tục tạm ngừng, chấm dứt hoạt động hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", DISTRICT, TCKH, "03 ngày làm việc",
                    "Không", "Hộ kinh doanh", "Giấy xác nhận về việc hộ kinh doanh tạm ngừng hoặc chấm dứt hoạt động", papers("Thông báo tạm ngừng hoặc chấm dứt hoạt động", "1"),
                    List.of(ENTERPRISE_DECREE), OnlineLevel.FULL),
            new Seed("1.012757", "Thủ tục đăng ký đất đai, tài sản gắn liền với đất lần đầu, cấp Giấy chứng nhận quyền sử dụng đất", "Đất đai", DISTRICT, DAT_DAI, "20 ngày làm việc",
                    "Lệ phí cấp giấy chứng nhận và phí thẩm định hồ sơ theo nghị quyết của HĐND tỉnh", "Hộ gia đình, cá nhân, cộng đồng dân cư", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
                    papers("Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu", "1", "Giấy tờ về quyền sử dụng đất (nếu có)", "1", "Chứng từ thực hiện nghĩa vụ tài chính (nếu có)", "1"),
                    List.of(LAND_LAW, LAND_DECREE), OnlineLevel.PARTIAL),
            new Seed("1.012763", "Thủ tục đăng ký biến động khi chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất", "Đất đai", DISTRICT, DAT_DAI, "08 ngày làm việc",
                    "Lệ phí trước bạ và phí thẩm định hồ sơ theo quy định", "Người sử dụng đất", "Giấy chứng nhận đã xác nhận biến động hoặc giấy chứng nhận mới",
                    papers("Đơn đăng ký biến động theo mẫu", "1", "Hợp đồng, văn bản chuyển quyền đã công chứng, chứng thực", "1", "Bản gốc giấy chứng nhận đã cấp", "1"),
                    List.of(LAND_LAW, LAND_DECREE), OnlineLevel.PARTIAL),
            new Seed("1.012771", "Thủ tục cấp đổi, cấp lại Giấy chứng nhận quyền sử dụng đất bị mất, hư hỏng", "Đất đai", DISTRICT, DAT_DAI, "07 ngày làm việc (cấp đổi); 10 ngày làm việc (cấp lại do mất)",
                    "Lệ phí cấp giấy theo nghị quyết của HĐND tỉnh", "Người sử dụng đất", "Giấy chứng nhận quyền sử dụng đất", papers("Đơn đề nghị cấp đổi, cấp lại theo mẫu", "1", "Bản gốc giấy chứng nhận (khi cấp đổi)", "1"),
                    List.of(LAND_LAW, LAND_DECREE), null),
            new Seed("1.012779", "Thủ tục chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền", "Đất đai", DISTRICT, "Phòng Tài nguyên và Môi trường huyện", "15 ngày làm việc",
                    "Tiền sử dụng đất theo thông báo của cơ quan thuế", "Hộ gia đình, cá nhân", "Quyết định cho phép chuyển mục đích sử dụng đất", papers("Đơn xin chuyển mục đích sử dụng đất theo mẫu", "1", "Bản gốc giấy chứng nhận", "1"),
                    List.of(LAND_LAW, LAND_DECREE), OnlineLevel.PARTIAL),
            new Seed("1.001776", "Thủ tục thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", DISTRICT, LDTBXH, "22 ngày làm việc",
                    "Không", "Đối tượng bảo trợ xã hội", "Quyết định trợ cấp xã hội hằng tháng", papers("Tờ khai đề nghị trợ giúp xã hội theo mẫu", "1", "Bản sao giấy tờ chứng minh đối tượng", "1"),
                    List.of(SOCIAL_DECREE), OnlineLevel.PARTIAL),
            new Seed("1.001758", "Thủ tục hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội", DISTRICT, LDTBXH, "05 ngày làm việc",
                    "Không", "Cơ quan, tổ chức, cá nhân tổ chức mai táng", "Quyết định hỗ trợ chi phí mai táng", papers("Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu", "1", "Bản sao giấy chứng tử", "1"),
                    List.of(SOCIAL_DECREE), null),
            new Seed("1.010815", "Thủ tục giải quyết chế độ trợ cấp một lần đối với người có công hoặc thân nhân", "Người có công", DISTRICT, LDTBXH, "12 ngày làm việc",
                    "Không", "Người có công với cách mạng hoặc thân nhân", "Quyết định trợ cấp một lần", papers("Bản khai theo mẫu", "1", "Bản sao giấy tờ chứng minh là người có công", "1"),
                    List.of(MERIT_DECREE), null),
            new Seed("1.002114", "Thủ tục xác nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", "Bảo trợ xã hội", COMMUNE, UBND_XA, "07 ngày làm việc",
                    "Không", "Hộ gia đình", "Giấy chứng nhận hộ nghèo, hộ cận nghèo", papers("Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo theo mẫu", "1"),
                    List.of(new Basis("07/2021/NĐ-CP", "Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2021–2025")), null),
            new Seed("1.009994", "Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", DISTRICT, KTHT, "15 ngày",
                    "75.000 đồng/giấy phép", "Hộ gia đình, cá nhân", "Giấy phép xây dựng", papers("Đơn đề nghị cấp giấy phép xây dựng theo mẫu", "1", "Bản sao giấy tờ về quyền sử dụng đất", "1", "Bản vẽ thiết kế xây dựng", "2"),
                    List.of(CONSTRUCTION_LAW, CONSTRUCTION_DECREE), OnlineLevel.PARTIAL),
            new Seed("1.009995", "Thủ tục điều chỉnh, gia hạn, cấp lại giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", DISTRICT, KTHT, "05 ngày làm việc",
                    "15.000 đồng/giấy phép (gia hạn, cấp lại)", "Hộ gia đình, cá nhân", "Giấy phép xây dựng được điều chỉnh, gia hạn hoặc cấp lại", papers("Đơn đề nghị theo mẫu", "1", "Bản chính giấy phép xây dựng đã cấp", "1"),
                    List.of(CONSTRUCTION_LAW, CONSTRUCTION_DECREE), null),
            new Seed("1.003635", "Thủ tục đăng ký tổ chức lễ hội cấp huyện", "Văn hóa cơ sở", DISTRICT, VHTT, "20 ngày làm việc",
                    "Không", "Tổ chức, cá nhân tổ chức lễ hội", "Văn bản chấp thuận tổ chức lễ hội", papers("Văn bản đăng ký tổ chức lễ hội", "1", "Kế hoạch tổ chức lễ hội", "1"),
                    List.of(new Basis("110/2018/NĐ-CP", "Nghị định quy định về quản lý và tổ chức lễ hội")), null),
            new Seed("1.000954", "Thủ tục công nhận danh hiệu gia đình văn hóa", "Văn hóa cơ sở", COMMUNE, UBND_XA, "05 ngày làm việc",
                    "Không", "Hộ gia đình", "Giấy khen gia đình văn hóa", papers("Bản đăng ký tham gia xây dựng gia đình văn hóa", "1"),
                    List.of(new Basis("86/2023/NĐ-CP", "Nghị định quy định về khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu Gia đình văn hóa")), null),
            new Seed("1.004442", "Thủ tục chuyển trường đối với học sinh trung học cơ sở", "Giáo dục và Đào tạo", DISTRICT, GDDT, "03 ngày làm việc",
                    "Không", "Học sinh trung học cơ sở và cha mẹ học sinh", "Giấy giới thiệu chuyển trường", papers("Đơn xin chuyển trường của cha mẹ học sinh", "1", "Học bạ (bản chính)", "1"),
                    List.of(new Basis("32/2020/TT-BGDĐT", "Thông tư ban hành Điều lệ trường trung học cơ sở, trung học phổ thông")), OnlineLevel.FULL),
            new Seed("1.001612", "Thủ tục đăng ký hoạt động tín ngưỡng", "Tôn giáo, tín ngưỡng", COMMUNE, UBND_XA, "15 ngày",
                    "Không", "Người đại diện hoặc ban quản lý cơ sở tín ngưỡng", "Văn bản chấp thuận", papers("Văn bản đăng ký hoạt động tín ngưỡng", "1", "Danh mục hoạt động tín ngưỡng trong năm", "1"),
                    List.of(new Basis("02/2016/QH14", "Luật Tín ngưỡng, tôn giáo")), null));

    private DemoProcedures() {
    }
}
