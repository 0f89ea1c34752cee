package vn.ttdt.portal.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.organisation.domain.Role;

class ValidationMessagesTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(VIETNAMESE)
                .locales(VIETNAMESE)
                .localeResolver(context -> VIETNAMESE)
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    private static UnitDraft unit(String name, Long groupId, String phone, String email) {
        return new UnitDraft(name, "PVHTT", groupId, "Nguyễn Văn An", phone, email, "Cẩm Mỹ, Đồng Nai", null);
    }

    private static AccountDraft account(String login, Set<Role> roles) {
        return new AccountDraft(login, "Nguyễn Văn An", "an@cammy.example.vn", "0251 3878 000", null, roles, null);
    }

    private static ContributorProfileDraft profile(String taxCode, String bankAccount, Set<Integer> years) {
        return new ContributorProfileDraft("An Nhiên", taxCode, bankAccount, "Agribank Cẩm Mỹ", years);
    }

    private static <T> Map<String, String> messagesByPath(T bean) {
        return validator.validate(bean).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a + " | " + b,
                TreeMap::new));
    }

    @Test
    void aUnitWithoutNameAndGroupIsRefusedWithVietnameseMessages() {
        assertEquals(Map.of(
                        "name", "Vui lòng nhập tên đơn vị.",
                        "groupId", "Vui lòng chọn khối của đơn vị."),
                messagesByPath(unit(" ", null, "0251 3878 000", "vhtt@cammy.example.vn")));
    }

    @Test
    void aUnitWithInvalidEmailAndPhoneIsRefusedWithVietnameseMessages() {
        assertEquals(Map.of(
                        "email", "Địa chỉ thư điện tử không hợp lệ.",
                        "phone", "Số điện thoại chỉ gồm chữ số, dấu cách, +, -, ( ) và dài 6–40 ký tự."),
                messagesByPath(unit("Phòng Văn hóa và Thông tin huyện", 1L, "gọi 0251", "not-an-email")));
    }

    @Test
    void aTooLongUnitNameShowsTheLimitInTheMessage() {
        assertEquals(Map.of("name", "Tên đơn vị dài tối đa 255 ký tự."),
                messagesByPath(unit("x".repeat(256), 1L, null, null)));
    }

    @Test
    void aCompleteUnitHasNoViolations() {
        assertEquals(Map.of(), messagesByPath(unit("Phòng Văn hóa và Thông tin huyện", 1L, "+84 (251) 3878-000",
                "vhtt@cammy.example.vn")));
        assertEquals(Map.of(), messagesByPath(unit("Phòng Văn hóa và Thông tin huyện", 1L, "", null)));
    }

    @Test
    void aLoginWithCapitalsAndSpacesIsRefusedWithTheLoginPatternMessage() {
        assertEquals(Map.of("login",
                        "Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch nối, gạch dưới."),
                messagesByPath(account("Nguyen Van A", Set.of(Role.EDITOR))));
    }

    @Test
    void anAccountWithoutRolesIsRefused() {
        assertEquals(Map.of("roles", "Vui lòng chọn ít nhất một vai trò."),
                messagesByPath(account("nguyen.van.a", Set.of())));
    }

    @Test
    void aValidAccountHasNoViolations() {
        assertEquals(Map.of(), messagesByPath(account("nguyen.van-a_2", Set.of(Role.CONTRIBUTOR))));
    }

    @Test
    void aTaxCodeOfFiveDigitsIsRefused() {
        assertEquals(Map.of("taxCode",
                        "Mã số thuế cá nhân gồm 10 chữ số (hoặc 10 chữ số, dấu gạch và 3 chữ số)."),
                messagesByPath(profile("12345", "0123456789012", Set.of(2023))));
    }

    @Test
    void tenDigitTaxCodesWithOrWithoutBranchSuffixAreAccepted() {
        for (String taxCode : List.of("8012345678", "8012345678-001", "")) {
            assertEquals(Map.of(), messagesByPath(profile(taxCode, "0123456789012", Set.of(2023))), taxCode);
        }
    }

    @Test
    void aBankAccountWithLettersIsRefused() {
        assertEquals(Map.of("bankAccountNumber", "Số tài khoản ngân hàng gồm 6–30 chữ số."),
                messagesByPath(profile("8012345678", "12ab", Set.of(2023))));
    }

    @Test
    void aCommitmentYearBefore2000IsRefused() {
        Set<ConstraintViolation<ContributorProfileDraft>> violations =
                validator.validate(profile("8012345678", "0123456789012", Set.of(1999, 2023)));

        assertEquals(1, violations.size());
        ConstraintViolation<ContributorProfileDraft> violation = violations.iterator().next();
        assertEquals("Năm cam kết phải từ 2000 đến 2100.", violation.getMessage());
        assertTrue(violation.getPropertyPath().toString().startsWith("taxCommitmentYears"));
        assertEquals(1999, violation.getInvalidValue());
    }
}
