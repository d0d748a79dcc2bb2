package cn.gov.cjqx.approval.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package boundaries of the application: each procedure (opening, closure, change, takedown, outage, and every
 * later one) stands on the procedure kit and the shared packages (registry, identity, rules, calendar, notice, system)
 * and never on another procedure; and no two packages depend on each other in a cycle.
 */
class PackageBoundariesTests {

	static final String ROOT = "cn.gov.cjqx.approval";

	/** The packages that hold one procedure each. */
	static final String[] PROCEDURES = { "opening", "closure", "change", "takedown", "outage", "content" };

	static JavaClasses classes;

	@BeforeAll
	static void importMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void shouldKeepEachProcedureIndependentOfTheOthers() {
		slices().matching(ROOT + ".(*)..")
			.that(DescribedPredicate.describe("are procedures " + List.of(PROCEDURES),
					slice -> List.of(PROCEDURES).contains(slice.getNamePart(1))))
			.should()
			.notDependOnEachOther()
			.because("a procedure builds on the procedure kit (procedure/) and the shared packages, never on another "
					+ "procedure: what two procedures share belongs to procedure/, rules/, website/, account/ or notice/")
			.check(classes);
	}

	@Test
	void shouldHaveNoCycleBetweenPackages() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
	}

}
