package cn.gov.cjqx.approval.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.gov.cjqx.approval.account.PlatformCatalog;
import cn.gov.cjqx.approval.account.PlatformCatalog.Platform;
import cn.gov.cjqx.approval.procedure.ProcessVariable;

/**
 * The labels Cockpit shows come from every enum with a label and every declared process variable of the application,
 * found here in its classes: a new enum or procedure contract cannot be forgotten.
 */
class EngineLabelsTests {

	static JavaClasses classes;

	static EngineLabels labels = EngineLabels.of(new PlatformCatalog(List.of(new Platform("DOUYIN", "抖音", 30, false))));

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.gov.cjqx.approval");
	}

	@Test
	void shouldLabelEveryConstantOfEveryEnumWithALabel() throws Exception {
		List<String> missing = new ArrayList<>();
		int enums = 0;
		for (JavaClass type : classes) {
			if (type.isEnum() && type.tryGetMethod("label").isPresent()) {
				enums++;
				Class<?> constants = type.reflect();
				// Decision and CorrectionChoice are held by their value (approve), the others by their name
				Method key = type.tryGetMethod("value").isPresent() ? constants.getMethod("value") : null;
				for (Object constant : constants.getEnumConstants()) {
					String held = key == null ? ((Enum<?>) constant).name() : (String) key.invoke(constant);
					if (!labels.values().containsKey(held)) {
						missing.add(type.getSimpleName() + "." + held);
					}
				}
			}
		}
		assertThat(enums).as("enums with label()").isGreaterThanOrEqualTo(13);
		assertThat(missing).isEmpty();
	}

	@Test
	void shouldLabelEveryDeclaredProcessVariable() {
		List<String> undeclared = new ArrayList<>();
		for (JavaClass type : classes) {
			type.getFields()
				.stream()
				.filter(field -> field.getModifiers().contains(JavaModifier.STATIC)
						&& field.getRawType().isEquivalentTo(ProcessVariable.class))
				.filter(field -> !EngineLabels.DECLARATIONS.contains(type.reflect()))
				.forEach(field -> undeclared.add(type.getSimpleName() + "." + field.getName()));
		}
		assertThat(undeclared).as("process variables of classes missing from EngineLabels.DECLARATIONS").isEmpty();
		assertThat(labels.variables()).containsEntry("accountId", "账号编号")
			.containsEntry("kind", "关停或注销")
			.containsEntry("decision", "审批结论")
			.containsEntry("restoredConfirmed", "网站已恢复正常访问");
	}

	@Test
	void shouldGiveASharedConstantTheMeaningAVariableHolds() {
		Map<String, String> values = labels.values();
		// ClosureKind.SHUT_DOWN is the closure's variable kind; AccountStatus.SHUT_DOWN (已关停) is never a variable
		assertThat(values).containsEntry("SHUT_DOWN", "关停")
			.containsEntry("approve", "同意")
			.containsEntry("withdraw", "撤回申请")
			.containsEntry("DOUYIN", "抖音")
			.containsEntry("ACTIVE", "正常运行");
	}

}
