package cn.gov.cjqx.approval.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.cjqx.approval.account.AccountStatus;
import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitKind;
import cn.gov.cjqx.approval.unit.UnitRepository;

/**
 * Fresh units with their own applicant and leader for each opening test (a unit may hold one account, so tests do not
 * share units), real materials of that unit, and a filing that passes every rule.
 */
@Component
public class OpeningScenario {

	public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final UnitRepository units;

	private final NewMediaAccountRepository accounts;

	private final cn.gov.cjqx.approval.website.WebsiteRepository websites;

	private final IdentityService identity;

	private final MaterialService materials;

	private final ObjectMapper json = new ObjectMapper();

	OpeningScenario(UnitRepository units, NewMediaAccountRepository accounts,
			cn.gov.cjqx.approval.website.WebsiteRepository websites, IdentityService identity, MaterialService materials) {
		this.units = units;
		this.accounts = accounts;
		this.websites = websites;
		this.identity = identity;
		this.materials = materials;
	}

	/** A unit of the test, its applicant ({@code <code>-a}) and its leader ({@code <code>-l}), password "demo". */
	public record TestUnit(String code, String fullName, String shortName, String applicant, String leader) {

		/** The unit's main leader (主要负责同志), also one of its leaders; the leader() is the deputy in charge. */
		public String mainLeader() {
			return code + "-m";
		}

	}

	public TestUnit newUnit() {
		return newUnit(UnitKind.PUBLIC_INSTITUTION, false, true, false);
	}

	public TestUnit newUnit(UnitKind kind, boolean classified, boolean publicFunctions, boolean verticallyManaged) {
		int n = COUNTER.incrementAndGet();
		String code = "t" + Integer.toHexString(UUID.randomUUID().hashCode()).replace("-", "") + n;
		String shortName = "测试" + n + "台";
		Unit unit = units.save(new Unit(code, "澄江市" + shortName, shortName, kind, classified, publicFunctions,
				verticallyManaged, null));
		TestUnit testUnit = new TestUnit(code, unit.getFullName(), shortName, code + "-a", code + "-l");
		for (String role : new String[] { Groups.APPLICANTS, Groups.UNIT_LEADERS, Groups.MAIN_LEADERS }) {
			// named as the demo data names a unit's groups: Tasklist shows the name
			Group unitGroup = identity.newGroup(group(role, code));
			unitGroup.setName(Groups.label(role) + "（" + unit.getFullName() + "）");
			unitGroup.setType("unit-role");
			identity.saveGroup(unitGroup);
		}
		user(testUnit.applicant(), Groups.APPLICANTS, group(Groups.APPLICANTS, code));
		user(testUnit.leader(), Groups.UNIT_LEADERS, group(Groups.UNIT_LEADERS, code));
		user(testUnit.mainLeader(), Groups.UNIT_LEADERS, group(Groups.UNIT_LEADERS, code), Groups.MAIN_LEADERS,
				group(Groups.MAIN_LEADERS, code));
		return testUnit;
	}

	/** Gives the unit an ACTIVE account, as if opened earlier; returns its id. */
	public long giveActiveAccount(TestUnit unit) {
		NewMediaAccount account = new NewMediaAccount(unit.shortName() + "微博", "WEIBO",
				units.findByCode(unit.code()).orElseThrow(), "澄江市气象局办公室");
		account.setCertification(true, unit.fullName());
		account.markActive("GW-" + unit.code(), "YX-" + unit.code());
		return accounts.save(account).getId();
	}

	/** Closes an account (SHUT_DOWN), as if its closure had ended earlier. */
	public void closeAccount(long accountId) {
		NewMediaAccount account = accounts.findById(accountId).orElseThrow();
		account.markClosing();
		account.markClosed(false);
		accounts.save(account);
	}

	/**
	 * Files a change of the unit's account (a new one, given as if opened earlier) as its applicant: the 分管领导 changes,
	 * on the main leader's consent. Returns the business key; the change waits for the unit's leaders.
	 */
	public String fileChange(TestHttp http, TestUnit unit) {
		long accountId = giveActiveAccount(unit);
		TestHttp.Response change = http.postJson(unit.applicant(), "/api/new-media/accounts/" + accountId + "/changes",
				"{\"reason\":\"分管领导调整\",\"decisionBasis\":\"MAIN_LEADER_CONSENT\",\"decisionReference\":\"局长签批\","
						+ "\"hostLeader\":\"李明 副主任\"}");
		org.assertj.core.api.Assertions.assertThat(change.status()).as(change.toString()).isEqualTo(201);
		return change.json().path("businessKey").asText();
	}

