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
 * The shared task lists of Tasklist, created at start-up and readable by every role: 我的待办 (assigned to me),
 * 本组待办 (tasks of my groups) and 已逾期 (mine or my groups', past their due date). Each shows the business key, the
 * subject and the unit.
 */
@Component
class TasklistFilters extends AbstractProcessEnginePlugin {

	static final String MINE = "我的待办";

	static final String GROUP = "本组待办";

	static final String OVERDUE = "已逾期";

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		FilterService filters = engine.getFilterService();
		create(filters, MINE, "分配给我的任务", -10,
				engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		create(filters, GROUP, "我所在组可以认领的任务", -5,
				engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
		create(filters, OVERDUE, "已过到期日期、分配给我或我所在组的任务", 0,
				engine.getTaskService()
					.createTaskQuery()
					.or()
					.taskAssigneeExpression("${currentUser()}")
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.endOr()
					.dueBeforeExpression("${now()}"));
		for (String role : Groups.ROLES) {
			if (engine.getAuthorizationService()
				.createAuthorizationQuery()
				.groupIdIn(role)
				.resourceType(Resources.FILTER)
				.resourceId(Authorization.ANY)
				.count() == 0) {
				Authorization read = engine.getAuthorizationService()
					.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				read.setGroupId(role);
				read.setResource(Resources.FILTER);
				read.setResourceId(Authorization.ANY);
				read.addPermission(Permissions.READ);
				engine.getAuthorizationService().saveAuthorization(read);
			}
		}
	}

	private static void create(FilterService filters, String name, String description, int priority, TaskQuery query) {
		if (filters.createFilterQuery().filterName(name).count() > 0) {
			return;
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
		filters.saveFilter(filter);
	}

	private static Map<String, String> variable(String name, String label) {
		return Map.of("name", name, "label", label);
	}

}
