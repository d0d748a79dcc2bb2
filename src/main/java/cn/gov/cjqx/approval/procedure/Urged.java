package cn.gov.cjqx.approval.procedure;

import java.time.LocalDate;

/** Published in the transaction of a 催办, for whoever tells the step's holders (notification/). */
public record Urged(String processInstanceId, String taskId, String urgedByName, LocalDate urgedOn) {
}
