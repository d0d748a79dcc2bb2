package cn.gov.cjqx.approval.takedown;

/**
 * What the takedown rules look at: the planned days, the calendar year in which the offline period starts, how many
 * takedowns of the site already count for that year (running or carried out; emergency reports never count), and
 * whether another takedown or outage of the site is running.
 */
public record TakedownFacts(int plannedDays, int startYear, long takedownsInStartYear, boolean otherProcedureRunning) {
}
