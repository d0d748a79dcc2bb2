package cn.gov.cjqx.approval.website;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.gov.cjqx.approval.procedure.ProcessVariable;
import cn.gov.cjqx.approval.procedure.Refusals;

/**
 * On completing a "confirm restored" task (takedown or outage): the site must really be back. Public for its variable
 * only, which both website procedures share (Cockpit shows its label, cockpit.EngineLabels).
 */
@Component("restoredConfirmationListener")
public class RestoredConfirmationListener implements TaskListener {

	public static final ProcessVariable<Boolean> CONFIRMED = ProcessVariable.flag("restoredConfirmed", "网站已恢复正常访问");

	@Override
	public void notify(DelegateTask task) {
		if (!Boolean.TRUE.equals(CONFIRMED.from(task).get())) {
			throw Refusals.refused("INVALID_VALUE", "请确认网站已恢复正常访问");
		}
	}

}
