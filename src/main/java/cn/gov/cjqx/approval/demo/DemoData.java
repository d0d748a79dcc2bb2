package cn.gov.cjqx.approval.demo;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.account.AccountAdministrator;
import cn.gov.cjqx.approval.account.AccountColumn;
import cn.gov.cjqx.approval.account.NewMediaAccount;
import cn.gov.cjqx.approval.account.NewMediaAccountRepository;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitKind;
import cn.gov.cjqx.approval.unit.UnitRepository;
import cn.gov.cjqx.approval.website.Website;
import cn.gov.cjqx.approval.website.WebsiteRepository;

/**
 * Demo units (one per situation of Article 13), the bureau's website and WeChat account, and one demo user per group.
 * Runs at every start of the demo profile and adds only what is missing.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	/** Password of every demo user except the administrator. */
	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final UnitRepository units;

	private final WebsiteRepository websites;

	private final NewMediaAccountRepository accounts;

	private final IdentityService identity;

	DemoData(UnitRepository units, WebsiteRepository websites, NewMediaAccountRepository accounts,
			IdentityService identity) {
		this.units = units;
		this.websites = websites;
		this.accounts = accounts;
		this.identity = identity;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (units.findByCode(DemoUnits.BUREAU).isEmpty()) {
			createRegistry();
			log.info("Demo units, website and account created");
		}
		// the demo's own units only: a database with many units (the benchmark seeds 90,000) would otherwise get two
		// group lookups per unit at every start, and the missing groups of all of them in one transaction
		for (String code : List.of(DemoUnits.BUREAU, DemoUnits.OBSERVATORY, DemoUnits.CLASSIFIED,
				DemoUnits.NO_PUBLIC_FUNCTIONS)) {
			units.findByCode(code).ifPresent(unit -> {
				unitGroup(Groups.APPLICANTS, unit);
				unitGroup(Groups.UNIT_LEADERS, unit);
				unitGroup(Groups.MAIN_LEADERS, unit);
			});
		}
		user("applicant", "张经办", "澄江市气象局", Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS, DemoUnits.BUREAU));
		// the heads of the bureau and the observatory are their units' main leaders (主要负责同志) too
		user("leader", "李局长", "澄江市气象局", Groups.UNIT_LEADERS, Groups.ofUnit(Groups.UNIT_LEADERS, DemoUnits.BUREAU),
				Groups.MAIN_LEADERS, Groups.ofUnit(Groups.MAIN_LEADERS, DemoUnits.BUREAU));
		user("applicant2", "陈经办", "澄江市气象台", Groups.APPLICANTS,
				Groups.ofUnit(Groups.APPLICANTS, DemoUnits.OBSERVATORY));
		user("leader2", "周台长", "澄江市气象台", Groups.UNIT_LEADERS,
				Groups.ofUnit(Groups.UNIT_LEADERS, DemoUnits.OBSERVATORY), Groups.MAIN_LEADERS,
				Groups.ofUnit(Groups.MAIN_LEADERS, DemoUnits.OBSERVATORY));
		user("deputy2", "吴副台长", "澄江市气象台", Groups.UNIT_LEADERS,
				Groups.ofUnit(Groups.UNIT_LEADERS, DemoUnits.OBSERVATORY));
		user("office", "王主任", "局办公室", Groups.BUREAU_OFFICE);
		user("city", "赵科长", "市政府办公室", Groups.CITY_GOV_OFFICE);
	}

	private void createRegistry() {
		Unit bureau = units.save(new Unit(DemoUnits.BUREAU, "澄江市气象局", "澄江气象", UnitKind.ADMINISTRATIVE_ORGAN, false,
				true, true, null));
		units.save(new Unit(DemoUnits.INTERNAL_DEPARTMENT, "澄江市气象局办公室", "局办公室", UnitKind.INTERNAL_DEPARTMENT, false, true, false,
				bureau));
		units.save(new Unit(DemoUnits.OBSERVATORY, "澄江市气象台", "澄江气象台", UnitKind.PUBLIC_INSTITUTION, false, true,
				false, bureau));
		units.save(new Unit(DemoUnits.CLASSIFIED, "澄江市机要保密局", "澄江机要", UnitKind.ADMINISTRATIVE_ORGAN, true, true, false, null));
		units.save(new Unit(DemoUnits.NO_PUBLIC_FUNCTIONS, "澄江市气象科技服务中心", "气象科技服务中心", UnitKind.PUBLIC_INSTITUTION, false, false,
				false, bureau));

		websites.save(new Website("澄江市气象局网站", "qxj.chengjiang.gov.cn", "5304210001", "滇ICP备05000001号-1",
				"滇公网安备53042102000001号", bureau));

		NewMediaAccount wechat = new NewMediaAccount("澄江气象", "WECHAT_SUBSCRIPTION", bureau, "澄江市气象局办公室");
		wechat.setPlatformAccountId("gh_cjqx2019");
		wechat.setRegisteredOn(LocalDate.of(2019, 3, 12));
		wechat.setCertification(true, "澄江市气象局");
		wechat.setHostLeaderAndContact("李明 副局长", "0877-6911001");
		wechat.setUndertaking("澄江市气象台", false, "周强 台长", "0877-6911002");
		wechat.setIntroduction("发布澄江天气预报、预警信息和气象科普，提供气象服务。");
		wechat.setAccessUrl("https://mp.weixin.qq.com/s/cjqx");
		wechat.setColumns(List.of(new AccountColumn("信息发布", "天气预报", null, null),
				new AccountColumn("信息发布", "预警信号", null, null),
				new AccountColumn("办事服务", "气象证明", null, "链接至政务服务网"),
				new AccountColumn("互动交流", "留言咨询", null, null)));
		wechat.setAdministrators(List.of(
				new AccountAdministrator("张华", "澄江市气象局办公室 科员", "0877-6911003", "13800001111", null, "cjqx_zh")));
		wechat.markActive("530421-QX-0001", "YX-XMT-2019-0031");
		accounts.save(wechat);
	}

	private void unitGroup(String role, Unit unit) {
		String id = Groups.ofUnit(role, unit.getCode());
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(Groups.label(role) + "（" + unit.getFullName() + "）");
			group.setType("unit-role");
			identity.saveGroup(group);
		}
	}

	private void user(String id, String firstName, String lastName, String... groups) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setPassword(PASSWORD);
			user.setEmail(id + "@example.gov.cn");
			identity.saveUser(user);
		}
		for (String group : groups) {
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

}
