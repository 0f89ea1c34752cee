package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.shared.domain.Quarter;

/**
 * The quota job {@code quota-compliance} on the deployed portal, started through the back-office API: quarter
 * boundaries in Vietnam time, withdrawn items, rule 5, rules by quarter, each-unit and group scope, re-runs, the
 * final run's lock and the board's audited reopening. Each test has its own quarter and its own groups and units.
 */
class QuotaComplianceJobIT extends PortalIT {

    @Test
    void anItemCountsForItsUnitInTheQuarterItWasPublishedVietnamTimeAndAWithdrawnOneNotAtAll() {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối ranh giới quý " + token, "EACH_UNIT", 1, 1, 0);
        String unitName = "Xã ranh giới " + token;
        long unit = QuotaFixture.unit(group, unitName);
        long lateInMarch = QuotaFixture.item(unit, "NEWS", "PUBLISHED", LocalDateTime.of(2023, 3, 31, 23, 30));
        long earlyInApril = QuotaFixture.item(unit, "ARTICLE", "PUBLISHED", LocalDateTime.of(2023, 4, 1, 0, 10));
        QuotaFixture.item(unit, "ARTICLE", "UNPUBLISHED", LocalDateTime.of(2023, 2, 10, 9, 0));
        QuotaFixture.item(unit, "NEWS", "ARCHIVED", LocalDateTime.of(2023, 5, 2, 8, 0));

        QuotaFixture.run(2023, 1, false);
        QuotaFixture.run(2023, 2, false);

        String first = single(QuotaFixture.rowsOf(2023, 1, unitName));
        assertEquals("2/1/1/false/false", QuotaFixture.figures(first), first);
        assertEquals(List.of("1", "0"), List.of(Json.field(first, "achievedNews"), Json.field(first, "achievedArticles")),
                "31/3 23:30 is quarter I; the withdrawn article does not count");
        String second = single(QuotaFixture.rowsOf(2023, 2, unitName));
        assertEquals(List.of("1", "1", "true"), List.of(Json.field(second, "achievedNews"), Json.field(second, "achievedArticles"),
                Json.field(second, "met")), "1/4 00:10 is quarter II, an archived item still counts: " + second);
        assertEquals(List.of("NEWS " + lateInMarch), countedItems(2023, 1, unitName));
        assertEquals(List.of("ARTICLE " + earlyInApril), countedItems(2023, 2, unitName).stream().filter(i -> i.startsWith("ARTICLE")).toList());
    }

