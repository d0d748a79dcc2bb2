package cn.gov.cjqx.approval.procedure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRecordRepository extends JpaRepository<ApprovalRecord, Long> {

	List<ApprovalRecord> findByBusinessKeyOrderByDecidedAtAscIdAsc(String businessKey);

}
