package vn.ttdt.portal.demo;

import java.util.List;

/** The units of Cẩm Mỹ district in the five groups of the 2023 plan's quota appendix. */
final class DemoUnits {

    record GroupSeed(String code, String name, String supervisorTitle, List<UnitSeed> units) {
    }

    record UnitSeed(String name, String shortName) {
    }

    static final List<String> COMMUNES = List.of("Bảo Bình", "Lâm San", "Long Giao", "Nhân Nghĩa", "Sông Nhạn",
            "Sông Ray", "Thừa Đức", "Xuân Bảo", "Xuân Đông", "Xuân Đường", "Xuân Mỹ", "Xuân Quế", "Xuân Tây");

    static final List<GroupSeed> GROUPS = List.of(
            new GroupSeed("DEPARTMENTS", "Các phòng chuyên môn thuộc UBND huyện",
                    "Chánh Văn phòng HĐND và UBND huyện (Phó trưởng Ban biên tập)", List.of(
                    new UnitSeed("Văn phòng HĐND và UBND huyện", "VP"),
                    new UnitSeed("Phòng Nội vụ", "PNV"),
                    new UnitSeed("Phòng Tư pháp", "PTP"),
                    new UnitSeed("Phòng Tài chính - Kế hoạch", "PTCKH"),
                    new UnitSeed("Phòng Tài nguyên và Môi trường", "PTNMT"),
                    new UnitSeed("Phòng Kinh tế - Hạ tầng", "PKTHT"),
                    new UnitSeed("Phòng Nông nghiệp và Phát triển nông thôn", "PNNPTNT"),
                    new UnitSeed("Phòng Giáo dục và Đào tạo", "PGDĐT"),
                    new UnitSeed("Phòng Y tế", "PYT"),
                    new UnitSeed("Phòng Lao động - Thương binh và Xã hội", "PLĐTBXH"),
                    new UnitSeed("Thanh tra huyện", "TTr"))),
            new GroupSeed("COMMUNES", "UBND các xã, thị trấn",
                    "Trưởng phòng Văn hóa và Thông tin; Trưởng phòng Nội vụ",
                    COMMUNES.stream().map(DemoUnits::commune).toList()),
            new GroupSeed("PARTY_MASS_ORGS", "Khối Đảng, Mặt trận Tổ quốc và các đoàn thể",
                    "Trưởng Ban Tuyên giáo Huyện ủy", List.of(
                    new UnitSeed("Ban Tuyên giáo Huyện ủy", "BTG"),
                    new UnitSeed("Ủy ban MTTQ Việt Nam huyện", "MTTQ"),
                    new UnitSeed("Huyện đoàn Cẩm Mỹ", "HĐ"),
                    new UnitSeed("Hội Liên hiệp Phụ nữ huyện", "HLHPN"),
                    new UnitSeed("Hội Nông dân huyện", "HND"),
                    new UnitSeed("Hội Cựu chiến binh huyện", "HCCB"),
                    new UnitSeed("Liên đoàn Lao động huyện", "LĐLĐ"))),
            new GroupSeed("CULTURE_CENTRE", "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
                    "Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao", List.of(
                    new UnitSeed("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "TTVHTT"))),
            new GroupSeed("CULTURE_OFFICE", "Phòng Văn hóa và Thông tin huyện",
                    "Trưởng phòng Văn hóa và Thông tin", List.of(
                    new UnitSeed("Phòng Văn hóa và Thông tin huyện", "PVHTT"))));

    private DemoUnits() {
    }

    private static UnitSeed commune(String name) {
        return new UnitSeed("UBND xã " + name, "Xã " + name);
    }
}
