package cn.gov.cjqx.approval.calendar;

import java.time.LocalDate;

/**
 * The last working day of a period, and whether it was computed without the official data of a year it touches
 * (then only Monday–Friday counted: provisional).
 */
public record WorkingPeriod(LocalDate lastDay, boolean provisional) {
}