    @Test
    void aQuotaForEachUnitGivesARowPerUnitAndAQuotaOfTheGroupOneRowForTheGroup() {
        String token = ContentFixture.token();
        long eachUnit = QuotaFixture.group("Khối từng đơn vị " + token, "EACH_UNIT", 0, 1, 0);
        long writing = QuotaFixture.unit(eachUnit, "Phòng có bài " + token);
        QuotaFixture.unit(eachUnit, "Phòng chưa có bài " + token);
        String together = "Khối tính chung " + token;
        long groupTogether = QuotaFixture.group(together, "GROUP_TOGETHER", 0, 3, 0);
        long party = QuotaFixture.unit(groupTogether, "Hội viết hai bài " + token);
        long front = QuotaFixture.unit(groupTogether, "Mặt trận viết một bài " + token);
        QuotaFixture.item(writing, "ARTICLE", "PUBLISHED", LocalDateTime.of(2012, 8, 1, 9, 0));
        QuotaFixture.item(party, "ARTICLE", "PUBLISHED", LocalDateTime.of(2012, 7, 1, 0, 0));
        QuotaFixture.item(party, "ARTICLE", "PUBLISHED", LocalDateTime.of(2012, 9, 30, 23, 59));
        QuotaFixture.item(front, "ARTICLE", "PUBLISHED", LocalDateTime.of(2012, 9, 15, 10, 0));

        QuotaFixture.run(2012, 3, false);

        assertEquals("1/1/0/true/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2012, 3, "Phòng có bài " + token))));
        assertEquals("1/0/1/false/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2012, 3, "Phòng chưa có bài " + token))));
        String groupRow = single(QuotaFixture.rowsOf(2012, 3, together));
        assertEquals("3/3/0/true/false", QuotaFixture.figures(groupRow), groupRow);
        assertEquals("GROUP_TOGETHER", Json.field(groupRow, "scope"));
        assertEquals("3", Json.field(groupRow, "countedItems"));
        assertTrue(QuotaFixture.rowsOf(2012, 3, "Hội viết hai bài " + token).isEmpty(), "no row per unit of a group quota");
    }

    @Test
    void ruleFiveWithThreeOfFourRequestsPostedByTheQuartersEndIsNotMet() {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối đăng văn bản " + token, "EACH_UNIT", 0, 0, 100);
        String office = "Phòng văn hóa kiểm thử " + token;
        long unit = QuotaFixture.unit(group, office);
        QuotaFixture.postingRequest(unit, LocalDateTime.of(2014, 4, 2, 8, 0), LocalDateTime.of(2014, 4, 3, 8, 0));
        QuotaFixture.postingRequest(unit, LocalDateTime.of(2014, 5, 2, 8, 0), LocalDateTime.of(2014, 5, 20, 8, 0));
        QuotaFixture.postingRequest(unit, LocalDateTime.of(2014, 6, 2, 8, 0), LocalDateTime.of(2014, 6, 30, 23, 50));
        QuotaFixture.postingRequest(unit, LocalDateTime.of(2014, 6, 28, 8, 0), LocalDateTime.of(2014, 7, 1, 0, 30));

        QuotaFixture.run(2014, 2, false);

        String row = single(QuotaFixture.rowsOf(2014, 2, office));
        assertEquals("4/3/1/false/false", QuotaFixture.figures(row), row);
        assertEquals(List.of("4", "4", "3"), List.of(Json.field(row, "requestsReceived"), Json.field(row, "requiredPosted"),
                Json.field(row, "achievedPosted")));
        assertEquals(3, countedItems(2014, 2, office).size());
    }

    @Test
    void aRuleChangedFromALaterQuarterLeavesTheEarlierQuartersResultsAsTheyWere() {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối đổi chỉ tiêu " + token, "EACH_UNIT", 0, 1, 0);
        String unitName = "Đơn vị đổi chỉ tiêu " + token;
        long unit = QuotaFixture.unit(group, unitName);
        QuotaFixture.item(unit, "ARTICLE", "PUBLISHED", LocalDateTime.of(2015, 2, 1, 9, 0));
        QuotaFixture.item(unit, "ARTICLE", "PUBLISHED", LocalDateTime.of(2015, 8, 1, 9, 0));
        QuotaFixture.run(2015, 1, false);
        String before = single(QuotaFixture.rowsOf(2015, 1, unitName));

        QuotaFixture.rule(group, 2015, 3, "EACH_UNIT", 0, 2, 0);
        QuotaFixture.run(2015, 1, false);
        QuotaFixture.run(2015, 3, false);

        String after = single(QuotaFixture.rowsOf(2015, 1, unitName));
        assertEquals("1/1/0/true/false", QuotaFixture.figures(after));
        assertEquals(QuotaFixture.figures(before), QuotaFixture.figures(after));
        assertEquals("2/1/1/false/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2015, 3, unitName))));
    }

    @Test
    void aReRunReplacesTheQuartersRowsAFinalRunLocksItAndTheBoardReopensItAudited() {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối chốt quý " + token, "EACH_UNIT", 0, 1, 0);
        String unitName = "Đơn vị chốt quý " + token;
        long unit = QuotaFixture.unit(group, unitName);
        QuotaFixture.run(2016, 1, false);
        assertEquals("1/0/1/false/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2016, 1, unitName))));

        QuotaFixture.item(unit, "ARTICLE", "PUBLISHED", LocalDateTime.of(2016, 2, 1, 9, 0));
        QuotaFixture.run(2016, 1, false);
        assertEquals("1/1/0/true/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2016, 1, unitName))));
        assertEquals(List.of("1"), Database.strings("SELECT COUNT(*) FROM quota_result WHERE unit_id = ?", unit), "replaced, not added");

        QuotaFixture.run(2016, 1, true);
        assertEquals("1/1/0/true/true", QuotaFixture.figures(single(QuotaFixture.rowsOf(2016, 1, unitName))));
        Portal approver = Portal.as(Role.APPROVER);
        HttpResponse<String> refused = QuotaFixture.start(approver, 2016, 1, false);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("đã chốt"), refused.body());

        assertEquals(403, Portal.as(Role.EDITOR).json("POST", "/admin/api/v1/quota-compliance/reopen?year=2016&quarter=1", null).statusCode());
        HttpResponse<String> reopened = approver.json("POST", "/admin/api/v1/quota-compliance/reopen?year=2016&quarter=1", null);
        assertEquals(200, reopened.statusCode(), reopened.body());
        assertEquals(List.of("pheduyet.demo"), Database.strings("SELECT e.actor FROM audit_event e JOIN quota_quarter q"
                + " ON e.target_type = 'quota-quarter' AND e.target_id = q.id WHERE e.action = 'QUOTA_QUARTER_REOPENED'"
                + " AND q.year = 2016 AND q.quarter = 1 AND q.site_id = (SELECT MIN(id) FROM site)"));
        assertEquals(400, approver.json("POST", "/admin/api/v1/quota-compliance/reopen?year=2016&quarter=1", null).statusCode(),
                "an open quarter is not reopened");
        QuotaFixture.run(2016, 1, false);
        assertEquals("1/1/0/true/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2016, 1, unitName))));
    }

    @Test
    void aFinalQuartersDrillDownStaysWhatItsFinalRunCountedWhenAnItemIsWithdrawnOrMovedToAnotherUnitLater() {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối giữ danh sách " + token, "EACH_UNIT", 1, 1, 0);
        String unitName = "Xã giữ danh sách " + token;
        long unit = QuotaFixture.unit(group, unitName);
        long other = QuotaFixture.unit(group, "Xã nhận bài chuyển " + token);
        long news = QuotaFixture.item(unit, "NEWS", "PUBLISHED", LocalDateTime.of(2007, 8, 1, 9, 0));
        long article = QuotaFixture.item(unit, "ARTICLE", "PUBLISHED", LocalDateTime.of(2007, 9, 3, 9, 0));
        QuotaFixture.run(2007, 3, true);
        List<String> counted = countedItems(2007, 3, unitName);
        assertEquals(List.of("NEWS " + news, "ARTICLE " + article), counted);

        Database.update("UPDATE content_item SET state = 'UNPUBLISHED' WHERE id = ?", news);
        Database.update("UPDATE content_item SET source_unit_id = ? WHERE id = ?", other, article);

        assertEquals(counted, countedItems(2007, 3, unitName), "the final quarter's drill-down is what its final run counted");
        assertEquals("2/2/0/true/true", QuotaFixture.figures(single(QuotaFixture.rowsOf(2007, 3, unitName))));
        assertEquals("2/0/2/false/true", QuotaFixture.figures(single(QuotaFixture.rowsOf(2007, 3, "Xã nhận bài chuyển " + token))));
    }

    @Test
    void aRunOfSeveralQuartersGivesEachQuarterTheTableARunOfThatQuarterAloneGives() {
        String token = ContentFixture.token();
        long group = QuotaFixture.group("Khối nhiều quý " + token, "EACH_UNIT", 0, 1, 0);
        String unitName = "Phường nhiều quý " + token;
        long unit = QuotaFixture.unit(group, unitName);
        long spring = QuotaFixture.item(unit, "ARTICLE", "PUBLISHED", LocalDateTime.of(2005, 5, 2, 9, 0));
        long newYearsEve = QuotaFixture.item(unit, "ARTICLE", "PUBLISHED", LocalDateTime.of(2005, 12, 31, 23, 30));
        long newYear = QuotaFixture.item(unit, "NEWS", "PUBLISHED", LocalDateTime.of(2006, 1, 1, 0, 10));

        QuotaFixture.runRange(2005, 2, 2006, 1);

        assertEquals("1/1/0/true/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2005, 2, unitName))));
        assertEquals("1/0/1/false/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2005, 3, unitName))));
        String december = single(QuotaFixture.rowsOf(2005, 4, unitName));
        assertEquals("1/1/0/true/false", QuotaFixture.figures(december));
        assertEquals("1/0/1/false/false", QuotaFixture.figures(single(QuotaFixture.rowsOf(2006, 1, unitName))),
                "a news item does not make up for the article");
        assertEquals(List.of("ARTICLE " + spring), countedItems(2005, 2, unitName));
        assertEquals(List.of("ARTICLE " + newYearsEve), countedItems(2005, 4, unitName));
        assertEquals(List.of("NEWS " + newYear), countedItems(2006, 1, unitName));

        QuotaFixture.run(2005, 4, false);
        String alone = single(QuotaFixture.rowsOf(2005, 4, unitName));
        assertEquals(QuotaFixture.figures(december), QuotaFixture.figures(alone));
        assertEquals(List.of("ARTICLE " + newYearsEve), countedItems(2005, 4, unitName));
        assertEquals(List.of("4"), Database.strings("SELECT COUNT(*) FROM quota_result WHERE unit_id = ?", unit),
                "one row per quarter, the re-run replaced its quarter's");
    }

    @Test
    void aFinalRunBeforeTheQuarterEndsAndAnImpossibleQuarterAreRefusedInVietnamese() {
        Quarter current = Quarter.of(Instant.now());
        HttpResponse<String> early = QuotaFixture.start(Portal.as(Role.APPROVER), current.year(), current.number(), true);
        assertEquals(400, early.statusCode(), early.body());
        assertTrue(early.body().contains("sau khi quý"), early.body());
        HttpResponse<String> impossible = Portal.as(Role.IT_ADMIN).json("POST", "/admin/api/v1/jobs/quota-compliance?year=2023&quarter=5", null);
        assertEquals(400, impossible.statusCode());
        assertTrue(impossible.body().contains("quý từ 1 đến 4"), impossible.body());
        assertFalse(QuotaFixture.rows(2099, 4).iterator().hasNext(), "a quarter never computed has no rows");
    }

    /**
     * The dashboard's exports as the supervisor downloads them: the spreadsheet parsed cell by cell and the PDF's text
     * (its fonts embedded) name the group's Vietnamese units with their figures and status, and no other group's units.
     */
    @Test
    void theDashboardExportsNameTheSupervisorsUnitsInVietnameseWithTheirFigures() throws Exception {
        String token = ContentFixture.token();
        UnitGroupFixture.Supervised group = UnitGroupFixture.supervisedGroup("Khối xuất bảng");
        QuotaFixture.rule(group.groupId(), 2000, 1, "EACH_UNIT", 2, 1, 0);
        String met = "Xã Sông Nhạn Đông " + token;
        String short1 = "Thị trấn Long Giao Mới " + token;
        long metUnit = QuotaFixture.unit(group.groupId(), met);
        long shortUnit = QuotaFixture.unit(group.groupId(), short1);
        String elsewhere = "Phòng khác khối " + token;
        QuotaFixture.unit(QuotaFixture.group("Khối khác " + token, "EACH_UNIT", 0, 1, 0), elsewhere);
        for (String kind : List.of("NEWS", "NEWS", "NEWS", "ARTICLE")) {
            QuotaFixture.item(metUnit, kind, "PUBLISHED", LocalDateTime.of(2013, 5, 6, 9, 0));
        }
        QuotaFixture.item(shortUnit, "NEWS", "PUBLISHED", LocalDateTime.of(2013, 6, 6, 9, 0));
        QuotaFixture.run(2013, 2, false);

        HttpResponse<byte[]> xlsx = group.api().getBytes("/admin/api/v1/quota-compliance/dashboard.xlsx?year=2013&quarter=2");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("chi-tieu-2013-q2.xlsx"));
        java.util.Map<String, List<String>> sheet = new java.util.HashMap<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            workbook.getFirstSheet().read().stream().filter(row -> row.getCellCount() > 7).forEach(row -> sheet.put(row.getCellText(1),
                    java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList()));
            assertEquals("THEO DÕI THỰC HIỆN CHỈ TIÊU TIN, BÀI QUÝ II/2013", workbook.getFirstSheet().read().get(0).getCellText(0));
        }
        assertEquals(List.of("Đạt", "3", "4", "0", "3/2", "1/1"), sheet.get(met).subList(2, 8), sheet.toString());
        assertEquals(List.of("Không đạt", "3", "1", "2", "1/2", "0/1"), sheet.get(short1).subList(2, 8), sheet.toString());
        assertFalse(sheet.containsKey(elsewhere), "another group's unit: " + sheet.keySet());

        HttpResponse<byte[]> pdf = group.api().getBytes("/admin/api/v1/quota-compliance/dashboard.pdf?year=2013&quarter=2");
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("THEO DÕI THỰC HIỆN CHỈ TIÊU TIN, BÀI QUÝ II/2013"), text);
            assertTrue(text.contains(met) && text.contains(short1) && !text.contains(elsewhere), text);
            assertTrue(text.contains("Không đạt") && text.contains("3/2") && text.contains("0/1"), text);
            assertTrue(text.contains("1/2 đơn vị (khối) đạt chỉ tiêu."), text);
            org.apache.pdfbox.pdmodel.PDResources resources = document.getPage(0).getResources();
            for (org.apache.pdfbox.cos.COSName font : resources.getFontNames()) {
                assertTrue(resources.getFont(font).isEmbedded(), font.getName());
            }
        }
    }

    private static String single(List<String> rows) {
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    /** The drill-down of the unit's row, "KIND id" by kind (news, articles, requests) and id. */
    private static List<String> countedItems(int year, int quarter, String unitName) {
        return QuotaFixture.countedItems(year, quarter, single(QuotaFixture.rowsOf(year, quarter, unitName))).stream()
                .sorted(Comparator.comparing((String item) -> item.split(" ")[0].equals("NEWS") ? 0 : item.startsWith("ARTICLE") ? 1 : 2)
                        .thenComparingLong(item -> Long.parseLong(item.split(" ")[1])))
                .toList();
    }
}
