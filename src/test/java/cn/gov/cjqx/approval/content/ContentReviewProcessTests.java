package cn.gov.cjqx.approval.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.support.IntegrationTest;
import cn.gov.cjqx.approval.support.OpeningScenario;
import cn.gov.cjqx.approval.support.OpeningScenario.TestUnit;

/**
 * processes/content-review.bpmn, path by path, each step as the person who does it: an ordinary item, important
 * content, a repost from a source off the list, a map finding corrected, a return, a rejection, a withdrawal and the
 * publication reminder.
 */
@IntegrationTest
class ContentReviewProcessTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	ProcessEngine engine;

	@Autowired
	OpeningScenario scenario;

	@Autowired
	ProcedureRepository procedures;

	@Autowired
	ContentItemRepository items;

	TestUnit unit;

	long accountId;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		unit = scenario.newUnit();
		accountId = scenario.giveActiveAccount(unit);
		// Monday 2026-11-02 09:00 in Shanghai
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 11, 2, 9, 0)));
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldPublishAnOrdinaryItemAfterTheDeputysApproval() {
		ProcessInstance instance = submit(item());
		assertThat(instance).isWaitingAt(ContentProcess.TASK_DEPUTY_REVIEW);
		deputy(instance, "approve", "同意发布");
		assertThat(instance).isWaitingAt(ContentProcess.TASK_RECORD_PUBLICATION);
		assertThat(item(instance).getStatus()).isEqualTo(ContentStatus.APPROVED);

		assertThatThrownBy(() -> publish(instance, "mp.weixin.qq.com/s/abc")).hasMessageContaining("http");
		publish(instance, "https://mp.weixin.qq.com/s/abc");
		assertThat(instance).hasPassed(ContentProcess.END_PUBLISHED).isEnded();
		ContentItem published = item(instance);
		assertThat(published.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
		assertThat(published.getPublishedUrl()).isEqualTo("https://mp.weixin.qq.com/s/abc");
		assertThat(published.getPublishedBy()).isEqualTo(unit.applicant());
		assertThat(items.lastPublishedOnAccount(accountId))
			.isEqualTo(ClockUtil.getCurrentTime().toInstant());
	}

	@Test
	void shouldHaveTheMainLeaderDecideImportantContent() {
		Map<String, Object> important = item();
		important.put("important", true);
		ProcessInstance instance = submit(important);
		deputy(instance, "approve", "同意");
		assertThat(instance).isWaitingAt(ContentProcess.TASK_MAIN_LEADER_REVIEW);
		// a deputy is not a main leader
		assertThatThrownBy(() -> complete(instance, ContentProcess.TASK_MAIN_LEADER_REVIEW, unit.leader(),
				List.of(Groups.UNIT_LEADERS, Groups.ofUnit(Groups.UNIT_LEADERS, unit.code())),
				Map.of("decision", "approve"))).isNotNull();
		mainLeader(instance, "approve", null);
		assertThat(instance).isWaitingAt(ContentProcess.TASK_RECORD_PUBLICATION);
	}

	@Test
	void shouldAskTheMainLeaderForAReasonToRepostFromASourceOffTheList() {
		Map<String, Object> repost = item();
		repost.put("kind", "REPOST");
		repost.put("sourceName", "某自媒体号");
		repost.put("sourceUrl", "https://example.com/post/1");
		ProcessInstance instance = submit(repost);
		assertThat(procedureOf(instance).getViolations())
			.extracting(v -> v.code())
			.containsExactly("ART23_AUTHORITATIVE_SOURCE");
		deputy(instance, "approve", "同意");
		assertThat(instance).isWaitingAt(ContentProcess.TASK_MAIN_LEADER_REVIEW);
		assertThatThrownBy(() -> mainLeader(instance, "approve", null)).hasMessageContaining("ART23_AUTHORITATIVE_SOURCE");
		assertThat(instance).isWaitingAt(ContentProcess.TASK_MAIN_LEADER_REVIEW);
		mainLeader(instance, "approve", "该文为本地防汛科普，内容已核实，同意转载");
		assertThat(instance).isWaitingAt(ContentProcess.TASK_RECORD_PUBLICATION);
	}

	@Test
	void shouldNotAskTheMainLeaderForAListedSource() {
		Map<String, Object> repost = item();
		repost.put("kind", "REPOST");
		repost.put("sourceName", "中国气象局");
		repost.put("sourceUrl", "https://www.cma.gov.cn/2011xwzx/2011xqxxw/202611/t20261102_1.html");
		ProcessInstance instance = submit(repost);
		deputy(instance, "approve", "同意");
		assertThat(instance).isWaitingAt(ContentProcess.TASK_RECORD_PUBLICATION);
	}

	@Test
	void shouldRefuseARepostWithoutItsSourceAndStartNothing() {
		Map<String, Object> repost = item();
		repost.put("kind", "REPOST");
		long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ContentProcess.KEY).count();
		assertThatThrownBy(() -> submit(repost)).hasMessageContaining("ART23_REPOST_SOURCE");
		assertThat(
				engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ContentProcess.KEY).count())
			.isEqualTo(before);
	}

	@Test
	void shouldSendAMapFindingBackToTheEditorAndGoOnOnceCorrected() {
		Map<String, Object> withMap = item();
		withMap.put("mapsUsed", true);
		ProcessInstance instance = submit(withMap);
		assertThat(instance).isWaitingAt(ContentProcess.TASK_CORRECT);
		assertThat(instance).variables().containsEntry("correctionReasons",
				"【ART21_STANDARD_MAP】使用地图时应采用标准地图，或填写依法取得的审图号（第二十一条）");

		Map<String, Object> corrected = correction();
		corrected.put("mapsUsed", true);
		corrected.put("standardMap", true);
		corrected.put("correctionAction", "resubmit");
		editor(instance, corrected);
		assertThat(instance).isWaitingAt(ContentProcess.TASK_DEPUTY_REVIEW);
		assertThat(procedureOf(instance).getViolations()).isEmpty();
	}

	@Test
	void shouldBringAReturnedItemBackToTheDeputyAfterTheCorrection() {
		ProcessInstance instance = submit(item());
		deputy(instance, "return", "标题请写明预警级别");
		assertThat(instance).isWaitingAt(ContentProcess.TASK_CORRECT);
		assertThat(instance).variables().containsEntry("correctionReasons", "审核人员退回修改，意见：标题请写明预警级别");
		Map<String, Object> corrected = correction();
		corrected.put("title", "澄江市气象台发布暴雨黄色预警");
		corrected.put("correctionAction", "resubmit");
		editor(instance, corrected);
		assertThat(instance).isWaitingAt(ContentProcess.TASK_DEPUTY_REVIEW);
		assertThat(item(instance).getTitle()).isEqualTo("澄江市气象台发布暴雨黄色预警");
	}

	@Test
	void shouldEndARejectedItemAndAWithdrawnOneWithoutAPublication() {
		ProcessInstance rejected = submit(item());
		deputy(rejected, "reject", "不宜发布");
		assertThat(rejected).hasPassed(ContentProcess.END_REJECTED).isEnded();
		assertThat(item(rejected).getStatus()).isEqualTo(ContentStatus.REJECTED);

		ProcessInstance withdrawn = submit(item());
		deputy(withdrawn, "return", "请补充图片说明");
		editor(withdrawn, Map.of("correctionAction", "withdraw"));
		assertThat(withdrawn).hasPassed(ContentProcess.END_WITHDRAWN).isEnded();
		assertThat(item(withdrawn).getStatus()).isEqualTo(ContentStatus.WITHDRAWN);
		assertThat(items.lastPublishedOnAccount(accountId)).isNull();
	}

	@Test
	void shouldRemindTheEditorWhenAnApprovedItemIsNotPublishedInTwoWorkingDays() {
		ProcessInstance instance = submit(item());
		deputy(instance, "approve", "同意");
		Job reminder = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(ContentProcess.TIMER_PUBLICATION_REMINDER)
			.singleResult();
		// approved on Monday 2026-11-02: the two working days after it end on Wednesday, reminded on Thursday morning
		assertThat(reminder.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 11, 5, 9, 0)));
		ClockUtil.setCurrentTime(reminder.getDuedate());
		engine.getManagementService().executeJob(reminder.getId());
		Task publication = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(ContentProcess.TASK_RECORD_PUBLICATION)
			.singleResult();
		assertThat(publication.getPriority()).isEqualTo(ContentDelegates.REMINDED_PRIORITY);
		assertThat(engine.getTaskService().getTaskComments(publication.getId()))
			.isNotEmpty();
		assertThat(instance).isWaitingAt(ContentProcess.TASK_RECORD_PUBLICATION);
	}

	@Test
	void shouldKeepItsEngineHistoryHalfAYearAndCleanItUpAtNight() {
		assertThat(engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(ContentProcess.KEY)
			.latestVersion()
			.singleResult()
			.getHistoryTimeToLive()).isEqualTo(180);
		var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
		assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
	}

	Map<String, Object> item() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("accountId", accountId);
		variables.put("title", "澄江市气象台发布暴雨预警");
		variables.put("body", "预计今天夜间到明天白天，澄江市大部地区有大到暴雨，请注意防范。");
		variables.put("kind", "ORIGINAL");
		return variables;
	}

	/** The item's fields as its correction form has them: the target stays. */
	Map<String, Object> correction() {
		Map<String, Object> variables = item();
		variables.remove("accountId");
		return variables;
	}

	private ProcessInstance submit(Map<String, Object> variables) {
		engine.getIdentityService()
			.setAuthentication(unit.applicant(), List.of(Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS, unit.code())));
		try {
			return engine.getRuntimeService().startProcessInstanceByKey(ContentProcess.KEY, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private void deputy(ProcessInstance instance, String decision, String opinion) {
		complete(instance, ContentProcess.TASK_DEPUTY_REVIEW, unit.leader(),
				List.of(Groups.UNIT_LEADERS, Groups.ofUnit(Groups.UNIT_LEADERS, unit.code())), decision(decision, opinion));
	}

	private void mainLeader(ProcessInstance instance, String decision, String opinion) {
		complete(instance, ContentProcess.TASK_MAIN_LEADER_REVIEW, unit.mainLeader(),
				List.of(Groups.UNIT_LEADERS, Groups.ofUnit(Groups.UNIT_LEADERS, unit.code()), Groups.MAIN_LEADERS,
						Groups.ofUnit(Groups.MAIN_LEADERS, unit.code())),
				decision(decision, opinion));
	}

	private void editor(ProcessInstance instance, Map<String, Object> variables) {
		complete(instance, ContentProcess.TASK_CORRECT, unit.applicant(),
				List.of(Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS, unit.code())), variables);
	}

	private void publish(ProcessInstance instance, String url) {
		complete(instance, ContentProcess.TASK_RECORD_PUBLICATION, unit.applicant(),
				List.of(Groups.APPLICANTS, Groups.ofUnit(Groups.APPLICANTS, unit.code())), Map.of("publishedUrl", url));
	}

	private static Map<String, Object> decision(String decision, String opinion) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("decision", decision);
		if (opinion != null) {
			variables.put("opinion", opinion);
		}
		return variables;
	}

	private void complete(ProcessInstance instance, String taskKey, String user, List<String> groups,
			Map<String, Object> variables) {
		String taskId = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult()
			.getId();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			engine.getTaskService().complete(taskId, variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private Procedure procedureOf(ProcessInstance instance) {
		String businessKey = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.singleResult()
			.getBusinessKey();
		return procedures.findByBusinessKey(businessKey).orElseThrow();
	}

	private ContentItem item(ProcessInstance instance) {
		return items.findById(procedureOf(instance).getId()).orElseThrow();
	}

	private static Date at(LocalDateTime time) {
		return Date.from(time.atZone(SHANGHAI).toInstant());
	}

}
