package cn.gov.cjqx.approval.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.cjqx.approval.identity.AppUser;
import cn.gov.cjqx.approval.identity.Groups;
import cn.gov.cjqx.approval.identity.PersonNames;
import cn.gov.cjqx.approval.filing.OpeningMaterial;
import cn.gov.cjqx.approval.material.MaterialService;
import cn.gov.cjqx.approval.opening.OpeningService;
import cn.gov.cjqx.approval.notice.PublicNoticeRepository;
import cn.gov.cjqx.approval.procedure.ApprovalRecord;
import cn.gov.cjqx.approval.procedure.ApprovalRecordRepository;
import cn.gov.cjqx.approval.procedure.BeforeFirstApproval;
import cn.gov.cjqx.approval.procedure.Correction;
import cn.gov.cjqx.approval.procedure.Corrections;
import cn.gov.cjqx.approval.procedure.Handovers;
import cn.gov.cjqx.approval.procedure.ProcedureEvent;
import cn.gov.cjqx.approval.procedure.Procedure;
import cn.gov.cjqx.approval.procedure.ProcedureKind;
import cn.gov.cjqx.approval.procedure.ProcedureRepository;
import cn.gov.cjqx.approval.procedure.ProcedureStatus;
import cn.gov.cjqx.approval.procedure.Urge;
import cn.gov.cjqx.approval.procedure.UrgeRepository;
import cn.gov.cjqx.approval.procedure.Urges;
import cn.gov.cjqx.approval.system.Violation;
import cn.gov.cjqx.approval.unit.Unit;
import cn.gov.cjqx.approval.unit.UnitRepository;

/**
 * 我的申请: the procedures of the signed-in user's units, running and ended, in words a clerk reads — the step it
 * waits at, who holds it (names and units, never ids), the approvals so far, the notice and its dates.
 */
@Service
class MyProcedures {

	/** The newest procedures a list shows; older ones are found by their business key. */
	static final int LIST_SIZE = 200;

	private final ProcedureRepository procedures;

	private final ApprovalRecordRepository approvals;

	private final PublicNoticeRepository notices;

	private final UnitRepository units;

	private final TaskService tasks;

	private final PersonNames people;

	private final HistoryService history;

	private final RepositoryService repository;

	private final BeforeFirstApproval beforeFirstApproval;

	private final UrgeRepository urges;

	private final Urges urgeService;

	private final OpeningService openings;

	private final MaterialService materials;

	private final Corrections corrections;

	private final Handovers handovers;

	MyProcedures(ProcedureRepository procedures, ApprovalRecordRepository approvals, PublicNoticeRepository notices,
			UnitRepository units, TaskService tasks, PersonNames people, HistoryService history,
			RepositoryService repository, BeforeFirstApproval beforeFirstApproval, UrgeRepository urges,
			Urges urgeService, OpeningService openings, MaterialService materials, Corrections corrections,
			Handovers handovers) {
		this.handovers = handovers;
		this.corrections = corrections;
		this.openings = openings;
		this.materials = materials;
		this.urges = urges;
		this.urgeService = urgeService;
		this.beforeFirstApproval = beforeFirstApproval;
		this.history = history;
		this.repository = repository;
		this.procedures = procedures;
		this.approvals = approvals;
		this.notices = notices;
		this.units = units;
		this.tasks = tasks;
		this.people = people;
	}

	/** One line of 我的申请. */
	record Row(String businessKey, String kind, String subject, String unitName, boolean running, String state,
			List<Step> steps, Instant startedAt, Instant endedAt) {
	}

	/** A step the procedure waits at and who may act on it, in words. */
	record Step(String name, String holders, Instant since, Instant due, boolean overdue) {
	}

	/** One entry of the approval timeline. */
	record Event(Instant at, String what, String who, String decision, String opinion) {
	}

	record Notice(LocalDate publishedOn, int workingDays, LocalDate endsOn, boolean provisional, boolean revoked,
			boolean inForce) {
	}

	/** A document of the procedure: a material the filing carries, opened in a new tab. */
	record Document(String title, String fileName, String href) {
	}

	record Detail(Row row, ProcedureKind kindCode, List<Event> timeline, List<Violation> findings, List<Notice> notices,
			boolean withdrawable, boolean registrationForm, boolean correctable, boolean urgeable,
			List<Document> documents) {
	}

