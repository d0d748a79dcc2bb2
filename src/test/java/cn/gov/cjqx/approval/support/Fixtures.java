package cn.gov.cjqx.approval.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.demo.DemoUnits;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.BusinessKeys;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.unit.UnitRepository;
import cn.gov.cjqx.approval.website.WebsiteRepository;

/** Finds the demo registry entries and adds what a test needs beside them. */
@Component
public class Fixtures {

	/** A user that belongs to no group at all. */
	public static final String NO_GROUP_USER = "nogroup";

	private final NewMediaAccountRepository accounts;

	private final WebsiteRepository websites;

	private final UnitRepository units;

	private final ProcedureRepository procedures;

	private final BusinessKeys businessKeys;

	private final IdentityService identity;

	Fixtures(NewMediaAccountRepository accounts, WebsiteRepository websites, UnitRepository units,
			ProcedureRepository procedures, BusinessKeys businessKeys, IdentityService identity) {
		this.accounts = accounts;
		this.websites = websites;
		this.units = units;
		this.procedures = procedures;
		this.businessKeys = businessKeys;
		this.identity = identity;
	}

	public long bureauAccountId() {
		return accounts.findAllByOrderByIdAsc()
			.stream()
			.filter(a -> a.getHostUnit().getCode().equals(DemoUnits.BUREAU))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	public long bureauWebsiteId() {
		return websites.findByHostUnitCodeInOrderByIdAsc(java.util.List.of(DemoUnits.BUREAU)).get(0).getId();
	}

	/** A running procedure of the given unit, without a process instance. */
	public Procedure procedureOf(String unitCode, String applicant) {
		return procedures.save(new Procedure(businessKeys.next(ProcedureKind.WEBSITE_TAKEDOWN), ProcedureKind.WEBSITE_TAKEDOWN,
				"测试事项", applicant, units.findByCode(unitCode).orElseThrow()));
	}

	public void ensureUserWithoutGroups() {
		ensureUser(NO_GROUP_USER);
	}

	/** A user with password "demo" in the given groups, e.g. for tests that lock a user out by failed logins. */
	public void ensureUser(String id, String... groups) {
		ensurePerson(id, id, "测试", groups);
	}

	/**
	 * A second member of the bureau office, "office-b", named as a person is (an approver's page shows them by name:
	 * the browser walks check that no login id appears).
	 */
	public String ensureOfficeColleague() {
		ensurePerson(OFFICE_COLLEAGUE, "赵干事", "局办公室", Groups.BUREAU_OFFICE);
		return OFFICE_COLLEAGUE;
	}

	public static final String OFFICE_COLLEAGUE = "office-b";

	private void ensurePerson(String id, String firstName, String lastName, String... groups) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(id + "@test.example.gov.cn");
			user.setPassword("demo");
			identity.saveUser(user);
			for (String group : groups) {
				identity.createMembership(id, group);
			}
		}
	}

	public long procedureCount() {
		return procedures.count();
	}

}
