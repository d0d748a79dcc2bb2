package cn.gov.cjqx.approval.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The optional fields of the 管理员 and 栏目设置 rows left empty, as Tasklist's start form sends them (""), are absent,
 * not "格式不正确" (issue 17: the optional 办公电话 and QQ were refused); a value that is there is still checked.
 */
class OptionalRegistrationFieldsTests {

	static ValidatorFactory factory;

	static Validator validator;

	final ObjectMapper json = new ObjectMapper();

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void shouldTakeEmptyOptionalAdministratorFieldsAsAbsent() throws Exception {
		AccountAdministrator admin = json.readValue("""
				{"name":"张华","unitAndPost":"","officePhone":"","mobile":"13800001111","qq":"  ","wechat":""}""",
				AccountAdministrator.class);
		assertThat(validator.validate(admin)).isEmpty();
		assertThat(admin.officePhone()).isNull();
		assertThat(admin.qq()).isNull();
		assertThat(admin.unitAndPost()).isNull();
		assertThat(admin.wechat()).isNull();
	}

	@Test
	void shouldStillCheckAnOptionalFieldThatIsFilledIn() {
		Set<ConstraintViolation<AccountAdministrator>> violations = validator
			.validate(new AccountAdministrator("张华", null, "6911003", "13800001111", "12", null));
		assertThat(violations).extracting(ConstraintViolation::getMessage)
			.containsExactlyInAnyOrder("办公电话格式不正确，例如 0877-6911001", "QQ 号码格式不正确");
		assertThat(validator.validate(new AccountAdministrator("张华", null, "", "", null, null)))
			.extracting(ConstraintViolation::getMessage)
			.contains("管理员手机号码不能为空")
			.doesNotContain("办公电话格式不正确，例如 0877-6911001");
	}

	@Test
	void shouldTakeEmptyOptionalColumnFieldsAsAbsent() throws Exception {
		AccountColumn column = json.readValue("""
				{"level1":"信息发布","level2":"","level3":"","remark":""}""", AccountColumn.class);
		assertThat(validator.validate(column)).isEmpty();
		assertThat(column).isEqualTo(new AccountColumn("信息发布", null, null, null));
	}

}
