package cn.gov.cjqx.approval.calendar;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@link StoredYears} on the tables holiday_year and calendar_revision (migration V8). */
@Repository
class HolidayYearStore implements StoredYears {

	private final JdbcTemplate jdbc;

	private final HolidayYearRecordRepository records;

	private final ObjectMapper json;

	HolidayYearStore(JdbcTemplate jdbc, HolidayYearRecordRepository records, ObjectMapper json) {
		this.jdbc = jdbc;
		this.records = records;
		this.json = json;
	}

	@Override
	public long revision() {
		return jdbc.queryForObject("select revision from calendar_revision where id = 1", Long.class);
	}

	@Override
	public List<HolidayYear> years() {
		List<HolidayYear> years = new ArrayList<>();
		for (HolidayYearRecord record : records.findAll()) {
			try {
				years.add(json.readValue(record.getPayload(), HolidayYear.class));
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException("holiday data of " + record.getYear() + " cannot be read", e);
			}
		}
		return years;
	}

	/**
	 * Stores a year and raises the revision, in the caller's transaction. The revision's row lock makes uploads on
	 * any node wait for each other.
	 */
	void save(HolidayYear year, String userId) throws JsonProcessingException {
		jdbc.update("update calendar_revision set revision = revision + 1 where id = 1");
		records.save(new HolidayYearRecord(year.year(), json.writeValueAsString(year), userId));
	}

}
