package vn.ttdt.portal.royalty.infrastructure.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.royalty.application.PayeeRow;
import vn.ttdt.portal.royalty.application.PayrollSheet;
import vn.ttdt.portal.royalty.application.WorkRow;

/** Payroll sheets of September 2023 with amounts worked out by hand (unit value 180,000 VND). */
final class SamplePayrolls {

    static final String SITE_SHORT_NAME = "Cổng TTĐT Cẩm Mỹ";
    static final String GROUP_NAME = "Nhóm tác giả \"Đồng Nai xanh\", Cẩm Mỹ";

    private SamplePayrolls() {
    }

    /**
     * Four payees: An (two works, 900,000 + 734,400, under the threshold), Hương (a work and the secretary's
     * remuneration, 2,160,000, 10% withheld), Khánh (a photo, no bank account) and a group of authors whose name
     * has a comma and quotes (4,500,000, 10% withheld).
     */
    static PayrollSheet september() {
        PayeeRow an = new PayeeRow(1, "Nguyễn Văn An", "8012345678", "0071000123456", "Vietcombank – CN Đồng Nai",
                List.of(work("Khai mạc Giải bóng đá thanh niên huyện Cẩm Mỹ", "Tin · 100%", "5", 900_000),
                        work("Chuyển đổi số ở vùng nông thôn Cẩm Mỹ", "Bài · 34%", "12", 734_400)),
                1_634_400, 0, 1_634_400);
        PayeeRow huong = new PayeeRow(2, "Võ Thanh Hương", "3600123456", "1234 5678 9012", "BIDV Đồng Nai",
                List.of(work("Huyện Cẩm Mỹ sơ kết 6 tháng đầu năm", "Tin · 100%", "10", 1_800_000),
                        work("Ban biên tập tháng 09/2023", "Thù lao: Thư ký", "2", 360_000)),
                2_160_000, 216_000, 1_944_000);
        PayeeRow khanh = new PayeeRow(3, "Đặng Quốc Khánh", null, null, null,
                List.of(work("Mùa lúa chín ở Xuân Đường", "Ảnh · 100%", "3", 540_000)), 540_000, 0, 540_000);
        PayeeRow group = new PayeeRow(4, GROUP_NAME, "3600999888", "100000123456", "Agribank Cẩm Mỹ",
                List.of(work("Cẩm Mỹ đổi thay trên từng con đường", "Phóng sự, ký · 100%", "25", 4_500_000)),
                4_500_000, 450_000, 4_050_000);
        return new PayrollSheet("Cổng thông tin điện tử huyện Cẩm Mỹ", "Ủy ban nhân dân huyện Cẩm Mỹ",
                YearMonth.of(2023, 9), "Đã duyệt", List.of(an, huong, khanh, group), 8_834_400, 666_000, 8_168_400,
                "Võ Thanh Hương", "Lý Thị Mai", "Phạm Quốc Dũng", LocalDate.of(2023, 10, 5));
    }

    /** {@code count} payees named "Người nhận số 001 …", each with one to three news items of 900,000 VND. */
    static PayrollSheet many(int count) {
        List<PayeeRow> payees = new ArrayList<>();
        long gross = 0;
        long tax = 0;
        for (int n = 1; n <= count; n++) {
            List<WorkRow> works = new ArrayList<>();
            for (int w = 0; w <= n % 3; w++) {
                works.add(work("Tin số " + w + " của người nhận " + n + " về xây dựng nông thôn mới", "Tin · 100%", "5",
                        900_000));
            }
            long payeeGross = 900_000L * works.size();
            long payeeTax = payeeGross >= 2_000_000 ? payeeGross / 10 : 0;
            payees.add(new PayeeRow(n, String.format("Người nhận số %03d Trần Thị Ánh", n), "80" + (10_000_000 + n),
                    "0071" + (100_000 + n), "Vietcombank", works, payeeGross, payeeTax, payeeGross - payeeTax));
            gross += payeeGross;
            tax += payeeTax;
        }
        return new PayrollSheet("Cổng thông tin điện tử huyện Cẩm Mỹ", "Ủy ban nhân dân huyện Cẩm Mỹ",
                YearMonth.of(2023, 9), "Bản nháp", payees, gross, tax, gross - tax, "Võ Thanh Hương", null, null, null);
    }

    private static WorkRow work(String title, String detail, String coefficient, long amount) {
        return new WorkRow(title, detail, new BigDecimal(coefficient), amount);
    }
}
