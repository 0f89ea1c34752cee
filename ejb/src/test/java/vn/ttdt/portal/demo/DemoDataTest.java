package vn.ttdt.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.PasswordPolicy;
import vn.ttdt.portal.organisation.domain.Role;

class DemoDataTest {

    private static final List<DemoUnits.UnitSeed> UNITS =
            DemoUnits.GROUPS.stream().flatMap(g -> g.units().stream()).toList();

    /** Folds as the utf8mb4_uca1400_ai_ci collation does: ignoring case and accents, đ equal to d. */
    static String folded(String text) {
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutMarks.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> collisions(Function<DemoUnits.UnitSeed, String> attribute) {
        return UNITS.stream().map(attribute)
                .collect(Collectors.groupingBy(DemoDataTest::folded))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theDistrictHasExactlyTheThirteenCommunesOfTheList() {
        String list = "Bảo Bình, Lâm San, Long Giao, Nhân Nghĩa, Sông Nhạn, Sông Ray, "
                + "Thừa Đức, Xuân Bảo, Xuân Đông, Xuân Đường, Xuân Mỹ, Xuân Quế, Xuân Tây";
        List<String> expected = Arrays.asList(list.split(", "));

        assertEquals(13, expected.size());
        assertEquals(expected, DemoUnits.COMMUNES);
        DemoUnits.GroupSeed communes = DemoUnits.GROUPS.stream()
                .filter(g -> g.code().equals("COMMUNES")).findFirst().orElseThrow();
        assertEquals(13, communes.units().size());
    }

    @Test
    void thereAreFiveGroupsWithTheQuotaAppendixCodes() {
        assertEquals(List.of("DEPARTMENTS", "COMMUNES", "PARTY_MASS_ORGS", "CULTURE_CENTRE", "CULTURE_OFFICE"),
                DemoUnits.GROUPS.stream().map(DemoUnits.GroupSeed::code).toList());
    }

    @Test
    void theFoldingUsedBelowTreatsAccentsCaseAndDStrokeAsTheCollationDoes() {
        assertEquals("xa xuan duong", folded("Xã Xuân Đường"));
        assertEquals(folded("PGDĐT"), folded("pgddt"));
    }

    @Test
    void unitNamesAreUniqueIgnoringCaseAndDiacritics() {
        assertEquals(Map.of(), collisions(DemoUnits.UnitSeed::name));
    }

    @Test
    void unitShortNamesAreUniqueIgnoringCaseAndDiacritics() {
        assertEquals(Map.of(), collisions(DemoUnits.UnitSeed::shortName));
    }

    @Test
    void everyDemoAccountBelongsToAnExistingUnit() {
        Set<String> shortNames = UNITS.stream().map(DemoUnits.UnitSeed::shortName).collect(Collectors.toSet());
        for (DemoAccount account : DemoAccount.ALL) {
            assertTrue(shortNames.contains(account.unitShortName()), account.login() + " → " + account.unitShortName());
        }
    }

    @Test
    void thereIsExactlyOneDemoAccountPerRole() {
        List<Role> roles = DemoAccount.ALL.stream().map(DemoAccount::role).toList();

        assertEquals(Role.values().length, roles.size());
        assertEquals(EnumSet.allOf(Role.class), EnumSet.copyOf(roles));
    }

    @Test
    void theDemoPasswordSatisfiesThePolicyForEveryDemoLogin() {
        for (DemoAccount account : DemoAccount.ALL) {
            assertEquals(Optional.empty(), PasswordPolicy.violation(account.login(), DemoAccount.PASSWORD),
                    account.login());
        }
    }
}
