package cn.gov.cjqx.approval.calendar;

import java.util.List;

/**
 * The years of holiday data kept in the database that every node shares, with the revision that each upload raises
 * (the table calendar_revision). Reads take part in the caller's transaction.
 */
interface StoredYears {

	long revision();

	List<HolidayYear> years();

}
