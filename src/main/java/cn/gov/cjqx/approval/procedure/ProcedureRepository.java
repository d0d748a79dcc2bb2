package cn.gov.cjqx.approval.procedure;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcedureRepository extends JpaRepository<Procedure, Long> {

	@EntityGraph(attributePaths = { "unit", "violations" })
	Optional<Procedure> findByBusinessKey(String businessKey);

	@EntityGraph(attributePaths = "unit")
	Optional<Procedure> findByProcessInstanceId(String processInstanceId);

	/** ONE_PROCEDURE_AT_A_TIME: running procedures of these kinds on a website. */
	boolean existsByWebsiteIdAndStatusAndKindIn(Long websiteId, ProcedureStatus status,
			java.util.Collection<ProcedureKind> kinds);

	/** ONE_PROCEDURE_AT_A_TIME: running procedures of these kinds on an account. */
	boolean existsByAccountIdAndStatusAndKindIn(Long accountId, ProcedureStatus status,
			java.util.Collection<ProcedureKind> kinds);

}