	@Transactional(readOnly = true)
	List<Row> of(AppUser user) {
		Set<String> unitCodes = user.unitCodes();
		if (unitCodes.isEmpty()) {
			return List.of();
		}
		List<Procedure> found = procedures.findByUnitCodes(unitCodes, Limit.of(LIST_SIZE));
		Map<String, List<Task>> open = openTasks(found);
		Holders holders = holders(open.values().stream().flatMap(List::stream).toList());
		// running first, each part newest first (the query's order; the sort is stable)
		return found.stream()
			.map(p -> row(p, open.getOrDefault(p.getProcessInstanceId(), List.of()), holders))
			.sorted(Comparator.comparing((Row row) -> !row.running()))
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<Procedure> procedureOfUnit(AppUser user, String businessKey) {
		return procedures.findByBusinessKey(businessKey).filter(p -> user.unitCodes().contains(p.getUnit().getCode()));
	}

	/**
	 * The procedure if the user's unit owns it or it was copied to them (抄送, to read); empty for another unit's (a
	 * clerk cannot tell it exists).
	 */
	@Transactional(readOnly = true)
	Optional<Detail> detail(AppUser user, String businessKey) {
		return procedures.findByBusinessKey(businessKey)
			.filter(p -> readable(user, p))
			.map(p -> {
				List<Task> open = openTasks(List.of(p)).getOrDefault(p.getProcessInstanceId(), List.of());
				List<ApprovalRecord> records = approvals.findByBusinessKeyOrderByDecidedAtAscIdAsc(businessKey);
				List<Urge> urged = urges.findByBusinessKeyOrderByUrgedAtAsc(businessKey);
				List<ProcedureEvent> acts = handovers.events(businessKey);
				Holders holders = holders(open, records.stream().map(ApprovalRecord::getUserId).toList(),
						urged.stream().map(Urge::getUrgedBy).toList(), List.of(p.getApplicantId()),
						acts.stream().map(ProcedureEvent::getActor).toList(),
						acts.stream().map(ProcedureEvent::getTargetUser).toList());
				Row row = row(p, open, holders);
				List<Event> timeline = new ArrayList<>();
				timeline.add(new Event(p.getStartedAt(), "提交申请", holders.person(p.getApplicantId()), null, null));
				for (ApprovalRecord record : records) {
					timeline.add(new Event(record.getDecidedAt(), record.getTaskName(), holders.person(record.getUserId()),
							record.getDecision().label(), record.getOpinion()));
				}
				for (Urge urge : urged) {
					timeline.add(new Event(urge.getUrgedAt(), "催办：" + urge.getTaskName(), holders.person(urge.getUrgedBy()),
							null, null));
				}
				for (ProcedureEvent act : acts) {
					String to = act.getTargetUser() != null ? holders.person(act.getTargetUser())
							: Groups.label(act.getTargetGroup());
					timeline.add(new Event(act.getHappenedAt(),
							act.getKind().label() + (act.getTaskName() == null ? "" : "：" + act.getTaskName()),
							holders.person(act.getActor()), null, (act.getKind() == ProcedureEvent.Kind.COPIED ? "抄送给 "
									: act.getKind().label() + "给 ") + to + (act.getNote() == null ? "" : "。附言：" + act.getNote())));
				}
				timeline.sort(Comparator.comparing(Event::at));
				if (!row.running() && p.getEndedAt() != null) {
					timeline.add(new Event(p.getEndedAt(), "办结", null, row.state(), null));
				}
				LocalDate today = LocalDate.now();
				List<Notice> shown = notices.findByBusinessKeyOrderByIdAsc(businessKey)
					.stream()
					.map(n -> new Notice(n.getPublishedOn(), n.getWorkingDays(), n.getEndsOn(), n.isProvisional(),
							n.isRevoked(), !n.isRevoked() && n.inForce(today)))
					.toList();
				String correctionTask = corrections.of(p.getKind()).map(Correction::taskKey).orElse(null);
				boolean correctable = user.groups().contains(Groups.ofUnit(Groups.APPLICANTS, p.getUnit().getCode()))
						&& open.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(correctionTask));
				boolean withdrawable = row.running() && user.groups().contains(Groups.ofUnit(Groups.APPLICANTS, p.getUnit().getCode()))
						&& (p.getKind() == ProcedureKind.NEW_MEDIA_CLOSURE || beforeFirstApproval.allows(p)
								|| correctable);
				return new Detail(row, p.getKind(), timeline, p.getViolations(), shown, withdrawable,
						p.getKind() == ProcedureKind.NEW_MEDIA_OPENING, correctable,
						!urgeService.urgeable(user, open).isEmpty(), documents(p));
			});
	}

	private boolean readable(AppUser user, Procedure procedure) {
		return user.unitCodes().contains(procedure.getUnit().getCode())
				|| handovers.isCopiedTo(user, procedure.getBusinessKey());
	}

	/** The materials of an opening's filing (Article 17), by their titles and file names. */
	private List<Document> documents(Procedure p) {
		if (p.getKind() != ProcedureKind.NEW_MEDIA_OPENING) {
			return List.of();
		}
		Map<OpeningMaterial, java.util.UUID> given = openings.filing(p.getId()).materials();
		Map<java.util.UUID, String> names = materials.fileNamesOfUnit(given.values(), p.getUnit().getId());
		return given.entrySet()
			.stream()
			.filter(entry -> names.containsKey(entry.getValue()))
			.map(entry -> new Document(entry.getKey().title(), names.get(entry.getValue()),
					"/api/materials/" + entry.getValue()))
			.toList();
	}

