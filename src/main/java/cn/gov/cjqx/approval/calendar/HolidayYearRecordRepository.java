package cn.gov.cjqx.approval.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayYearRecordRepository extends JpaRepository<HolidayYearRecord, Integer> {

}
