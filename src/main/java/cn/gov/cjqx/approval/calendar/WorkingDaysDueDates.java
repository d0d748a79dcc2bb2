package cn.gov.cjqx.approval.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Due dates in working days for the engine: {@code camunda:dueDate="workdays:5"} on a task (or a timer's date) is the
 * end (23:59:59 Asia/Shanghai) of the 5th working day after the day it starts. Every other expression goes to
 * Camunda's own due-date calendar.
 */
@Component
public class WorkingDaysDueDates extends AbstractProcessEnginePlugin implements BusinessCalendar {

	public static final String PREFIX = "workdays:";

	private final WorkingDayCalendar calendar;

	private final DueDateBusinessCalendar standard = new DueDateBusinessCalendar();

	WorkingDaysDueDates(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
		calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
		calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, this);
		calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
		configuration.setBusinessCalendarManager(calendars);
	}

	/** The end of the {@code days}-th working day after the day (in Asia/Shanghai) of {@code start}. */
	public Date endOfWorkingDays(Instant start, int days) {
		LocalDate lastDay = calendar.periodEnd(start.atZone(WorkingDayCalendar.ZONE).toLocalDate(), days).lastDay();
		return Date.from(lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(WorkingDayCalendar.ZONE).toInstant());
	}

	@Override
	public Date resolveDuedate(String description) {
		return resolveDuedate(description, (Date) null);
	}

	@Override
	public Date resolveDuedate(String description, Date startDate) {
		if (description != null && description.startsWith(PREFIX)) {
			Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
			return endOfWorkingDays(start.toInstant(), Integer.parseInt(description.substring(PREFIX.length()).strip()));
		}
		return startDate == null ? standard.resolveDuedate(description) : standard.resolveDuedate(description, startDate);
	}

	@Override
	public Date resolveDuedate(String description, Task task) {
		if (description != null && description.startsWith(PREFIX)) {
			return resolveDuedate(description, task.getCreateTime());
		}
		return standard.resolveDuedate(description, task);
	}

}
