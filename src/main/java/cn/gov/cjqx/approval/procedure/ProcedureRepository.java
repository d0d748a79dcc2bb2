package cn.gov.cjqx.approval.procedure;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProcedureRepository extends JpaRepository<Procedure, Long> {

	/*
	 * JPQL rather than derived queries for the lookups on the hot path of a start: Hibernate caches the plan of a query
	 * string, while a derived (criteria) query is translated to SQL anew on every call.
	 */

	@Query("select p from Procedure p join fetch p.unit left join fetch p.violations where p.businessKey = :businessKey")
	Optional<Procedure> findByBusinessKey(String businessKey);

	@Query("select p from Procedure p join fetch p.unit where p.processInstanceId = :processInstanceId")
	Optional<Procedure> findByProcessInstanceId(String processInstanceId);

	/** ONE_PROCEDURE_AT_A_TIME: running procedures of these kinds on a website. */
	boolean existsByWebsiteIdAndStatusAndKindIn(Long websiteId, ProcedureStatus status,
			java.util.Collection<ProcedureKind> kinds);

	/** ONE_PROCEDURE_AT_A_TIME: running procedures of these kinds on an account. */
	boolean existsByAccountIdAndStatusAndKindIn(Long accountId, ProcedureStatus status,
			java.util.Collection<ProcedureKind> kinds);

	/** 我的申请: the procedures of these units, running and ended, newest first. */
	@Query("select p from Procedure p join fetch p.unit u where u.code in :unitCodes order by p.startedAt desc, p.id desc")
	List<Procedure> findByUnitCodes(java.util.Collection<String> unitCodes, org.springframework.data.domain.Limit limit);

}
