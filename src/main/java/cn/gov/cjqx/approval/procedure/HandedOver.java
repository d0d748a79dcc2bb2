package cn.gov.cjqx.approval.procedure;

/**
 * Published in the transaction of a 转办/委派 (the step's new holder is told) or a 抄送 (its reader is told; then
 * {@code taskId} is null and the target may be a group).
 */
public record HandedOver(String processInstanceId, ProcedureEvent.Kind kind, String taskId, String taskName,
		String actorName, String targetUser, String targetGroup, String note) {
}
