package cn.gov.cjqx.approval.procedure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalRecordRepository extends JpaRepository<ApprovalRecord, Long> {

	// JPQL: Hibernate caches the plan of a query string, a derived query is translated to SQL on every call
	@Query("select r from ApprovalRecord r where r.businessKey = :businessKey order by r.decidedAt, r.id")
	List<ApprovalRecord> findByBusinessKeyOrderByDecidedAtAscIdAsc(String businessKey);

}