	/** The model of the procedure's process, with the steps it waits at and those it went through. */
	record Diagram(String xml, List<String> current, List<String> done) {
	}

	@Transactional(readOnly = true)
	Optional<Diagram> diagram(AppUser user, String businessKey) {
		return procedures.findByBusinessKey(businessKey)
			.filter(p -> readable(user, p) && p.getProcessInstanceId() != null)
			.map(p -> {
				HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
					.processInstanceId(p.getProcessInstanceId())
					.singleResult();
				Set<String> current = new LinkedHashSet<>();
				Set<String> done = new LinkedHashSet<>();
				for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
					.processInstanceId(p.getProcessInstanceId())
					.list()) {
					(step.getEndTime() == null ? current : done).add(step.getActivityId());
				}
				done.removeAll(current);
				try (InputStream model = repository.getProcessModel(instance.getProcessDefinitionId())) {
					return new Diagram(new String(model.readAllBytes(), StandardCharsets.UTF_8), List.copyOf(current),
							List.copyOf(done));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
	}

	private Row row(Procedure p, List<Task> open, Holders holders) {
		Instant now = Instant.now();
		List<Step> steps = open.stream()
			.sorted(Comparator.comparing(Task::getCreateTime))
			.map(t -> new Step(t.getName(), holders.of(t), t.getCreateTime().toInstant(),
					t.getDueDate() == null ? null : t.getDueDate().toInstant(),
					t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now)))
			.toList();
		boolean running = p.getStatus() == ProcedureStatus.RUNNING;
		String state = running ? "办理中" : p.getOutcome() == null ? "已办结" : p.getOutcome().label();
		return new Row(p.getBusinessKey(), p.getKind().label(), p.getSubject(), p.getUnit().getFullName(), running,
				state, steps, p.getStartedAt(), p.getEndedAt());
	}

	private Map<String, List<Task>> openTasks(Collection<Procedure> found) {
		String[] instances = found.stream()
			.filter(p -> p.getStatus() == ProcedureStatus.RUNNING && p.getProcessInstanceId() != null)
			.map(Procedure::getProcessInstanceId)
			.toArray(String[]::new);
		if (instances.length == 0) {
			return Map.of();
		}
		return tasks.createTaskQuery()
			.processInstanceIdIn(instances)
			.list()
			.stream()
			.collect(Collectors.groupingBy(Task::getProcessInstanceId));
	}

	@SafeVarargs
	private Holders holders(List<Task> open, Collection<String>... others) {
		Map<String, List<String>> groupsByTask = new HashMap<>();
		Set<String> userIds = new LinkedHashSet<>();
		Set<String> unitCodes = new LinkedHashSet<>();
		for (Task task : open) {
			if (task.getAssignee() != null) {
				userIds.add(task.getAssignee());
				continue;
			}
			List<String> groups = tasks.getIdentityLinksForTask(task.getId())
				.stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map(IdentityLink::getGroupId)
				.toList();
			groupsByTask.put(task.getId(), groups);
			groups.forEach(group -> unitOf(group).ifPresent(unitCodes::add));
		}
		for (Collection<String> ids : others) {
			ids.stream().filter(id -> id != null).forEach(userIds::add);
		}
		Map<String, String> names = people.of(userIds);
		Map<String, String> unitNames = unitCodes.stream()
			.map(units::findByCode)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(Unit::getCode, Unit::getFullName));
		return new Holders(groupsByTask, names, unitNames);
	}

	String nameOf(String userId) {
		return people.shortOf(userId);
	}

	private static Optional<String> unitOf(String groupId) {
		for (String role : List.of(Groups.APPLICANTS, Groups.UNIT_LEADERS)) {
			if (groupId.startsWith(role + "-")) {
				return Optional.of(groupId.substring(role.length() + 1));
			}
		}
		return Optional.empty();
	}

	/** Names of the people and groups that hold the steps, looked up once per page. */
	private record Holders(Map<String, List<String>> groupsByTask, Map<String, String> names,
			Map<String, String> unitNames) {

		String person(String userId) {
			return userId == null ? null : names.getOrDefault(userId, PersonNames.UNKNOWN);
		}

		String of(Task task) {
			if (task.getAssignee() != null) {
				return person(task.getAssignee());
			}
			return groupsByTask.getOrDefault(task.getId(), List.of())
				.stream()
				.map(this::group)
				.collect(Collectors.joining("、"));
		}

		private String group(String groupId) {
			for (String role : List.of(Groups.APPLICANTS, Groups.UNIT_LEADERS)) {
				if (groupId.startsWith(role + "-")) {
					String code = groupId.substring(role.length() + 1);
					return unitNames.getOrDefault(code, "本单位") + Groups.label(role);
				}
			}
			return Groups.label(groupId);
		}
	}

}
