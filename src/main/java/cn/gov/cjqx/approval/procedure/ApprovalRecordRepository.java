package cn.gov.cjqx.approval.procedure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApprovalRecordRepository extends JpaRepository<ApprovalRecord, Long> {

	// JPQL: Hibernate caches the plan of a query string, a derived query is translated to SQL on every call
	@Query("select r from ApprovalRecord r where r.businessKey = :businessKey order by r.decidedAt, r.id")
	List<ApprovalRecord> findByBusinessKeyOrderByDecidedAtAscIdAsc(String businessKey);

	@Query("select r from ApprovalRecord r where r.processInstanceId = :processInstanceId and r.taskKey = :taskKey"
			+ " order by r.decidedAt desc, r.id desc limit 1")
	Optional<ApprovalRecord> findLatest(String processInstanceId, String taskKey);

	/**
	 * The guard of a state change that needs an approval: the latest decision recorded at the task in this process
	 * instance is "approve", by a member of the given group.
	 */
	default boolean approvedAt(String processInstanceId, String taskKey, String groupId) {
		return findLatest(processInstanceId, taskKey)
			.filter(record -> record.getDecision() == Decision.APPROVE && groupId.equals(record.getGroupId()))
			.isPresent();
	}

	/** Whether any approver has decided on the procedure (BeforeFirstApproval). */
	boolean existsByBusinessKey(String businessKey);

}