	/** A website of the unit, ONLINE, with well-formed identifiers of its own; returns its id. */
	public long newWebsite(TestUnit unit) {
		int n = COUNTER.incrementAndGet();
		return websites.save(new cn.gov.cjqx.approval.website.Website(unit.shortName() + "网站", unit.code() + n + ".gov.cn",
				String.format("T%09d", n), "滇ICP备" + String.format("%08d", n) + "号", null,
				units.findByCode(unit.code()).orElseThrow())).getId();
	}

	public cn.gov.cjqx.approval.website.WebsiteStatus websiteStatusOf(long websiteId) {
		return websites.findById(websiteId).orElseThrow().getStatus();
	}

	public AccountStatus statusOf(long accountId) {
		return accounts.findById(accountId).map(NewMediaAccount::getStatus).orElse(null);
	}

	/** A stored PDF material of the unit, uploaded by its applicant. */
	public UUID material(TestUnit unit) {
		try {
			return materials
				.store(new AppUser(unit.applicant(), java.util.Set.of(Groups.APPLICANTS, group(Groups.APPLICANTS, unit.code()))),
						new MockMultipartFile("file", "材料.pdf", "application/pdf", PDF), unit.code())
				.getId();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A filing of the unit that passes every opening rule, as the JSON body of POST /api/new-media/openings. */
	public ObjectNode validFiling(TestUnit unit) {
		ObjectNode filing = json.createObjectNode();
		filing.put("unitCode", unit.code());
		filing.put("accountName", unit.shortName() + "发布");
		filing.put("platform", "WECHAT_SUBSCRIPTION");
		filing.put("certified", true);
		filing.put("certificationSubject", unit.fullName());
		filing.put("supervisingUnitName", "澄江市气象局办公室");
		filing.put("newsServiceLicensed", false);
		filing.put("hostLeader", "王强 副主任");
		filing.put("hostContact", "0877-6911010");
		filing.put("undertakingUnitName", unit.fullName() + "综合科");
		filing.put("undertakingEntrusted", false);
		filing.put("introduction", "发布天气预报和预警信息。");
		filing.put("accessUrl", "https://mp.weixin.qq.com/s/test");
		filing.set("columns", json.valueToTree(List.of(Map.of("level1", "信息发布", "level2", "天气预报"),
				Map.of("level1", "互动交流", "level2", "留言咨询"))));
		filing.set("administrators",
				json.valueToTree(List.of(Map.of("name", "李华", "unitAndPost", "综合科 科员", "mobile", "13800002222"))));
		filing.put("eventOrSpecialProject", false);
		filing.put("providesNewsOrAudiovisual", false);
		filing.put("mapsUsed", false);
		for (String field : new String[] { "materialRegistrationForm", "materialStaffAndEquipment",
				"materialReviewMechanism", "materialSecurityOperations", "materialMapUsage", "materialNameAndLayout" }) {
			filing.put(field, material(unit).toString());
		}
		return filing;
	}

	/** The same filing as process variables, for starts through the engine (lists as JSON text). */
	public Map<String, Object> asVariables(ObjectNode filing) {
		Map<String, Object> variables = json.convertValue(filing, json.getTypeFactory()
			.constructMapType(java.util.HashMap.class, String.class, Object.class));
		for (String list : new String[] { "columns", "administrators" }) {
			variables.put(list, org.camunda.spin.plugin.variable.SpinValues.jsonValue(filing.get(list).toString()).create());
		}
		return variables;
	}

	private void user(String id, String... groups) {
		User user = identity.newUser(id);
		// people are shown by name: Chinese names, so that a page that shows ids stands out
		user.setFirstName(id.endsWith("-a") ? "测试经办" : id.endsWith("-l") ? "测试领导" : id.endsWith("-m") ? "测试主要领导" : "测试人员");
		user.setLastName("测试");
		user.setEmail(id + "@test.example.gov.cn");
		user.setPassword("demo");
		identity.saveUser(user);
		for (String group : groups) {
			if (identity.createGroupQuery().groupId(group).count() == 0) {
				Group created = identity.newGroup(group);
				created.setName(group);
				created.setType("unit-role");
				identity.saveGroup(created);
			}
			identity.createMembership(id, group);
		}
	}

	private static String group(String role, String code) {
		return Groups.ofUnit(role, code);
	}

}
