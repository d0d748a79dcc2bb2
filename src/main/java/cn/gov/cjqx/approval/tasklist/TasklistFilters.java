package cn.gov.cjqx.approval.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.identity.Groups;

/**
 * The shared task lists of Tasklist, created at start-up: for every role 我的待办 (assigned to me), 本组待办 (tasks of
 * my groups) and 已逾期 (mine or my groups', past their due date); for applicants and unit leaders 我发起的 (the running
 * procedures of their unit, each at its current step). Each shows the business key, the subject and the unit.
 */
@Component
class TasklistFilters extends AbstractProcessEnginePlugin {

	static final String MINE = "我的待办";

	static final String GROUP = "本组待办";

	static final String OVERDUE = "已逾期";

	static final String OURS = "我发起的";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		FilterService filters = engine.getFilterService();
		var tasks = engine.getTaskService();
		Filter mine = create(filters, MINE, "分配给我的任务", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		Filter group = create(filters, GROUP, "我所在组可以认领的任务", -5,
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
		Filter overdue = create(filters, OVERDUE, "已过到期日期、分配给我或我所在组的任务", 0,
				tasks.createTaskQuery()
					.or()
					.taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.endOr()
					.dueBeforeExpression("${now()}"));
		// every task the user may read: for a unit's people, the current steps of their unit's procedures (UnitVisibility)
		Filter ours = create(filters, OURS, "本单位办理中的事项，每个事项显示其当前环节", 5, tasks.createTaskQuery());
		for (String role : Groups.ROLES) {
			for (Filter filter : List.of(mine, group, overdue)) {
				grantRead(engine, role, filter);
			}
		}
		grantRead(engine, Groups.APPLICANTS, ours);
		grantRead(engine, Groups.UNIT_LEADERS, ours);
	}

	private static void grantRead(ProcessEngine engine, String groupId, Filter filter) {
		var authorizations = engine.getAuthorizationService();
		if (authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(Resources.FILTER)
			.resourceId(filter.getId())
			.count() == 0) {
			Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			read.setGroupId(groupId);
			read.setResource(Resources.FILTER);
			read.setResourceId(filter.getId());
			read.addPermission(Permissions.READ);
			authorizations.saveAuthorization(read);
		}
	}

	private static Filter create(FilterService filters, String name, String description, int priority,
			TaskQuery query) {
		Filter existing = filters.createFilterQuery().filterName(name).singleResult();
		if (existing != null) {
			return existing;
		}
		Filter filter = filters.newTaskFilter(name);
		filter.setQuery(query);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("refresh", true);
		properties.put("variables", List.of(variable("businessKey", "业务编号"), variable("subject", "事项"),
				variable("unitName", "单位")));
		filter.setProperties(properties);
		return filters.saveFilter(filter);
	}

	private static Map<String, String> variable(String name, String label) {
		return Map.of("name", name, "label", label);
	}

}
