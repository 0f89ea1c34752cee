package vn.ttdt.portal.legaldocs.domain;

import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;

/**
 * The types, fields and levels a new site starts with (the V11 migration gives existing sites the same); the board
 * changes them afterwards as data.
 */
public final class LegalTermDefaults {

    record Seed(TermKind kind, String code, String name) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed(TermKind.TYPE, "luat", "Luật"),
            new Seed(TermKind.TYPE, "nghi-dinh", "Nghị định"),
            new Seed(TermKind.TYPE, "thong-tu", "Thông tư"),
            new Seed(TermKind.TYPE, "quyet-dinh", "Quyết định"),
            new Seed(TermKind.TYPE, "chi-thi", "Chỉ thị"),
            new Seed(TermKind.TYPE, "nghi-quyet", "Nghị quyết"),
            new Seed(TermKind.TYPE, "ke-hoach", "Kế hoạch"),
            new Seed(TermKind.TYPE, "cong-van", "Công văn"),
            new Seed(TermKind.TYPE, "thong-bao", "Thông báo"),
            new Seed(TermKind.LEVEL, "trung-uong", "Trung ương"),
            new Seed(TermKind.LEVEL, "tinh", "Tỉnh"),
            new Seed(TermKind.LEVEL, "huyen", "Huyện"),
            new Seed(TermKind.LEVEL, "xa", "Xã"),
            new Seed(TermKind.FIELD, "bao-chi-thong-tin", "Báo chí, thông tin"),
            new Seed(TermKind.FIELD, "cai-cach-hanh-chinh", "Cải cách hành chính"),
            new Seed(TermKind.FIELD, "tai-chinh", "Tài chính"),
            new Seed(TermKind.FIELD, "dat-dai", "Đất đai"),
            new Seed(TermKind.FIELD, "van-hoa-the-thao", "Văn hóa, thể thao"),
            new Seed(TermKind.FIELD, "chuyen-doi-so", "Chuyển đổi số"),
            new Seed(TermKind.FIELD, "to-chuc-bo-may", "Tổ chức bộ máy"));

    private LegalTermDefaults() {
    }

    /** The codes of the default terms of one kind. */
    public static List<String> codes(TermKind kind) {
        return SEEDS.stream().filter(s -> s.kind() == kind).map(Seed::code).toList();
    }

    /** Gives {@code site} the default terms unless it has types already. */
    public static void seedIfNone(Site site, LegalTermRepository terms) {
        if (!terms.allOf(site, TermKind.TYPE).isEmpty()) {
            return;
        }
        int order = 1;
        TermKind previous = null;
        for (Seed seed : SEEDS) {
            order = seed.kind() == previous ? order + 1 : 1;
            previous = seed.kind();
            terms.add(new LegalTerm(site, seed.kind(), seed.code(), seed.name(), order));
        }
    }
}
