package vn.ttdt.portal.demo;

import java.util.List;
import vn.ttdt.portal.organisation.domain.Role;

/** One demo account per role; all share {@link #PASSWORD}. The README lists them. */
public record DemoAccount(String login, String fullName, Role role, String unitShortName) {

    public static final String PASSWORD = "Demo-CamMy-2023";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("ctv.demo", "Nguyễn Văn An", Role.CONTRIBUTOR, "Xã Long Giao"),
            new DemoAccount("daumoi.demo", "Trần Thị Bình", Role.UNIT_REPORTER, "Xã Xuân Đường"),
            new DemoAccount("bientap.demo", "Lê Minh Châu", Role.EDITOR, "TTVHTT"),
            new DemoAccount("pheduyet.demo", "Phạm Quốc Dũng", Role.APPROVER, "PVHTT"),
            new DemoAccount("giamsat.demo", "Hoàng Thị Hà", Role.QUOTA_SUPERVISOR, "VP"),
            new DemoAccount("ketoan.demo", "Võ Thanh Hương", Role.FINANCE, "PVHTT"),
            new DemoAccount("quantri.demo", "Đặng Quốc Khánh", Role.IT_ADMIN, "TTVHTT"));
}
