package cn.gov.cjqx.approval.opening;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpeningFilingRecordRepository extends JpaRepository<OpeningFilingRecord, Long> {

}
